"""`classify`: a cooperation's family (KSDPL/KSDLL) and objects (issue 22)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.options import DbOption


class Format(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table or json.")]
RecordArg = Annotated[str, typer.Argument(metavar="RECORD", help="Record id or key.")]


def register(app: typer.Typer) -> None:
    """Attach `classify` to the app."""
    app.command("classify")(classify)


@handles_errors
def classify(
    record: RecordArg,
    family: Annotated[
        Optional[str],
        typer.Option(
            "--family",
            help="KSDPL or KSDLL; 'derived' goes back to the one the partner's kind implies.",
        ),
    ] = None,
    objects: Annotated[
        Optional[list[str]],
        typer.Option(
            "--object",
            help="The regulation's objects (science_technology, cultural_exchange, "
            "capacity_building, regional_promotion, other). Repeatable; they replace the "
            "record's; 'derived' goes back to those of its sectors.",
        ),
    ] = None,
    db: DbOption = None,
    output: FormatOption = Format.table,
) -> None:
    """Show or set a record's family (KSDPL/KSDLL) and objects."""
    from kerjasama_cli.domain.cooperation import parse_family, parse_objects
    from kerjasama_cli.store.dossier import cooperation

    derive_family = family is not None and family.strip().lower() == "derived"
    chosen = parse_family(family) if family and not derive_family else None
    wanted = None
    if objects:
        wanted = (
            () if [o.strip().lower() for o in objects] == ["derived"] else parse_objects(objects)
        )
    store = open_db(db)
    rid, _key = cooperation.record_id(store.conn, record)
    if chosen is None and wanted is None and not derive_family:
        result = cooperation.classification(store.conn, rid)
    else:
        with store.transaction() as conn:
            result = cooperation.classify(conn, rid, chosen, wanted, derive_family)
    if output is Format.json:
        from kerjasama_cli.render.machine import write_json

        write_json(vars(result) | {"objects": list(result.objects)})
        return
    from kerjasama_cli.render.cooperation import render_classification

    render_classification(result)
