"""`report`: a briefing in one self-contained HTML file. Same filters as `list`."""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.filter_options import with_filters
from kerjasama_cli.cli.invocation import db_path, open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption, ForceOption, LangOption
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.i18n import translator


def register(app: typer.Typer) -> None:
    """Attach `report` to the app."""
    app.command("report")(report)


@handles_errors
@with_filters
def report(
    filters: RecordFilter,
    db: DbOption = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Write the HTML briefing to this file (default: stdout).",
            dir_okay=False,
        ),
    ] = None,
    lang: LangOption = None,
    title: Annotated[
        Optional[str], typer.Option("--title", help="Heading of the briefing.")
    ] = None,
    period: Annotated[
        Optional[str],
        typer.Option(
            "--period",
            help="The bureau's report for a period (2025, 2025-01..2025-06, Mei 2025): new "
            "cooperation by family and object, stages reached, what was signed per head of "
            "government, activity, what lapsed or was renewed, what falls due next. --from "
            "with --to does the same.",
        ),
    ] = None,
    xlsx: Annotated[
        Optional[Path],
        typer.Option(
            "--xlsx",
            help="Also write the period's tables as an xlsx workbook, a sheet each.",
            dir_okay=False,
        ),
    ] = None,
    public: Annotated[
        bool,
        typer.Option(
            "--public",
            help="Only the public subset, as `serve --public` shows it: records of signed "
            "partnerships, no notes, no drafts before signing, no local file paths.",
        ),
    ] = False,
    full_timeline: Annotated[
        Optional[bool],
        typer.Option(
            "--full-timeline/--summary",
            help="Every record in the timeline, or a summary (the 50 most recent, the largest "
            "partners, counts per year). Default: every record up to 2,000 records, else the "
            "summary. A full timeline costs about 300 bytes of HTML, 64 us and 4 kB of memory "
            "per record: at a million records 300 MB, a minute and 4 GB.",
            show_default=False,
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    """A briefing in one self-contained HTML file: figures, map, chart, governors, timeline.

    Styles and SVG are inline, so it opens offline and prints on A4: headline figures,
    reported vs recorded, a world map of partners, agreements per year by type, a per-governor
    table and the timeline, every record citing its source."""
    from kerjasama_cli.files.spreadsheets import check_text_name, check_workbook_name
    from kerjasama_cli.report.data import gather
    from kerjasama_cli.report.html import page

    if title is not None:
        from kerjasama_cli.domain.limits import check_given, check_text

        # `--title "$T"` with T unset headed the briefing as if no title had been asked for
        check_given("--title", title)
        check_text("--title", title)
    if output is not None:
        check_text_name("--output", output, _HTML_NAME)
    filters, span = _period(filters, period, xlsx)
    if xlsx is not None:
        check_workbook_name("--xlsx", xlsx)
    if public:
        filters = dataclasses.replace(filters, public=True)
    from kerjasama_cli.files.atomic import check_new, check_target

    for option, target in (("--output", output), ("--xlsx", xlsx)):
        if target is not None:  # before the database opens: a failed command creates nothing
            check_target(target, option, registry=db_path(db))
            check_new(target, option, force)
    store = open_db(db)
    if full_timeline:
        _say_cost(store.conn, filters)
    briefing = gather(store.conn, filters, lang, full_timeline)
    extra = ""
    if span is not None:
        from kerjasama_cli.report.period_output import period_output

        extra = period_output(store.conn, filters, span, lang, xlsx)
    document = page(briefing, title, extra)
    if output is None:
        sys.stdout.write(document)
        return
    from kerjasama_cli.files.atomic import write_text_atomic

    write_text_atomic(output, document)
    notice(
        "wrote {path} ({records}, {size} kB)",
        path=output,
        records=translator().plural("{n} record", "{n} records", briefing.totals["count"]),
        size=len(document) // 1024,
    )


# Why `-o r.xlsx` is refused: the page is HTML whatever the name; the workbook is `--xlsx`.
_HTML_NAME = (
    "the briefing is an HTML page; give a .html name, and --xlsx FILE (with --period) "
    "for the workbook"
)


def _period(
    filters: RecordFilter, period: Optional[str], xlsx: Optional[Path]
) -> tuple[RecordFilter, Optional[tuple[Any, Any]]]:
    """The filter narrowed to `--period`, and the period (None: a plain briefing)."""
    from kerjasama_cli.domain.errors import ValidationError

    if period is not None:
        if filters.date_from or filters.date_to:
            raise ValidationError("--period", period, "give --period or --from/--to, not both")
        from kerjasama_cli.domain.dates import parse_date

        span = parse_date(period, "--period")
        if span.start is None or span.end is None:
            raise ValidationError(
                "--period", period, "needs a start and an end (2025, 2025-01..2025-06)"
            )
        from kerjasama_cli.domain.fuzzy_date import bound_grain

        grain = bound_grain(span)  # "--period 2024" is said as the year, not two days
        narrowed = dataclasses.replace(
            filters,
            date_from=span.start,
            date_to=span.end,
            date_from_grain=grain,
            date_to_grain=grain,
        )
        return narrowed, (span.start, span.end)
    if filters.date_from and filters.date_to:
        return filters, (filters.date_from, filters.date_to)
    if xlsx is not None:
        raise ValidationError("--xlsx", str(xlsx), "needs a period (--period, or --from with --to)")
    return filters, None


def _say_cost(conn: sqlite3.Connection, filters: RecordFilter) -> None:
    """Before a full timeline of a large registry: what it will cost, on stderr."""
    from kerjasama_cli.report.data import FULL_TIMELINE_MAX, Cost
    from kerjasama_cli.store.briefing.aggregates import totals

    count = totals(conn, filters)["count"]
    if count > FULL_TIMELINE_MAX:
        from kerjasama_cli.i18n import translator
        from kerjasama_cli.report.strings import grouped

        cost, lang = Cost(count), translator().lang
        notice(
            "a full timeline of {count} records: about {mb} MB of HTML, {s} s and {memory} MB "
            "of memory",
            count=grouped(count, lang),
            mb=grouped(cost.megabytes, lang),
            s=grouped(cost.seconds, lang),
            memory=grouped(cost.memory_mb, lang),
        )
