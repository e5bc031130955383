"""`timeline` and `stats`: the printouts analysts brief from. Same filters as `list`."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.common import DbOption, LangOption, handles_errors, open_db, with_filters
from kerjasama_cli.domain.filters import RecordFilter


class TimelineBy(StrEnum):
    year = "year"
    governor = "governor"
    partner = "partner"


class TimelineFormat(StrEnum):
    text = "text"
    json = "json"
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
        TimelineFormat, typer.Option("--format", "-f", help="text, json or markdown.")
    ] = TimelineFormat.text,
    lang: LangOption = None,
) -> None:
    """Every agreement and event in date order, under year, governor or partner headings."""
    from kerjasama_cli.domain import grouping
    from kerjasama_cli.render import timeline as render
    from kerjasama_cli.render.fields import row_date  # memoised per distinct date
    from kerjasama_cli.store.aggregates import leader_terms, people_by_record
    from kerjasama_cli.store.reader import governor_scope, timeline_rows

    store = open_db(db)
    streamed = output is not TimelineFormat.text or not render.rich_terminal()
    if by is TimelineBy.year and streamed:
        _stream_timeline(store.conn, filters, output, lang)
        return
    if by is TimelineBy.governor:  # a governor's records are those of the government they led
        filters = governor_scope(store.conn, filters)
    if streamed:
        _stream_grouped_timeline(store.conn, filters, by, output, lang)
        return
    from kerjasama_cli.render.records import LONG_TABLE
    from kerjasama_cli.store.reader import count_matching

    total = count_matching(store.conn, filters)
    if total > LONG_TABLE:  # drawn through rich, a million records would take minutes
        _screenful_timeline(store.conn, filters, by, total, lang)
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

        write_json_array(render.items(groups, people, by.value))
    elif output is TimelineFormat.markdown:
        render.render_markdown(groups, people, lang)
    else:
        render.render_text(groups, people, lang, by.value)


def _stream_timeline(conn: Any, filters: RecordFilter, output: TimelineFormat, lang: str) -> None:
    """The timeline by year, written as the rows come (SQL gives them in the groups' order):
    JSON, markdown, or the plain text of a pipe, aligned on the distinct dates and types."""
    from itertools import chain

    from kerjasama_cli.domain.grouping import stream_by_year
    from kerjasama_cli.domain.records import Person
    from kerjasama_cli.render import timeline as render
    from kerjasama_cli.render.fields import row_date
    from kerjasama_cli.store.streams import timeline_by_year, with_people

    people: dict[int, list[Person]] = {}
    rows = with_people(timeline_by_year(conn, filters), people)
    if output is TimelineFormat.json:
        from kerjasama_cli.render.machine import write_json_array

        write_json_array(render.stream_items(stream_by_year(rows, row_date), people, "year"))
        return
    first = next(rows, None)
    if first is None:
        if output is TimelineFormat.markdown:
            render.render_markdown([], people, lang)
        else:
            render.render_text([], people, lang)
        return
    groups = stream_by_year(chain([first], rows), row_date)
    if output is TimelineFormat.markdown:
        render.write_markdown(groups, people, lang)
        return
    from kerjasama_cli.store.extents import date_type_extents

    dates, types = date_type_extents(conn, filters)
    render.write_plain(groups, people, lang, "year", render.plain_widths(dates, types, lang))


def _stream_grouped_timeline(
    conn: Any, filters: RecordFilter, by: TimelineBy, output: TimelineFormat, lang: str
) -> None:
    """The timeline by governor or by partner, written as the rows come: the groups first
    (from the distinct governors or partners of the matches), then SQL sorts the rows by
    their group's place and by date, each with its people."""
    from kerjasama_cli.domain.records import Person
    from kerjasama_cli.render import timeline as render

    people: dict[int, list[Person]] = {}
    keyed, groups = _grouped_timeline(conn, filters, by, people)
    if output is TimelineFormat.json:
        from kerjasama_cli.render.machine import write_json_array

        write_json_array(render.stream_items(groups, people, by.value))
    elif not keyed:
        if output is TimelineFormat.markdown:
            render.render_markdown([], people, lang)
        else:
            render.render_text([], people, lang)
    elif output is TimelineFormat.markdown:
        render.write_markdown(groups, people, lang)
    else:
        from kerjasama_cli.store.extents import date_type_extents

        dates, types = date_type_extents(conn, filters)
        render.write_plain(groups, people, lang, by.value, render.plain_widths(dates, types, lang))


def _grouped_timeline(
    conn: Any, filters: RecordFilter, by: TimelineBy, people: dict[int, Any]
) -> tuple[list[Any], Iterator[Any]]:
    """The timeline's groups by governor or by partner (known first, from the distinct
    governors or partners of the matches), and each with its rows as SQL sorts them (by the
    group's place, then by date); PEOPLE holds the current row's people."""
    from kerjasama_cli.domain import grouping
    from kerjasama_cli.store import streams
    from kerjasama_cli.store.aggregates import leader_terms

    if by is TimelineBy.governor:
        found = streams.governors_found(conn, filters)
        terms = leader_terms(conn, filters, sorted({key for key, _, _ in found if key}))
        keyed = [(g.key, g) for g in grouping.governor_groups(terms, found)]
        group_sql = streams.GOVERNOR_GROUP_SQL
    else:
        keyed = grouping.partner_groups(streams.partners_found(conn, filters))
        group_sql = streams.PARTNER_GROUP_SQL
    ranks = {key: rank for rank, (key, _) in enumerate(keyed)}
    rows = streams.grouped_rows(conn, streams.TIMELINE_PEOPLE_SQL, filters, group_sql, ranks)
    return keyed, grouping.stream_groups(keyed, streams.with_people(rows, people))


def _screenful_timeline(
    conn: Any, filters: RecordFilter, by: TimelineBy, total: int, lang: str
) -> None:
    """A very long timeline on a terminal: its first records (a screenful, some three lines
    each) under their headings, then how many there are and how to see them all."""
    from kerjasama_cli.domain.grouping import stream_by_year
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.render import timeline as render
    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.fields import row_date
    from kerjasama_cli.render.records import screenful
    from kerjasama_cli.store.streams import timeline_by_year, with_people

    people: dict[int, Any] = {}
    if by is TimelineBy.year:
        pairs: Iterator[Any] = stream_by_year(
            with_people(timeline_by_year(conn, filters), people), row_date
        )
    else:
        pairs = _grouped_timeline(conn, filters, by, people)[1]
    left = shown = max(5, screenful() // 3)
    held, kept = [], {}
    for group, members in pairs:
        for row in members:
            group.rows.append(row)
            kept[row["id"]] = people.get(row["id"], [])
            left -= 1
            if not left:
                break
        if group.rows:
            held.append(group)
        if not left:
            break
    render.render_text(held, kept, lang, by.value)
    notice = translator(lang).plural(
        "the first {shown} of {total} record: see them all with `kerjasama timeline ... | less` "
        "(or --format json), or narrow them with a filter (--country, --from, --partner ...)",
        "the first {shown} of {total} records: see them all with `kerjasama timeline ... | less` "
        "(or --format json), or narrow them with a filter (--country, --from, --partner ...)",
        total,
    )
    console().print(notice.format(shown=shown - left, total=total), style="dim")


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
    from kerjasama_cli.render import stats as render
    from kerjasama_cli.render.machine import write_csv, write_json

    store = open_db(db)
    if reported:
        _check_reported(filters, by)
        from kerjasama_cli.render import reported
        from kerjasama_cli.store.reported import reported_rows

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
    from kerjasama_cli.store.aggregates import stats_table

    human = output in (StatsFormat.table, StatsFormat.markdown)
    table = stats_table(store.conn, filters, dims, lang if human else "en")
    if output is StatsFormat.json:
        write_json(table.rows)
    elif output is StatsFormat.csv:
        write_csv(table.rows, render.csv_columns(dims))
    elif output is StatsFormat.markdown:
        render.render_markdown(table, lang)
    elif len(dims) == 2:
        render.render_cross(table, lang)
    else:
        render.render_table(table, lang=lang)


def stream_list_by_governor(
    conn: Any,
    filters: RecordFilter,
    sort: str,
    reverse: bool,
    output: str,
    lang: str,
    total: int = 0,
) -> None:
    """`list --by-governor` without a limit, written as the rows come (`list_by_governor`'s
    text): the terms and special groups from the distinct governors of the matches, then SQL
    sorts the rows by their group's place and the list's order. OUTPUT `screen`: the first
    screenful of TOTAL rows drawn on a terminal, and how to see them all."""
    from kerjasama_cli.domain import grouping
    from kerjasama_cli.render import grouped_list
    from kerjasama_cli.store import streams
    from kerjasama_cli.store.aggregates import leader_terms
    from kerjasama_cli.store.governments import kinds_shown
    from kerjasama_cli.store.reader import ROW_SQL, order_by

    found = streams.governors_found(conn, filters)
    terms = leader_terms(conn, filters, sorted({key for key, _, _ in found if key}))
    keyed = [(g.key, g) for g in grouping.governor_groups(terms, found)]
    ranks = {key: rank for rank, (key, _) in enumerate(keyed)}
    group_sql = streams.GOVERNOR_GROUP_SQL
    order = order_by(sort, reverse, indexed=False)
    rows = streams.grouped_rows(conn, ROW_SQL, filters, group_sql, ranks, order)
    groups = grouping.stream_groups(keyed, rows)
    if output == "csv":
        from kerjasama_cli.render.columns import LIST_COLUMNS
        from kerjasama_cli.render.machine import write_csv
        from kerjasama_cli.render.public import public_rows

        write_csv(public_rows(r for _, members in groups for r in members), LIST_COLUMNS)
    elif output == "json":
        grouped_list.write_json(groups, streams.group_counts(conn, filters, group_sql))
    elif output == "markdown":
        grouped_list.write_markdown(groups, lang, kinds_shown(conn, filters.local_parties))
    elif output == "screen":
        from kerjasama_cli.render.console import console
        from kerjasama_cli.render.records import long_table_notice, screenful
        from kerjasama_cli.render.timeline import render_list_by_group

        left = shown = max(5, screenful() - 12)  # room for a few headings
        held = []
        for group, members in groups:
            for row in members:
                group.rows.append(row)
                left -= 1
                if not left:
                    break
            if group.rows:
                held.append(group)
            if not left:
                break
        render_list_by_group(held, lang, kinds_shown(conn, filters.local_parties))
        console().print(long_table_notice(shown - left, total, lang), style="dim")
    else:
        heads = kinds_shown(conn, filters.local_parties)
        measured = streams.grouped_rows(conn, ROW_SQL, filters, group_sql, None)
        widths = grouped_list.measure(measured, lang, heads)
        grouped_list.write_text(groups, widths, lang, heads)


def list_by_governor(
    conn: Any, filters: RecordFilter, rows: list[dict[str, Any]], output: str, lang: str
) -> None:
    """`list --by-governor`: the rows under each home leader's term, empty terms included.

    Table: a heading per term (name, title, term) and its rows; JSON: an array of terms, each
    with its `records` (the `list` objects); CSV: the `list` columns, rows in term order.
    """
    from kerjasama_cli.domain.grouping import by_governor
    from kerjasama_cli.render.columns import LIST_COLUMNS
    from kerjasama_cli.render.fields import row_date
    from kerjasama_cli.render.public import public_rows
    from kerjasama_cli.store.aggregates import leader_terms
    from kerjasama_cli.store.governments import kinds_shown

    attributed = [r["governor_key"] for r in rows if r.get("governor_key")]
    groups = by_governor(rows, leader_terms(conn, filters, attributed), row_date, keep_order=True)
    if output == "json":
        from kerjasama_cli.render.grouped_list import group_object
        from kerjasama_cli.render.machine import write_json

        records = [list(public_rows(g.rows)) for g in groups]
        write_json(
            [
                {**group_object(g, len(r)), "records": r}
                for g, r in zip(groups, records, strict=True)
            ]
        )
    elif output == "csv":
        from kerjasama_cli.render.machine import write_csv

        write_csv(public_rows(r for g in groups for r in g.rows), LIST_COLUMNS)
    elif output == "markdown":
        from kerjasama_cli.render.timeline import render_list_by_group_markdown

        render_list_by_group_markdown(groups, lang, kinds_shown(conn, filters.local_parties))
    else:
        from kerjasama_cli.render.timeline import render_list_by_group

        render_list_by_group(groups, lang, kinds_shown(conn, filters.local_parties))


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
