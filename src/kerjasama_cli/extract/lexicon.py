"""Words that name record types, signing and launching.

Types follow the registry's vocabulary (domain/vocab.py): the words below are how Indonesian and
English news write them. Sectors are sector_vocabulary.py's, titles titles.py's, organisations
organisations.py's.
"""

from __future__ import annotations

import re

# (type, pattern), most specific first: "LoI kemitraan sister city" is an LoI, "Nota Kesepahaman
# kerja sama kota bersahabat" an MoU, "sister city agreement" a sister-city agreement.
TYPE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "loi",
        re.compile(
            r"\bletters? of inten(?:t|tion)\b|\bletters? of interest\b|\bLOI\b|\bLoI\b|"
            r"\bsurat minat\b|"
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
            # the Indonesian forms beside "nota": "memorandum kesepahaman", "naskah
            # kesepahaman", "kesepahaman bersama" (the understanding both signed)
            r"\b(?:memorandum|naskah) kesepahaman\b|\bkesepahaman bersama\b|"
            # "menandatangani empat kesepahaman kerja sama Sister Province", "kesepahaman MoU"
            r"\bkesepahaman\s+(?=kerja ?sama\b|MoU\b)",
            re.I,
        ),
    ),
    (
        "agreement",
        re.compile(
            r"perjanjian kerja ?sama|\bPKS\b|minutes of agreement|cooperation agreement|me"
            r"morandum of agreement|\bMoA\b|kesepakatan bersama|perjanjian|"
            # the document that carries out an MoU's terms
            r"\bimplement(?:ing|ation) arrangements?\b",
            re.I,
        ),
    ),
    (
        "sister_city",
        re.compile(
            r"\bsister[- ]?(?:cit(?:y|ies)|provinces?|states?|prefectures?|relationships?|t"
            r"ies)\b|kota (?:kembar|bersaudara|bersahabat|kembaran)|provinsi (?:kembar|ber"
            r"saudara|bersahabat)|saudara kembar|\btwin(?:ned)? cit(?:y|ies)\b|\btwinning\b|"
            # a regency's tie ("kabupaten bersaudara"), a province's friendship tie
            r"\bkabupaten (?:kembar|bersaudara|bersahabat)\b|"
            r"\bfriendship[- ](?:provinces?|prefectures?|states?|regions?)\b|"
            # "were formally twinned": the tie made, told by its verb
            r"\btwinned\b|"
            # a German city's "Partnerstadt" in English, one city: "our partner city Jakarta"
            r"\bpartner[- ]city\b|"
            r"friendship[- "
            r"]cit(?:y|ies)|\bsister\b|"
            # a city's sisters ("formally linked as Bandung's sisters: ..."): its twin cities
            r"(?<=['’]s\s)sisters\b",
            re.I,
        ),
    ),
    # The bare English word: weaker than "sister city" ("a sister city agreement").
    # ... and its plainer news words: "a cooperation pact", "a partnership deal"
    (
        "agreement_word",
        re.compile(
            r"\b(?:cooperation|partnership) (?:pacts?|deals?)\b|\bpacts?\b|\bagreements?\b", re.I
        ),
    ),
    (
        "programme",
        re.compile(
            r"\bprogram(?:me)?s?\b|\bmagang\b|\binternships?\b|\btraining\b|\bpelatihan\b", re.I
        ),
    ),
    (
        "office_opening",
        re.compile(
            # not its head's title ("Direktur Kantor Dagang Peru"): an office already there
            r"pembukaan kantor|(?<!direktur )(?<!kepala )kantor (?:perwakilan|promosi|dagang)|"
            r"(?<!director of the )(?:representative|trade|promotion) office|office "
            r"opening|opened (?:an? |its )?(?:\w+ )?office|meresmikan kantor",
            re.I,
        ),
    ),
    (
        "visit",
        re.compile(
            # with the possessive "-nya" ("dalam kunjungannya ke ...", "lawatannya"; not
            # "kedatangannya", which an Indonesian envoy's call home is told with)
            r"\bkunjungan(?:nya)?\b|\bberkunjung\b|\bmengunjungi\b|\bdikunjungi\b|"
            r"\blawatan(?:nya)?\b|\bkedatangan\b|"
            r"\bmenyambangi\b|\bdisambangi\b|\bbertandang\b|"
            # "kunker" (kunjungan kerja), "misi muhibah" (a goodwill mission abroad)
            r"\bkunker\b|\bmuhibah\b|"
            # a trip told by its own words: "studi banding ke Kota Toyooka", "a working trip
            # to Toyooka", "arrived in Bontang", "tiba di Bontang"
            r"\bstudi banding\b|\b(?:working |official |study |business )?trips? to\b|"
            r"\barrived in\b|\btiba di\b|"
            # a guest hosted at table: "jamu makan malam Ketua Menteri Melaka", "menjamu
            # rombongan", "hosted a dinner for the Chief Minister" (not "jamu", herbal drink)
            r"\bmenjamu\b|\bdijamu\b|\bjamu makan (?:malam|siang)\b|"
            r"\bhosted an? (?:dinner|luncheon|lunch|banquet) for\b|"
            r"\bkehadiran\b|\brombongan\b|\bdatang (?:langsung )?ke\b|\bvi"
            r"sit(?:s|ed|ing)?\b|\bdelegasi\b|\bdelegations?\b|courtesy call|\bmenerima ro"
            r"mbongan\b|\b(?:diterima|disambut)\s+(?:langsung\s+)?(?:oleh\s+)?(?:(?:Pj|Plt|Penjab"
            r"at|Wakil)\.?\s+)?(?:Wali\s?[Kk]ota|Walikota|Bupati|Gubernur)\b|\breceived by (?:the "
            r")?(?:Mayor|Governor|Regent|Lord Mayor)\b|"
            # a head received in person ("received the Deputy Mayor of Jangsu"), not a head's
            # letter or approval ("received the Governor's letter"); Indonesian writes "menerima
            # kunjungan", and its bare "menyambut Gubernur X" greets the guest of a signing
            r"\b(?:received|welcomed|hosted)\s+(?:the\s+)?(?:(?:Deputy|Vice|Lord)\s+)?"
            r"(?:Mayor|Governor|Regent)\b(?!['’])",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(
            # "met with unanimous approval": a reception of an idea, no meeting
            r"\bpertemuan(?:nya)?\b|\bbertemu\b|\brapat\b|\baudiensi\b|\bmeetings?\b|"
            # "Duta Besar ... jumpa dengan Penjabat Bupati" (not "jumpa pers", a press talk)
            r"\b(?:ber)?jumpa dengan\b|"
            r"\bmet\b(?!\s+with\s+(?:\w+\s+)?(?:approval|support|criticism|resistance|"
            r"opposition|applause|enthusiasm|success|praise))|\btalks\b|\b(?:ber)?tatap muka\b|"
            r"\bmemenuhi undangan\b|"
            # a dialogue held ("berdialog dengan Duta Besar"; "silaturahmi", a call to keep
            # ties, was measured: it drafts the ambassador's call but moves a visit's fields)
            r"\bberdialog dengan\b|"
            # talks held, in Indonesian words: "menjalin pembicaraan dengan Wali Kota Ankara",
            # "mengadakan diskusi", "berdiskusi" (not "topik pembicaraan", a conversation's topic)
            r"\b(?:menjalin|mengadakan|melakukan|menggelar|melangsungkan)\s+"
            r"(?:pembicaraan|perbincangan|diskusi)\b|\bberdiskusi\b|"
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
            r"\bberkolaborasi\b|\bbersinergi\b|\bkemitraan(?:nya)?\b|\bmitra\b|\bcooperat\w*|\bco-operat\w*|\bc"
            r"ollaborat\w*|\bpartner(?:ship)?s?\b|\bties\b|\brelations\b|\bhubungan\b|\bme"
            r"nggandeng\b|\bgandeng\b|\bwork(?:ed|s|ing)? (?:closely )?with\b|\bbekerja dengan\b|"
            # a contact kept with a government: "melakukan komunikasi dengan Kota Istanbul"
            r"\b(?:ber)?komunikasi dengan\b|\bin (?:communication|contact) with\b",
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

# A day told after an earlier thing named ("pertemuan ini ... menindaklanjuti kesepakatan
# sebelumnya ... pada 2 Juli lalu"): that thing's day, not the record's the sentence is about.
EARLIER = re.compile(r"\b(?:sebelumnya|previous(?:ly)?|earlier)\b", re.I)


def of_an_earlier_thing(text: str, day_start: int, since: int = 0) -> bool:
    """Whether an earlier thing is named in text between `since` and a day told at
    `day_start`."""
    return bool(EARLIER.search(text, since, day_start))


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
