"""First-level regions (provinces, states, prefectures) from pycountry's ISO 3166-2 catalogue."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kerjasama_cli.geo.names import REGION_SUFFIXES, REGION_WORDS, normalise, strip_words

_GEOGRAPHICAL = frozenset({"Geographical unit", "Geographical region", "Chain (of islands)"})
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]")


@dataclass(frozen=True)
class Region:
    """One ISO 3166-2 subdivision with no parent (a province, not a district of one)."""

    code: str
    name: str
    country: str


@functools.lru_cache(maxsize=1)
def region_index() -> dict[str, list[Region]]:
    """Folded names (full and without administrative words) -> first-level regions."""
    import pycountry  # lazy, see domain/countries.py

    index: dict[str, list[Region]] = {}
    for sub in pycountry.subdivisions:
        # Indonesia's provinces sit under "geographical units" (Jawa, Nusa Tenggara) that are
        # not governments: such a parent does not make a province second-level.
        if sub.parent_code is not None:
            parent = pycountry.subdivisions.get(code=sub.parent_code)
            if parent is None or parent.type not in _GEOGRAPHICAL:
                continue
        name = _BRACKETED.sub("", sub.name).strip()
        region = Region(sub.code, name, sub.country_code)
        full = normalise(name)
        bare = strip_words(full, REGION_WORDS, REGION_SUFFIXES)
        # Romanised names are written joined or split ("Jeollanamdo", "Chung Cheong Buk-do" for
        # Jeollanam-do, Chungcheongbuk-do): the name without spaces meets them all. A space is
        # never part of a folded key, so these keys cannot collide with a written name.
        keys = {full, bare, _JOINED + full.replace(" ", ""), _JOINED + bare.replace(" ", "")}
        keys |= _republic_keys(sub.code, name)
        for key in keys:
            index.setdefault(key, []).append(region)
    return index


# Russia's republics as English and Indonesian articles name them, where ISO's transliteration
# differs ("Chechenskaya Respublika", "Buryatiya, Respublika"); never a people's adjective alone
# ("Chechen", "Chuvash"). ISO's own inverted names ("Tatarstan, Respublika") give the rest.
_REPUBLICS = {
    "RU-AD": ("Adygea",),
    "RU-BU": ("Buryatia",),
    "RU-CE": ("Chechnya", "Chechen Republic"),
    "RU-CU": ("Chuvashia", "Chuvash Republic"),
    "RU-IN": ("Ingushetia",),
    "RU-KB": ("Kabardino-Balkaria", "Kabardino-Balkar Republic"),
    "RU-KC": ("Karachay-Cherkessia", "Karachay-Cherkess Republic"),
    "RU-KK": ("Khakassia",),
    "RU-KL": ("Kalmykia",),
    "RU-KR": ("Karelia",),
    "RU-MO": ("Mordovia",),
    "RU-SA": ("Sakha", "Yakutia"),
    "RU-SE": ("North Ossetia", "North Ossetia-Alania"),
    "RU-UD": ("Udmurtia", "Udmurt Republic"),
}
# A republic's own name must be this long to be read bare: "Komi", "Saha", "Tyva" and "Altay" are
# words, surnames or cities first ("Mr Saha"); with "Republik"/"Republic of" before them they
# still are the republic.
_BARE_LETTERS = 6
_RESPUBLIKA = ", Respublika"


def _republic_keys(code: str, name: str) -> set[str]:
    """Keys of a Russian republic by its own name, bare and in the republic's style ("Republik
    Tatarstan", "Republic of Tatarstan", "Tatarstan Republic"); none for another region."""
    if not code.startswith("RU-") or "Respublika" not in name:
        return set()
    own = [name.removesuffix(_RESPUBLIKA)] if name.endswith(_RESPUBLIKA) else []
    keys: set[str] = set()
    for bare in (normalise(n) for n in (*own, *_REPUBLICS.get(code, ()))):
        if len(bare.replace(" ", "")) >= _BARE_LETTERS:
            keys.add(bare)
        keys |= {f"republik {bare}", f"republic of {bare}", f"{bare} republic"}
    return keys


_JOINED = " "  # the mark of a key without spaces (a folded key never starts with a space)


def joined_key(key: str) -> str:
    """The index key of a folded name written without its spaces ("chung cheong buk do")."""
    return _JOINED + key.replace(" ", "")
