"""Sector words in prose: vocab.SECTORS plus the inflections news writes, as one pattern.

The sector modules (sector_words.py, sector_frames.py) decide which of these words name a field
of a cooperation; this module only finds them.
"""

from __future__ import annotations

import functools
import re

from kerjasama_cli.domain import vocab
from kerjasama_cli.extract.sector_lexicon import CAPITALS_ONLY, PROSE_WORDS

# Prose inflections of sector names, on top of vocab.SECTORS.
_SECTOR_EXTRA: dict[str, tuple[str, ...]] = {
    "trade": ("trade", "commerce", "dagang"),
    # "kegiatan dunia usaha", "the business world development": the corpus's economy
    "economy": (
        "economy",
        "economic",
        "perekonomian",
        "pertumbuhan ekonomi",
        "dunia usaha",
        "business world",
    ),
    "investment": ("investment", "investments", "penanaman modal"),
    "culture": ("culture", "cultural", "kultural", "kesenian", "seni budaya"),
    "tourism": ("tourism", "tourist", "wisatawan", "kepariwisataan"),
    "education": ("education", "educational", "sekolah", "schools"),
    "health": (
        "health",
        "healthcare",
        "kesehatan masyarakat",
        "rumah sakit",
        "hospital",
        "hospitals",
    ),
    # ("smart city" is a partner's feature or a programme's name in the corpus, never labelled
    # a field of its own: "smart city technology" still names technology)
    "technology": ("technology", "technologies", "digital", "iptek"),
    "sports": ("sports", "olahraga", "football", "sepak bola"),
    "environment": (
        "water quality",
        "kualitas air",
        "environment",
        "environmental",
        "lingkungan",
        "urban forest",
        "hutan kota",
        "penghijauan",
        "greening",
        "tree canopy",
        "restorasi sungai",
        "river restoration",
        "ruang terbuka hijau",
        "green space",
        "green spaces",
        "air quality",
        "kualitas udara",
    ),
    "flood_management": (
        "flood control",
        "flood prevention",
        "penanggulangan banjir",
        "pengendalian banjir",
    ),
    "waste": ("waste", "limbah", "pengolahan sampah", "recycling", "daur ulang"),
    "transport": (
        "transport",
        "public transport",
        "transportasi publik",
        "transportasi umum",
        "angkutan umum",
        "mass transit",
        "transit",
        # "kerja sama ekonomi dan konektivitas": links by land and air, the corpus's transport
        "konektivitas",
        "connectivity",
        # urban transport is transport, not urban planning
        "transportasi perkotaan",
        "urban transport",
        # the Indonesian government's word for it (Dinas/Kementerian Perhubungan)
        "perhubungan",
    ),
    "energy": ("energy", "renewable energy", "energi terbarukan"),
    "urban_planning": (
        "penataan kawasan",
        "pengelolaan kota",  # city management
        "urban planning",
        "urban planners",
        "urban planner",
        "penataan kota",
        "perencanaan kota",
        "tata ruang",
        "spatial planning",
        "urban spatial planning",
        "city planning",
        "pembangunan perkotaan",
        "urban development",
        "urban and regional development",
        # "bidang perkotaan", "perencanaan perkotaan", "the urban areas management": urban
        # affairs as a field are the corpus's urban planning
        "perkotaan",
        "urban areas management",
        "management urban areas",
        "urban management",
        "urban affairs",
    ),
    "civil_service": (
        "ASN",
        "civil servant",
        "civil servants",
        "civil service",
        "aparatur",
        "pegawai negeri",
    ),
    "student_exchange": (
        "student exchange",
        "student exchanges",
        "pertukaran pelajar",
        "pertukaran mahasiswa",
        "pertukaran siswa",
        "study exchange",
        "study exchanges",
    ),
    "labour": ("tenaga kerja", "labour", "labor", "pekerja migran", "workers"),
    "friendship": ("persahabatan", "friendship"),
    "sustainable_development": (
        "pembangunan berkelanjutan",
        "sustainable development",
        "berkelanjutan",
        "sustainable",
    ),
    "innovation": ("inovasi", "innovation"),
    "green_building": ("gedung hijau", "green building", "green buildings", "bangunan hijau"),
    "climate": (
        "perubahan iklim",
        "climate",
        "dekarbonisasi",
        "decarbonisation",
        "decarbonization",
        "emisi",
        "emission",
        "emissions",
        "net zero",
        "rendah karbon",
        "low-carbon",
        "low carbon",
    ),
    # "pengembangan kapasitas pemerintahan", "government management"
    "governance": (
        "tata kelola",
        "governance",
        "kapasitas pemerintahan",
        "tata pemerintahan",
        "government management",
    ),
    "finance": ("keuangan", "finance", "financial", "finansial"),
    "logistics": ("logistik", "logistics", "logistic", "pelabuhan", "port"),
    "scholarship": ("beasiswa", "scholarship", "scholarships"),
    "social_welfare": (
        "kesejahteraan masyarakat",
        "kesejahteraan sosial",
        "social welfare",
        "public welfare",
    ),
    # The fields added at stop 39 (issue 23), in the forms the corpus writes them: farming with
    # its estate crops, livestock and horticulture ("pertanian, perkebunan, dan peternakan",
    # "agro-industry", "animal husbandry"); fish farming as fisheries ("budi daya perikanan",
    # "aquaculture"); the sea as maritime ("kelautan", "maritime sector").
    "agriculture": (
        "agriculture",
        "agricultural",
        "agroindustri",
        "agro-industri",
        "agro-industry",
        "agroindustry",
        "hortikultura",
        "horticulture",
        "livestock",
        "animal husbandry",
        "plantation",
        "plantations",
    ),
    "fisheries": (
        "fisheries",
        "fishery",
        "aquaculture",
        "aqua culture",
        "budi daya perikanan",
        "budidaya perikanan",
        "perikanan budidaya",
    ),
    "maritime": ("maritime", "maritim", "kemaritiman", "kelautan"),
}


def _fold(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


@functools.lru_cache(maxsize=1)
def _sector_index() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every sector synonym (longest first) and folded synonym -> code."""
    codes: dict[str, str] = {}
    for code, words in vocab.SECTORS.items():
        for word in (*words, *_SECTOR_EXTRA.get(code, ()), *PROSE_WORDS.get(code, ())):
            if word != "pks":
                codes.setdefault(_fold(word), code)
    words = sorted(codes, key=len, reverse=True)
    parts = [
        f"(?-i:{CAPITALS_ONLY[w]})"
        if w in CAPITALS_ONLY
        else re.escape(w).replace(r"\ ", r"[\s-]+")
        for w in words
    ]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I), codes


def sector_matches(
    sentence: str, skip: list[tuple[int, int]] | None = None
) -> list[tuple[str, int, int]]:
    """(code, start, end) of every sector word in a sentence outside the `skip` spans."""
    pattern, codes = _sector_index()
    spans = skip or []
    found = []
    for m in pattern.finditer(sentence):
        code = codes.get(_fold(m.group(0)))
        if code and not any(m.start() < e and m.end() > s for s, e in spans):
            found.append((code, m.start(), m.end()))
    return found
