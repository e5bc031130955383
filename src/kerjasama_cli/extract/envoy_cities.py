"""An envoy's call that proposes or offers a city of the envoy's country is one record: a
meeting with that city (tests/extract_cases/CONVENTIONS.md rule 4, stop 37).

The drafts read such a call twice: a meeting with the envoy's country (record_types.py and
envoys.py type the call) and the city's own plan (`other`, an initiative) told at
it ("Konsul Jenderal Tiongkok ... menawarkan kerja sama sister city dengan Kota Kunming"). The
convention folds the country's meeting into the city's record, which becomes the call: a meeting,
exploring the tie, on the call's day, with the call's fields. Each city offered at the call is its
own record (real15's Padang: Urumqi and Kunming).

Not folded: a call naming no city (the country's meeting stays), and a city that is only
background: an existing tie (a signed type, a date of its own), another government's (another
local party), or our own exploration told beside a courtesy call (not an initiative): the call
did not propose it. Nor a city whose own sentences neither offer nor propose anything nor name
the tie proposed (i48a): a state's coming delegation told at a consul's call (real41's Negeri
Sembilan), our head's later trip told to an ambassador (real43's Paris).

Where the call drafted no record of the envoy's country at all, the city's plan told with the
envoy in its own sentence or the one before (`cities_at_a_call`) is the call the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.lexicon import TYPE_PATTERNS

# The call is an envoy's when its own sentences name the mission or envoy.
_MISSION = re.compile(
    r"\b(?:Konsul(?:at)?(?: Jenderal)?|Konjen|Kedutaan(?: Besar)?|Kedubes|Duta Besar|Dubes|"
    r"Consul(?:ate)?(?: General)?|Embassy|Ambassador)\b"
)

# What makes a city told at the call a proposal (rule 4: the call "proposes" it): an offer or
# proposal word in the city's own sentence, in the forms the corpus writes ("menawarkan kerja
# sama sister city", "mengusulkan proposal", "usulan", "tawaran", "proposed", "offered") ...
_OFFER = re.compile(
    r"\b(?:me|di)?nawarkan\b|\b(?:di)?tawarkan\b|\btawaran\b|"
    r"\b(?:meng|di)?usul(?:kan|an)?\b|\b(?:meng|di)ajukan\b|\bajukan\b|"
    r"\b(?:me|di)rekomendasikan\b|\brekomendasi\b|\bproposal\b|"
    r"\bpropos(?:e|ed|es|ing|al)\b|\boffer(?:s|ed|ing)?\b|\bsuggest(?:s|ed|ing|ion)?\b|"
    r"\brecommend(?:s|ed|ing|ation)?\b",
    re.I,
)
# ... or the tie proposed, named in it ("salah satunya sister city dengan Kota Xi'an", real10;
# "rencana sister city antara Hue City dan Kota Denpasar", real14). Not "rencana" alone: real41's
# "Untuk merealisasikan rencana ini, Kerajaan Negeri Sembilan akan mengirim delegasi" is a plan
# of trade told at the call, not Negeri Sembilan proposed.
_SISTER = dict(TYPE_PATTERNS)["sister_city"]
# ("twin province", which the type words leave to "provinsi kembar")
_TWIN = re.compile(r"\btwin(?:ned)?[- ](?:provinces?|states?|regions?|towns?)\b", re.I)


def _names_a_tie(text: str) -> bool:
    return bool(_SISTER.search(text) or _TWIN.search(text))


def _offered(city: Draft, by_index: dict[int, str]) -> bool:
    """Whether the city's own sentences (its mentions, and the one its partner was read from)
    offer or propose something, or name the tie proposed."""
    own = [by_index[i] for i, how in city.read_from.items() if how == "own" and i in by_index]
    said = [*own, city.evidence.get("partner", "")]
    return any(_OFFER.search(text) or _names_a_tie(text) for text in said)


def _an_envoy_s_call(draft: Draft) -> bool:
    """Whether the draft is a meeting with a country whose evidence names its mission or envoy."""
    return (
        draft.type == "meeting"
        and draft.partner_kind == "country"
        and any(_MISSION.search(text or "") for text in draft.evidence.values())
    )


def _proposed_at(city: Draft, call: Draft) -> bool:
    """Whether the city's draft is a plan of the call's local party with the envoy's country."""
    return (
        city.type == "other"
        and city.partner_kind in ("city", "province")
        and city.country is not None
        and city.country == call.country
        and city.local_party == call.local_party
        # a plan put forward, not our own exploration told beside a courtesy call (heldout4's
        # Paris: the call stays the call, one_event.explored_at_a_call reads the other order)
        and city.stage == "initiative"
        # a date of its own tells a tie begun before (real23's Kyoto, 'hampir 40 tahun')
        and city.date in (None, call.date)
    )


def calls_for_a_city(drafts: list[Draft], article: Sequence[Facts]) -> list[Draft]:
    """The drafts with each envoy's call that proposes cities of the envoy's country folded into
    those cities' records: each a meeting, exploring, dated and with the fields of the call."""
    by_index = {f.sentence.index: f.sentence.text for f in article}
    kept = list(drafts)
    for call in drafts:
        if not _an_envoy_s_call(call):
            continue
        cities = [d for d in kept if _proposed_at(d, call) and _offered(d, by_index)]
        if not cities:
            continue  # a call naming no city stays the country's meeting
        for city in cities:
            city.type = "meeting"
            city.stage = "exploration"
            said = call.evidence.get("type", call.evidence.get("partner", ""))
            city.evidence["type"] = said
            city.evidence["stage"] = call.evidence.get("stage", said)
            if city.date is None and call.date is not None:
                city.date, city.date_text = call.date, call.date_text
                if "date" in call.evidence:
                    city.evidence["date"] = call.evidence["date"]
            city.take_sectors(call)
        kept.remove(call)
    return kept


# The envoy of a country, right before its name ("Duta Besar Uzbekistan", "Konjen Tiongkok").
_ENVOY_BEFORE = re.compile(rf"{_MISSION.pattern}(?:\s*\([^)]*\))?\s+(?:of\s+(?:the\s+)?)?$")
# The call itself: the envoy received, met or calling on us, or putting the tie forward.
_CALL = re.compile(
    r"\b(?:menerima|menemui|bertemu|pertemuan|audiensi|berkunjung|kunjungan|mengusulkan|"
    r"menawarkan|receiv\w*|met|meeting|called on|visit\w*|propos\w*|offer\w*)\b",
    re.I,
)


def _names_the_envoy(facts: Facts, country: str) -> bool:
    """Whether the sentence tells a call of `country`'s envoy (its mission before its name)."""
    text = facts.sentence.text
    if not _CALL.search(text):
        return False
    return any(
        code == country and _ENVOY_BEFORE.search(text[max(0, at - 40) : at])
        for code, _, at in facts.countries
    )


def cities_at_a_call(drafts: list[Draft], article: Sequence[Facts]) -> None:
    """A city's plan (`other`, no signed type) whose own sentences, or the one before them, tell
    its country's envoy's call, with no record of that country drafted, is the call (real9's
    Linyi proposed by China's consul general, real10's Samarkand at Uzbekistan's ambassador's
    call): a meeting that explores the tie."""
    # a record of the country itself (the call read as a meeting, a programme): left to it
    met = {d.country for d in drafts if d.partner_kind == "country"}
    by_index = {f.sentence.index: f for f in article}
    for city in drafts:
        if (
            city.type != "other"
            or city.partner_kind not in ("city", "province")
            or city.country is None
            or city.country in met
            or city.stage not in ("initiative", "exploration")
        ):
            continue
        own = [i for i, how in city.read_from.items() if how == "own"]
        near = set(own) | {i - 1 for i in own}
        told = [
            by_index[i].sentence.text
            for i in sorted(near)
            if i in by_index and _names_the_envoy(by_index[i], city.country)
        ]
        texts = {i: f.sentence.text for i, f in by_index.items()}
        # the envoy proposing it ("Konjen Tiongkok ... mengusulkan kerja sama", real9's Linyi),
        # or the city's own sentence offering it or naming the tie; not a delegation of the city
        # told after a call that offered nothing (as calls_for_a_city)
        if told and (_offered(city, texts) or any(_OFFER.search(t) for t in told)):
            city.type = "meeting"
            city.stage = "exploration"
            city.evidence["type"] = city.evidence["stage"] = told[0]


__all__ = ["calls_for_a_city", "cities_at_a_call"]
