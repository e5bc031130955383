"""`init`, `add`, `list` and `show`: create, record, find and read.

Over 400 lines: `add` declares about twenty record fields by hand (160 lines, STYLE.md §2 ex. 4 says
how one field table shared with `edit` would shorten it), beside `init`, `list` and `show`, which
share the record columns and the output formats.
"""

import sys
from enum import StrEnum
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.common import (
    DbOption,
    LangOption,
    db_path,
    handles_errors,
    is_default,
    notice,
    open_db,
    with_filters,
)
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.limits import MAX_ROWS, MAX_TERM_YEARS
from kerjasama_cli.i18n import translator
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


def public_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row as the JSON contract shows it (`render.public.public_row`)."""
    from kerjasama_cli.render.public import public_row as public

    return public(row)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    app.command("init")(init)
    app.command("add")(add)
    app.command("list")(list_records)
    app.command("show")(show)


@handles_errors
def init(
    db: DbOption = None,
    empty: Annotated[
        bool,
        typer.Option(
            "--empty",
            help="No records: only the home government and its leaders (from the bundled seed).",
        ),
    ] = False,
    home: Annotated[
        Optional[str],
        typer.Option(
            "--home",
            metavar="NAME",
            help="With --empty: the registry's home government, if not the bundled DKI Jakarta "
            "(add its leaders with `kerjasama leaders add` or `leaders import`).",
        ),
    ] = None,
    home_country: Annotated[
        Optional[str],
        typer.Option("--home-country", metavar="CC", help="Country of --home (ISO code or name)."),
    ] = None,
) -> None:
    """Create a database (loaded from the bundled seed unless --empty)."""
    from kerjasama_cli.store.database.connection import open_store

    path = db_path(db)
    if path.exists() and path.stat().st_size > 0:
        raise typer.BadParameter(f"{path} already exists", param_hint="--db")
    if (home or home_country) and not empty:
        raise typer.BadParameter("--home needs --empty (the bundled seed is DKI Jakarta's)")
    if empty:
        from kerjasama_cli.seed import apply_home, home_dataset

        dataset = home_dataset(home, home_country)  # validated before the file is created

        def start(store: Store) -> None:
            apply_home(store, dataset)

        open_store(path, on_create=start, make_parent=is_default(db)).close()
        notice(
            "created empty database {path} (home: {home}, {terms})",
            path=path,
            home=dataset.home_party,
            terms=translator().plural("{n} leader term", "{n} leader terms", len(dataset.leaders)),
        )
    else:
        open_db(path).close()


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
        typer.Option("--limit", "-n", min=1, max=MAX_ROWS, help="At most this many rows."),
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
        from kerjasama_cli.render.console import is_terminal
        from kerjasama_cli.store.queries.reader import governor_scope, query_rows

        filters = governor_scope(store.conn, filters)
        from kerjasama_cli.cli.grouped_reads import stream_list_by_governor

        if limit is None and (output is not ListFormat.table or not is_terminal()):
            # Streamed: the terms first, then the rows in their order (rich tables on a
            # terminal are drawn from held rows).
            stream_list_by_governor(store.conn, filters, sort.value, reverse, output.value, lang)
            return
        if limit is None:
            from kerjasama_cli.render.records import LONG_TABLE
            from kerjasama_cli.store.queries.reader import count_matching

            total = count_matching(store.conn, filters)
            if total > LONG_TABLE:  # a screenful, and how many there are
                args = (store.conn, filters, sort.value, reverse, "screen", lang, total)
                stream_list_by_governor(*args)
                return
        rows = query_rows(store.conn, filters, sort.value, reverse, limit)
        from kerjasama_cli.cli.grouped_reads import list_by_governor

        list_by_governor(store.conn, filters, rows, output.value, lang)
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
    if limit is not None:  # a page: held, and when full, said of how many
        from kerjasama_cli.store.queries.reader import count_matching

        rows = list(stream)
        total = count_matching(store.conn, filters) if len(rows) >= limit else None
        if output is ListFormat.markdown:
            from kerjasama_cli.render.records import render_list_markdown

            render_list_markdown(rows, lang, validity, _heads(store, rows), total=total)
        else:
            from kerjasama_cli.render.records import render_list

            render_list(rows, lang, validity, _heads(store, rows), total=total)
        return
    if output is ListFormat.markdown:
        from kerjasama_cli.render.list_stream import stream_list_markdown
        from kerjasama_cli.store.queries.extents import local_parties

        heads = _heads(store, local_parties(store.conn, filters))
        stream_list_markdown(stream, lang, validity, heads)
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
            render_list(shown, lang, validity, _heads(store, shown), total=total, screen=True)
            return
        render_list(rows, lang, validity, _heads(store, rows))
        return
    # Piped: the column widths from the distinct values first, then each row as it comes.
    from kerjasama_cli.store.queries.extents import list_extents

    extents = list_extents(store.conn, filters)
    if validity:  # the validity columns' widths from their distinct values too
        from kerjasama_cli.render.list_stream import stream_validity_list
        from kerjasama_cli.store.queries.extents import validity_extents

        lasts = validity_extents(store.conn, filters)
        stream_validity_list(extents, lasts, stream, lang, _heads(store, extents.local_parties))
        return
    from kerjasama_cli.render.list_stream import stream_list
    from kerjasama_cli.store.queries.reader import iter_table_rows

    rows = iter_table_rows(store.conn, filters, sort.value, reverse)
    stream_list(extents, rows, lang, _heads(store, extents.local_parties))


def _heads(store: Store, rows: list[dict[str, Any]]) -> list[str | None]:
    """The kinds of the governments of these rows (the governor column's title)."""
    from kerjasama_cli.store.parties.governments import kinds_of

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
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.store.queries import reader

    store = open_db(db)
    row = reader.record_row(store.conn, ref)
    if row is None:
        partners = reader.find_partners(store.conn, ref)
        if not partners:
            raise ValidationError("ID", ref, "no record or partner by that id, key, name or alias")
        # A name several partners share: the one with records, else list them all.
        histories = [(p, reader.partner_rows(store.conn, p["id"])) for p in partners]
        with_records = [(p, h) for p, h in histories if h]
        if len(with_records) != 1:
            if not with_records and len(partners) == 1:
                raise ValidationError(
                    "ID", ref, f"partner has no records (see `kerjasama partners show {ref}`)"
                )
            from kerjasama_cli.cli.partners import TableFormat, _write
            from kerjasama_cli.store.parties.partner_admin import matching_partners

            notice(
                "{ref} names {count} partners; show one by a record id or with "
                "`kerjasama partners show ID`",
                ref=repr(ref),
                count=len(partners),
            )
            _write(matching_partners(store.conn, ref), TableFormat(output.value))
            return
        row = with_records[0][1][0]
    history = reader.partner_rows(store.conn, row["partner_id"]) if row.get("partner_id") else [row]
    row = {**row, **reader.validity(store.conn, row["id"])}
    people = reader.record_people(store.conn, row["id"])
    sources = reader.citations(store.conn, "record", row["id"])
    from kerjasama_cli.store.safety.history import of_entity

    changes = of_entity(store.conn, "record", row["id"])
    from kerjasama_cli.store.dossier.cooperation import classification
    from kerjasama_cli.store.dossier.stages import partnership_state

    kind = classification(store.conn, row["id"])
    row = {**row, "family": kind.family, "objects": list(kind.objects)}
    stages = partnership_state(store.conn, row["id"])
    from kerjasama_cli.store.dossier.attachments import documents_of

    documents = documents_of(store.conn, row["id"])
    if output is ShowFormat.json:
        from kerjasama_cli.render.machine import write_json
        from kerjasama_cli.render.public import public_rows

        item = {
            **public_row(row),
            "summary": row["summary"],
            "place": row["place"],
            "notes": row["notes"],
        }
        item["signatories"] = [vars(p) for p in people]
        item["sources"] = sources
        item["history"] = list(public_rows(history))
        item["changes"] = changes
        from kerjasama_cli.render.stages import public_state

        item["family"], item["objects"] = row["family"], row["objects"]
        item["stages"] = public_state(stages)
        item["documents"] = [{**d, "has_text": bool(d["has_text"])} for d in documents]
        write_json(item)
        return
    from kerjasama_cli.render.history import render_changes
    from kerjasama_cli.render.records import render_record
    from kerjasama_cli.store.parties.governments import kinds_of

    render_record(
        row, people, sources, history, lang, kinds_of(store.conn, [row]), stages, documents
    )
    render_changes(changes)


@handles_errors
def add(
    partner: Annotated[
        str,
        typer.Option(
            "--partner",
            "-p",
            help="Partner name, key or alias; a new name creates the partner (give --country).",
        ),
    ],
    type_: Annotated[
        str,
        typer.Option(
            "--type",
            "-t",
            help="sister_city, loi, mou, agreement, programme, other; or an event: visit, meeting, office_opening, renewal, invitation.",
        ),
    ],
    date: Annotated[
        Optional[str],
        typer.Option(
            "--date",
            "-d",
            help="2025-05-27, 2025-05, 2025, '27 Mei 2025', 'Agustus 2025', 'by 2015-05', '2025-02-20..2025-08-20'.",
        ),
    ] = None,
    country: Annotated[
        Optional[str],
        typer.Option(
            "--country",
            "-c",
            help="Partner country (ISO code or name, e.g. KR, Korsel) for a new partner.",
        ),
    ] = None,
    region: Annotated[
        Optional[str], typer.Option("--region", help="ISO 3166-2 region of a new partner (KR-44).")
    ] = None,
    partner_kind: Annotated[
        str,
        typer.Option(
            "--partner-kind",
            help="city, province, region, country, organisation, institution (new partner).",
        ),
    ] = "city",
    signatory: Annotated[
        Optional[list[str]],
        typer.Option("--signatory", help="Home signatory as 'Name, Title' (repeatable)."),
    ] = None,
    partner_signatory: Annotated[
        Optional[list[str]],
        typer.Option(
            "--partner-signatory", help="Partner-side signatory as 'Name, Title' (repeatable)."
        ),
    ] = None,
    sector: Annotated[
        Optional[list[str]],
        typer.Option("--sector", "-s", help="Sector, English or Indonesian (repeatable)."),
    ] = None,
    title: Annotated[
        Optional[str], typer.Option("--title", help="Title of the document or event.")
    ] = None,
    summary: Annotated[Optional[str], typer.Option("--summary", help="What it is about.")] = None,
    status: Annotated[
        Optional[str],
        typer.Option("--status", help="proposed, active, expired, renewed, ended, superseded."),
    ] = None,
    place: Annotated[
        Optional[str], typer.Option("--place", help="Where it was signed or held.")
    ] = None,
    leader: Annotated[
        Optional[str],
        typer.Option(
            "--leader", help="Home leader the source credits, when no home signatory is named."
        ),
    ] = None,
    source: Annotated[
        Optional[list[str]],
        typer.Option(
            "--source",
            help="A source key already in the registry, or a URL (a new source is created). Repeatable.",
        ),
    ] = None,
    agreement: Annotated[
        Optional[str],
        typer.Option(
            "--agreement", help="For an event: the key or id of the agreement it belongs to."
        ),
    ] = None,
    term_years: Annotated[
        Optional[float],
        typer.Option("--term-years", min=0, max=MAX_TERM_YEARS, help="Term of validity in years."),
    ] = None,
    end_date: Annotated[
        Optional[str], typer.Option("--end-date", help="End of validity (YYYY-MM-DD).")
    ] = None,
    local_party: Annotated[
        Optional[str],
        typer.Option(
            "--local-party", help="Local party (default: the registry's home government)."
        ),
    ] = None,
    local_country: Annotated[
        Optional[str], typer.Option("--local-country", help="Country of the local party.")
    ] = None,
    notes: Annotated[Optional[str], typer.Option("--notes", help="Free notes.")] = None,
    key: Annotated[
        Optional[str], typer.Option("--key", help="Stable key (default: partner-type-date).")
    ] = None,
    new_partner: Annotated[
        bool,
        typer.Option(
            "--new-partner",
            help="Create --partner in --country even though a partner of that name exists in "
            "another country (a real homonym, e.g. Córdoba AR and ES).",
        ),
    ] = False,
    new: Annotated[
        bool,
        typer.Option(
            "--new",
            help="Add it although a record of the same partner, type and date exists.",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Add an agreement or an event; prints the new record's id.

    A record with the same partner, type and date as a stored one is refused (one line naming
    it), unless --new, --key or a different --title says it is another.
    """
    from kerjasama_cli.domain.tabular import parse_person
    from kerjasama_cli.store.records.adding import AddRequest, add_record

    request = AddRequest(
        partner=partner,
        type=type_,
        date=date,
        country=country,
        region=region,
        partner_kind=partner_kind,
        people=[parse_person(s, "home", "--signatory") for s in signatory or []]
        + [parse_person(s, "partner", "--partner-signatory") for s in partner_signatory or []],
        sectors=sector or [],
        title=title,
        summary=summary,
        status=status,
        place=place,
        leader=leader,
        sources=source or [],
        agreement=agreement,
        term_years=term_years,
        end_date=end_date,
        local_party=local_party,
        local_country=local_country,
        notes=notes,
        key=key,
        new_partner=new_partner,
        new=new,
    )
    store = open_db(db)
    record_id, record = add_record(store, request)
    notice("added {kind} {id} ({key})", kind=translator().kind(record.kind), id=record_id,
           key=record.key)  # fmt: skip
    sys.stdout.write(f"{record_id}\n")
