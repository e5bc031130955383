"""The period's tables, as HTML sections for the briefing and, optionally, an xlsx workbook."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.i18n import translator


def period_output(
    conn: sqlite3.Connection,
    f: RecordFilter,
    span: tuple[dt.date, dt.date],
    lang: str,
    xlsx: Path | None = None,
) -> str:
    """The HTML sections of the period `span`; the same tables to `xlsx` when given."""
    from kerjasama_cli.report.period import period_tables
    from kerjasama_cli.report.period_html import period_sections

    t = translator(lang)
    start, end = span
    tables = period_tables(conn, f, start, end, lang)
    heading = t("Report for the period {start} – {end}").format(
        start=start.isoformat(), end=end.isoformat()
    )
    if xlsx is not None:
        from kerjasama_cli.files.atomic import check_target
        from kerjasama_cli.files.workbook import write_workbook

        check_target(xlsx)
        write_workbook([(tb.sheet, tb.title, tb.headings, tb.rows) for tb in tables], xlsx)
    return period_sections(tables, heading, t("None."))
