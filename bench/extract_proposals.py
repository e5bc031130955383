"""The candidates and the proposals of bench/extract_proposer.py (issue 23, measured, not shipped).

Every foreign place an article names that the rules did not draft is a candidate partner: the
gazetteer over the article's capitalised runs (a kind word, "Kota Tono", "City of X", lets a
small town through leniently), and the places the rules read and dropped (partner hits, venues,
addresses). One candidate per partner (extract's `partner_key`), described by plain-string
features: the words before and after its mentions, the type words of its sentences (as written
and as the rules kept them), where it is first named, how often, its rank among the article's
places, what the rules did with it, the headline's and the opening's type words.

`propose` turns the candidates a logistic model scores over its threshold into drafts: partner,
country, a type (the best of one set of weights per type) and the article's local party; date,
signatories and sectors left empty. At most `most` per article, and (`only_where_none`) only in
articles where the rules drafted nothing. Findings: bench/ANALYSIS.md.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.capitalised_runs import CONNECTOR, phrases
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.places import Gazetteer, PartnerRef
from kerjasama_cli.extract.record_mentions import partner_key
from kerjasama_cli.geo.names import normalise

_KINDS = ("country", "province", "city")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ID_WORDS = re.compile(r"\b(?:yang|dan|dengan|dari|untuk|dalam|kerja\s?sama)\b", re.I)
_EN_WORDS = re.compile(r"\b(?:the|and|with|from|for|of)\b", re.I)
_MAX_SPAN = 5  # capitalised words a place's name may take


@dataclass
class Candidate:
    """One foreign place the article names, with the sentences it is named in."""

    ref: PartnerRef
    key: str
    sentences: list[int] = field(default_factory=list)
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (sentence, start, end)
    written: list[str] = field(default_factory=list)  # the name as each mention writes it
    said: str = ""  # the first sentence naming it: the draft's evidence
    drafted: bool = False  # the rules drafted (or left out) a record of it
    features: list[str] = field(default_factory=list)


def _place(gaz: Gazetteer, phrase: str) -> PartnerRef | None:
    found = gaz.resolve(phrase)
    if found is None and " " in phrase:
        found = gaz.compass_region(phrase)
    if isinstance(found, PartnerRef) and found.kind in _KINDS and found.country not in (None, "ID"):
        return found
    return None


# A kind word before or after a name: "Kota Tono", "City of Rockingham", "Tono City". The
# gazetteer's strict test (a small town needs its country beside it) is what such a word stands
# for, so the name is read leniently. Never a head's title: a person's name follows it.
_KIND_LEAD = re.compile(
    r"^(?:(?:Pemerintah|Pemkot)\s+)?(?:Kota|City|Town|Prefektur|Prefecture|Provinsi|"
    r"Province|Distrik|District)(?:\s+of)?\s+",
)
_KIND_TAIL = re.compile(r"\s+(?:City|Town|Prefecture|Province)$")


def _kind_named(gaz: Gazetteer, phrase: str) -> PartnerRef | None:
    """A town a kind word vouches for, as the gazetteer knows it leniently."""
    lead, tail = _KIND_LEAD.match(phrase), _KIND_TAIL.search(phrase)
    if lead is None and tail is None:
        return None
    name = phrase[lead.end() if lead else 0 : tail.start() if tail else len(phrase)].strip()
    if not name or not name[0].isupper() or len(name) < 3:
        return None
    found = gaz.resolve(name, strict=False)
    if isinstance(found, PartnerRef) and found.kind in _KINDS and found.country not in (None, "ID"):
        return found
    return None


def _places_in(gaz: Gazetteer, text: str) -> list[tuple[PartnerRef, int, int]]:
    """Foreign places among the capitalised runs of text, longest names first."""
    found: list[tuple[PartnerRef, int, int]] = []
    for run in phrases(text):
        whole = text[run[0][0] : run[-1][1]].rstrip(".")
        if len(run) >= 2 and _place(gaz, whole) is None:
            vouched = _kind_named(gaz, whole)
            if vouched is not None:
                found.append((vouched, run[0][0], run[-1][1]))
                continue
        i = 0
        while i < len(run):
            if run[i][2] in CONNECTOR:
                i += 1
                continue
            for j in range(min(len(run), i + _MAX_SPAN), i, -1):
                if run[j - 1][2] in CONNECTOR:
                    continue
                a, b = run[i][0], run[j - 1][1]
                ref = _place(gaz, text[a:b].rstrip("."))
                if ref is not None:
                    found.append((ref, a, b))
                    i = j
                    break
            else:
                i += 1
    return found


def _rule_hits(facts: Facts) -> list[tuple[PartnerRef, int, int, str]]:
    """The places the rules read in a sentence (partners, venues, addresses), kept or not."""
    hits = [(h.ref, h.start, h.end, "hit") for h in facts.partners]
    hits += [(h.ref, h.start, h.end, "venue") for h in facts.venues]
    hits += [(h.ref, h.start, h.end, "address") for h in facts.addressed]
    return [h for h in hits if h[0].kind in _KINDS and h[0].country not in (None, "ID")]


def _drafted_keys(drafts: list) -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    countries: set[str] = set()
    for d in drafts:
        if not d.partner:
            continue
        ref = PartnerRef(d.partner, d.partner_kind or "", d.country, d.region)
        keys.add(partner_key(ref))
        keys.add(normalise(d.partner))
        if d.country:
            countries.add(d.country)
    return keys, countries


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def candidates(
    all_facts: list[Facts], title: str | None, gaz: Gazetteer, drafts: list
) -> list[Candidate]:
    """Every foreign place of the article, one candidate per partner, with its features;
    `drafts` are the rules' drafts (kept and left out), which mark a candidate as drafted."""
    by_key: dict[str, Candidate] = {}
    seen_by: dict[str, set[str]] = {}
    for facts in all_facts:
        s = facts.sentence
        found = [(ref, a, b, "sweep") for ref, a, b in _places_in(gaz, s.text)]
        for ref, a, b, how in found + _rule_hits(facts):
            key = partner_key(ref)
            cand = by_key.get(key)
            if cand is None:
                cand = by_key[key] = Candidate(ref, key, said=s.text)
                seen_by[key] = set()
            seen_by[key].add(how)
            if (s.index, a, b) not in cand.spans:
                cand.spans.append((s.index, a, b))
                cand.written.append(s.text[a:b])
            if s.index not in cand.sentences:
                cand.sentences.append(s.index)
    keys, countries = _drafted_keys(drafts)
    out = sorted(by_key.values(), key=lambda c: min(c.sentences))
    text = " ".join(f.sentence.text for f in all_facts)
    lang = "id" if len(_ID_WORDS.findall(text)) >= len(_EN_WORDS.findall(text)) else "en"
    story = _story(all_facts, title)
    by_mentions = sorted({len(c.sentences) for c in out}, reverse=True)
    for cand in out:
        cand.drafted = cand.key in keys or normalise(cand.ref.name) in keys
        cand.features = _features(cand, all_facts, title, out, countries, len(keys) > 0, lang)
        cand.features += [f"how={how}" for how in sorted(seen_by[cand.key])]
        rank = by_mentions.index(len(cand.sentences)) + 1
        cand.features += [
            f"rank={_bucket(rank, (1, 2))}",
            f"rank={_bucket(rank, (1, 2))}&kind={cand.ref.kind}",
        ]
        cand.features += [f"first_place={cand is out[0]}"]
        cand.features += story
    return out


def _story(all_facts: list[Facts], title: str | None) -> list[str]:
    """What the article as a whole tells: the type words of its headline, its lead and its
    body, and whether a government of ours acts in it."""
    feats = {f"title_type={t}" for t, _, _ in lexicon.find_types(title or "")}
    feats |= {f"lead_type={t}" for f in all_facts[:3] for t, _, _ in f.types}
    kept = sum(len(f.types) for f in all_facts)
    feats.add(f"story_types={_bucket(kept, (0, 2, 5))}")
    feats.add(f"ours={_bucket(sum(1 for f in all_facts if f.home or f.offices), (0, 2))}")
    return sorted(feats)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _features(
    cand: Candidate,
    all_facts: list[Facts],
    title: str | None,
    every: list[Candidate],
    drafted_countries: set[str],
    any_drafted: bool,
    lang: str,
) -> list[str]:
    ref = cand.ref
    first = min(cand.sentences)
    feats = {
        "bias",
        f"kind={ref.kind}",
        f"lang={lang}",
        f"mentions={_bucket(len(cand.spans), (1, 2, 4))}",
        f"sentences={_bucket(len(cand.sentences), (1, 2, 4))}",
        f"first={_bucket(first, (0, 2, 5, 10))}",
        f"places={_bucket(len(every), (1, 2, 4, 8))}",
        f"drafted_any={any_drafted}",
        f"kind={ref.kind}&drafted_any={any_drafted}",
    }
    if title and any(normalise(w) in normalise(title) for w in cand.written):
        feats.add("in_title")
    if ref.country in drafted_countries:
        feats.add(f"country_drafted&kind={ref.kind}")
    if ref.kind == "country" and any(
        c.ref.country == ref.country and c.ref.kind != "country" for c in every
    ):
        feats.add("country_of_a_place")
    if ref.kind != "country" and any(
        c.ref.country == ref.country and c.ref.kind != "country" and c is not cand for c in every
    ):
        feats.add("other_place_same_country")
    for index, a, b in cand.spans:
        facts = all_facts[index]
        text = facts.sentence.text
        before, after = _words(text[:a])[-3:], _words(text[b:])[:3]
        for n, w in enumerate(reversed(before)):
            feats.add(f"L{n + 1}={w}")
        if len(before) >= 2:
            feats.add(f"L2L1={before[-2]}_{before[-1]}")
        for n, w in enumerate(after):
            feats.add(f"R{n + 1}={w}")
        for rtype, _, _ in lexicon.find_types(text):
            feats.add(f"type_word={rtype}")
        for rtype, _, _ in facts.types:
            feats.add(f"type_kept={rtype}")
        if facts.signing:
            feats.add("signing")
        if facts.exploring:
            feats.add("exploring")
        if facts.dropped:
            feats.add("dropped")
        if facts.home or facts.offices:
            feats.add("ours_acts")
        if facts.dates:
            feats.add("dated")
        others = sum(1 for c in every if c is not cand and index in c.sentences)
        feats.add(f"same_sentence_places={_bucket(others, (0, 1, 3))}")
        if index == first:
            feats.add(f"first_sentence_types={len(facts.types) > 0}")
    return sorted(feats)


def probability(weights: dict[str, float], features: list[str]) -> float:
    """The logistic of the summed weights of the features present."""
    z = sum(weights.get(f, 0.0) for f in features)
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def best_type(types: dict[str, dict[str, float]], features: list[str]) -> str:
    """The type whose weights score the features highest (ties: the first by name)."""
    scored = sorted(((-sum(w.get(f, 0.0) for f in features), name) for name, w in types.items()))
    return scored[0][1] if scored else "other"


def propose(
    found: list[Candidate],
    local: str,
    model: dict[str, Any] | None,
    ruled: int,
    threshold: float | None = None,
) -> list[Draft]:
    """A draft for each candidate the rules did not draft that the model scores over its
    threshold (or `threshold`), the likeliest first and at most the model's `most` of them: a
    page that lists many places is the page's list, not as many records. `ruled` is how many
    records the rules drafted: with `only_where_none`, the model speaks only where they drafted
    none (elsewhere the places they left out are mostly left out rightly)."""
    if model is None or ruled and model.get("only_where_none"):
        return []
    cut = model["threshold"] if threshold is None else threshold
    scored = [(probability(model["partner"], c.features), n) for n, c in enumerate(found)]
    chosen = sorted((-p, n) for p, n in scored if p >= cut and not found[n].drafted)
    drafts: list[Draft] = []
    for _, n in chosen[: model["most"]]:
        cand = found[n]
        drafts.append(
            Draft(
                partner=cand.ref.name,
                partner_kind=cand.ref.kind,
                country=cand.ref.country,
                region=cand.ref.region,
                type=best_type(model["types"], cand.features),
                date=None,
                date_text=None,
                local_party=local,
                local_signatory=None,
                partner_signatory=None,
                sectors=[],
                title=None,
                evidence={"partner": cand.said, "type": cand.said},
                grounds={"record": "learned"},
                read_from={i: "own" for i in cand.sentences},
            )
        )
    return drafts
