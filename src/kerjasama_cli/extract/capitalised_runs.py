"""Runs of capitalised words in a sentence: the candidates sentence_places.py reads as places.

"of", "de", "van" and their like stay inside a run ("Rostov-on-Don" aside, "City of Darwin"),
never at its end; a dash between two names ("Jakarta-Kuala Lumpur") and a possessive
("Guangzhou's") end a name, unless the words around the dash are one name the reader knows
("Kujawsko-Pomorskie", "Schleswig-Holstein": `one_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TOKEN = re.compile(r"[A-Z][\w’'.\-]*|C40|(?<=\s)(?:of|de|del|la|am|upon|der|von|van|du)(?=\s)")

CONNECTOR = {"of", "de", "del", "la", "am", "upon", "der", "von", "van", "du"}


def _tokens(text: str) -> list[tuple[int, int, str]]:
    # "Jakarta-Kuala Lumpur": a dash between two capitalised names separates them.
    spaced = re.sub(r"(?<=[a-z])[-–](?=[A-Z])", " ", text)
    spaced = re.sub(r"['’]s\b", "  ", spaced)  # "Guangzhou's": the name is "Guangzhou"
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(spaced)]


def _joined(
    text: str, runs: list[list[tuple[int, int, str]]], one_name: Callable[[str], bool]
) -> list[list[tuple[int, int, str]]]:
    """Runs cut at a dash joined again where the words around it are one known name."""
    merged: list[list[tuple[int, int, str]]] = []
    for run in runs:
        prev = merged[-1] if merged else None
        if prev is not None and text[prev[-1][1] : run[0][0]] in ("-", "–"):
            for left in (1, 2):
                right = next(
                    (
                        k
                        for k in (1, 2)
                        if left <= len(prev)
                        and k <= len(run)
                        and one_name(text[prev[-left][0] : run[k - 1][1]])
                    ),
                    None,
                )
                if right is not None:
                    a, b = prev[-left][0], run[right - 1][1]
                    merged[-1] = [*prev[:-left], (a, b, text[a:b]), *run[right:]]
                    break
            else:
                merged.append(run)
            continue
        merged.append(run)
    return merged


def phrases(
    text: str, one_name: Callable[[str], bool] | None = None
) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with "of", "de" inside), as token lists; `one_name` says
    whether a dashed compound is one name, kept whole ("Kujawsko-Pomorskie")."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for token in _tokens(text):
        if current and text[current[-1][1] : token[0]].strip() == "":
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = [token]
    if current:
        runs.append(current)
    if one_name is not None:
        runs = _joined(text, runs, one_name)
    runs = [part for run in runs for part in _country_word_apart(run)]
    for run in runs:
        while run and run[-1][2] in CONNECTOR:
            run.pop()
    return [r for r in runs if r]


# Kind words after which "Negara" is a name (Kota Negara, Jembrana's seat).
_KIND_BEFORE = {"Kota", "Kecamatan", "Kabupaten", "Kelurahan", "Desa"}


def _country_word_apart(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """ "Provinsi Ehime Negara Jepang": "Negara" ("country") before a country's name is the
    name's end, not a word of it (real33's first sight drafted "Ehime Negara"); "Negara Bagian
    Queensland" (a state) and "Kota Negara" (a town) stay whole."""
    for i in range(1, len(run) - 1):
        if (
            run[i][2] == "Negara"
            and run[i + 1][2] != "Bagian"
            and run[i - 1][2] not in _KIND_BEFORE
        ):
            return [run[:i], *_country_word_apart(run[i:])]
    return [run]
