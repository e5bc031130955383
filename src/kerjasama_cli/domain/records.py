"""The registry's records as plain dataclasses: what the store saves and the commands show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kerjasama_cli.domain.fuzzy_date import UNKNOWN, FuzzyDate
from kerjasama_cli.domain.sectors import Sector

AGREEMENT = "agreement"
EVENT = "event"


@dataclass(frozen=True)
class Source:
    """A publication that records cite: every fact should be traceable to one."""

    key: str
    publication: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    published: FuzzyDate = UNKNOWN
    file: str | None = None


@dataclass(frozen=True)
class Leader:
    """One term of a home government's leader (governor, or an acting Plt/Plh/Pj)."""

    key: str
    name: str
    title: str
    start: dt.date
    end: dt.date | None  # a running term's scheduled end where known; None: open
    local_party: str
    note: str | None = None
    aliases: tuple[str, ...] = ()
    # The government's country: with its name, which government (m028: London, GB or CA).
    local_country: str | None = None

    def names(self) -> tuple[str, ...]:
        """Every name this leader is met under."""
        return (self.name, *self.aliases)

    def term_label(self) -> str:
        """`2025-02-20 – 2030-02-20` style term (`– in office` when no end is known)."""
        end = self.end.isoformat() if self.end else "in office"
        return f"{self.start.isoformat()} – {end}"


@dataclass(frozen=True)
class LocalGovernment:
    """A home-side party: a province, city, regency or agency, with its other names."""

    key: str
    name: str
    country: str | None = None
    region: str | None = None
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    notes: str | None = None

    def names(self) -> tuple[str, ...]:
        """Its name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Partner:
    """A foreign city, province, region, country, organisation or institution."""

    key: str
    name: str
    kind: str
    country: str | None = None
    region: str | None = None
    aliases: tuple[str, ...] = ()
    notes: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """A signatory (for documents) or participant (for events) on one side."""

    side: str  # "home" or "partner"
    name: str
    title: str | None = None


@dataclass(frozen=True)
class Record:
    """An agreement (sister city, LoI, MoU, agreement, programme) or an event (visit, ...)."""

    key: str
    kind: str  # AGREEMENT or EVENT
    type: str
    partner: str | None  # partner key
    date: FuzzyDate = UNKNOWN
    local_party: str = ""
    local_country: str | None = None
    title: str | None = None
    summary: str | None = None
    status: str | None = None
    place: str | None = None
    leader: str | None = None  # home leader a source credits when no home signatory is named
    people: tuple[Person, ...] = ()
    sectors: tuple[str, ...] = ()
    notes: str | None = None
    date_note: str | None = None
    agreement: str | None = None  # for events: the agreement key it belongs to
    term_years: float | None = None
    end_date: dt.date | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportedFigure:
    """A count an official reports ("23 sister cities in 2024"), kept beside the registry's own."""

    key: str
    subject: str
    count: int
    period: FuzzyDate = UNKNOWN
    local_party: str = ""
    qualifier: str | None = None
    statement: str | None = None
    reported_by: str | None = None
    sources: tuple[str, ...] = ()
    local_country: str | None = None  # of two governments of one name, which (m029)


@dataclass
class Dataset:
    """Everything one import (or the bundled seed) brings; applied in one transaction."""

    home_party: str | None = None
    home_country: str | None = None
    home_government: LocalGovernment | None = None  # the `home:` block, with its aliases
    governments: list[LocalGovernment] = field(default_factory=list)
    leaders: list[Leader] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    figures: list[ReportedFigure] = field(default_factory=list)
    sectors: list[Sector] = field(default_factory=list)  # added by a bureau (`sectors:`)
