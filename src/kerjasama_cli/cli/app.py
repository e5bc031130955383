"""The `kerjasama` Typer application: global options and command registration."""

import sys
from typing import Annotated, Any

import typer

# typer vendors click from 0.26 on; these are the classes its commands raise (pinned in pyproject).
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.core import TyperGroup
from typer.exceptions import Abort

from kerjasama_cli import __version__
from kerjasama_cli.cli import (
    briefing,
    editing,
    extracting,
    governments,
    partners,
    records,
    report,
    safety,
    search,
    transfer,
    web,
)
from kerjasama_cli.cli.common import GLOBAL_OPTIONS, DbOption, LangOption, one_line


class OneLineErrors(TyperGroup):
    """Usage errors as one line on stderr (`kerjasama: error: ...`, exit 2), not a boxed panel.

    Typer draws usage errors in a rich panel over several lines; scripts and people both read a
    single line better, and it matches the errors the commands themselves print.
    """

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except NoArgsIsHelpError as error:
            # Bare `kerjasama`: rich has already drawn the help while building the message, which is
            # then empty; plain click puts the help in the message. Either way: help, exit 2.
            if error.format_message().strip():
                typer.echo(error.format_message(), err=True)
            sys.exit(error.exit_code)
        except ClickException as error:
            command = error.ctx.command_path if getattr(error, "ctx", None) else "kerjasama"
            typer.echo(f"{command}: error: {one_line(error.format_message())}", err=True)
            sys.exit(error.exit_code)
        except Abort:
            typer.echo("kerjasama: aborted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="kerjasama",
    cls=OneLineErrors,
    help="A registry of a local government's international cooperation: sister cities, "
    "LoIs, MoUs, agreements, programmes, visits and who signed them.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kerjasama {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    db: DbOption = None,
    lang: LangOption = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Query and maintain the cooperation registry."""
    from kerjasama_cli.store import history

    GLOBAL_OPTIONS["db"] = db
    GLOBAL_OPTIONS["lang"] = lang  # a command's own --lang wins over this one
    history.set_command(ctx.invoked_subcommand or "kerjasama")  # the history says which command


records.register(app)
briefing.register(app)
search.register(app)
transfer.register(app)
editing.register(app)
report.register(app)
extracting.register(app)
safety.register(app)
partners.register(app)
governments.register(app)
web.register(app)
