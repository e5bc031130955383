"""`--help` in the user's language: every command's and option's help text through the catalogue.

THE CONVENTION for help texts (follow it for every new command and option):

- Write the help in English, as a plain string where Typer takes it: `help="..."` on an option or
  argument, the command function's docstring, `rich_help_panel="..."`, `metavar="NAME"`. Do not call
  the translator there: the commands are built before the language of `--help --lang id` is read.
- Add the same English text as a `msgid` to `i18n/locale/id/LC_MESSAGES/kerjasama.po` with its
  Indonesian `msgstr` (a metavar in the context `metavar`), then run
  `python -m kerjasama_cli.i18n.msgfmt`.
- This module translates them when help is shown (`localise`); `tests/test_help_language.py` walks
  every command's `--help` and fails on a help text the catalogue lacks, or on English words in
  the Indonesian help (and the other way round).

The language is read from argv and the environment before the command is built (`early`), because
Click shows `--help` (an eager option) before it parses a command's own `--lang`. It costs nothing
when help is not asked for: `localise` runs only then, so `list` keeps its start-up budget.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Sequence
from typing import Any

from kerjasama_cli import i18n
from kerjasama_cli.cli.typer_private import HelpFormatter, rich_help

HELP_FLAGS = ("-h", "--help")

# Typer's and Click's own words around the help (panel titles, usage prefix, markers), translated
# under these msgids; the English source keeps Typer's own text.
_CHROME = {
    "ARGUMENTS_PANEL_TITLE": "Arguments",
    "OPTIONS_PANEL_TITLE": "Options",
    "COMMANDS_PANEL_TITLE": "Commands",
    "DEFAULT_STRING": "[default: {}]",
    "REQUIRED_LONG_STRING": "[required]",
    "ENVVAR_STRING": "[env var: {}]",
    "DEPRECATED_STRING": "(deprecated) ",
}
USAGE = "Usage: "


def early(args: Sequence[str]) -> str:
    """The language of this run as argv and the environment say, before any command is built.

    The last `--lang X` / `--lang=X` wins (a command's own option comes after the global one);
    an unknown value falls back to the environment here: the command's own check reports it.
    """
    chosen = None
    for position, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and position + 1 < len(args):
            chosen = args[position + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    for value in (chosen, None):
        try:
            return i18n.resolve(value)
        except i18n.LanguageError:
            continue
    return i18n.DEFAULT


def wants_help(args: Sequence[str]) -> bool:
    """Whether this run shows help: `-h`/`--help`, or no arguments at all (no_args_is_help)."""
    words = list(args)
    if "--" in words:
        words = words[: words.index("--")]
    return not words or any(flag in words for flag in HELP_FLAGS)


def localise(command: Any, ctx: Any, lang: str) -> None:
    """Translate COMMAND's help, its options' help, panels and metavars (and its subcommands').

    Done once per command object and language; the English text stays the msgid.
    """
    t = i18n.translator(lang)
    if getattr(command, "_kerjasama_lang", None) == lang:
        return
    command._kerjasama_lang = lang

    def put(owner: Any, attr: str, translate: Any) -> None:
        store = owner.__dict__.setdefault("_kerjasama_english", {})
        english = store.setdefault(attr, getattr(owner, attr, None))
        if english:
            setattr(owner, attr, translate(english))

    for attr in ("help", "epilog"):
        put(command, attr, lambda text: reflow(t(text)))
    put(command, "short_help", t)
    if not command._kerjasama_english.get("short_help"):
        command.short_help = summary(command.help)
    if getattr(command, "options_metavar", None):
        put(command, "options_metavar", lambda text: t.ctx("metavar", text))
    if getattr(command, "subcommand_metavar", None):
        put(command, "subcommand_metavar", lambda text: t.ctx("metavar", text))
    helper = command.get_help_option(ctx) if ctx is not None else None
    for param in [*command.params, *([helper] if helper else [])]:
        put(param, "help", t)
        put(param, "rich_help_panel", t)
        _metavar(param, t)
    for name in getattr(command, "commands", {}) or {}:
        localise(command.commands[name], ctx, lang)


# A line that starts a list item or an example keeps its own line.
_OWN_LINE = ("- ", "* ", "• ", "$ ", "  ")


def reflow(help_text: str) -> str:
    """A command's help with each paragraph as one line, for the terminal to wrap. Typer (rich
    markup) keeps a docstring's line breaks, so a paragraph wrapped in the source at 100
    columns came out ragged at 80 ("... headline figures," / "reported vs recorded, ...")."""
    paragraphs = inspect.cleandoc(help_text).split("\n\n")
    flowed = []
    for paragraph in paragraphs:
        lines: list[str] = []
        for line in paragraph.split("\n"):
            if lines and not line.startswith(_OWN_LINE):
                lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
            else:
                lines.append(line)
        flowed.append("\n".join(lines))
    return "\n\n".join(flowed)


def summary(help_text: str | None) -> str | None:
    """A command's line in its group's list: the first paragraph of its help as one line. Typer
    (rich markup) keeps a docstring's line breaks there, so a summary wrapped in the source at
    100 columns broke mid-sentence in every width ("..., object or stage, with" / "bars and a
    total.")."""
    if not help_text:
        return help_text
    first = inspect.cleandoc(help_text).split("\n\n")[0]
    return " ".join(first.split())


def _metavar(param: Any, t: Any) -> None:
    """A metavar in the language: `FILE` -> `BERKAS`, `<str>` -> `<teks>`; choices (codes the
    user types) and flags stay as they are."""
    store = param.__dict__.setdefault("_kerjasama_english", {})
    english = store.setdefault("metavar", param.metavar)
    if english:
        param.metavar = t.ctx("metavar", english)
        if param.param_type_name != "argument":  # an argument shows its type beside its name
            return
    kind = store.setdefault("type", param.type)
    if getattr(param, "is_flag", False) or getattr(kind, "choices", None):
        return
    # Typer prints the type's own name (`<str>`): a copy of the type carries the translated name.
    shown = copy.copy(kind)
    shown.name = t.ctx("metavar", kind.name)
    param.type = shown


def chrome(lang: str) -> None:
    """Typer's panel titles and markers, and Click's `Usage: `, in the language."""
    rich_utils = rich_help()
    t = i18n.translator(lang)
    for attr, english in _CHROME.items():
        setattr(rich_utils, attr, t(english))
    usage = t(USAGE)
    write_usage = HelpFormatter.write_usage
    original = getattr(write_usage, "_kerjasama_english", write_usage)

    def translated(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original(self, prog, args, usage if prefix is None else prefix)

    translated._kerjasama_english = original  # type: ignore[attr-defined]
    HelpFormatter.write_usage = translated  # type: ignore[method-assign]
