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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.calls_told import an_envoy_s_visit, told_at_a_call
from kerjasama_cli.extract.existing_ties import existing_tie
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.held_by import (
    OWN_MISSION,
    called_by_our_mission,
    held_by_the_nation,
    met_our_own_mission,
    met_there_by_others,
)
from kerjasama_cli.extract.record_dates import RECEIVES
from kerjasama_cli.extract.travelled import AHEAD, travelled
from kerjasama_cli.geo.names import normalise

# A demonym's mission after the country's name ("Japanese Consul General", "the Thai Embassy").
_MISSION_AFTER = re.compile(
    r"^\s+(?:Ambassador|Embassy|Consul(?:ate)?(?: General)?|Deputy Ambassador)\b"
)


# An envoy named by title and a person's name, no country between ("Dubes Maynor", "Ambassador
# Jukka Salonen").
_ENVOY_BY_NAME = re.compile(
    r"\b(?:Dubes|Duta Besar|Ambassador|Konjen|Konsul Jenderal|Consul General)\s+"
    r"(?!RI\b|Republik\b|Indonesia\b|of\b|to\b|untuk\b)(?P<name>[A-Z][a-z]+)"
)


def _countries(facts: Facts) -> set[str]:
    """The countries a sentence names, as partners or as countries, normalised."""
    named = {normalise(h.ref.name) for h in facts.partners if h.ref.kind == "country"}
    return named | {normalise(text) for _, text, _ in facts.countries}


# An envoy along with a delegation ("berkunjung lagi bersama Konjen Australia", "didampingi
# Konsul Jenderal Jepang") is not the one calling.
_ALONG = re.compile(
    r"\b(?:bersama|beserta|didampingi|mendampingi|along with|together with|accompanied by)\s+"
    r"(?:(?:the|a|an|oleh)\s+)?(?:Wakil\s+|Deputy\s+)?$",
    re.I,
)


def envoy_call(cluster: Cluster, article: Sequence[Facts] | None = None) -> bool:
    """Whether the record's partner is a country named by its own mission or envoy in the
    record's sentences ("Konsul Jenderal Jepang", "Kedutaan Besar Belanda", "the Ambassador of
    Canada"): the envoy's call, or the call on the mission, is a meeting, not a visit."""
    if cluster.partner.kind != "country":
        return False
    key = normalise(cluster.partner.name)
    for mention in cluster.mentions:
        facts = mention.facts
        text = facts.sentence.text
        # the envoy read as a person of the partner's side ("received Denmark Ambassador Sten
        # Frimodt Nielsen"): the title names the mission
        if any(
            p.side == "partner"
            and p.partner
            and normalise(p.partner.name) == key
            and _ENVOY.search(p.title or "")
            for p in facts.people
        ):
            return True
        # the envoy by title and name alone ("Kedatangannya, jelas Dubes Maynor, untuk
        # memperkuat kerjasama bilateral antara Guatemala dan Jawa Timur"), in a sentence naming
        # no country but the partner's, in an article naming none of Indonesia's own envoys
        named = any(
            normalise(m["name"]) not in _countries(facts)
            and not _ALONG.search(text[max(0, m.start() - 60) : m.start()])
            for m in _ENVOY_BY_NAME.finditer(text)
        )
        others = {normalise(h.ref.name) for h in facts.partners if h.ref.kind == "country"}
        if (
            named
            and article is not None
            and others <= {key}
            and not any(OWN_MISSION.search(f.sentence.text) for f in article)
        ):
            return True
        # the partner's own name, a hit or not ("a visit from the Denmark Ambassador, ...,
        # cooperation with Denmark": the record's partner word comes later)
        if _mission_named(facts, key, cluster.partner.name):
            return True
    # the call told in a sentence the record took in ("Pada pertemuan ini, Konsulat Malaysia
    # dipimpin oleh Konsul Malaysia di Pekanbaru ..."), its partner word elsewhere
    return any(_mission_named(f, key, cluster.partner.name) for f in cluster.extra)


def _mission_named(facts: Facts, key: str, name: str) -> bool:
    """Whether the sentence names the partner country's own mission ("Konsulat Malaysia",
    "the Consulate of Finland", "Japanese Consul General"), not one along with a delegation."""
    text = facts.sentence.text
    spans = [(h.start, h.end) for h in facts.partners if normalise(h.ref.name) == key]
    spans += [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    for start, end in spans:
        window = text[max(0, start - 60) : start]
        mission = guards.MISSION.search(window)
        if mission and not _ALONG.search(window[: mission.start()]):
            return True
        if _MISSION_AFTER.match(text[end : end + 30]) or _MISSION_CALLS.search(window):
            return True
    return False


# A mission named as the caller ("menerima kunjungan Konsulat Malaysia", "received a visit from
# the Consulate of Finland"): a bare consulate is a venue elsewhere (guards.MISSION), not here.
_MISSION_CALLS = re.compile(
    r"\b(?:kunjungan|audiensi|a (?:courtesy )?(?:visit|call) from)\s+(?:the\s+)?"
    r"(?:Konsulat|Kedutaan|Consulate|Embassy)(?:\s+(?:Jenderal|Besar|General))?\s+(?:of\s+)?$",
    re.I,
)


def _a_call_told(cluster: Cluster) -> bool:
    """Whether the record's own sentences (or those pointing back to them) tell an event that
    happened ("pertemuan bilateral ini", "Ini kunjungan pertama saya di Makassar")."""
    sentences = [m.facts for m in cluster.mentions] + list(cluster.extra)
    return any(
        t[0] in lexicon.EVENT_CLASS and not f.planned_event for f in sentences for t in f.types
    ) or any(
        # "Gubernur menerima Konsul Jenderal Jepang ... untuk membahas kerja sama": the envoy
        # received, or met, is the call itself
        (
            RECEIVES.search(f.sentence.text)
            or _CALL.search(f.sentence.text)
            # "Pada pertemuan ini, Konsulat Malaysia dipimpin oleh ...": the call pointed at
            or _THIS_EVENT.search(f.sentence.text)
        )
        and not f.planned_event
        and not AHEAD.search(f.sentence.text)
        for f in sentences
    )


# A call told by its own word: "beraudiensi dengan Duta Besar", "called on the Mayor", "paid a
# courtesy call", "bersilaturahmi ke".
_CALL = re.compile(
    r"\b(?:beraudiensi|audiensi|bersilaturahmi|bersilaturahim|silaturahmi|called on|calls on|"
    r"kedatangannya|kunjungannya|lawatannya|"
    r"paid (?:a )?(?:courtesy )?(?:call|visit)|courtesy call)\b",
    re.I,
)


# The call pointed at: "pertemuan ini", "kunjungan tersebut", "this meeting".
_THIS_EVENT = re.compile(
    r"\b(?:pertemuan|kunjungan|silaturahmi|audiensi)\s+(?:ini|tersebut)\b|"
    r"\bthis (?:meeting|visit|courtesy call)\b",
    re.I,
)


# The event the article is about, pointed at: "kunjungan ini diharapkan ...", "kunjungan
# Delegasi ini dalam rangka ...", "this visit".
_THIS_VISIT = re.compile(
    r"\b(?:kunjungan|kedatangan|lawatan)\s+(?:(?:kerja|resmi|delegasi|rombongan)\s+)?"
    r"(?:ini|tersebut)\b|\bthis (?:working |official )?visit\b",
    re.I,
)


# A foreign mission anywhere in the article: the visit told may be its envoy's call, a meeting
# (or, proposing a city, that city's plan: real6's convention).
_ENVOY = re.compile(
    r"\b(?:Konsul(?:at)?(?: Jenderal)?|Konjen|Kedutaan(?: Besar)?|Kedubes|Duta Besar|Dubes|"
    r"Consul(?:ate)?(?: General)?|Embassy|Ambassador)\b"
)


def the_visit_told(cluster: Cluster, article: Sequence[Facts] | None) -> bool:
    """Whether a record of talks only (`other`) is told, in its own sentences or those pointing
    back to it, as a visit that has happened ("Gubernur ... bersama Deputi Kerajaan Selangor
    membahas kerja sama sister province ... kunjungan ini diharapkan memberikan manfaat"): the
    exploration or plan talked of during a visit is the visit (the lead's convention), not a
    record of its own."""
    if any(_ENVOY.search(f.sentence.text) for f in article or []):
        return False
    sentences = [m.facts for m in cluster.mentions] + list(cluster.extra)
    return any(
        _THIS_VISIT.search(f.sentence.text) and not f.planned_event and not f.dropped
        for f in sentences
    )


# A partner's office posted in Indonesia or the region, not a delegation that travelled: a
# trade or investment commissioner, a trade office ("Victoria's Commissioner to Southeast Asia",
# "Victorian Government Trade and Investment (VGTI) Jakarta", "Kantor Perwakilan Dagang").
_POSTED_OFFICE = re.compile(
    r"\bCommissioner (?:to|for) (?:South[- ]?East Asia|ASEAN|Indonesia)\b|"
    r"\bKomisioner\b[^.;]{0,40}\buntuk (?:Asia Tenggara|ASEAN|Indonesia)\b|"
    r"\bTrade (?:and|&) Investment\b[^.;]{0,25}\b(?:Jakarta|Indonesia|Surabaya)\b|"
    r"\bTrade (?:Office|Representative|Commissioner)\b|"
    r"\b(?:Kantor )?Perwakilan Dagang\b|\bKantor Dagang\b|"
    # a region's own office posted here: "Direktur Kantor Provinsi Gyeongnam di Jakarta", "the
    # Aomori Prefectural Government office in Jakarta"
    r"\bKantor (?:(?:Provinsi|Prefektur|Pemerintah|Negara Bagian|Kota)\s+)?[A-Z][\w-]+"
    r"(?:\s+[A-Z][\w-]+)?\s+di\s+(?:Jakarta|Indonesia)\b|"
    r"\b(?:Provincial|Prefectural|State|City|Metropolitan)(?: Government)? Office in "
    r"(?:Jakarta|Indonesia)\b",
    re.I,
)


def posted_office_call(cluster: Cluster) -> bool:
    """Whether the record's visit is the call of the partner's office posted in Indonesia or
    the region (a trade commissioner, a trade office): the lead's convention makes it a meeting
    with the government the office speaks for, as an envoy's call is."""
    return any(
        m.rtype == "visit" and _POSTED_OFFICE.search(m.facts.sentence.text)
        for m in cluster.mentions
    )


# A ministry of ours as where the guest went or the talks were held: a third venue, neither
# side's own place ("saat kunjungan Walikota Toyama Jepang ke Kemendagri", "Pertemuan digelar
# di Kantor Kementerian Dalam Negeri, Jakarta", "at the Ministry of Home Affairs").
_MINISTRY_VENUE = re.compile(
    r"\b(?:ke|di)\s+(?:Kantor\s+|Gedung\s+)?(?:Kemendagri|Kementerian|Kemenlu|Kemlu)\b|"
    r"\b(?:to|at) the (?:office of the )?Ministry of\b",
    re.I,
)


def at_a_ministry(cluster: Cluster) -> bool:
    """Whether the record's visit is told as held at one of our ministries (the lead's
    convention: talks at a third venue are a meeting, not a visit)."""
    return any(
        m.rtype == "visit" and _MINISTRY_VENUE.search(m.facts.sentence.text)
        for m in cluster.mentions
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
        envoy_call(cluster, article) and _a_call_told(cluster) or told_at_a_call(cluster, article)
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
