"""`stats` output: a table with a proportional bar and a total row, a cross-table, CSV/JSON,
and the reported-versus-recorded comparison."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kerjasama_cli.domain.governors import in_office
from kerjasama_cli.i18n import Translator, translator
from kerjasama_cli.render.plain import column_lines
from kerjasama_cli.store.aggregates import Key, StatsTable

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
}
HEADINGS = {
    "country": "Country",
    "governor": "Governor",
    "type": "Type",
    "year": "Year",
    "sector": "Sector",
    "status": "Status",
    "local_party": "Local party",
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


# Acting officials' title prefixes (DOMAIN.md): shown in narrow tables, the titular title is not.
ACTING = ("Plt", "Plh", "Pj", "Acting")


def _short_titles(table: StatsTable) -> dict[str, str]:
    """`Pj Gubernur` -> `Pj`, `Plt Gubernur` -> `Plt`, `Gubernur` -> '' (the term says enough)."""
    titles = {r.get("governor_title") for r in table.rows if r.get("governor_title")}
    return {t: (t.split()[0] if t.split()[0] in ACTING else "") for t in titles}


def _group_word(dim: str, row: dict[str, Any], t: Translator) -> str:
    """A group's name in the language: a type, sector or status word, or `no country`..."""
    code = row.get(dim)
    if dim == "sector" and code:
        return t.sector(code)  # an added sector by the registry's label
    if dim in ("type", "status") and code:
        return t.word(dim, code)
    if dim == "year" and not code:
        return t.basis("date_unknown")
    if dim == "governor" and not row.get("term_start"):
        return t.ctx("basis", str(row["group"]))  # undetermined, not recorded, date unknown
    if dim == "country" and not row.get("country"):
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


def _label_headings(dim: str, t: Translator) -> list[str]:
    if dim == "country":
        return [t("Country"), t("Code")]
    if dim == "governor":
        return [t("Governor"), t("Term")]
    return [t(HEADINGS[dim])]


def _one_way_cells(
    table: StatsTable, t: Translator
) -> tuple[list[str], list[list[str]], list[str], int]:
    """Headings, one row of label and count cells per group, the total row, label columns."""
    dim = table.dims[0]
    short = _short_titles(table)
    heads = _label_headings(dim, t)
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
    heads = [f"{t(HEADINGS[a])} \\ {t(HEADINGS[b])}"]
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
    from rich.measure import Measurement

    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit

    out = console()

    def draw(bar_width: int) -> Table:
        grid = _grid(out, title)
        for i, head in enumerate(heads):
            justify = "right" if i >= n else "left"
            grid.add_column(head, footer=footer[i], justify=justify, no_wrap=True)
        if bar_width:
            grid.add_column("", no_wrap=True, min_width=bar_width, max_width=bar_width)
        for row, cells in zip(table.rows, rows, strict=True):
            grid.add_row(*cells, *([bar(row["count"], peak, bar_width)] if bar_width else []))
        return grid

    # Names and counts never wrap: the bar takes what they leave (up to 30 cells), and is left
    # out when fewer than 3 remain.
    bare = Measurement.get(out, out.options, draw(0)).maximum
    room = out.width - bare - 2
    emit(out, draw(min(30, room) if room >= 3 else 0))
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


def _cross_width(
    table: StatsTable, rows_dim: str, cols_dim: str, short: dict[str, str], t: Translator
) -> int:
    """Roughly how wide a cross-table drawn this way round would be."""
    labels = [_row_label(rows_dim, r, short, t) for _, r in table.axes[rows_dim]]
    width = sum(max(len(lb[i]) for lb in labels) + 1 for i in range(len(labels[0])))
    for _, col in table.axes[cols_dim]:
        words = _col_label(cols_dim, col, short, t).split() or [""]
        width += max(max(len(w) for w in words), len(str(col["count"]))) + 1
    return width + len("Total")


def render_cross(table: StatsTable, lang: str | None = None) -> None:
    """Two dimensions: record counts in rows x columns, row totals with a bar, a total row.

    The first `--by` goes down and the second across, unless only the other way round fits the
    terminal (country x type at 80 columns puts the two-letter country codes across).
    """

    from kerjasama_cli.render.console import PIPE_WIDTH, rich_terminal

    t = translator(lang)
    plain = not rich_terminal()  # piped: plain lines, without importing rich
    out = None if plain else _console()
    width = PIPE_WIDTH if out is None else out.width
    a, b = table.dims
    if not table.axes[a] or not table.axes[b]:
        if out is None:
            _write_plain([], [t("nothing to count")])
        else:
            out.print(t("nothing to count"), style="dim")
        return
    everyone = [e[1] for dim in (a, b) for e in table.axes[dim]]
    short = _short_titles(StatsTable(table.dims, everyone, table.total))
    ab, ba = _cross_width(table, a, b, short, t), _cross_width(table, b, a, short, t)
    if ab + 7 > width >= ba + 7:
        a, b = b, a
    # The bar takes what is left, up to 10 cells; below 3 it would say nothing and is left out.
    bar_width = min(10, width - _cross_width(table, a, b, short, t) - 1)
    rows, cols = table.axes[a], table.axes[b]

    def cell(key_a: Key, key_b: Key) -> int:
        pair = (key_a, key_b) if (a, b) == table.dims else (key_b, key_a)
        return table.cells.get(pair, 0)

    peak = max((e[1]["count"] for e in rows), default=0)
    labels = [_row_label(a, r, short, t) for _, r in rows]
    n = len(labels[0])
    heads = [f"{t(HEADINGS[a])} \\ {t(HEADINGS[b])}" if i == 0 else t("Term") for i in range(n)]
    heads += [_col_label(b, col, short, t) for _, col in cols] + [t("Total")]
    footer = [t("Total") if i == 0 else "" for i in range(n)]
    footer += [str(col["count"]) for _, col in cols] + [str(table.total["count"])]
    body = []
    for (key_a, row), label in zip(rows, labels, strict=True):
        counts = [cell(key_a, key_b) for key_b, _ in cols]
        body.append([*label, *(str(c) if c else "·" for c in counts), str(row["count"])])
        if bar_width >= 3:
            body[-1].append(bar(row["count"], peak, bar_width))
    if bar_width >= 3:
        heads.append("")
        footer.append("")
    if out is None:
        right = range(n, n + len(cols) + 1)
        _write_plain(column_lines(heads, body, footer, right), _notes(table, t))
        return
    from kerjasama_cli.render.plain import emit

    grid = _grid(out)
    for i in range(n):
        width_i = max(len(lb[i]) for lb in labels)
        grid.add_column(heads[i], footer=footer[i], min_width=min(width_i, 30))
    for i in range(n, n + len(cols)):
        grid.add_column(heads[i], footer=footer[i], justify="right", overflow="fold")
    total = n + len(cols)
    grid.add_column(heads[total], footer=footer[total], justify="right", no_wrap=True)
    if bar_width >= 3:
        grid.add_column("", no_wrap=True, width=bar_width)
    for cells in body:
        grid.add_row(*cells)
    emit(out, grid)
    for note in _notes(table, t):
        out.print(note, style="dim", overflow="fold")


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
