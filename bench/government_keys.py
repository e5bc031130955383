"""`stats` and `list` on the real twin-town registry, this checkout beside another (main), for
m029_government_keys: a government's figures keyed by its name and country must cost no more
than by its name.

Usage (from a checkout with the package installed):

    git archive main | tar -x -C /tmp/main-src        # the other side's source, untouched
    python bench/government_keys.py --other /tmp/main-src/src --rounds 7

Each side imports /work/shared/data/twin_cities_wikipedia.csv (city1 as the local party, with
its country: 26,106 records, 8,272 governments, London, GB and London, CA among them) into a
registry of its own, once. Then, in every round, each read is run by both sides, alternately
first, each a fresh process (`python -m kerjasama_cli`) with its output discarded; the table
gives the median wall time of each. The other side's source is put first on PYTHONPATH, with
this checkout's interpreter and libraries.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "src"
TWINS = Path("/work/shared/data/twin_cities_wikipedia.csv")
MAP = [
    "--map", "city1=local_party", "--map", "country1=local_country",
    "--map", "city2=partner", "--map", "country2=country", "--set", "type=sister_city",
]  # fmt: skip
READS = {
    "stats": ["stats"],
    "stats --by local-party": ["stats", "--by", "local-party"],
    "stats --by governor": ["stats", "--by", "governor"],
    "stats --by governor -l london-ca": ["stats", "--by", "governor", "--local-party", "london-ca"],
    "stats --by status": ["stats", "--by", "status"],
    "list": ["list"],
    "list --format json": ["list", "--format", "json"],
    "list --status superseded": ["list", "--status", "superseded"],
}


def kerjasama(src: Path, db: Path, *args: str) -> float:
    """Seconds one `kerjasama --db DB ARGS` of the source `src` took (output discarded)."""
    env = {**os.environ, "PYTHONPATH": str(src), "KERJASAMA_LANG": "en"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "--db", str(db), *args],
        env=env,
        cwd=db.parent,  # an import's rejects file is written here
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", type=Path, required=True, help="the other side's src/")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "gov-keys")
    args = parser.parse_args()
    sides = {"main": args.other.resolve(), "branch": HERE}
    args.work.mkdir(parents=True, exist_ok=True)
    dbs = {}
    for name, src in sides.items():
        db = dbs[name] = args.work / f"{name}.db"
        if not db.exists():
            took = kerjasama(src, db, "import", str(TWINS), *MAP, "--skip-invalid")
            print(f"{name}: imported in {took:.1f} s", file=sys.stderr)
    times: dict[tuple[str, str], list[float]] = {}
    for round_ in range(args.rounds):
        order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
        for read, argv in READS.items():
            for name in order:
                times.setdefault((read, name), []).append(kerjasama(sides[name], dbs[name], *argv))
    print(f"| read (median of {args.rounds}, s) | main | branch | branch/main |")
    print("|---|---:|---:|---:|")
    for read in READS:
        a = statistics.median(times[(read, "main")])
        b = statistics.median(times[(read, "branch")])
        print(f"| `{read}` | {a:.3f} | {b:.3f} | {b / a:.2f} |")


if __name__ == "__main__":
    main()
