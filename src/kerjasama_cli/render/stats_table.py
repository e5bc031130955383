"""`stats` by one dimension: label columns, records, docs, partners, a bar and a total row;
drawn through rich on a terminal (the bar gives way first on a narrow one), plain lines in a
pipe."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kerjasama_cli.domain.stats import StatsTable
from kerjasama_cli.i18n import Translator, translator
from kerjasama_cli.render.plain import column_lines
from kerjasama_cli.render.stats_drawing import bar, counts_grid, write_plain
from kerjasama_cli.render.stats_labels import group_labels, label_headings, notes, short_titles

if TYPE_CHECKING:
    from rich.table import Table

# The bar's width when piped: what a console wide enough for every row gives it.
PIPED_BAR = 30


def one_way_cells(
    table: StatsTable, t: Translator
) -> tuple[list[str], list[list[str]], list[str], int]:
    """Headings, one row of label and count cells per group, the total row, label columns."""
    dim = table.dims[0]
    short = short_titles(table)
    heads = label_headings(dim, table, t)
    several = table.governments if table.several_governments() else []
    rows = [
        [
            *group_labels(dim, r, short, t, several),
            *(str(r[k]) for k in ("count", "agreements", "partners")),
        ]
        for r in table.rows
    ]
    total = table.total
    footer = [t("Total"), *[""] * (len(heads) - 1)]
    footer += [str(total["count"]), str(total["agreements"]), str(total["partners"])]
    return [*heads, t("Records"), t("Docs"), t("Partners")], rows, footer, len(heads)


def render_table(table: StatsTable, title: str | None = None, lang: str | None = None) -> None:
    """One dimension: label columns, records, docs, partners, a bar and a total row.

    Names never wrap: the bar gives way (down to 8 cells) on a narrow terminal; piped, the
    console is wide enough that every group is one line.
    """
    from kerjasama_cli.render.console import rich_terminal

    t = translator(lang)
    heads, rows, footer, n = one_way_cells(table, t)
    peak = max((r["count"] for r in table.rows), default=0)
    if title is None and not rich_terminal():  # piped: plain lines, without importing rich
        bars = [bar(r["count"], peak, PIPED_BAR) for r in table.rows]
        cells = [[*c, b] for c, b in zip(rows, bars, strict=True)]
        right = range(n, len(heads))
        write_plain(column_lines([*heads, ""], cells, [*footer, ""], right), notes(table, t))
        return
    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.fit import Column, longest_word, print_fitted, whole

    out = console()
    # Counts, names and terms are printed whole, headers break only between words; the bar
    # gives way first (30 cells down to 3), then the partner and document counts, then the
    # extra labels, and the line under the table names what was left out (render/fit.py).
    columns = []
    for i, head in enumerate(heads):
        texts = [head, *(r[i] for r in rows), footer[i]]
        least = whole(texts[1:]) if i < n else max(longest_word([head]), whole(texts[1:]))
        columns.append(Column(head, least, whole(texts)))
    columns.append(Column("", 3, 30))  # the bar: gives way first, not worth a note
    bar_column = len(heads)
    droppable = [bar_column, *range(len(heads) - 1, n, -1), *range(n - 1, 0, -1)]

    def build(widths: dict[int, int], body: bool = True) -> Table:
        grid = counts_grid(out, title)
        for i, width in widths.items():
            if i == bar_column:
                grid.add_column("", no_wrap=True, width=width)
            else:
                justify = "right" if i >= n else "left"
                grid.add_column(heads[i], footer=footer[i], justify=justify, width=width)
        for row, cells in zip(table.rows, rows, strict=True) if body else ():
            drawn = [*cells, bar(row["count"], peak, widths.get(bar_column, 0))]
            grid.add_row(*(drawn[i] for i in widths))
        return grid

    print_fitted(out, build, columns, droppable, lang, first=[bar_column])
    for note in notes(table, t):
        out.print(note, style="dim", overflow="fold")
