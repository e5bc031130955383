"""What the parent-agreement rule (store/records/parents.py) costs a large import that sets parents.

Usage: python bench/parent_chains.py [N] [SRC]
  N: rows of the first file (default 1,000,000); SRC: a `src/` directory to import
  kerjasama_cli from (default: this checkout's), so that two versions run side by side:
      python bench/parent_chains.py 1000000 /tmp/main/src
      python bench/parent_chains.py 1000000

Two imports into a fresh registry, each timed (wall and process CPU):
1. new rows: a third MoUs, a third agreements under an MoU (a chain of two), a third visits
   under an agreement (three) — all on the row path, which takes every file that names an
   agreement. A new record has no children yet, so it is never walked; only its partnership is
   compared, in memory.
2. updates: a tenth of the file's agreements moved under another MoU of their partner, each a
   recursive walk up from the new parent (one primary-key seek per step).

Last reading (8 December, 2 cores shared with seven other sessions at load 8.5: read CPU,
not wall), 30,000 rows: main (23cf32f) 60.1 s CPU for the new rows, 0.6 s for 800 moves; this
branch 61.0 s and 0.7 s: the same within noise. One walk up a chain of three in a registry of a
million records costs 24 µs (100,000 walks timed on that machine), so a file that moves the
parents of a million stored records pays some 24 s more, beside the merge of each update that
already costs far more; `check --only parent-loops` reads a million records (666,666 with a
parent) in 4.4 s. A million new rows was not run: this file's shape costs the row path about
2 ms a row on main already at 30,000 rows (0.6 ms at 3,000), most of it on the writer thread,
left for whoever profiles the row path.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

PARTNERS = 2000  # partners; each row's partner is its MoU's


def write_rows(path: Path, n: int) -> None:
    """N rows: MoU m, agreement a under m, visit v under a, partner by index."""
    third = n // 3
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["key", "partner", "country", "type", "date", "agreement"])
        for i in range(third):
            partner = f"Kota {i % PARTNERS}"
            day = f"{1990 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            out.writerow([f"m{i}", partner, "KR", "mou", day, ""])
            out.writerow([f"a{i}", partner, "KR", "agreement", day, f"m{i}"])
            out.writerow([f"v{i}", partner, "KR", "visit", day, f"a{i}"])


def write_moves(path: Path, n: int) -> int:
    """A tenth of the agreements moved under the next MoU of their partner."""
    third = n // 3
    moved = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["key", "partner", "country", "type", "date", "agreement"])
        for i in range(0, third - PARTNERS, 10):
            partner = f"Kota {i % PARTNERS}"
            day = f"{1990 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            out.writerow([f"a{i}", partner, "KR", "agreement", day, f"m{i + PARTNERS}"])
            moved += 1
    return moved


def timed(run, *args: str) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = run(*args)
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    if len(sys.argv) > 2:
        sys.path.insert(0, sys.argv[2])
    os.environ.setdefault("KERJASAMA_LANG", "en")
    from typer.testing import CliRunner

    import kerjasama_cli
    from kerjasama_cli.cli.app import app

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows, moves, db = folder / "rows.csv", folder / "moves.csv", folder / "r.db"
        write_rows(rows, n)
        moved = write_moves(moves, n)
        runner = CliRunner()

        def run(*args: str):
            return runner.invoke(app, ["--db", str(db), *args])

        assert run("init", "--empty").exit_code == 0
        print(f"code: {Path(kerjasama_cli.__file__).parent}")
        wall, cpu = timed(run, "import", str(rows))
        print(f"import {n:,} new rows with parents: wall {wall:.1f} s, CPU {cpu:.1f} s")
        if not moved:
            return
        wall, cpu = timed(run, "import", str(moves))
        print(f"import {moved:,} parent moves (updates): wall {wall:.1f} s, CPU {cpu:.1f} s")


if __name__ == "__main__":
    main()
