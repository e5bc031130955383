"""`stats` output: a table with a proportional bar and a total row, a cross-table, CSV/JSON,
and the reported-versus-recorded comparison."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kerjasama_cli.domain.governors import in_office
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


def _labels(dim: str, row: dict[str, Any], short: dict[str, str]) -> list[str]:
    """The label cells for one group: name and code, governor and term, or the group."""
    if dim == "country":
        return [row.get("country_name") or row["group"], row.get("country") or ""]
    if dim == "governor":
        if not row.get("term_start"):
            return [row["group"], ""]
        title = short.get(row.get("governor_title") or "", "")
        end = row["term_end"]
        if not end or in_office(dt.date.fromisoformat(end)):  # a running term's scheduled end
            end = "now"
        term = f"{row['term_start']}–{end}"
        return [row["group"], f"{title} {term}".strip()]
    if dim == "sector":
        return [str(row["group"]).replace("_", " ")]
    return [str(row["group"])]


def _label_headings(dim: str) -> list[str]:
    if dim == "country":
        return ["Country", "Code"]
    if dim == "governor":
        return ["Governor", "Term"]
    return [HEADINGS[dim]]


def render_table(table: StatsTable, title: str | None = None) -> None:
    """One dimension: label columns, records, docs, partners, a bar and a total row."""
    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit

    out = console()
    dim = table.dims[0]
    short = _short_titles(table)
    labels = [_labels(dim, r, short) for r in table.rows]
    heads = _label_headings(dim)
    widths = [max([len(h), *(len(lb[i]) for lb in labels)]) for i, h in enumerate(heads)]
    used = sum(widths) + len("Records Docs Partners") + len(heads) + 3
    bar_width = max(8, min(30, out.width - used - 2))
    peak = max((r["count"] for r in table.rows), default=0)
    grid = _grid(out, title)
    total = table.total
    for i, head in enumerate(heads):
        footer = "Total" if i == 0 else ""
        # The first label (name) may fold on a narrow terminal; codes and terms never do.
        grid.add_column(head, footer=footer, no_wrap=i > 0, overflow="fold")
    grid.add_column("Records", footer=str(total["count"]), justify="right", no_wrap=True)
    grid.add_column("Docs", footer=str(total["agreements"]), justify="right", no_wrap=True)
    grid.add_column("Partners", footer=str(total["partners"]), justify="right", no_wrap=True)
    grid.add_column("", no_wrap=True, min_width=bar_width, max_width=bar_width)
    for row, label in zip(table.rows, labels, strict=True):
        grid.add_row(
            *label,
            str(row["count"]),
            str(row["agreements"]),
            str(row["partners"]),
            bar(row["count"], peak, bar_width),
        )
    emit(out, grid)
    notes = [FOOTNOTE]
    if dim == "sector":
        notes.append("a record with several sectors counts once in each, once in the total")
    for note in notes:
        out.print(note, style="dim", overflow="fold")


def _row_label(dim: str, row: dict[str, Any], short: dict[str, str]) -> list[str]:
    """Row labels of a cross-table: `Korea Selatan (KR)`; governor and term; the group."""
    if dim == "country":
        code = row.get("country")
        return [f"{row.get('country_name')} ({code})" if code else str(row["group"])]
    return _labels(dim, row, short)


def _col_label(dim: str, row: dict[str, Any], short: dict[str, str]) -> str:
    """Column headers of a cross-table, as narrow as they can be and wrapping at spaces."""
    if dim == "country":
        return row.get("country") or "none"
    if dim == "governor" and row.get("term_start"):
        title = short.get(row.get("governor_title") or "", "")
        return f"{row['group']} {title} {row['term_start'][:4]}".replace("  ", " ")
    return str(row["group"]).replace("_", " ")


def _cross_width(table: StatsTable, rows_dim: str, cols_dim: str, short: dict[str, str]) -> int:
    """Roughly how wide a cross-table drawn this way round would be."""
    labels = [_row_label(rows_dim, r, short) for _, r in table.axes[rows_dim]]
    width = sum(max(len(lb[i]) for lb in labels) + 1 for i in range(len(labels[0])))
    for _, col in table.axes[cols_dim]:
        words = _col_label(cols_dim, col, short).split() or [""]
        width += max(max(len(w) for w in words), len(str(col["count"]))) + 1
    return width + len("Total")


def render_cross(table: StatsTable) -> None:
    """Two dimensions: record counts in rows x columns, row totals with a bar, a total row.

    The first `--by` goes down and the second across, unless only the other way round fits the
    terminal (country x type at 80 columns puts the two-letter country codes across).
    """

    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit

    out = console()
    a, b = table.dims
    if not table.axes[a] or not table.axes[b]:
        out.print("nothing to count", style="dim")
        return
    everyone = [e[1] for dim in (a, b) for e in table.axes[dim]]
    short = _short_titles(StatsTable(table.dims, everyone, table.total))
    if _cross_width(table, a, b, short) + 7 > out.width >= _cross_width(table, b, a, short) + 7:
        a, b = b, a
    # The bar takes what is left, up to 10 cells; below 3 it would say nothing and is left out.
    bar_width = min(10, out.width - _cross_width(table, a, b, short) - 1)
    rows, cols = table.axes[a], table.axes[b]

    def cell(key_a: Key, key_b: Key) -> int:
        pair = (key_a, key_b) if (a, b) == table.dims else (key_b, key_a)
        return table.cells.get(pair, 0)

    peak = max((e[1]["count"] for e in rows), default=0)
    grid = _grid(out)
    labels = [_row_label(a, r, short) for _, r in rows]
    for i in range(len(labels[0])):
        head = f"{HEADINGS[a]} \\ {HEADINGS[b]}" if i == 0 else "Term"
        width = max(len(lb[i]) for lb in labels)
        grid.add_column(head, footer="Total" if i == 0 else "", min_width=min(width, 30))
    for _, col in cols:
        head = _col_label(b, col, short)
        grid.add_column(head, footer=str(col["count"]), justify="right", overflow="fold")
    grid.add_column("Total", footer=str(table.total["count"]), justify="right", no_wrap=True)
    if bar_width >= 3:
        grid.add_column("", no_wrap=True, width=bar_width)
    for (key_a, row), label in zip(rows, labels, strict=True):
        counts = [cell(key_a, key_b) for key_b, _ in cols]
        grid.add_row(
            *label,
            *(str(c) if c else "·" for c in counts),
            str(row["count"]),
            *([bar(row["count"], peak, bar_width)] if bar_width >= 3 else []),
        )
    emit(out, grid)
    note = "cells count records (documents + events)"
    if "sector" in table.dims:
        note += "; a record with several sectors counts in each, once in the totals"
    out.print(note, style="dim", overflow="fold")


# -- reported figures ---------------------------------------------------------------------------

REPORTED_COLUMNS = [
    "key",
    "subject",
    "label",
    "local_party",
    "period",
    "period_label",
    "period_start",
    "period_end",
    "reported",
    "qualifier",
    "recorded",
    "recorded_new",
    "recorded_partners",
    "statement",
    "reported_by",
    "source",
]


def source_text(row: dict[str, Any]) -> str:
    """The figure's sources as one readable string."""
    from kerjasama_cli.render.records import source_line

    return "; ".join(source_line(s) for s in row.get("sources") or [])


def public_reported(row: dict[str, Any]) -> dict[str, Any]:
    """The JSON/CSV contract of `stats --reported` (README)."""
    item = {k: row.get(k) for k in REPORTED_COLUMNS if k != "source"}
    item["source"] = source_text(row)
    item["sources"] = row.get("sources") or []
    return item


def reported_line(row: dict[str, Any]) -> str:
    """`sister cities, 2024: reported 23, recorded 3 (1 new in the period)`."""
    reported = f"{row['qualifier']} {row['reported']}" if row.get("qualifier") else row["reported"]
    head = f"{row['label']}, {row['period_label']}: reported {reported}"
    if row["recorded"] is None:
        return f"{head}; the registry does not count this"
    text = f"{head}, recorded {row['recorded']}"
    if row.get("recorded_new") is not None:
        text += f" ({row['recorded_new']} new in the period)"
    return text


def render_reported(rows: Sequence[dict[str, Any]]) -> None:
    """One headline per figure, then what was counted, the statement and its source."""
    from rich.table import Table
    from rich.text import Text

    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit

    out = console()
    if not rows:
        out.print("no reported figures", style="dim")
        return
    for number, row in enumerate(rows):
        if number:
            out.print()
        out.print(Text(reported_line(row), style="bold"), overflow="fold")
        grid = Table.grid(padding=(0, 0))
        grid.add_column(width=2)  # hanging indent for the details under the headline
        grid.add_column(overflow="fold")
        if row.get("recorded_partners"):
            grid.add_row("", "counted: " + ", ".join(row["recorded_partners"]))
        if row.get("statement"):
            grid.add_row("", Text(f"“{row['statement']}”", style="dim"))
        source = ", ".join(x for x in (row.get("reported_by"), source_text(row)) if x)
        if source:
            grid.add_row("", Text(f"— {source}", style="dim"))
        if grid.row_count:
            emit(out, grid)


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
