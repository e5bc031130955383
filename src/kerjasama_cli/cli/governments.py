"""`kerjasama governments`: the local governments, the home side of every record.

Their leaders' terms are `kerjasama leaders` (cli/leaders.py), which shares this module's
`--format` option and its group callback.
"""

from enum import StrEnum
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.confirm import YesOption
from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption
from kerjasama_cli.i18n import translator


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


_Text = Optional[str]
_Texts = Optional[list[str]]


# The options `add` and `edit` share, declared once (project rule: one table of option specs).
class GOV:
    """Option specs of `governments add` and `edit`."""

    country = Annotated[
        _Text, typer.Option("--country", "-c", help="Country (ISO code or name: ID, Indonesia).")
    ]
    region = Annotated[
        _Text, typer.Option("--region", help="ISO 3166-2 region (ID-JB for Jawa Barat).")
    ]
    kind = Annotated[
        _Text,
        typer.Option("--kind", help="province, city, regency, district, region or agency."),
    ]
    notes = Annotated[_Text, typer.Option("--notes", help="Free notes ('' clears).")]


FormatOption = Annotated[
    TableFormat,
    typer.Option("--format", "-f", help="table, json, csv, or markdown (for briefings)."),
]
GovArg = Annotated[
    str, typer.Argument(metavar="GOVERNMENT", help="Government id, key, name or alias.")
]

governments_app = typer.Typer(
    help="Local governments (the home side): list, show, add, edit.", no_args_is_help=True
)
GOV_COLUMNS = ["id", "key", "name", "country", "region", "kind", "aliases", "records", "leaders"]


def register(app: typer.Typer) -> None:
    """Attach `governments` to the app."""
    app.add_typer(governments_app, name="governments")


def named(group: str) -> Any:
    """The group's callback: the history says which subcommand made a change."""

    def callback(ctx: typer.Context) -> None:
        from kerjasama_cli.store.safety import history

        history.set_command(f"{group} {ctx.invoked_subcommand}")

    callback.__doc__ = None
    return callback


governments_app.callback()(named("governments"))


@governments_app.command("list")
@handles_errors
def list_governments(
    name: Annotated[_Text, typer.Option("--name", help="Name or alias contains this text.")] = None,
    country: GOV.country = None,
    kind: GOV.kind = None,
    output: FormatOption = TableFormat.table,
    db: DbOption = None,
    lang: Optional[str] = None,
) -> None:
    """Local governments with their aliases and numbers of records and leader terms."""
    from kerjasama_cli.domain.governments import government_values
    from kerjasama_cli.domain.limits import check_given
    from kerjasama_cli.render.entities import render_governments, write_entities
    from kerjasama_cli.store.parties.government_lookups import government_rows

    check_given("--name", name)
    values = government_values(country, None, kind, None)
    store = open_db(db)
    rows = government_rows(store.conn, name, values.get("country"), values.get("kind"))
    write_entities(rows, GOV_COLUMNS, output.value, render_governments, lang)


@governments_app.command("show")
@handles_errors
def show_government(
    ref: GovArg,
    output: FormatOption = TableFormat.table,
    db: DbOption = None,
    lang: Optional[str] = None,
) -> None:
    """One government: its names, country, region, kind, leaders and changes."""
    from kerjasama_cli.store.parties.government_lookups import find_government, government_rows
    from kerjasama_cli.store.parties.leader_admin import leader_rows
    from kerjasama_cli.store.safety.history import of_entity

    store = open_db(db)
    gov_id = find_government(store.conn, ref, "GOVERNMENT")
    row = next(r for r in government_rows(store.conn) if r["id"] == gov_id)
    leaders = leader_rows(store.conn, row["name"], row["country"])
    changes = of_entity(store.conn, "government", gov_id)
    if output in (TableFormat.json, TableFormat.csv):
        from kerjasama_cli.render.machine import write_json

        write_json(
            {
                **{c: row[c] for c in GOV_COLUMNS},
                "notes": row["notes"],
                "leader_terms": leaders,
                "changes": changes,
            }
        )
        return
    from kerjasama_cli.render.entities import render_governments, render_leaders

    markdown = output is TableFormat.markdown
    render_governments([row], lang, markdown=markdown)
    typer.echo("")
    render_leaders(leaders, lang, markdown=markdown)


@governments_app.command("add")
@handles_errors
def add_government(
    name: Annotated[str, typer.Argument(metavar="NAME", help="Its name (Kota Bandung).")],
    country: GOV.country = None,
    region: GOV.region = None,
    kind: GOV.kind = None,
    notes: GOV.notes = None,
    alias: Annotated[_Texts, typer.Option("--alias", help="Another name (repeatable).")] = None,
    db: DbOption = None,
) -> None:
    """Add a local government (its leaders with `kerjasama leaders add`)."""
    from kerjasama_cli.domain.errors import ValidationError, shown
    from kerjasama_cli.domain.governments import new_government
    from kerjasama_cli.store.parties.government_book import GovernmentBook
    from kerjasama_cli.store.parties.governments import save_government

    government = new_government(name, country, region, kind, notes, alias)
    store = open_db(db)
    book = GovernmentBook(store.conn)
    for candidate in government.names():
        # A name is taken in its country only: London, CA beside London, GB (m028).
        if candidate == government.name and government.country:
            found = book.lookup(candidate, government.country)
            owner = found.name if found and found.country else None
        else:
            owner = book.find(candidate)
        if owner is not None:
            raise ValidationError(
                "NAME" if candidate == government.name else "--alias",
                candidate,
                "already names the local government {owner}",
                owner=shown(owner),
            )
    with store.transaction() as conn:
        gov_id, _ = save_government(conn, government)
    notice("added local government #{id} {name}", id=gov_id, name=government.name)


@governments_app.command("edit")
@handles_errors
def edit_government(
    ref: GovArg,
    name: Annotated[
        _Text, typer.Option("--name", help="New name (the old one stays as an alias).")
    ] = None,
    country: GOV.country = None,
    region: GOV.region = None,
    kind: GOV.kind = None,
    notes: GOV.notes = None,
    add_alias: Annotated[
        _Texts, typer.Option("--add-alias", help="Another name (repeatable).")
    ] = None,
    remove_alias: Annotated[
        _Texts, typer.Option("--remove-alias", help="Drop an alias (asks first unless --yes).")
    ] = None,
    yes: YesOption = False,
    db: DbOption = None,
) -> None:
    """Change a government; a new name follows into every record, leader and figure."""
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.domain.governments import government_values
    from kerjasama_cli.domain.text_forms import clean_name, clean_names
    from kerjasama_cli.store.parties.government_lookups import find_government, load_government
    from kerjasama_cli.store.parties.governments import edit_government

    store = open_db(db)
    gov_id = find_government(store.conn, ref, "GOVERNMENT")
    current = load_government(store.conn, gov_id)
    removed = [a.strip() for a in remove_alias or [] if a.strip()]
    if removed:
        from kerjasama_cli.cli.confirm import confirm

        t = translator()  # the module's: a local import would shadow it below (NameError)
        question = t("Remove the alias(es) {aliases} of {name}?").format(
            aliases=", ".join(removed), name=current.name
        )
        confirm(question, yes, t("remove an alias"))
    values = government_values(country, region, kind, notes, current.country, current.region)
    if name is not None:
        if not clean_name(name).strip():
            raise ValidationError("--name", name, "cannot be empty")
        values["name"] = " ".join(clean_name(name).split())
    with store.transaction() as conn:
        changes = edit_government(
            conn,
            gov_id,
            values,
            clean_names(add_alias),
            clean_names(remove_alias),
        )
    if changes:
        notice(
            "edited local government #{id}: {fields}",
            id=gov_id,
            fields=", ".join(translator().field(c) for c in changes),
        )
    else:
        notice("local government #{id} unchanged", id=gov_id)
