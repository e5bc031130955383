"""`users`: the team's accounts for `serve --sign-in` (accounts/book.py keeps them)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import db_path
from kerjasama_cli.cli.messages import fail, notice
from kerjasama_cli.cli.options import DbOption


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


users_app = typer.Typer(
    help="The team's accounts for `serve --sign-in` (kept hashed beside the registry).",
    no_args_is_help=True,
)

NameArgument = Annotated[str, typer.Argument(metavar="NAME", help="The account's name.")]


def register(app: typer.Typer) -> None:
    """Attach `users` to the app."""
    app.add_typer(users_app, name="users")


def _book(db: DbOption) -> Path:
    from kerjasama_cli.accounts.book import book_path

    return book_path(db_path(db))


@users_app.command("add")
@handles_errors
def add_user(
    name: NameArgument,
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin",
            help="Read the password from the first line of standard input (for scripts) "
            "instead of asking for it twice without echo.",
        ),
    ] = False,
    replace: Annotated[
        bool, typer.Option("--replace", help="Set a new password for an existing account.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Add an account (or with --replace, change its password); the password is asked for
    without echo and stored hashed, never printed."""
    from kerjasama_cli.accounts.book import add, check_name
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.web.server import available, missing_extra

    if not available():
        raise missing_extra()
    check_name(name)
    t = translator()
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = typer.prompt(
            t("Password for {name}").format(name=name),
            hide_input=True,
            confirmation_prompt=t("Repeat the password"),
            err=True,
        )
    else:
        raise fail(t("no terminal to ask the password: use --password-stdin"), 2)
    add(_book(db), name, password, replace)
    notice("account {name} saved (password hashed) in {path}", name=name, path=_book(db))


@users_app.command("list")
@handles_errors
def list_users(
    db: DbOption = None,
    output: Annotated[
        Format, typer.Option("--format", "-f", help="table, json or csv.")
    ] = Format.table,
) -> None:
    """The accounts that may sign in (names and when they were added; never a hash)."""
    from kerjasama_cli.accounts.book import load

    accounts = sorted(load(_book(db)).values(), key=lambda a: a.name)
    rows = [{"name": a.name, "added": a.added} for a in accounts]
    if output is not Format.table:
        from kerjasama_cli.render.machine import write_csv, write_json

        if output is Format.csv:
            write_csv(rows, ("name", "added"))
        else:
            write_json(rows)
        return
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.render.history import local_time
    from kerjasama_cli.render.plain import grid_lines

    if rows:  # headed, and in the bureau's own clock, as `history` shows its times
        t = translator()
        grid = [[t("Name"), t("Added (local time)")]]
        grid += [[r["name"], local_time(r["added"])] for r in rows]
        typer.echo("\n".join(grid_lines(grid, 2)))

    accounts = translator().plural("{n} account", "{n} accounts", len(rows))
    notice("{accounts} in {path}", accounts=accounts, path=_book(db))


@users_app.command("remove")
@handles_errors
def remove_user(name: NameArgument, db: DbOption = None) -> None:
    """Remove an account: it can no longer sign in (a running serve reads accounts when it
    starts: restart it)."""
    from kerjasama_cli.accounts.book import remove

    remove(_book(db), name)
    notice("account {name} removed", name=name)
