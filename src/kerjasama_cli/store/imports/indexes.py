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

TABLES = ("records", "record_sectors", "history", "browse_facets")
# Kept: the browse_facets triggers (store/serve/browse_table.py) read them for every record
# written: a record's renewals by `records_agreement`, and the public flag (m023) its
# partnership's records by `records_partner` and `records_local_party`. Without them each look-up
# reads the whole table: the row path's 26,000-record import of tests/test_real_data.py went
# from 2 s to 48 s.
KEPT = frozenset({"records_agreement", "records_partner", "records_local_party"})


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
    indexes = [(name, sql) for name, sql in found if not _unique(sql) and name not in KEPT]
    count = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    state = SecondaryIndexes(conn, indexes, count)
    yield state
    if not state.skip:
        state.restore()


def _unique(sql: str) -> bool:
    return sql.split(None, 2)[1].upper() == "UNIQUE"
