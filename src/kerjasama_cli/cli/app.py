"""The `kerjasama` Typer application: global options and command registration."""

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup, TyperOption
from typer.exceptions import Abort
from typer.main import get_group

from kerjasama_cli import __version__
from kerjasama_cli.cli import help_language
from kerjasama_cli.cli.error_handling import INTERRUPTED, interrupted
from kerjasama_cli.cli.invocation import GLOBAL_OPTIONS
from kerjasama_cli.cli.messages import one_line
from kerjasama_cli.cli.options import DbOption, LangOption, named_in_usage, one_line_types
from kerjasama_cli.cli.typer_private import (
    ClickException,
    Command,
    Context,
    NoArgsIsHelpError,
    UsageError,
)
from kerjasama_cli.domain.errors import ValidationError

# Every command, in the order `--help` lists them, and the cli module whose register() defines
# it. A module is imported only when one of its commands runs (or for the help that lists them
# all): `kerjasama list` loads records.py and what it needs, not the other ten modules and the
# parameters of forty commands (start-up, issue 12). tests/test_startup.py checks this map
# against the modules' own registrations.
COMMANDS: dict[str, str] = {
    "init": "creating",
    "add": "creating",
    "list": "records",
    "show": "records",
    "timeline": "briefing",
    "stats": "briefing",
    "search": "search",
    "import": "importing",
    "export": "exporting",
    "edit": "editing",
    "delete": "editing",
    "history": "editing",
    "check": "check",
    "report": "report",
    "extract": "extracting",
    "backup": "safety",
    "restore": "safety",
    "serve": "web",
    "classify": "cooperation",
    "agenda": "agenda",
    "attach": "attach",
    "partners": "partners",  # groups (add_typer) after the commands, where Typer put them
    "governments": "governments",
    "leaders": "leaders",
    "stages": "stages",
    "evidence": "stages",
    "settings": "settings",
    "sectors": "sectors",
    "users": "users",
}


def _once(parser: Any, ctx: Context) -> Any:
    """`parser` refusing an option that takes one value when it is given twice.

    Click keeps the last value of a repeated option in silence: `list --from 2020 --from 2024`
    would read 2024 only. Options that may repeat say "Repeatable" (and are OR-ed); any other
    given twice to a command is a usage error (exit 2, one line) naming it. The global options
    before the command (`kerjasama --db A --db B list`) keep the last one: a shell alias sets
    them and a later one overrides it.
    """
    parse = parser.parse_args

    def parse_args(args: list[str]) -> Any:
        opts, rest, order = parse(args)
        seen: dict[str, int] = {}
        for param in order:
            if (
                isinstance(param, TyperOption)
                and not (param.is_flag or param.multiple or param.count)
                and param.name
            ):
                seen[param.name] = seen.get(param.name, 0) + 1
                if seen[param.name] == 2:
                    flag = max(param.opts, key=len)
                    raise UsageError(f"{flag}: given more than once; it takes one value", ctx)
        return opts, rest, order

    parser.parse_args = parse_args
    return parser


def once_only(command: Command) -> Command:
    """Make `command` (and a group's subcommands) refuse a one-value option given twice, and
    an empty file name or a value not among the choices in the project's one line
    (`options.one_line_types`); its required arguments read as names in `Usage:`."""
    make_parser = command.make_parser
    command.make_parser = lambda ctx: _once(make_parser(ctx), ctx)  # type: ignore[method-assign]
    one_line_types(command.params)
    named_in_usage(command.params)
    if isinstance(command, TyperGroup):
        _takes_lang(command)
        for sub in command.commands.values():
            once_only(sub)
    return command


def _remember_lang(ctx: Context, param: Any, value: str | None) -> None:
    if value:
        GLOBAL_OPTIONS["lang"] = value  # as the global --lang, which a subcommand's own wins over


def _takes_lang(group: TyperGroup) -> None:
    """Give a group (`partners`, `users`) the `--lang` every command takes: `kerjasama partners
    --help --lang id` was "No such option: --lang"."""
    if any(param.name == "lang" for param in group.params):
        return
    info = LangOption.__metadata__[0]
    group.params.append(
        TyperOption(
            param_decls=["--lang"],
            metavar=info.metavar,
            help=info.help,
            expose_value=False,
            callback=_remember_lang,
        )
    )


class OneLineErrors(TyperGroup):
    """Usage errors as one line on stderr (`kerjasama: error: ...`, exit 2), not a boxed panel.

    Typer draws usage errors in a rich panel over several lines; scripts and people both read a
    single line better, and it matches the errors the commands themselves print. The group also
    builds each command only when asked for it (COMMANDS).
    """

    # The language `--help` is shown in (cli/help_language.py), set by main() when this run shows help.
    help_lang: str | None = None
    argv: list[str] = []

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
        command = self.commands.get(cmd_name)
        lang = self.help_lang
        bare_group = bool(self.argv) and cmd_name == self.argv[-1] and hasattr(command, "commands")
        if lang is None and bare_group:  # `kerjasama partners` shows the group's help
            lang = self.help_lang = help_language.early(self.argv)
            help_language.chrome(lang)
        if command is not None and lang is not None:
            help_language.localise(command, ctx, lang)
        return command

    def format_help(self, ctx: Context, formatter: Any) -> None:
        """The group's own help, in the language of the run (its commands' in get_command)."""
        lang = self.help_lang or help_language.early(self.argv)
        help_language.localise(self, ctx, lang)
        super().format_help(ctx, formatter)

    def load(self, module: str) -> None:
        """Build MODULE's commands as Typer would have at start-up, and add them."""
        commands = typer.Typer()
        # __import__ rather than importlib.import_module: `python -X importtime` times only the
        # former, and the start-up checks read it.
        __import__(f"kerjasama_cli.cli.{module}", fromlist=["register"]).register(commands)
        built = get_group(commands).commands
        self.commands.update({name: once_only(command) for name, command in built.items()})

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        GLOBAL_OPTIONS["interrupted"] = False  # tests run many invocations in one process
        argv = list(args[0] if args and args[0] is not None else kwargs.get("args") or sys.argv[1:])
        self.help_lang = help_language.early(argv) if help_language.wants_help(argv) else None
        self.argv = argv
        if self.help_lang is not None:
            help_language.chrome(self.help_lang)
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
        except ValidationError as error:
            # A value an option's type refused while Click parsed (options.WholeNumber): the
            # project's line, as a command's own check says it.
            from kerjasama_cli.i18n import translator

            said = error.translated(translator(help_language.early(argv)))
            typer.echo(f"kerjasama: error: {one_line(said)}", err=True)
            sys.exit(error.exit_code)
        except ClickException as error:
            from kerjasama_cli.cli.usage_language import translate

            command = error.ctx.command_path if getattr(error, "ctx", None) else "kerjasama"
            said = translate(error.format_message(), help_language.early(argv))
            typer.echo(f"{command}: error: {one_line(said)}", err=True)
            sys.exit(error.exit_code)
        except Abort:
            typer.echo("kerjasama: aborted", err=True)
            sys.exit(1)
        except KeyboardInterrupt:  # Ctrl-C outside a command (while loading or parsing)
            code = INTERRUPTED
        if code == INTERRUPTED:  # typer turns Ctrl-C into exit 130, silently
            interrupted()
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
    from kerjasama_cli.store.safety import history

    GLOBAL_OPTIONS["db"] = db
    GLOBAL_OPTIONS["lang"] = lang  # a command's own --lang wins over this one
    history.set_origin(None)  # `import` names its file
    history.set_command(ctx.invoked_subcommand or "kerjasama")  # the history says which command
