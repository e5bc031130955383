"""Partners named in a sentence: registry partners, organisations, institutions, places.

A name is tried, in order, against the local government's own names (never a partner), the
registry's partners and aliases, international organisations (no country), countries, ISO 3166-2
regions and the world-cities gazetteer. The country comes from the text next to the name
("Heidelberg (Jerman)", "Rotterdam, Belanda", "Provinsi Jeju di Korea Selatan") when it is there.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kerjasama_cli.domain.countries import find_country
from kerjasama_cli.extract import organisations
from kerjasama_cli.extract.id_governments import NAMES as ID_NAMES
from kerjasama_cli.extract.place_words import NOT_PLACES, STOPWORDS, SURNAMES
from kerjasama_cli.geo import find_place
from kerjasama_cli.geo.korea import find_district
from kerjasama_cli.geo.names import normalise
from kerjasama_cli.geo.places import Place, find_near
from kerjasama_cli.geo.towns import find_town

# Administrative words around a partner's name: dropped to find the name itself.
_PREFIX = re.compile(
    r"^(?:(?:the|pemerintah|pemerintahan|pemda|pemkot|pemkab|pemprov|provinsi|kota|kabupaten|"
    r"prefektur|negara bagian|daerah(?: istimewa| otonom)?|wilayah|metropolitan|city of|"
    r"province of|prefecture of|"
    r"state of|municipality of|government of|metropolitan government of|otoritas)\s+)+",
    re.I,
)
_SUFFIX = re.compile(
    r"(?:\s+(?:city hall|city government|metropolitan government|metropolitan city|"
    r"provincial government|prefectural government|municipal government|government|"
    r"special self-governing province|autonomous region|region|province|prefecture|"
    r"city council|council|city|county|island|"
    r"municipality|state))+$",
    re.I,
)
_PROVINCE_WORDS = re.compile(
    r"\b(?:provinsi|province|prefecture|prefektur|negara bagian|state of|provincial)\b|-do\b", re.I
)
_CITY_WORDS = re.compile(r"\b(?:kota|city|pemkot|municipal|metropolitan)\b", re.I)

_STRONG_CITY = 100_000  # a gazetteer city smaller than this needs a country beside it
_NAMED_TOWN = 50_000  # ... unless its name is two words or more (_named_town)
_COMPASS = {
    "Selatan": "South",
    "Utara": "North",
    "Barat": "West",
    "Timur": "East",
    "Tengah": "Central",
}


_KIND_LEAD = re.compile(
    r"^(?:(?:Pemerintah\s+)?(?:Provinsi|Kota|Kabupaten|Prefektur)|Pemprov|Pemkot|Pemkab) "
)
_COMPASS_AFTER = re.compile(
    r"^([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:Selatan|Utara|Barat|Timur|Tengah)$"
)

_COMPASS_BEFORE = re.compile(r"(?:South|North|East|West|Central) ([A-Z][\w-]+)")

# A state or province right after a name and a comma ("Forth Worth, Texas (USA)").
_STATE_AFTER = re.compile(r",\s*([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")
_TOWN_NAME = re.compile(r"[A-Z][a-z’'-]{2,}(?:\s+[A-Z][a-z’'-]{2,})?")


@dataclass(frozen=True)
class PartnerRef:
    """A resolved partner: canonical name, kind, country (alpha-2 or None), ISO 3166-2 region."""

    name: str
    kind: str
    country: str | None
    region: str | None = None
    known: bool = False  # already in the registry (name or alias)
    # The gazetteer's own name of a city written another way ("Moskow" is Moscow): one partner.
    official: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class KnownPartner:
    """A partner already in the registry, as extract needs it."""

    key: str
    name: str
    kind: str
    country: str | None
    region: str | None
    aliases: tuple[str, ...] = ()


@dataclass
class Gazetteer:
    """Resolves names for one article: home names, registry partners, organisations, places."""

    home: str
    home_names: set[str]
    local_country: str = "ID"
    known: dict[str, KnownPartner] = field(default_factory=dict)  # folded name/alias -> partner
    cache: dict[tuple[str, str | None, bool], PartnerRef | str | None] = field(default_factory=dict)

    @classmethod
    def build(cls, home: str, known: list[KnownPartner]) -> Gazetteer:
        """Index the registry's partners; the home's names include its bare core ("Jakarta")."""
        names = {normalise(home), normalise(_bare(home))}
        if "jakarta" in names or "dki jakarta" in names:
            names |= {
                "dki",
                "dki jakarta",
                "jakarta",
                "daerah khusus ibukota jakarta",
                "special capital region of jakarta",
                "balai kota",
                "balai kota jakarta",
                "balai kota dki",
                "balai kota dki jakarta",
                "jakarta pusat",
                "indonesia",
            }
        else:
            names.add("indonesia")
        index: dict[str, KnownPartner] = {}
        for partner in known:
            for name in (partner.name, *partner.aliases):
                key = normalise(name)
                if key and key not in names:
                    index.setdefault(key, partner)
        return cls(home, names, known=index)

    def is_home(self, text: str) -> bool:
        """Whether text names the local government itself ("Pemprov DKI Jakarta")."""
        key = normalise(text)
        return key in self.home_names or normalise(_bare(text)) in self.home_names

    def resolve(
        self, text: str, country: str | None = None, strict: bool = True
    ) -> PartnerRef | str | None:
        """A partner for text; "home" for the local government; "local" for another Indonesian
        government; None when text is not a partner name."""
        cache_key = (text, country, strict)
        if cache_key in self.cache:
            return self.cache[cache_key]
        found = self._resolve(text.strip(" ,.;:()\"'“”‘’"), country, strict)
        self.cache[cache_key] = found
        return found

    def _resolve(self, text: str, country: str | None, strict: bool) -> PartnerRef | str | None:
        if not text:
            return None
        if self.is_home(text):
            return "home"
        key = normalise(text)
        bare = _bare(text)
        bare_key = normalise(bare)
        if not bare_key or bare_key in STOPWORDS or len(bare_key) < 3 and not bare.isupper():
            return None
        if bare_key in NOT_PLACES and strict and country is None:
            return None  # "Lima", "Surat": words, unless "Kota Lima, Peru" vouches
        for k in (key, bare_key):
            known = self.known.get(k)
            if known is not None and (country is None or known.country in (None, country)):
                return PartnerRef(known.name, known.kind, known.country, known.region, True)
        for pattern, name in organisations.ORGANISATIONS:
            if pattern.fullmatch(text) or pattern.fullmatch(bare):
                return PartnerRef(name, "organisation", None)
        if organisations.INSTITUTION.fullmatch(text):
            return PartnerRef(text, "institution", country)
        as_country = _country(text)
        if as_country is not None:
            if as_country == "ID":
                return None
            return PartnerRef(_country_name(text), "country", as_country)
        from kerjasama_cli.extract.parties import SHORT_NAMES

        if key in SHORT_NAMES or bare_key in SHORT_NAMES:
            return "local"  # "Central Java", "Jateng", "NTB"
        # A place in Indonesia is a local government, never a foreign partner ("Bali" is also
        # a town in India, "Sabha" one in Libya, "Deli Serdang" is no Deli), unless a foreign
        # country beside it says otherwise ("Malaka, Malaysia").
        if country in (None, self.local_country) and (key in ID_NAMES or bare_key in ID_NAMES):
            return "local"
        if find_place(bare, self.local_country) is not None:
            return "local"
        for word, english in _COMPASS.items():  # "Australia Selatan" -> "South Australia"
            if bare.endswith(" " + word):
                for compass in (english, english + "ern"):  # "Australia Barat": Western
                    translated = f"{compass} {bare[: -len(word) - 1]}"
                    place = find_place(translated, country)
                    if place is not None and place.kind == "region":
                        # "Jeolla Utara" stays as written: only pycountry's own English name
                        # ("South Australia") replaces the Indonesian one
                        same = normalise(place.name) == normalise(translated)
                        shown = translated if same else bare
                        return PartnerRef(shown, "province", place.country, place.code)
        wants_province = bool(_PROVINCE_WORDS.search(text))
        place = find_place(text if wants_province else bare, country)
        if wants_province and (place is None or place.kind == "city"):
            # "Provinsi Shichuan": a province one typing slip from its name beats a town
            again = find_place("Provinsi " + bare, country)
            near = find_near(bare, country, regions_only=True)
            if again is not None and again.kind == "region":
                place = again
            else:
                place = near or again or place or find_place(bare, country)
        if place is None and country is not None:
            place = find_near(bare, country)  # "Khartom (Sudan)": its country vouches
        if place is None and country in (None, "KR") and find_district(bare):
            # "Jung-Gu", "Pemerintah Eunpyeong-gu", "Hamyang Gun": a Korean district or
            # county written with its kind, which says Korea (geo/korea.py)
            return PartnerRef(bare, "city", "KR")
        if place is None:
            return None
        if place.country == "ID":
            return "local"
        if (
            place.kind == "city"
            and strict
            and country is None
            and (place.population or 0) < _STRONG_CITY
            and not _named_town(bare, place)
        ):
            return None
        if (
            place.kind == "region"
            and strict
            and country is None
            and not wants_province
            and place.population is None
            and place.name.replace("-", " ") != bare.replace("-", " ")  # "Souss Massa"
            and normalise(place.name) == bare_key
        ):
            # "Little Bandung Store": a word matching a minor region only once its diacritics
            # are folded (Štore, Slovenia) is a word, unless a kind word or country vouches.
            return None
        if place.kind == "region" and not wants_province and not _CITY_WORDS.search(text):
            # "Gyeonggi" -> Gyeonggi-do; a bare region name is kept as written.
            name = text if "-" in text or place.code is None else bare
            return PartnerRef(_display(name, place.name), "province", place.country, place.code)
        if place.kind == "region":
            return PartnerRef(_display(bare, place.name), "province", place.country, place.code)
        return PartnerRef(_display(bare, place.name), "city", place.country, official=place.name)

    def state_after(self, phrase: str, after: str) -> PartnerRef | None:
        """A town the gazetteer lacks (here misspelt), vouched for by the foreign state or
        province named right after it ("Forth Worth, Texas"): one or two capitalised words that
        are no word of the lexicon, never an Indonesian place."""
        m = _STATE_AFTER.match(after)
        if m is None or not _TOWN_NAME.fullmatch(phrase) or self.resolve(phrase) is not None:
            return None
        if any(normalise(w) in STOPWORDS for w in phrase.split()):
            return None
        where = self.resolve("Provinsi " + m.group(1))  # "Texas" the state, not Texas City
        if not isinstance(where, PartnerRef) or where.kind != "province" or not where.country:
            return None
        if self.resolve(m.group(1), strict=False) is None:
            # "Bidang Perikanan, Kelautan dan Kehutanan": "Provinsi" forgives a typing slip
            # (Kelautan is one from Kelantan), but a state vouching for a town it does not know
            # must be written as its own name, or a list of Indonesian words makes towns.
            return None
        return PartnerRef(phrase, "city", where.country)

    def town(self, phrase: str, country: str) -> PartnerRef | None:
        """A town of the gazetteer's lower tier (500 to 15,000 people) called phrase (its kind
        words aside) in country, for a name the caller has seen in a place's shape; never a
        word of the lexicon, a surname, nor a name Indonesia has a place of (a regency, or a
        town of any size: "Kota Sato" may be a person's name, a Japanese town or a village)."""
        bare = _bare(phrase)
        key = normalise(bare)
        if (
            country == self.local_country
            or not _TOWN_NAME.fullmatch(bare)
            or key in STOPWORDS | SURNAMES | NOT_PLACES
            or key in ID_NAMES
            or find_town(bare, self.local_country) is not None
            or self.resolve(bare) is not None
        ):
            return None
        found = find_town(bare, country)
        if found is None:
            return None
        return PartnerRef(_display(bare, found), "city", country, official=found)

    def compass_region(self, phrase: str) -> PartnerRef | None:
        """ "Pemerintah Provinsi Kotabato Selatan": South Kotabato, a region named after a place
        the gazetteer knows (not that place itself), when a kind word vouches for it."""
        kind = _KIND_LEAD.match(phrase)
        compass = _COMPASS_AFTER.match(phrase[kind.end() :]) if kind else None
        if not compass:
            # "South Cotabato": an English compass word before a foreign town's name makes
            # another region (a province), never the town itself.
            before = _COMPASS_BEFORE.fullmatch(phrase)
            inner = self.resolve(before.group(1)) if before else None
            if not isinstance(inner, PartnerRef) or inner.kind != "city" or not inner.country:
                return None
            return PartnerRef(phrase, "province", inner.country)
        inner = self.resolve(compass.group(1))
        if not isinstance(inner, PartnerRef) or inner.kind == "country" or not inner.country:
            return None
        province = "prov" in kind.group(0).lower()  # "Provinsi", "Pemprov"
        return PartnerRef(compass.group(0), "province" if province else inner.kind, inner.country)


def _named_town(written: str, place: Place) -> bool:
    """ "Mossel Bay", "Gold Coast": a town of two words or more, written as the gazetteer
    writes it, is specific enough to stand without its country (one word may be a common word
    or a person's name: "Lima", "Surat"); a hamlet still needs it."""
    return (
        len(written.split()) >= 2
        and written == place.name
        and (place.population or 0) >= _NAMED_TOWN
        and normalise(written.split()[-1]) not in SURNAMES
    )


def _display(written: str, official: str) -> str:
    """The name as the article writes it, unless the gazetteer's is the same name better spelt."""
    if normalise(written) == normalise(official):
        return official
    return written


def _bare(text: str) -> str:
    text = _PREFIX.sub("", text.strip())
    stripped = _SUFFIX.sub("", text).strip()
    return stripped or text


def _country(text: str) -> str | None:
    if not text[:1].isupper():
        return None
    if len(text) <= 2 and text not in ("AS", "UK", "RI"):
        return None  # "GS" in "GS Vicky Lumentut" is initials, not South Georgia
    if text in _STATE_INITIALS:
        return _STATE_INITIALS[text]
    match = find_country(text)
    return None if match is None or match.region else match.code


# A state's Indonesian initials ("Distrik Oecussi RDTL"): Republik Demokratik Timor Leste.
_STATE_INITIALS = {"RDTL": "TL", "RTDL": "TL"}


def _country_name(text: str) -> str:
    return text.strip()


@functools.lru_cache(maxsize=4096)
def country_of(text: str) -> str | None:
    """The alpha-2 code text names when it is a country ("Korsel", "Jerman", "RRT"), else None."""
    return _country(text.strip(" ,.;:()\"'“”"))
