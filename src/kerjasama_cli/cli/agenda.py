"""`agenda`: what falls due, soonest first (issue 22; its periods are `kerjasama settings`)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Optional

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.filter_options import with_filters
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.options import DbOption, LangOption
from kerjasama_cli.domain.filters import RecordFilter

# The filters that narrow the agenda: those naming a party (its items are not records).
AGENDA_FILTERS = ("local_party", "partner", "involving")


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def register(app: typer.Typer) -> None:
    """Attach `agenda` to the app."""
    app.command("agenda")(agenda)


@handles_errors
@with_filters(only=AGENDA_FILTERS)
def agenda(
    filters: RecordFilter,
    within: Annotated[
        Optional[str],
        typer.Option(
            "--within",
            metavar="PERIOD",
            help="How far ahead (180d, 6m, 6b, 1y); default: the largest warning (12 months).",
        ),
    ] = None,
    db: DbOption = None,
    output: Annotated[
        Format, typer.Option("--format", "-f", help="table, json or csv.")
    ] = Format.table,
    lang: LangOption = None,
) -> None:
    """What falls due, soonest first: agreements expiring, renewal notices, dormant
    partnerships, proposals waiting at one stage, periodic and trip reports.

    Items are not records, so of the filters only those naming a party apply: --local-party,
    --partner and --involving, each repeatable as everywhere."""
    from kerjasama_cli.domain.validity import add_months, today, window_end
    from kerjasama_cli.store.briefing.agenda import agenda as items_due
    from kerjasama_cli.store.briefing.agenda import agenda_settings

    day = today()
    end = window_end(within, day, "--within") if within is not None else None
    store = open_db(db)
    if end is None:
        end = add_months(day, max(agenda_settings(store.conn).warn_months, default=12))
    items = items_due(store.conn, filters, day, end)
    if output is Format.json:
        from kerjasama_cli.render.machine import write_json

        write_json([i.public() for i in items])
        return
    if output is Format.csv:
        from kerjasama_cli.domain.agenda import PUBLIC_KEYS
        from kerjasama_cli.render.machine import write_csv

        write_csv((i.public() for i in items), PUBLIC_KEYS)
        return
    from kerjasama_cli.render.agenda import render_agenda

    render_agenda(items, lang)
