"""Grouped and long reads written as their rows come (issue 25): `timeline` and
`list --by-governor`, and a screenful of them on a terminal.

The groups are known before the rows (from the distinct governors or partners of the
matches, `domain.grouping`), SQL sorts the rows by their group's place (`store.queries.streams`),
and the renderers write each group as its rows arrive: nothing holds the registry. Called by the
commands in cli/briefing.py and cli/records.py with their options' values.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter


def stream_timeline(conn: Any, filters: RecordFilter, output: str, lang: str) -> None:
    """The timeline by year, written as the rows come (SQL gives them in the groups' order):
    JSON, CSV, markdown, or the plain text of a pipe, aligned on the distinct dates and types."""
    from itertools import chain

    from kerjasama_cli.domain.grouping import stream_by_year
    from kerjasama_cli.domain.records import Person
    from kerjasama_cli.render.fields import row_date
    from kerjasama_cli.render.timeline_items import stream_items
    from kerjasama_cli.render.timeline_markdown import render_markdown, write_markdown
    from kerjasama_cli.render.timeline_text import plain_widths, render_text, write_plain
    from kerjasama_cli.store.queries.streams import timeline_by_year, with_people

    people: dict[int, list[Person]] = {}
    rows = with_people(timeline_by_year(conn, filters), people)
    if output == "json":
        from kerjasama_cli.render.machine import write_json_array

        write_json_array(stream_items(stream_by_year(rows, row_date), people, "year"))
        return
    if output == "csv":
        from kerjasama_cli.render import timeline_csv

        timeline_csv.write(stream_items(stream_by_year(rows, row_date), people, "year"))
        return
    first = next(rows, None)
    if first is None:
        if output == "markdown":
            render_markdown([], people, lang)
        else:
            render_text([], people, lang)
        return
    groups = stream_by_year(chain([first], rows), row_date)
    if output == "markdown":
        write_markdown(groups, people, lang)
        return
    from kerjasama_cli.store.queries.extents import date_type_extents

    dates, types = date_type_extents(conn, filters)
    write_plain(groups, people, lang, "year", plain_widths(dates, types, lang))


def stream_grouped_timeline(
    conn: Any, filters: RecordFilter, by: str, output: str, lang: str
) -> None:
    """The timeline by governor or by partner, written as the rows come: the groups first
    (from the distinct governors or partners of the matches), then SQL sorts the rows by
    their group's place and by date, each with its people."""
    from kerjasama_cli.domain.records import Person
    from kerjasama_cli.render.timeline_items import stream_items
    from kerjasama_cli.render.timeline_markdown import render_markdown, write_markdown
    from kerjasama_cli.render.timeline_text import plain_widths, render_text, write_plain

    people: dict[int, list[Person]] = {}
    keyed, groups = _grouped(conn, filters, by, people)
    if output == "json":
        from kerjasama_cli.render.machine import write_json_array

        write_json_array(stream_items(groups, people, by))
    elif output == "csv":
        from kerjasama_cli.render import timeline_csv

        timeline_csv.write(stream_items(groups, people, by))
    elif not keyed:
        if output == "markdown":
            render_markdown([], people, lang)
        else:
            render_text([], people, lang)
    elif output == "markdown":
        write_markdown(groups, people, lang)
    else:
        from kerjasama_cli.store.queries.extents import date_type_extents

        dates, types = date_type_extents(conn, filters)
        write_plain(groups, people, lang, by, plain_widths(dates, types, lang))


def _grouped(
    conn: Any, filters: RecordFilter, by: str, people: dict[int, Any]
) -> tuple[list[Any], Iterator[Any]]:
    """The timeline's groups by governor or by partner (known first, from the distinct
    governors or partners of the matches), and each with its rows as SQL sorts them (by the
    group's place, then by date); PEOPLE holds the current row's people."""
    from kerjasama_cli.domain import grouping
    from kerjasama_cli.store.briefing.government_groups import leader_terms
    from kerjasama_cli.store.queries import streams

    if by == "governor":
        found = streams.governors_found(conn, filters)
        terms = leader_terms(conn, filters, sorted({g[0] for g in found if g[0]}))
        keyed = [(g.key, g) for g in grouping.governor_groups(terms, found)]
        group_sql = streams.GOVERNOR_GROUP_SQL
    else:
        keyed = grouping.partner_groups(streams.partners_found(conn, filters))
        group_sql = streams.PARTNER_GROUP_SQL
    ranks = {key: rank for rank, (key, _) in enumerate(keyed)}
    rows = streams.grouped_rows(conn, streams.TIMELINE_PEOPLE_SQL, filters, group_sql, ranks)
    return keyed, grouping.stream_groups(keyed, streams.with_people(rows, people))


def screenful_timeline(conn: Any, filters: RecordFilter, by: str, total: int, lang: str) -> None:
    """A very long timeline on a terminal: its first records (a screenful, some three lines
    each) under their headings, then how many there are and how to see them all."""
    from kerjasama_cli.domain.grouping import first_rows, stream_by_year
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.fields import row_date
    from kerjasama_cli.render.records import screenful
    from kerjasama_cli.render.timeline_text import render_text
    from kerjasama_cli.store.queries.streams import timeline_by_year, with_people

    people: dict[int, Any] = {}
    if by == "year":
        pairs: Iterator[Any] = stream_by_year(
            with_people(timeline_by_year(conn, filters), people), row_date
        )
    else:
        pairs = _grouped(conn, filters, by, people)[1]
    kept: dict[int, Any] = {}

    def keep_people(row: dict[str, Any]) -> None:
        kept[row["id"]] = people.get(row["id"], [])

    held = first_rows(pairs, max(5, screenful() // 3), keep_people)
    render_text(held, kept, lang, by)
    notice = translator(lang).plural(
        "the first {shown} of {total} record: see them all with `kerjasama timeline ... | less` "
        "(or --format json), or narrow them with a filter (--country, --from, --partner ...)",
        "the first {shown} of {total} records: see them all with `kerjasama timeline ... | less` "
        "(or --format json), or narrow them with a filter (--country, --from, --partner ...)",
        total,
    )
    shown = sum(len(g.rows) for g in held)
    console().print(notice.format(shown=shown, total=total), style="dim")


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
    from kerjasama_cli.store.briefing.government_groups import leader_terms
    from kerjasama_cli.store.parties.government_lookups import kinds_shown
    from kerjasama_cli.store.queries import streams
    from kerjasama_cli.store.queries.reader import ROW_SQL, order_by, sort_join

    found = streams.governors_found(conn, filters)
    terms = leader_terms(conn, filters, sorted({g[0] for g in found if g[0]}))
    keyed = [(g.key, g) for g in grouping.governor_groups(terms, found)]
    ranks = {key: rank for rank, (key, _) in enumerate(keyed)}
    group_sql = streams.GOVERNOR_GROUP_SQL
    order = order_by(sort, reverse, indexed=False)
    rows = streams.grouped_rows(conn, ROW_SQL + sort_join(sort), filters, group_sql, ranks, order)
    groups = grouping.stream_groups(keyed, rows)
    if output == "csv":
        from kerjasama_cli.render.columns import LIST_COLUMNS
        from kerjasama_cli.render.machine import write_csv
        from kerjasama_cli.render.public import public_rows

        write_csv(public_rows(r for _, members in groups for r in members), LIST_COLUMNS)
    elif output == "ndjson":  # one record a line, in term order, as the CSV
        from kerjasama_cli.render.machine import write_ndjson
        from kerjasama_cli.render.public import public_rows

        write_ndjson(public_rows(r for _, members in groups for r in members))
    elif output == "json":
        grouped_list.write_json(groups, streams.group_counts(conn, filters, group_sql))
    elif output == "markdown":
        grouped_list.write_markdown(groups, lang, kinds_shown(conn, filters.local_parties))
    elif output == "screen":
        from kerjasama_cli.render.console import console
        from kerjasama_cli.render.grouped_list import render_list_by_group
        from kerjasama_cli.render.records import long_table_notice, screenful

        held = grouping.first_rows(groups, max(5, screenful() - 12))  # room for headings
        render_list_by_group(held, lang, kinds_shown(conn, filters.local_parties))
        shown = sum(len(g.rows) for g in held)
        console().print(long_table_notice(shown, total, lang), style="dim")
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
    from kerjasama_cli.store.briefing.government_groups import leader_terms
    from kerjasama_cli.store.parties.government_lookups import kinds_shown

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
    elif output == "ndjson":  # one record a line, in term order, as the CSV
        from kerjasama_cli.render.machine import write_ndjson

        write_ndjson(public_rows(r for g in groups for r in g.rows))
    elif output == "markdown":
        from kerjasama_cli.render.grouped_list import render_list_by_group_markdown

        render_list_by_group_markdown(groups, lang, kinds_shown(conn, filters.local_parties))
    else:
        from kerjasama_cli.render.grouped_list import render_list_by_group

        render_list_by_group(groups, lang, kinds_shown(conn, filters.local_parties))


def list_grouped(
    conn: Any,
    filters: RecordFilter,
    sort: str,
    reverse: bool,
    limit: int | None,
    output: str,
    lang: str,
) -> None:
    """`list --by-governor`: the records of each home leader's term, streamed unless they are
    a page (--limit) or a terminal's table, where a very long one is a screenful."""
    from kerjasama_cli.render.console import is_terminal
    from kerjasama_cli.store.queries.reader import governor_scope, query_rows

    filters = governor_scope(conn, filters)
    if limit is None and (output != "table" or not is_terminal()):
        # Streamed: the terms first, then the rows in their order (rich tables on a
        # terminal are drawn from held rows).
        stream_list_by_governor(conn, filters, sort, reverse, output, lang)
        return
    if limit is None:
        from kerjasama_cli.render.records import LONG_TABLE
        from kerjasama_cli.store.queries.reader import count_matching

        total = count_matching(conn, filters)
        if total > LONG_TABLE:  # a screenful, and how many there are
            stream_list_by_governor(conn, filters, sort, reverse, "screen", lang, total)
            return
    rows = query_rows(conn, filters, sort, reverse, limit)
    list_by_governor(conn, filters, rows, output, lang)
