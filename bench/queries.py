"""Only the query figures of bench/run.py, on a database you already have.

    python bench/queries.py DB                                   # every query figure, 5 rounds
    python bench/queries.py DB --only show --only "list --country" --repeat 7
    python bench/queries.py DB --only none --writes       # add and edit against list --limit 1

DB is a kerjasama file holding bench/data.py's records (`kerjasama --db DB import records.csv`).
The commands (bench/figures.py), the alternation of ours and the reference and the medians
(bench/measure.py) are bench/run.py's; a figure runs when its name starts with an --only prefix.
--writes adds records bench-add-N to DB (N from the first key not taken), as bench/run.py does.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import data  # noqa: E402  (beside this file)
import figures  # noqa: E402
import measure  # noqa: E402
from run import tool  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="rounds of each query")
    parser.add_argument("--only", action="append", default=[], help="figure name prefix")
    parser.add_argument("--word", default="banjir", help="the common word to search for")
    parser.add_argument("--timeout", type=float, default=300, help="seconds a command may take")
    parser.add_argument("--writes", action="store_true", help="add, edit vs list --limit 1")
    args = parser.parse_args()
    from kerjasama_cli.domain.search import to_fts

    kerjasama = tool("kerjasama") or sys.exit("kerjasama is not installed")
    sqlite_utils = tool("sqlite-utils") or sys.exit("sqlite-utils is not installed")
    conn = sqlite3.connect(args.db)
    big_key, big_count = conn.execute(
        "SELECT max(r.key), count(*) FROM records r JOIN partners p ON p.id = r.partner_id "
        "WHERE p.name = ? AND r.key NOT LIKE 'bench-add-%'",
        (data.BIG_PARTNER,),
    ).fetchone()
    taken = conn.execute("SELECT count(*) FROM records WHERE key LIKE 'bench-add-%'").fetchone()[0]
    conn.close()
    pairs = figures.queries(
        kerjasama, sqlite_utils, args.db, args.word, to_fts(args.word), big_key, big_count
    )
    pairs = [p for p in pairs if not args.only or p.figure.name.startswith(tuple(args.only))]
    env = {**os.environ, "NO_COLOR": "1", "KERJASAMA_TODAY": "2026-06-01"}
    written = figures.writes(kerjasama, args.db, data.BIG_PARTNER) if args.writes else []
    for r in range(args.repeat):
        for p in pairs:
            measure.pair(p.figure, p.ours, p.ref, env, r, args.timeout)
        if written:
            # Round `taken + r` adds its own key; edits go to bench-add-0 (the first ever added).
            add, edit, listing = figures.write_commands(
                kerjasama, args.db, data.BIG_PARTNER, taken + r
            )
            measure.pair(written[0], add, listing, env, r, args.timeout)
            measure.pair(written[1], edit, listing, env, r, args.timeout)
    for f in [p.figure for p in pairs] + written:
        if f.error:
            print(f"  {f.name}: {f.error}")
        elif f.rounds:
            ours, ref = sorted(f.ours)[len(f.ours) // 2], sorted(f.ref)[len(f.ref) // 2]
            print(f"  {f.name}: {measure.fmt(ours)} vs {measure.fmt(ref)} ({f.ratio:.2f}×)")


if __name__ == "__main__":
    main()
