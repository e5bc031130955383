"""Which of a record's people signs for which side: the titles of heads and deputies, and the
pick of the first person a list of (person, sentence) gives for the local or partner side."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.local_parties import bare_local
from kerjasama_cli.extract.people import OFFICE_WORDS, PersonMention
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.extract.signatories import stood_in_for
from kerjasama_cli.geo.names import normalise

# A head of government's title (deputies are told apart by DEPUTY).
HEAD = re.compile(
    r"\b(?:Gubernur|Governor|Wali Nanggroe|Wali ?[Kk]ota|Walikota|Wako|Mayor|Bupati)\b"
)

# An Indonesian head's title alone: with no seat named, the local head.
ID_HEAD = re.compile(r"(?:Pj |Plt )?(?:Gubernur|Wali ?[Kk]ota|Walikota|Bupati)")
_HONORIFIC_WORD = re.compile(r"^(?:Hon|Mr|Mrs|Ms|Dr|Bapak|Pak|Ibu)\.?$")
DEPUTY = re.compile(r"(?:Wakil|Vice|Deputy|Sekda|Sekretaris|Asisten|Kepala)\b")
DEPUTY_HEAD = re.compile(
    r"(?:Wakil|Vice|Deputy) (?:Gubernur|Governor|Wali ?[Kk]ota|Walikota|Mayor|Bupati|Regent)\b"
)


_TITLE_WORDS = re.compile(
    r"^(?:(?:Pj|Plt|Plh|Penjabat|Wakil|Acting|Vice|Deputy)\.?\s+)?(?:Gubernur|Wali\s?[Kk]ota|"
    r"Walikota|Bupati|Governor|Mayor|Regent|Sekda|Sekretaris Daerah)\s+"
)


_TITLE_AFTER = re.compile(
    r"\s+(?:(?:Vice|Deputy)[\s-]+)?(?:Governor|Mayor|Regent|Premier|Gubernur|Bupati|Wali ?Kota|"
    r"Walikota)$"
)


def pick(
    people: list[tuple[PersonMention, Facts]],
    side: str,
    cluster: Cluster,
    local: str,
    canonical: Callable[[str], str] = str,
) -> tuple[PersonMention | None, str | None]:
    """The first of `people` who signs for `side` ("home": the local party, "partner": the
    cluster's partner), with the sentence that names them; (None, None) when none does."""
    partner_key = normalise(cluster.partner.name)
    for person, facts in people:
        if stood_in_for(person, facts):
            continue
        if side == "home" and person.side == "home":
            return person, facts.sentence.text
        if (
            side == "home"
            and person.side == "local"
            and (
                normalise(local) in normalise(person.title)
                or canonical(_TITLE_WORDS.sub("", person.title)) == local
                or canonical(_TITLE_AFTER.sub("", person.title))
                == local  # "Central Java Vice-Governor"
            )
        ):
            # "Wali Kota Surabaya" when Surabaya signs, "Gubernur NTB" for Nusa Tenggara Barat
            return person, facts.sentence.text
        own = bare_local(local) if side == "home" else cluster.partner.name
        seat = normalise(own) + " "
        if person.side is None and normalise(person.name).startswith(seat):
            # "Bupati Minahasa Royke Roring", "Wali Kota Wewak Hon Charles Malenki": the seat
            # before the name is the party's own
            words = person.name.split()[len(seat.split()) :]
            while words and (
                _HONORIFIC_WORD.match(words[0]) or normalise(words[0]) in OFFICE_WORDS
            ):
                words = words[1:]
            if len(words) >= 2:
                return replace(person, name=" ".join(words), side=side), facts.sentence.text
        if (
            side == "partner"
            and person.side == "partner"
            and person.partner is not None
            and normalise(person.partner.name) == partner_key
        ):
            return person, facts.sentence.text
        if (
            side == "partner"
            and person.side is None
            and _TITLE_WORDS.match(person.title)
            and normalise(_TITLE_WORDS.sub("", person.title)) == partner_key
        ):
            # "Gubernur Madang, Peter Yama": a seat the gazetteer cannot vouch for (it might
            # be Indonesian), but it is the record's own partner: its head.
            return replace(person, side=side), facts.sentence.text
    return None, None


def a_place(name: str, facts: Facts, ref: PartnerRef) -> bool:
    """Whether a name is one of the places the sentence or the record names, or begins with
    the partner's ("Vlissingen Bas Van Den Tillaar": the partner's man, never the local one)."""
    places = {normalise(ref.name)} | {normalise(h.ref.name) for h in facts.partners}
    places |= {normalise(v.ref.name) for v in facts.venues}
    key = normalise(name)
    return key in places or bool(ref.name) and key.startswith(normalise(ref.name) + " ")
