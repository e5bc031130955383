"""`browse_facets` (migration m015_browse_facets): the derived values the records page facets,
filters and sorts on, one narrow row per record, each column indexed, kept current by triggers.

Why a table: at 1,000,000 records a facet over the `browse_records` view worked each value out
per row (the partner's country through a join, the governor's name, the year from two dates):
0.8 to 2 s a facet, four facets a page, over Datasette's 1 s limit. Read from this table a
facet is one pass over one small index (~0.1 s at a million). The values do not depend on the
day (a status does: it stays worked out per shown row in the view), so they can be stored.

Why triggers: the table is written in the writer's own transaction by every write path there is
or will be (add, edit, delete, import, partner and leader edits, restores, migrations), with no
command having to remember it. `serve` only reads it. A record's row is refreshed when the
record changes, when a renewal event linked to it changes (its validity does), when its
partner's country changes and when its governor's name changes.

`valid_until` is store/queries/validity.py's VALID_UNTIL_SQL, stored, and `stated_status` the status
a record states: `list --expiring` and `--status expired|expiring` look their candidates up in
their indexes instead of working the validity out for every agreement (store/queries/filters.py),
then apply the exact rule to those. `domestic` (the partner is in the record's local country) lets
`reported_vs_recorded` count domestic agreements from a partial index, not every record.

m015 created the table, its indexes and its triggers; m021 gave each facet column's index the
other three facet columns (a facet under a filter reads one index alone); m023 added `public`
(the public rule's answer) and made the triggers again. What each executed is frozen in
store/database/frozen/ (m015.py, m023.py): a change needs a new migration. Here is what the live
writers run beside the triggers: a row as the triggers write it (FILL_SQL) and the public flags'
refresh.

The set-wise import (store/imports/setwise.py) writes a chunk's rows with one INSERT … SELECT over
its id range instead of the insert trigger's two statements per record (`filled_setwise`): the
trigger took a third of a 100,000-row import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

TABLE = "browse_facets"

# The year a record belongs to, as domain.grouping.year_group says (also `stats --by year`);
# the same expression as the m006 view's.
_YEAR = (
    "CASE WHEN r.date_start IS NULL OR r.date_end IS NULL "
    "OR r.date_precision IN ('by', 'unknown') THEN NULL "
    "WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4) "
    "ELSE substr(r.date_start, 1, 4) || '-' || substr(r.date_end, 1, 4) END"
)

# store/queries/validity.py's VALID_UNTIL_SQL as it read at m015, as the triggers store it.
_VALID_UNTIL = """(CASE
  WHEN r.kind <> 'agreement' THEN NULL
  WHEN EXISTS (SELECT 1 FROM records e WHERE e.agreement_id = r.id AND e.kind = 'event'
      AND e.type = 'renewal') THEN (SELECT COALESCE(e.end_date,
      CASE WHEN COALESCE(e.term_years, r.term_years) IS NOT NULL AND e.date_end IS NOT NULL
      THEN date(e.date_end, '+' || CAST(round(COALESCE(e.term_years, r.term_years) * 12)
        AS INTEGER) || ' months', '-1 day') END)
      FROM records e WHERE e.agreement_id = r.id AND e.kind = 'event' AND e.type = 'renewal'
      ORDER BY e.date_end IS NULL, e.date_end DESC, e.id DESC LIMIT 1)
  ELSE COALESCE(r.end_date, CASE WHEN r.term_years IS NOT NULL AND r.date_end IS NOT NULL
      THEN date(r.date_end, '+' || CAST(round(r.term_years * 12) AS INTEGER) || ' months',
        '-1 day') END)
END)"""

# The stated statuses a lapse may also come from (store/queries/filters.py): a small partial index.
LAPSE_STATED = "stated_status IN ('expired', 'expiring')"

COLUMNS = (
    "id", "type", "country", "governor", "year", "valid_until", "domestic", "stated_status"
)  # fmt: skip

# One record's row (or several: `{where}` over `records r`), from the base tables.
ROW_SELECT = f"""SELECT r.id, r.type, p.country,
  COALESCE(l.name, replace(r.governor_basis, '_', ' ')), {_YEAR}, {_VALID_UNTIL},
  p.country = r.local_country, r.status
FROM records r
LEFT JOIN partners p ON p.id = r.partner_id
LEFT JOIN leaders l ON l.id = r.governor_id"""


INSERT_TRIGGER = f"{TABLE}_records_insert"
# The rows of the records with ids in [:first, :last], as the insert trigger writes each; the
# public flag (m023) set, then worked out once for every record at the end (REFRESH_PUBLIC_SQL):
# a record's partnership may be signed by a later row of the file, and setting the flag of a
# signed record again would rewrite four index entries of it.
FILL_SQL = (
    f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}, public) "
    + ROW_SELECT.replace("\nFROM records r", ", 1\nFROM records r", 1)
    + " WHERE r.id BETWEEN :first AND :last ORDER BY r.id"
)

# The rule's view (m022: store/serve/public.py), the definition of what is public.
_RULE = "public_record_ids"
# Every record's public flag (m023) as the rule says, set-wise: one pass over the records and
# their evidence (~0.7 s at a million records), only the rows whose answer changed written. Run by
# the writers whose change the triggers cannot follow row by row: the set-wise import and a
# stage list's change (store/dossier/stages.py), which changes what proves signing.
REFRESH_PUBLIC_SQL = (
    f"UPDATE {TABLE} SET public = NOT public WHERE public IS NOT (id IN (SELECT id FROM {_RULE}))"
)


@contextmanager
def filled_setwise(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside a transaction that inserts records in id ranges, none naming an agreement (so no
    other record's row changes): the insert triggers of browse_facets and of the counts
    (store/briefing/counts_table.py) are dropped, the caller runs FILL_SQL for each range it
    wrote and the counts' FILL_SQL once over all of them, and the triggers are created again
    when the block ends normally, and the public flags worked out. On an error the caller's
    rollback brings them back with everything else."""
    from kerjasama_cli.store.briefing.counts_table import INSERT_TRIGGER as COUNTS_TRIGGER

    names = (INSERT_TRIGGER, COUNTS_TRIGGER)
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND name IN ({', '.join('?' * len(names))}) ORDER BY rowid",
        names,
    ).fetchall()
    for name, _ in found:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for _, sql in found:
        conn.execute(sql)
    conn.execute(REFRESH_PUBLIC_SQL)
