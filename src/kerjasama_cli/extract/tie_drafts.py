"""The draft of a tie a list or a clause tells beside the news: one foreign place, one of our
governments, a kind, maybe a year; no signatories, no sectors (the list gives none).

Shared by the passes that add whole records the clustering never sees (tie_pairs.py,
since_ties.py, partner_side.py), so each builds its draft and its evidence the same way.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.places import PartnerRef

# "Kota Padang", "Pemerintah Provinsi Lampung": the government of the place is the place.
_OUR_KIND = re.compile(
    r"^(?:Pemerintah\s+)?(?:(?:Daerah\s+)?(?:Kota|Kabupaten|Provinsi|Pemkot|Pemkab|Pemprov)\s+)?"
)


def bare_local(name: str) -> str:
    """Our government's name without its kind word ("Kota Padang" → "Padang")."""
    return _OUR_KIND.sub("", name) or name


def tie_draft(
    ref: PartnerRef,
    local: str,
    kind: str,
    sentence: str,
    date: DateMention | None = None,
    *,
    partner_told: str | None = None,
    since: bool = False,
) -> Draft:
    """A tie of `kind` between `ref` and `local`, told in `sentence` (the partner vouched for
    in `partner_told` where the page names it elsewhere). A sister city or a document proves
    its signing; a tie of no kind (`other`) proves no stage (lists.py: "The other three are")."""
    stage = None if kind == "other" else "loi" if kind == "loi" else "signing"
    evidence = dict.fromkeys(("type", "local_party"), sentence)
    evidence["partner"] = partner_told or sentence
    if ref.country:
        evidence["country"] = partner_told or sentence
    if date is not None:
        evidence["date"] = sentence
    if stage:
        evidence["stage"] = sentence
    return Draft(
        partner=ref.name,
        partner_kind=ref.kind or None,
        country=ref.country,
        region=ref.region,
        type=kind,
        date=date.iso if date else None,
        date_text=date.text if date else None,
        local_party=local,
        local_signatory=None,
        partner_signatory=None,
        sectors=[],
        title=None,
        evidence=evidence,
        since=since,
        known=ref.known,
        stage=stage,
    )


__all__ = ["bare_local", "tie_draft"]
