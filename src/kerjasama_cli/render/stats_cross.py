"""`stats` by two dimensions: record counts in rows x columns, row totals with a bar and a
total row, laid out whichever way round leaves out fewer columns on the terminal; whole, one row
a line, in a pipe; and as plain cells for markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kerjasama_cli.domain.stats import StatsTable
from kerjasama_cli.i18n import Translator, translator
from kerjasama_cli.render.plain import column_lines
from kerjasama_cli.render.stats_drawing import bar, counts_grid, stats_console, write_plain
from kerjasama_cli.render.stats_labels import (
    col_label,
    cross_short_titles,
    dimension_heading,
    label_headings,
    notes,
    row_label,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

# The bar beside each row's total on a terminal (left out first when room is short).
CROSS_BAR = 10


def cross_cells(table: StatsTable, t: Translator) -> tuple[list[str], list[list[str]], list[str]]:
    """A cross-table as plain cells: row label, one count per column, the row total."""
    a, b = table.dims
    short = cross_short_titles(table)
    rows_axis, cols_axis = table.axes[a], table.axes[b]
    several = table.governments if table.several_governments() else []
    heads = [f"{dimension_heading(a, table, t)} \\ {dimension_heading(b, table, t)}"]
    heads += [col_label(b, col, short, t, several) for _, col in cols_axis]
    heads.append(t("Total"))
    rows = []
    for key_a, row in rows_axis:
        counts = [table.cells.get((key_a, key_b), 0) for key_b, _ in cols_axis]
        label = " ".join(x for x in row_label(a, row, short, t, several) if x)
        rows.append([label, *(str(c) if c else "·" for c in counts), str(row["count"])])
    footer = [t("Total"), *(str(col["count"]) for _, col in cols_axis), str(table.total["count"])]
    return heads, rows, footer


def render_cross(table: StatsTable, lang: str | None = None) -> None:
    """Two dimensions: record counts in rows x columns, row totals with a bar, a total row.

    The first `--by` goes down and the second across, unless the other way round leaves out
    fewer columns on this terminal (country x type at 80 columns puts the two-letter country
    codes across). Piped, it is drawn whole, one row one line.
    """

    from kerjasama_cli.render.console import rich_terminal

    t = translator(lang)
    plain = not rich_terminal()  # piped: plain lines, without importing rich
    out = None if plain else stats_console()
    a, b = table.dims
    if not table.axes[a] or not table.axes[b]:
        if out is None:
            write_plain([], [t("nothing to count")])
        else:
            out.print(t("nothing to count"), style="dim")
        return
    short = cross_short_titles(table)
    if out is None:
        cross = _Cross(table, a, b, short, t)
        peak = max(cross.counts, default=0)
        heads, footer = [*cross.heads, ""], [*cross.footer, ""]
        body = [
            [*c, bar(n, peak, CROSS_BAR)] for n, c in zip(cross.counts, cross.body, strict=True)
        ]
        right = range(cross.n, cross.n + len(cross.cols) + 1)
        write_plain(column_lines(heads, body, footer, right), notes(table, t))
        return
    from kerjasama_cli.render.fit import print_fitted

    ways = [_Cross(table, a, b, short, t), _Cross(table, b, a, short, t)]
    for way in ways:
        way.fit(out)
    best = min(ways, key=lambda way: len([i for i in way.left_out if way.columns[i].head]))
    print_fitted(out, best.build(out), best.columns, best.droppable, lang, best.first)
    for note in notes(table, t):
        out.print(note, style="dim", overflow="fold")


class _Cross:
    """A cross-table laid out one way round: `a` down, `b` across, as text cells."""

    def __init__(
        self, table: StatsTable, a: str, b: str, short: dict[str, str], t: Translator
    ) -> None:
        self.rows, self.cols = table.axes[a], table.axes[b]
        swapped = (a, b) != table.dims
        several = table.governments if table.several_governments() else []
        labels = [row_label(a, r, short, t, several) for _, r in self.rows]
        self.n = n = len(labels[0])
        # Over the label cells: "A \ B", then what the others hold (a governor's term, and its
        # government when several are counted).
        heads = [f"{dimension_heading(a, table, t)} \\ {dimension_heading(b, table, t)}"]
        heads += label_headings(a, table, t)[1:n]
        self.heads = heads + [
            col_label(b, col, short, t, several) for _, col in self.cols
        ] + [t("Total")]  # fmt: skip
        footer = [t("Total") if i == 0 else "" for i in range(n)]
        self.footer = footer + [str(c["count"]) for _, c in self.cols] + [str(table.total["count"])]
        self.body = []
        for (key_a, row), label in zip(self.rows, labels, strict=True):
            keys = [(key_b, key_a) if swapped else (key_a, key_b) for key_b, _ in self.cols]
            counts = [table.cells.get(k, 0) for k in keys]
            self.body.append([*label, *(str(c) if c else "·" for c in counts), str(row["count"])])
        self.counts = [row["count"] for _, row in self.rows]
        self.left_out: list[int] = []

    def fit(self, out: Console) -> None:
        """Columns with their honest widths (counts whole, headers broken between words), what
        may be left out (the bar, then the rarest columns), and what would be on `out`."""
        from kerjasama_cli.render.fit import Column, longest_word, padding, whole, widths

        n, heads = self.n, self.heads
        columns = []
        for i in range(n):
            texts = [cells[i] for cells in self.body]
            least = max(longest_word([heads[i], *texts]), min(whole(texts), 30))
            columns.append(Column(heads[i], least, whole([heads[i], *texts])))
        for i in range(n, len(heads)):
            numbers = [self.footer[i], *(cells[i] for cells in self.body)]
            least = max(longest_word([heads[i]]), whole(numbers))
            columns.append(Column(heads[i], least, max(least, whole([heads[i]]))))
        columns.append(Column("", 3, CROSS_BAR))
        self.columns = columns
        total = len(heads) - 1
        self.droppable = [total + 1, *range(total - 1, n - 1, -1)]
        self.first = [total + 1]  # the bar gives way first
        _, self.left_out = widths(
            columns, out.width, self.droppable, padding(out, self.build(out)), self.first
        )

    def build(self, out: Console) -> Any:
        """A function from kept column index -> width to the rich table."""
        peak = max(self.counts, default=0)
        n, total = self.n, len(self.heads) - 1

        def draw(widths: dict[int, int], rows: bool = True) -> Table:
            grid = counts_grid(out)
            for i, width in widths.items():
                if i < n:
                    grid.add_column(self.heads[i], footer=self.footer[i], width=width)
                elif i <= total:
                    grid.add_column(
                        self.heads[i], footer=self.footer[i], justify="right", width=width
                    )
                else:
                    grid.add_column("", no_wrap=True, width=width)
            for count, cells in zip(self.counts, self.body, strict=True) if rows else ():
                drawn = [*cells, bar(count, peak, widths.get(total + 1, 0))]
                grid.add_row(*(drawn[i] for i in widths))
            return grid

        return draw
