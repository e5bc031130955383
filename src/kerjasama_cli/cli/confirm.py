"""One confirmation for every destructive command: `delete`, `partners delete|merge`,
`leaders delete`, `governments edit --remove-alias`, `restore` (and `extract --import`).

On a terminal it asks `[y/N]` on stderr and takes either language's answers (`y`/`yes`/`ya`
for yes, `n`/`no`/`t`/`tidak` or an empty answer for no; anything else asks again). A "no"
changes nothing (exit 1). Without a terminal to ask on it refuses unless `--yes` was given
(exit 2, one line), so a script never destroys by default.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

YesOption = Annotated[
    bool,
    typer.Option("--yes", "-y", help="Do not ask for confirmation (needed without a terminal)."),
]

# Answers a prompt takes in either language (a user may type the other one's word); the
# catalogue's own words (msgctxt "answer") are added to these.
YES = frozenset({"y", "yes", "ya", "iya"})
NO = frozenset({"n", "no", "t", "tidak", "tdk"})


def yes_words(lang: str | None = None) -> set[str]:
    """The answers that mean yes in the active language (English ones always count too)."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    words = t.ctx("answer", "y|yes").split("|")
    return {w.strip().casefold() for w in [*words, *YES] if w.strip()}


def ask(question: str) -> bool:
    """Ask QUESTION (already in the user's language) on stderr until the answer is a yes or a
    no; an empty answer or the end of input is no."""
    from kerjasama_cli.i18n import translator

    t = translator()
    yes = yes_words()
    while True:
        sys.stderr.write(f"{question} {t.ctx('answer', '[y/N]')} ")
        sys.stderr.flush()
        answer = sys.stdin.readline()
        word = answer.strip().casefold()
        if not answer or not word or word in NO:
            return False
        if word in yes:
            return True
        typer.echo(t("Answer y (yes) or n (no)."), err=True)


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
    if not ask(question):
        typer.echo(f"kerjasama: {t('nothing changed')}", err=True)
        raise typer.Exit(1)
