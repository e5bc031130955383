"""The `kerjasama: ...` lines a command prints on stderr: an error (`fail`), a notice in the
user's language (`notice`), and Click's usage errors made one short line (`one_line`)."""

import re
from typing import Any

import typer


def fail(message: str, code: int) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"kerjasama: error: {message}", err=True)
    return typer.Exit(code)


def notice(message: str, **values: Any) -> None:
    """One `kerjasama: ...` line on stderr in the user's language: MESSAGE is the catalogue's
    msgid (English, with `{name}` fields filled from VALUES after translation)."""
    from kerjasama_cli.i18n import translator

    typer.echo(f"kerjasama: {translator()(message).format(**values)}", err=True)


# A value Click quotes in a usage error ('...'), long enough to be worth abbreviating.
_QUOTED = re.compile(r"'((?:[^'\\]|\\.){61,})'")


def one_line(message: str) -> str:
    """Click's usage error as one short line: a quoted value longer than 60 characters is
    abbreviated (a 5,000-digit --limit was echoed whole) and line breaks are escaped."""
    from kerjasama_cli.domain.errors import shown

    message = _QUOTED.sub(lambda m: shown(m.group(1)), message)
    return message.replace("\r", "\\r").replace("\n", "\\n")
