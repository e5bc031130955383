"""The row path's writer: validated records into the open transaction, a batch at a time.

Per row there is no SELECT: a batch's keys are looked up in one query, partners and sources come
from in-memory books, governor attribution is memoised, ids are assigned here so people,
sectors, citations and history rows need no round trip. A batch's inserts run on a second thread
(writer_thread.py) while the next batch is parsed; the records that exist already are merged
with what the file says (merge.py). `RecordImporter` is one class because batches, duplicates,
the merge of updates and the writer thread's hand-off share one counter set and one
transaction; rowwise.py reads the rows and runs it.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.merge import MergeRule, named_fields
from kerjasama_cli.domain.records import AGREEMENT, Record
from kerjasama_cli.store.database.ids import next_id
from kerjasama_cli.store.dossier.stages import MANY_STAGES, drop_evidence_trigger, record_stages

# FTS5's automerge off while the batches are indexed, as search_bulk does for its own refresh.
from kerjasama_cli.store.fulltext.bulk import BulkIndex, _no_automerge
from kerjasama_cli.store.imports.chains import Parent, parents_first, unresolved
from kerjasama_cli.store.imports.governors import ImportGovernors
from kerjasama_cli.store.imports.indexes import SecondaryIndexes
from kerjasama_cli.store.imports.merge import MergeWriter
from kerjasama_cli.store.imports.result import REJECTED, Reject
from kerjasama_cli.store.imports.writer_thread import BatchWriter
from kerjasama_cli.store.parties.government_book import Government, GovernmentBook
from kerjasama_cli.store.parties.partners import PartnerBook, SourceBook
from kerjasama_cli.store.records.columns import (
    RECORD_COLUMNS,
    digest,
    record_content,
    stamp,
    stored_digests,
)
from kerjasama_cli.store.records.duplicates import repeated, same_record
from kerjasama_cli.store.records.parents import LOOP, other_partnership
from kerjasama_cli.store.records.writer import INSERTED, UNCHANGED
from kerjasama_cli.store.safety import history
from kerjasama_cli.store.serve.browse_table import REFRESH_PUBLIC_SQL

BATCH = 5000
IMPORT_CACHE_KB = 40 * 1024
END_CACHE_KB = 2 * 1024


_INSERT_RECORD = (
    f"INSERT INTO records (id, {', '.join(RECORD_COLUMNS)}, created_at) "
    f"VALUES ({', '.join('?' * (len(RECORD_COLUMNS) + 2))})"
)


class RecordImporter:
    """Validated records into the open transaction, a batch at a time."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        on_reject: Callable[[Reject], None],
        index: BulkIndex,
        indexes: SecondaryIndexes,
        batch_size: int = BATCH,
        index_early: bool = True,
        load: contextlib.ExitStack | None = None,
        merger: MergeWriter | None = None,
        set_fields: tuple[str, ...] = (),
        new: bool = False,
    ) -> None:
        self.conn = conn
        # Records that exist already are merged with what the file says (store/imports/merge).
        self.merger = merger or MergeWriter(MergeRule(), history.current_origin(), False)
        self.set_fields = set_fields  # the --set fields: named by every row
        self.new = new  # --new: a record like a stored one is another, not refused
        self.partners_new = next_id(conn, "partners")  # the file's new partners from here
        self.index = index  # the search index, told which records to index at the end
        self.indexes = indexes  # dropped once the import proves large against the table
        # A page cache big enough for the indexes a large import grows (SQLite allocates it only
        # as pages are used); the default 2 MB makes it spill pages to the WAL again and again.
        # 40 MB, not more: the import's peak memory must stay under 150 MB at any file size
        # (with the writer thread's prepared multi-row statements and a batch in flight).
        conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KB}")
        self.on_reject = on_reject
        self.batch_size = batch_size
        self.partners = PartnerBook(conn)
        self.sources = SourceBook(conn, create_unknown=True)
        self.governors = ImportGovernors(conn)
        self.governments = GovernmentBook(conn)
        self.parties: dict[tuple[str, str | None], Government] = {}
        self.new_governments = 0
        self.next_id = next_id(conn, "records")
        self.first_new = self.next_id
        self.index_early = index_early
        self.load = load or contextlib.ExitStack()  # settings held until the load ends
        self.indexed_to = self.first_new - 1  # new records whose search rows are written
        # (location, line, raw row, record, the row's fields: None when it names them all)
        self.batch: list[tuple[str | None, int | None, Any, Record, Any]] = []
        self.deferred: list[tuple[str | None, int | None, Any, Record, Any]] = []
        self.counts: Counter[str] = Counter()
        self.history = history.HistoryBuffer()
        self.updated: set[int] = set()  # ids of the existing records this import changed
        # Each batch's inserts run on a second thread while the next batch is parsed; this
        # object uses the connection only after `writer.wait()`.
        self.writer = BatchWriter(conn)
        self.locate: Callable[[int], str] = str  # a line number to the location rejects name
        # (record key, stage) of the batch's kept rows that gave one: evidence, once written
        self.stages: list[tuple[str, str]] = []
        self.stages_stored = 0
        self.evidence_trigger: str | None = None  # dropped for many stages: made again at the end

    def _keep_stage(self, key: str, values: Any) -> None:
        stage = values.get(STAGE_KEY) if values is not None else None
        if stage:
            self.stages.append((key, stage))

    def reject(
        self, location: str | None, line: int | None, raw: Any, errors: list[ValidationError]
    ) -> None:
        """Count and report a left-out record; its location is worked out here when not given
        (kept rows carry none: a million location strings would be made for nothing)."""
        self.counts[REJECTED] += 1
        if location is None:
            location = self.locate(line) if line is not None else ""
        self.on_reject(Reject(location, line, raw, errors))

    def add(
        self,
        location: str | None,
        line: int | None,
        raw: Any,
        record: Record,
        values: Mapping[str, Any] | None = None,
    ) -> None:
        # The local party by its government's name: `Jakarta` is DKI Jakarta. The book's answer
        # for a name never changes once given, so it is asked once per name and country.
        named = (record.local_party, record.local_country)
        party = self.parties.get(named)
        if party is None:
            if len(self.parties) >= 10_000:
                self.parties.clear()
            party = self.parties[named] = self.governments.resolve_government(*named)
        if party.name != record.local_party:
            record = replace(record, local_party=party.name)
        if record.local_country is None and party.country:
            # A record of a second government carries its country (Kota Surabaya: ID).
            record = replace(record, local_country=party.country)
        self.batch.append((location, line, raw, record, values))
        if len(self.batch) >= self.batch_size:
            self.flush()

    def finish(self) -> None:
        """Write what is left, then the events whose agreement came later in the file."""
        self.flush()
        self.batch, self.deferred = parents_first(self.deferred), []
        self.flush(final=True)
        self.writer.wait()
        # What follows is set-based (the history rows, the updated records' search rows, the
        # rebuilt indexes). SQLite's sorter, building an index, keeps up to the page cache's
        # size of keys in memory before it spills to a temporary file: with the import's cache
        # that was 48 MB more at a million records (peak 194 MB). A 2 MB cache from here on
        # keeps the peak flat in the file's size (146 MB at a million, bench/import_profile.py).
        self.conn.execute(f"PRAGMA cache_size = {-END_CACHE_KB}")
        # One history row for the new partners, then one for the new records (the ids from
        # the first new one are exactly those this import inserted), as they were written.
        if self.partners.first_new is not None:
            self.history.log_inserted(self.conn, "partner", self.partners.first_new)
        if self.next_id > self.first_new:
            self.history.log_inserted(self.conn, "record", self.first_new)
        if self.evidence_trigger is not None:  # the public flags, once, after many stages
            self.conn.execute(self.evidence_trigger)
            self.conn.execute(REFRESH_PUBLIC_SQL)

    def _repeats(
        self, record: Record, key: str, partner: int | None, values: Any
    ) -> ValidationError | None:
        """Why a new record is refused: it repeats a stored one (same partner, type, date and
        local party) and neither --new nor a key column says it is another."""
        if self.new or partner is None or partner >= self.partners_new:
            return None
        if values is not None and str(values.get("key") or "").strip():
            return None
        found = same_record(self.conn, record, partner, below=self.first_new)
        return repeated("record", key, found) if found else None

    def _agreement_ids(self, keys: set[str]) -> dict[str, Parent]:
        """The stored records `keys` name, with their partnership (a parent must share it)."""
        return {
            key: Parent(record_id, partner, party)
            for key, record_id, partner, party in self.conn.execute(
                "SELECT r.key, r.id, r.partner_id, r.local_party"
                " FROM json_each(?) j JOIN records r ON r.key = j.value",
                (json.dumps(list(keys)),),
            )
        }

    def flush(self, final: bool = False) -> None:
        """Write the batch: inserts with executemany, updates through save_record."""
        batch, self.batch = self.batch, []
        if not batch:
            return
        self.writer.wait()  # the batch before is written: the look-ups below see it
        conn = self.conn
        existing = stored_digests(conn, [item[3].key for item in batch])
        # Agreements first, so an event can point at an agreement of the same batch.
        batch.sort(key=lambda item: item[3].kind != AGREEMENT)
        refs = {item[3].agreement for item in batch if item[3].agreement}
        agreements = self._agreement_ids(refs) if refs else {}
        seen: dict[str, str] = {}
        rows, people, sectors, citations, updates = [], [], [], [], []
        misplaced: list[tuple[str | None, int | None, Any, str, int]] = []
        log, now = self.history, stamp(self.history.at)
        for location, line, raw, record, values in batch:
            agreement = None
            partner = None
            if record.agreement:
                parent = agreements.get(record.agreement)
                if parent is None:
                    if final:
                        self.reject(location, line, raw, [unresolved(record, batch)])
                    else:  # perhaps later in the file
                        self.deferred.append((location, line, raw, record, values))
                    continue
                partner = self.partners.reserve(conn, record.partner) if record.partner else None
                if not parent.holds(partner, record.local_party):  # said once it is written
                    misplaced.append((location, line, raw, record.agreement, parent.id))
                    continue
                agreement = parent.id
            elif record.partner:
                partner = self.partners.reserve(conn, record.partner)
            content = record_content(record, partner, agreement)
            fingerprint = digest(content, record)
            key = record.key
            if key in seen or key in existing:
                if (seen.get(key) or existing[key][1]) == fingerprint:
                    self.counts[UNCHANGED] += 1
                    self._keep_stage(key, values)
                    continue
                if key in seen or existing[key][0] >= self.first_new:
                    self.reject(location, line, raw, [_duplicate(key, values)])
                    continue
            repeat = None if key in existing else self._repeats(record, key, partner, values)
            if repeat is not None:
                self.reject(location, line, raw, [repeat])
                continue
            seen[key] = fingerprint
            self._keep_stage(key, values)
            for source in record.sources:
                self.sources.ensure(conn, source)
            if key in existing:
                updates.append((location, line, raw, record, values))
                continue
            record_id = self.next_id
            self.next_id += 1
            if record.kind == AGREEMENT and key in refs:  # an event of this batch names it
                agreements[key] = Parent(record_id, partner, record.local_party)
            rows.append((record_id, *content, *self.governors.columns(record), now, now))
            if record.people:
                people.extend(
                    (record_id, i, p.side, p.name, p.title) for i, p in enumerate(record.people)
                )
            if record.sectors:
                sectors.extend((record_id, s, i) for i, s in enumerate(record.sectors))
            if record.sources:
                sources = self.sources.ids
                citations.extend(("record", record_id, sources[s]) for s in record.sources)
            self.counts[INSERTED] += 1
        if self.governments.pending:
            self.new_governments += self.governments.write_new(conn, log)
        writes = [
            (INSERT_PARTNER, self.partners.take_new()),
            (_INSERT_RECORD, rows),
            (_INSERT_PERSON, people),
            (_INSERT_SECTOR, sectors),
            (_INSERT_CITATION, citations),
            (history.INSERT_SQL, log.take()),
        ]
        if rows or updates or writes[0][1]:
            self.index.suspend()
        if self.indexes.worth_dropping(self.counts[INSERTED], self.batch_size):
            self.indexes.drop()
        then = None
        if rows and self.index_early:
            # The batch's search index rows, on the writer thread after its inserts (the
            # triggers are off), rather than all at the end on this one.
            first, last = rows[0][0], rows[-1][0]
            then = functools.partial(self.index.index_new, first, last)
            if self.indexed_to < self.first_new:  # the first batch: no merging during the load
                self.load.enter_context(_no_automerge(conn))
            self.indexed_to = last
        self.writer.submit(writes, then)
        if updates:
            self.writer.wait()
            # Their index entries go with their old text, before it changes (m010).
            self.index.forget(existing[item[3].key][0] for item in updates)
        rule = self.merger.rule
        for location, line, raw, record, values in updates:
            named = None
            if values is not None:
                named = named_fields(values, self.set_fields, rule.clear_empty)
            try:
                record_id, outcome = self.merger.save(
                    conn, existing[record.key][0], record, named, self.governors.index
                )
            except ValidationError as error:  # refused before anything is written
                if error.msgid == LOOP and not final:
                    # Perhaps a later row of the file lifts the loop (`b` no longer under
                    # `a`): tried again at the end, when every other row is written.
                    self.deferred.append((location, line, raw, record, values))
                else:
                    self.reject(location, line, raw, [error])
                continue
            self.counts[outcome] += 1
            if outcome != UNCHANGED:
                self.updated.add(record_id)
        if misplaced:  # under another partnership's document: said as `add` says it
            self.writer.wait()
            for location, line, raw, given, parent_id in misplaced:
                self.reject(
                    location, line, raw, [other_partnership(conn, parent_id, "agreement", given)]
                )
        if self.stages:  # the batch's stages, once its records are written (rare: no overlap)
            self.writer.wait()
            if len(self.stages) >= MANY_STAGES and self.evidence_trigger is None:
                self.evidence_trigger = drop_evidence_trigger(conn)
            self.stages_stored += record_stages(conn, self.stages)
            self.stages = []


INSERT_PARTNER = (
    "INSERT INTO partners (id, key, name, kind, country, region) VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_PERSON = (
    "INSERT INTO record_people (record_id, position, side, name, title) VALUES (?, ?, ?, ?, ?)"
)
_INSERT_SECTOR = "INSERT INTO record_sectors (record_id, sector, position) VALUES (?, ?, ?)"
_INSERT_CITATION = "INSERT OR IGNORE INTO citations (entity, entity_id, source_id) VALUES (?, ?, ?)"


# Where a kept row's stage waits, checked, for the end of the import: beside its values under a
# name no field has, so that a row the flush rejects leaves no stage behind.
STAGE_KEY = "\x00stage"


def _duplicate(key: str, values: Any) -> ValidationError:
    """A key met twice with different values: a file with keys of its own needs another key for
    the row, one whose keys are derived (partner, type, date) a key column."""
    if values is not None and str(values.get("key") or "").strip():
        reason = "appears earlier in the file with different values; give each row its own key"
    else:
        reason = "appears earlier in the file with different values; give each a key column"
    return ValidationError("key", key, reason)
