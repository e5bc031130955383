"""`settings`: the registry's own periods and thresholds (the agenda's, issue 22)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import open_db
from kerjasama_cli.cli.options import DbOption


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


settings_app = typer.Typer(
    help="The registry's settings: the agenda's warnings and periods.", no_args_is_help=True
)


@settings_app.callback()
def _settings_named(ctx: typer.Context) -> None:
    """The registry's settings: the agenda's warnings and periods."""
    from kerjasama_cli.store.safety import history

    history.set_command(f"settings {ctx.invoked_subcommand}")


def register(app: typer.Typer) -> None:
    """Attach `settings` to the app."""
    app.add_typer(settings_app, name="settings")


@settings_app.command("list")
@handles_errors
def list_settings(
    db: DbOption = None,
    output: Annotated[
        Format, typer.Option("--format", "-f", help="table, json or csv.")
    ] = Format.table,
) -> None:
    """Every setting with its value, its default and what it means."""
    from kerjasama_cli.store.briefing.agenda import settings_rows

    rows = settings_rows(open_db(db).conn)
    if output is not Format.table:
        from kerjasama_cli.render.machine import write_csv, write_json

        if output is Format.csv:
            write_csv(rows, ("name", "value", "default", "set", "help"))
        else:
            write_json(rows)
        return
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.render.plain import grid_lines

    t = translator()  # the meanings are msgids (domain/agenda.py SETTINGS); JSON keeps English
    default = t.ctx("setting", "(default)")
    lines = grid_lines(
        [[r["name"], r["value"], "" if r["set"] else default, t(r["help"])] for r in rows], 2
    )
    typer.echo("\n".join(lines))


# `settings set dormant_years -1`: the value reaches the setting's own check ("a whole number
# from 0 to 99999"), not Click's "No such option: -1".
@settings_app.command("set", context_settings={"ignore_unknown_options": True})
@handles_errors
def set_setting(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The setting (`settings list`).")],
    value: Annotated[
        str, typer.Argument(metavar="VALUE", help="Its value; 'default' goes back to the default.")
    ],
    db: DbOption = None,
) -> None:
    """Change a setting of this registry."""
    from kerjasama_cli.store.briefing.agenda import set_setting as store_setting

    store = open_db(db)
    with store.transaction() as conn:
        store_setting(conn, name, None if value.strip().lower() == "default" else value)
    typer.echo(f"kerjasama: {name} = {value}", err=True)
