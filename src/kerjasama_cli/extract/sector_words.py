"""Which sector words of a sentence name a field at all, before any frame is asked.

A sector word can stand in a sentence without naming a field: inside a name ("ASEAN Economic
Community", "the Education Centre", "Pusat Kebudayaan"), a port or a school with its name after
it, a person's office ("Kepala Dinas Kebudayaan dan Pariwisata", "Minister for Trade"), a manner
("secara ekonomi"), a going-on ("dukungan berkelanjutan"), the UN's agenda or online selling, or as
a qualifier of the field beside it ("tata kelola lingkungan", "pariwisata perkotaan", "sustainable
tourism"). sector_frames.py then asks which of the rest the sentence says a cooperation covers.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.sector_vocabulary import sector_matches

_MANNER = re.compile(r"\bsecara\s+$", re.I)
# "ramah lingkungan" (eco-friendly), "di lingkungan Pemkot" (within the city government).
_NOT_NATURE = re.compile(r"ramah lingkungan|\b(?:di|dalam) lingkungan\s+[A-Z]", re.I)

_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
_NAME_AFTER = re.compile(r"^\s+[A-Z][\w'’-]*")


def _in_a_name(sentence: str, start: int, end: int) -> bool:
    """A capitalised sector word between two capitalised words ("ASEAN Economic Community",
    "Borneo Cultural Festival"): part of an organisation's or event's name."""
    return (
        sentence[start : start + 1].isupper()
        and bool(_NAME_BEFORE.search(sentence[max(0, start - 30) : start]))
        and bool(_NAME_AFTER.match(sentence[end : end + 30]))
    )


# Places a sector word names when a name follows it ("Pelabuhan Belawan", "Sekolah Menengah
# Atas", "Port of Darwin" is not one): a port or a school, not the field.
_FACILITY = re.compile(r"(?:Pelabuhan|Port|Sekolah|Schools?|Rumah Sakit|Hospitals?)$")
# A university or campus written with a capital is one institution's name ("Universitas
# Hasanuddin", "the University of Adelaide", "Western Sydney University"), not education.
_INSTITUTION = re.compile(r"(?:Universitas|Universit(?:y|ies)|Kampus|Campus)$")


def _a_facility(sentence: str, start: int, end: int) -> bool:
    word = sentence[start:end]
    if _INSTITUTION.match(word):
        return True
    return bool(_FACILITY.match(word)) and bool(_NAME_AFTER.match(sentence[end:]))


# Words that hold a sector word and name no field: the UN's agenda ("one of which also discusses
# Sustainable Development Goals (SDGs)") and online selling ("pembangunan e-commerce").
_NO_FIELD = re.compile(
    r"\b(?:Sustainable Development Goals|Tujuan Pembangunan Berkelanjutan)\b|\be-commerce\b", re.I
)
# The people's welfare as the hoped-for end of any cooperation ("dengan harapan ekonomi dan
# kesejahteraan masyarakat ... dapat diperkuat", "untuk meningkatkan kesejahteraan rakyat"), not
# social welfare as its field.
_AIM = re.compile(
    r"\b(?:harapan|diharapkan|berharap|agar|supaya|demi|guna|meningkatkan|hope|aims? to|"
    r"improve)\b[^.;:]{0,40}?\b(kesejahteraan (?:masyarakat|rakyat|warga)|"
    r"(?:public|people's) welfare)\b",
    re.I,
)
# "dukungan berkelanjutan", "kerja sama berkelanjutan", "sustained partnership": a cooperation
# that goes on, not sustainability as its field.
_GOING_ON = re.compile(r"^(?:berkelanjutan|sustainable|sustained|continuing)$", re.I)
_COOP_BEFORE = re.compile(
    r"\b(?:kerja ?sama|kemitraan|kolaborasi|dukungan|bantuan|program|cooperation|partnership|"
    r"collaboration|support|assistance|programmes?)\s+$",
    re.I,
)


def _continuing(sentence: str, start: int, end: int) -> bool:
    return bool(_GOING_ON.match(sentence[start:end])) and bool(
        _COOP_BEFORE.search(sentence[max(0, start - 40) : start])
    )


# An office's name holds its fields ("Kepala Dinas Kebudayaan dan Pariwisata", "Minister for
# Trade and Investment", "Asisten Perekonomian"): a person's office, not the cooperation's.
_OFFICE = re.compile(
    r"(?i:\b(?:dinas|kadis|kabid|kepala bidang|kementerian|kemenko|menteri|ministry(?: of)?|"
    r"minister(?: of| for)?|departemen|department(?: of| for)?)\s+(?:urusan\s+)?$)|"
    r"\b(?:Badan|Biro|Kantor|Asisten|Deputi(?: Bidang)?|Direktorat|Direktur|Sekretaris|"
    r"Secretary(?: of| for)?|Office of|Bureau of|Agency for|Komisi)\s+(?:Urusan\s+)?$"
)
# ... with the government's name between the office and its field ("Menteri Daerah Negeri
# Selangor Bidang Pertanian", "Exco Infrastruktur dan Pertanian", real8, real22): every word
# after the office word capitalised (or "dan"), and none a cooperation verb of a headline
# ("Menteri ... Bahas Kerja Sama Pertanian").
_OFFICE_NAMED = re.compile(
    r"\b(?:Menteri|Minister|Exco)(?:\s+(?!(?:Bahas|Kerja|Sama|Kerjasama|Jajaki|Tawarkan|Dorong|"
    r"Perkuat)\b)(?:[A-Z][\w.'’-]*|dan|&)){1,8}\s+$"
)
# ... and an English office named by its field ("at the education office", "the Tourism Board")
_OFFICE_AFTER = re.compile(
    r"^\s+(?:offices?|departments?|ministry|ministries|agency|bureau|board|authority)\b", re.I
)
_OFFICE_LIST = re.compile(r"^(?:\s*(?:,|&|dan|and)\s*)+$", re.I)


def _outside_offices(
    found: list[tuple[str, int, int]], sentence: str
) -> list[tuple[str, int, int]]:
    """The matches that are not part of an office's name (the office word before the first,
    the rest of its list joined by "dan", "&" or commas)."""
    out: list[tuple[str, int, int]] = []
    office_end = -1
    for code, start, end in found:
        if office_end >= 0 and _OFFICE_LIST.match(sentence[office_end:start]):
            office_end = end
            continue
        if (
            _OFFICE.search(sentence[max(0, start - 40) : start])
            or _OFFICE_NAMED.search(sentence[max(0, start - 80) : start])
            or _OFFICE_AFTER.match(sentence[end:])
        ):
            office_end = end
            continue
        office_end = -1
        out.append((code, start, end))
    return out


# A capitalised sector word in a venue's or an event's name: "the Education Centre", "the
# Tourism Expo", "Pusat Kebudayaan Jepang", "Festival Budaya Borneo" (where a deal was signed or a
# delegation went, not what the cooperation covers).
_VENUE_AFTER = re.compile(
    r"^\s+(?:Centre|Center|Expo|Festival|Fair|Hall|Museum|Park|Forum|Summit|Awards?|Week|Day|"
    r"Gallery|Village|Hub|Institute|Academy|College|University|School|Hospital|Building|Tower|"
    r"Plaza|Square|Conference|Exhibition|Show|Market|Zone|Corridor|Club|Cup|League)\b"
)
_VENUE_BEFORE = re.compile(
    r"\b(?:Gedung|Pusat|Balai|Taman|Festival|Pekan|Museum|Pasar|Kawasan|Rumah|Sekolah|"
    r"Universitas|Institut|Akademi|Politeknik|Forum|Expo|Pameran|Jalan|Hari|Piala|Liga)\s+$"
)


def _a_venue(sentence: str, start: int, end: int) -> bool:
    return sentence[start : start + 1].isupper() and bool(
        _VENUE_AFTER.match(sentence[end : end + 20])
        or _VENUE_BEFORE.search(sentence[max(0, start - 20) : start])
    )


# Words that qualify another field rather than name one of their own: "tata kelola lingkungan"
# and "environmental governance" are the environment's; "inovasi teknologi pertanian" and
# "technology innovation" are technology's. ("transportasi berkelanjutan" keeps both fields:
# the written cases count sustainability as a field of its own.)
_QUALIFIERS = frozenset({"governance", "innovation"})


_URBAN = re.compile(r"^perkotaan$", re.I)
_ACROSS = re.compile(r"\b(?:lintas|antar)[\s-]*$", re.I)


def _qualifying(found: list[tuple[str, int, int]], sentence: str) -> set[int]:
    """Indexes of qualifier matches that stand right beside another field's word."""
    out: set[int] = set()
    for n, (code, start, end) in enumerate(found):
        before = found[n - 1] if n else None
        if _URBAN.match(sentence[start:end]) and (
            before
            and not sentence[before[2] : start].strip(" -")
            or _ACROSS.search(sentence[max(0, start - 12) : start])
        ):
            # "pariwisata perkotaan" is urban tourism: tourism's; "kerja sama lintas perkotaan"
            # is between cities, no field
            out.add(n)
            continue
        after = found[n + 1] if n + 1 < len(found) else None
        word = sentence[start:end].lower()
        if (
            word == "sustainable"
            and after
            and not sentence[end : after[1]].strip(" -")
            or word == "sustainability"
            and before
            and not sentence[before[2] : start].strip(" -")
        ):
            # "sustainable tourism", "environmental sustainability": the field, made lasting
            # (the corpus's English labels; the Indonesian "transportasi berkelanjutan" of the
            # written cases keeps both)
            out.add(n)
            continue
        if code not in _QUALIFIERS:
            continue
        after = found[n + 1] if n + 1 < len(found) else None
        if (
            after
            and after[0] not in _QUALIFIERS
            and not sentence[end : after[1]].strip(" -")
            or before
            and before[0] not in _QUALIFIERS
            and not sentence[before[2] : start].strip(" -")
        ):
            out.add(n)
    return out


def field_words(
    sentence: str, skip: list[tuple[int, int]] | None = None
) -> list[tuple[str, int, int]]:
    """(code, start, end) of the sector words that name a field, outside the `skip` spans."""
    skip = [
        *(skip or []),
        *(m.span() for m in _NO_FIELD.finditer(sentence)),
        *(m.span(1) for m in _AIM.finditer(sentence)),
    ]
    found = [
        (code, a, b)
        for code, a, b in sector_matches(sentence, skip)
        if not (code == "environment" and _NOT_NATURE.search(sentence[max(0, a - 8) : b + 2]))
        and not _in_a_name(sentence, a, b)
        and not _a_facility(sentence, a, b)
        and not _a_venue(sentence, a, b)
        and not _continuing(sentence, a, b)
        # "keuntungan secara ekonomi", "culturally": a manner, not a field
        and not _MANNER.search(sentence[max(0, a - 10) : a])
    ]
    found = _outside_offices(found, sentence)
    qualifying = _qualifying(found, sentence)
    return [match for n, match in enumerate(found) if n not in qualifying]


__all__ = ["field_words"]
