"""Printing helpers for output that may be piped into a file or a briefing."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any, TypeVar

T = TypeVar("T")

if TYPE_CHECKING:
    from rich.console import Console


def emit(out: Console, renderable: Any) -> None:
    """Print a renderable; when piped, without the padding rich leaves at the end of lines.

    Rich pads every table cell to its column width; in a file or a pasted briefing those trailing
    spaces are noise (and make diffs of saved output noisy), so they are cut when not on a
    terminal. On a terminal (where styles may be interleaved with the padding) it prints as is.
    """
    if out.is_terminal:
        out.print(renderable)
        return
    with out.capture() as captured:
        out.print(renderable)
    text = captured.get()
    out.file.write("".join(line.rstrip() + "\n" for line in text.splitlines()))


def text_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int = 0,
    right: Sequence[int] = (),
    flexible: int | None = None,
) -> str:
    """An aligned plain-text table for pipes and files, drawn without importing rich.

    Every column keeps its natural width, so each row is one line whatever the width; only a
    `flexible` column (if given) gets what is left of `width` (at least 10 characters) and
    folds its text over several lines.
    """
    import textwrap

    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    if flexible is not None:
        others = sum(w for i, w in enumerate(widths) if i != flexible) + 2 * (len(widths) - 1)
        widths[flexible] = max(10, min(widths[flexible], width - others))

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    out = [line(headers)]
    for row in rows:
        if flexible is None:
            out.append(line(row))
            continue
        folded = textwrap.wrap(row[flexible], widths[flexible]) or [""]
        for n, piece in enumerate(folded):
            cells = list(row) if n == 0 else [""] * len(row)
            cells[flexible] = piece
            out.append(line(cells))
    return "\n".join(out) + "\n"


def first_ready(rows: Iterable[T]) -> Iterator[T]:
    """ROWS with the first already read: a query that sorts every match does so before the
    heading is written, so once output starts the rest follows at once (`| head` stops it)."""
    rows = iter(rows)
    first = next(rows, _NONE)
    return rows if first is _NONE else chain((first,), rows)  # type: ignore[arg-type]


_NONE: Any = object()


def write_text_table(
    headers: Sequence[str],
    measured: Iterable[Sequence[str]],
    rows: Iterable[Sequence[str]],
    write: Callable[[str], Any],
    right: Sequence[int] = (),
) -> int:
    """`text_table(headers, rows, right=right)` written without holding the rows: the column
    widths from a first pass over MEASURED (the same rows' cells, in any order), then each of
    ROWS written as it comes. Returns the number of rows written."""
    widths = [len(h) for h in headers]
    for cells in measured:
        widths = [max(w, len(c)) for w, c in zip(widths, cells, strict=True)]
    return write_table_rows(headers, widths, rows, write, right)


def write_table_rows(
    headers: Sequence[str],
    widths: Sequence[int],
    rows: Iterable[Sequence[str]],
    write: Callable[[str], Any],
    right: Sequence[int] = (),
) -> int:
    """`write_text_table` with the column WIDTHS already known (each at least its heading's and
    its widest cell's): the headings, then each of ROWS as it comes. Returns the rows written."""

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ]
        return "  ".join(parts).rstrip() + "\n"

    rows = first_ready(rows)
    write(line(headers))
    count = 0
    chunk: list[str] = []
    for cells in rows:
        chunk.append(line(cells))
        count += 1
        if len(chunk) >= 1000:
            write("".join(chunk))
            chunk.clear()
    write("".join(chunk))
    return count


# The control characters rich drops from text (bell, backspace, vertical tab, form feed, carriage
# return): the plain writers drop them too, so a pipe shows what a terminal shows.
_DROPPED = dict.fromkeys((7, 8, 11, 12, 13))


def cell_width(text: str) -> int:
    """Columns `text` takes in a terminal: East Asian wide characters take two, combining
    marks none (as rich counts them)."""
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _cell_lines(text: str) -> list[str]:
    if text.isprintable():  # no line break, tab or control character
        return [text]
    text = text.translate(_DROPPED)
    return [_expand_tabs(line) if "\t" in line else line for line in text.split("\n")]


def _expand_tabs(line: str, size: int = 8) -> str:
    """Tabs as spaces to the next multiple of `size` columns, counted in cells like rich."""
    parts = line.split("\t")
    out: list[str] = []
    column = 0
    for part in parts[:-1]:
        column += cell_width(part)
        spaces = size - column % size
        out.append(part + " " * spaces)
        column += spaces
    out.append(parts[-1])
    return "".join(out)


def grid_lines(rows: Sequence[Sequence[str]], gap: int = 1) -> list[str]:
    """Rows as aligned lines without drawing through rich: every column but the last padded to
    its widest cell, `gap` spaces between columns, no trailing spaces, nothing folded or cut.

    The same text as a `rich.table.Table.grid(padding=(0, gap))` whose last column folds, printed
    wide enough never to fold: a cell with line breaks continues on the next lines, under its
    own column. A thousand rows take milliseconds here, half a second through rich.
    """
    if not rows:
        return []
    split = [[_cell_lines(cell) for cell in row] for row in rows]
    columns = len(split[0])
    widths = [max(cell_width(line) for row in split for line in row[i]) for i in range(columns - 1)]
    sep = " " * gap
    out: list[str] = []
    for row in split:
        height = max(len(cell) for cell in row)
        for n in range(height):
            parts = []
            for i, cell in enumerate(row):
                text = cell[n] if n < len(cell) else ""
                if i < columns - 1:
                    text += " " * (widths[i] - cell_width(text))
                parts.append(text)
            out.append(sep.join(parts).rstrip())
    return out


def column_lines(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    footer: Sequence[str] | None = None,
    right: Sequence[int] = (),
) -> list[str]:
    """A headed table as aligned lines, one space between columns, `right` columns
    right-justified, an optional footer row (totals): what rich draws for a table without box,
    with collapsed padding, wide enough never to fold (the `stats` tables when piped)."""
    every = [headers, *rows, *([footer] if footer is not None else [])]
    widths = [max(cell_width(line[i]) for line in every) for i in range(len(headers))]
    right_set = set(right)

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - cell_width(cell))
            parts.append(pad + cell if i in right_set else cell + pad)
        return " ".join(parts).rstrip()

    return [line(cells) for cells in every]
