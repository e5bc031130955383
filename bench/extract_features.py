"""Features of each drafted record and value for the keep/drop scorer of bench/extract_scorer.py.

Cheap features of a draft and of its article: the kind of evidence (extract/grounds.py), the
type and stage, how often and how early the partner is named, whether its country was read
beside it, how many drafts and partners the article gives, ... Plain names with numeric values
(one-hot for a kind), so the fitted weights are a readable table. This module reads only what
the pipeline's older trees have too (extract_scorer.py runs it against the rules as they stood
at each round's first sight), hence the fallback for LEAD_SENTENCES.
"""

from __future__ import annotations

import datetime as dt
import math

from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.geo.names import normalise

try:
    from kerjasama_cli.extract.lead_dates import LEAD_SENTENCES
except ImportError:  # trees before lead_dates.py: assemble.py's _LEAD_SENTENCES, the same 8
    LEAD_SENTENCES = 8

Features = dict[str, float]


def _log(n: int) -> float:
    return math.log1p(n)


def _names(facts: Facts, key: str) -> bool:
    return any(normalise(hit.ref.name) == key for hit in facts.partners)


def _english(article: list[Facts]) -> bool:
    """Whether the article is in English ("the" in most sentences)."""
    told = [f for f in article if " the " in f" {f.sentence.text.lower()} "]
    return len(told) * 2 > len(article)


def article_features(article: list[Facts], drafts: list[Draft]) -> Features:
    """What the article as a whole says: its language, how many drafts and type words."""
    live = [f for f in article if not f.dropped]
    return {
        "english": float(_english(article)),
        "n_drafts": _log(len(drafts)),
        "one_draft": float(len(drafts) == 1),
        "n_typed": _log(sum(1 for f in live if f.types)),
        "dropped_share": (len(article) - len(live)) / len(article) if article else 0.0,
        "n_partners": _log(len({normalise(h.ref.name) for f in live for h in f.partners})),
    }


def record_features(
    draft: Draft,
    article: list[Facts],
    drafts: list[Draft],
    title: str | None,
    common: Features,
) -> Features:
    """The features of one draft as a record: is its partner one the article reports?"""
    out: Features = dict(common)
    out[f"type={draft.type}"] = 1.0
    out[f"stage={draft.stage}"] = 1.0
    out[f"kind={draft.partner_kind}"] = 1.0
    for name in ("record", "type"):
        out[f"{name}_ground={draft.grounds.get(name, '-')}"] = 1.0
    key = normalise(str(draft.partner))
    live = [f for f in article if not f.dropped]
    naming = [f for f in live if _names(f, key)]
    hits = [h for f in naming for h in f.partners if normalise(h.ref.name) == key]
    out["n_named"] = _log(len(naming))
    out["named_once"] = float(len(naming) <= 1)
    first = min((f.sentence.index for f in naming), default=len(article))
    out["first_in_lead"] = float(first < LEAD_SENTENCES)
    out["first_at"] = first / len(article) if article else 1.0
    out["in_title"] = float(bool(title) and key in normalise(str(title)))
    out["country_told"] = float(any(h.told for h in hits))
    out["via_person"] = float(bool(hits) and all(h.via_person for h in hits))
    out["has_country"] = float(bool(draft.country))
    out["has_region"] = float(bool(draft.region))
    out["signing_named"] = float(any(f.signing for f in naming))
    out["exploring_named"] = float(any(f.exploring for f in naming))
    out["partner_people"] = float(any(p.side == "partner" for f in naming for p in f.people))
    out["has_date"] = float(bool(draft.date))
    out["since"] = float(draft.since)
    out["n_sectors"] = _log(len(draft.sectors))
    out["signatories"] = float(bool(draft.local_signatory or draft.partner_signatory))
    same = sum(1 for d in drafts if d.partner and normalise(d.partner) == key)
    out["partner_twice"] = float(same > 1)
    out["listed"] = float(any(len(f.partners) >= 3 for f in naming))
    out["country_of_other"] = float(
        draft.partner_kind == "country"
        and any(d is not draft and d.partner and d.country == draft.country for d in drafts)
    )
    out["rank"] = drafts.index(draft) / len(drafts) if draft in drafts else 0.0
    out["lead_draft"] = float(bool(drafts) and drafts[0] is draft)
    out["own_sentences"] = _log(sum(1 for v in draft.read_from.values() if v == "own"))
    return out


def _date_features(draft: Draft, published: dt.date | None) -> Features:
    day = str(draft.date)
    out: Features = {f"date_precision={len(day)}": 1.0}
    if published and len(day) == 10:
        gap = (published - dt.date.fromisoformat(day)).days
        out["date_recent"] = float(0 <= gap <= 45)
        out["date_future"] = float(gap < 0)
        out["date_old"] = float(gap > 365)
    return out


def value_features(
    draft: Draft,
    article: list[Facts],
    title: str | None,
    published: dt.date | None,
    record: Features,
) -> list[tuple[str, str, Features]]:
    """(field, value, features) of each date, sector and signatory the draft fills."""
    base: Features = {
        k: v
        for k, v in record.items()
        if k.startswith(("type=", "stage=", "record_ground="))
        or k in ("english", "n_drafts", "one_draft", "n_named", "partner_twice", "lead_draft")
    }
    out: list[tuple[str, str, Features]] = []
    if draft.date:
        features = dict(base, **_date_features(draft, published))
        features["field=date"] = 1.0
        features[f"date_ground={draft.grounds.get('date', '-')}"] = 1.0
        features["since"] = float(draft.since)
        out.append(("date", draft.date, features))
    live = [f for f in article if not f.dropped]
    for code in draft.sectors:
        features = dict(base)
        features["field=sectors"] = 1.0
        features[f"code={code}"] = 1.0
        features[f"sector_ground={draft.grounds.get(f'sector:{code}', '-')}"] = 1.0
        features["sector_sentences"] = _log(sum(1 for f in live if code in f.sectors))
        features["sector_many"] = _log(len(draft.sectors))
        features["sector_cue"] = float(any(f.sector_cue and code in f.sectors for f in live))
        out.append(("sectors", code, features))
    for side in ("local_signatory", "partner_signatory"):
        person = getattr(draft, side)
        if person is None:
            continue
        features = dict(base)
        features[f"field={side}"] = 1.0
        features[f"{side}_ground={draft.grounds.get(side, '-')}"] = 1.0
        features["person_titled"] = float(person.titled)
        features["person_side_told"] = float(person.side is not None)
        out.append((side, person.name, features))
    return out
