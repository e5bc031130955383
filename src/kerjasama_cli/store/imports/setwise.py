"""`import` of a flat file set-wise: each distinct value normalised once, the rows joined in SQL.

The row path (store/imports/rowwise.py) spends ~28 µs of Python on every row. Here the rows arrive
in chunks as integer codes of their distinct values (files/bulk_rows.py; a large CSV file is read by
a second process meanwhile), each distinct value is normalised once into a small code table
(store/imports/values.py), and a few INSERT … SELECT statements per chunk join the staged rows to
those tables to write the records, their sectors and people and their search rows: SQLite's C,
not Python, per row.

It gives the database the row path would, or declines: whatever it does not handle (a row the
reader could not read, a value that is not text or not printable, a value that fails to
normalise, sources, an agreement reference, an end date or a term, a key that exists already or
twice in the file) raises `Declined` before anything is committed; the caller rolls back and
imports the file again through the row path, which then says what is wrong with which row, or
updates what exists. tests/test_import_bulk.py checks that both paths leave the same database
(records, partners, people, sectors, governors, history, the search index).

Its SQL statements, in the order they run on each chunk, are in `setwise_sql`; the value tables
and the index handling are in `values` and `indexes`.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from kerjasama_cli.domain.rows import RowParser
from kerjasama_cli.files.bulk_rows import BIG_FILE, CHUNK, Chunk, Declined, RowCodes
from kerjasama_cli.store.briefing.counts_table import FILL_SQL as COUNTS_FILL_SQL
from kerjasama_cli.store.database import interrupts
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.database.ids import next_id
from kerjasama_cli.store.dossier.stages import drop_evidence_trigger, record_stages, stage_list
from kerjasama_cli.store.fulltext.bulk import _no_automerge
from kerjasama_cli.store.imports import setwise_sql as sql
from kerjasama_cli.store.imports.indexes import SecondaryIndexes
from kerjasama_cli.store.imports.result import ImportResult, Rollback, home_of, import_scope
from kerjasama_cli.store.imports.row_batches import BATCH, END_CACHE_KB, INSERT_PARTNER
from kerjasama_cli.store.imports.values import DistinctValues
from kerjasama_cli.store.parties.government_book import GovernmentBook
from kerjasama_cli.store.parties.partners import PartnerBook
from kerjasama_cli.store.records.columns import stamp
from kerjasama_cli.store.records.writer import INSERTED
from kerjasama_cli.store.safety import history
from kerjasama_cli.store.serve.browse_table import FILL_SQL, filled_setwise

__all__ = ["Declined", "import_bulk"]

STAGE_CACHE_KB = 8 * 1024  # a chunk's staged rows and ids, and the code tables
# The records' key index is the one B-tree written at scattered places (a million keys take
# 44 MB); half of it cached writes as fast as all of it (16 MB is a second slower), and the
# import's peak memory stays under 150 MB.
CACHE_KB = 24 * 1024


class BulkLoad:
    """One set-wise import inside the caller's transaction, a chunk of rows at a time."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        parser: RowParser,
        indexes: SecondaryIndexes,
        batch_size: int = BATCH,
        search: bool = True,
        new: bool = False,
    ) -> None:
        self.conn = conn
        self.parser = parser
        self.indexes = indexes
        self.batch_size = batch_size
        self.search = search  # False on a dry run: it is rolled back
        self.partners = PartnerBook(conn)
        self.governments = GovernmentBook(conn)
        self.values = DistinctValues(conn, parser, self.partners, self.governments)
        self.history = history.HistoryBuffer()
        self.now = stamp(self.history.at)
        self.first_new = self.next_id = next_id(conn, "records")
        self.partners_new = next_id(conn, "partners")  # partners from this id on are the file's
        self.known_to = 0  # bulk_partner rows whose stored records are in bulk_known
        self.known = 0
        self.new = new  # --new: a record like a stored one is another
        self.staged = 0
        self.new_governments = 0
        self.stages = 0  # evidence rows stored for the rows' stages
        # the evidence rows' public-flag trigger, dropped while stages are stored: the flags are
        # worked out once when the load ends (filled_setwise), the trigger made again before
        self.evidence_trigger: str | None = None
        conn.create_function("kerjasama_bulk_key", 6, self.values.derive_key, deterministic=True)
        for statement in sql.CREATE_TEMP:
            conn.execute(statement)

    def take(self, chunk: Chunk) -> None:
        """Stage a chunk's rows, normalise its new values, write its records."""
        conn = self.conn
        # Only the chunk's own rows are staged (the code tables hold the rest): kept small,
        # the staging tables stay in SQLite's page cache rather than a temporary file.
        conn.execute("DELETE FROM bulk_stage")
        conn.execute("DELETE FROM bulk_ord")
        low, high = 1, len(chunk.rows)
        try:
            conn.executemany(f"INSERT INTO bulk_stage VALUES ({', '.join('?' * 16)})", chunk.rows)
        except sqlite3.ProgrammingError:  # a list where text was expected, say
            raise Declined("a value SQLite cannot store as it is") from None
        self.staged += high
        partners_before = len(self.values.partners)
        new_partners = self.values.add(chunk.fresh)
        self._check_partners(low, high)
        if self.conn.execute(sql.EVENT_STATUS, (low, high)).fetchone():
            raise Declined("an event with a status")  # the row path names its row
        first, last = self.next_id, self.next_id + len(chunk.rows) - 1
        self._order(low, high)
        self.next_id = last + 1
        self._write_partners(first, last, new_partners)
        self.values.fill_partners(range(partners_before, len(self.values.partners)))
        if self.governments.pending:
            self.new_governments += self.governments.write_new(conn, self.history)
        conn.executemany(history.INSERT_SQL, self.history.take())
        if self.indexes.worth_dropping(last - self.first_new + 1, self.batch_size):
            self.indexes.drop()
        span = {"first": first, "last": last, "now": self.now}
        try:
            conn.execute(sql.INSERT_RECORDS, span)
        except sqlite3.IntegrityError:  # a key that exists, or twice in the file
            raise Declined("a key already in the registry or repeated") from None
        conn.execute(FILL_SQL, span)  # browse_facets: the chunk's rows at once, not by trigger
        self._refuse_repeats(first, last)
        self._take_stages(first, last)
        conn.execute(sql.INSERT_SECTORS, span)
        conn.execute(sql.INSERT_PEOPLE, span)
        if self.search:
            conn.execute(sql.PARTNER_TEXT, (partners_before,))
            conn.execute(sql.INSERT_SEARCH, span)

    def _refuse_repeats(self, first: int, last: int) -> None:
        """Decline a chunk with a record like a stored one (same partner, type, date, local
        party; no key of its own): the row path refuses it, naming both."""
        if self.new:
            return
        conn = self.conn
        seen = len(self.values.partners)
        if seen > self.known_to:
            params = {"first_new": self.first_new, "seen": self.known_to}
            params["partners_new"] = self.partners_new
            self.known += conn.execute(sql.KNOWN, params).rowcount
            self.known_to = seen
        if self.known and conn.execute(sql.REPEATS, {"first": first, "last": last}).fetchone():
            raise Declined("a record like one the registry holds")

    def _take_stages(self, first: int, last: int) -> None:
        """The chunk's stages, checked as the row path checks them (against each record's
        local party's list; a bad one declines, and the row path names its row), stored as
        the row path stores them: evidence of the chunk's records."""
        conn = self.conn
        if not conn.execute("SELECT 1 FROM bulk_stage WHERE stage IS NOT NULL LIMIT 1").fetchone():
            return
        check, pairs = self.parser.stages.check, []
        for key, text, party in conn.execute(sql.STAGED, {"first": first, "last": last}):
            found = check(text, party, "stage")
            if not isinstance(found, str):
                raise Declined("a stage its local party's stage list does not have")
            pairs.append((key, found))
        if pairs and self.evidence_trigger is None:
            self.evidence_trigger = drop_evidence_trigger(conn)
        self.stages += record_stages(conn, pairs)

    def _check_partners(self, low: int, high: int) -> None:
        """A row without a partner is a programme's (`RowParser`: "partner is required")."""
        values = self.values
        missing = [i for i, key in enumerate(values.partners) if key is None]
        if missing:
            programme = [i for i, t in enumerate(values.types) if t == "programme"]
            if self.conn.execute(
                f"SELECT 1 FROM bulk_stage WHERE rowid BETWEEN ? AND ? AND p IN ({_list(missing)})"
                f" AND t NOT IN ({_list(programme)}) LIMIT 1",
                (low, high),
            ).fetchone():
                raise Declined("a record with no partner")

    def _order(self, low: int, high: int) -> None:
        """Record ids as the row path gives them: in file order, agreements before events
        within each batch (so that an event can name an agreement of its batch); a range of
        rowids per batch and kind rather than a sort."""
        kinds = self.values.kinds
        agreements = [i for i, kind in enumerate(kinds) if kind == "agreement"]
        events = [i for i, kind in enumerate(kinds) if kind != "agreement"]
        passes = (agreements, events) if agreements and events else (list(range(len(kinds))),)
        conn, step = self.conn, self.batch_size
        # The chunk's ids go on from the one before: max(id) + 1.
        conn.execute("INSERT INTO bulk_ord VALUES (?, NULL)", (self.next_id - 1,))
        for start in range(low, high + 1, step):
            for codes in passes:
                conn.execute(
                    "INSERT INTO bulk_ord (srow) SELECT rowid FROM bulk_stage WHERE rowid"
                    f" BETWEEN ? AND ? AND t IN ({_list(codes)}) ORDER BY rowid",
                    (start, min(start + step - 1, high)),
                )
        conn.execute("DELETE FROM bulk_ord WHERE id = ?", (self.next_id - 1,))

    def _write_partners(self, first: int, last: int, new: list[int]) -> None:
        """New partners get their ids in the order the row path reserves them: by the first
        record (in id order) that names each."""
        if not new:
            return
        conn, book, keys = self.conn, self.partners, self.values.partners
        for (code,) in conn.execute(
            "SELECT s.p FROM bulk_ord o CROSS JOIN bulk_stage s ON s.rowid = o.srow"
            f" WHERE o.id BETWEEN ? AND ? AND s.p IN ({_list(new)})"
            " GROUP BY s.p ORDER BY min(o.id)",
            (first, last),
        ).fetchall():
            key = keys[code - 1]
            if key not in book.ids:  # two spellings of one new partner: the first reserves
                book.reserve(conn, key)  # type: ignore[arg-type]
        conn.executemany(INSERT_PARTNER, book.take_new())

    def finish(self) -> None:
        # The counts (m024) of every record written, grouped once: per chunk, nearly each
        # record of a large file would be an upsert of its own (20,000 partners, 300,000
        # governor-partner pairs at a million records), as costly as the trigger.
        span = {"first": self.first_new, "last": self.next_id - 1}
        for fill in COUNTS_FILL_SQL:
            self.conn.execute(fill, span)
        self.conn.execute(f"PRAGMA cache_size = {-END_CACHE_KB}")
        if self.partners.first_new is not None:
            self.history.log_inserted(self.conn, "partner", self.partners.first_new)
        self.history.log_inserted(self.conn, "record", self.first_new)
        if self.evidence_trigger is not None:  # filled_setwise then works the flags out
            self.conn.execute(self.evidence_trigger)
        for table in sql.TEMP_TABLES:
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _list(codes: list[int]) -> str:
    """SQL's list of codes from 0-based positions (a code is its position + 1); never empty,
    for `x NOT IN ()` would be true of everything and `NOT IN (NULL)` of nothing: 0 is no
    code."""
    return ", ".join(str(c + 1) for c in codes) or "0"


def _chunks(
    source: Any,
    path: str | None,
    mapping: Mapping[str, str],
    defaults: Mapping[str, Any],
    on_batch: Callable[[], None],
    batch_size: int,
) -> Iterator[Chunk]:
    """The file's chunks: a large file read by a second process, anything else here."""
    kind = getattr(source, "format", None)
    if path and kind in ("csv", "ndjson") and CHUNK % batch_size == 0 and _size(path) >= BIG_FILE:
        from kerjasama_cli.files.bulk_rows import read_elsewhere

        for chunk in read_elsewhere(path, kind, mapping, defaults):
            on_batch()
            yield chunk
        return
    codes = RowCodes(defaults)

    def on_row() -> None:  # called after each row is counted
        if not codes.count % BATCH:
            on_batch()

    size = batch_size * max(1, CHUNK // batch_size)  # whole batches: `_order` needs them
    yield from codes.chunks(codes.values_of(source, on_row), size)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def import_bulk(
    store: Store,
    source: Any,
    *,
    path: str | None = None,
    mapping: Mapping[str, str] | None = None,
    defaults: Mapping[str, Any] | None = None,
    labels: dict[str, str] | None = None,
    dry_run: bool = False,
    on_batch: Callable[[], None] = lambda: None,
    batch_size: int = BATCH,
    new: bool = False,
) -> ImportResult:
    """Import a flat file set-wise (a `FlatInput`, or any iterable of `Row`s), all or nothing;
    raises Declined (nothing written) when the row path must take the file. `path` and
    `mapping`: the file the `FlatInput` reads, which a second process may read instead."""
    home, home_country = home_of(store)
    given = {k: v for k, v in (defaults or {}).items() if v not in (None, "")}
    # The rows written here refer only to partners, leaders and records that exist (they are
    # looked up or written first): checking each reference again costs a look-up per row and
    # table. SQLite ignores this pragma inside a transaction, hence before it, and back after.
    store.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with import_scope(store) as scope, filled_setwise(scope.conn):
            conn, index, indexes, result = scope.conn, scope.index, scope.indexes, scope.result
            conn.execute(f"PRAGMA cache_size = {-CACHE_KB}")
            conn.execute(f"PRAGMA temp.cache_size = {-STAGE_CACHE_KB}")
            # A second thread for the sorts that build the indexes at the end (the other core
            # is idle by then).
            conn.execute("PRAGMA threads = 2")
            # a row's stage is checked against its local party's list, read once a party
            lists = functools.cache(functools.partial(stage_list, conn))
            parser = RowParser(
                home, home_country, _unused, _no_source, defaults, labels, stage_lists=lists
            )
            load = BulkLoad(conn, parser, indexes, batch_size, search=not dry_run, new=new)
            parser.resolve_local = load.governments.resolve  # as the row path does
            index.suspend()
            stack = contextlib.ExitStack()
            if not dry_run:
                stack.enter_context(_no_automerge(conn))
            with stack:
                for chunk in _chunks(source, path, mapping or {}, given, on_batch, batch_size):
                    load.take(chunk)
                    interrupts.pause("chunk")
            if not load.staged:
                raise Declined("no rows")
            load.finish()
            result.counts[INSERTED] = load.staged
            result.stages = load.stages
            result.new_partners = load.partners.created
            result.new_governments = load.new_governments
            result.homonyms = load.partners.homonyms
            index.skip = indexes.skip = dry_run
            if dry_run:
                raise Rollback
    finally:
        with contextlib.suppress(sqlite3.Error):
            store.conn.execute(f"PRAGMA cache_size = {-END_CACHE_KB}")
            store.conn.execute("PRAGMA threads = 0")
        store.conn.execute("PRAGMA foreign_keys = ON")
    return scope.result


def _unused(*args: Any) -> str:
    raise AssertionError("DistinctValues sets the partner resolver")


def _no_source(*args: Any) -> str:
    raise Declined("sources")
