"""A place named only as where something happened: a venue or an address, not a partner.

"di Grhadika Bhakti Praja", "pimpinannya di Tokyo", "in Queensland" after a partner: found on real
articles the extractor had never seen (tests/extract_cases/real*). A kind word ("di Kota
Fujisawa") says the place is a government after all.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.places import country_of

# A bare locative right before the name ("di Tokyo", "bertempat di ..."): where, not who.
_PLACE_AFTER_LOCATIVE = re.compile(r"(?:^|[\s,(])(?:di|at|in|bertempat di)\s+$", re.I)
_ADDRESS = re.compile(
    r"\b(?:berlokasi|terletak|berkantor|berkedudukan|located|based|headquartered)\s+(?:di|in|at)\s+$",
    re.I,
)
# "in Surabaya and Perth": the second name of a locative list is a place too.
_LOCATIVE_LIST = re.compile(
    r"(?:^|[\s,(])(?:di|at|in)\s+(?P<where>(?:[A-Z][\w’'-]*\s+){1,3})(?:and|dan|&|,)\s+$"
)
# "kata Royke lewat siaran persnya dari Tokyo": where the speaker spoke from.
_SPEECH = re.compile(
    r"\b(?:kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|tuturnya|jelasnya|said|says|told)\b"
    r"[^.;:“”\"]*?\b(?:di|dari|from|in|at)\s+$"
)
_KIND_WORD = re.compile(
    r"^(?:kota|kabupaten|provinsi|prefektur|negara bagian|city of|province of|state of|"
    r"prefecture of|the city of|the province of|the state of|pemerintah)\b",
    re.I,
)


# A kind word in the name itself: "Kota Tono", "Pemerintah Kota Fujisawa", "Tono City".
KIND_BEFORE = re.compile(
    r"^(?:Pemerintah\s+)?(?:Kota|Kabupaten|Provinsi|Prefektur|City of|Province of|Prefecture of|"
    r"Distrik|Otoritas Khusus)"
    r"\s|\s(?:City|Prefecture|Province|County)$"
)


def is_locative(text: str, start: int, phrase: str) -> bool:
    """Whether the name at `start` follows a bare "di/at/in": a venue or an address, unless a
    kind word ("di Kota Fujisawa") says it is a government."""
    before = text[max(0, start - 60) : start]
    if _ADDRESS.search(before):
        return True  # "yang berlokasi di Kota Tokyo": an address, kind word or not
    if _KIND_WORD.match(phrase):
        return False
    listed = _LOCATIVE_LIST.search(before)
    if listed and country_of(listed.group("where").strip()) is not None:
        listed = None  # "Braunschweig in Germany, Suwon in South Korea": a list of partners
    return bool(
        _PLACE_AFTER_LOCATIVE.search(before[-14:])
        or listed
        or _SPEECH.search(text[max(0, start - 90) : start])
    )
