"""Counts kept by the writer (migration m024_partner_counts): records per partner, per governor
and partner, per year and type, so that `report`, `stats` and serve's canned queries read a few
thousand rows instead of counting a million records each time (issue 20).

Three tables, each a sum over `records` that triggers keep equal to it in the writer's own
transaction (add, edit, delete, merge, import, leader and partner edits, migrations: every write
path there is or will be, none having to remember it); `serve` only reads them:

- `partner_counts`: per partner (0: records with none), its records, agreements and events. The
  by-country figures, the largest partners, `partners_per_country`.
- `governor_counts`: per governor (`governor_id`, 0 for none, with the record's
  `governor_basis`), local government (its name and country, '' for none: m029) and partner.
  The per-governor table (records, agreements, events, distinct partners) is a sum of its
  rows; a governor's partners are its rows.
- `year_counts`: per year (as `stats --by year` counts it: '' for none) and type. The year bars
  and the summary's counts per year.

Keys are NOT NULL (sentinels 0 and '') because an upsert's conflict never matches a NULL. A row
whose records fall to 0 is deleted, so each table is exactly the GROUP BY of its key over
`records` (tests/test_counts_table.py checks this after random writes).

The set-wise import (store/imports/setwise.py) drops the insert trigger inside its transaction
(with browse_facets') and, at its end, adds the counts of all the records it wrote with one
grouped upsert per table (FILL_SQL): per chunk, nearly every record of a large file would be an
upsert of its own. At a million records the three fills take ~3 s of CPU and records_in_force's
build ~1 s, of an import's ~40 s.

Also here: `records_in_force`, a partial index of the agreements by partner, local party and
start date that carries every column the reported figures' rules read
(store/briefing/reported.py): a partner's first agreement in force in a period is a seek and a
few index entries, no record row read.

m024 executes the frozen statements of store/database/frozen/m024.py (tables, fill, triggers,
index), written from the same keys as FILL_SQL here; tests/test_import_bulk.py checks that the
bulk path's FILL_SQL leaves the tables the triggers leave.
"""

from __future__ import annotations

# The year a record counts in by `stats --by year` (store/briefing/aggregates.py's key), over a
# row alias `{r}`: NULL (here '') when the start or end is unknown.
_YEAR = (
    "COALESCE(CASE WHEN {r}.date_start IS NULL OR {r}.date_end IS NULL THEN NULL "
    "WHEN substr({r}.date_start, 1, 4) = substr({r}.date_end, 1, 4) "
    "THEN substr({r}.date_start, 1, 4) "
    "ELSE substr({r}.date_start, 1, 4) || '-' || substr({r}.date_end, 1, 4) END, '')"
)

# Each table: its key columns, and each key's value over a records row `{r}`.
_KEYS = {
    "partner_counts": {"partner_id": "COALESCE({r}.partner_id, 0)"},
    "governor_counts": {
        "governor_id": "COALESCE({r}.governor_id, 0)",
        "governor_basis": "{r}.governor_basis",
        "local_party": "{r}.local_party",
        "local_country": "COALESCE({r}.local_country, '')",
        "partner_id": "COALESCE({r}.partner_id, 0)",
    },
    "year_counts": {"year": _YEAR, "type": "{r}.type"},
}
TABLES = tuple(_KEYS)
INSERT_TRIGGER = "record_counts_insert"


def _upsert(table: str, select: str) -> str:
    """Add the rows of `select` (key columns, records, agreements, events) to `table`."""
    keys = ", ".join(_KEYS[table])
    return (
        f"INSERT INTO {table} ({keys}, records, agreements, events) {select} "
        f"ON CONFLICT ({keys}) DO UPDATE SET records = records + excluded.records, "
        "agreements = agreements + excluded.agreements, events = events + excluded.events"
    )


def _fill(table: str, where: str) -> str:
    """One grouped upsert of the counts of the records `where` selects."""
    keys = _KEYS[table]
    values = ", ".join(v.format(r="r") for v in keys.values())
    group = ", ".join(str(i) for i in range(1, len(keys) + 1))
    return _upsert(
        table,
        f"SELECT {values}, count(*), sum(r.kind = 'agreement'), sum(r.kind = 'event') "
        f"FROM records r WHERE {where} GROUP BY {group}",
    )


# The counts of the records with ids in [:first, :last] (those a set-wise import wrote).
FILL_SQL = [_fill(table, "r.id BETWEEN :first AND :last") for table in TABLES]
