"""The full-text index's names and the helpers every version of it shares.

`search_index` is one FTS5 row per record over its text from several tables (its partner and
the partner's aliases, its people, sectors and sources), kept by triggers. m003_search_index
built it, m007_search_own_text gave it each record's own words (store/fulltext/index.py), and
m010_compact_storage made it an external-content table over the `search_source` view
(store/fulltext/external.py). What each migration executed is frozen in
store/database/frozen/ (m003.py, m007.py, m010.py); a change needs a new migration. `reindex`
and `deferred` (store/fulltext/upkeep.py) serve every version: tests/fixtures/make_fixtures.py
builds registries as older versions left them.
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.search import SEARCH_COLUMNS

TABLE = "search_index"

# The view the index's text comes from (record_id, then SEARCH_COLUMNS).
SOURCE = "search_source"


def refresh_statements(ids: str) -> tuple[str, str]:
    """The two statements that rewrite the FTS rows of the records whose id satisfies `ids`."""
    chosen = f"(SELECT r.id FROM records r WHERE {ids})"
    return (
        f"DELETE FROM {TABLE} WHERE rowid IN {chosen}",
        f"INSERT INTO {TABLE} (rowid, {', '.join(SEARCH_COLUMNS)}) "
        f"SELECT * FROM {SOURCE} WHERE record_id IN {chosen}",
    )


DEFERRED = "EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred')"


def is_external(conn: sqlite3.Connection) -> bool:
    """Whether the schema's search index is m010's (reads its text from the view)."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchone()
    return bool(row) and "content = " in row[0]


def reindex(conn: sqlite3.Connection) -> None:
    """Rebuild every record's FTS row from scratch."""
    if is_external(conn):  # m010: the index reads its text from the view itself
        conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
        return
    conn.execute(f"DELETE FROM {TABLE}")
    conn.execute(f"INSERT INTO {TABLE} (rowid, {', '.join(SEARCH_COLUMNS)}) SELECT * FROM {SOURCE}")
