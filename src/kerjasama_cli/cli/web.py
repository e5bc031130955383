"""`serve`: the registry in the team's browsers (Datasette, read-only). Needs the web extra."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kerjasama_cli.cli.error_handling import handles_errors
from kerjasama_cli.cli.invocation import db_path
from kerjasama_cli.cli.messages import notice
from kerjasama_cli.cli.options import DbOption, WholeNumber
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
            "--port",
            "-p",
            help="Port to listen on (0: any free port).",
            click_type=WholeNumber(0, 65535),
        ),
    ] = 8001,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (the network: "
            "needs --sign-in or --public).",
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
    sign_in: Annotated[
        bool,
        typer.Option(
            "--sign-in",
            help="The team signs in (accounts: `kerjasama users add NAME`) and sees everything, "
            "read-only; anyone else sees the public subset only.",
        ),
    ] = False,
    public: Annotated[
        bool,
        typer.Option(
            "--public",
            help="Serve only the public subset to everyone: signed partnerships' public fields "
            "and partners, the public queries and the map; no history, notes, drafts, "
            "documents or SQL of one's own.",
        ),
    ] = False,
    new_secret: Annotated[
        bool,
        typer.Option(
            "--new-secret",
            help="With --sign-in: sign every member out by making a new sign-in key "
            "(REGISTRY.serve-secret, kept so that a restart signs no one out).",
        ),
    ] = False,
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
    /kerjasama/`). Needs the web extra: `pip install '.\[web]'` in a checkout, else
    `pip install 'kerjasama\[web]'`."""
    from kerjasama_cli.domain.public import Access
    from kerjasama_cli.web.server import available, missing_extra

    access = Access.public if public else Access.sign_in if sign_in else Access.local
    _refuse_open_network(host, sign_in, public, new_secret)  # before anything is read or bound
    _refuse_own_address(ctx.args)
    if not available():
        raise missing_extra()
    from kerjasama_cli.web.server import check_registry, claim_port

    # Serve never writes the registry: it is checked, read and served as it is.
    path = db_path(db)
    immutable = check_registry(path)
    accounts = _accounts(path) if access is Access.sign_in else {}
    secret = _secret(path, new_secret, ctx.args) if access is Access.sign_in else None
    port = claim_port(host, port)
    if locate:
        _locate(path)
    notice("serving {path} read-only at {url} (Ctrl+C stops)", path=path,
           url=f"http://{host}:{port}/")  # fmt: skip
    from kerjasama_cli.web.server import serve as run

    if access is not Access.local:
        count = translator().plural("{n} account", "{n} accounts", len(accounts))
        notice(SAY_ACCESS[access], accounts=count)
    run(path, host, port, list(ctx.args), tiles.value, immutable, access, accounts, secret)


SAY_ACCESS = {
    "sign-in": "sign-in required ({accounts}): members see everything; visitors the public subset",
    "public": "public subset only: no history, notes, drafts, documents or SQL",
}


def _secret(path: Path, renew: bool, extra: list[str]) -> str | None:
    """The key that signs members' cookies, kept beside the registry so a restart signs no one
    out (accounts/sessions.py); None when Datasette is given one (`DATASETTE_SECRET`, or
    `--secret` after `--`), or when it cannot be kept (then sessions last until serve stops)."""
    import os

    from kerjasama_cli.accounts.sessions import KeyNotKept, session_secret

    if os.environ.get("DATASETTE_SECRET") or any(a.split("=")[0] == "--secret" for a in extra):
        return None
    try:
        return session_secret(path, renew)
    except KeyNotKept as error:
        if renew:
            raise
        # Already in the user's language (i18n.said).
        notice("{reason}; members sign in again after each restart", reason=str(error))
        return None


def _refuse_open_network(host: str, sign_in: bool, public: bool, new_secret: bool) -> None:
    """Exit 2 before binding: both choices at once, or an address beyond this machine with
    neither (anyone on the network would read the whole registry)."""
    from kerjasama_cli.domain.errors import Refusal

    if sign_in and public:
        raise Refusal("--sign-in and --public: choose one", 2)
    if new_secret and not sign_in:
        raise Refusal("--new-secret: only with --sign-in (the key signs members' sessions)", 2)
    if sign_in or public or _loopback(host):
        return
    raise Refusal(
        "--host {host}: other machines could read the whole registry; choose --sign-in (the "
        "team signs in, visitors see the public subset) or --public (the public subset only)",
        2,
        host=host,
    )


# Datasette's own options for where it listens: after `--` they would override serve's
# `--host` (bypassing the check above) and `--port` (serve names the address it claimed).
_ADDRESS_OPTIONS = {"--host": "--host", "-h": "--host", "--port": "--port", "-p": "--port"}


def _refuse_own_address(extra: list[str]) -> None:
    """Exit 2 when the arguments for Datasette set its address: serve's own options do."""
    from kerjasama_cli.domain.errors import Refusal

    for arg in extra:
        name = arg.split("=", 1)[0]
        if not name.startswith("--") and len(name) > 2:  # -h0.0.0.0: click's joined form
            name = name[:2]
        if name in _ADDRESS_OPTIONS:
            raise Refusal(
                "{given} after --: give it to serve itself (serve {option} …), which checks "
                "who may connect",
                2,
                given=name,
                option=_ADDRESS_OPTIONS[name],
            )


def _loopback(host: str) -> bool:
    """Whether `host` is this machine alone (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    if host.strip().lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may be any address
        return False


def _accounts(path: Path) -> dict[str, str]:
    """The accounts `--sign-in` admits, name -> password hash (exit 2 when there are none)."""
    from kerjasama_cli.accounts.book import book_path, load
    from kerjasama_cli.domain.errors import Refusal

    accounts = load(book_path(path))
    if not accounts:
        raise Refusal(
            "--sign-in: no accounts for {path} yet; add one with `kerjasama users add NAME`",
            2,
            path=path,
        )
    return {name: account.password_hash for name, account in accounts.items()}


def _locate(path: Path) -> None:
    """Place partners without coordinates from the gazetteer, in serve's memory (never in the
    registry)."""
    from kerjasama_cli.store.database.connection import read_only_connection
    from kerjasama_cli.web.locate import locate_partners
    from kerjasama_cli.web.plugin import PLACES

    conn = read_only_connection(path)
    try:
        located = locate_partners(conn)
    finally:
        conn.close()
    PLACES.update(located.places)
    PLACES.update(dict.fromkeys(located.unplaced_ids))
    if located.places or located.missing:
        shown = ", ".join(located.missing[:5]) + (", ..." if len(located.missing) > 5 else "")
        t = translator()
        line = t("placed {filled} partners from the gazetteer; {missing} without coordinates")
        line = line.format(filled=len(located.places), missing=len(located.missing))
        if shown:
            line += " " + t("({names}; set them with `partners edit KEY --lat --lon`)").format(
                names=shown
            )
        typer.echo(f"kerjasama: {line}", err=True)
