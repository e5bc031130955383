"""A renewal planned beside the tie it renews: two records, not one.

"Pemerintah Kota ... berencana menjalin kembali kerja sama sister city dengan Kota Nantong" in an
article that also tells the tie signed "pada Juni 2009": the old tie (signed, dated) and the
plan to revive it (type `other`, stage `renewal`, real7's Kumamoto convention) are distinct
events. Clustering reads both sentences as one record; this pass drafts the plan beside it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.geo.names import normalise

# A plan to revive or renew: the modal, then the verb of doing it again.
_RENEW_PLAN = re.compile(
    r"\b(?:berencana|merencanakan|rencana|akan|bakal|ingin|berharap)\s+(?:untuk\s+|dapat\s+)?"
    r"(?:menjalin\s+kembali|menyambung\s+kembali|menghidupkan\s+kembali|mengaktifkan\s+kembali|"
    r"memperpanjang|memperbarui)\b"
    r"|\b(?:plans?|planning|intends?|wants?|hopes?)\s+to\s+(?:revive|renew|reactivate|extend)\b"
    # "akan dilakukan penandatanganan perpanjangan nota kesepakatan": a renewal to be signed
    r"|\b(?:akan|bakal)\s+(?:di)?(?:lakukan|laksanakan)\s+(?:penandatanganan\s+)?"
    r"(?:perpanjangan|pembaruan|pembaharuan)\b",
    re.I,
)


def planned_renewals(drafts: list[Draft], all_facts: list[Facts]) -> list[Draft]:
    """The drafts, with a planned renewal added beside each signed tie whose partner the
    article plans to renew in a sentence of its own."""
    added: list[Draft] = []
    for draft in drafts:
        if draft.stage != "signing" or not draft.partner:
            continue
        if any(
            d.stage == "renewal" and normalise(d.partner or "") == normalise(draft.partner)
            for d in drafts
        ):
            continue
        for facts in all_facts:
            text = facts.sentence.text
            if facts.dropped or text == draft.evidence.get("type") or not _RENEW_PLAN.search(text):
                continue
            if not any(normalise(h.ref.name) == normalise(draft.partner) for h in facts.partners):
                continue
            keep = ("country", "region", "local_party")
            evidence = {k: v for k, v in draft.evidence.items() if k in keep}
            evidence.update({k: text for k in ("partner", "type", "stage")})
            added.append(
                replace(
                    draft,
                    type="other",
                    stage="renewal",
                    date=None,
                    date_text=None,
                    local_signatory=None,
                    partner_signatory=None,
                    sectors=[],
                    title=None,
                    evidence=evidence,
                    since=False,
                    match=None,
                )
            )
            break
    return drafts + added
