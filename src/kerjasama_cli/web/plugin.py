"""Datasette hooks registered by `kerjasama serve`: nobody may write, whatever they try.

Three layers, so no single one has to be perfect: Datasette opens a mutable database file with
`?mode=ro` for its queries (and accepts only SELECT); `asgi_wrapper` answers every request that
is not a read (POST, PUT, PATCH, DELETE) with 403 before Datasette sees it; `permission_allowed`
refuses every write permission (the JSON write API of Datasette 1.x, or a plugin that asks).
The registry changes only through the `kerjasama` commands.

Who reads what (issue 26, domain/public.py): `ACCESS` is set by `serve` before Datasette starts;
under `--public`, and for anonymous visitors under `--sign-in`, `permission_allowed` admits the
public views and queries alone (no other table, no SQL of their own, no download). Signing in
(datasette-auth-passwords' form) is the one POST let through: it writes no registry.

`prepare_connection` gives every read connection the project's SQL functions: the CLI's search
(`kerjasama_fts`, and Datasette's own `escape_fts`, which its search box calls, replaced by it:
one search everywhere) and the partners' places that serve found in the gazetteer (kept in this
process's memory, `PLACES`, never written to the registry).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl

from kerjasama_cli.domain.public import Access, Visitor, anonymous_may, member_may, sees_everything

# Partner id -> the gazetteer's (latitude, longitude), or None when it knows no place: filled by
# `serve` before Datasette starts (web/locate.py); partners added later are looked up once.
PLACES: dict[int, tuple[float, float] | None] = {}

WRITE_ACTIONS = frozenset(
    {
        "insert-row",
        "delete-row",
        "update-row",
        "upsert-row",
        "create-table",
        "drop-table",
        "alter-table",
        "set-column-type",
    }
)


# Who reads what: `serve` sets this before Datasette starts.
ACCESS: list[Access] = [Access.local]

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Signing in and out are posted forms that set or clear a cookie, never write the registry.
SESSION_PATHS = ("/-/login", "/-/logout")
# Pages about the server rather than the registry: the file's path on this machine, the threads.
# Served on this machine only (local access), never to the network.
SERVER_PAGES = ("/-/databases", "/-/databases.json", "/-/threads", "/-/threads.json")
# Pages that show the whole metadata: the team's canned queries with their SQL, and the names
# of the tables a visitor may not open. Served to a signed-in member, never to a visitor.
TEAM_PAGES = ("/-/metadata", "/-/metadata.json")
_REFUSAL = b'{"ok": false, "error": "This registry is read-only", "status": 403}'


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Refuse every HTTP request that could write (anything but GET, HEAD, OPTIONS) with 403,
    and, served beyond this machine, the pages about the server."""

    def wrap(app: Any) -> Any:
        async def read_only(scope: dict, receive: Any, send: Any) -> None:
            if scope["type"] == "http" and (
                (
                    scope.get("method", "GET") not in READ_METHODS
                    and not _session_path(scope, ACCESS[0])
                )
                or (ACCESS[0] is not Access.local and scope.get("path", "").endswith(SERVER_PAGES))
                or (
                    ACCESS[0] is not Access.local
                    and scope.get("path", "").endswith(TEAM_PAGES)
                    and not _member(datasette, scope)
                )
            ):
                await send(
                    {
                        "type": "http.response.start",
                        "status": 403,
                        "headers": [(b"content-type", b"application/json; charset=utf-8")],
                    }
                )
                await send({"type": "http.response.body", "body": _REFUSAL})
                return
            await app(scope, receive, send)

        return read_only

    return wrap


def _member(datasette: Any, scope: dict) -> bool:
    """Whether the request carries a signed-in team member's cookie (Datasette's own check of
    its signed `ds_actor` cookie, expiry included), under `--sign-in`."""
    if ACCESS[0] is not Access.sign_in:
        return False
    from datasette.actor_auth_cookie import actor_from_request
    from datasette.utils.asgi import Request

    actor = actor_from_request(datasette, Request(scope, None))
    return bool(actor and actor.get("id"))


def _session_path(scope: dict, access: Access) -> bool:
    """Whether a request signs in or out (under `--sign-in` only), behind any base_url."""
    path = scope.get("path", "")
    return access is Access.sign_in and path.endswith(SESSION_PATHS)


# After Datasette's own checks (trylast): the last answer that is not None is the one it uses.
@hookimpl(trylast=True)
def permission_allowed(datasette: Any, actor: Any, action: str, resource: Any) -> bool | None:
    """Deny every action that writes; to a visitor who sees the public subset, everything it
    does not name (domain/public.py); leave the rest to Datasette's defaults."""
    if action in WRITE_ACTIONS:
        return False
    access = ACCESS[0]
    visitor = Visitor(signed_in=bool(actor and actor.get("id")))
    if sees_everything(access, visitor):
        return member_may(access, action, resource)
    return anonymous_may(access, action, resource)


@hookimpl(trylast=True)  # after Datasette's own, so that its escape_fts is replaced
def prepare_connection(conn: sqlite3.Connection) -> None:
    """The project's SQL functions on each connection Datasette opens."""
    from kerjasama_cli.domain.validity import today

    day = today().isoformat()
    conn.create_function("kerjasama_today", 0, lambda: day, deterministic=True)
    search = _search_function(conn)
    conn.create_function("kerjasama_fts", 1, search)
    conn.create_function("escape_fts", 1, search)
    conn.create_function("kerjasama_latitude", 6, lambda *a: _coordinate(0, *a))
    conn.create_function("kerjasama_longitude", 6, lambda *a: _coordinate(1, *a))
    from kerjasama_cli.store.queries.name_match import use_name_match

    use_name_match(conn)  # `partner_history` matches names as `list -p` does


# An FTS5 phrase whose text the tokenizer reads as no token: a valid query matching nothing.
NO_MATCH = '"-"'


def _search_function(conn: sqlite3.Connection) -> Any:
    """`kerjasama search`'s reading of a query (words in both languages, aliases, vocabularies
    expanded) as an FTS5 expression: what the records page's search box and the canned `search`
    query match, so that all three find the same records."""
    from datasette.utils import escape_fts

    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.domain.search import to_fts
    from kerjasama_cli.store.fulltext.index import expander

    def fts(text: str | None) -> str:
        try:
            return to_fts(text or "", "q", expander(conn))
        except ValidationError:  # unbalanced or no words: Datasette's quoting of its words
            # With no word at all (an empty search form) that quoting is empty, which FTS5
            # calls a syntax error: a phrase of no tokens matches nothing instead.
            return escape_fts(text or "") or NO_MATCH

    return fts


def _coordinate(
    axis: int,
    partner_id: int,
    stored: float | None,
    kind: str,
    name: str,
    country: str | None,
    region: str | None,
) -> float | None:
    """A partner's stored coordinate, else the gazetteer's (looked up once per partner)."""
    if stored is not None:
        return stored
    if partner_id not in PLACES:
        from kerjasama_cli.store.parties.coordinates import Unplaced
        from kerjasama_cli.web.locate import PLACEABLE, lookup

        partner = Unplaced(partner_id, "", name, kind, country, region, ())
        PLACES[partner_id] = lookup(partner) if kind in PLACEABLE else None
    point = PLACES[partner_id]
    return None if point is None else point[axis]


@hookimpl
def register_facet_classes() -> list[Any]:
    """The records pages' facets: counted once per search and page state (web/facets.py)."""
    from kerjasama_cli.web.facets import OnceFacet

    return [OnceFacet]


# Datasette lists every column description above the table; in three narrow columns the list
# stays readable without pushing the rows (and the map) off the first screen.
_CSS = (
    "dl.column-descriptions{columns:3 18em;font-size:.8em;margin:0 0 1em}"
    "dl.column-descriptions dt{break-after:avoid}"
    "dl.column-descriptions dd{margin:0 0 .4em 1em;break-before:avoid}"
)


@hookimpl
def extra_css_urls() -> list[str]:
    """The compact column-description style, inline (a data: URL, no file to serve)."""
    from urllib.parse import quote

    return ["data:text/css," + quote(_CSS)]


# The offline base map's tiles, under each database's path so the map's relative tile URL works
# behind any base_url (see web/tiles.py and metadata.TILE_URL).
TILE_ROUTE = r"^/(?:[^/]+/)?-/kerjasama-tiles/(?P<z>\d+)/(?P<x>\d+)/(?P<y>\d+)\.svg$"


async def _tile(request: Any) -> Any:
    from datasette import Response

    from kerjasama_cli.web.tiles import tile

    args = request.url_vars
    svg = tile(int(args["z"]), int(args["x"]), int(args["y"]))
    return Response(
        svg,
        content_type="image/svg+xml",
        headers={"Cache-Control": "public, max-age=86400"},
    )


async def _table_js(request: Any) -> Any:
    from datasette import Response

    from kerjasama_cli.i18n import active
    from kerjasama_cli.web.language import table_js

    return Response(
        table_js(active()),
        content_type="application/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=3600"},
    )


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """Serve the offline base-map tiles, and Datasette's column menu in the page's language
    (web/language.py)."""
    return [(TILE_ROUTE, _tile), (r"^/-/kerjasama-table\.js$", _table_js)]
