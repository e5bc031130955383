"""`init` and `add`: a new registry, and a new record in it.

`add` declares its record fields here and hands them to `store/records/adding.py` as one
`AddRequest`; the rules that check them are the domain's (see ARCHITECTURE.md, "The path of a
record").
"""

import sys
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.common import DbOption, db_path, handles_errors, is_default, notice, open_db
from kerjasama_cli.domain.limits import MAX_TERM_YEARS
from kerjasama_cli.i18n import translator
from kerjasama_cli.store.database.connection import Store


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    app.command("init")(init)
    app.command("add")(add)


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
