"""Datasette metadata for the registry: what a visitor reads beside the data.

Every label is English here and shown in the language of `serve --lang` (catalogue context
`web`): the bureau reads Indonesian, a foreign partner or researcher `--lang en`.
"""

from __future__ import annotations

from typing import Any

from kerjasama_cli.domain.public import PUBLIC_PREFIX, PUBLIC_RECORDS, Access
from kerjasama_cli.store.serve.browse import CANNED, MAP_SQL, MAP_VIEW, VIEW

TITLE = "International Cooperation Registry"
DESCRIPTION = (
    "A local government's international cooperation: sister cities, LoIs, MoUs, agreements, "
    "programmes and visits, who signed them, and the sources. Read-only."
)

COLUMNS = {
    "id": "Record number (as in `kerjasama show ID`)",
    "key": "Stable record key",
    "kind": "agreement or event",
    "type": "Record type",
    "partner": "Partner (city, province, institution)",
    "partner_kind": "Kind of partner (city, province, organisation...)",
    "country": "Partner's country, ISO 3166-1 code",
    "region": "Partner's region, ISO 3166-2 code",
    "date": "Date at its precision",
    "date_precision": "Date precision",
    "year": "Calendar year (empty when not certain)",
    "date_start": "Earliest possible day",
    "date_end": "Latest possible day",
    "governor": "Governor in office, or why it is not known",
    "sectors": "Sectors of cooperation",
    "status": "Status, stated or derived",
    "valid_until": "Valid until (agreements)",
    "title": "Title of the document or event",
    "signatories": "Signatories or participants",
    "sources": "Sources cited",
    "summary": "Summary",
    "place": "Place",
    "local_party": "Local party (the home government)",
}

FACETS = ["country", "type", "governor", "year"]
# Listed as web/facets.py's type: counted in one pass under a search, kept for the next page.
FACET_TYPE = "kerjasama"

MAP_COLUMNS = {
    "id": "Partner number",
    "partner": "Partner",
    "kind": "Kind of partner",
    "country": "Country, ISO 3166-1 code",
    "region": "Region, ISO 3166-2 code",
    "latitude": "Latitude, from the gazetteer or `partners edit --lat`",
    "longitude": "Longitude",
    "records": "Number of records",
    "agreements": "Number of agreements",
    "events": "Number of events",
    "types": "Record types",
    "first_date": "First record",
    "last_date": "Last record",
}


CANNED_TITLES = {
    "agreements_per_governor": "Agreements per governor",
    "partners_per_country": "Partners per country",
    "expiring_soon": "Agreements expiring soon (days, default 180)",
    "partner_history": "One partner's whole history (name, key or alias)",
    "search": (
        "Search, Indonesian terms too (q: a word or phrase, e.g. banjir, Korsel, kota kembar;"
        " page: 100 records a page, newest first)"
    ),
    "reported_vs_recorded": "Reported vs recorded figures",
}


# The partner map's base layer: the offline SVG tiles (web/tiles.py), relative to the page so it
# works behind a reverse proxy's base_url; or OpenStreetMap's tiles (`serve --tiles osm`).
TILE_URL = "-/kerjasama-tiles/{z}/{x}/{y}.svg"
TILE_OPTIONS = {
    "maxZoom": 7,
    "attribution": "Natural Earth (public domain), offline",
}
OSM_TILE_URL = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_TILE_OPTIONS = {
    "maxZoom": 19,
    "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
    "contributors",
}


def build(
    database: str,
    tiles: str = "offline",
    lang: str = "id",
    access: Access = Access.local,
    accounts: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The metadata for a registry served under the database name `database`; `tiles` is
    "offline" (the project's own base map) or "osm" (OpenStreetMap's, needs the network); the
    labels in `lang`. `access` says which tables and queries are listed (who may open them is
    web/plugin.py's permission check); `accounts` maps each account name to the environment
    variable that holds its password hash (`--sign-in`), so no hash is in the metadata that
    `/-/metadata` shows."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)

    def w(text: str) -> str:
        return t.ctx("web", text)

    osm = tiles == "osm"
    cluster_map = {
        "latitude_column": "latitude",
        "longitude_column": "longitude",
        "tile_layer": OSM_TILE_URL if osm else TILE_URL,
        "tile_layer_options": OSM_TILE_OPTIONS if osm else TILE_OPTIONS,
    }
    records = {
        "title": w("Cooperation records"),
        "description": w("One row per record: search it, narrow it with the facets."),
        "facets": [{FACET_TYPE: column} for column in FACETS],
        "fts_table": "search_index",
        "fts_pk": "id",
        "columns": {k: w(v) for k, v in COLUMNS.items()},
        "size": 50,
        # By id, the view's own row order (browse_facets' rowid): no sort.
        "sort_desc": "id",
    }
    map_query = {
        "title": w("Map of partners"),
        "description": w(
            "Partners with coordinates are on the map; those without are still listed."
        ),
        "sql": MAP_SQL,
    }
    tables: dict[str, Any] = {}
    queries: dict[str, Any] = {}
    if access is not Access.public:
        tables[VIEW] = records
        queries.update(
            {
                name: {"title": w(CANNED_TITLES.get(name, title)), "sql": sql}
                for name, (title, sql) in CANNED.items()
            }
        )
        # Shown at /DB/partner_map instead of the view: the gazetteer's places from serve's
        # memory (store/serve/browse.py MAP_SQL, web/plugin.py).
        queries[MAP_VIEW] = map_query
    if access is not Access.local:
        _public(tables, queries, records, map_query, access, w)
    meta: dict[str, Any] = {
        "title": w(TITLE),
        "description": w(DESCRIPTION),
        "databases": {
            database: {
                "description": w(DESCRIPTION),
                # The map is a canned query (below), and the cluster-map plugin reads a query's
                # settings from its database's.
                "plugins": {"datasette-cluster-map": cluster_map},
                "tables": {
                    **tables,
                    MAP_VIEW: {
                        "title": w("Map of partners"),
                        "description": map_query["description"],
                        "facets": ["country", "kind"],
                        "columns": {k: w(v) for k, v in MAP_COLUMNS.items()},
                        "plugins": {"datasette-cluster-map": cluster_map},
                    },
                },
                "queries": queries,
            }
        },
    }
    if accounts:
        # datasette-auth-passwords reads `NAME_password_hash`; `$env` keeps the hash itself
        # out of this metadata (Datasette resolves it when the plugin asks).
        meta["plugins"] = {
            "datasette-auth-passwords": {
                f"{name}_password_hash": {"$env": variable} for name, variable in accounts.items()
            }
        }
    return meta


def _public(
    tables: dict[str, Any],
    queries: dict[str, Any],
    records: dict[str, Any],
    map_query: dict[str, Any],
    access: Access,
    w: Any,
) -> None:
    """Add what a visitor reads (domain/public.py): the public records and the public queries
    and map, named as they are under `--public` or, beside the team's own, `--sign-in`."""
    from kerjasama_cli.store.serve.public import PUBLIC_MAP_SQL, public_canned

    prefix = PUBLIC_PREFIX if access is Access.sign_in else ""
    public = dict(records, title=w("Cooperation records (public)"))
    # Datasette's search box would match the notes too (search_index holds them): the public
    # view names no index, and web/search.py searches its public columns instead.
    del public["fts_table"], public["fts_pk"]
    tables[PUBLIC_RECORDS] = public
    for name, (title, sql) in public_canned().items():
        queries[prefix + name] = {"title": w(CANNED_TITLES.get(name, title)), "sql": sql}
    queries[prefix + MAP_VIEW] = dict(map_query, sql=PUBLIC_MAP_SQL)
