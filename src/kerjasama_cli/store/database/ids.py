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
