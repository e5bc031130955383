"""The full-text index without its own copy of the text (migration m010_compact_storage).

Until m010, `search_index` stored every record's searchable text a second time (FTS5's
`_content` table, 121 bytes a record at a million records) beside the tables it is made from.
Now it is an external-content table over the `search_source` view (store/fulltext/index.py's
text, sectors in their `position` order): the
index holds only postings and sizes, and `snippet()` reads a matched record's text through the
view, by id, when it draws a passage.

The price is that FTS5 can no longer find a row's old words by itself: removing a record's
entry (the 'delete' command) must be given exactly the text it was indexed with. So every
change to what feeds a record's text goes in two steps:

- BEFORE the change, the affected records' entries are deleted with their current text from the
  view (still the old text at that moment);
- AFTER it, they are indexed again from the view (now the new text).

Inside `search_schema.deferred` (a bulk write through `apply_dataset`), the BEFORE step also
queues the record in `search_pending` (once: a queued record's entry is already gone) and the
AFTER step does nothing; the queue is indexed when the block ends. A new record is queued after
its insert (it had no entry). The bulk import drops the triggers and does the same itself
(store/fulltext/bulk.py).

m010 created the table, the view and the triggers: what it executed is frozen in
store/database/frozen/m010.py (a change needs a new migration). This module keeps the
statements the live writers share with those triggers.
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.search import SEARCH_COLUMNS
from kerjasama_cli.store.fulltext.schema import SOURCE, TABLE

_PENDING = "(SELECT record_id FROM search_pending)"
_COLUMNS = f"{TABLE} (rowid, {', '.join(SEARCH_COLUMNS)})"
_DELETE_COLUMNS = f"{TABLE} ({TABLE}, rowid, {', '.join(SEARCH_COLUMNS)})"


def delete_sql(chosen: str) -> str:
    """Remove the entries of the records whose id is in `chosen` (a subquery or a list), with
    the text the view gives now, unless they are queued (their entry is gone already)."""
    return (
        f"INSERT INTO {_DELETE_COLUMNS} SELECT 'delete', * FROM {SOURCE} "
        f"WHERE record_id IN {chosen} AND record_id NOT IN {_PENDING}"
    )


def insert_sql(chosen: str) -> str:
    """Index the records whose id is in `chosen`, from the view."""
    return f"INSERT INTO {_COLUMNS} SELECT * FROM {SOURCE} WHERE record_id IN {chosen}"


def drop_triggers(conn: sqlite3.Connection) -> None:
    """Drop every trigger that keeps the index (bench/search.py times a load without them)."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (f"{TABLE}_%",)
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
