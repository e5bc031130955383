"""The stage a draft's record proves (domain/stages.py's keys), told by its type and its words.

A signed LoI proves `loi`; an MoU, agreement or sister-city document `signing`; a document
renewed ("memperpanjang MoU", "renewed its agreement") `renewal`; a programme or a visit
`implementation`. An exploration ("menjajaki", "penjajakan", "explore", "peluang") proves
`exploration` and a plan, wish or offer ("berencana", "tawaran", "keinginan", "plans to",
"offered") `initiative`, whatever the type word it governs: such a draft is never a signed
document (its type is `other`, or a visit made to explore). A draft with no such word and a type
that proves nothing (a membership, `other`) has no stage: it is left empty, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

EXPLORATION = "exploration"
INITIATIVE = "initiative"

_EXPLORE = re.compile(
    r"\b(?:menjajaki|menjajagi|jajaki|penjajakan|penjajagan|dijajaki|peluang|potensi|"
    r"membahas|dibahas|pembahasan|explor\w*|opportunit\w*|potential|discuss\w*|talks)\b",
    re.I,
)
_PLAN = re.compile(
    r"\b(?:berencana|merencanakan|rencana|direncanakan|tawaran|menawarkan|ditawarkan|usulan|"
    r"mengusulkan|keinginan|ingin|berminat|tertarik|akan|calon|plans?|planned|planning|"
    r"intends?|intention|proposed?|offer\w*|interest(?:ed)?|wish\w*|will|would like)\b",
    re.I,
)
_RENEW = re.compile(
    r"\b(?:memperpanjang|perpanjangan|diperpanjang|memperbarui|pembaruan|diperbarui|"
    r"renew\w*|extend(?:ed|s)? (?:the|its|their))\b",
    re.I,
)
# The stage a record's type proves on its own (domain/stages.py's DEFAULT_STAGES).
BY_TYPE = {
    "loi": "loi",
    "mou": "signing",
    "agreement": "signing",
    "sister_city": "signing",
    "programme": "implementation",
    "visit": "implementation",
    "meeting": "implementation",
    "office_opening": "implementation",
}
_DOCUMENTS = ("loi", "mou", "agreement", "sister_city")


def stage_of(rtype: str, sentences: Sequence[str], exploring: bool) -> str | None:
    """The stage a draft of type `rtype` proves, from its own sentences; `exploring` says its
    type word was read as only explored, planned or offered (facts.Facts.exploring)."""
    text = " ".join(sentences)
    if rtype in _DOCUMENTS and not exploring:
        if _RENEW.search(text):
            return "renewal"
        return BY_TYPE[rtype]
    if exploring or rtype == "other":
        if _EXPLORE.search(text):
            return EXPLORATION
        if _PLAN.search(text) or exploring:
            return INITIATIVE
        return None
    if rtype in ("visit", "meeting") and _EXPLORE.search(text) and not _signed(text):
        return EXPLORATION  # a visit made to explore a tie is the exploration, not its use
    return BY_TYPE.get(rtype)


_SIGNED = re.compile(
    r"\b(?:menandatangani|ditandatangani|penandatanganan|signed|signing|meneken|diteken)\b", re.I
)


def _signed(text: str) -> bool:
    return bool(_SIGNED.search(text))
