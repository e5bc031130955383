"""Datasette metadata for the registry: what a visitor reads beside the data.

Column descriptions are bilingual (Indonesian, then English) because the registry's readers are
the bureau's staff and foreign partners and researchers alike.
"""

from __future__ import annotations

from typing import Any

from kerjasama_cli.store.browse import CANNED, VIEW

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


def build(database: str) -> dict[str, Any]:
    """The metadata for a registry served under the database name `database`."""
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "databases": {
            database: {
                "description": DESCRIPTION,
                "tables": {
                    VIEW: {
                        "title": "Catatan kerja sama / Cooperation records",
                        "description": "Satu baris per catatan. Cari, saring dengan facet. / "
                        "One row per record: search it, narrow it with the facets.",
                        "facets": FACETS,
                        "fts_table": "search_index",
                        "fts_pk": "id",
                        "columns": COLUMNS,
                        "size": 50,
                    },
                },
                "queries": {
                    name: {"title": title, "sql": sql} for name, (title, sql) in CANNED.items()
                },
            }
        },
    }
