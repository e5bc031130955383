"""Words that name record types, sectors, titles and international organisations.

Types follow the registry's vocabulary (domain/vocab.py): the words below are how Indonesian and
English news write them. Sectors reuse vocab.SECTORS and add the inflections prose uses.
"""

from __future__ import annotations

import functools
import re

from kerjasama_cli.domain import vocab

# (type, pattern), most specific first: "LoI kemitraan sister city" is an LoI, "Nota Kesepahaman
# kerja sama kota bersahabat" an MoU, "sister city agreement" a sister-city agreement.
TYPE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "loi",
        re.compile(
            r"\bletters? of intent\b|\bLOI\b|\bLoI\b|\bsurat minat\b|"
            r"(?:surat )?pernyataan (?:kehendak|minat|keinginan)|"
            r"\b(?:protocol|statement|declaration) of intent(?:ion)?\b",
            re.I,
        ),
    ),
    (
        "mou",
        re.compile(
            r"\bmemorand(?:um|a) of (?:understanding|cooperation)\b|\bMOU\b|\bMoU\b|\bMoC\b|"
            r"nota kesepahaman|nota "
            r"kesepakatan|memorandum saling pengertian|"
            # "menandatangani empat kesepahaman kerja sama Sister Province", "kesepahaman MoU"
            r"\bkesepahaman\s+(?=kerja ?sama\b|MoU\b)",
            re.I,
        ),
    ),
    (
        "agreement",
        re.compile(
            r"perjanjian kerja ?sama|\bPKS\b|minutes of agreement|cooperation agreement|me"
            r"morandum of agreement|\bMoA\b|kesepakatan bersama|perjanjian",
            re.I,
        ),
    ),
    (
        "sister_city",
        re.compile(
            r"\bsister[- ]?(?:cit(?:y|ies)|provinces?|states?|prefectures?|relationships?|t"
            r"ies)\b|kota (?:kembar|bersaudara|bersahabat|kembaran)|provinsi (?:kembar|ber"
            r"saudara|bersahabat)|saudara kembar|\btwin(?:ned)? cit(?:y|ies)\b|\btwinning\b|"
            # "were formally twinned": the tie made, told by its verb
            r"\btwinned\b|"
            r"friendship[- "
            r"]cit(?:y|ies)|\bsister\b",
            re.I,
        ),
    ),
    # The bare English word: weaker than "sister city" ("a sister city agreement").
    ("agreement_word", re.compile(r"\bagreements?\b", re.I)),
    (
        "programme",
        re.compile(
            r"\bprogram(?:me)?s?\b|\bmagang\b|\binternships?\b|\btraining\b|\bpelatihan\b", re.I
        ),
    ),
    (
        "office_opening",
        re.compile(
            r"pembukaan kantor|kantor (?:perwakilan|promosi|dagang)|(?:representative|trad"
            r"e|promotion) office|office opening|opened (?:an? |its )?(?:\w+ )?office|mere"
            r"smikan kantor",
            re.I,
        ),
    ),
    (
        "visit",
        re.compile(
            r"\bkunjungan\b|\bberkunjung\b|\bmengunjungi\b|\bdikunjungi\b|\blawatan\b|\bkedatangan\b|"
            r"\bmenyambangi\b|\bdisambangi\b|\bbertandang\b|"
            # a trip told by its own words: "studi banding ke Kota Toyooka", "a working trip
            # to Toyooka", "arrived in Bontang", "tiba di Bontang"
            r"\bstudi banding\b|\b(?:working |official |study |business )?trips? to\b|"
            r"\barrived in\b|\btiba di\b|"
            r"\bkehadiran\b|\brombongan\b|\bdatang (?:langsung )?ke\b|\bvi"
            r"sit(?:s|ed|ing)?\b|\bdelegasi\b|\bdelegations?\b|courtesy call|\bmenerima ro"
            r"mbongan\b|\b(?:diterima|disambut)\s+(?:langsung\s+)?(?:oleh\s+)?(?:(?:Pj|Plt|Penjab"
            r"at|Wakil)\.?\s+)?(?:Wali\s?[Kk]ota|Walikota|Bupati|Gubernur)\b|\breceived by (?:the "
            r")?(?:Mayor|Governor|Regent|Lord Mayor)\b",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(
            # "met with unanimous approval": a reception of an idea, no meeting
            r"\bpertemuan\b|\bbertemu\b|\brapat\b|\baudiensi\b|\bmeetings?\b|"
            r"\bmet\b(?!\s+with\s+(?:\w+\s+)?(?:approval|support|criticism|resistance|"
            r"opposition|applause|enthusiasm|success|praise))|\btalks\b|\b(?:ber)?tatap muka\b|"
            r"\bmemenuhi undangan\b|"
            # talks at a distance: "a teleconference", "konferensi video", "vidcon"
            r"\b(?:tele|video[- ]?)conferenc\w*|\bvideo calls?\b|\bkonferensi video\b|"
            r"\btelekonferensi\b|\bvi(?:d)?con\b",
            re.I,
        ),
    ),
    (
        "membership",
        re.compile(
            # "anggota delegasinya", "members of the delegation": people, not a membership
            r"\banggota\b(?!\s+(?:delegasi|rombongan|tim|DPRD|dewan|keluarga))|\bkeanggotaan\b|"
            r"\bbergabung\b|\bmembers?(?:hip)?\b(?!\s+of\s+(?:the\s+)?(?:delegation|team|"
            r"council|family))|\bjoin(?:ed|s)?\b",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            r"kerja ?sama|bekerja ?sama|kerjasama|bekerjasama|\bkesepakatan\b|\bkolaborasi\b|"
            r"\bberkolaborasi\b|\bbersinergi\b|\bkemitraan\b|\bmitra\b|\bcooperat\w*|\bco-operat\w*|\bc"
            r"ollaborat\w*|\bpartner(?:ship)?s?\b|\bties\b|\brelations\b|\bhubungan\b|\bme"
            r"nggandeng\b|\bgandeng\b|\bwork(?:ed|s|ing)? (?:closely )?with\b|\bbekerja dengan\b",
            re.I,
        ),
    ),
]
DOCUMENT_TYPES = ("loi", "mou", "agreement", "sister_city", "agreement_word")
AGREEMENT_CLASS = (
    "loi",
    "mou",
    "agreement",
    "sister_city",
    "agreement_word",
    "programme",
    "membership",
    "other",
)
EVENT_CLASS = ("visit", "meeting", "office_opening")
RANK = {
    t: i
    for i, t in enumerate(
        (
            "loi",
            "mou",
            "agreement",
            "sister_city",
            "agreement_word",
            "programme",
            "office_opening",
            "visit",
            "meeting",
            "membership",
            "other",
        )
    )
}

SIGNING = re.compile(
    r"penandatangan|ditandatangani|menandatang\w*|\b(?:di|me)nanda\s+tangan\w*|\btandatangan|"
    r"\bsign(?:ed|ing|s)?\b|\bin"
    r"ked\b|signing ceremony|\b(?:di|me|men)?teken\b|\bmeneken\b",
    re.I,
)

# Organisations without a country: (pattern, canonical name).
ORGANISATIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bC40(?: Cities(?: Climate Leadership Group)?)?\b"), "C40"),
    (re.compile(r"\bICLEI\b(?:\s*[-–]\s*Local Governments for Sustainability)?"), "ICLEI"),
    (re.compile(r"\bCity[Nn]et\b|\bCITYNET\b"), "CityNet"),
    (re.compile(r"\bUCLG(?: ASPAC)?\b|United Cities and Local Governments"), "UCLG"),
    (re.compile(r"\bUN[- ]Habitat\b"), "UN-Habitat"),
    (re.compile(r"\bMetropolis\b"), "Metropolis"),
    (re.compile(r"ASEAN Smart Cities Network|\bASCN\b"), "ASEAN Smart Cities Network"),
    (re.compile(r"\bUNESCO\b"), "UNESCO"),
    (re.compile(r"\bUNICEF\b"), "UNICEF"),
    (re.compile(r"\bUNDP\b"), "UNDP"),
    (re.compile(r"World Bank|Bank Dunia"), "World Bank"),
    (re.compile(r"Asian Development Bank|\bADB\b"), "Asian Development Bank"),
    (re.compile(r"\bJICA\b"), "JICA"),
    (re.compile(r"\bKOICA\b"), "KOICA"),
    (re.compile(r"\bGIZ\b"), "GIZ"),
    (re.compile(r"\bUSAID\b"), "USAID"),
    (re.compile(r"Bloomberg Philanthropies"), "Bloomberg Philanthropies"),
    (re.compile(r"World Health Organi[sz]ation|\bWHO\b"), "World Health Organization"),
    (re.compile(r"Global Covenant of Mayors"), "Global Covenant of Mayors"),
    (re.compile(r"\bLatA-?Pac\b|Asia-Pacific City Summit"), "Asia-Pacific City Summit"),
]
# A named institution: a capitalised name ending (or starting) with one of these words.
INSTITUTION = re.compile(
    r"\b(?:University|Institute|College|Academy|Museum) of [A-Z][\w'’-]*"
    r"|\b(?:[A-Z][\w'’&.-]*\s+)(?:(?:[A-Z][\w'’&.-]*|of|for|and|the|de)\s+){0,5}"
    r"(?:University|Academy|Institute|College|School|Hospital|Foundation|Museum|Chamber of"
    r" Commerce)\b"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*)?"
    r"|\b(?:Universitas|Universiti|Institut|Akademi|Yayasan)\s+(?:[A-Z][\w'’.-]*\s*){1,5}"
)

# Titles of heads of government and officials, longest first.
TITLES = [
    "Penjabat (Pj) Gubernur",
    "Penjabat Gubernur",
    "Pelaksana Tugas (Plt) Gubernur",
    "Pj. Gubernur",
    "Pj Gubernur",
    "Plt. Gubernur",
    "Plt Gubernur",
    "Plh Gubernur",
    "Wakil Gubernur",
    "Wagub",
    "Gubernur",
    "Wakil Wali Kota",
    "Wali Kota",
    "Walikota",
    "Wali kota",
    "Pj Wali Kota",
    "Bupati",
    "Wakil Bupati",
    # Aceh's customary head under its special autonomy, who signs for the province.
    "Wali Nanggroe",
    "Acting Governor",
    "Vice Governor",
    "Deputy Governor",
    "Governor",
    "Deputy Mayor",
    "Vice Mayor",
    "Lord Mayor",
    "Mayor",
    "Chief Executive",
    "Sekretaris Daerah",
    "Sekda",
    "Duta Besar",
    "Ambassador",
    "Konsul Jenderal",
    "Ketua Komite Rakyat",
    "Wakil Rektor",
    "Rektor",
    "Rector",
    "Deputy Vice-Chancellor",
    "Vice-Chancellor",
    "Vice Chancellor",
    "Deputy Premier",
    "Premier",
    "Deputy Chief Minister",
    "Chief Minister",
    # The heads of Malaysian states in Malay: a Menteri Besar (the peninsular sultanates), a
    # Ketua Menteri (Melaka, Penang, Sabah) and their deputies ("Timbalan").
    "Timbalan Menteri Besar",
    "Menteri Besar",
    "Timbalan Ketua Menteri",
    "Wakil Ketua Menteri",
    "Ketua Menteri",
    "State Secretary",
    "Party Secretary",
    "Prefect",
    "Chairman of the People's Committee",
    "Consul General",
    # Abbreviations Indonesian news uses ("Wako Kawasaki Norisiko Fukada") and Malaysian
    # municipal heads ("Presiden Majelis Perbandaran Tawau, Tuan Alijus Mohammad Ali").
    "Wako",
    "Presiden Majelis Perbandaran",
    "Yang Dipertua Majelis Perbandaran",
    "Yang Dipertua Majlis Perbandaran",  # the Malaysian spelling
    "Presiden Majlis Perbandaran",
    "President of the Municipal Council",
]

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
}


def _fold(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


@functools.lru_cache(maxsize=1)
def _sector_index() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every sector synonym (longest first) and folded synonym -> code."""
    codes: dict[str, str] = {}
    for code, words in vocab.SECTORS.items():
        for word in (*words, *_SECTOR_EXTRA.get(code, ())):
            if word != "pks":
                codes.setdefault(_fold(word), code)
    words = sorted(codes, key=len, reverse=True)
    parts = ["(?-i:ASN)" if w == "asn" else re.escape(w).replace(r"\ ", r"[\s-]+") for w in words]
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


LAUNCH = re.compile(
    r"peluncuran|meluncurkan|diluncurkan|\blaunch(?:ed|es|ing)?\b|meresmikan|diresmikan|peresmian|"
    r"\binaugurat\w*",
    re.I,
)
_NEGATION = re.compile(
    r"(?:\btidak\b|\bbelum\b|\bbukan\b|\btanpa\b|\bnot\b|\bno\b|\bnever\b|\bwithout\b|"
    r"n't\b)[^.,;]{0,25}$",
    re.I,
)


def find_types(sentence: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every type word in a sentence; overlapping words count once, and
    a denied one ("did not produce a new agreement", "tidak disertai penandatanganan") none."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, int, int]] = []
    for rtype, pattern in TYPE_PATTERNS:
        for m in pattern.finditer(sentence):
            a, b = m.span()
            if any(a < e and b > s for s, e in taken):
                continue
            taken.append((a, b))
            if not _NEGATION.search(sentence[max(0, a - 40) : a]):
                found.append((rtype, a, b))
    found.sort(key=lambda t: t[1])
    return found
