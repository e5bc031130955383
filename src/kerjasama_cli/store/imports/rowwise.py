"""`import`: write a validated batch of records in one transaction, or nothing.

Flat records (CSV, NDJSON) stream through `RecordImporter` (row_batches.py): rows are validated
as they are read and written in batches with executemany inside the single transaction, which is
committed only when nothing was rejected (or `--skip-invalid`) and not a dry run. Seed-shaped
YAML/JSON goes through `parse_dataset` and `apply_dataset` (document.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kerjasama_cli.domain.errors import RowRejected
from kerjasama_cli.domain.merge import MergeRule
from kerjasama_cli.domain.rows import RowParser
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.dossier.stages import stage_list
from kerjasama_cli.store.imports.merge import MergeWriter
from kerjasama_cli.store.imports.result import (
    ImportResult,
    Reject,
    finish,
    home_of,
    import_scope,
    rolls_back,
)
from kerjasama_cli.store.imports.row_batches import BATCH, STAGE_KEY, RecordImporter
from kerjasama_cli.store.safety import history


def _read(
    rows: Iterable[Any],
    parser: RowParser,
    importer: RecordImporter,
    locate: Callable[[int], str],
    on_batch: Callable[[], None],
) -> None:
    importer.locate = locate
    for row in rows:
        if row.error is not None:
            importer.reject(locate(row.line), row.line, row.raw, [row.error])
            continue
        try:
            record, stage = parser.parse_staged(row.values)
        except RowRejected as rejected:
            importer.reject(locate(row.line), row.line, row.raw, rejected.errors)
            continue
        values = row.values
        if stage is not None:
            values = {**values, STAGE_KEY: stage}
        importer.add(None, row.line, row.raw, record, values)
        if not importer.batch:
            on_batch()


def import_rows(
    store: Store,
    rows: Iterable[Any],
    *,
    defaults: Mapping[str, Any] | None = None,
    labels: dict[str, str] | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    on_reject: Callable[[Reject], None] = lambda r: None,
    locate: Callable[[int], str] = str,
    on_batch: Callable[[], None] = lambda: None,
    batch_size: int = BATCH,
    rule: MergeRule = MergeRule(),
    overwrite: bool = False,
    new: bool = False,
) -> ImportResult:
    """Validate and write flat rows (objects with `line`, `raw`, `values`, `error`).

    All or nothing: rolled back on a dry run, on any reject without `skip_invalid`, and on any
    exception (Ctrl-C included). A row's `stage` (a draft's) is checked against its local
    party's stage list and stored as evidence of its record inside the same transaction.
    """
    home, home_country = home_of(store)
    # No search triggers while rows stream in; the imported records are indexed at the end,
    # unless the import rolls back (then indexing them would be wasted work).
    with import_scope(store) as scope:
        conn, index, indexes, result = scope.conn, scope.index, scope.indexes, scope.result
        # A dry run is rolled back: its records need no search rows.
        merger = MergeWriter(rule, history.current_origin(), overwrite)
        importer = RecordImporter(
            conn,
            on_reject,
            index,
            indexes,
            batch_size,
            not dry_run,
            scope.load,
            merger,
            tuple(k for k, v in (defaults or {}).items() if v not in (None, "")),
            new,
        )
        parser = RowParser(
            home,
            home_country,
            importer.partners.resolve,
            importer.sources.resolve,
            defaults,
            labels,
            resolve_local=importer.governments.resolve,
            # a row's stage is checked against its local party's list, read once a party
            stage_lists=functools.cache(functools.partial(stage_list, conn)),
        )
        try:
            _read(rows, parser, importer, locate, on_batch)
            importer.finish()
        finally:
            # Before the transaction ends (a rollback included): no write after it.
            importer.writer.close()
        result.counts = importer.counts
        result.stages = importer.stages_stored  # evidence, in this transaction
        result.new_partners = importer.partners.created
        result.new_sources = importer.sources.created
        result.new_governments = importer.new_governments
        result.homonyms = importer.partners.homonyms
        result.merge = merger.report
        if importer.next_id > importer.indexed_to + 1:  # new records not indexed yet
            index.first_new = importer.indexed_to + 1
        index.updated = importer.updated
        index.skip = indexes.skip = rolls_back(result, skip_invalid, dry_run)
        finish(store, result, skip_invalid, dry_run)
    return scope.result
