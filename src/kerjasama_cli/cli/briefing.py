"""`timeline` and `stats`: the printouts analysts brief from. Same filters as `list`."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.filter_options import with_filters
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.options import DbOption, LangOption
from kerjasama_cli.domain.filters import RecordFilter


class TimelineBy(StrEnum):
    year = "year"
    governor = "governor"
    partner = "partner"


class TimelineFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class StatsBy(StrEnum):
    country = "country"
    governor = "governor"
    type = "type"
    year = "year"
    sector = "sector"
    status = "status"
    local_party = "local-party"
    family = "family"
    object = "object"
    stage = "stage"


class StatsFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def register(app: typer.Typer) -> None:
    """Attach `timeline` and `stats` to the app."""
    app.command("timeline")(timeline)
    app.command("stats")(stats)


@handles_errors
@with_filters
def timeline(
    filters: RecordFilter,
    db: DbOption = None,
    by: Annotated[
        TimelineBy,
        typer.Option(
            "--by",
            help="Group under years, under each home leader's term (empty terms too), "
            "or per partnership.",
        ),
    ] = TimelineBy.year,
    output: Annotated[
        TimelineFormat, typer.Option("--format", "-f", help="text, json, csv or markdown.")
    ] = TimelineFormat.text,
    lang: LangOption = None,
) -> None:
    """Every agreement and event in date order, under year, governor or partner headings."""
    from kerjasama_cli.cli import grouped_reads
    from kerjasama_cli.domain import grouping
    from kerjasama_cli.render.fields import row_date  # memoised per distinct date
    from kerjasama_cli.render.timeline_items import items
    from kerjasama_cli.render.timeline_markdown import render_markdown
    from kerjasama_cli.render.timeline_text import render_text, rich_terminal
    from kerjasama_cli.store.briefing.aggregates import people_by_record
    from kerjasama_cli.store.briefing.government_groups import leader_terms
    from kerjasama_cli.store.queries.reader import governor_scope, timeline_rows

    store = open_db(db)
    streamed = output is not TimelineFormat.text or not rich_terminal()
    if by is TimelineBy.year and streamed:
        grouped_reads.stream_timeline(store.conn, filters, output, lang)
        return
    if by is TimelineBy.governor:  # a governor's records are those of the government they led
        filters = governor_scope(store.conn, filters)
    if streamed:
        grouped_reads.stream_grouped_timeline(store.conn, filters, by, output, lang)
        return
    from kerjasama_cli.render.records import LONG_TABLE
    from kerjasama_cli.store.queries.reader import count_matching

    total = count_matching(store.conn, filters)
    if total > LONG_TABLE:  # drawn through rich, a million records would take minutes
        grouped_reads.screenful_timeline(store.conn, filters, by, total, lang)
        return
    rows = timeline_rows(store.conn, filters)
    people = people_by_record(store.conn, (r["id"] for r in rows))
    if by is TimelineBy.governor:
        attributed = [r["governor_key"] for r in rows if r.get("governor_key")]
        terms = leader_terms(store.conn, filters, attributed)
        groups = grouping.by_governor(rows, terms, row_date)
    elif by is TimelineBy.partner:
        groups = grouping.by_partner(rows, row_date)
    else:
        groups = grouping.by_year(rows, row_date)
    if output is TimelineFormat.json:
        from kerjasama_cli.render.machine import write_json_array

        write_json_array(items(groups, people, by.value))
    elif output is TimelineFormat.markdown:
        render_markdown(groups, people, lang)
    else:
        render_text(groups, people, lang, by.value)


@handles_errors
@with_filters
def stats(
    filters: RecordFilter,
    db: DbOption = None,
    by: Annotated[
        Optional[list[StatsBy]],
        typer.Option(
            "--by",
            help="Count by this dimension (default country); give it twice for a cross-table. "
            "By governor counts the home government's records (or --local-party's).",
        ),
    ] = None,
    reported: Annotated[
        bool,
        typer.Option(
            "--reported",
            help="Set the bureau's reported figures beside the registry's own counts.",
        ),
    ] = False,
    output: Annotated[
        StatsFormat,
        typer.Option("--format", "-f", help="table, json, csv or markdown (for briefings)."),
    ] = StatsFormat.table,
    lang: LangOption = None,
) -> None:
    """Counts by country, governor, type, year, sector, status, family, object or stage, with
    bars and a total."""
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.render.machine import write_csv, write_json

    store = open_db(db)
    if reported:
        _check_reported(filters, by)
        from kerjasama_cli.render import reported
        from kerjasama_cli.store.briefing.reported import reported_rows

        # JSON and CSV are for machines: their labels stay English whatever --lang says.
        human = output in (StatsFormat.table, StatsFormat.markdown)
        rows = reported_rows(store.conn, filters, lang if human else "en")
        if output is StatsFormat.json:
            write_json([reported.public_reported(r) for r in rows])
        elif output is StatsFormat.csv:
            write_csv((reported.public_reported(r) for r in rows), reported.REPORTED_COLUMNS)
        elif output is StatsFormat.markdown:
            reported.render_reported_markdown(rows, lang)
        else:
            reported.render_reported(rows, lang)
        return
    dims = [d.value.replace("-", "_") for d in (by or [StatsBy.country])]
    if len(dims) > 2:
        raise ValidationError(
            "--by", " ".join(dims), "give one dimension, or two for a cross-table"
        )
    if len(dims) == 2 and dims[0] == dims[1]:
        raise ValidationError("--by", dims[1], "a cross-table needs two different dimensions")
    from kerjasama_cli.store.briefing.aggregates import stats_table

    human = output in (StatsFormat.table, StatsFormat.markdown)
    table = stats_table(store.conn, filters, dims, lang if human else "en")
    if output is StatsFormat.json:
        write_json(table.rows)
    elif output is StatsFormat.csv:
        from kerjasama_cli.render.stats import csv_columns

        write_csv(table.rows, csv_columns(dims))
    elif output is StatsFormat.markdown:
        from kerjasama_cli.render.stats import render_markdown

        render_markdown(table, lang)
    elif len(dims) == 2:
        from kerjasama_cli.render.stats_cross import render_cross

        render_cross(table, lang)
    else:
        from kerjasama_cli.render.stats_table import render_table

        render_table(table, lang=lang)


def _check_reported(filters: RecordFilter, by: Optional[list[StatsBy]]) -> None:
    """Reported figures are totals: only the local party and the period can narrow them."""
    from kerjasama_cli.domain.errors import ValidationError

    if by:
        raise ValidationError("--by", by[0].value, "cannot be combined with --reported")
    narrowing = {
        "--country": filters.countries,
        "--type": filters.types,
        "--sector": filters.sectors,
        "--kind": filters.kinds,
        "--partner": filters.partners,
        "--governor": filters.governors,
    }
    for option, value in narrowing.items():
        if value:
            shown = ", ".join(value) if isinstance(value, tuple) else value
            raise ValidationError(
                option,
                shown,
                "cannot narrow --reported (figures are totals; use --local-party, --from, --to)",
            )
