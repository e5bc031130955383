"""Whose record a sentence tells: the local government's, or someone else's.

Precision rules for records no local government makes: a village's own tie, a private body's or
travellers' own, the central state's trips, two nations' relationship; and names that are people
(said to speak, or given a role), not the towns the gazetteer knows by those names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kerjasama_cli.extract.state_bodies import STATE_BODY

# A village's or district's own tie ("Desa Mas di Ubud, selama ini telah menjalin kerjasama
# sister city dengan Kota Misato"): not a record of the regency or province the article is about.
_VILLAGE_SUBJECT = re.compile(
    r"^\W*(?:Desa|Kelurahan|Kecamatan|Nagari|Dusun|Kampung|Banjar|Gampong)\s+[A-Z]"
)


def village_subject(sentence: str) -> bool:
    """Whether the sentence's subject is a village or district, not a local government."""
    return bool(_VILLAGE_SUBJECT.match(sentence))


# "kunjungan Menteri Lingkungan Hidup dan Kehutanan, Dr. Siti Nurbaya ke Kota Kisarazu", "the
# Indonesian Ambassador to Australia, Dr Siswo Pramono’s, inaugural visit": the central state's
# own trip, not a record of the local government.
_STATE_VISITOR = re.compile(
    r"^(?:\s+(?:kerja|lapangan|resmi|kenegaraan|working|official|state))?,?\s+"
    r"(?:Menteri|Presiden|Wakil Presiden|Dubes RI|Duta Besar RI|"
    r"Duta Besar Republik Indonesia|Indonesian (?:Minister|President|Ambassador))\b(?P<who>[^,.;]*)"
)
_STATE_POSSESSIVE = re.compile(r"['’]s,?\s+(?:\w+\s+){0,2}$")


def state_event(sentence: str, start: int, end: int, country: Callable[[str], str | None]) -> bool:
    """Whether the event word at start:end is a trip of Indonesia's central state (a minister,
    the president, an Indonesian ambassador); `country` reads a foreign country in a name."""
    after = _STATE_VISITOR.match(sentence[end : end + 90])
    if after:
        words = re.findall(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", after.group("who"))
        return not any(country(w) not in (None, "ID") for w in words)
    before = sentence[max(0, start - 90) : start]
    possessive = _STATE_POSSESSIVE.search(before)
    if not possessive:
        return False
    return any(m.end() >= len(before) - 60 for m in STATE_BODY.finditer(before))


# A company, university, chamber or association as the subject ("PT Angkasa Pura I menjalin
# kerja sama dengan ...", "Universitas Airlangga menandatangani MoU dengan ..."): its own record,
# not the local government's; people who travel on their own ("30 mahasiswa dari Osaka
# berkunjung ...", "tourists from Perth visited ...") make no visit of a government.
_PRIVATE_BODY = re.compile(
    r"^\W*(?:PT|CV|Universitas|Universiti|University|Institut|Politeknik|Kadin|Perusahaan|"
    r"Bank|Maskapai|LSM|Komunitas|Asosiasi|Himpunan|Kamar Dagang|The University|The company|"
    r"Chamber of Commerce)\b"
)
_PRIVATE_PEOPLE = re.compile(
    r"^\W*(?:Sebanyak\s+)?(?:\d+\s+(?:orang\s+)?)?(?:mahasiswa|pelajar|siswa|wisatawan|turis|"
    r"seniman|investor|pengusaha|atlet|students?|tourists?|artists?|investors?|businessmen|"
    r"athletes?)\b",
    re.I,
)


def private_subject(sentence: str, events_only: bool) -> bool:
    """Whether the sentence's subject is a private body (any record), or people travelling on
    their own (only when every type word of the sentence is an event)."""
    return (
        bool(_PRIVATE_BODY.match(sentence)) or events_only and bool(_PRIVATE_PEOPLE.match(sentence))
    )


# "Also, Tatarstan delegation visited Indonesia last May" (real37): a partner's people came to
# the country, and no government of ours is named receiving them: no record of ours.
_TO_THE_NATION = re.compile(
    r"\b(?:delegation|delegasi|rombongan|mission|misi)\b[^.;,]{0,30}?\b(?:visited|came to|"
    r"travelled to|traveled to|berkunjung ke|mengunjungi|datang ke|melawat ke)\s+Indonesia\b",
    re.I,
)


def visit_to_the_nation(sentence: str) -> bool:
    """Whether the sentence tells a foreign delegation's visit to Indonesia, the country ("...
    visited Indonesia last May"); the caller asks that no government of ours acts in it."""
    return bool(_TO_THE_NATION.search(sentence))


# A name said to speak ("Menurut Jackson, ...", "according to Madison") or given a role right
# after it ("Madison, the council's chief executive, ..."): a person, not the town of that name.
_SPEAKER_BEFORE = re.compile(
    r"\b(?:menurut|according to|kata|ujar|tutur|ucap|jelas|said|says|told)\s+$", re.I
)
_ROLE_AFTER = re.compile(
    # never the list's next item ("Kota Haiphong, dan pejabat kementerian")
    r"^,\s+(?!(?:dan|and|serta|atau|or)\b)(?:the|a|an|sang|selaku|sebagai)?\s*[\w'’ -]{0,40}?"
    r"\b(?:executive|mayor|director|"
    r"head|chair\w*|official|spokes\w*|minister|governor|manager|secretary|president|officer|"
    r"councillor|consul|ambassador|investor|kepala|ketua|direktur|pejabat|juru bicara)\b",
    re.I,
)


def person_cue(sentence: str, start: int, end: int) -> bool:
    """Whether the capitalised name at start:end is said to speak or given a role: a person."""
    return bool(
        _SPEAKER_BEFORE.search(sentence[max(0, start - 16) : start])
        or _ROLE_AFTER.match(sentence[end : end + 70])
    )


# "Hubungan Indonesia dan Jepang", "between Indonesia and Japan", "Indonesia-Australia": the
# two nations' relationship, not a record of a local government.
_NATION_BEFORE = re.compile(r"\bIndonesia\s*(?:dan|and|&|-|–|dengan|with)\s*(?:the\s+)?$")
_NATION_AFTER = re.compile(r"^\s*(?:dan|and|&|-|–)\s*Indonesia\b")


def national_pair(sentence: str, start: int, end: int) -> bool:
    """Whether the country at start:end is named beside Indonesia itself."""
    return bool(
        _NATION_BEFORE.search(sentence[max(0, start - 20) : start])
        or _NATION_AFTER.match(sentence[end : end + 20])
    )


# "rapat koordinasi persiapan kunjungan ...", "an internal meeting": the government's own
# meeting, with no partner at it.
_INTERNAL_AFTER = re.compile(r"^\s+(?:koordinasi|internal|persiapan|evaluasi|intern)\b", re.I)
_INTERNAL_BEFORE = re.compile(r"\b(?:internal|coordination|preparatory)\s+$", re.I)


def internal_meeting(sentence: str, start: int, end: int) -> bool:
    """Whether the meeting word at start:end names the government's own meeting."""
    return bool(
        _INTERNAL_AFTER.match(sentence[end : end + 14])
        or _INTERNAL_BEFORE.search(sentence[max(0, start - 14) : start])
    )


# Indonesia's legislatures on a working visit ("Dalam kunjungan kerja itu, Komisi 1 DPRD Jabar
# membahas ..."): a state body too, though a province's own council is never masked as one.
_LEGISLATURE = re.compile(r"\b(?:Komisi\s+(?:[IVX]+|\d+)\s+)?(?:DPRD|DPR RI|DPR)\b")


def state_visitor(text: str, end: int) -> re.Match[str] | None:
    """The Indonesian state body named just after a visit word ending at `end`, if any."""
    return STATE_BODY.search(text, end, end + 90) or _LEGISLATURE.search(text, end, end + 90)


# A name given only as an example in a condition ("jika ingin kerja sama dengan DPRD Seoul
# misalnya", "if you want to work with Seoul, for instance"): a hypothetical partner, not one the
# article reports ("Misalnya Washington DC, New York City ..." lists real ones).
_EXAMPLE_AFTER = re.compile(
    r"^\s*,?\s*(?:misalnya|contohnya|umpamanya|for example|for instance)\b", re.I
)
_CONDITION = re.compile(r"\b(?:jika|kalau|apabila|bila|seandainya|if|should you)\b", re.I)


def example(sentence: str, start: int, end: int) -> bool:
    """Whether the name at start:end is only given as an example of what one might do."""
    return bool(
        _EXAMPLE_AFTER.match(sentence[end : end + 20]) and _CONDITION.search(sentence[:start])
    )


# A document named after the place it was signed in ("peringatan 10 tahun MoU Helsinki", "the
# Stockholm MoU"): an accord of nations known by that name, not a tie with the place. Not a pair
# ("MoU Ambon-Stockholm", "MoU Ambon dan Stockholm") nor a place with its kind word ("MoU Kota
# Tampere"), which name the parties.
_ACCORD_BEFORE = re.compile(
    r"(?:^|\s)(?:MoU|MOU|Perjanjian|Kesepakatan|Deklarasi|Protokol|Piagam|Traktat|Konvensi)\s+$"
)
_ACCORD_AFTER = re.compile(
    r"^\s+(?:MoU|MOU|Accords?|Agreement|Declaration|Protocol|Treaty|Convention|Charter)\b"
)
_THE_BEFORE = re.compile(r"\bthe\s+$")
_PAIRED_AFTER = re.compile(r"^\s*(?:[-–—/]|(?:dan|dengan|and|with|&)\s)", re.I)
_PAIRED_BEFORE = re.compile(r"(?:[-–—/]|\b(?:dan|dengan|and|with|&))\s*$", re.I)
_KIND_LEAD = re.compile(r"(?:Kota|Kabupaten|Provinsi|Pemerintah|City|Province|Prefektur)\b")


def named_accord(sentence: str, start: int, end: int) -> bool:
    """Whether the place at start:end only names a document ("MoU Helsinki", "the Oslo
    Accords"), not a party to it."""
    phrase = sentence[start:end]
    if _KIND_LEAD.match(phrase) or _PAIRED_AFTER.match(sentence[end : end + 8]):
        return False
    before = sentence[max(0, start - 14) : start]
    if _ACCORD_BEFORE.search(before):
        return True
    return bool(
        _THE_BEFORE.search(before)
        and not _PAIRED_BEFORE.search(before)
        and _ACCORD_AFTER.match(sentence[end : end + 14])
    )
