"""The search index during a bulk import: triggers off, the imported records indexed at the end.

The triggers of store/fulltext/schema.py rebuild a record's FTS row on every write that touches
it (its row, each person, sector and citation); `deferred` turns that into a queue, but even
queueing costs a trigger program per row and table. A bulk import knows exactly which records it
wrote (every id from its first new one, plus the records it updated), so for the length of the
import the triggers are dropped and those records' FTS rows are written once, from the same
`search_source` view, in set-based statements. The index keeps no copy of the text (m010,
store/fulltext/external.py), so an existing record's entry must be removed with its old text
before the import changes it: the importer calls `forget` with the ids it is about to update.
Everything happens inside the import's transaction: a rollback (dry run, rejects, Ctrl-C, a
crash) restores the triggers with the rest, and a committed import leaves the index exactly as
the triggers would have (tests/test_search.py, tests/test_import_speed.py and
tests/test_compact_storage.py check it).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from kerjasama_cli.domain.search import SEARCH_COLUMNS
from kerjasama_cli.store.fulltext.external import delete_sql, insert_sql
from kerjasama_cli.store.fulltext.schema import SOURCE, TABLE, is_external

_IDS = "(SELECT value FROM json_each(?))"

# FTS5 merges index segments a little on every write ("automerge", default 4); during a bulk
# load that is repeated work. Off for the load, the crisis merge still bounds the segment count,
# and later writes resume merging. Saves about a third of the index build.
_DEFAULT_AUTOMERGE = 4


@dataclass
class BulkIndex:
    """The records whose FTS rows the import must (re)write when it commits."""

    conn: sqlite3.Connection
    triggers: list[tuple[str, str]]  # (name, sql) of the search triggers, in schema order
    first_new: int | None = None  # every record id from this one on is new
    updated: set[int] = field(default_factory=set)  # kept for callers; `forgotten` is indexed
    forgotten: set[int] = field(default_factory=set)  # existing records whose entry is removed
    skip: bool = False  # set when the import will roll back: indexing would be wasted
    dropped: bool = False
    _external: bool | None = None

    def suspend(self) -> None:
        """Drop the triggers (before the first write: an import that writes nothing leaves even
        the schema's order untouched)."""
        if not self.dropped:
            for name, _ in self.triggers:
                self.conn.execute(f'DROP TRIGGER "{name}"')
            self.dropped = True

    def index_new(self, first: int, last: int) -> None:
        """Write the FTS rows of the new records `first`..`last` now: the bulk import indexes
        each batch on its writer thread as soon as the batch is written (the triggers are off),
        and moves `first_new` past what it indexed, so `refresh` does not write them again."""
        columns = f"{TABLE} (rowid, {', '.join(SEARCH_COLUMNS)})"
        self.conn.execute(
            f"INSERT INTO {columns} SELECT * FROM {SOURCE} WHERE record_id BETWEEN ? AND ?",
            (first, last),
        )

    def restore(self) -> None:
        """Put the triggers back as they were."""
        # Not after SQLite rolled the transaction back itself (SQLITE_FULL, an I/O error): the
        # rollback has already put them back, and creating them again would hide the error.
        if self.dropped and self.conn.in_transaction:
            for _, sql in self.triggers:
                self.conn.execute(sql)
            self.dropped = False

    def forget(self, ids: Iterable[int]) -> None:
        """Before existing records are changed: remove their entries with the text they were
        indexed with (still the view's), once each; `refresh` indexes them again."""
        fresh = sorted(set(ids) - self.forgotten)
        if not fresh:
            return
        self.forgotten.update(fresh)
        if self.external:
            self.conn.execute(delete_sql(_IDS), (json.dumps(fresh),))

    @property
    def external(self) -> bool:
        if self._external is None:
            self._external = is_external(self.conn)
        return self._external

    def refresh(self) -> None:
        """Write the FTS rows of the new and updated records."""
        conn = self.conn
        columns = f"{TABLE} (rowid, {', '.join(SEARCH_COLUMNS)})"
        # Before m010 an entry could be rewritten afterwards; now `forget` removed it already.
        if self.external and not self.updated <= self.forgotten:
            # Their entries still hold the old words, which the view no longer gives: removing
            # them later would corrupt the index. A caller that updates must `forget` first.
            raise RuntimeError("records updated by a bulk import were not forgotten first")
        again = self.forgotten if self.external else self.forgotten | self.updated
        if again:
            ids = json.dumps(sorted(again))
            if not self.external:
                conn.execute(f"DELETE FROM {TABLE} WHERE rowid IN {_IDS}", (ids,))
            conn.execute(insert_sql(_IDS), (ids,))
        if self.first_new is not None:
            # New ids are above every id the table held, so no FTS row has them yet.
            conn.execute(
                f"INSERT INTO {columns} SELECT * FROM {SOURCE} WHERE record_id >= ?",
                (self.first_new,),
            )


@contextmanager
def _no_automerge(conn: sqlite3.Connection) -> Iterator[None]:
    row = conn.execute(f"SELECT v FROM {TABLE}_config WHERE k = 'automerge'").fetchone()
    command = f"INSERT INTO {TABLE} ({TABLE}, rank) VALUES ('automerge', ?)"
    conn.execute(command, (0,))
    yield
    conn.execute(command, (row[0] if row else _DEFAULT_AUTOMERGE,))
    if row is None:
        # Back to no setting at all (the same value: the default), so the file is as it was.
        conn.execute(f"DELETE FROM {TABLE}_config WHERE k = 'automerge'")


@contextmanager
def suspended(conn: sqlite3.Connection) -> Iterator[BulkIndex]:
    """Inside a write transaction: once the caller calls `suspend()`, no search triggers; at the
    end of the block the records noted in the yielded `BulkIndex` are indexed, then the triggers
    are put back. Without a search index in the schema, the index has no triggers: a no-op."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"
    ).fetchall()
    bulk = BulkIndex(conn, [(n, sql) for n, sql in triggers if n.startswith(f"{TABLE}_")])
    try:
        yield bulk
        wrote = bulk.updated or bulk.forgotten or bulk.first_new is not None
        if bulk.dropped and not bulk.skip and wrote:
            with _no_automerge(conn):
                bulk.refresh()
    finally:
        # Put back even on error: a caller that swallows it must not lose the triggers.
        bulk.restore()
