"""Secondary indexes during a large import: dropped, then built once at the end.

Each inserted record adds an entry to five B-trees on `records` (date, partner, governor,
type, agreement), one on `record_sectors` and one on `history`, each at a scattered position.
When an import brings at least as many records as the table held, building each index
afterwards with one sort is cheaper than all those inserts (a 200,000-row import: 11.0 s ->
9.6 s). The unique indexes (record keys, primary keys) stay: they catch a duplicate key as it
is written. Everything happens inside the import's transaction: a rollback brings the indexes
back with the rest, so nothing needs rebuilding when an import is rolled back or interrupted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

TABLES = ("records", "record_sectors", "history")

# The page cache while indexes are built at the end of an import. SQLite's sorter (CREATE
# INDEX) and FTS5's merges may use as much memory as the page cache may hold, on top of it: with
# the import's 48 MB cache the end of a million-row import took 50 MB more than the rest of it.
# 8 MB builds them as fast (4, 8, 16 and 48 MB measured at 1,000,000 records, the same time).
BUILD_CACHE_KB = 8 * 1024


@contextmanager
def build_cache(conn: sqlite3.Connection, kb: int = BUILD_CACHE_KB) -> Iterator[None]:
    """At most `kb` KiB of page cache inside the block (the setting before it comes back)."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    current = -before if before < 0 else before * page // 1024
    if current <= kb:
        yield
        return
    conn.execute(f"PRAGMA cache_size = {-kb}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


@dataclass
class SecondaryIndexes:
    conn: sqlite3.Connection
    indexes: list[tuple[str, str]]  # (name, sql) of the non-unique indexes, in schema order
    table_rows: int  # records before the import
    dropped: bool = False
    skip: bool = False  # set when the import will roll back: the rollback restores them

    def worth_dropping(self, inserted: int, batch: int) -> bool:
        """Whether an import that has inserted `inserted` records (at least a `batch` of them)
        is large enough, against the table, for a rebuild to beat inserting entry by entry."""
        return inserted >= max(self.table_rows, batch)

    def drop(self) -> None:
        if not self.dropped:
            for name, _ in self.indexes:
                self.conn.execute(f'DROP INDEX "{name}"')
            self.dropped = True

    def restore(self) -> None:
        # After SQLite's own rollback (SQLITE_FULL, I/O errors) the indexes are back already.
        if self.dropped and self.conn.in_transaction:
            for _, sql in self.indexes:
                self.conn.execute(sql)
            self.dropped = False


@contextmanager
def deferred_indexes(conn: sqlite3.Connection) -> Iterator[SecondaryIndexes]:
    """Inside `Store.transaction`: the caller may `drop()` the secondary indexes of the tables
    an import fills; they are created again when the block ends normally and not `skip`ped."""
    marks = ", ".join("?" * len(TABLES))
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY rowid",
        TABLES,
    ).fetchall()
    indexes = [(name, sql) for name, sql in found if not _unique(sql)]
    count = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    state = SecondaryIndexes(conn, indexes, count)
    yield state
    if not state.skip and state.dropped:
        with build_cache(conn):
            state.restore()


def _unique(sql: str) -> bool:
    return sql.split(None, 2)[1].upper() == "UNIQUE"
