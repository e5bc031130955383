"""The `kerjasama` Typer application: global options and command registration."""

import sys
from typing import Annotated, Any

import typer

# typer vendors click from 0.26 on; these are the classes its commands raise (pinned in pyproject).
from typer._click import Command, Context
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.core import TyperGroup
from typer.exceptions import Abort
from typer.main import get_group

from kerjasama_cli import __version__
from kerjasama_cli.cli.common import GLOBAL_OPTIONS, DbOption, LangOption, one_line

# Every command, in the order `--help` lists them, and the cli module whose register() defines
# it. A module is imported only when one of its commands runs (or for the help that lists them
# all): `kerjasama list` loads records.py and what it needs, not the other ten modules and the
# parameters of forty commands (start-up, issue 12). tests/test_startup.py checks this map
# against the modules' own registrations.
COMMANDS: dict[str, str] = {
    "init": "records",
    "add": "records",
    "list": "records",
    "show": "records",
    "timeline": "briefing",
    "stats": "briefing",
    "search": "search",
    "import": "transfer",
    "export": "transfer",
    "edit": "editing",
    "delete": "editing",
    "history": "editing",
    "check": "check",
    "report": "report",
    "extract": "extracting",
    "backup": "safety",
    "restore": "safety",
    "serve": "web",
    "partners": "partners",  # groups (add_typer) after the commands, where Typer put them
    "governments": "governments",
    "leaders": "governments",
}


class OneLineErrors(TyperGroup):
    """Usage errors as one line on stderr (`kerjasama: error: ...`, exit 2), not a boxed panel.

    Typer draws usage errors in a rich panel over several lines; scripts and people both read a
    single line better, and it matches the errors the commands themselves print. The group also
    builds each command only when asked for it (COMMANDS).
    """

    def list_commands(self, ctx: Context) -> list[str]:
        # COMMANDS, then any command registered on `app` directly (built by Typer at start-up).
        return list(dict.fromkeys([*COMMANDS, *self.commands]))

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        """The command, its module imported on first use; an unknown name loads them all, so
        that the "did you mean" suggestion (from self.commands) sees every command."""
        if cmd_name not in self.commands:
            for module in dict.fromkeys([COMMANDS[cmd_name]] if cmd_name in COMMANDS
                                        else COMMANDS.values()):  # fmt: skip
                self.load(module)
        return self.commands.get(cmd_name)

    def load(self, module: str) -> None:
        """Build MODULE's commands as Typer would have at start-up, and add them."""
        commands = typer.Typer()
        # __import__ rather than importlib.import_module: `python -X importtime` times only the
        # former, and the start-up checks read it.
        __import__(f"kerjasama_cli.cli.{module}", fromlist=["register"]).register(commands)
        self.commands.update(get_group(commands).commands)

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
    history.set_origin(None)  # `import` names its file
    history.set_command(ctx.invoked_subcommand or "kerjasama")  # the history says which command
