"""Keeping the full-text index current inside a write, whichever index the schema has (m003's or
m007's own-text table, or m010's external-content one): `deferred` queues the records a bulk write
touches and indexes each once at the end.

Its own module because it needs both the frozen m003 helpers (store/fulltext/schema.py) and m010's
statements (store/fulltext/external.py), which import schema.py: here nothing imports back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from kerjasama_cli.store.fulltext.external import insert_sql
from kerjasama_cli.store.fulltext.schema import DEFERRED, is_external, refresh_statements


@contextmanager
def deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside a write transaction: queue index updates and apply them once at the end.

    A bulk write touches each record several times (its row, people, sectors, citations); each
    touch would rebuild the record's FTS row. Queued, each record is rebuilt once (a 10,000
    record load: bench/search.py). Nested use is fine: only the outermost flushes.
    """
    has_index = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_state'"
    ).fetchone()
    if not has_index or conn.execute(f"SELECT {DEFERRED}").fetchone()[0]:
        yield  # a schema before m003 (no index yet), or already deferred by an outer caller
        return
    external = is_external(conn)
    conn.execute("INSERT INTO search_state (key) VALUES ('deferred')")
    try:
        yield
    finally:
        # Even on error: a caller that swallows it must not leave the index deferred.
        conn.execute("DELETE FROM search_state WHERE key = 'deferred'")
        if external:
            # m010's triggers removed each queued record's entry before its first change.
            conn.execute(insert_sql("(SELECT record_id FROM search_pending)"))
        else:
            for statement in refresh_statements("r.id IN (SELECT record_id FROM search_pending)"):
                conn.execute(statement)
        conn.execute("DELETE FROM search_pending")
