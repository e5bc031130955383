"""Background an article tells beside its news: another government's own ties, common words.

Small passes over the facts of a whole article, run once the local party is known.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.facts import Facts

# "Kota-kota", "negara-negara": a plural common word, never a partner's name.
_REDUPLICATED = re.compile(r"(?i)^(\w+)-\1$")

# The home government's bare name acting ("Surabaya menjalin hubungan dengan ...", "Jakarta
# has ties with ..."): the subject of the cooperation told, so that government's own ties.
_ACTS = re.compile(
    r"(?:DKI\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:(?:juga|telah|sudah|pun|also|already)\s+)*"
    r"(?:menjalin|memiliki|mempunyai|punya|bekerja\s?sama|has|have|is\s+twinned)\b"
)


def plurals_are_no_partners(all_facts: list[Facts]) -> None:
    """A reduplicated plural ("Kota-kota di Belanda") names no partner."""
    for facts in all_facts:
        facts.partners = [h for h in facts.partners if not _REDUPLICATED.match(h.ref.name)]


def home_acting(facts: Facts) -> bool:
    """Whether the home government's bare name is the subject of the sentence's cooperation."""
    text = facts.sentence.text
    return any(name == "home" and _ACTS.match(text, at) for at, name in facts.parties)
