"""One confirmation for every destructive command: `delete`, `partners delete|merge`,
`leaders delete`, `governments edit --remove-alias`, `restore`.

On a terminal it asks `[y/N]` on stderr and accepts the language's own yes (`y`/`yes`; `y`/`ya`
in Indonesian); anything else changes nothing (exit 1). Without a terminal to ask on it refuses
unless `--yes` was given (exit 2, one line), so a script never destroys by default.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

YesOption = Annotated[
    bool,
    typer.Option("--yes", "-y", help="Do not ask for confirmation (needed without a terminal)."),
]


def yes_words(lang: str | None = None) -> set[str]:
    """The answers that mean yes in the active language (English ones always count too)."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    words = t.ctx("answer", "y|yes").split("|")
    return {w.strip().casefold() for w in [*words, "y", "yes"] if w.strip()}


def confirm(question: str, yes: bool, what: str, warning: str | None = None) -> None:
    """Go on when `yes` or when the person at the terminal says yes to `question`.

    `what` names the action for the refusal without a terminal ("delete record 23"); `warning`
    is said first, whatever the answer (a merge across countries). A "no" prints
    `nothing changed` and exits 1; no terminal and no --yes is a usage error (exit 2).
    """
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.i18n import translator

    t = translator()
    if warning:
        typer.echo(f"kerjasama: {t('warning')}: {warning}", err=True)
    if yes:
        return
    if not sys.stdin.isatty():
        raise ValidationError(
            "--yes", None, t("needed to {what} without a terminal to confirm on").format(what=what)
        )
    sys.stderr.write(f"{question} {t.ctx('answer', '[y/N]')} ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if answer.strip().casefold() not in yes_words():
        typer.echo(f"kerjasama: {t('nothing changed')}", err=True)
        raise typer.Exit(1)
