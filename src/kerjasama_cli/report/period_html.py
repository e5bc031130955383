"""A period's tables (report/period.py) as sections of the HTML briefing."""

from __future__ import annotations

from html import escape
from typing import Any

from kerjasama_cli.report.period import Table


def _cell(value: Any, numeric: bool) -> str:
    cls = ' class="n"' if numeric else ""
    return f"<td{cls}>{escape('' if value is None else str(value))}</td>"


def table_section(table: Table, empty: str) -> str:
    """One `<section>`: the table's title and the table (or `empty`)."""
    heads = "".join(
        f"<th{' class=n' if i in table.numeric else ''}>{escape(h)}</th>"
        for i, h in enumerate(table.headings)
    )
    rows = "".join(
        "<tr>" + "".join(_cell(v, i in table.numeric) for i, v in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    body = (
        f"<table><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>"
        if table.rows
        else f"<p>{escape(empty)}</p>"
    )
    return f'<section id="period-{table.sheet}"><h2>{escape(table.title)}</h2>{body}</section>'


def period_sections(tables: list[Table], heading: str, empty: str) -> str:
    """Every table of the period, under one heading (the first section carries it)."""
    parts = [f'<section id="period"><h2>{escape(heading)}</h2></section>']
    parts.extend(table_section(table, empty) for table in tables)
    return "".join(parts)
