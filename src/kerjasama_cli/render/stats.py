"""`stats` output: a table with a proportional bar and a total row, a cross-table, CSV/JSON,
and the reported-versus-recorded comparison.

Over 400 lines: the one-way table and the cross-table, each as rich, plain and markdown, share the
labels of a dimension's groups (`_group_word`, `_labels`, `_heading`); STYLE.md §2 ex. 3 (a
`Dimension` object) would move those labels out and shorten it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kerjasama_cli.domain.governors import in_office
from kerjasama_cli.domain.sectors import sector_name
from kerjasama_cli.domain.stats import StatsTable
from kerjasama_cli.i18n import Translator, translator
from kerjasama_cli.render.plain import column_lines

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

COUNT_KEYS = ["count", "agreements", "events", "partners"]
# Columns each dimension contributes to CSV (and the keys its JSON objects carry).
DIM_KEYS = {
    "country": ["country", "country_name"],
    "governor": ["governor", "governor_title", "term_start", "term_end"],
    "type": ["type"],
    "year": ["year"],
    "sector": ["sector"],
    "status": ["status"],
    "local_party": ["local_party"],
    "family": ["family"],
    "object": ["object"],
    "stage": ["stage"],
}
HEADINGS = {
    "country": "Country",
    "governor": "Governor",
    "type": "Type",
    "year": "Year",
    "sector": "Sector",
    "status": "Status",
    "local_party": "Local party",
    "family": "Family",
    "object": "Object",
    "stage": "Stage",
}
_EIGHTHS = " ▏▎▍▌▋▊▉"
FOOTNOTE = "records = docs + events; docs = signed documents; partners = distinct partners"


def bar(value: int, peak: int, width: int) -> str:
    """A horizontal bar `value/peak` of `width` cells, in eighths of a cell."""
    if peak <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / peak * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def csv_columns(dims: Sequence[str]) -> list[str]:
    """`group`, the dimensions' keys, then the counts."""
    return ["group", *(k for d in dims for k in DIM_KEYS[d]), *COUNT_KEYS]


# Acting officials' title prefixes (docs/domain.md, *Governors and acting officials*): shown in
# narrow tables, the titular title is not.
ACTING = ("Plt", "Plh", "Pj", "Acting")


def _short_titles(table: StatsTable) -> dict[str, str]:
    """`Pj Gubernur` -> `Pj`, `Plt Gubernur` -> `Plt`, `Gubernur` -> '' (the term says enough)."""
    titles = {r.get("governor_title") for r in table.rows if r.get("governor_title")}
    return {t: (t.split()[0] if t.split()[0] in ACTING else "") for t in titles}


def _group_word(dim: str, row: dict[str, Any], t: Translator) -> str:
    """A group's name in the language: a type, sector or status word, or `no country`..."""
    code = row.get(dim)
    if dim == "sector" and code:
        return sector_name(code, t.lang)  # an added sector by the registry's label
    if dim in ("type", "status", "family", "object", "stage") and code:
        return t.word(dim, code)
    if dim == "year" and not code:
        return t.basis("date_unknown")
    if dim == "governor" and not row.get("term_start"):
        return t.ctx("basis", str(row["group"]))  # undetermined, not recorded, date unknown
    if (
        dim in ("country", "type", "sector", "status", "local_party", "family", "object", "stage")
        and not code
    ):
        # no country, no sector, ... (store/briefing/aggregates._NONE_LABELS)
        return t(str(row["group"]))
    return str(row["group"])


def _labels(dim: str, row: dict[str, Any], short: dict[str, str], t: Translator) -> list[str]:
    """The label cells for one group: name and code, governor and term, or the group."""
    if dim == "country":
        return [row.get("country_name") or _group_word(dim, row, t), row.get("country") or ""]
    if dim == "governor":
        if not row.get("term_start"):
            return [_group_word(dim, row, t), ""]
        title = short.get(row.get("governor_title") or "", "")
        end = row["term_end"]
        if not end or in_office(dt.date.fromisoformat(end)):  # a running term's scheduled end
            end = t("in office")
        term = f"{row['term_start']}–{end}"
        return [row["group"], f"{title} {term}".strip()]
    return [_group_word(dim, row, t)]


def _heading(dim: str, table: StatsTable, t: Translator) -> str:
    """A dimension's heading; the governor's is the title of the heads counted (Wali Kota...)."""
    if dim == "governor":
        from kerjasama_cli.render.records import head_label

        return head_label(table.head_kinds, t)
    return t(HEADINGS[dim])


def _label_headings(dim: str, table: StatsTable, t: Translator) -> list[str]:
    if dim == "country":
        return [t("Country"), t("Code")]
    if dim == "governor":
        return [_heading(dim, table, t), t("Term")]
    return [t(HEADINGS[dim])]


def _one_way_cells(
    table: StatsTable, t: Translator
) -> tuple[list[str], list[list[str]], list[str], int]:
    """Headings, one row of label and count cells per group, the total row, label columns."""
    dim = table.dims[0]
    short = _short_titles(table)
    heads = _label_headings(dim, table, t)
    rows = [
        [*_labels(dim, r, short, t), str(r["count"]), str(r["agreements"]), str(r["partners"])]
        for r in table.rows
    ]
    total = table.total
    footer = [t("Total"), *[""] * (len(heads) - 1)]
    footer += [str(total["count"]), str(total["agreements"]), str(total["partners"])]
    return [*heads, t("Records"), t("Docs"), t("Partners")], rows, footer, len(heads)


def _notes(table: StatsTable, t: Translator) -> list[str]:
    if len(table.dims) == 2:
        note = t("cells count records (documents + events)")
        if "sector" in table.dims:
            note += t("; a record with several sectors counts in each, once in the totals")
        return [note]
    notes = [t(FOOTNOTE)]
    if table.dims[0] == "sector":
        notes.append(t("a record with several sectors counts once in each, once in the total"))
    return notes


def render_markdown(table: StatsTable, lang: str | None = None) -> None:
    """`stats --format markdown`: the counts (or the cross-table) as a table, then the notes."""
    import sys

    from kerjasama_cli.render.markdown import table as md_table

    t = translator(lang)
    if len(table.dims) == 2:
        heads, rows, footer = _cross_cells(table, t)
        right = range(1, len(heads))
    else:
        heads, rows, footer, n = _one_way_cells(table, t)
        right = range(n, len(heads))
    bold = [f"**{c}**" if c else "" for c in footer]
    sys.stdout.write(md_table(heads, [*rows, bold], right=right) + "\n")
    sys.stdout.write("".join(f"_{note}_\n" for note in _notes(table, t)))


def _cross_cells(table: StatsTable, t: Translator) -> tuple[list[str], list[list[str]], list[str]]:
    """A cross-table as plain cells: row label, one count per column, the row total."""
    a, b = table.dims
    everyone = [e[1] for dim in (a, b) for e in table.axes[dim]]
    short = _short_titles(StatsTable(table.dims, everyone, table.total))
    rows_axis, cols_axis = table.axes[a], table.axes[b]
    heads = [f"{_heading(a, table, t)} \\ {_heading(b, table, t)}"]
    heads += [_col_label(b, col, short, t) for _, col in cols_axis]
    heads.append(t("Total"))
    rows = []
    for key_a, row in rows_axis:
        counts = [table.cells.get((key_a, key_b), 0) for key_b, _ in cols_axis]
        label = " ".join(x for x in _row_label(a, row, short, t) if x)
        rows.append([label, *(str(c) if c else "·" for c in counts), str(row["count"])])
    footer = [t("Total"), *(str(col["count"]) for _, col in cols_axis), str(table.total["count"])]
    return heads, rows, footer


def render_table(table: StatsTable, title: str | None = None, lang: str | None = None) -> None:
    """One dimension: label columns, records, docs, partners, a bar and a total row.

    Names never wrap: the bar gives way (down to 8 cells) on a narrow terminal; piped, the
    console is wide enough that every group is one line.
    """
    from kerjasama_cli.render.console import rich_terminal

    t = translator(lang)
    heads, rows, footer, n = _one_way_cells(table, t)
    peak = max((r["count"] for r in table.rows), default=0)
    if title is None and not rich_terminal():  # piped: plain lines, without importing rich
        bars = [bar(r["count"], peak, PIPED_BAR) for r in table.rows]
        cells = [[*c, b] for c, b in zip(rows, bars, strict=True)]
        right = range(n, len(heads))
        _write_plain(column_lines([*heads, ""], cells, [*footer, ""], right), _notes(table, t))
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
        grid = _grid(out, title)
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
    for note in _notes(table, t):
        out.print(note, style="dim", overflow="fold")


# The bar's width when piped: what a console wide enough for every row gives it.
PIPED_BAR = 30


def _write_plain(lines: list[str], notes: Sequence[str]) -> None:
    import sys

    sys.stdout.write("".join(line + "\n" for line in [*lines, *notes]))


def _row_label(dim: str, row: dict[str, Any], short: dict[str, str], t: Translator) -> list[str]:
    """Row labels of a cross-table: `Korea Selatan (KR)`; governor and term; the group."""
    if dim == "country":
        code = row.get("country")
        return [f"{row.get('country_name')} ({code})" if code else _group_word(dim, row, t)]
    return _labels(dim, row, short, t)


def _col_label(dim: str, row: dict[str, Any], short: dict[str, str], t: Translator) -> str:
    """Column headers of a cross-table, as narrow as they can be and wrapping at spaces."""
    if dim == "country":
        return row.get("country") or t("none")
    if dim == "governor" and row.get("term_start"):
        title = short.get(row.get("governor_title") or "", "")
        return f"{row['group']} {title} {row['term_start'][:4]}".replace("  ", " ")
    return _group_word(dim, row, t)


def render_cross(table: StatsTable, lang: str | None = None) -> None:
    """Two dimensions: record counts in rows x columns, row totals with a bar, a total row.

    The first `--by` goes down and the second across, unless the other way round leaves out
    fewer columns on this terminal (country x type at 80 columns puts the two-letter country
    codes across). Piped, it is drawn whole, one row one line.
    """

    from kerjasama_cli.render.console import rich_terminal

    t = translator(lang)
    plain = not rich_terminal()  # piped: plain lines, without importing rich
    out = None if plain else _console()
    a, b = table.dims
    if not table.axes[a] or not table.axes[b]:
        if out is None:
            _write_plain([], [t("nothing to count")])
        else:
            out.print(t("nothing to count"), style="dim")
        return
    everyone = [e[1] for dim in (a, b) for e in table.axes[dim]]
    short = _short_titles(StatsTable(table.dims, everyone, table.total))
    if out is None:
        cross = _Cross(table, a, b, short, t)
        peak = max(cross.counts, default=0)
        heads, footer = [*cross.heads, ""], [*cross.footer, ""]
        body = [
            [*c, bar(n, peak, CROSS_BAR)] for n, c in zip(cross.counts, cross.body, strict=True)
        ]
        right = range(cross.n, cross.n + len(cross.cols) + 1)
        _write_plain(column_lines(heads, body, footer, right), _notes(table, t))
        return
    from kerjasama_cli.render.fit import print_fitted

    ways = [_Cross(table, a, b, short, t), _Cross(table, b, a, short, t)]
    for way in ways:
        way.fit(out)
    best = min(ways, key=lambda way: len([i for i in way.left_out if way.columns[i].head]))
    print_fitted(out, best.build(out), best.columns, best.droppable, lang, best.first)
    for note in _notes(table, t):
        out.print(note, style="dim", overflow="fold")


# The bar beside each row's total on a terminal (left out first when room is short).
CROSS_BAR = 10


class _Cross:
    """A cross-table laid out one way round: `a` down, `b` across, as text cells."""

    def __init__(
        self, table: StatsTable, a: str, b: str, short: dict[str, str], t: Translator
    ) -> None:
        self.rows, self.cols = table.axes[a], table.axes[b]
        swapped = (a, b) != table.dims
        labels = [_row_label(a, r, short, t) for _, r in self.rows]
        self.n = n = len(labels[0])
        heads = [
            f"{_heading(a, table, t)} \\ {_heading(b, table, t)}" if i == 0 else t("Term")
            for i in range(n)
        ]
        self.heads = heads + [_col_label(b, col, short, t) for _, col in self.cols] + [t("Total")]
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
            grid = _grid(out)
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


def _console() -> Console:
    from kerjasama_cli.render.console import console

    return console()


def _grid(out: Console, title: str | None = None) -> Table:
    """A counts table with a total footer; rules and bold only on a terminal."""
    from rich import box
    from rich.table import Table

    styled = out.is_terminal
    return Table(
        box=box.SIMPLE_HEAD if styled else None,
        show_edge=False,
        pad_edge=False,
        show_footer=True,
        collapse_padding=True,
        header_style="bold" if styled else "",
        footer_style="bold" if styled else "",
        title=title,
    )
