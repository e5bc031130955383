"""Country and region names: free text in English or Indonesian to ISO 3166 codes and back.

pycountry is imported lazily: it costs tens of milliseconds and most commands never need it.
"""

from __future__ import annotations

import difflib
import functools
import gettext
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from kerjasama_cli.domain.country_names import ALIASES as _ALIASES
from kerjasama_cli.domain.country_names import DISPLAY as _DISPLAY
from kerjasama_cli.domain.country_names import REGION_ALIASES as _REGION_ALIASES
from kerjasama_cli.domain.errors import ValidationError


@dataclass(frozen=True)
class CountryMatch:
    """A resolved country, plus the first-level subdivision when the text named one."""

    code: str
    region: str | None = None


# Words people put before a country name that carry no meaning for resolution.
_STRAY_LEADING = frozenset({"in", "di", "at", "from", "dari", "ke", "to", "negara", "country"})
_ARTICLES = ("the ", "la ", "le ", "les ", "el ", "l ")

# Letters NFKD does not decompose into a base letter plus accent.
_FOLD = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_DROP = re.compile(r"[.'’`]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_REGION_CODE = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$")


def _norm(text: str) -> str:
    """Fold case, accents, punctuation and spacing so equal names compare equal."""
    text = text.casefold().translate(_FOLD)
    if not text.isascii():  # ASCII has nothing to decompose: the common case, skipped
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.replace("&", " and "))
    text = _NON_WORD.sub(" ", text).strip()
    return text.removeprefix("the ")


@dataclass
class _Index:
    names: dict[str, str]  # normalised name -> alpha-2 or subdivision code
    display: dict[str, str]  # normalised name -> a readable spelling, for suggestions
    regions: dict[str, list[str]]  # normalised subdivision name -> codes (all countries)


def _pycountry() -> Any:
    import pycountry  # lazy on purpose, see the module docstring

    return pycountry


@functools.lru_cache(maxsize=8)
def _translation(lang: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1", _pycountry().LOCALES_DIR, languages=[lang], fallback=True
    )


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    pc = _pycountry()
    indonesian = _translation("id")
    names: dict[str, str] = {}
    display: dict[str, str] = {}

    def add(name: str, code: str, overwrite: bool) -> None:
        for variant in (name, _BRACKETED.sub("", name)):
            key = _norm(variant)
            if key and (overwrite or key not in names):
                names[key] = code
                display.setdefault(key, variant.strip())

    # Later layers overwrite earlier ones: Indonesian < English < codes < aliases.
    for c in pc.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                add(indonesian.gettext(value), c.alpha_2, overwrite=True)
    heads: dict[str, set[str]] = {}
    for c in pc.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                add(value, c.alpha_2, overwrite=True)
                # "Iran, Islamic Republic of" -> "Iran", unless the head is shared ("Korea").
                if ", " in value:
                    heads.setdefault(value.split(", ")[0], set()).add(c.alpha_2)
    for head, codes in heads.items():
        if len(codes) == 1:
            add(head, next(iter(codes)), overwrite=False)
    for c in pc.countries:
        names[_norm(c.alpha_3)] = c.alpha_2
        names[_norm(c.alpha_2)] = c.alpha_2
    for lang_names in _DISPLAY.values():
        for code, name in lang_names.items():
            add(name, code, overwrite=True)
    for alias, code in _ALIASES.items():
        add(alias, code, overwrite=True)

    regions: dict[str, list[str]] = {}
    for sub in pc.subdivisions:
        base = _BRACKETED.sub("", sub.name)
        keys = {_norm(sub.name), _norm(base)}
        keys |= {k[len(a) :] for k in keys for a in _ARTICLES if k.startswith(a)}
        for key in keys:
            regions.setdefault(key, []).append(sub.code)
    for alias, code in _REGION_ALIASES.items():
        regions.setdefault(_norm(alias), []).insert(0, code)
    return _Index(names, display, regions)


def _as_match(code: str) -> CountryMatch:
    if "-" in code:
        return CountryMatch(code.split("-")[0], code)
    return CountryMatch(code)


def _lookup(text: str) -> CountryMatch | None:
    """Resolve one comma-free phrase, trying progressively looser readings."""
    names = _index().names
    key = _norm(text)
    if key in names:
        return _as_match(names[key])
    key = _norm(_BRACKETED.sub("", text))  # "Georgia (country)"
    words = key.split()
    while words and words[0] in _STRAY_LEADING:  # "in Italy"
        words = words[1:]
    key = " ".join(words)
    key = key.removeprefix("the ")
    return _as_match(names[key]) if key in names else None


def _top_region(text: str, country: str) -> str | None:
    """The first-level subdivision of country named by text, if there is exactly one."""
    as_country = _lookup(text)
    if as_country and as_country.code == country and as_country.region:
        return as_country.region  # "England, United Kingdom"
    pc = _pycountry()
    candidates = [_norm(text)]
    own = pc.countries.get(alpha_2=as_country.code) if as_country else None
    if own is not None:  # "Réunion, France": a territory with its own code that is also a region
        candidates += [_norm(own.name), _norm(country_name(own.alpha_2))]
    regions = _index().regions
    for key in candidates:
        found = [
            code
            for code in dict.fromkeys(regions.get(key, ()))
            if code.startswith(country + "-") and pc.subdivisions.get(code=code).parent_code is None
        ]
        if len(found) == 1:
            return found[0]
    return None


# Every ISO 3166-1 alpha-2 code pycountry knows (tests/test_countries.py holds them equal). A
# country given as its code (`--country KR`) resolves from this and the module's own aliases,
# without loading pycountry and normalising every name it has: that took ~0.1 s, most of a
# `list --country KR --limit 50`.
_ALPHA_2_TEXT = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW
"""
_ALPHA_2 = frozenset(_ALPHA_2_TEXT.split())


@functools.lru_cache(maxsize=1)
def _overrides() -> dict[str, str]:
    """Normalised names of the index's last layers (display names, then aliases): what a code
    resolves to when one of them is spelt like it ("AS" is Amerika Serikat)."""
    found: dict[str, str] = {}
    for name, code in [
        *((n, c) for lang_names in _DISPLAY.values() for c, n in lang_names.items()),
        *_ALIASES.items(),
    ]:
        for variant in (name, _BRACKETED.sub("", name)):
            if _norm(variant):
                found[_norm(variant)] = code
    return found


def _as_code(text: str) -> CountryMatch | None:
    """The country an ISO alpha-2 code names, as the full index would answer, or None."""
    key = _norm(text)
    if len(key) != 2 or key.upper() not in _ALPHA_2:
        return None
    return _as_match(_overrides().get(key, key.upper()))


@functools.lru_cache(maxsize=8192)
def resolve_country(text: str, field: str = "country") -> CountryMatch:
    """Resolve free text ("Korsel", "in Italy", "Brandenburg, Germany") to a CountryMatch.

    Raises ValidationError with up to three close names when nothing matches.
    """
    if not text or not text.strip():
        raise ValidationError(field, text, "is empty")
    match = _as_code(text) or _lookup(text)
    if match:
        return match
    if "," in text:
        head, _, tail = text.rpartition(",")
        country = _lookup(tail)
        if country and head.strip():
            return CountryMatch(country.code, _top_region(head, country.code))
    index = _index()
    sharing = _sharing(_norm(text), index)
    if len(sharing) > 1:
        options = " or ".join(f"{code} ({country_name(code)})" for code in sharing)
        raise ValidationError(
            field, text, "ambiguous: {options}; give the code or full name", options=options
        )
    close = difflib.get_close_matches(_norm(text), list(index.display), n=10, cutoff=0.75)
    # One suggestion per country: "Madagaskar" and "Madagascar" are the same answer.
    by_code: dict[str, str] = {}
    for key in close:
        code = index.names[key]
        # Suggest in English ("Iceland" for "Island", not the Indonesian "Islandia").
        by_code.setdefault(code, index.display[key] if "-" in code else country_name(code))
    suggestions = list(by_code.values())[:3]
    raise ValidationError(field, text, "unknown country", suggestions=suggestions)


# At most this many countries are named as the choices of an ambiguous name ("Korea": KP, KR);
# a word in more names than that ("Islands") is no country's name, and gets suggestions instead.
_AMBIGUOUS_MAX = 3


def _sharing(key: str, index: _Index) -> list[str]:
    """The countries whose names contain `key` as whole words, when it is a real word."""
    if len(key) < 4:
        return []
    word = re.compile(rf"(?:^| ){re.escape(key)}(?: |$)")
    codes = sorted({c for name, c in index.names.items() if "-" not in c and word.search(name)})
    return codes if len(codes) <= _AMBIGUOUS_MAX else []


@functools.lru_cache(maxsize=512)
def export_code(code: str) -> str:
    """`code` as text resolve_country reads back as the same country, for files meant to be
    imported again: the alpha-2, or the alpha-3 where an alias claims the alpha-2 ("AS" is
    Amerika Serikat, so American Samoa is written "ASM")."""
    try:
        if resolve_country(code).code == code:
            return code
    except ValidationError:
        return code
    country = _pycountry().countries.get(alpha_2=code)
    return country.alpha_3 if country is not None else code


class Country:
    """A country named inside a message: its English name, or its name in the language the
    message is said in (`ValidationError.translated`)."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __str__(self) -> str:
        return country_name(self.code)

    def translated(self, translate: Any) -> str:
        """The country's name in the language of `translate` (an `i18n.Translator`)."""
        return country_name(self.code, translate.lang)


def country_name(code: str, lang: str = "en") -> str:
    """Readable name of an alpha-2 code: "KR" -> "South Korea", lang="id" -> "Korea Selatan"."""
    code = code.strip().upper()
    english = _DISPLAY["en"].get(code)
    country = None
    if english is None:
        country = _pycountry().countries.get(alpha_2=code)
        if country is None:
            raise ValidationError("country", code, "unknown country code")
        english = getattr(country, "common_name", None) or country.name
    if lang == "en":
        return english
    from kerjasama_cli.i18n import translator

    # Our catalogue first: officials write Tiongkok, where pycountry's Indonesian says Cina.
    ours = translator(lang).ctx("country", english)
    if ours != english or country is None:
        return ours
    return _translation(lang).gettext(english)


def region_name(code: str) -> str:
    """Name of an ISO 3166-2 code: "KR-44" -> "Chungcheongnam-do"."""
    sub = _pycountry().subdivisions.get(code=code.strip().upper())
    if sub is None:
        raise ValidationError("region", code, "unknown region code")
    # pycountry appends alternative names in brackets ("Wales [Cymru GB-CYM]").
    return _BRACKETED.sub("", sub.name).strip()


def _unknown_region(pc: Any, field: str, text: str, cc: str) -> ValidationError:
    """An unknown region code, naming the country's codes (the first few) to type instead."""
    codes = sorted(s.code for s in pc.subdivisions.get(country_code=cc) or ())
    if not codes:
        return ValidationError(field, text, "unknown region code")
    shown = ", ".join(codes[:5]) + (", …" if len(codes) > 5 else "")
    return ValidationError(
        field, text, "unknown region code; {country} has {codes}", country=Country(cc), codes=shown
    )


def resolve_region(text: str, country: str | None = None, field: str = "region") -> str:
    """Resolve an ISO 3166-2 code or subdivision name (optionally within a country) to its code.

    country may be an alpha-2 code or any text resolve_country accepts.
    """
    if not text or not text.strip():
        raise ValidationError(field, text, "is empty")
    pc = _pycountry()
    cc = resolve_country(country, "country").code if country else None
    if _REGION_CODE.match(text.strip()):
        code = text.strip().upper()
        if pc.subdivisions.get(code=code) is None:
            raise _unknown_region(pc, field, text, cc or code.split("-")[0])
        if cc and not code.startswith(cc + "-"):
            raise ValidationError(field, text, "is not a region of {country}", country=Country(cc))
        return code
    regions = _index().regions
    found = [
        code
        for code in dict.fromkeys(regions.get(_norm(text), ()))
        if cc is None or code.startswith(cc + "-")
    ]
    if len(found) > 1:  # a province and a city of the same name: the broader one wins
        top = [c for c in found if pc.subdivisions.get(code=c).parent_code is None]
        found = top or found
    if len(found) == 1:
        return found[0]
    if found:
        raise ValidationError(field, text, "ambiguous region", suggestions=found[:3])
    pool = [
        k
        for k, codes in regions.items()
        if cc is None or any(c.startswith(cc + "-") for c in codes)
    ]
    close = difflib.get_close_matches(_norm(text), pool, n=3, cutoff=0.75)
    suggestions = [
        region_name(next(c for c in regions[k] if cc is None or c.startswith(cc))) for k in close
    ]
    if cc:
        raise ValidationError(
            field, text, "unknown region in {country}", suggestions, country=Country(cc)
        )
    raise ValidationError(field, text, "unknown region", suggestions=suggestions)


def find_country(text: str) -> CountryMatch | None:
    """resolve_country's exact readings only: None on a miss, with no fuzzy suggestions (which
    cost milliseconds each), for callers that try many phrases, such as `extract`."""
    if not text or not text.strip():
        return None
    return _lookup(text)


def find_region(text: str, country: str | None = None) -> str | None:
    """The one first-level region called text (in country, an alpha-2), by exact name or English
    exonym ("Bavaria"), else None; no suggestions."""
    codes = _index().regions.get(_norm(text), ())
    pc = _pycountry()
    found = [
        code
        for code in dict.fromkeys(codes)
        if (country is None or code.startswith(country + "-"))
        and pc.subdivisions.get(code=code).parent_code is None
    ]
    return found[0] if len(found) == 1 else None
