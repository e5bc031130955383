"""Only the query figures of bench/run.py, on a database you already have.

    python bench/queries.py DB                       # every query figure, 5 rounds
    python bench/queries.py DB --only show --only "list --country" --repeat 7
    python bench/queries.py DB --writes              # add/edit against `list --limit 1` too

DB is a kerjasama file holding bench/data.py's records (`kerjasama --db DB import records.csv`).
The commands, the alternation of ours and the reference and the medians are bench/run.py's; a
figure is kept when its name starts with one of the --only prefixes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import run  # noqa: E402  (bench/run.py, beside this file)


class QueryBench(run.Bench):
    def compare(self, section: str, pairs: list) -> None:
        only = self.args.only
        if only:
            pairs = [p for p in pairs if any(p[0].startswith(prefix) for prefix in only)]
        if pairs:
            super().compare(section, pairs)

    def writes(self, db: Path) -> None:
        if self.args.writes:
            super().writes(db)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="rounds of each query")
    parser.add_argument("--only", action="append", default=[], help="figure name prefix")
    parser.add_argument("--writes", action="store_true", help="add and edit figures too")
    parser.add_argument("--word", default="banjir", help="the common word to search for")
    parser.add_argument("--rows", type=int, default=1_000_000, help="records in DB (labels)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        QueryBench(args, Path(tmp)).queries(args.db)


if __name__ == "__main__":
    main()
