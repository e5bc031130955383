"""The kind of evidence behind each drafted value: where the text puts it beside the record.

Every rule of the pipeline leaves its value and the sentence it read it from (`Draft.evidence`).
This module does not ask which rule fired; it asks what the text offers for the value, the same
way for every rule, so that a new rule is judged like the old ones. The kinds, per field:

| field | kind | the text gives the value ... |
|---|---|---|
| record | `typed` | the partner named with a word of the record's type, or its signing |
| record | `named` | the partner named beside other cooperation words only |
| record | `echo` | an undated visit or meeting of a partner the article drafts another record for |
| record | `echo_late` | the same, told only after the article's opening (`LEAD_SENTENCES`) |
| record | `echo_of_news` | the same, in the opening, beside the partner's record dated as news |
| type | `beside` | a word of that type in a sentence naming the partner |
| type | `near` | such a word within `NEAR` sentences of one naming the partner |
| type | `far` | such a word only farther away |
| type | `inferred` | no word of that type in the article: a rule chose it (an envoy's call) |
| date | `told` | in a sentence that names the partner or tells the record (type word, signing) |
| date | `aside` | a full date in a sentence that tells no cooperation ("..., kata dia, 4/9/2024") |
| date | `aside_weekday` | a weekday ("Senin (14/7)") in a sentence that tells no cooperation |
| sectors | `own` | in one of the record's own sentences (partner and type word) |
| sectors | `referred` | in a sentence pointing back to the record ("kerja sama ini meliputi ...") |
| sectors | `moved` | in none of the record's sentences: a pass moved it (a visit's talk, a lead) |
| sectors | `title` | in the headline only |
| signatories | `signing` | the person's sentence tells a signing |
| signatories | `other` | the person's sentence tells no signing |

abstain.py holds the policy that decides, per kind, what is kept; `bench/extract_grounds.py`
measures each kind's precision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kerjasama_cli.extract.assemble import LEAD_SENTENCES, Draft
from kerjasama_cli.extract.drafts import EXPORTED_TYPE
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.geo.names import normalise

RECENT_DAYS = 45  # a record dated this close before publication is news (as assemble.py)
NEAR = 2  # sentences: a reference back ("kerja sama ini", "the agreement") reaches this far
EVENTS = ("visit", "meeting", "office_opening")


def _names(facts: Facts, partner: str) -> bool:
    key = normalise(partner)
    return any(normalise(hit.ref.name) == key for hit in facts.partners)


def _typed(facts: Facts, rtype: str) -> bool:
    return any(EXPORTED_TYPE.get(t, t) == rtype for t, _, _ in facts.types)


def _tells(facts: Facts, draft: Draft) -> bool:
    """Whether a sentence tells the record: names its partner, or its type or signing."""
    return bool(draft.partner and _names(facts, draft.partner)) or (
        _typed(facts, draft.type) or facts.signing
    )


def _by_distance(indexes: Iterable[int], to: list[int]) -> str:
    gaps = [abs(i - j) for i in indexes for j in to]
    if not gaps:
        return "far"
    gap = min(gaps)
    return "beside" if gap == 0 else "near" if gap <= NEAR else "far"


def _sentence(article: list[Facts], text: str | None) -> Facts | None:
    if not text:
        return None
    return next((f for f in article if f.sentence.text == text), None)


def _echo(draft: Draft, drafts: list[Draft]) -> bool:
    """An undated visit or meeting of a partner another draft has: the same story told twice
    (the visit made to sign the MoU, the talk at the call the record is)."""
    if draft.date or draft.type not in EVENTS or not draft.partner:
        return False
    key = normalise(draft.partner)
    # ... another draft that stays: two undated events of one partner are no echo of each other
    return any(
        d is not draft
        and d.partner
        and normalise(d.partner) == key
        and (d.date is not None or d.type not in EVENTS)
        for d in drafts
    )


def _record(draft: Draft, live: list[Facts], drafts: list[Draft], published: dt.date | None) -> str:
    if _echo(draft, drafts):
        if draft.read_from and min(draft.read_from) >= LEAD_SENTENCES:
            return "echo_late"
        key = normalise(str(draft.partner))
        recent = (published - dt.timedelta(days=RECENT_DAYS)).isoformat() if published else None
        news = [
            d
            for d in drafts
            if d is not draft
            and d.partner
            and normalise(d.partner) == key
            and d.date
            and recent
            and recent <= d.date <= str(published)
        ]
        return "echo_of_news" if news else "echo"
    partner = str(draft.partner)
    own = [f for f in live if _names(f, partner)]
    if any(_typed(f, draft.type) or f.signing for f in own):
        return "typed"
    return "named"


def _date(draft: Draft, article: list[Facts]) -> str:
    holder = _sentence(article, draft.evidence.get("date"))
    if holder is None or _tells(holder, draft):
        return "told"
    weekday = any(d.relative for d in holder.dates if d.iso == draft.date)
    return "aside_weekday" if weekday else "aside"


def _sector(draft: Draft, code: str, live: list[Facts]) -> str:
    giving = [f.sentence.index for f in live if code in f.sectors]
    if not giving:
        return "title"
    if not draft.read_from:  # a draft no cluster made (a tie told as existing): its own
        return "own"
    kinds = {draft.read_from.get(i) for i in giving}
    return "own" if "own" in kinds else "referred" if "referred" in kinds else "moved"


def grounds(
    draft: Draft, article: list[Facts], drafts: list[Draft], published: dt.date | None = None
) -> dict[str, str]:
    """The kind of evidence of each value the draft fills: "record", "type", "date",
    "sector:CODE", "local_signatory", "partner_signatory" (see the module's table)."""
    if not draft.partner:
        return {}
    live = [f for f in article if not f.dropped]
    named = [f.sentence.index for f in live if _names(f, draft.partner)]
    out = {"record": _record(draft, live, drafts, published)}
    typed = [f.sentence.index for f in live if _typed(f, draft.type)]
    out["type"] = _by_distance(typed, named) if typed else "inferred"
    if draft.date:
        out["date"] = _date(draft, article)
    for code in draft.sectors:
        out[f"sector:{code}"] = _sector(draft, code, live)
    for side in ("local_signatory", "partner_signatory"):
        if getattr(draft, side) is not None:
            holder = _sentence(article, draft.evidence.get(side))
            out[side] = "signing" if holder is not None and holder.signing else "other"
    return out
