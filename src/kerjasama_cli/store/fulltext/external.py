"""The full-text index without its own copy of the text (migration m010_compact_storage).

Until m010, `search_index` stored every record's searchable text a second time (FTS5's
`_content` table, 121 bytes a record at a million records) beside the tables it is made from.
Now it is an external-content table over the `search_source` view (store/fulltext/index.py): the
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
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.search import SEARCH_COLUMNS
from kerjasama_cli.store.fulltext.index import ROW_SELECT
from kerjasama_cli.store.fulltext.schema import M003_TRIGGERS, SOURCE, TABLE, TOKENIZE

_DEFERRED = "EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred')"
_PENDING = "(SELECT record_id FROM search_pending)"
_COLUMNS = f"{TABLE} (rowid, {', '.join(SEARCH_COLUMNS)})"
_DELETE_COLUMNS = f"{TABLE} ({TABLE}, rowid, {', '.join(SEARCH_COLUMNS)})"

# m007's triggers (m003's less the leaders'): (name, event, table, WHEN condition, ids).
TRIGGERS = [trigger for trigger in M003_TRIGGERS if trigger[0] != "leaders"]


# m007's text, a record's sectors in their `position` order (m010: record_sectors has no rowid).
VIEW_SELECT = ROW_SELECT.replace("ORDER BY rs.rowid", "ORDER BY rs.position")


def create_view(conn: sqlite3.Connection) -> None:
    """The `search_source` view as m010 leaves it."""
    names = ", ".join(("record_id", *SEARCH_COLUMNS))
    conn.execute(f"CREATE VIEW {SOURCE} ({names}) AS {VIEW_SELECT}")


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


def create_external_index(conn: sqlite3.Connection) -> None:
    """Replace m007's FTS table (same name, columns, tokenizer, view) by an external-content one,
    index every record, and create the before/after triggers."""
    drop_triggers(conn)
    conn.execute(f"DROP TABLE {TABLE}")
    conn.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(SEARCH_COLUMNS)}, "
        f"content = '{SOURCE}', content_rowid = 'record_id', tokenize = '{TOKENIZE}')"
    )
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
    create_triggers(conn)


def drop_triggers(conn: sqlite3.Connection) -> None:
    """Drop every trigger that keeps the index."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (f"{TABLE}_%",)
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')


def create_triggers(conn: sqlite3.Connection) -> None:
    """The triggers that keep each record's entry (names keep m003's `search_index_` prefix:
    store/fulltext/bulk.py drops and restores them by it)."""
    for i, (name, event, table, when, ids) in enumerate(TRIGGERS):
        verb = event.split()[0].lower()
        suffix = {"insert": "ai", "update": "au", "delete": "ad"}[verb]
        chosen = f"(SELECT r.id FROM records r WHERE {ids})"
        condition = f"({when}) AND " if when else ""
        if table == "records" and verb == "insert":
            # A new record has no entry to remove: index it, or queue it.
            conn.execute(
                f"CREATE TRIGGER {TABLE}_{name}_{suffix}{i} AFTER INSERT ON records "
                f"FOR EACH ROW WHEN NOT {_DEFERRED} BEGIN {insert_sql('(NEW.id)')}; END"
            )
            conn.execute(
                f"CREATE TRIGGER {TABLE}_{name}_{suffix}{i}_queued AFTER INSERT ON records "
                f"FOR EACH ROW WHEN {_DEFERRED} BEGIN "
                "INSERT OR IGNORE INTO search_pending (record_id) VALUES (NEW.id); END"
            )
            continue
        when_sql = f"WHEN {when} " if when else ""
        conn.execute(
            f"CREATE TRIGGER {TABLE}_{name}_{suffix}{i}_before BEFORE {event} ON {table} "
            f"FOR EACH ROW {when_sql}BEGIN {delete_sql(chosen)}; "
            f"INSERT OR IGNORE INTO search_pending (record_id) "
            f"SELECT r.id FROM records r WHERE ({ids}) AND {_DEFERRED}; END"
        )
        conn.execute(
            f"CREATE TRIGGER {TABLE}_{name}_{suffix}{i} AFTER {event} ON {table} "
            f"FOR EACH ROW WHEN {condition}NOT {_DEFERRED} BEGIN {insert_sql(chosen)}; END"
        )
    # A deleted record's entry goes with the text it had; nothing is left to index.
    conn.execute(
        f"CREATE TRIGGER {TABLE}_records_bd BEFORE DELETE ON records FOR EACH ROW "
        f"BEGIN {delete_sql('(OLD.id)')}; "
        "DELETE FROM search_pending WHERE record_id = OLD.id; END"
    )
