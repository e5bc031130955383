"""The title of a programme draft: the name a programme is given in quotes or capitals."""

from __future__ import annotations

import re

from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.places import PartnerRef

_PROGRAMME_NAME = re.compile(
    r"[“\"]([^”\"]{6,90})[”\"]|((?:[A-Z][\w-]*\s+(?:and\s+|for\s+|of\s+|&\s+)?){1,7}Program(?:me)?)\b"
)
_NAMED = re.compile(
    r"program(?:me)?\s+[“\"]([^”\"]{6,90})[”\"]|[“\"]([^”\"]{6,90})[”\"]\s+program(?:me)?", re.I
)


def programme_title(rtype: str, ref: PartnerRef, facts_all: list[Facts]) -> str | None:
    """The programme's name its sentences give; None for other types or when none is given."""
    title = None
    if rtype == "programme" and not ref.name:
        m = _NAMED.search(" ".join(f.sentence.text for f in facts_all))
        title = (m.group(1) or m.group(2)) if m else None
    elif rtype == "programme":
        for facts in facts_all:
            m = _PROGRAMME_NAME.search(facts.sentence.text)
            if m:
                title = (m.group(1) or m.group(2)).strip()
                break
    return title
