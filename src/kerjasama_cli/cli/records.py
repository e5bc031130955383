"""`list` and `show`: find records and read one.

`list` streams every format but a terminal's table (the rows from store/queries/, drawn by
render/); `list --by-governor` is cli/grouped_reads.py's. `show` reads a record's page through
store/dossier/page.py. `init` and `add` are cli/creating.py's.
"""

from enum import StrEnum
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.filter_options import with_filters
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption, LangOption, WholeNumber
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.limits import MAX_ROWS
from kerjasama_cli.store.database.connection import Store


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    ndjson = "ndjson"
    markdown = "markdown"


class ShowFormat(StrEnum):
    table = "table"
    json = "json"


class Sort(StrEnum):
    date = "date"
    partner = "partner"
    country = "country"
    type = "type"
    governor = "governor"
    id = "id"
    end = "end"


class ListBy(StrEnum):
    governor = "governor"


FormatOption = Annotated[
    ListFormat,
    typer.Option(
        "--format",
        "-f",
        help="table, json, csv, ndjson (one object a line), or markdown (a table to paste "
        "into briefings).",
    ),
]


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    app.command("list")(list_records)
    app.command("show")(show)


@handles_errors
@with_filters
def list_records(
    filters: RecordFilter,
    db: DbOption = None,
    sort: Annotated[
        Optional[Sort],
        typer.Option(
            "--sort",
            help="Sort key (default: date; with --expiring, end: the last day of validity).",
            show_default=False,
        ),
    ] = None,
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="Reverse the order.")] = False,
    limit: Annotated[
        Optional[int],
        typer.Option(
            "--limit", "-n", click_type=WholeNumber(1, MAX_ROWS), help="At most this many rows."
        ),
    ] = None,
    output: FormatOption = ListFormat.table,
    lang: LangOption = None,
    by_governor: Annotated[
        bool,
        typer.Option("--by-governor", help="Group the agreements under each home leader's term."),
    ] = False,
    by: Annotated[
        Optional[ListBy],
        typer.Option("--by", help="Group rows: 'governor' is the same as --by-governor."),
    ] = None,
) -> None:
    """List agreements and events, filtered and sorted (a table, JSON, CSV or NDJSON)."""
    from kerjasama_cli.store.queries.reader import iter_query_rows

    if sort is None:
        sort = Sort.end if filters.expiring_by else Sort.date
    store = open_db(db)
    grouped = by_governor or by is ListBy.governor
    if grouped:  # a governor's records are those of the government they led
        from kerjasama_cli.cli.grouped_reads import list_grouped

        list_grouped(store.conn, filters, sort.value, reverse, limit, output.value, lang)
        return
    # Streamed: every format but the terminal table writes each row as the cursor yields it.
    stream = iter_query_rows(store.conn, filters, sort.value, reverse, limit)
    if output is ListFormat.csv:
        from kerjasama_cli.render.columns import LIST_COLUMNS
        from kerjasama_cli.render.machine import write_csv_cells
        from kerjasama_cli.render.public import public_cells

        write_csv_cells(public_cells(stream), LIST_COLUMNS)
        return
    if output in (ListFormat.json, ListFormat.ndjson):
        from kerjasama_cli.render.columns import LIST_COLUMNS
        from kerjasama_cli.render.machine import write_machine
        from kerjasama_cli.render.public import public_rows

        write_machine(public_rows(stream), output.value, LIST_COLUMNS)
        return
    validity = bool(filters.expiring_by or filters.status) or sort is Sort.end
    sides = None  # --involving: the partner column says each record's other side
    if filters.involving:
        from kerjasama_cli.store.queries.filters import involved_governments

        sides = involved_governments(store.conn, filters.involving)
    if limit is not None:  # a page: held, and when full, said of how many
        from kerjasama_cli.store.queries.reader import count_matching

        rows = list(stream)
        total = count_matching(store.conn, filters) if len(rows) >= limit else None
        if output is ListFormat.markdown:
            from kerjasama_cli.render.records import render_list_markdown

            render_list_markdown(
                rows, lang, validity, _heads(store, rows), total=total, sides=sides
            )
        else:
            from kerjasama_cli.render.records import render_list

            render_list(rows, lang, validity, _heads(store, rows), total=total, sides=sides)
        return
    if output is ListFormat.markdown:
        from kerjasama_cli.render.list_stream import stream_list_markdown
        from kerjasama_cli.store.queries.extents import local_parties

        heads = _heads(store, local_parties(store.conn, filters))
        stream_list_markdown(stream, lang, validity, heads, sides)
        return
    from kerjasama_cli.render.console import is_terminal

    if is_terminal():
        # A screenful of a very long list, and how many rows it holds: a million rows drawn
        # through rich would take minutes and gigabytes before the first line.
        from itertools import islice

        from kerjasama_cli.render.records import LONG_TABLE, render_list, screenful

        rows = list(islice(stream, LONG_TABLE + 1))
        if len(rows) > LONG_TABLE:
            from kerjasama_cli.store.queries.reader import count_matching

            total = count_matching(store.conn, filters)
            shown = rows[: screenful()]
            heads = _heads(store, shown)
            render_list(shown, lang, validity, heads, total=total, screen=True, sides=sides)
            return
        render_list(rows, lang, validity, _heads(store, rows), sides=sides)
        return
    # Piped: the column widths from the distinct values first, then each row as it comes.
    from kerjasama_cli.store.queries.extents import list_extents

    extents = list_extents(store.conn, filters)
    if validity or sides is not None:  # their columns' widths from their distinct values too
        from kerjasama_cli.render.list_stream import stream_validity_list
        from kerjasama_cli.store.queries.extents import side_pairs, validity_extents

        lasts = validity_extents(store.conn, filters) if validity else None
        pairs = side_pairs(store.conn, filters) if sides is not None else []
        heads = _heads(store, extents.local_parties)
        stream_validity_list(extents, lasts, stream, lang, heads, sides, pairs)
        return
    from kerjasama_cli.render.list_stream import stream_list
    from kerjasama_cli.store.queries.reader import iter_table_rows

    rows = iter_table_rows(store.conn, filters, sort.value, reverse)
    stream_list(extents, rows, lang, _heads(store, extents.local_parties))


def _heads(store: Store, rows: list[dict[str, Any]]) -> list[str | None]:
    """The kinds of the governments of these rows (the governor column's title)."""
    from kerjasama_cli.store.parties.government_lookups import kinds_of

    return kinds_of(store.conn, rows)


@handles_errors
def show(
    ref: Annotated[
        str, typer.Argument(metavar="ID", help="Record id or key, or a partner's name or alias.")
    ],
    db: DbOption = None,
    output: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="table (a page) or json.")
    ] = ShowFormat.table,
    lang: LangOption = None,
) -> None:
    """Show one record (every field, its sources) and its partnership's history."""
    from kerjasama_cli.domain.errors import shown as quoted
    from kerjasama_cli.store.dossier.page import record_page, shown_record

    store = open_db(db)
    shown = shown_record(store.conn, ref)
    if shown.row is None:  # a name several partners share: list them
        from kerjasama_cli.cli.partners import TableFormat, _write
        from kerjasama_cli.store.parties.partner_admin import matching_partners

        notice(
            "{ref} names {count} partners; show one by a record id or with "
            "`kerjasama partners show ID`",
            ref=quoted(ref),
            count=len(shown.partners),
        )
        _write(matching_partners(store.conn, ref), TableFormat(output.value))
        return
    page = record_page(store.conn, shown.row)
    if output is ShowFormat.json:
        from kerjasama_cli.render.machine import write_json
        from kerjasama_cli.render.public import record_document

        write_json(
            record_document(
                page.row,
                people=page.people,
                sources=page.sources,
                history=page.history,
                changes=page.changes,
                stages=page.stages,
                documents=page.documents,
            )
        )
        return
    from kerjasama_cli.render.history import render_changes
    from kerjasama_cli.render.record_page import render_record
    from kerjasama_cli.store.parties.government_lookups import kinds_of

    heads = kinds_of(store.conn, [page.row])
    render_record(page.row, page.people, page.sources, page.history, lang, heads, page.stages,
                  page.documents)  # fmt: skip
    render_changes(page.changes)
