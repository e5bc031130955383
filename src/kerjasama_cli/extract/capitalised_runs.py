"""Runs of capitalised words in a sentence: the candidates sentence_places.py reads as places.

"of", "de", "van" and their like stay inside a run ("Rostov-on-Don" aside, "City of Darwin"),
never at its end; a dash between two names ("Jakarta-Kuala Lumpur") and a possessive
("Guangzhou's") end a name.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[A-Z][\w’'.\-]*|C40|(?<=\s)(?:of|de|del|la|am|upon|der|von|van|du)(?=\s)")

CONNECTOR = {"of", "de", "del", "la", "am", "upon", "der", "von", "van", "du"}


def _tokens(text: str) -> list[tuple[int, int, str]]:
    # "Jakarta-Kuala Lumpur": a dash between two capitalised names separates them.
    spaced = re.sub(r"(?<=[a-z])[-–](?=[A-Z])", " ", text)
    spaced = re.sub(r"['’]s\b", "  ", spaced)  # "Guangzhou's": the name is "Guangzhou"
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(spaced)]


def phrases(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with "of", "de" inside), as token lists."""
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
    for run in runs:
        while run and run[-1][2] in CONNECTOR:
            run.pop()
    return [r for r in runs if r]
