"""`stages` and `evidence`: the stage lists (the regulation's, a local government's SOP) and
the dated evidence of each stage (issue 22)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption, WholeNumber
from kerjasama_cli.domain.limits import MAX_ID


class Format(StrEnum):
    table = "table"
    json = "json"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table or json.")]
TableFormatOption = Annotated[
    TableFormat, typer.Option("--format", "-f", help="table, json or csv.")
]
RecordArg = Annotated[str, typer.Argument(metavar="RECORD", help="Record id or key.")]

stages_app = typer.Typer(
    help="The stage lists: the regulation's, and a local government's own (its SOP).",
    no_args_is_help=True,
)
evidence_app = typer.Typer(
    help="Dated evidence of a stage (a DPRD decision, a ministry letter) on a record.",
    no_args_is_help=True,
)


@stages_app.callback()
def _stages_named(ctx: typer.Context) -> None:
    """The stage lists: the regulation's, and a local government's own (its SOP)."""
    from kerjasama_cli.store.safety import history

    history.set_command(f"stages {ctx.invoked_subcommand}")


@evidence_app.callback()
def _evidence_named(ctx: typer.Context) -> None:
    """Dated evidence of a stage (a DPRD decision, a ministry letter) on a record."""
    from kerjasama_cli.store.safety import history

    history.set_command(f"evidence {ctx.invoked_subcommand}")


def register(app: typer.Typer) -> None:
    """Attach `stages` and `evidence` to the app."""
    app.add_typer(stages_app, name="stages")
    app.add_typer(evidence_app, name="evidence")


@stages_app.command("list")
@handles_errors
def list_stages(
    local_party: Annotated[
        Optional[str],
        typer.Option("--local-party", help="The list this local government follows."),
    ] = None,
    db: DbOption = None,
    output: TableFormatOption = TableFormat.table,
) -> None:
    """The stages in order, with the record types that prove each."""
    from kerjasama_cli.store.dossier.stages import stage_list

    store = open_db(db)
    party = _party(store.conn, local_party)
    stages = stage_list(store.conn, party)
    if output is not TableFormat.table:
        from kerjasama_cli.render.machine import write_csv, write_json

        rows = [
            {
                "position": i + 1,
                "stage": s.key,
                "types": list(s.types),
                "list": stages.owner or "default",
            }
            for i, s in enumerate(stages.stages)
        ]
        if output is TableFormat.csv:
            write_csv(rows, ("position", "stage", "types", "list"))
        else:
            write_json(rows)
        return
    from kerjasama_cli.render.cooperation import render_stage_list

    render_stage_list(stages)


@stages_app.command("set")
@handles_errors
def set_stages(
    stages: Annotated[
        list[str],
        typer.Argument(
            metavar="STAGE[:TYPE,...]...",
            help="The stages in order; after ':' the record types that prove one "
            "(signing:mou,agreement,sister_city).",
        ),
    ],
    local_party: Annotated[
        Optional[str],
        typer.Option(
            "--local-party",
            help="Whose list (its SOP); without it the default list changes.",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Give a local government its own stage list (or change the default one)."""
    from kerjasama_cli.domain.stages import parse_stage_specs
    from kerjasama_cli.store.dossier.stages import save_stage_list

    parsed = parse_stage_specs(stages)
    store = open_db(db)
    party = _party(store.conn, local_party) or ""
    _no_government(store.conn, stages)
    with store.transaction() as conn:
        save_stage_list(conn, party, parsed)
    # `Tahap Satu` is kept as `tahap_satu` (evidence and lists name it so): said, not silent.
    renamed = [
        f"'{name}' → {stage.key}"
        for name, stage in zip((spec.partition(":")[0] for spec in stages), parsed, strict=True)
        if name != stage.key
    ]
    if renamed:
        notice("stages kept as keys: {names}", names=", ".join(renamed))
    steps = " → ".join(s.key for s in parsed)
    if party:
        notice("{party} stage list: {stages}", party=party, stages=steps)
    else:
        notice("default stage list: {stages}", stages=steps)


def _no_government(conn: object, specs: list[str]) -> None:
    """Refuse a stage that names a local government: `stages set "DKI Jakarta" initiative ...`
    meant --local-party, and would have replaced the default list with `dki_jakarta → ...`."""
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.store.parties.government_lookups import find_government

    for spec in specs:
        name = spec.partition(":")[0]
        try:
            find_government(conn, name)  # type: ignore[arg-type]
        except ValidationError:
            continue  # not a government: a stage
        raise ValidationError(
            "STAGE", spec, "is a local government, not a stage; give it as --local-party"
        )


@stages_app.command("reset")
@handles_errors
def reset_stages(
    local_party: Annotated[
        Optional[str],
        typer.Option(
            "--local-party",
            help="Whose own list to drop; without it the default list goes back to the "
            "regulation's.",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Drop a local government's own list: it follows the default one again."""
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.domain.stages import default_list
    from kerjasama_cli.store.dossier.stages import owners, save_stage_list

    store = open_db(db)
    if local_party is None:  # a changed default list, undone without retyping fifteen stages
        with store.transaction() as conn:
            save_stage_list(conn, "", list(default_list().stages))
        notice("the default stage list is the regulation's again")
        return
    party = _party(store.conn, local_party) or ""
    if party not in owners(store.conn) or not party:
        raise ValidationError("--local-party", local_party, "has no stage list of its own")
    with store.transaction() as conn:
        save_stage_list(conn, party, [])
    notice("{party} follows the default stage list", party=party)


def _party(conn: object, name: str | None) -> str | None:
    """A local government's canonical name (as records store it)."""
    if not name:
        return None
    from kerjasama_cli.store.parties.government_lookups import government_name

    return government_name(conn, name)  # type: ignore[arg-type]


@evidence_app.command("add")
@handles_errors
def add_evidence(
    record: RecordArg,
    stage: Annotated[str, typer.Argument(metavar="STAGE", help="The stage it proves.")],
    date: Annotated[
        Optional[str],
        typer.Option("--date", "-d", help="When (2024, Mei 2024, 2024-05-27...)."),
    ] = None,
    number: Annotated[
        Optional[str],
        typer.Option("--number", "-n", help="The document's number (a DPRD decision, a letter)."),
    ] = None,
    document: Annotated[
        Optional[str],
        typer.Option("--document", help="The attached document it is (sha256 or file name)."),
    ] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Free text.")] = None,
    source: Annotated[
        Optional[str], typer.Option("--source", help="Where it is known from.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Record that RECORD's partnership reached STAGE, with the date and number proving it."""
    from kerjasama_cli.domain.stages import evidence_from_options
    from kerjasama_cli.store.dossier import cooperation, stages

    store = open_db(db)
    rid, key = cooperation.record_id(store.conn, record)
    stage_key = stages.record_stage(store.conn, rid, stage)
    item = evidence_from_options(rid, stage_key, date, number, document, note, source)
    from kerjasama_cli.i18n import translator

    t = translator()
    with store.transaction() as conn:
        # The same evidence again (a command run twice) is stored once, as an import's is.
        existing = stages.same_evidence(conn, rid, item)
        if existing is None:
            evidence_id = stages.add_evidence(conn, rid, key, item)
    if existing is not None:
        message = t("kerjasama: evidence {id} already records that {key} reached {stage}")
        evidence_id = existing
    else:
        message = t("kerjasama: evidence {id}: {key} reached {stage}")
    typer.echo(message.format(id=evidence_id, key=key, stage=t.word("stage", item.stage)), err=True)


@evidence_app.command("delete")
@handles_errors
def delete_evidence(
    evidence_id: Annotated[
        int,
        typer.Argument(metavar="ID", click_type=WholeNumber(1, MAX_ID), help="The evidence id."),
    ],
    db: DbOption = None,
) -> None:
    """Remove one piece of evidence."""
    from kerjasama_cli.store.dossier import stages

    store = open_db(db)
    with store.transaction() as conn:
        stages.delete_evidence(conn, evidence_id)
    from kerjasama_cli.i18n import translator

    typer.echo(translator()("kerjasama: evidence {id} deleted").format(id=evidence_id), err=True)


@evidence_app.command("list")
@handles_errors
def list_evidence(
    record: RecordArg,
    db: DbOption = None,
    output: FormatOption = Format.table,
    lang: Optional[str] = None,
) -> None:
    """The stages RECORD's partnership has reached, with their evidence and what comes next."""
    from kerjasama_cli.store.dossier import cooperation, stages

    store = open_db(db)
    rid, _key = cooperation.record_id(store.conn, record)
    state = stages.partnership_state(store.conn, rid)
    if output is Format.json:
        from kerjasama_cli.render.machine import write_json
        from kerjasama_cli.render.stages import public_state

        write_json(public_state(state))
        return
    from kerjasama_cli.render.page import write_page
    from kerjasama_cli.render.stages import stage_blocks

    write_page(stage_blocks(state, lang))
