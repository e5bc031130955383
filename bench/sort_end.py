"""`list --sort end` into `head`, beside the same order read by plain SQL (`sqlite3`).

    python bench/sort_end.py [--rows 200000] [--db REGISTRY] [--rounds 5]

Builds a registry of ROWS records (bench/data.py, imported as users import), or copies
REGISTRY, and gives every third agreement a term and every seventh an end date (bench/data.py's
rows state neither, and a sort by validity over open-ended agreements alone would be the date
sort). Then, each a fresh process, side by side round after round (the order alternating):

- `kerjasama list --sort end --format json | head -c 100` and the piped table
  `kerjasama list --sort end | head -c 100`;
- the reference: `sqlite3 REGISTRY "SELECT ... ORDER BY <the same terms>" | head -c 100`, the
  stored validity through m025's index (what the command reads now);
- `sqlite3` with the order worked out per row (store/queries/validity.py VALID_UNTIL_SQL, as the
  sort read it before m025), for the before/after.

Also `kerjasama list --status active | head -c 100`, the other piped table with validity columns.

Prints a table of the medians. The piped table's column widths come from the distinct values
(store/queries/extents.py: list_extents and validity_extents, render/list_stream.py
stream_validity_list); before, it measured every row's cells in a first pass over the matches.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipe import into_head  # noqa: E402

from kerjasama_cli.store.queries.validity import VALID_UNTIL_SQL  # noqa: E402

_TERMS = "COALESCE(r.date_start, r.date_end), r.id"
STORED_SQL = (
    "SELECT r.id, r.date_start, r.type, r.title, b.valid_until FROM browse_facets b "
    "JOIN records r ON r.id = b.id "
    f"ORDER BY b.valid_until IS NULL, b.valid_until, {_TERMS};"
)
PER_ROW_SQL = (
    f"SELECT r.id, r.date_start, r.type, r.title, {VALID_UNTIL_SQL} FROM records r "
    f"ORDER BY {VALID_UNTIL_SQL} IS NULL, {VALID_UNTIL_SQL}, {_TERMS};"
)


def _registry(folder: Path, rows: int, source: str | None) -> Path:
    db = folder / "registry.db"
    env = {**os.environ, "NO_COLOR": "1"}
    if source:
        shutil.copyfile(source, db)
    else:
        from data import write

        csv_path, _ = write(folder, rows)
        for args in (["init"], ["import", str(csv_path)]):
            command = [sys.executable, "-m", "kerjasama_cli", "--db", str(db), *args]
            subprocess.run(command, check=True, env=env, capture_output=True)
    # Make the schema current (m025) before the writes below.
    command = [sys.executable, "-m", "kerjasama_cli", "--db", str(db), "list", "--limit", "1"]
    subprocess.run(command, check=True, env=env, capture_output=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(
        "UPDATE records SET term_years = 1 + id % 10 WHERE kind = 'agreement' AND id % 3 = 0 "
        "AND term_years IS NULL"
    )
    conn.execute(
        "UPDATE records SET end_date = date(date_end, '+5 years') WHERE kind = 'agreement' "
        "AND id % 7 = 0 AND end_date IS NULL AND date_end IS NOT NULL"
    )
    conn.close()
    return db


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--db", help="a registry to copy instead of building one")
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args(argv)
    os.environ.setdefault("NO_COLOR", "1")
    os.environ.setdefault("KERJASAMA_LANG", "en")
    with tempfile.TemporaryDirectory() as folder:
        db = _registry(Path(folder), options.rows, options.db)
        conn = sqlite3.connect(db)
        count, until = conn.execute(
            "SELECT count(*), count(valid_until) FROM browse_facets"
        ).fetchone()
        conn.close()
        kerjasama = [
            sys.executable,
            "-m",
            "kerjasama_cli",
            "--db",
            str(db),
            "list",
            "--sort",
            "end",
        ]
        reads = {
            "kerjasama list --sort end --format json \\| head -c 100": [*kerjasama, "-f", "json"],
            "kerjasama list --sort end \\| head -c 100": kerjasama,
            "kerjasama list --status active \\| head -c 100": [
                *kerjasama[:-2], "--status", "active"
            ],
            "reference: sqlite3, the stored validity (m025's index) \\| head -c 100": [
                "sqlite3", str(db), STORED_SQL
            ],
            "sqlite3, the validity worked out per row (before m025) \\| head -c 100": [
                "sqlite3", str(db), PER_ROW_SQL
            ],
        }  # fmt: skip
        times: dict[str, list[float]] = {name: [] for name in reads}
        for round_ in range(options.rounds):
            names = list(reads)
            for name in names if round_ % 2 else names[::-1]:
                times[name].append(into_head(reads[name]))
    print(f"{count:,} records, {until:,} with a last day of validity; medians of "
          f"{options.rounds} rounds, seconds to the first 100 bytes")  # fmt: skip
    print()
    print("| read | seconds |")
    print("|---|---|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
