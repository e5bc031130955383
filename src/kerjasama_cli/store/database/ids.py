"""Ids that are never given out twice (m013): a record or partner's next id is above every id
the table has had, deleted ones included, so no history row ever names two entries."""

from __future__ import annotations

import sqlite3

_TABLES = ("records", "partners")


def next_id(conn: sqlite3.Connection, table: str) -> int:
    """The id the next row of `table` ("records" or "partners") takes: above its highest id
    and above the high-water mark its deletes leave (kerjasama_meta)."""
    if table not in _TABLES:
        raise ValueError(table)
    (found,) = conn.execute(
        f"SELECT max((SELECT COALESCE(MAX(id), 0) FROM {table}),"
        " COALESCE((SELECT CAST(value AS INTEGER) FROM kerjasama_meta WHERE key = ?), 0)) + 1",
        (f"{table}_high_water",),
    ).fetchone()
    return int(found)


def next_logged_id(conn: sqlite3.Connection, table: str, entity: str) -> int:
    """The id the next row of `table` takes when every row it has had was logged in the history
    as `entity` (evidence: `evidence add`, the seed's and an import's stages; leader terms):
    above its highest id and above every id the history names, deleted rows included. The
    history is the mark, so such a table needs no high-water row or trigger (no migration)."""
    if (table, entity) not in _LOGGED:
        raise ValueError(table)
    (found,) = conn.execute(
        f"SELECT max((SELECT COALESCE(MAX(id), 0) FROM {table}),"
        " (SELECT COALESCE(max(MAX(entity_id), COALESCE(MAX(last_id), 0)), 0) FROM history"
        "  WHERE entity = ?)) + 1",
        (entity,),
    ).fetchone()
    return int(found)


_LOGGED = (("evidence", "evidence"), ("leaders", "leader"))
