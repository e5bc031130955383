"""Controlled vocabularies: record types, partner kinds, statuses and sectors.

Each vocabulary maps a canonical slug to the words people actually type for it, in English and
Indonesian, so `--sector banjir` and `--sector "flood management"` land on the same value.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping

from kerjasama_cli.domain.errors import ValidationError

AGREEMENT_TYPES: Mapping[str, tuple[str, ...]] = {
    "sister_city": (
        "sister city",
        "sister province",
        "kota kembar",
        "kota bersahabat",
        "provinsi kembar",
        "provinsi bersahabat",
        "kemitraan",
    ),
    "loi": ("letter of intent", "surat pernyataan kehendak"),
    "mou": ("memorandum of understanding", "nota kesepahaman"),
    "agreement": ("cooperation agreement", "perjanjian kerja sama", "pks", "perjanjian"),
    "programme": ("program", "programme", "program kerja sama"),
    "other": ("lainnya", "lain"),
}

EVENT_TYPES: Mapping[str, tuple[str, ...]] = {
    "visit": ("kunjungan", "kunjungan kerja", "kunker"),
    "meeting": ("pertemuan", "rapat"),
    "office_opening": ("office opening", "pembukaan kantor"),
    "renewal": ("perpanjangan", "pembaruan"),
    "invitation": ("undangan",),
    "other": ("lainnya", "lain"),
}

# Record kinds: output calls agreements "documents" (dokumen), so those words are accepted too.
RECORD_KINDS: Mapping[str, tuple[str, ...]] = {
    "agreement": ("document", "documents", "dokumen", "perjanjian", "agreements"),
    "event": ("events", "kegiatan", "acara", "peristiwa"),
}

PARTNER_KINDS: Mapping[str, tuple[str, ...]] = {
    "city": ("kota", "municipality", "city hall"),
    "province": ("provinsi", "state", "prefecture", "negara bagian"),
    "region": ("wilayah", "kawasan", "daerah"),
    "country": ("negara", "nation"),
    "organisation": ("organization", "organisasi", "international organisation"),
    "institution": ("lembaga", "institusi", "university", "universitas", "school", "sekolah"),
}

STATUSES: Mapping[str, tuple[str, ...]] = {
    "proposed": ("diusulkan", "usulan", "rencana", "planned"),
    "active": ("aktif", "berlaku", "in force"),
    # "kadaluarsa": the spelling most sheets use (KBBI's is kedaluwarsa)
    "expired": (
        "kedaluwarsa",
        "kadaluarsa",
        "kadaluwarsa",
        "berakhir masa berlaku",
        "habis masa berlaku",
    ),
    "renewed": ("diperpanjang",),
    "ended": ("berakhir", "dihentikan", "terminated"),
    "superseded": ("digantikan",),
}

SECTORS: Mapping[str, tuple[str, ...]] = {
    "trade": ("perdagangan",),
    "economy": ("ekonomi", "economic"),
    "investment": ("investasi",),
    "culture": ("budaya", "kebudayaan", "cultural exchange", "pertukaran budaya"),
    "tourism": ("pariwisata", "wisata"),
    "education": ("pendidikan",),
    "health": ("kesehatan",),
    "technology": ("teknologi",),
    "sports": ("olahraga", "olah raga", "sport"),
    "environment": ("lingkungan", "lingkungan hidup"),
    "flood_management": ("banjir", "penanggulangan banjir", "flood", "floods", "flooding"),
    "waste": ("sampah", "pengelolaan sampah", "waste management"),
    "transport": ("transportasi", "transportation", "mobility"),
    "energy": ("energi",),
    "urban_planning": ("penataan kota", "tata kota", "urban development"),
    "civil_service": ("asn", "aparatur sipil negara", "civil servants"),
    "student_exchange": (
        "pertukaran pelajar",
        "pertukaran mahasiswa",
        "pertukaran pelajar dan mahasiswa",
    ),
    "labour": ("labor", "tenaga kerja", "ketenagakerjaan", "workforce"),
    "friendship": ("persahabatan",),
    "sustainable_development": ("pembangunan berkelanjutan", "sustainability"),
    "innovation": ("inovasi",),
    "green_building": ("gedung hijau",),
    "climate": ("iklim", "perubahan iklim", "climate change", "decarbonisation", "dekarbonisasi"),
    "governance": ("tata kelola", "tata kelola kota", "city governance"),
    "finance": ("keuangan", "financial"),
    "logistics": ("logistik",),
    "scholarship": ("beasiswa", "scholarships"),
    "social_welfare": (
        "kesejahteraan",
        "kesejahteraan masyarakat",
        "kesejahteraan sosial",  # the catalogue's word: what `export --lang id` writes
        "welfare",
    ),
    # Issue 23 (stop 39): the fields the corpus names most that had no code. Agriculture is the
    # ministry of agriculture's whole field, estate crops and livestock with food crops
    # (perkebunan, peternakan), and food security; fisheries (perikanan, aquaculture included)
    # and maritime (kelautan: the sea, coasts, shipping) are two codes, as "kelautan dan
    # perikanan" is one office but the corpus names fisheries three times as often alone.
    "agriculture": (
        "pertanian",
        "farming",
        "agricultural",
        "perkebunan",
        "peternakan",
        "agribisnis",
        "agribusiness",
        "ketahanan pangan",
        "food security",
    ),
    "fisheries": ("perikanan", "fishery", "aquaculture", "budi daya ikan", "budidaya ikan"),
    "maritime": ("kelautan", "kemaritiman", "maritim", "marine affairs"),
}


def fold(text: str) -> str:
    """Case-, accent- and separator-insensitive form used for matching."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_\-]+", " ", text).strip().lower()


# Indexes by the id of their vocabulary, kept with it: holding the vocabulary keeps its id from
# being reused by another (the registry's sector vocabularies come and go).
_INDEXES: dict[int, tuple[Mapping[str, tuple[str, ...]], dict[str, str]]] = {}


def _index(vocabulary: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    entry = _INDEXES.get(id(vocabulary))
    index = entry[1] if entry is not None and entry[0] is vocabulary else None
    if index is None:
        index = {}
        for slug, synonyms in vocabulary.items():
            index[fold(slug)] = slug
            for synonym in synonyms:
                index.setdefault(fold(synonym), slug)
        _INDEXES[id(vocabulary)] = (vocabulary, index)
    return index


def normalise(field: str, value: str, vocabulary: Mapping[str, tuple[str, ...]]) -> str:
    """Map what a user typed to the vocabulary's slug, or raise with suggestions."""
    index = _index(vocabulary)
    slug = index.get(fold(str(value)))
    if slug is not None:
        return slug
    close = difflib.get_close_matches(fold(str(value)), list(index), n=3, cutoff=0.7)
    suggestions = list(dict.fromkeys(index[c] for c in close))
    if suggestions:
        raise ValidationError(field, value, "unknown value", suggestions)
    raise ValidationError(field, value, "not one of {choices}", choices=", ".join(vocabulary))


def record_kind(field: str, text: str) -> str:
    """`agreement` or `event`, from any word for them (`document`, `dokumen`, `kegiatan`...)."""
    try:
        return normalise(field, text, RECORD_KINDS)
    except ValidationError:
        raise ValidationError(
            field, text, "must be 'agreement' (document, dokumen) or 'event' (kegiatan)"
        ) from None
