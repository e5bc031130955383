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
        for key in {full, bare, _JOINED + full.replace(" ", ""), _JOINED + bare.replace(" ", "")}:
            index.setdefault(key, []).append(region)
    return index


_JOINED = " "  # the mark of a key without spaces (a folded key never starts with a space)


def joined_key(key: str) -> str:
    """The index key of a folded name written without its spaces ("chung cheong buk do")."""
    return _JOINED + key.replace(" ", "")
