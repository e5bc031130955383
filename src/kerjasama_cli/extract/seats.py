"""The seat of a head's office when the gazetteer lacks it: "Wali Kota Gurye Kim Soon-ho",
"Wali Kota Gurye, Korea Selatan, Kim Soon-ho", "Gurye Mayor Kim Soon-ho", "Mayor Kim Soon-ho
of Gurye, South Korea".

A mayor's title vouches for its seat on its own, where the sentence makes him a counterpart
(received, met, signed with) or English says "Mayor of"; a regent's or a governor's only with
the seat's foreign country beside it (a regency the gazetteer lacks may be Indonesian). A seat
is never a word of a person's name met before, a surname, a title's or an office's word."""

from __future__ import annotations

import re

from kerjasama_cli.domain.date_words import WEEKDAYS
from kerjasama_cli.extract.place_words import OFFICE_WORDS, SURNAMES
from kerjasama_cli.extract.places import STOPWORDS, PartnerRef, country_of
from kerjasama_cli.extract.titles import TITLES
from kerjasama_cli.geo import find_place
from kerjasama_cli.geo.names import normalise

_CAP = r"[A-Z][\w’'.\-]*"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{1,4}}"
# Titles' words, and those a name may carry in front ("Executive Mayor Alderman Dirk Kotzé").
_TITLE_WORDS = frozenset(w for title in TITLES for w in title.split()) | {
    "Alderman",
    "Councillor",
    "Councilor",
    "Chairman",
    "Executive",
}

_MAYOR_SEAT = re.compile(
    r"^(?:(?:Wakil|Deputy|Vice|Pj|Plt)\s+)?(?:Wali ?[Kk]ota|Walikota|Mayor|Lord Mayor)$"
)
_HEAD_SEAT = re.compile(
    r"^(?:(?:Wakil|Deputy|Vice|Acting|Pj|Plt)\s+)?"
    r"(?:Bupati|Regent|Gubernur|Governor|Kepala Daerah)$"
)
_ENGLISH_TITLE = re.compile(r"\b(?:Mayor|Regent|Governor)$")
_GOVERNOR = re.compile(r"\b(?:Gubernur|Governor)$")
# "the Korean Mayor", "a Japanese Governor": a nationality, not a seat.
_DEMONYM = re.compile(r"(?:an|ese|ish|ch)$")
# The seat's country after the name: "Wali Kota Gurye Kim Soon-ho dari Korea Selatan".
_COUNTRY_AFTER_NAME = re.compile(
    rf"\s*(?:,\s*)?(?:dari\s+|from\s+|asal\s+|of\s+|\()?(?P<c>{_CAP}(?:\s+{_CAP})?)"
)
_SEAT_PARENS = re.compile(rf"\s*\((?P<c>{_CAP}(?:\s+{_CAP})?)\)")
# "Wali Kota Gurye dari Korea Selatan, Kim Soon-ho": the country between seat and name.
_SEAT_TAIL = re.compile(
    rf"\s+(?:dari|asal|from|of|in|di)\s+(?P<c>{_CAP}(?:\s+{_CAP})?)\s*,\s*(?P<n>{_NAME})"
)
_COUNTRY_NEXT = re.compile(rf"\s*,\s*(?P<c>{_CAP}(?:\s+{_CAP})?)")
# Words before a counterpart's title: a mayor the title alone vouches for is one the local
# party receives, meets or signs with ("menerima kunjungan Wali Kota Gurye Kim Soon-ho"), never
# the sentence's own subject ("Wali Kota Agustina Wilujeng Pramestuti menandatangani ...").
_COUNTERPART = re.compile(
    r"\b(?:kunjungan|dengan|with|bersama|and|dan|menerima|menyambut|received|welcomed|met|"
    r"bertemu|from|dari|oleh|by|delegasi|delegation|rombongan)\s+(?:the\s+|para\s+)?$",
    re.I,
)


def _not_a_name(text: str) -> bool:
    """A weekday or a title's word first ("Selasa", "Wakil Bupati ..."): no person's name."""
    first = text.split()[0] if text.split() else ""
    return normalise(first) in WEEKDAYS or first in _TITLE_WORDS


def seat_word(word: str, known: frozenset[str]) -> bool:
    """Whether word may be the seat of an office: one capitalised word, not a title's, an
    office's, a weekday, a stopword, a surname or a word of a person's name met before."""
    key = normalise(word)
    return (
        len(word) > 3
        and word.replace("-", "").isalpha()  # "Al-Zawaida"
        and word[:1].isupper()
        and not _not_a_name(word)
        and key not in STOPWORDS
        and key not in SURNAMES
        and key not in OFFICE_WORDS
        and key not in known
    )


def seat_words(seat: str, known: frozenset[str]) -> bool:
    """A seat of one or two words ("Gurye", "Byron Bay"), the second not a surname."""
    words = seat.split()
    return (
        1 <= len(words) <= 2
        and seat_word(words[0], known)
        and all(
            w.isalpha() and w[:1].isupper() and normalise(w) not in SURNAMES | OFFICE_WORDS
            for w in words[1:]
        )
    )


def seat_country(title: str, code: str | None) -> bool:
    """Whether the title (and the country told beside the seat) vouch for a seat abroad."""
    if code == "ID":
        return False
    return bool(_MAYOR_SEAT.match(title) or code and _HEAD_SEAT.match(title))


def seat_kind(title: str) -> str:
    """A governor's seat is a province; a mayor's or a regent's a city."""
    return "province" if _GOVERNOR.search(title) else "city"


# A seat's own kind word, before or after its name ("Gubernur Provinsi Ostmark, Austria",
# "Governor Klaus Riedler of Ostmark Province, Austria"): the kind it tells, never the name.
_KIND_FIRST = re.compile(
    r"^(?:Provinsi|Prefektur|Negara Bagian|Province of|Prefecture of|State of|Kota|Kabupaten|"
    r"City of|Munisipalitas|Municipality of)\s+"
)
_KIND_LAST = re.compile(r"\s+(?:Province|Prefecture|State|City|Regency|County|Municipality)$")
_PROVINCE_KIND = re.compile(r"^(?:Prov|Pref|Negara|State)|(?:Province|Prefecture|State)$")


def bare_seat(seat: str, title: str) -> tuple[str, str]:
    """The seat's name without its kind word, and the kind it is (a kind word wins over the
    title's: a governor's seat is a province unless it says otherwise)."""
    kind = _KIND_FIRST.match(seat) or _KIND_LAST.search(seat)
    if kind is None or kind.group(0).strip() == seat:
        return seat, seat_kind(title)
    bare = seat[kind.end() :] if kind.start() == 0 else seat[: kind.start()]
    return bare, "province" if _PROVINCE_KIND.search(kind.group(0).strip()) else "city"


def seat_then_country(title: str, a: str, b: str, known: frozenset[str]) -> PartnerRef | None:
    """ "Wali Kota Gurye, Korea Selatan, Kim Soon-ho": the seat A, then its foreign country B
    (the name comes after)."""
    code = country_of(b)
    words = a.split()
    while len(words) > 1 and normalise(words[-1]) in OFFICE_WORDS:
        words.pop()  # "Kepala Daerah Inje County, Korea Selatan": the seat is Inje
    a, kind = bare_seat(" ".join(words), title)
    if code is None or not seat_words(a, known) or not seat_country(title, code):
        return None
    return PartnerRef(a, kind, code)


def seat_before_country(title: str, seat: str, known: frozenset[str]) -> PartnerRef | None:
    """ "Wali Kota Al-Zawaida Gaza, Ayman ...": a seat the gazetteer lacks, then its foreign
    country (or a name the gazetteer knows only as one) with no comma between."""
    words = seat.split(" ")
    # one seat word and one country word, nothing masked between ("Niseko (Jepang) Kataoka
    # Kenya" is seat_first's: a seat, its country in brackets, then a name)
    if len(words) != 2 or not words[-1].isalpha():
        return None
    code = country_of(words[-1])
    place = " ".join(words[:-1])
    if code is None or not seat_words(place, known) or not seat_country(title, code):
        return None
    return PartnerRef(place, seat_kind(title), code)


# "Wali Kota Varnholt dari Denmark di sela ...": the seat's country after it, no name told.
_SEAT_FROM = re.compile(rf"\s+(?:dari|asal|from)\s+(?P<c>{_CAP}(?:\s+{_CAP})?)(?!\s*,\s*[A-Z])")


def seat_from_country(
    sentence: str, at: int, title: str, seat: str, known: frozenset[str]
) -> PartnerRef | None:
    """ "Wali Kota Varnholt dari Denmark": a seat the gazetteer lacks, vouched for by the
    title and the foreign country it is from, with no name after (seat_tail's has one)."""
    m = _SEAT_FROM.match(sentence, at)
    code = country_of(m.group("c")) if m else None
    if code is None or not seat_words(seat, known) or not seat_country(title, code):
        return None
    return PartnerRef(seat, seat_kind(title), code)


def seat_tail(
    sentence: str, at: int, title: str, seat: str, known: frozenset[str], found: object
) -> tuple[object, re.Match[str]] | None:
    """The seat's place and the name match for "SEAT dari COUNTRY, NAME", when COUNTRY is a
    foreign country and the seat a place (found) or one the title vouches for."""
    tail = _SEAT_TAIL.match(sentence, at)
    code = country_of(tail.group("c")) if tail else None
    if tail is None or code is None or code == "ID":
        return None
    if found is not None:
        return found, tail
    if seat_words(seat, known) and seat_country(title, code):
        return PartnerRef(seat, seat_kind(title), code), tail
    return None


_INITIAL = re.compile(r"[A-Z]\.?$")
_HONORIFIC_TOKEN = re.compile(r"(?:Mr|Mrs|Ms|Dr|Hon)\.?$")


def seat_then_name(
    sentence: str, title: str, after: re.Match[str], known: frozenset[str], at: int
) -> tuple[PartnerRef, str] | None:
    """ "Wali Kota Gurye Kim Soon-ho", "Wali Kota Gurye (Korea Selatan) Kim Soon-ho", "Mayor of
    Gurye Kim Soon-ho from South Korea": the seat (one word the gazetteer lacks) and the full
    name after it (two words or more), with the country a bracket or "dari" tells. `after` is
    the words after the title (group "a"), `at` where the title starts."""
    if re.search(rf"{_CAP}\s*$", sentence[:at]):
        return None  # "Seoul Mayor Oh Se Hoon": the seat stands before the title
    tokens = after.group("a").split()
    if len(tokens) < 3 or not seat_word(tokens[0], known):
        return None
    if _INITIAL.match(tokens[1]):
        return None  # "oleh Walikota Jimmy F Eman": a given name, a middle initial, a surname
    if find_place(" ".join(tokens[:2]).rstrip(".,")) is not None:
        return None  # "Mayor of Mossel Bay Mr. Dirk Kotzé": the seat is two words, never "Mossel"
    # "Mayor of Plettenberg Bay Mr. Dave Swart", a town the gazetteer lacks: an honorific after
    # two words ends a two-word seat (not "Wakil Wali Kota Dongxing China Mr. Li Jian": a seat
    # and its country)
    two = (
        _HONORIFIC_TOKEN.match(tokens[2])
        and seat_words(" ".join(tokens[:2]), known)
        and country_of(tokens[1]) is None
    )
    seat = tokens[:2] if two else tokens[:1]
    tokens = [" ".join(seat), *tokens[len(seat) :]]
    name = " ".join(tokens[1:])
    if _not_a_name(name) or any(normalise(w) in OFFICE_WORDS for w in tokens[1:]):
        return None
    seat_end = after.start("a") + len(tokens[0])  # one space between the seat's two words
    told = _SEAT_PARENS.match(sentence, seat_end) or _COUNTRY_AFTER_NAME.match(
        sentence, after.end("a")
    )
    code = country_of(told.group("c")) if told else None
    if not seat_country(title, code):
        return None
    of_seat = re.match(r"\s*of\s", sentence[after.start() : after.start("a")])  # "Mayor of X"
    if not of_seat and _ENGLISH_TITLE.search(title):
        return None  # "with Mayor Budi Santoso Wibowo": English writes "Mayor of X" or "X Mayor"
    if _GOVERNOR.search(title):
        return None  # a province the ISO list lacks is told with commas or not at all
    if code is None and not of_seat and not _COUNTERPART.search(sentence[max(0, at - 30) : at]):
        return None
    return PartnerRef(tokens[0], seat_kind(title), code), name


def seat_first(
    sentence: str, title: str, seat: str, seat_at: int, name: str, known: frozenset[str]
) -> PartnerRef | None:
    """ "... with Gurye Mayor Kim Soon-ho", "Gurye County Mayor ...": the seat the gazetteer
    lacks written before a mayor's title in English, a word in lower case before it."""
    words = seat.split()
    while len(words) > 1 and normalise(words[-1]) in OFFICE_WORDS:
        words.pop()  # "Gurye County Mayor": the seat is Gurye
    if (
        len(name.split()) >= 2
        and len(words) == 1
        and seat_word(words[0], known)
        and not _DEMONYM.search(words[0])
        and _MAYOR_SEAT.match(title)
        and re.search(r"\b[a-z]+\s+$", sentence[:seat_at])
    ):
        return PartnerRef(words[0], "city", None)
    return None


def seat_of(
    sentence: str, title: str, seat: str, name_end: int, known: frozenset[str]
) -> PartnerRef | None:
    """ "Mayor Kim Soon-ho of Gurye, South Korea": English's "of" after the name names the
    seat; a country after it, or a mayor's title, vouches for one the gazetteer lacks."""
    seat, kind = bare_seat(seat, title)
    if not seat_words(seat, known):
        return None
    told = _COUNTRY_NEXT.match(sentence, name_end)
    code = country_of(told.group("c")) if told else None
    if code == "ID" or not seat_country(title, code):
        return None
    return PartnerRef(seat, kind, code)
