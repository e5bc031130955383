"""`kerjasama governments` and `kerjasama leaders`: the home side of every record.

Over 400 lines: two command groups, `governments` and `leaders`, each with its own columns and the
shared look-up of the government named (`_named`, `_write`, `_gov_values`). The leaders' commands
are the natural cut into a module of their own (COMMANDS maps `leaders` to this module today).
"""

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.common import DbOption, handles_errors, notice, open_db
from kerjasama_cli.cli.confirm import YesOption
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


class LEADER:
    """Option specs of `leaders add`, `edit`, `list` and `import`."""

    name = Annotated[_Text, typer.Option("--name", help="The leader's name.")]
    title = Annotated[
        _Text,
        typer.Option(
            "--title",
            help="Gubernur, Wali Kota, Bupati, Mayor...; acting: Plt/Plh/Pj Gubernur (acting "
            "terms may overlap a full one).",
        ),
    ]
    start = Annotated[_Text, typer.Option("--from", help="First day in office (YYYY-MM-DD).")]
    end = Annotated[
        _Text, typer.Option("--to", help="Last day (YYYY-MM-DD); '' or none: in office.")
    ]
    local_party = Annotated[
        _Text,
        typer.Option(
            "--local-party", help="The government (name or alias; default: the home government)."
        ),
    ]
    note = Annotated[_Text, typer.Option("--note", help="A note on the term ('' clears).")]
    alias = Annotated[
        _Texts, typer.Option("--alias", help="Another name the leader is met under (repeatable).")
    ]


FormatOption = Annotated[
    TableFormat,
    typer.Option("--format", "-f", help="table, json, csv, or markdown (for briefings)."),
]
GovArg = Annotated[
    str, typer.Argument(metavar="GOVERNMENT", help="Government id, key, name or alias.")
]
LeaderArg = Annotated[str, typer.Argument(metavar="LEADER", help="Leader term id or key.")]

governments_app = typer.Typer(
    help="Local governments (the home side): list, show, add, edit.", no_args_is_help=True
)
leaders_app = typer.Typer(
    help="Leaders of each local government (governors, mayors, acting officials) and their "
    "terms; changes re-attribute the records.",
    no_args_is_help=True,
)

GOV_COLUMNS = ["id", "key", "name", "country", "region", "kind", "aliases", "records", "leaders"]


def register(app: typer.Typer) -> None:
    """Attach `governments` and `leaders` to the app."""
    app.add_typer(governments_app, name="governments")
    app.add_typer(leaders_app, name="leaders")


def _named(group: str) -> Any:
    def callback(ctx: typer.Context) -> None:
        from kerjasama_cli.store.safety import history

        history.set_command(f"{group} {ctx.invoked_subcommand}")

    callback.__doc__ = None
    return callback


governments_app.callback()(_named("governments"))
leaders_app.callback()(_named("leaders"))


def _write(
    rows: list[dict[str, Any]],
    columns: Sequence[str],
    output: TableFormat,
    table: Any,
    lang: Optional[str] = None,
) -> None:
    if output is TableFormat.json:
        from kerjasama_cli.render.machine import write_json

        write_json([{c: r.get(c) for c in columns} for r in rows])
    elif output is TableFormat.csv:
        from kerjasama_cli.render.machine import write_csv

        write_csv(rows, columns)
    else:
        table(rows, lang, markdown=output is TableFormat.markdown)


def _gov_values(country: _Text, region: _Text, kind: _Text, notes: _Text, current: Any) -> dict:
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.countries import resolve_country, resolve_region
    from kerjasama_cli.domain.governments import GOVERNMENT_KINDS

    values: dict[str, Any] = {}
    if country is not None:
        values["country"] = resolve_country(country, "--country").code if country.strip() else None
    code = values.get("country", current.country if current else None)
    if region is not None:
        values["region"] = resolve_region(region, code, "--region") if region.strip() else None
    if kind is not None:
        values["kind"] = vocab.normalise("--kind", kind, GOVERNMENT_KINDS) if kind.strip() else None
    if notes is not None:
        values["notes"] = notes.strip() or None
    return values


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
    from kerjasama_cli.render.entities import render_governments
    from kerjasama_cli.store.parties.governments import government_rows

    values = _gov_values(country, None, kind, None, None)
    store = open_db(db)
    rows = government_rows(store.conn, name, values.get("country"), values.get("kind"))
    _write(rows, GOV_COLUMNS, output, render_governments, lang)


@governments_app.command("show")
@handles_errors
def show_government(
    ref: GovArg,
    output: FormatOption = TableFormat.table,
    db: DbOption = None,
    lang: Optional[str] = None,
) -> None:
    """One government: its names, country, region, kind, leaders and changes."""
    from kerjasama_cli.store.parties.governments import find_government, government_rows
    from kerjasama_cli.store.parties.leader_admin import leader_rows
    from kerjasama_cli.store.safety.history import of_entity

    store = open_db(db)
    gov_id = find_government(store.conn, ref, "GOVERNMENT")
    row = next(r for r in government_rows(store.conn) if r["id"] == gov_id)
    leaders = leader_rows(store.conn, row["name"])
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
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.domain.keys import slugify
    from kerjasama_cli.domain.records import LocalGovernment
    from kerjasama_cli.store.parties.governments import GovernmentBook, save_government

    text = " ".join(name.split())
    if not text:
        raise ValidationError("NAME", name, "cannot be empty")
    if country is None:
        raise ValidationError("--country", "", "is required (ISO code or name)")
    values = _gov_values(country, region, kind, notes, None)
    aliases = tuple(dict.fromkeys(a.strip() for a in alias or [] if a.strip()))
    store = open_db(db)
    book = GovernmentBook(store.conn)
    for candidate in (text, *aliases):
        owner = book.find(candidate)
        if owner is not None:
            raise ValidationError(
                "NAME" if candidate == text else "--alias",
                candidate,
                f"already names the local government {owner!r}",
            )
    government = LocalGovernment(
        key=slugify(text, values.get("country")), name=text, aliases=aliases, **values
    )
    with store.transaction() as conn:
        gov_id, _ = save_government(conn, government)
    notice("added local government #{id} {name}", id=gov_id, name=text)


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
    from kerjasama_cli.store.parties import governments

    store = open_db(db)
    gov_id = governments.find_government(store.conn, ref, "GOVERNMENT")
    current = governments.load_government(store.conn, gov_id)
    removed = [a.strip() for a in remove_alias or [] if a.strip()]
    if removed:
        from kerjasama_cli.cli.confirm import confirm

        t = translator()  # the module's: a local import would shadow it below (NameError)
        question = t("Remove the alias(es) {aliases} of {name}?").format(
            aliases=", ".join(removed), name=current.name
        )
        confirm(question, yes, t("remove an alias"))
    values = _gov_values(country, region, kind, notes, current)
    if name is not None:
        if not name.strip():
            raise ValidationError("--name", name, "cannot be empty")
        values["name"] = " ".join(name.split())
    with store.transaction() as conn:
        changes = governments.edit_government(
            conn,
            gov_id,
            values,
            [a.strip() for a in add_alias or [] if a.strip()],
            [a.strip() for a in remove_alias or [] if a.strip()],
        )
    if changes:
        notice(
            "edited local government #{id}: {fields}",
            id=gov_id,
            fields=", ".join(translator().field(c) for c in changes),
        )
    else:
        notice("local government #{id} unchanged", id=gov_id)


# -- leaders -----------------------------------------------------------------------------------


def _party(conn: Any, text: _Text) -> str:
    from kerjasama_cli.store.parties.governments import government_name
    from kerjasama_cli.store.queries.reader import home_party

    return government_name(conn, text, "--local-party") if text else home_party(conn)


def _day(text: str, field: str) -> Any:
    from kerjasama_cli.domain.dataset import _day as day

    return day(text.strip(), field) if text and text.strip() else None


@leaders_app.command("list")
@handles_errors
def list_leaders(
    local_party: LEADER.local_party = None,
    output: FormatOption = TableFormat.table,
    db: DbOption = None,
    lang: Optional[str] = None,
) -> None:
    """Leader terms in order, with how many records each is credited with."""
    from kerjasama_cli.render.entities import render_leaders
    from kerjasama_cli.store.parties.governments import government_name
    from kerjasama_cli.store.parties.leader_admin import LEADER_COLUMNS, leader_rows

    store = open_db(db)
    party = government_name(store.conn, local_party) if local_party else None
    _write(leader_rows(store.conn, party), LEADER_COLUMNS, output, render_leaders, lang)


@leaders_app.command("add")
@handles_errors
def add_leader(
    name: LEADER.name = None,
    title: LEADER.title = None,
    start: LEADER.start = None,
    end: LEADER.end = None,
    local_party: LEADER.local_party = None,
    note: LEADER.note = None,
    alias: LEADER.alias = None,
    key: Annotated[_Text, typer.Option("--key", help="Stable key (default: name-from).")] = None,
    db: DbOption = None,
) -> None:
    """Add a term; every record of that government in it is re-attributed (and logged)."""
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.domain.records import Leader
    from kerjasama_cli.store.parties.leader_admin import add_leader as add

    for option, value in (("--name", name), ("--title", title), ("--from", start)):
        if value is None or not value.strip():
            raise ValidationError(option, value or "", "is required")
    first = _day(start or "", "--from")
    last = _day(end or "", "--to")
    store = open_db(db)
    leader = Leader(
        key=(key or "").strip(),
        name=" ".join((name or "").split()),
        title=(title or "").strip(),
        start=first,
        end=last,
        local_party=_party(store.conn, local_party),
        note=(note or "").strip() or None,
        aliases=tuple(a.strip() for a in alias or [] if a.strip()),
    )
    with store.transaction() as conn:
        leader_id, moved = add(conn, leader)
    notice(
        "added leader #{id} {name} ({title}, {term}) of {party}; {moved}",
        id=leader_id,
        name=leader.name,
        title=leader.title,
        term=leader.term_label(),
        party=leader.local_party,
        moved=_reattributed(moved),
    )


def _reattributed(count: int) -> str:
    """`3 records re-attributed`, in the user's language."""
    return translator().plural("{n} record re-attributed", "{n} records re-attributed", count)


@leaders_app.command("edit")
@handles_errors
def edit_leader(
    ref: LeaderArg,
    name: LEADER.name = None,
    title: LEADER.title = None,
    start: LEADER.start = None,
    end: LEADER.end = None,
    local_party: LEADER.local_party = None,
    note: LEADER.note = None,
    alias: LEADER.alias = None,
    db: DbOption = None,
) -> None:
    """Change a term (the key stays); affected records are re-attributed (and logged)."""
    import dataclasses

    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.store.parties.leader_admin import edit_leader as edit
    from kerjasama_cli.store.parties.leader_admin import find_leader

    store = open_db(db)
    old = find_leader(store.conn, ref)
    changes: dict[str, Any] = {}
    for option, value, field in (("--name", name, "name"), ("--title", title, "title")):
        if value is not None:
            if not value.strip():
                raise ValidationError(option, value, "cannot be empty")
            changes[field] = " ".join(value.split())
    if start is not None:
        if not start.strip():
            raise ValidationError("--from", start, "cannot be empty")
        changes["start"] = _day(start, "--from")
    if end is not None:
        changes["end"] = _day(end, "--to")
    if local_party is not None:
        changes["local_party"] = _party(store.conn, local_party)
    if note is not None:
        changes["note"] = note.strip() or None
    if alias is not None:
        changes["aliases"] = tuple(a.strip() for a in alias if a.strip())
    new = dataclasses.replace(old, **changes)
    with store.transaction() as conn:
        diff, moved = edit(conn, old, new)
    if diff:
        notice("edited leader {key}: {fields}; {moved}", key=old.key, fields=", ".join(translator().field(c) for c in diff),
               moved=_reattributed(moved))  # fmt: skip
    else:
        notice("leader {key} unchanged", key=old.key)


@leaders_app.command("delete")
@handles_errors
def delete_leader(ref: LeaderArg, yes: YesOption = False, db: DbOption = None) -> None:
    """Delete a term; its records go to whoever else was in office on their dates. Asks
    first unless --yes."""
    from kerjasama_cli.cli.confirm import confirm
    from kerjasama_cli.store.parties.leader_admin import delete_leader as delete
    from kerjasama_cli.store.parties.leader_admin import find_leader

    t = translator()
    store = open_db(db)
    leader = find_leader(store.conn, ref)
    question = t("Delete the term {key} ({name}, {title}, {term}) of {party}?").format(
        key=leader.key,
        name=leader.name,
        title=leader.title,
        term=leader.term_label(),
        party=leader.local_party,
    )
    confirm(question, yes, t("delete a leader term"))
    with store.transaction() as conn:
        moved = delete(conn, leader)
    notice("deleted leader {key}; {moved}", key=leader.key, moved=_reattributed(moved))


@leaders_app.command("import")
@handles_errors
def import_leaders(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="CSV (name,title,from,to[,local_party,note,aliases,key]) or YAML/JSON (a list, "
            "or a `leaders:` section as in data/seed.yaml).",
        ),
    ],
    local_party: LEADER.local_party = None,
    db: DbOption = None,
) -> None:
    """Import leader terms (a term whose key exists is updated); all or nothing."""
    from kerjasama_cli.files.leaders import read_leaders
    from kerjasama_cli.store.parties.leader_admin import import_leaders as load

    items = read_leaders(file)
    store = open_db(db)
    home = _party(store.conn, local_party)
    with store.transaction() as conn:
        inserted, updated, unchanged, moved = load(conn, items, home)
    notice(
        "{file}: {inserted} inserted, {updated} updated, {unchanged} unchanged leader terms; "
        "{moved}",
        file=file.name,
        inserted=inserted,
        updated=updated,
        unchanged=unchanged,
        moved=_reattributed(moved),
    )
