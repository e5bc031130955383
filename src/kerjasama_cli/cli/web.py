"""`serve`: the registry in the team's browsers (Datasette, read-only). Needs the web extra."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from kerjasama_cli.cli.common import DbOption, fail, handles_errors, notice, open_db
from kerjasama_cli.i18n import translator


class Tiles(StrEnum):
    offline = "offline"
    osm = "osm"


def register(app: typer.Typer) -> None:
    """Attach `serve` to the app."""
    app.command(
        "serve",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    )(serve)


@handles_errors
def serve(
    ctx: typer.Context,
    db: DbOption = None,
    port: Annotated[
        int,
        typer.Option(
            "--port", "-p", help="Port to listen on (0: any free port).", min=0, max=65535
        ),
    ] = 8001,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (the network).",
        ),
    ] = "127.0.0.1",
    tiles: Annotated[
        Tiles,
        typer.Option(
            "--tiles",
            help="Base map of the partner map: offline (drawn by kerjasama from Natural Earth "
            "shapes, no network) or osm (OpenStreetMap's tiles, fetched by each browser).",
        ),
    ] = Tiles.offline,
    locate: Annotated[
        bool,
        typer.Option(
            "--locate/--no-locate",
            help="First give partners without coordinates a place from the offline gazetteer "
            "(cities and regions it knows; `partners edit --lat --lon` values are kept).",
        ),
    ] = True,
) -> None:
    r"""Browse the registry in a web browser through Datasette, read-only.

    A flat records view with facets and full-text search, canned queries and a map of
    partners. Anything after `--` goes to `datasette serve` (e.g. `-- --setting base_url
    /kerjasama/`). Needs `pip install 'kerjasama\[web]'`."""
    from kerjasama_cli.web.server import INSTALL_HINT, available

    if not available():
        raise fail(INSTALL_HINT, 2)
    store = open_db(db)  # creates, seeds and migrates the file as every command does
    path = store.path
    if locate:
        from kerjasama_cli.web.locate import locate_partners

        located = locate_partners(store.conn)
        if located.filled or located.missing:
            shown = ", ".join(located.missing[:5]) + (", ..." if len(located.missing) > 5 else "")
            t = translator()
            line = t("placed {filled} partners from the gazetteer; {missing} without coordinates")
            line = line.format(filled=located.filled, missing=len(located.missing))
            if shown:
                line += " " + t("({names}; set them with `partners edit KEY --lat --lon`)").format(
                    names=shown
                )
            typer.echo(f"kerjasama: {line}", err=True)
    store.close()
    notice("serving {path} read-only at {url} (Ctrl+C stops)", path=path,
           url=f"http://{host}:{port}/")  # fmt: skip
    from kerjasama_cli.web.server import serve as run

    run(path, host, port, list(ctx.args), tiles.value)
