"""Terminal tables that never misstate: a number, a total or a date is printed whole or not at
all, a header breaks only between words, and a column that does not fit is left out with one
line saying which and how to see it.

Rich, given a table wider than the terminal, shrinks every column in proportion and cuts what
does not fit: `stats --by country --by type` at 100 columns lost its Total column, broke
`programme` into `programm`/`e`, and a cut cell showed `2` for `24` (issue 19). Here each column
says its narrowest honest width (`Column.least`): the whole value for numbers and dates, the
longest word for text that may wrap. `print_fitted` drops the columns a command allows, in the
order it gives, until those widths fit, and prints one line under the table naming them.

Piped output never comes here: it is one row one line, as wide as it needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


# A table drawer: kept column index -> width, and whether to add the rows (a probe has none).
Builder = Callable[[dict[int, int], bool], "Table"]


def whole(texts: Iterable[str]) -> int:
    """The width of the widest text printed whole (numbers, dates, names that never wrap)."""
    from rich.cells import cell_len

    return max((cell_len(text) for text in texts), default=0)


def longest_word(texts: Iterable[str]) -> int:
    """The width of the longest word: the narrowest a wrapping text column can honestly be."""
    from rich.cells import cell_len

    return max((cell_len(word) for text in texts for word in text.split()), default=0)


@dataclass(frozen=True)
class Column:
    """One column of a table to fit: its header, its narrowest honest width (`least`) and the
    width it takes when there is room (`most`: its widest cell or header line)."""

    head: str
    least: int
    most: int = 0

    @property
    def natural(self) -> int:
        return max(self.least, self.most)


def widths(
    columns: Sequence[Column],
    room: int,
    droppable: Sequence[int],
    extra: Callable[[int], int],
    first: Sequence[int] = (),
) -> tuple[dict[int, int], list[int]]:
    """Each kept column's width, and the columns left out (from `droppable`, in its order).

    Columns start at their natural width; when the table is too wide, the columns in `first`
    give way in that order, then the widest, never below their `least`; a column is left out
    only when that is not enough. `extra(n)` is what padding and separators take around `n`
    columns.
    """
    left_out: list[int] = []
    pending = list(droppable)
    while True:
        kept = [i for i in range(len(columns)) if i not in left_out]
        width = {i: columns[i].natural for i in kept}
        excess = sum(width.values()) + extra(len(kept)) - room
        for i in (i for i in first if i in width):
            give = min(max(excess, 0), width[i] - columns[i].least)
            width[i] -= give
            excess -= give
        while excess > 0:
            slack = {i: w - columns[i].least for i, w in width.items() if w > columns[i].least}
            if not slack:
                break
            widest = max(slack, key=lambda i: (width[i], slack[i]))
            width[widest] -= 1
            excess -= 1
        if excess <= 0 or not pending:
            return width, sorted(left_out)
        left_out.append(pending.pop(0))


def padding(out: Console, build: Builder) -> Callable[[int], int]:
    """What rich adds around n columns of the table `build` draws (padding, separators),
    measured on a probe of n one-cell columns without rows (a fixed width is not measured
    from its cells, so the probe costs nothing however long the table)."""
    from rich.measure import Measurement

    def extra(n: int) -> int:
        if not n:
            return 0
        probe = build(dict.fromkeys(range(n), 1), False)
        return Measurement.get(out, out.options, probe).maximum - n

    return extra


def left_out_line(heads: Sequence[str], lang: str | None = None, full: str = "csv") -> str:
    """One line under a table saying which columns did not fit and how to see them (a wider
    terminal, or the command's `--format FULL`)."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    names = ", ".join(" ".join(h.split()) for h in heads)
    line = t("not shown, too wide for this terminal: {columns}; widen it or use --format {format}")
    return line.format(columns=names, format=full)


def print_fitted(
    out: Console,
    build: Builder,
    columns: Sequence[Column],
    droppable: Sequence[int],
    lang: str | None = None,
    first: Sequence[int] = (),
    full: str = "csv",
) -> list[int]:
    """Draw `build(widths, True)` (kept column index -> width, each column drawn exactly that
    wide; the flag: with its rows) with the columns that fit `out`, then the line naming the
    others."""
    from kerjasama_cli.render.plain import emit

    width, left_out = widths(columns, out.width, droppable, padding(out, build), first)
    emit(out, build(width, True))
    heads = [columns[i].head for i in left_out if columns[i].head]
    if heads:
        # One line whatever the width: the terminal may fold it, rich does not break it.
        out.print(left_out_line(heads, lang, full), style="dim", soft_wrap=True)
    return left_out
