"""`kerjasama leaders`: the terms of each local government's leaders (governors, mayors, acting
officials); every change re-attributes the records of the days it covers.

The options are validated by `domain/leader_edits.py` and written by
`store/parties/leader_admin.py`; the `--format` option and the group callback are those of
`governments` (cli/governments.py).
"""

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.confirm import YesOption
from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.governments import FormatOption, TableFormat, named
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption
from kerjasama_cli.i18n import translator

_Text = Optional[str]
_Texts = Optional[list[str]]


# The options `add`, `edit`, `list` and `import` share, declared once.
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


LeaderArg = Annotated[str, typer.Argument(metavar="LEADER", help="Leader term id or key.")]

leaders_app = typer.Typer(
    help="Leaders of each local government (governors, mayors, acting officials) and their "
    "terms; changes re-attribute the records.",
    no_args_is_help=True,
)

leaders_app.callback()(named("leaders"))


def register(app: typer.Typer) -> None:
    """Attach `leaders` to the app."""
    app.add_typer(leaders_app, name="leaders")


def _party(conn: Any, text: _Text) -> str:
    from kerjasama_cli.store.parties.government_lookups import government_name
    from kerjasama_cli.store.queries.reader import home_party

    return government_name(conn, text, "--local-party") if text else home_party(conn)


def _country(conn: Any, text: _Text) -> str | None:
    """The country of the government `--local-party` names (its key names one of two
    namesakes: `london-ca`), else the home government's."""
    from kerjasama_cli.store.parties.government_lookups import (
        find_government,
        home_government,
        load_government,
    )

    if text:
        return load_government(conn, find_government(conn, text, "--local-party")).country
    home = home_government(conn)
    return home.country if home else None


@leaders_app.command("list")
@handles_errors
def list_leaders(
    local_party: LEADER.local_party = None,
    output: FormatOption = TableFormat.table,
    db: DbOption = None,
    lang: Optional[str] = None,
) -> None:
    """Leader terms in order, with how many records each is credited with."""
    from kerjasama_cli.domain.limits import check_given
    from kerjasama_cli.render.entities import render_leaders, write_entities
    from kerjasama_cli.store.parties.government_lookups import government_name
    from kerjasama_cli.store.parties.leader_admin import LEADER_COLUMNS, leader_rows

    check_given("--local-party", local_party)
    store = open_db(db)
    party = government_name(store.conn, local_party) if local_party else None
    country = _country(store.conn, local_party) if local_party else None
    rows = leader_rows(store.conn, party, country)
    write_entities(rows, LEADER_COLUMNS, output.value, render_leaders, lang)


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
    import dataclasses

    from kerjasama_cli.domain.leader_edits import check_new_term, new_term
    from kerjasama_cli.store.parties.leader_admin import add_leader as add

    days = check_new_term(name, title, start, end)
    store = open_db(db)
    leader = new_term(
        key=key,
        name=name,
        title=title,
        days=days,
        local_party=_party(store.conn, local_party),
        note=note,
        aliases=alias,
    )
    leader = dataclasses.replace(leader, local_country=_country(store.conn, local_party))
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

    from kerjasama_cli.domain.leader_edits import term_changes
    from kerjasama_cli.store.parties.leader_admin import edit_leader as edit
    from kerjasama_cli.store.parties.leader_admin import find_leader

    store = open_db(db)
    old = find_leader(store.conn, ref)
    changes = term_changes(
        name=name,
        title=title,
        start=start,
        end=end,
        local_party=local_party,
        note=note,
        aliases=alias,
        party=lambda text: _party(store.conn, text),
    )
    if "local_party" in changes:
        changes["local_country"] = _country(store.conn, local_party)
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
