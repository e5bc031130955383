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


# Each read run in one process, `--repeat` times through Typer's CliRunner: the command's own
# time (the best of the repeats), without the interpreter's start, which a shared machine's load
# makes noisy (the process medians above are given too).
IN_PROCESS = """
import sys, time
from typer.testing import CliRunner
from kerjasama_cli.cli.app import app
db, repeat, *argv = sys.argv[1:]
runner, best = CliRunner(), float("inf")
for _ in range(int(repeat)):
    start = time.perf_counter()
    result = runner.invoke(app, ["--db", db, *argv])
    best = min(best, time.perf_counter() - start)
    assert result.exit_code == 0, result.output
print(best)
"""


def in_process(src: Path, db: Path, repeat: int, *args: str) -> float:
    """The best of `repeat` runs of one read inside one process of the source `src`."""
    env = {**os.environ, "PYTHONPATH": str(src), "KERJASAMA_LANG": "en"}
    out = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(db), str(repeat), *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", type=Path, required=True, help="the other side's src/")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5, help="runs of a read in one process")
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
    best: dict[tuple[str, str], float] = {}
    for read, argv in READS.items():
        for name in sides:
            best[(read, name)] = in_process(sides[name], dbs[name], args.repeat, *argv)
    print(
        f"| read (s: median of {args.rounds} processes; in one process, best of {args.repeat})"
        " | main | branch | branch/main | main, in process | branch, in process | ratio |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for read in READS:
        a = statistics.median(times[(read, "main")])
        b = statistics.median(times[(read, "branch")])
        x, y = best[(read, "main")], best[(read, "branch")]
        print(f"| `{read}` | {a:.3f} | {b:.3f} | {b / a:.2f} | {x:.3f} | {y:.3f} | {y / x:.2f} |")


if __name__ == "__main__":
    main()
