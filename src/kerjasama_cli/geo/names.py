"""Name folding shared by the city and region indexes."""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_NON_WORD = re.compile(r"[^0-9a-z]+")
_DROP = re.compile(r"[.'’`]")


def normalise(text: str) -> str:
    """Fold case, accents, punctuation and spacing: "Jeju-si" -> "jeju si", "Köln" -> "koln"."""
    if text.isascii():  # the common case, five times faster than the Unicode path
        return _NON_WORD.sub(" ", _DROP.sub("", text.lower().replace("&", " and "))).strip()
    text = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.replace("&", " and "))
    return _NON_WORD.sub(" ", text).strip()


# Administrative words around a place name, in the languages partners' names come in. Stripping
# them lets "Provinsi Jeju", "Jeju Province", "Jeju-do" and "Jeju-teukbyeoljachido" meet.
REGION_WORDS = (
    "provinsi",
    "province of",
    "prefecture of",
    "state of",
    "negara bagian",
    "prefektur",
    "wilayah",
    "region of",
)
REGION_SUFFIXES = (
    " special self governing province",
    " special autonomous province",
    " province",
    " prefecture",
    " state",
    " region",
    " teukbyeoljachido",
    " teukbyeolsi",
    " gwangyeoksi",
    " sheng",
    " shi",
    " zizhiqu",
    " do",
    " to",
    " fu",
    " ken",
)
CITY_WORDS = ("kota", "city of", "pemkot", "pemerintah kota", "municipality of")
CITY_SUFFIXES = (" city hall", " metropolitan city", " city", " si", " shi", " municipality")


def strip_words(key: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    """key without one leading and one trailing administrative word, if that leaves a name."""
    for word in prefixes:
        if key.startswith(word + " ") and len(key) > len(word) + 2:
            key = key[len(word) + 1 :]
            break
    for word in suffixes:
        if key.endswith(word) and len(key) > len(word) + 2:
            key = key[: -len(word)]
            break
    return key
