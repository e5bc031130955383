"""The briefing's words, Indonesian and English: one catalogue, looked up by key.

Kept in one place so the project's i18n catalogue can take them over whole.
"""

from __future__ import annotations

CATALOGUE: dict[str, dict[str, str]] = {
    "title": {"id": "Kerja Sama Internasional", "en": "International Cooperation"},
    "subtitle": {"id": "Ringkasan dari registri kerja sama", "en": "Briefing from the registry"},
    "generated": {"id": "Dibuat", "en": "Generated"},
    "filters": {"id": "Saringan", "en": "Filters"},
    "no_filters": {"id": "semua catatan", "en": "all records"},
    "headline": {"id": "Angka utama", "en": "Headline figures"},
    "records": {"id": "catatan", "en": "records"},
    "agreements": {"id": "perjanjian", "en": "agreements"},
    "events": {"id": "kegiatan", "en": "events"},
    "partners": {"id": "mitra", "en": "partners"},
    "countries": {"id": "negara", "en": "countries"},
    "reported": {"id": "Dilaporkan vs tercatat", "en": "Reported vs recorded"},
    "reported_note": {
        "id": "Angka yang dilaporkan biro di samping hitungan registri untuk periode yang sama.",
        "en": "Figures the bureau reported beside the registry's own count for the same period.",
    },
    "figure": {"id": "Angka", "en": "Figure"},
    "period": {"id": "Periode", "en": "Period"},
    "reported_col": {"id": "Dilaporkan", "en": "Reported"},
    "recorded_col": {"id": "Tercatat", "en": "Recorded"},
    "not_comparable": {"id": "tidak sebanding", "en": "not comparable"},
    "source": {"id": "Sumber", "en": "Source"},
    "sources": {"id": "Sumber", "en": "Sources"},
    "no_source": {"id": "tanpa sumber", "en": "no source"},
    "none": {"id": "Tidak ada.", "en": "None."},
    "map": {"id": "Peta mitra", "en": "Map of partners"},
    "map_note": {
        "id": "Negara diarsir menurut jumlah mitra.",
        "en": "Countries shaded by number of partners.",
    },
    "country": {"id": "Negara", "en": "Country"},
    "no_country": {"id": "tanpa negara", "en": "no country"},
    "per_year": {"id": "Perjanjian per tahun menurut jenis", "en": "Agreements per year by type"},
    "per_year_note": {
        "id": "Hanya perjanjian yang tahunnya diketahui; {n} lainnya tanpa tahun pasti.",
        "en": "Agreements with a known year only; {n} more have no exact year.",
    },
    "governors": {"id": "Per gubernur", "en": "Per governor"},
    "governor": {"id": "Gubernur", "en": "Governor"},
    "term": {"id": "Masa jabatan", "en": "Term"},
    "in_office": {"id": "sekarang", "en": "in office"},
    "timeline": {"id": "Lini masa", "en": "Timeline"},
    "date": {"id": "Tanggal", "en": "Date"},
    "type": {"id": "Jenis", "en": "Type"},
    "partner": {"id": "Mitra", "en": "Partner"},
    "title_col": {"id": "Judul", "en": "Title"},
    "signatories": {"id": "Penanda tangan", "en": "Signatories"},
    "empty": {"id": "Tidak ada catatan yang cocok.", "en": "No matching records."},
    "summary_note": {
        "id": "{n} catatan: terlalu banyak untuk dicantumkan satu per satu. Di bawah ini "
        "{recent} catatan terbaru, mitra dengan catatan terbanyak dan jumlah per tahun. Lini "
        "masa lengkap: kerjasama report --full-timeline (sekitar {mb} MB, {s} detik).",
        "en": "{n} records: too many to list one by one. Below are the {recent} most recent, "
        "the partners with the most records and the counts per year. The full timeline: "
        "kerjasama report --full-timeline (about {mb} MB, {s} seconds).",
    },
    "recent": {"id": "Catatan terbaru", "en": "Most recent records"},
    "largest": {"id": "Mitra dengan catatan terbanyak", "en": "Partners with the most records"},
    "by_year": {"id": "Catatan per tahun", "en": "Records per year"},
    "year": {"id": "Tahun", "en": "Year"},
    "no_year": {"id": "tanpa tahun pasti", "en": "no exact year"},
}

# Record types, for the chart's legend and the timeline.
TYPES: dict[str, dict[str, str]] = {
    "sister_city": {"id": "kota kembar", "en": "sister city"},
    "loi": {"id": "LoI", "en": "LoI"},
    "mou": {"id": "MoU", "en": "MoU"},
    "agreement": {"id": "PKS", "en": "agreement"},
    "programme": {"id": "program", "en": "programme"},
    "visit": {"id": "kunjungan", "en": "visit"},
    "meeting": {"id": "pertemuan", "en": "meeting"},
    "office_opening": {"id": "pembukaan kantor", "en": "office opening"},
    "renewal": {"id": "perpanjangan", "en": "renewal"},
    "invitation": {"id": "undangan", "en": "invitation"},
    "other": {"id": "lainnya", "en": "other"},
}


def text(key: str, lang: str) -> str:
    """The catalogue's word for `key` in `lang` (English when a language lacks it)."""
    entry = CATALOGUE[key]
    return entry.get(lang) or entry["en"]


def type_label(slug: str | None, lang: str) -> str:
    """A record type as readers say it (`MoU`, `kota kembar`); unknown slugs as they are."""
    if not slug:
        return ""
    entry = TYPES.get(slug)
    return (entry.get(lang) or entry["en"]) if entry else slug.replace("_", " ")
