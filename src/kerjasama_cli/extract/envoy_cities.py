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
did not propose it.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.assemble import Draft

# The call is an envoy's when its own sentences name the mission or envoy.
_MISSION = re.compile(
    r"\b(?:Konsul(?:at)?(?: Jenderal)?|Konjen|Kedutaan(?: Besar)?|Kedubes|Duta Besar|Dubes|"
    r"Consul(?:ate)?(?: General)?|Embassy|Ambassador)\b"
)


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


def calls_for_a_city(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each envoy's call that proposes cities of the envoy's country folded into
    those cities' records: each a meeting, exploring, dated and with the fields of the call."""
    kept = list(drafts)
    for call in drafts:
        if not _an_envoy_s_call(call):
            continue
        cities = [d for d in kept if _proposed_at(d, call)]
        if not cities:
            continue  # a call naming no city stays the country's meeting
        for city in cities:
            city.type = "meeting"
            city.stage = "exploration"
            city.evidence["type"] = call.evidence.get("type", call.evidence.get("partner", ""))
            if city.date is None and call.date is not None:
                city.date, city.date_text = call.date, call.date_text
                if "date" in call.evidence:
                    city.evidence["date"] = call.evidence["date"]
            for code in call.sectors:
                if code not in city.sectors:
                    city.sectors.append(code)
        kept.remove(call)
    return kept


__all__ = ["calls_for_a_city"]
