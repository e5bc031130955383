"""People who act for a partner without a head's title: a representative ("perwakilan
pemerintah Kota Zhangzhou, Zheng Limins", "representative of the City of Fukuoka, Ken Sato") and
the leader of its delegation ("delegasi Chongzuo, Guangxi, yang dipimpin oleh Kepala Staf Ahli
Pemerintah Su Zhi Qiu", "a delegation from Fukuoka led by Director General Ken Sato"). Each is
read only with the partner's place named with them, and only where no titled person was read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.geo.names import normalise

_CAP = r"[A-Z][\w’'.\-]*"
_WORD = r"(?:[A-Z][\w’'.\-]*|(?:bin|binti|van|von|de|of|al-\w+)\b)"
_REPRESENTATIVE = re.compile(
    r"\b(?:[Pp]erwakilan|[Rr]epresentative of)\s+(?:dari\s+|the\s+)?"
    r"(?:(?:[Pp]emerintah|[Dd]elegasi|[Gg]overnment|[Dd]elegation)\s+(?:of\s+)?)?"
    r"(?:(?:[Kk]ota|[Pp]rovinsi|[Pp]refektur|[Cc]ity|[Pp]rovince|[Pp]refecture)\s+(?:of\s+)?)?"
    rf"(?P<p>{_CAP}(?:\s+{_CAP}){{0,2}})\s*,\s*(?P<n>{_CAP}(?:\s+{_WORD}){{1,3}})"
)
_LED = re.compile(
    r"\b(?:[Dd]elegasi|[Rr]ombongan|[Dd]elegation)\b(?P<from>[^.;]{0,80}?)\b(?:(?:yang\s+)?"
    r"dipimpin(?:\s+langsung)?(?:\s+oleh)?|led by|headed by)\s+"
    r"(?P<n>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the|for))*)"
    rf"(?:\s*,\s*(?P<after>{_CAP}(?:\s+{_CAP}){{1,3}}))?"
)
# "Penandatanganan ... antara Wali Nanggroe Aceh dan Direktur Jenderal Badan Penarik Investasi
# Ivanovo, Tumanova Yulia Evgenievna": the second party of a signing between two offices, an
# office of the partner's place, then the name.
_BETWEEN = re.compile(
    r"\b(?:antara|between)\b[^.;]{0,80}?\s(?:dan|and)\s+(?:the\s+)?"
    rf"(?P<office>{_CAP}(?:\s+(?:{_CAP}|of|for)){{1,7}})\s*,\s*(?P<n>{_CAP}(?:\s+{_WORD}){{1,3}})"
)
# The first word of an office held by one person ("Direktur Jenderal ...", "Head of ...").
_HOLDERS = frozenset(
    ["Direktur", "Director", "Kepala", "Head", "Ketua", "Chairman", "Chairperson", "President"]
    + ["Presiden", "Sekretaris", "Secretary", "Chief", "Menteri", "Minister"]
)
# Words of an office written before a leader's name, never the name's (data, not rules).
OFFICE_NAME_WORDS = frozenset(
    normalise(w)
    for w in (
        "Affairs",
        "Ahli",
        "Asisten",
        "Bagian",
        "Biro",
        "Bureau",
        "Chairman",
        "Chief",
        "City",
        "Committee",
        "Congress",
        "Council",
        "Daerah",
        "Department",
        "Deputy",
        "Dinas",
        "Director",
        "Direktur",
        "Division",
        "Dr",
        "Executive",
        "for",
        "Foreign",
        "General",
        "Government",
        "Governor",
        "Head",
        "International",
        "Jenderal",
        "Kantor",
        "Kepala",
        "Ketua",
        "Komite",
        "Kongres",
        "Kota",
        "Luar",
        "Mayor",
        "Mr",
        "Mrs",
        "Ms",
        "Municipal",
        "Negeri",
        "of",
        "Office",
        "Pemerintah",
        "Provincial",
        "Secretary",
        "Sekretaris",
        "Staf",
        "Standing",
        "Tetap",
        "the",
        "Urusan",
        "Vice",
        "Wakil",
    )
)

Resolver = Callable[[str], "PartnerRef | str | None"]
Cleaner = Callable[[str, Resolver], str]


def acting_for_a_partner(
    sentence: str, resolve: Resolver, clean: Cleaner
) -> Iterator[tuple[str, str, PartnerRef, tuple[int, int]]]:
    """(name, title, partner, span) of each representative and delegation leader the
    sentence names with the partner's place; `clean` strips honorifics and degrees."""
    for r in _REPRESENTATIVE.finditer(sentence):
        seat = resolve(r.group("p"))
        name = clean(r.group("n"), resolve)
        if isinstance(seat, PartnerRef) and name and resolve(name) is None:
            yield name, f"Perwakilan {r.group('p')}", seat, (r.start(), r.end())
    for b in _BETWEEN.finditer(sentence):
        office = b.group("office").split()
        if office[0] not in _HOLDERS:
            continue  # "antara Kabupaten Bekasi dan Kota Ulsan, Korea Selatan": places
        seat = next(
            (
                found
                for n in (2, 1)
                if len(office) > n
                for found in [resolve(" ".join(office[-n:]))]
                if isinstance(found, PartnerRef)
            ),
            None,
        )
        name = clean(b.group("n"), resolve)
        if seat is not None and name and resolve(name) is None and resolve(b.group("n")) is None:
            yield name, " ".join(office), seat, (b.start("office"), b.end())
    for led in _LED.finditer(sentence):
        words = led.group("n").split()
        while words and normalise(words[0].strip(",")) in OFFICE_NAME_WORDS:
            words = words[1:]
        if led.group("after") and (not words or resolve(" ".join(words)) is not None):
            # "dipimpin oleh Wakil Ketua Komite Tetap Kongres Kota Nanjing, Guo Lajun"
            words = led.group("after").split()
        name = clean(" ".join(words), resolve)
        seat = next(
            (
                found
                for part in re.findall(rf"{_CAP}(?:\s+{_CAP})*", led.group("from"))
                for found in [resolve(re.sub(r"^(?:Pemerintah|Kota|Provinsi)\s+", "", part))]
                if isinstance(found, PartnerRef)
            ),
            None,
        )
        if name and len(name.split()) >= 2 and seat is not None:
            yield name, f"Pemimpin delegasi {seat.name}", seat, (led.start(), led.end())


__all__ = ["OFFICE_NAME_WORDS", "acting_for_a_partner"]
