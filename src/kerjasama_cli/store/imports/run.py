"""`import`'s choice of path: a seed-shaped document is applied whole (`document`); a flat CSV or
NDJSON file goes set-wise first (`setwise`), and is read again row by row (`rowwise`) when the
set-wise path declines it; any other flat source goes row by row. The command (cli/importing.py)
opens the file (files/import_source.py) and reports; this module writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kerjasama_cli.domain.import_request import ImportRequest
from kerjasama_cli.files.input_types import Document, FlatInput
from kerjasama_cli.files.readers import read_input
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.imports.result import ImportResult, Reject

# A progress display for a source: (tick after each batch, stop). render/progress.py draws one.
Progress = Callable[[Any], tuple[Callable[[], None], Callable[[], None]]]


def _no_progress(source: Any) -> tuple[Callable[[], None], Callable[[], None]]:
    return (lambda: None), (lambda: None)


def run_import(
    store: Store,
    source: FlatInput | Document,
    request: ImportRequest,
    *,
    on_reject: Callable[[Reject], None],
    progress: Progress = _no_progress,
) -> ImportResult:
    """Import SOURCE, opened for REQUEST, by the path that fits it; all or nothing. Each
    rejected record goes to ON_REJECT; the source is closed when this returns."""
    if isinstance(source, Document):
        from kerjasama_cli.store.imports.document import import_document

        return import_document(
            store,
            source.data,
            source.lines,
            source.name,
            skip_invalid=request.skip_invalid,
            dry_run=request.dry_run,
            on_reject=on_reject,
            rule=request.rule,
            overwrite=request.overwrite,
            new=request.new,
        )
    if request.may_go_set_wise:
        result = _set_wise(store, source, request, progress)
        if result is not None:
            return result
        source = read_input(request.file, request.kind, request.mapping)  # the file, again
    return _row_by_row(store, source, request, on_reject, progress)


def _labels(source: FlatInput, defaults: dict[str, Any]) -> dict[str, str]:
    """What errors call each field: the file's name for it, or `--set FIELD`."""
    from kerjasama_cli.domain.set_values import set_label

    labels = source.labels
    for field in defaults:
        labels.setdefault(field, set_label(field))
    return labels


def _set_wise(
    store: Store, source: FlatInput, request: ImportRequest, progress: Progress
) -> ImportResult | None:
    """The file imported set-wise, or None (nothing written, the source closed) when the row
    path must read it."""
    from kerjasama_cli.store.imports.setwise import Declined, import_bulk

    tick, stop = progress(source)
    try:
        return import_bulk(
            store,
            source,
            path=request.file,
            mapping=request.mapping,
            defaults=request.defaults,
            labels=_labels(source, request.defaults),
            dry_run=request.dry_run,
            on_batch=tick,
            new=request.new,
        )
    except Declined:
        return None
    finally:
        stop()
        source.close()


def _row_by_row(
    store: Store,
    source: FlatInput,
    request: ImportRequest,
    on_reject: Callable[[Reject], None],
    progress: Progress,
) -> ImportResult:
    """The flat records validated and written one by one (store/imports/rowwise.py)."""
    from kerjasama_cli.store.imports.rowwise import import_rows

    tick, stop = progress(source)
    try:
        return import_rows(
            store,
            source.rows,
            defaults=request.defaults,
            labels=_labels(source, request.defaults),
            skip_invalid=request.skip_invalid,
            dry_run=request.dry_run,
            on_reject=on_reject,
            locate=source.locate,
            on_batch=tick,
            rule=request.rule,
            overwrite=request.overwrite,
            new=request.new,
        )
    finally:
        stop()
        source.close()
