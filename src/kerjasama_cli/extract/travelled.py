"""A record's talks or meeting that are a trip between the two places (the lead's convention: a
delegation travelling between them is a `visit`; record_types.py's rule 8): the partner's head,
envoy or delegation received here or met in our own government's building, or our head meeting
in the partner's own place. Split from record_types.py (i34b) to keep modules small.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.held_by import in_its_place
from kerjasama_cli.extract.places import country_of
from kerjasama_cli.geo.names import normalise

# "akan menerima", "will meet", "dijadwalkan bertemu": a call still to come
AHEAD = re.compile(
    r"\b(?:akan|rencananya|dijadwalkan|will|plans? to|scheduled to)\s+(?:\w+\s+)?"
    r"(?:menerima|bertemu|menyambut|meet|receive|welcome|host)\b",
    re.I,
)


# Receiving a guest, not meeting at a third place.
_HOSTS = re.compile(
    r"\b(?:menerima|diterima|menyambut|disambut|menjamu|dijamu|jamuan|received|welcomed|hosted|"
    # a meal given to the guest: "jamuan makan malam bersama Wali Kota Bursa", "a dinner for"
    r"dinner|luncheon|banquet)\b",
    re.I,
)


def travelled(cluster: Cluster) -> bool:
    """Whether the record's own sentences tell a trip between the two places (the lead's
    convention: a visit): the partner's head or officials received here ("Medan Mayor ...
    received Penang Chief Minister ... at City Hall"), or our head meeting in the partner's own
    place ("met the Governor of Osaka Prefecture ... in Osaka")."""
    name = cluster.partner.name
    if not name or cluster.partner.kind == "country":
        return False
    key = normalise(name)
    here = in_its_place(name)
    for mention in cluster.mentions:
        facts = mention.facts
        text = facts.sentence.text
        if facts.planned_event or AHEAD.search(text):
            continue
        hosted = _HOSTS.search(text)
        guests = [
            p
            for p in facts.people
            if p.side == "partner" and p.partner and normalise(p.partner.name) == key
        ]
        if hosted and any(p.start > hosted.start() for p in guests):
            return True
        # "received an envoy from the City of Toyooka", "menerima audiensi utusan dari Kota
        # Toyooka": the partner's own delegation came to us (no office posted here)
        if hosted and _delegation_of(name).search(text, hosted.end()):
            return True
        if here.search(text) and any(t[0] == "meeting" for t in facts.types):
            return True
        # "pertemuan Wali Kota Semarang ... dan Wali Kota Jung-Gu Park Sung Min di Korea
        # Selatan": the partner's head met in the partner's own country, our head travelled
        if guests and any(t[0] == "meeting" for t in facts.types) and _in_country(text, cluster):
            return True
        # "usai pertemuan dengan Ketua Menteri Sabah Hajiji Noor di Lamin Etam Samarinda", "met
        # Sabah Chief Minister ... at the governor's office": the partner's head met in our own
        # government's building came to us
        ours = _OUR_BUILDING.search(text)
        if ours and any(t[0] == "meeting" for t in facts.types) and guests:
            return True
        # "received President Clinton's senior advisor Webb Hubbell who is here to further
        # improve relations between Arkansas ... and Jakarta": the guest came for the tie
        if hosted and _HERE_FOR.search(text, hosted.end()):
            return True
    return False


_IN_A_COUNTRY = re.compile(r"\b(?:in|di)\s+(?P<c>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def _in_country(text: str, cluster: Cluster) -> bool:
    """Whether the sentence places its event in the partner's own country (not Indonesia)."""
    country = cluster.partner.country
    return country not in (None, "ID") and any(
        country_of(m.group("c")) == country or country_of(m.group("c").split()[0]) == country
        for m in _IN_A_COUNTRY.finditer(text)
    )


# Our own government's buildings, where a guest is met: "di Gedung Daerah Tanjungpinang", "di
# Balai Kota", "di Rumah Jabatan Gubernur", "at the governor's office", "at City Hall".
_OUR_BUILDING = re.compile(
    r"\bdi\s+(?:(?:Gedung|Kantor|Rumah)\s+(?:Daerah|Negara|Gubernur|Gubernuran|Wali\s*Kota|"
    r"Walikota|Bupati|Dinas|Jabatan|Pemerintah|Pemkot|Pemkab|Pemprov)|Balai\s*Kota|"
    r"Pendopo|Pendapa)\b|"
    r"\bat (?:the )?(?:(?:governor|mayor|regent)'s (?:office|residence)|City Hall|"
    r"(?:Governor|Mayor|Regent)'s (?:Office|Residence)|Governor's Hall)\b",
    re.I,
)


def _delegation_of(name: str) -> re.Pattern[str]:
    """ "utusan dari Kota Toyooka", "a delegation from the City of Toyooka": the partner's own
    people who travelled (not "perwakilan", which may be an office posted here)."""
    return re.compile(
        r"\b(?:utusan|delegasi|rombongan|delegations?|envoys?)\s+(?:(?:dari|of|from)\s+)?"
        rf"(?:the\s+)?(?:(?:Kota|Provinsi|Prefektur|City of|Province of)\s+)?{re.escape(name)}\b",
        re.I,
    )


# The guest received, named, is in our place for the tie ("... Webb Hubbell who is here to");
# "his staff, who were here" are our own people.
_HERE_FOR = re.compile(r"\b[A-Z][\w.]+,? (?:who|which) (?:is|are|was|were) here (?:to|for)\b")


__all__ = ["AHEAD", "travelled"]
