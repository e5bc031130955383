"""`kerjasama partners`: list, show, edit, merge and delete the foreign partners."""

from __future__ import annotations

import sys
from collections.abc import Iterable
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
    ndjson = "ndjson"
    markdown = "markdown"


PARTNER_COLUMNS = [
    "id",
    "key",
    "name",
    "kind",
    "country",
    "region",
    "latitude",
    "longitude",
    "aliases",
    "records",
    "notes",
]

partners_app = typer.Typer(
    help="List, show, fix, merge and delete partners (the foreign side of every record).",
    no_args_is_help=True,
)

_Text = Optional[str]
FormatOption = Annotated[
    TableFormat, typer.Option("--format", "-f", help="table, json, csv or ndjson.")
]
PartnerArg = Annotated[
    str, typer.Argument(metavar="PARTNER", help="Partner id, key, name or alias.")
]


@partners_app.callback()
def _named(ctx: typer.Context) -> None:
    """List, show, fix, merge and delete partners (the foreign side of every record)."""
    from kerjasama_cli.store.safety import history

    history.set_command(f"partners {ctx.invoked_subcommand}")  # the history says which


def register(app: typer.Typer) -> None:
    """Attach `partners` to the app."""
    app.add_typer(partners_app, name="partners")


@partners_app.command("list")
@handles_errors
def list_partners(
    name: Annotated[
        Optional[list[str]],
        typer.Option("--name", "-p", help="Name, alias or key contains this text. Repeatable."),
    ] = None,
    country: Annotated[
        Optional[list[str]],
        typer.Option("--country", "-c", help="Country (ISO code or name: KR, Korsel). Repeatable."),
    ] = None,
    kind: Annotated[
        Optional[list[str]],
        typer.Option("--kind", help="city, province, region, country, organisation... Repeatable."),
    ] = None,
    no_coordinates: Annotated[
        bool, typer.Option("--no-coordinates", help="Only partners without latitude/longitude.")
    ] = False,
    orphans: Annotated[
        bool, typer.Option("--orphans", help="Only partners without records.")
    ] = False,
    output: FormatOption = TableFormat.table,
    db: DbOption = None,
    lang: Optional[str] = None,
) -> None:
    """Partners with their aliases, coordinates and number of records."""
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.countries import resolve_country
    from kerjasama_cli.domain.limits import check_given, check_values
    from kerjasama_cli.store.parties.partner_admin import PartnerQuery, partner_list

    for flag, values in (("--name", name), ("--country", country), ("--kind", kind)):
        check_values(flag, values)
        check_given(flag, values)
    query = PartnerQuery(
        names=tuple(dict.fromkeys(name or ())),
        countries=tuple(dict.fromkeys(resolve_country(c, "--country").code for c in country or ())),
        kinds=tuple(
            dict.fromkeys(vocab.normalise("--kind", k, vocab.PARTNER_KINDS) for k in kind or ())
        ),
        no_coordinates=no_coordinates,
        orphans=orphans,
    )
    store = open_db(db)
    rows = partner_list(store.conn, query)
    _write(rows, output, lang)


def _write(rows: Iterable[dict[str, Any]], output: TableFormat, lang: str | None = None) -> None:
    """Partners in the format asked for; the machine formats as the rows come."""
    if output in (TableFormat.json, TableFormat.ndjson, TableFormat.csv):
        from kerjasama_cli.render.machine import write_machine

        columns = PARTNER_COLUMNS
        items = ({c: r.get(c) for c in columns} for r in rows)
        write_machine(items, output.value, columns)
    else:
        from kerjasama_cli.render.entities import render_partners

        render_partners(list(rows), lang, markdown=output is TableFormat.markdown)


@partners_app.command("show")
@handles_errors
def show_partner(
    ref: PartnerArg,
    output: FormatOption = TableFormat.table,
    db: DbOption = None,
    lang: Optional[str] = None,
) -> None:
    """One partner: aliases, region, kind, notes, coordinates, its records and its changes.

    A name several partners share (Córdoba AR and ES) lists them instead."""
    from kerjasama_cli.domain.errors import ValidationError, shown
    from kerjasama_cli.store.parties.partner_admin import matching_partners
    from kerjasama_cli.store.queries import reader
    from kerjasama_cli.store.safety.history import of_entity

    store = open_db(db)
    found = matching_partners(store.conn, ref)
    if not found:
        from kerjasama_cli.store.parties.partner_admin import one_partner

        one_partner(store.conn, ref)  # raises, with the closest names
    if len(found) > 1:
        notice("{ref} names {count} partners; show one by its id", ref=shown(ref), count=len(found))
        _write(found, output, lang)
        return
    partner = found[0]
    records = reader.partner_rows(store.conn, partner["id"])
    changes = of_entity(store.conn, "partner", partner["id"])
    if output is TableFormat.json:
        from kerjasama_cli.render.machine import write_json
        from kerjasama_cli.render.public import public_rows

        item = {c: partner.get(c) for c in PARTNER_COLUMNS}
        write_json({**item, "record_list": list(public_rows(records)), "changes": changes})
        return
    if output in (TableFormat.csv, TableFormat.markdown):
        raise ValidationError("--format", output.value, "is for lists; use table or json")
    from kerjasama_cli.render.entities import render_partner
    from kerjasama_cli.render.records import render_list
    from kerjasama_cli.store.parties.government_lookups import kinds_of

    render_partner(partner, changes)
    render_list(records, lang, heads=kinds_of(store.conn, records))


@partners_app.command("edit")
@handles_errors
def edit_partner(
    ref: PartnerArg,
    name: Annotated[_Text, typer.Option("--name", help="New name (the key stays).")] = None,
    country: Annotated[
        _Text, typer.Option("--country", "-c", help="Country (ISO code or name); '' clears.")
    ] = None,
    region: Annotated[
        _Text, typer.Option("--region", help="ISO 3166-2 region (KR-44); '' clears.")
    ] = None,
    kind: Annotated[
        _Text,
        typer.Option("--kind", help="city, province, region, country, organisation, institution."),
    ] = None,
    notes: Annotated[_Text, typer.Option("--notes", help="Notes ('' clears).")] = None,
    lat: Annotated[
        _Text, typer.Option("--lat", help="Latitude, decimal degrees -90..90 ('' clears).")
    ] = None,
    lon: Annotated[
        _Text, typer.Option("--lon", help="Longitude, decimal degrees -180..180 ('' clears).")
    ] = None,
    add_alias: Annotated[
        Optional[list[str]], typer.Option("--add-alias", help="Another name (repeatable).")
    ] = None,
    remove_alias: Annotated[
        Optional[list[str]], typer.Option("--remove-alias", help="Drop an alias (repeatable).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Fix a partner's name, country, region, kind, notes, coordinates or aliases.

    Validated as `add` validates a new partner; every read and the search index follow."""
    from kerjasama_cli.domain.partner_edits import PartnerEdit, partner_values
    from kerjasama_cli.domain.text_forms import clean_names
    from kerjasama_cli.store.parties.partner_admin import PartnerChanges, edit_partner, one_partner

    edit = PartnerEdit(name, country, region, kind, notes, lat, lon)
    if lat is not None and lon is None or lon is not None and lat is None:
        from kerjasama_cli.domain.errors import ValidationError

        given = "--lat" if lat is not None else "--lon"
        raise ValidationError(
            given, lat if lat is not None else lon, "needs --lat and --lon together"
        )
    store = open_db(db)
    partner = one_partner(store.conn, ref)
    change = PartnerChanges(
        partner_values(edit, partner["country"], partner["region"]),
        clean_names(add_alias),
        clean_names(remove_alias),
    )
    with store.transaction() as conn:
        changes = edit_partner(conn, partner["id"], change)
    label = f"#{partner['id']} ({partner['key']})"
    if changes:
        notice(
            "edited partner {label}: {fields}",
            label=label,
            fields=", ".join(translator().field(c) for c in changes),
        )
    else:
        notice("partner {label} unchanged", label=label)


@partners_app.command("merge")
@handles_errors
def merge(
    source: Annotated[
        str, typer.Argument(metavar="SOURCE", help="The partner to merge away (id, name...).")
    ],
    target: Annotated[str, typer.Argument(metavar="TARGET", help="The partner that stays.")],
    yes: YesOption = False,
    db: DbOption = None,
) -> None:
    """Move every record and alias of SOURCE to TARGET; SOURCE's name becomes an alias of
    TARGET and SOURCE is deleted (one transaction, logged in the history). Asks first unless
    --yes, and says so when the two are in different countries."""
    from kerjasama_cli.cli.confirm import confirm
    from kerjasama_cli.domain.errors import shown
    from kerjasama_cli.store.parties.partner_admin import check_merge, merge_partners, one_partner

    t = translator()
    store = open_db(db)
    src = one_partner(store.conn, source, "SOURCE")
    dst = one_partner(store.conn, target, "TARGET")
    if src["id"] != dst["id"]:  # merging a partner into itself is refused below, unasked
        check_merge(store.conn, src["id"], dst["id"])  # refused before it is asked
        a, b = (f"{p['name']} ({p['country'] or t('no country')})" for p in (src, dst))
        warning = None
        if src["country"] != dst["country"]:
            warning = t("a merge across countries: {n} record(s) of {a} go to {b}")
            warning = warning.format(n=src["records"], a=a, b=b)
        question = t("Merge partner #{a_id} {a} into #{b_id} {b}?")
        question = question.format(a_id=src["id"], a=a, b_id=dst["id"], b=b)
        confirm(question, yes, t("merge partners"), warning)
    with store.transaction() as conn:
        moved = merge_partners(conn, src["id"], dst["id"])
    t = translator()
    notice(
        "merged partner #{id} {name} ({country}) into #{to_id} {to_name} ({to_country}): "
        "{moved} moved, {alias} is now an alias",
        id=src["id"],
        name=src["name"],
        country=src["country"] or t("no country"),
        to_id=dst["id"],
        to_name=dst["name"],
        to_country=dst["country"] or t("no country"),
        moved=t.plural("{n} record", "{n} records", moved),
        alias=shown(src["name"]),
    )


@partners_app.command("delete")
@handles_errors
def delete(
    ref: PartnerArg,
    yes: YesOption = False,
    db: DbOption = None,
) -> None:
    """Delete a partner that has no records (an orphan left by an edit); refused otherwise.
    Asks first unless --yes."""
    from kerjasama_cli.cli.confirm import confirm
    from kerjasama_cli.store.parties.partner_admin import delete_partner, one_partner

    t = translator()
    store = open_db(db)
    partner = one_partner(store.conn, ref)
    if not partner["records"]:  # a partner with records is refused below, unasked
        question = t("Delete partner #{id} {name} ({key})?").format(
            id=partner["id"], name=partner["name"], key=partner["key"]
        )
        confirm(question, yes, t("delete a partner"))
    with store.transaction() as conn:
        delete_partner(conn, partner["id"])
    notice("deleted partner #{id} ({key})", id=partner["id"], key=partner["key"])
    sys.stdout.flush()
