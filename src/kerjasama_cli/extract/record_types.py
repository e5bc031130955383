"""A drafted record's type settled from all of its sentences (issue 23, the lead's conventions).

The type word read first (record_mentions.strongest_type: LoI > MoU > PKS/agreement > sister city >
programme > visit > meeting > other; a document word only meant, drafted, hoped, under way or
awaiting approval is already `other`, intent.py and guards.py) is then settled by this decision
order, the first rule that applies winning (`decide_type`, which also says which rule did):

1. a bare "perjanjian" naming the tie right after it ("perjanjian sister city") is `sister_city`;
   a document signed by organisations (chambers of commerce, universities) in a sentence naming
   the two places as sister cities is that `sister_city` tie;
2. a visit or meeting held by a national official of Indonesia, nobody of ours titled: `other`
   (held_by.py);
3. a visit that is a foreign envoy's call, or our call on the mission (ambassador, consul, by
   title and country or by title and name), a posted trade office's call, or talks at one of our
   ministries: `meeting`;
4. talks (`other`) told at an envoy's call (or next to it: calls_told.py): `meeting`;
5. plain cooperation told as existing, sister cities spoken of beside it: `sister_city`
   (existing_ties.py);
6. talks told as "this visit": `visit`;
7. a meeting of our envoy abroad, or with our own mission, none of ours there: `other`;
8. talks or a meeting that are a trip between the two places (the partner's head received here,
   ours met in the partner's own place; travelled.py): `visit`;
9. otherwise the type word's own type ("word").

Each rule has probes of its own in tests/test_extract_types.py, in both languages, written first.
The corpus these rules are measured on is labelled to tests/extract_cases/CONVENTIONS.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.calls_told import an_envoy_s_visit, told_at_a_call
from kerjasama_cli.extract.envoy_calls import (
    ENVOY,
    a_call_told,
    at_a_ministry,
    envoy_call,
    posted_office_call,
)
from kerjasama_cli.extract.existing_ties import existing_tie
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.held_by import (
    called_by_our_mission,
    held_by_the_nation,
    met_our_own_mission,
    met_there_by_others,
)
from kerjasama_cli.extract.travelled import travelled
from kerjasama_cli.geo.names import normalise

# The event the article is about, pointed at: "kunjungan ini diharapkan ...", "kunjungan
# Delegasi ini dalam rangka ...", "this visit".
_THIS_VISIT = re.compile(
    r"\b(?:kunjungan|kedatangan|lawatan)\s+(?:(?:kerja|resmi|delegasi|rombongan)\s+)?"
    r"(?:ini|tersebut)\b|\bthis (?:working |official )?visit\b",
    re.I,
)


def the_visit_told(cluster: Cluster, article: Sequence[Facts] | None) -> bool:
    """Whether a record of talks only (`other`) is told, in its own sentences or those pointing
    back to it, as a visit that has happened ("Gubernur ... bersama Deputi Kerajaan Selangor
    membahas kerja sama sister province ... kunjungan ini diharapkan memberikan manfaat"): the
    exploration or plan talked of during a visit is the visit (the lead's convention), not a
    record of its own."""
    if any(ENVOY.search(f.sentence.text) for f in article or []):
        return False
    sentences = [m.facts for m in cluster.mentions] + list(cluster.extra)
    return any(
        _THIS_VISIT.search(f.sentence.text) and not f.planned_event and not f.dropped
        for f in sentences
    )


# A generic word for an agreement, alone: what follows it names which agreement it is.
_GENERIC_AGREEMENT = re.compile(r"perjanjian|agreements?", re.I)


def kind_named_after(cluster: Cluster) -> bool:
    """Whether the record's agreement word is a bare "perjanjian" naming the kind of tie right
    after it ("menandatangani perjanjian sister city", "perjanjian provinsi kembar"): the
    Indonesian of "a sister city agreement", a sister-city record."""
    for mention in cluster.mentions:
        text, types = mention.facts.sentence.text, mention.facts.types
        for (rtype, a, b), after in zip(types, types[1:], strict=False):
            if (
                rtype == "agreement"
                and _GENERIC_AGREEMENT.fullmatch(text[a:b])
                and after[0] == "sister_city"
                and not text[b : after[1]].strip(" \"'“”")
            ):
                return True
    return False


# An organisation as who signs ("chambers of commerce from both sides signed a memorandum", "Kadin
# kedua kota menandatangani nota kesepahaman"): its document is not the governments'.
_ORGANISATION_SIGNS = re.compile(
    r"\b(?:Kamar Dagang|Kadin|chambers? of commerce|universit(?:y|ies)|Universitas|"
    r"perguruan tinggi|perusahaan|compan(?:y|ies)|firms?|sekolah|schools?|rumah sakit|"
    r"hospitals?|asosiasi|associations?)\b[^.;]{0,80}?\b(?:menandatangani|meneken|signed)\b",
    re.I,
)


def signed_by_organisations(rtype: str, cluster: Cluster) -> bool:
    """Whether every sentence of the record's document is signed by organisations (chambers of
    commerce, universities, companies) and names the two places as sister cities ("Business
    relations between the regional sister cities of Medan and Penang ... when chambers of
    commerce from both sides signed a memorandum"): the lead's convention gives organisations no
    record, and the sister-city tie told as there is the governments' record."""
    own = sorted(
        {m.facts.sentence.index: m.facts for m in cluster.mentions if m.rtype == rtype}.items()
    )
    if not own:
        return False
    first = own[0][1]
    # the later sentences speak of the same document ("the MOU was signed on the sidelines of
    # ..., and witnessed by Penang Chief Minister"), no government signing it
    return (
        bool(_ORGANISATION_SIGNS.search(first.sentence.text))
        and any(t[0] == "sister_city" for t in first.types)
        and not any(_GOVERNMENT_SIGNS.search(f.sentence.text) for _, f in own)
    )


_GOVERNMENT_SIGNS = re.compile(
    r"\b(?:Wali\s*Kota|Walikota|Gubernur|Bupati|Mayor|Governor|Regent|Pemkot|Pemprov|Pemkab|"
    r"city government|provincial government)\b[^.;]{0,60}?\b(?:menandatangani|meneken|signed)\b",
    re.I,
)


class TypeDecision(NamedTuple):
    """The record's type and the rule of the decision order that settled it ("word": the
    strongest type word of its own sentences, no convention changed it)."""

    rtype: str
    rule: str


def decide_type(rtype: str, cluster: Cluster, article: Sequence[Facts] | None) -> TypeDecision:
    """The record's type once the convention has read all of its sentences, and the rule of the
    module docstring's decision order that settled it (the first that applies)."""
    if rtype == "agreement" and kind_named_after(cluster):
        return TypeDecision("sister_city", "kind_named_after")
    if rtype in ("loi", "mou", "agreement") and signed_by_organisations(rtype, cluster):
        return TypeDecision("sister_city", "signed_by_organisations")
    for held in (held_by_the_nation, called_by_our_mission):
        if rtype in ("visit", "meeting") and held(cluster):
            return TypeDecision("other", held.__name__)
    if rtype == "visit":
        if envoy_call(cluster, article) or an_envoy_s_visit(cluster):
            return TypeDecision("meeting", "envoy_call")
        for rule in (posted_office_call, at_a_ministry):
            if rule(cluster):
                return TypeDecision("meeting", rule.__name__)
    if rtype == "other" and (
        envoy_call(cluster, article) and a_call_told(cluster) or told_at_a_call(cluster, article)
    ):
        # "Melalui Duta Besar Georgia, ... berencana akan membangun kerjasama ...": the plan is
        # told at the envoy's call, the call is the record (a meeting made to explore).
        return TypeDecision("meeting", "envoy_call_told")
    if rtype == "other" and existing_tie(cluster, article):
        return TypeDecision("sister_city", "existing_tie")
    if rtype == "other" and the_visit_told(cluster, article):
        return TypeDecision("visit", "the_visit_told")
    if rtype == "meeting":
        for rule in (met_there_by_others, met_our_own_mission):
            if rule(cluster):
                return TypeDecision("other", rule.__name__)
    if rtype in ("other", "meeting") and not envoy_call(cluster, article) and travelled(cluster):
        return TypeDecision("visit", "travelled")
    return TypeDecision(rtype, "word")


def settled_type(rtype: str, cluster: Cluster, article: Sequence[Facts] | None) -> str:
    """The record's type once the convention has read all of its sentences."""
    return decide_type(rtype, cluster, article).rtype


def titled_signings(all_facts: list[Facts], title: str | None) -> None:
    """ "Signed 28 October 1988 in Ambon, 21 July 1989 in Darwin" under the title "Sister City
    Program of Ambon and Darwin": a line that signs with a partner and names no type signs the
    document the title names, when the title names that partner too. The type word stands at
    the line's start, so the line's first date is the signing's."""
    if not title:
        return
    documents = [t for t in lexicon.find_types(title) if t[0] in lexicon.DOCUMENT_TYPES]
    if not documents:
        return
    kind = min(documents, key=lambda t: lexicon.RANK[t[0]])[0]
    named = normalise(title)
    for facts in all_facts:
        signs = lexicon.SIGNING.search(facts.sentence.text)  # not "diresmikan tahun 2003"
        if facts.types or not signs or facts.dropped or not facts.partners:
            continue
        if all(normalise(h.ref.name) in named for h in facts.partners):
            facts.types = [(kind, 0, 0)]


__all__ = [
    "envoy_call",
    "existing_tie",
    "posted_office_call",
    "settled_type",
    "the_visit_told",
    "titled_signings",
]
