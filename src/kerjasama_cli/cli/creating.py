"""`init` and `add`: a new registry, and a new record in it.

`add` declares its record fields here and hands them to `store/records/adding.py` as one
`AddRequest`; the rules that check them are the domain's (see ARCHITECTURE.md, "The path of a
record").
"""

import sys
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import db_path, is_default, open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption
from kerjasama_cli.cli.record_options import record_option
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
    partner: Annotated[str, record_option("partner", "add")],
    type_: Annotated[str, record_option("type", "add")],
    date: Annotated[Optional[str], record_option("date", "add")] = None,
    country: Annotated[Optional[str], record_option("country", "add")] = None,
    region: Annotated[Optional[str], record_option("region", "add")] = None,
    partner_kind: Annotated[str, record_option("partner_kind", "add")] = "city",
    signatory: Annotated[Optional[list[str]], record_option("signatory", "add")] = None,
    partner_signatory: Annotated[
        Optional[list[str]], record_option("partner_signatory", "add")
    ] = None,
    sector: Annotated[Optional[list[str]], record_option("sector", "add")] = None,
    title: Annotated[Optional[str], record_option("title", "add")] = None,
    summary: Annotated[Optional[str], record_option("summary", "add")] = None,
    status: Annotated[Optional[str], record_option("status", "add")] = None,
    place: Annotated[Optional[str], record_option("place", "add")] = None,
    leader: Annotated[Optional[str], record_option("leader", "add")] = None,
    source: Annotated[Optional[list[str]], record_option("source", "add")] = None,
    agreement: Annotated[Optional[str], record_option("agreement", "add")] = None,
    term_years: Annotated[Optional[str], record_option("term_years", "add")] = None,
    end_date: Annotated[Optional[str], record_option("end_date", "add")] = None,
    local_party: Annotated[Optional[str], record_option("local_party", "add")] = None,
    local_country: Annotated[Optional[str], record_option("local_country", "add")] = None,
    notes: Annotated[Optional[str], record_option("notes", "add")] = None,
    date_note: Annotated[Optional[str], record_option("date_note", "add")] = None,
    key: Annotated[
        Optional[str], typer.Option("--key", help="Stable key (default: partner-type-date).")
    ] = None,
    new_partner: Annotated[bool, record_option("new_partner", "add")] = False,
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
        date_note=date_note,
        key=key,
        new_partner=new_partner,
        new=new,
    )
    store = open_db(db)
    record_id, record = add_record(store, request)
    notice("added {kind} {id} ({key})", kind=translator().kind(record.kind), id=record_id,
           key=record.key)  # fmt: skip
    sys.stdout.write(f"{record_id}\n")
