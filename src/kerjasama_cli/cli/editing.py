"""`edit`, `delete` and `history`: change records and see every change made."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Optional

import typer

from kerjasama_cli.cli.confirm import YesOption
from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption, WholeNumber
from kerjasama_cli.cli.record_options import record_option
from kerjasama_cli.domain.limits import MAX_ID, MAX_ROWS
from kerjasama_cli.i18n import translator


class HistoryFormat(StrEnum):
    table = "table"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"


class Entity(StrEnum):
    record = "record"
    partner = "partner"
    source = "source"
    leader = "leader"
    figure = "figure"
    government = "government"


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    app.command("edit")(edit)
    app.command("delete")(delete)
    app.command("history")(history_command)


def _people(values: Optional[list[str]], side: str) -> Any:
    if values is None:
        return None
    from kerjasama_cli.domain.tabular import parse_person

    field = "--signatory" if side == "home" else "--partner-signatory"
    return [parse_person(v, side, field) for v in values if v.strip()]


_Text = Optional[str]


@handles_errors
def edit(
    ref: Annotated[str, typer.Argument(metavar="ID", help="Record id or key.")],
    partner: Annotated[_Text, record_option("partner", "edit")] = None,
    country: Annotated[_Text, record_option("country", "edit")] = None,
    region: Annotated[_Text, record_option("region", "edit")] = None,
    partner_kind: Annotated[_Text, record_option("partner_kind", "edit")] = None,
    type_: Annotated[_Text, record_option("type", "edit")] = None,
    date: Annotated[_Text, record_option("date", "edit")] = None,
    signatory: Annotated[Optional[list[str]], record_option("signatory", "edit")] = None,
    partner_signatory: Annotated[
        Optional[list[str]], record_option("partner_signatory", "edit")
    ] = None,
    sector: Annotated[Optional[list[str]], record_option("sector", "edit")] = None,
    title: Annotated[_Text, record_option("title", "edit")] = None,
    summary: Annotated[_Text, record_option("summary", "edit")] = None,
    status: Annotated[_Text, record_option("status", "edit")] = None,
    place: Annotated[_Text, record_option("place", "edit")] = None,
    leader: Annotated[_Text, record_option("leader", "edit")] = None,
    source: Annotated[Optional[list[str]], record_option("source", "edit")] = None,
    agreement: Annotated[_Text, record_option("agreement", "edit")] = None,
    term_years: Annotated[_Text, record_option("term_years", "edit")] = None,
    end_date: Annotated[_Text, record_option("end_date", "edit")] = None,
    local_party: Annotated[_Text, record_option("local_party", "edit")] = None,
    local_country: Annotated[_Text, record_option("local_country", "edit")] = None,
    notes: Annotated[_Text, record_option("notes", "edit")] = None,
    date_note: Annotated[_Text, record_option("date_note", "edit")] = None,
    new_partner: Annotated[bool, record_option("new_partner", "edit")] = False,
    db: DbOption = None,
) -> None:
    """Change fields of a record, validated as add validates them; the key stays."""
    from kerjasama_cli.store.records.editing import EditRequest, edit_record

    request = EditRequest(
        partner=partner,
        country=country,
        region=region,
        partner_kind=partner_kind,
        type=type_,
        date=date,
        signatories=_people(signatory, "home"),
        partner_signatories=_people(partner_signatory, "partner"),
        sectors=sector,
        title=title,
        summary=summary,
        status=status,
        place=place,
        leader=leader,
        sources=source,
        agreement=agreement,
        term_years=term_years,
        end_date=end_date,
        local_party=local_party,
        local_country=local_country,
        notes=notes,
        date_note=date_note,
        new_partner=new_partner,
    )
    store = open_db(db)
    record_id, record, changes = edit_record(store, ref, request)
    if changes:
        notice("edited {id} ({key}): {fields}", id=record_id, key=record.key,
               fields=", ".join(translator().field(c) for c in changes))  # fmt: skip
    else:
        notice("{id} ({key}) unchanged", id=record_id, key=record.key)


@handles_errors
def delete(
    ref: Annotated[str, typer.Argument(metavar="ID", help="Record id or key.")],
    yes: YesOption = False,
    db: DbOption = None,
) -> None:
    """Delete a record (asks first unless --yes; the history keeps what it said)."""
    from kerjasama_cli.cli.confirm import confirm
    from kerjasama_cli.store.records.editing import delete_record, find_record

    t = translator()
    store = open_db(db)
    record_id, record = find_record(store, ref)
    label = (
        f"{t.type(record.type)} {record.partner or record.title or ''} {record.date.iso() or ''}"
    )
    question = t("Delete {id} ({key}: {label})?")
    confirm(question.format(id=record_id, key=record.key, label=label.strip()), yes, t("delete"))
    delete_record(store, str(record_id))
    notice("deleted {id} ({key})", id=record_id, key=record.key)


@handles_errors
def history_command(
    action: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[restore]",
            help="`restore CHANGE_ID` brings back a deleted record or undoes an update.",
            show_default=False,
        ),
    ] = None,
    change: Annotated[
        Optional[int],
        typer.Argument(
            metavar="[CHANGE_ID]",
            click_type=WholeNumber(1, MAX_ID),
            help="With restore: the change to undo (its ID in this list).",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", "-n", click_type=WholeNumber(1, MAX_ROWS), help="At most this many changes."
        ),
    ] = 20,
    entity: Annotated[
        Optional[Entity], typer.Option("--entity", help="Only changes to records, partners, ...")
    ] = None,
    output: Annotated[
        HistoryFormat,
        typer.Option(
            "--format",
            "-f",
            help="table, json, ndjson (one change a line) or csv (the changes as a JSON cell).",
        ),
    ] = HistoryFormat.table,
    db: DbOption = None,
) -> None:
    """Recent changes, newest first: when, which command, which entry, old and new values.

    `history restore CHANGE_ID` undoes one: a deleted record comes back under its own id, an
    update is reversed (while the record still holds what it wrote). The restore is itself a
    change in the history.
    """
    if action is not None:
        _restore(action, change, db)
        return
    from kerjasama_cli.store.safety.history import iter_recent

    store = open_db(db)
    rows = iter_recent(store.conn, limit, entity.value if entity else None)
    if output is HistoryFormat.csv:  # streamed too
        from kerjasama_cli.render.history import write_history_csv

        write_history_csv(rows)
        return
    if output is not HistoryFormat.table:  # streamed, one change a line
        from kerjasama_cli.render.machine import write_machine

        write_machine(rows, output.value, ())
        return
    from kerjasama_cli.render.history import render_history

    render_history(list(rows))


def _restore(action: str, change: int | None, db: Any) -> None:
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.store.safety.restore import restore

    if action != "restore":
        raise ValidationError("history", action, "expected `restore CHANGE_ID` or nothing")
    if change is None:
        raise ValidationError(
            "history restore", None, "needs a CHANGE_ID (see `kerjasama history`)"
        )
    from kerjasama_cli.i18n import translator

    t = translator()
    done = restore(open_db(db), change)
    if done.action == "delete":
        line = t("restored {id} ({key}), deleted by change {change}")
    else:
        line = t("undid change {change} to {id} ({key}): {fields}")
    fields = ", ".join(t.field(name) for name in done.fields)
    text = line.format(id=done.record_id, key=done.key, change=change, fields=fields)
    back = [
        t.plural("{n} piece of evidence", "{n} pieces of evidence", done.dossier.evidence),
        t.plural("{n} document", "{n} documents", done.dossier.documents),
    ]
    counts = (done.dossier.evidence, done.dossier.documents)
    if any(counts):
        text += t(", with {what}").format(
            what=t.ctx("joining", " and ").join(
                said for said, n in zip(back, counts, strict=True) if n
            )
        )
    typer.echo(f"kerjasama: {text}", err=True)
