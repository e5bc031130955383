"""Datasette metadata for the registry: what a visitor reads beside the data.

Every label is English here and shown in the language of `serve --lang` (catalogue context
`web`): the bureau reads Indonesian, a foreign partner or researcher `--lang en`.
"""

from __future__ import annotations

from typing import Any

from kerjasama_cli.store.browse import CANNED, MAP_SQL, MAP_VIEW, VIEW

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


def build(database: str, tiles: str = "offline", lang: str = "id") -> dict[str, Any]:
    """The metadata for a registry served under the database name `database`; `tiles` is
    "offline" (the project's own base map) or "osm" (OpenStreetMap's, needs the network); the
    labels in `lang`."""
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
    return {
        "title": w(TITLE),
        "description": w(DESCRIPTION),
        "databases": {
            database: {
                "description": w(DESCRIPTION),
                # The map is a canned query (below), and the cluster-map plugin reads a query's
                # settings from its database's.
                "plugins": {"datasette-cluster-map": cluster_map},
                "tables": {
                    VIEW: {
                        "title": w("Cooperation records"),
                        "description": w(
                            "One row per record: search it, narrow it with the facets."
                        ),
                        "facets": FACETS,
                        "fts_table": "search_index",
                        "fts_pk": "id",
                        "columns": {k: w(v) for k, v in COLUMNS.items()},
                        "size": 50,
                        # By id, the view's own row order (browse_facets' rowid): no sort.
                        "sort_desc": "id",
                    },
                    MAP_VIEW: {
                        "title": w("Map of partners"),
                        "description": w(
                            "Partners with coordinates are on the map; those without are still "
                            "listed."
                        ),
                        "facets": ["country", "kind"],
                        "columns": {k: w(v) for k, v in MAP_COLUMNS.items()},
                        "plugins": {"datasette-cluster-map": cluster_map},
                    },
                },
                "queries": {
                    **{
                        name: {"title": w(CANNED_TITLES.get(name, title)), "sql": sql}
                        for name, (title, sql) in CANNED.items()
                    },
                    # Shown at /DB/partner_map instead of the view: the gazetteer's places
                    # from serve's memory (store/browse.py MAP_SQL, web/plugin.py).
                    MAP_VIEW: {
                        "title": w("Map of partners"),
                        "description": w(
                            "Partners with coordinates are on the map; those without are still "
                            "listed."
                        ),
                        "sql": MAP_SQL,
                    },
                },
            }
        },
    }
