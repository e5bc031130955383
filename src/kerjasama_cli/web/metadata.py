"""Datasette metadata for the registry: what a visitor reads beside the data.

Column descriptions are bilingual (Indonesian, then English) because the registry's readers are
the bureau's staff and foreign partners and researchers alike.
"""

from __future__ import annotations

from typing import Any

from kerjasama_cli.store.browse import CANNED, MAP_SQL, MAP_VIEW, VIEW

TITLE = "Registri Kerja Sama Internasional / International Cooperation Registry"
DESCRIPTION = (
    "Kerja sama luar negeri pemerintah daerah: kota kembar, LoI, MoU, perjanjian, program dan "
    "kunjungan, siapa yang menandatangani, dan sumbernya. Hanya-baca. / A local government's "
    "international cooperation: sister cities, LoIs, MoUs, agreements, programmes and visits, "
    "who signed them, and the sources. Read-only."
)

COLUMNS = {
    "id": "Nomor catatan / Record number (as in `kerjasama show ID`)",
    "key": "Kunci tetap catatan / Stable record key",
    "kind": "Perjanjian atau kegiatan / agreement or event",
    "type": "Jenis: sister_city, loi, mou, agreement, programme, visit... / Record type",
    "partner": "Mitra (kota, provinsi, lembaga) / Partner (city, province, institution)",
    "partner_kind": "Jenis mitra / Kind of partner (city, province, organisation...)",
    "country": "Negara mitra, kode ISO 3166-1 / Partner's country, ISO 3166-1 code",
    "region": "Wilayah mitra, kode ISO 3166-2 / Partner's region, ISO 3166-2 code",
    "date": "Tanggal sesuai ketelitiannya (2025, 2025-08, 'by 2015-05-12') / Date at its precision",
    "date_precision": "Ketelitian tanggal: day, month, year, range, by, unknown / Date precision",
    "year": "Tahun (kosong bila tidak pasti) / Calendar year (empty when not certain)",
    "date_start": "Hari paling awal yang mungkin / Earliest possible day",
    "date_end": "Hari paling akhir yang mungkin / Latest possible day",
    "governor": "Gubernur yang menjabat, atau alasan tidak diketahui / "
    "Governor in office, or why it is not known",
    "sectors": "Bidang kerja sama / Sectors of cooperation",
    "status": "Status, tertulis atau diturunkan / Status, stated or derived",
    "valid_until": "Berlaku sampai / Valid until (agreements)",
    "title": "Judul dokumen atau kegiatan / Title of the document or event",
    "signatories": "Penanda tangan atau peserta / Signatories or participants",
    "sources": "Sumber yang dikutip / Sources cited",
    "summary": "Ringkasan / Summary",
    "place": "Tempat / Place",
    "local_party": "Pihak daerah / Local party (the home government)",
}

FACETS = ["country", "type", "governor", "year"]

MAP_COLUMNS = {
    "id": "Nomor mitra / Partner number",
    "partner": "Mitra / Partner",
    "kind": "Jenis mitra / Kind of partner",
    "country": "Negara, kode ISO 3166-1 / Country, ISO 3166-1 code",
    "region": "Wilayah, kode ISO 3166-2 / Region, ISO 3166-2 code",
    "latitude": "Lintang, dari gazetir atau `partners edit --lat` / Latitude, from the gazetteer "
    "or `partners edit --lat`",
    "longitude": "Bujur / Longitude",
    "records": "Jumlah catatan / Number of records",
    "agreements": "Jumlah perjanjian / Number of agreements",
    "events": "Jumlah kegiatan / Number of events",
    "types": "Jenis catatan / Record types",
    "first_date": "Catatan pertama / First record",
    "last_date": "Catatan terakhir / Last record",
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


def build(database: str, tiles: str = "offline") -> dict[str, Any]:
    """The metadata for a registry served under the database name `database`; `tiles` is
    "offline" (the project's own base map) or "osm" (OpenStreetMap's, needs the network)."""
    osm = tiles == "osm"
    cluster_map = {
        "latitude_column": "latitude",
        "longitude_column": "longitude",
        "tile_layer": OSM_TILE_URL if osm else TILE_URL,
        "tile_layer_options": OSM_TILE_OPTIONS if osm else TILE_OPTIONS,
    }
    queries: dict[str, Any] = {
        name: {"title": title, "sql": sql} for name, (title, sql) in CANNED.items()
    }
    queries[MAP_VIEW] = {
        "title": "Peta mitra / Map of partners",
        "description": "Mitra dengan koordinat tampil di peta (tersimpan, atau dari gazetir "
        "luring); yang tanpa koordinat tetap terdaftar. / Partners with coordinates are on the "
        "map (stored, or from the offline gazetteer); those without are still listed. "
        + "; ".join(f"{name}: {text}" for name, text in MAP_COLUMNS.items()),
        "sql": MAP_SQL,
    }
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "databases": {
            database: {
                "description": DESCRIPTION,
                # The map is a canned query, and the cluster-map plugin reads a query's
                # settings from its database's.
                "plugins": {"datasette-cluster-map": cluster_map},
                "tables": {
                    VIEW: {
                        "title": "Catatan kerja sama / Cooperation records",
                        "description": "Satu baris per catatan, terbaru dulu. Cari, saring "
                        "dengan facet. / One row per record, the newest first: search it, "
                        "narrow it with the facets.",
                        "facets": FACETS,
                        "fts_table": "search_index",
                        "fts_pk": "id",
                        "columns": COLUMNS,
                        "size": 50,
                        # By id, the view's own row order (browse_facets' rowid): no sort.
                        "sort_desc": "id",
                    },
                },
                "queries": queries,
            }
        },
    }
