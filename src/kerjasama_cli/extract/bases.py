"""The document a story says its ties rest on ("Kerja sama sister city tersebut dilakukan atas
dasar letter of intent", "masih sebatas LoI", "based on a letter of intent"): the sister-city
ties it points back to were made by that letter of intent, so each is drafted as an LoI (stage
`loi`), not as a signed sister-city agreement. Found on real10's Yogyakarta story (a list of
seven ties "atas dasar letter of intent dan belum didasarkan atas memorandum of understanding").
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.facts import Facts

# The basis word, then the letter of intent (quoted or not).
_ON_AN_LOI = re.compile(
    r"\b(?:atas dasar|berdasarkan|berdasar|didasarkan (?:pada|atas)|sebatas|baru berupa|"
    r"masih berupa|masih dalam tahap|based on|on the basis of|only at the stage of)\s+"
    r"(?:(?:an?|the|sebuah|naskah)\s+)?[\"“']?\s*(?:letters? of intent|LoI|surat minat)\b",
    re.I,
)
# The sentence points back to the ties told before it ("kerja sama ... tersebut", "these ties").
_BACK = re.compile(
    r"\b(?:tersebut|itu|ini|these|those|the ties|the partnerships|all of them|semuanya)\b", re.I
)


def ties_on_an_loi(drafts: list[Draft], all_facts: list[Facts]) -> None:
    """Sister-city drafts told before a sentence saying those ties rest on a letter of intent
    become LoIs (stage `loi`), the basis sentence their evidence."""
    for facts in all_facts:
        text = facts.sentence.text
        if facts.dropped or facts.partners or not _ON_AN_LOI.search(text) or not _BACK.search(text):
            continue
        before = {f.sentence.text for f in all_facts[: facts.sentence.index]}
        for draft in drafts:
            if draft.type == "sister_city" and draft.evidence.get("type") in before:
                draft.type = "loi"
                draft.stage = "loi"
                draft.evidence["type"] = draft.evidence["stage"] = text
