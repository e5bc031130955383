"""The figures of issue 12 for bench/run.py: each of our commands beside its reference command.

A reference is what a technical analyst would script instead: `sqlite-utils insert` for an
import, the same SQL through `sqlite-utils query` for a query (on the same file), `sqlite-utils
rows` for start-up, and `list --limit 1` for a single write (a write must cost no more than the
cheapest read: no work proportional to the table).
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

from measure import Figure

QUERY_LIMIT = 1.5  # queries, add and edit: within 1.5× of their reference
IMPORT_SPEED = 3.0  # import: ≥ 3× the rows per second of sqlite-utils
FLOOR_LIMIT = 10.0  # import: within 10× of `sqlite3 .import`

COUNTS = (
    "count(*) AS count, sum(r.kind = 'agreement') AS agreements, "
    "sum(r.kind = 'event') AS events, count(DISTINCT r.partner_id) AS partners"
)
ROWS = "r.*, p.name AS partner, p.country, l.name AS governor"
JOINS = (
    "FROM records r LEFT JOIN partners p ON p.id = r.partner_id "
    "LEFT JOIN leaders l ON l.id = r.governor_id"
)

# Without the sqlite3 CLI, the floor is Python's sqlite3 inserting the raw CSV rows (no checks).
FLOOR_SCRIPT = """
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], encoding="utf-8", newline="") as handle:
    rows = csv.reader(handle)
    header = next(rows)
    conn.execute("CREATE TABLE records (%s)" % ", ".join('"%s"' % h for h in header))
    conn.executemany("INSERT INTO records VALUES (%s)" % ", ".join("?" * len(header)), rows)
conn.commit()
"""


@dataclass
class Pair:
    """A figure and the two argument lists it runs."""

    figure: Figure
    ours: list[str]
    ref: list[str]


def show(cmd: list[str], names: dict[str, str]) -> str:
    """CMD as a reader would type it: the program's name, and NAMES (a path → its placeholder)."""
    words = [Path(cmd[0]).name, *(names.get(word, word) for word in cmd[1:])]
    return " ".join(quote(word) for word in words)


def quote(word: str) -> str:
    """WORD for a POSIX shell, in double quotes when it holds single ones (SQL reads better so)."""
    if word == shlex.quote(word) or "'" not in word or any(c in word for c in '"$`\\!'):
        return shlex.quote(word)
    return f'"{word}"'


def pair(name: str, ours: list[str], ref: list[str], limit: float, names: dict[str, str],
         speed: bool = False) -> Pair:  # fmt: skip
    return Pair(Figure(name, show(ours, names), show(ref, names), limit, speed), ours, ref)


def imports(k: str, s: str, sqlite3_cli: str | None, csv_path: Path, nd_path: Path, ours: Path,
            theirs: Path) -> list[Pair]:  # fmt: skip
    """Import CSV and NDJSON against sqlite-utils, CSV against the `sqlite3 .import` floor and
    against sqlite-utils without type detection.

    Ours imports into a copy of a freshly initialised database (`kerjasama init`), the references
    into no file at all: each side starts from what a user would have.
    """
    names = {str(ours): "DB", str(theirs): "DB", str(csv_path): csv_path.name,
             str(nd_path): nd_path.name}  # fmt: skip
    floor = (
        [sqlite3_cli, str(theirs), f".import --csv {csv_path} records"]
        if sqlite3_cli
        else [sys.executable, "-c", FLOOR_SCRIPT, str(theirs), str(csv_path)]
    )
    names[f".import --csv {csv_path} records"] = f".import --csv {csv_path.name} records"
    found = [
        pair("import CSV", [k, "--db", str(ours), "import", str(csv_path)],
             [s, "insert", str(theirs), "records", str(csv_path), "--csv"], IMPORT_SPEED, names,
             speed=True),
        pair("import NDJSON", [k, "--db", str(ours), "import", str(nd_path)],
             [s, "insert", str(theirs), "records", str(nd_path), "--nl"], IMPORT_SPEED, names,
             speed=True),
        pair("import CSV, against the sqlite3 .import floor",
             [k, "--db", str(ours), "import", str(csv_path)], floor, FLOOR_LIMIT, names),
        # sqlite-utils 4 detects column types by default, which costs it a second pass; the
        # issue names plain `--csv`, this row shows the same import against its fastest mode.
        pair("import CSV, against sqlite-utils --no-detect-types",
             [k, "--db", str(ours), "import", str(csv_path)],
             [s, "insert", str(theirs), "records", str(csv_path), "--csv", "--no-detect-types"],
             IMPORT_SPEED, names, speed=True),
    ]  # fmt: skip
    if not sqlite3_cli:
        found[2].figure.ref_cmd = "FLOOR_SCRIPT (bench/figures.py: Python's sqlite3 executemany)"
    return found


def queries(k: str, s: str, db: Path, word: str, fts: str, big_key: str, big_count: int
            ) -> list[Pair]:  # fmt: skip
    """The read commands at full size, each against its SQL through `sqlite-utils query`."""
    d, names = str(db), {str(db): "DB"}
    q = [s, "query", d]
    return [
        pair("stats --by country", [k, "--db", d, "stats", "--by", "country"],
             [*q, f"SELECT p.country, {COUNTS} {JOINS} GROUP BY p.country ORDER BY count DESC"],
             QUERY_LIMIT, names),
        pair("stats --by governor", [k, "--db", d, "stats", "--by", "governor"],
             [*q, f"SELECT l.name, l.term_start, r.governor_basis, {COUNTS} {JOINS} "
              "GROUP BY r.governor_id, r.governor_basis ORDER BY l.term_start"],
             QUERY_LIMIT, names),
        pair("stats --by year --by type", [k, "--db", d, "stats", "--by", "year", "--by", "type"],
             [*q, f"SELECT substr(r.date_start, 1, 4) AS year, r.type, {COUNTS} {JOINS} "
              "GROUP BY year, r.type"], QUERY_LIMIT, names),
        pair("list --country KR --limit 50",
             [k, "--db", d, "list", "--country", "KR", "--limit", "50"],
             [*q, f"SELECT {ROWS} {JOINS} WHERE p.country = 'KR' ORDER BY r.date_start, r.id "
              "LIMIT 50"], QUERY_LIMIT, names),
        pair("list --governor Pramono --format json",
             [k, "--db", d, "list", "--governor", "Pramono", "--format", "json"],
             [*q, f"SELECT {ROWS} {JOINS} WHERE r.governor_id IN (SELECT id FROM leaders "
              "WHERE name LIKE '%Pramono%') ORDER BY r.date_start, r.id"], QUERY_LIMIT, names),
        pair("timeline --from 2020 --to 2021 --format json",
             [k, "--db", d, "timeline", "--from", "2020", "--to", "2021", "--format", "json"],
             [*q, f"SELECT {ROWS} {JOINS} WHERE r.date_end >= '2020-01-01' AND "
              "r.date_start <= '2021-12-31' ORDER BY r.date_start, r.id"], QUERY_LIMIT, names),
        pair(f"search {word} --limit 20", [k, "--db", d, "search", word, "--limit", "20"],
             [*q, "SELECT r.id, r.key, r.title, snippet(search_index, -1, '**', '**', '…', 14) "
              "AS snippet FROM search_index JOIN records r ON r.id = search_index.rowid "
              "WHERE search_index MATCH :q ORDER BY rank LIMIT 20", "-p", "q", fts],
             QUERY_LIMIT, names),
        pair(f"show (a partner with {big_count:,} records)", [k, "--db", d, "show", big_key],
             [*q, f"SELECT {ROWS} {JOINS} WHERE r.partner_id = (SELECT partner_id FROM records "
              "WHERE key = :k) ORDER BY r.date_start, r.id", "-p", "k", big_key],
             QUERY_LIMIT, names),
    ]  # fmt: skip


def write_commands(k: str, db: Path, partner: str, round_: int) -> tuple[list[str], ...]:
    """ROUND's `add` (its own record, key bench-add-N), `edit` (of bench-add-0) and the reference,
    `list --limit 1`, all on the same file. The added records stay: a few in a million change no
    figure."""
    d = str(db)
    add = [k, "--db", d, "add", "--partner", partner, "--type", "mou", "--date",
           f"2026-05-{round_ % 28 + 1:02d}", "--key", f"bench-add-{round_}", "--title",
           f"Bench {round_}"]  # fmt: skip
    edit = [k, "--db", d, "edit", "bench-add-0", "--title", f"Judul {round_}"]
    return add, edit, [k, "--db", d, "list", "--limit", "1"]


def writes(k: str, db: Path, partner: str) -> list[Figure]:
    """The `add` and `edit` figures (their commands shown as round 0's, with N for the round)."""
    add, edit, listing = write_commands(k, db, partner, 0)
    names = {str(db): "DB", "bench-add-0": "bench-add-N", "Bench 0": "Bench N",
             "Judul 0": "Judul N", "2026-05-01": "2026-05-DD"}  # fmt: skip
    shown = show(listing, names)
    edit_shown = show(edit, names).replace("edit bench-add-N", "edit bench-add-0")
    return [Figure("add", show(add, names), shown, QUERY_LIMIT),
            Figure("edit", edit_shown, shown, QUERY_LIMIT)]  # fmt: skip


def startup(k: str, s: str, seed: Path) -> list[Pair]:
    """`list --format json --limit 20` against `sqlite-utils rows … --limit 20` on the seed."""
    names = {str(seed): "SEED"}
    ours = [k, "--db", str(seed), "list", "--format", "json", "--limit", "20"]
    ref = [s, "rows", str(seed), "records", "--limit", "20"]
    return [pair(f"start-up, {label}", ours, ref, 1.0, names)
            for label in ("with the bytecode cache", "without the bytecode cache")]  # fmt: skip
