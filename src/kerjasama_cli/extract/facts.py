"""What one sentence says: the partners named in it (where, and how sure) and its facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.people import PersonMention
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.extract.sentences import Sentence


@dataclass
class PartnerHit:
    """A partner named in a sentence and where."""

    ref: PartnerRef
    start: int
    end: int
    via_person: bool = False
    told: bool = False  # the country was read beside the name, not guessed by the gazetteer


@dataclass
class Facts:
    """What one sentence says."""

    sentence: Sentence
    partners: list[PartnerHit] = field(default_factory=list)
    countries: list[tuple[str, str, int]] = field(default_factory=list)  # (code, text, start)
    types: list[tuple[str, int, int]] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    home: int = 0  # mentions of the local government
    locals: list[str] = field(default_factory=list)  # other Indonesian governments named
    parties: list[tuple[int, str]] = field(default_factory=list)  # (where, "home" or a local name)
    signing: bool = False
    intent: bool = False  # "ingin memperkuat ...", "want to strengthen ...": the aims of a record
    anaphor: bool = False
    sector_cue: bool = False
    earlier: bool = False  # "Sebelumnya, ...": an earlier record of the partners just named
    exploring: bool = False  # a type word only explored, planned or offered ("menjajaki LoI")
    planned_event: bool = False  # a visit or meeting still to come ("dijadwalkan mengunjungi")
    venues: list[PartnerHit] = field(default_factory=list)  # places named only as where
    offices: list[tuple[int, str]] = field(default_factory=list)  # Indonesian governments acting
    addresses: list[str] = field(default_factory=list)  # a partner's state ("St. Louis, Missouri")
    dropped: bool = False  # a partner's own partnerships, not the local government's
    # partners drop_addresses took out as a partner city's state; received.py may read them
    # again where the article is left with no partner at all ("Kota Kinabalu, Sabah")
    addressed: list[PartnerHit] = field(default_factory=list)
