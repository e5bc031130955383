"""The `kerjasama` Typer application: global options and command registration."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from kerjasama_cli import __version__
from kerjasama_cli.cli import records
from kerjasama_cli.cli.common import GLOBAL_OPTIONS

app = typer.Typer(
    name="kerjasama",
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
    db: Annotated[
        Optional[Path],
        typer.Option(
            "--db",
            help="SQLite file to use (default: $KERJASAMA_DB, else the per-user data directory).",
            dir_okay=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Query and maintain the cooperation registry."""
    GLOBAL_OPTIONS["db"] = db


records.register(app)
