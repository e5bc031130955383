"""A visit that is a call, not a visit (record_types.py's rules 3 and 4): a foreign envoy's call
on us or ours on the partner's mission (`envoy_call`, by the mission's or the envoy's title and
the partner's country or the envoy's name), the call of the partner's office posted in Indonesia
(`posted_office_call`), talks held at one of our ministries (`at_a_ministry`), and whether the
record's own sentences tell such a call as held (`a_call_told`). The lead's convention makes each
a `meeting`. Split from record_types.py, which keeps the decision order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.held_by import OWN_MISSION
from kerjasama_cli.extract.record_dates import RECEIVES
from kerjasama_cli.extract.travelled import AHEAD
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
            and ENVOY.search(p.title or "")
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


def a_call_told(cluster: Cluster) -> bool:
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


# A foreign mission anywhere in the article: the visit told may be its envoy's call, a meeting
# (or, proposing a city, that city's plan: real6's convention).
ENVOY = re.compile(
    r"\b(?:Konsul(?:at)?(?: Jenderal)?|Konjen|Kedutaan(?: Besar)?|Kedubes|Duta Besar|Dubes|"
    r"Consul(?:ate)?(?: General)?|Embassy|Ambassador)\b"
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
