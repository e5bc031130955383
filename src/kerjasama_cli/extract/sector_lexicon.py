"""Everyday Indonesian and English words for each sector, beyond its name and the corpus's forms.

vocab.SECTORS holds the words people type for a sector, and sector_vocabulary.py the forms the
labelled corpus showed. Both were gathered from text already read, so an article that names a
field with another common word ("perguruan tinggi", "kedokteran", "medical", "railways") drafted
no sector. These lists are written from the two languages themselves (issue 23, i40b:
not from any batch's misses): a field's usual nouns and their inflected forms (ke-/-an, per-/-an,
plurals), its common abbreviations, and the English words an Indonesian outlet writes.

A word is listed only when, inside a frame ("kerja sama di bidang ...", "cooperation in ..."),
it names that one field and no other: "kepemudaan", "industri", "UMKM" (small business),
"koperasi" or "kehutanan" name fields the registry has no code for and are left out, not
folded into the nearest code (measured: drafted as `economy`, industry, small business and
"bisnis" gave 48 wrong values over real1-29 for 1 right; "pertanian" and "perikanan" were left
out too until agriculture, fisheries and maritime got codes at stop 39); "sosial", "SDM",
"infrastruktur", "pelayanan publik" or "research" could be any of several and are left out too,
and so are the people of a field ("investor", "pekerja") and its things ("listrik") beside the
field's own name ("kelistrikan"). Whether a word in a sentence names a field at all is still
sector_words.py's and sector_frames.py's to decide.

Some words of a field were measured and left out because the corpus's labellers draw the field's
edge elsewhere, article by article (over real1-real29): "penerbangan"/"aviation" (direct flights
are the route two places open, not a field they cooperate in), "ekspor"/"export" (what trade is
hoped to bring), "vokasi"/"vocational", "kampus", "heritage", "konservasi" and "ports".
"""

from __future__ import annotations

PROSE_WORDS: dict[str, tuple[str, ...]] = {
    "trade": (
        "perniagaan",
        "niaga",
        "trading",
    ),
    "investment": ("penanaman modal asing",),
    "culture": (
        "seni",
        "arts",
        "warisan budaya",
        "cagar budaya",
        "musik",
        "music",
        "cultures",
    ),
    "tourism": (
        "turis",
        "turisme",
        "tourists",
        "ekowisata",
        "ecotourism",
        "perhotelan",
        "hospitality",
    ),
    "education": (
        "edukasi",
        "universitas",
        "university",
        "universities",
        "perguruan tinggi",
        "akademik",
        "academic",
        "school",
        "guru",
        "teachers",
        "dosen",
        "lecturers",
    ),
    "health": (
        "medis",
        "medical",
        "kedokteran",
        "medicine",
        "farmasi",
        "pharmaceutical",
        "pharmaceuticals",
        "gizi",
        "nutrition",
    ),
    "technology": (
        "digitalisasi",
        "digitalization",
        "digitalisation",
        "ilmu pengetahuan",
        "science",
        "sciences",
        "sains",
        "ICT",
        "teknologi informasi",
    ),
    "sports": ("keolahragaan", "sepakbola"),
    "environment": (
        "keanekaragaman hayati",
        "biodiversity",
        "pencemaran",
        "pollution",
        "ekologi",
        "ecology",
        "ecological",
    ),
    "flood_management": ("drainase", "drainage"),
    "waste": ("persampahan", "garbage", "rubbish"),
    "transport": (
        "angkutan",
        "perkeretaapian",
        "kereta api",
        "railway",
        "railways",
        "lalu lintas",
        "traffic",
        "mobilitas",
    ),
    "energy": (
        "kelistrikan",
        "ketenagalistrikan",
        "electricity",
        "panas bumi",
        "geothermal",
    ),
    "urban_planning": ("perumahan", "housing", "permukiman"),
    "civil_service": ("kepegawaian", "PNS"),
    "student_exchange": ("exchange students", "exchange student", "student mobility"),
    "labour": (
        "employment",
        "manpower",
        "lapangan kerja",
        "lapangan pekerjaan",
        "kesempatan kerja",
    ),
    "climate": ("pemanasan global", "global warming"),
    "governance": ("e-government",),
    "finance": ("perbankan", "banking"),
    "logistics": ("rantai pasok", "supply chain", "supply chains"),
}
# Acronyms match in capitals only ("ICT", "PNS": not the letters inside another word).
CAPITALS_ONLY = {word.lower(): word for word in ("ASN", "ICT", "PNS")}

__all__ = ["CAPITALS_ONLY", "PROSE_WORDS"]
