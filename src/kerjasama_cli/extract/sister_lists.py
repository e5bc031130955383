"""A partner's own list of its sister cities inside a story of ours ("Kota-kota kembar Velaria
antara lain Kota Marvelle, ...", "Velaria's sister cities: Marvelle, France; ..."): the listed
places are the partner's ties, not ours, and the list makes no tie of the partner with us unless
one of our governments is listed among them. A list headed by one of our governments ("Kota
kembar Bandung antara lain ...") is ours and read as usual.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.facts import Facts

# One to three capitalised words on one line, not the kind words of a headline ("Kota Kembar
# SISTER CITY: Pemkot ..." names no owner).
_OWNER = r"(?P<owner>(?!(?i:sister|twin)\b)[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
# What opens the list after its head: a colon or a word that introduces the items.
_OPENS = (
    r"\s*(?::|,?\s*(?i:antara lain|adalah|yaitu|yakni|meliputi|di ?antaranya|termasuk|seperti|"
    r"include|includes|including|are|such as)\b)"
)
_SISTERS = (
    r"(?i:sister|twin|partner|friendship)[\s-]+(?i:cities|towns|provinces|states|regions|"
    r"prefectures)"
)
_HEADS = (
    # "Kota-kota kembar Velaria antara lain", "kota kembar dari Kota Velaria:"
    re.compile(
        r"\b(?i:kota-kota|kota|provinsi|prefektur|daerah|negara bagian)[- ](?i:kembar(?:nya)?|"
        r"bersaudara)\s+(?i:dari\s+)?(?:(?:Kota|Provinsi|Prefektur|Kabupaten)\s+)?"
        + _OWNER
        + _OPENS
    ),
    # "Velaria's sister cities:", "Velaria’s twin towns include"
    re.compile(_OWNER + r"['’]s\s+(?i:other\s+|own\s+)?" + _SISTERS + _OPENS),
    # "the sister cities of Velaria include"
    re.compile(r"\b(?i:the\s+)" + _SISTERS + r"\s+(?i:of)\s+" + _OWNER + _OPENS),
    # "Velaria is twinned with Marvelle in France and Kessburg in Germany"
    re.compile(
        _OWNER + r"\s+(?i:is|was|has been|are)\s+(?i:also\s+)?(?i:twinned|paired)\s+(?i:with)\s"
    ),
)


def partners_own_sisters(all_facts: list[Facts]) -> None:
    """Each sentence that lists a foreign place's own sister cities keeps only what precedes
    the list, and the owner where one of our governments is among its sisters (see the module
    docstring). Read before the local party is chosen."""
    for facts in all_facts:
        text = facts.sentence.text
        head = next((m for h in _HEADS if (m := h.search(text))), None)
        if head is None:
            continue
        a, b = head.span("owner")
        if any(a <= at < b for at, _ in facts.parties):
            continue  # our government's own sisters
        ours_listed = any(at >= head.end() for at, _ in facts.parties)
        facts.partners = [
            h
            for h in facts.partners
            if h.end <= head.start() or ours_listed and h.start < b and h.end > a
        ]
        if not facts.partners:
            facts.dropped = True


__all__ = ["partners_own_sisters"]
