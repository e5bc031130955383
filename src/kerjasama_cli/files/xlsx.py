"""Excel workbooks in and out: the bureau's lists live in `.xlsx` files.

openpyxl is imported here only, inside the functions, so no other command pays for it. Reading
is streamed (`read_only`): a 100,000-row sheet is never held in memory, as with the CSV path.
Cells become the same text a CSV cell would be, so header matching, `--map`, `--set` and
validation are the import's own: a date cell formatted as a date reads as `YYYY-MM-DD`, a whole
number as `2024` (not `2024.0`). Rejects name `SHEET!ROW`, as Excel does.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kerjasama_cli.domain.errors import ValidationError, shown
from kerjasama_cli.domain.tabular import header_fields
from kerjasama_cli.files.input_types import FlatInput, InputError, Row, no_records

# Widest a column is set to (characters); long titles and summaries are cut on screen, not in
# the cell.
MAX_WIDTH = 60
# Rows looked at to choose column widths (a large export is not read twice).
WIDTH_SAMPLE = 1000


def cell_text(value: Any) -> str:
    """One cell as the text a CSV export would hold: dates as ISO, whole numbers without `.0`."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value).strip()


def read_xlsx(
    path: str, mapping: Mapping[str, str], sheet: str | None = None, header_row: int = 1
) -> FlatInput:
    """The records of one sheet (the first unless `sheet`), its header on row `header_row`."""
    import zipfile

    from openpyxl import load_workbook

    name = path
    if path == "-":
        raise InputError("an Excel workbook cannot be read from stdin; give its file name")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        from kerjasama_cli.i18n import os_reason

        known = isinstance(error, OSError) and error.strerror
        if known:
            raise InputError("{path}: {reason}", path=path, reason=os_reason(error)) from None
        raise InputError("{path}: not an Excel workbook (.xlsx)", path=path) from None
    try:
        if sheet is None:
            ws = book.worksheets[0]
        elif sheet in book.sheetnames:
            ws = book[sheet]
        else:
            raise InputError(
                "--sheet {sheet}: no such sheet in {name}; it has {sheets}",
                sheet=shown(sheet),
                name=Path(path).name,
                sheets=", ".join(shown(s) for s in book.sheetnames),
            )
        formulas = _formulas(path, ws)
        source = _sheet_rows(name, ws, mapping, header_row, formulas)
    except BaseException:
        book.close()
        raise

    def close() -> None:
        book.close()
        if formulas is not None:
            formulas.parent.close()

    source.close = close
    return source


def _formulas(path: str, ws: Any) -> Any:
    """The same sheet read for its formulas, when it has any (None otherwise, the usual case:
    the sheet's XML is scanned for a formula element, far cheaper than parsing it again).

    A workbook saved by Excel or LibreOffice keeps each formula's computed value, which the
    import reads; one written by a script (openpyxl, pandas) keeps the formula alone, which
    reads as an empty cell: set beside the values, such a cell rejects its row instead of
    importing it empty in silence."""
    import zipfile

    from openpyxl import load_workbook

    part = getattr(ws, "_worksheet_path", None)
    if part is None:
        return None
    with zipfile.ZipFile(path) as archive, archive.open(part) as xml:
        tail = b""
        while chunk := xml.read(1 << 20):
            if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                break
            tail = chunk[-3:]
        else:
            return None
    book = load_workbook(path, read_only=True, data_only=False)
    return book[ws.title]


# How far under a sheet's title row to look for its column headers.
_TITLE_ROWS = 20


def _headers_below(cells: Iterator[Any], mapping: Mapping[str, str], row: int) -> int | None:
    """The first of the next rows that reads as a header of two fields or more, if any."""
    for number, values in enumerate(itertools.islice(cells, _TITLE_ROWS), start=row + 1):
        texts = [cell_text(v) for v in values]
        while texts and not texts[-1]:
            texts.pop()
        if len(list(filter(None, texts))) < 2:
            continue
        try:
            fields = header_fields(texts, mapping)
        except ValidationError:
            continue
        if sum(f is not None for f in fields) >= 2:
            return number
    return None


def _sheet_rows(
    name: str, ws: Any, mapping: Mapping[str, str], header_row: int, formulas: Any = None
) -> FlatInput:
    title = ws.title
    cells = ws.iter_rows(values_only=True)
    # the formulas' rows, in step with the values' (None: the sheet has no formula)
    written = formulas.iter_rows(values_only=True) if formulas is not None else None
    header: list[str] = []
    for number, values in enumerate(cells, start=1):
        if written is not None:
            next(written, None)
        if number == header_row:
            header = [cell_text(v) for v in values]
            break
    while header and not header[-1]:
        header.pop()  # columns a spreadsheet formatted but left empty
    if not any(header):
        raise (
            no_records(name)
            if header_row == 1
            else InputError(
                "{where}: --header-row {row} is empty",
                where=f"{name}: {title}!{header_row}",
                row=header_row,
            )
        )
    try:
        fields = header_fields(header, mapping)
    except ValidationError as error:
        below = (
            _headers_below(cells, mapping, header_row)
            if len(list(filter(None, header))) == 1
            else None
        )
        if below is not None:  # a title in A1, the headers under it: say where they are
            error = ValidationError(
                "column",
                error.value,
                "unknown header; a title above the column headers? They read as headers on row "
                "{row}: give --header-row {row}",
                row=below,
            )
        raise error.at(f"{name}:{title}!{header_row}") from None
    pairs = [(i, f) for i, f in enumerate(fields) if f is not None]
    width = len(header)

    def rows() -> Iterator[Row]:
        from openpyxl.utils import get_column_letter

        for number, values in enumerate(cells, start=header_row + 1):
            texts = [cell_text(v) for v in values]
            unsaved = _unsaved(values, next(written, ())) if written is not None else None
            if unsaved is not None:
                column, formula = unsaved
                label = header[column] if column < len(header) else get_column_letter(column + 1)
                reason = (
                    "a formula with no saved value; open the workbook in Excel or LibreOffice "
                    "and save it, so that its values are stored"
                )
                yield Row(number, texts, {}, ValidationError(label, formula, reason))
                continue
            if not any(texts):
                continue  # blank rows between blocks
            texts = (texts + [""] * width)[: max(width, len(texts))]
            if any(texts[width:]):
                reason = "has a value beyond the header's {width} columns"
                yield Row(number, texts, {}, ValidationError("row", None, reason, width=width))
                continue
            yield Row(number, texts[:width], {f: texts[i] for i, f in pairs})

    labels = {f: header[i] for i, f in pairs}
    flat = FlatInput(name, "xlsx", rows(), labels, header=header, sheet=title)
    first = next(flat.rows, None)
    if first is None:
        raise no_records(name)
    import itertools

    flat.rows = itertools.chain((first,), flat.rows)
    return flat


def _unsaved(values: Sequence[Any], written: Sequence[Any]) -> tuple[int, str] | None:
    """The first cell of a row that holds a formula and no computed value: (column, formula)."""
    for column, formula in enumerate(written):
        if (
            isinstance(formula, str)
            and formula.startswith("=")
            and (column >= len(values) or values[column] is None)
        ):
            return column, formula
    return None


def write_xlsx(
    rows: Iterable[Mapping[str, Any]],
    fields: Sequence[str],
    path: Path,
    header: Sequence[str] | None = None,
) -> int:
    """Flat records to a workbook: one sheet, a frozen header row with filters, columns as wide
    as their content (up to MAX_WIDTH), every value as text at its own precision ("2024" stays
    "2024", not a number or a date). Returns the count."""
    import itertools

    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    ws = book.create_sheet("kerjasama")
    iterator = iter(rows)
    sample = list(itertools.islice(iterator, WIDTH_SAMPLE))
    names = list(header or fields)
    for i, (field, name) in enumerate(zip(fields, names, strict=True), start=1):
        longest = max([len(name), *(len(_text(r.get(field))) for r in sample)])
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, longest + 2)
    ws.freeze_panes = "A2"
    from openpyxl.cell import WriteOnlyCell

    bold = Font(bold=True)
    heading = []
    for name in names:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        heading.append(cell)
    ws.append(heading)
    count = 0
    for row in itertools.chain(sample, iterator):
        ws.append([_value(row.get(f)) for f in fields])
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(fields))}{count + 1}"
    try:
        book.save(path)
    except BaseException:
        _discard(ws)
        raise
    return count


def _discard(ws: Any) -> None:
    """Finish and remove a write-only sheet whose workbook could not be saved (a read-only
    folder, a full disk, Ctrl-C): left open, its XML writer complains when Python collects it
    ("Exception ignored in: <generator object WorksheetWriter.get_stream>", two tracebacks
    under the one line that says what failed), and its rows stay in a temporary file."""
    try:
        ws.close()
        ws._writer.cleanup()  # openpyxl's own temporary file of the sheet's rows
    except Exception:  # already closed, or half-written: nothing more to tidy
        pass


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def _value(value: Any) -> Any:
    """Numbers stay numbers (a term of 5 years); everything else is text, so Excel never turns
    "2024" or "2025-05" into a number or a date."""
    if isinstance(value, bool) or value is None:
        return _text(value) or None
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() else value
    return _text(value) or None
