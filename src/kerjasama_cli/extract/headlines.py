"""A headline that reports a document signed, for the one record of the partner it names.

"Kabupaten Cirebon dan Haman-Gun Korea Selatan Teken MoU": the article's own sentences may tell
only a meeting "untuk melakukan penandatangan kerja sama" (the signing's word misspelt, its
document unnamed); the headline says what the event was. Found on real34's Haman-gun (i44h);
the rule reads the headline's shape, a signing verb and a document, never a plan ("Rencana
Teken MoU", "to sign").
"""

from __future__ import annotations

import re

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.stages import BY_TYPE, EXPLORATION
from kerjasama_cli.geo.names import normalise

# A headline that reports a document signed ("Cirebon dan Haman-Gun Teken MoU", "Malang and
# Velden sign MoU"), not one planned or explored ("Rencana Teken MoU", "to sign", "akan").
_HEADLINE_SIGNS = re.compile(
    r"\b(?:teken|meneken|diteken|tandatangani|menandatangani|ditandatangani|sign|signs|"
    r"signed|ink|inks|inked)\b",
    re.I,
)
_HEADLINE_PLANS = re.compile(
    r"\b(?:rencana|berencana|akan|bakal|siap|segera|jajaki|menjajaki|plans?|planned|to sign|"
    r"will|set to|agree to|usul\w*|ajak\w*)\b",
    re.I,
)


def headline_signs(drafts: list[Draft], title: str | None) -> list[Draft]:
    """A visit, meeting or talk of cooperation whose partner the headline names signing a
    document, the partner's only record, becomes that document, signed."""
    if not title or not _HEADLINE_SIGNS.search(title) or _HEADLINE_PLANS.search(title):
        return drafts
    documents = [t for t in lexicon.find_types(title) if t[0] in lexicon.DOCUMENT_TYPES]
    if not documents:
        return drafts
    kind = min(documents, key=lambda t: lexicon.RANK[t[0]])[0]
    folded = f" {normalise(title)} "
    for draft in drafts:
        named = draft.partner and f" {normalise(draft.partner)} " in folded
        alone = named and all(d is draft or d.partner != draft.partner for d in drafts)
        if alone and draft.type in ("visit", "meeting", "other") and draft.stage != EXPLORATION:
            draft.type, draft.stage = kind, BY_TYPE[kind]
            draft.evidence["type"] = draft.evidence["stage"] = title
    return drafts
