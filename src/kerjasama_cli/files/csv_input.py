"""A CSV file streamed: its delimiter told from the header line (`,`, `;` or a tab), the header
mapped to fields once, and each row read as cells (the set-wise import's form) or as a `Row`.
A row with a cell lost or one too many is a row error, not the end of the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import IO

from kerjasama_cli.domain.errors import Count, ValidationError
from kerjasama_cli.domain.tabular import header_fields
from kerjasama_cli.files.input_types import FlatInput, InputError, Row, no_records
from kerjasama_cli.files.streams import has_bom, stream_size


def _cells_error(count: int, width: int, open_quote: bool) -> ValidationError:
    """A row with a cell lost or one too many (a quote left open, when a cell spans lines)."""
    one = "has 1 cell; the header has {width}, one per column"
    many = "has {n} cells; the header has {width}, one per column"
    if open_quote:
        one = "has 1 cell; the header has {width}, one per column (a quote left open?)"
        many = "has {n} cells; the header has {width}, one per column (a quote left open?)"
    return ValidationError("row", None, one if count == 1 else many, n=count, width=width)


def _delimiter(header_line: str) -> str:
    """`,` or `;` (what a spreadsheet in an Indonesian locale writes), or a tab."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(name: str, binary: IO[bytes], mapping: Mapping[str, str]) -> FlatInput:
    """A CSV file's records, read as they are asked for, its header (with `--map`) telling
    which cell holds which field."""
    bom = has_bom(binary)
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
    try:
        first = text.readline()
    except UnicodeDecodeError:
        raise InputError(
            "{where}: not UTF-8 text; save the file as CSV UTF-8", where=f"{name}:1"
        ) from None
    if not first.strip():
        raise no_records(name)
    delimiter = _delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter))
    try:
        fields = header_fields(header, mapping)
    except ValidationError as error:
        raise error.at(f"{name}:1") from None
    pairs = [(i, f) for i, f in enumerate(fields) if f is not None]
    labels = {f: header[i] for i, f in pairs}
    width = len(header)
    reader = csv.reader(text, delimiter=delimiter)

    def cells() -> Iterator[tuple[int, list[str], ValidationError | None]]:
        end = 1
        try:
            for found in reader:
                line, end = end + 1, reader.line_num + 1
                if not any(cell.strip() for cell in found):
                    continue  # a blank line, or a sheet's blank row saved as `,,,` (as xlsx)
                # A short row is a cell lost (or a quote gone astray); a long one a cell too
                # many, unless what is extra is empty (spreadsheets pad rows with separators).
                if len(found) < width or (
                    len(found) > width and any(c.strip() for c in found[width:])
                ):
                    open_quote = any("\n" in cell for cell in found)
                    yield line, found, _cells_error(len(found), width, open_quote)
                    continue
                yield line, found, None
        except UnicodeDecodeError:
            raise InputError(
                "{where}: not UTF-8 text; save the file as CSV UTF-8", where=f"{name}:{end + 1}"
            ) from None
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise InputError(
                    "{where}: a cell longer than {limit} characters (a quote left open?)",
                    where=f"{name}:{end + 1}",
                    limit=Count(csv.field_size_limit()),
                ) from None
            raise InputError(
                "{where}: unreadable CSV: {problem}", where=f"{name}:{end + 1}", problem=error
            ) from None

    def rows() -> Iterator[Row]:
        for line, found, error in flat.cells or ():  # read when the first row is asked for
            if error is not None:
                yield Row(line, found, {}, error)
            else:
                yield Row(line, found, {f: found[i] for i, f in pairs})

    flat = FlatInput(
        name,
        "csv",
        rows(),
        labels,
        cells=cells(),
        columns=pairs,
        header=header,
        delimiter=delimiter,
        bom=bom,
        position=binary.tell,
        size=stream_size(binary),
    )
    return flat
