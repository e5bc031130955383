"""The file `import` reads, opened and checked before any row is, and the rejects file its
`--skip-invalid` writes: the reading half of `import` (the writing half is store/imports/run.py)."""

from __future__ import annotations

from kerjasama_cli.domain.errors import Said
from kerjasama_cli.domain.import_request import ImportRequest
from kerjasama_cli.files.input_types import Document, FlatInput, InputError
from kerjasama_cli.files.readers import read_input
from kerjasama_cli.files.writers import DocumentRejects, FlatRejects, default_rejects_path


def open_source(request: ImportRequest) -> FlatInput | Document:
    """The file read as `request.kind` says (a workbook's sheet through openpyxl), checked
    before any row is: extract's drafts must have been placed, and a column that every row
    needs is said missing once, not on every row."""
    if request.kind == "xlsx":
        from kerjasama_cli.files.xlsx import read_xlsx  # openpyxl: only for a workbook

        source = read_xlsx(request.file, request.mapping, request.sheet, request.header_row)
    else:
        source = read_input(request.file, request.kind, request.mapping)
    if isinstance(source, FlatInput):
        from kerjasama_cli.domain.drafts import check_placed
        from kerjasama_cli.domain.schema import missing_columns

        check_placed(source.name, source.unplaced, request.defaults)  # extract's drafts only
        missing = (
            missing_columns(source.labels, request.defaults) if source.header is not None else None
        )
        if missing:
            source.close()
            raise InputError("{name}: {problem}", name=source.name, problem=Said(missing))
    return source


def rejects_writer(
    source: FlatInput | Document, request: ImportRequest
) -> FlatRejects | DocumentRejects | None:
    """Where `--skip-invalid` writes the rejected records (`--rejects`, else `NAME.rejects.EXT`
    in the current directory), in the input's own shape; None when no rejects file is
    written."""
    if not request.writes_rejects:
        return None
    path = request.rejects or default_rejects_path(request.file, request.rejects_kind)
    if isinstance(source, Document):
        return DocumentRejects(path, request.kind, source.data.get("home"))
    return FlatRejects(path, request.rejects_kind, source.header, source.delimiter, source.bom)
