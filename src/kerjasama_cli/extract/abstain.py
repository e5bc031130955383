"""Precision first: a value whose evidence is of a kind the policy distrusts is left empty.

grounds.py names the kind of evidence of every drafted value (a type word beside the partner, a
weekday in a sentence that tells no cooperation, a sector moved from another sentence ...).
`POLICY` below says which kinds are not enough. A value of such a kind is taken out of the
draft and kept in `Draft.unsure` (field, value, kind): the field is then listed as missing, and
the reviewer sees why it is empty and what was read. A record whose own evidence is of a
distrusted kind is left out whole (`Extraction.left_out`).

The table is tuned on the labelled batches only (`bench/extract_grounds.py` prints each kind's
precision per batch group, the policy off): a kind goes in when leaving its values out raises
precision on every batch and lowers F1 on none. Measured on real1-16 (issue 23, i33a), the field
kinds do not separate right values from wrong ones: a type word beside the partner is right 88%
of the time, one two sentences away 97%; a sector of the record's own sentence 86%, of a sentence
pointing back 79%; a weekday said aside 71%. Leaving any of them out costs more recall than it
saves precision, so they stay, and the table holds record kinds only. `PROPOSED` holds an entry
that raises precision on every group of batches at level F1 but lowers recall floors.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract.assemble import Draft, Unsure
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.grounds import grounds

# (field, kind) -> why such evidence is not enough. Fields: "record" (the whole draft), "date",
# "sectors" (each code), "local_signatory", "partner_signatory". The type is never left empty:
# `import` needs one, and a wrong one is one edit, an empty one a record nobody can file.
POLICY: dict[tuple[str, str], str] = {
    # "Kota Madiun dan Kota Tartu menjalin kerja sama sister city sejak 2019. [seven sentences]
    # Kunjungan Wali Kota Tartu ke Madiun menunjukkan ...": a visit told undated in the
    # article's history, beside the partner's record, is that record's story (real1-16: 2
    # such drafts, both extra; precision up, recall unchanged on every batch).
    ("record", "echo_late"): "an undated visit or meeting of a partner drafted already",
}
# Measured, not applied: the lead's decision (issue 23; `POLICY.update(PROPOSED)` applies
# both). An undated visit or meeting in the opening beside another record of the partner: the
# visit made to sign the MoU, the talk at the call the record is ... or the news itself beside
# an old tie (11 of the 12 such drafts of real1-16 are right). Every echo out: precision up on
# every group (real1-16 0.901 -> 0.916, real17-19 0.788 -> 0.822), F1 level (0.842 -> 0.844,
# 0.688 -> 0.689), F1 down in real6, real7, real14, real17; five recall floors failed (before
# i33d's merge). Only the echo of a record dated as news (within RECENT_DAYS of publication):
# real1-16 P 0.906 F1 0.843, real17-19 P 0.817 R 0.611 F1 0.699, F1 down in real16 only; two
# floors failed.
PROPOSED: dict[tuple[str, str], str] = {
    ("record", "echo_of_news"): "an undated visit or meeting of a partner drafted already",
    ("record", "echo"): "an undated visit or meeting of a partner drafted already",
}


def distrusted(field: str, kind: str | None) -> str | None:
    """The policy's reason for leaving a value of this kind out, or None to keep it."""
    return POLICY.get((field, kind)) if kind else None


def abstain(
    drafts: list[Draft], article: list[Facts], published: dt.date | None = None
) -> tuple[list[Draft], list[Draft]]:
    """The drafts with the values the policy distrusts taken out, and the drafts left out
    whole. Every draft's `grounds` is filled on the way."""
    for draft in drafts:
        draft.grounds = grounds(draft, article, drafts, published)
    kept: list[Draft] = []
    left_out: list[Draft] = []
    for draft in drafts:
        kind = draft.grounds.get("record")
        if distrusted("record", kind):
            draft.unsure.append(Unsure("record", str(draft.partner), str(kind)))
            left_out.append(draft)
            continue
        _take_out_values(draft)
        kept.append(draft)
    return kept, left_out


def _take_out_values(draft: Draft) -> None:
    kind = draft.grounds.get("date")
    if draft.date and distrusted("date", kind):
        draft.unsure.append(Unsure("date", draft.date, str(kind)))
        draft.date, draft.date_text, draft.since = None, None, False
        draft.evidence.pop("date", None)
    for side in ("local_signatory", "partner_signatory"):
        person = getattr(draft, side)
        kind = draft.grounds.get(side)
        if person is not None and distrusted(side, kind):
            draft.unsure.append(Unsure(side, person.name, str(kind)))
            setattr(draft, side, None)
            draft.evidence.pop(side, None)
    sectors = []
    for code in draft.sectors:
        kind = draft.grounds.get(f"sector:{code}")
        if distrusted("sectors", kind):
            draft.unsure.append(Unsure("sectors", code, str(kind)))
        else:
            sectors.append(code)
    if not sectors and draft.sectors:
        draft.evidence.pop("sectors", None)
    draft.sectors = sectors
