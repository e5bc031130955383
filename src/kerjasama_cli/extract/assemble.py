"""Sentences' facts into draft records: one per agreement, programme or event the article reports.

The mentions each sentence gives are record_mentions.py's; here they are gathered, in this order:
- a sentence that names no partner but refers back ("kerja sama ini", "the agreement") adds its
  type, people and sectors to the record it refers to;
- a partner's mentions with the same date (or none) become one record: documents absorb undated
  visits made to sign them, undated mentions join the partner's dated record of the same class;
- an exploration joins the visit it happened at;
- the lead record (the article's first) with no date of its own takes the first day-precise date
  of the opening sentences that is not a quotation's date.
The steps live in their own modules: where a mention goes, `cluster_placing.py`; the sentences
that refer back, `anaphora.py`; the lead record's date, `lead_dates.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from kerjasama_cli.extract.anaphora import attach_anaphora, renewal_pointed
from kerjasama_cli.extract.cluster_placing import place
from kerjasama_cli.extract.elsewhere import elsewhere
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.lead_dates import LEAD_SENTENCES, lead_date
from kerjasama_cli.extract.people import PersonMention
from kerjasama_cli.extract.record_dates import told_dates
from kerjasama_cli.extract.record_mentions import (
    Cluster,
    Mention,
    mentions_of,
    named_programme,
    partner_key,
    same_partner,
)

# LEAD_SENTENCES and Cluster stay importable from here (grounds.py and the record passes do).
__all__ = ["LEAD_SENTENCES", "Cluster", "Draft", "Unsure", "cluster"]


class Unsure(NamedTuple):
    """A value left out of a draft for its evidence (abstain.py): the field, the value as
    read, and the kind of its evidence (grounds.py)."""

    field: str
    value: str
    ground: str


@dataclass
class Draft:
    """A draft record and, per field, the sentence it came from."""

    partner: str | None
    partner_kind: str | None
    country: str | None
    region: str | None
    type: str
    date: str | None
    date_text: str | None
    local_party: str
    local_signatory: PersonMention | None
    partner_signatory: PersonMention | None
    sectors: list[str]
    title: str | None
    evidence: dict[str, str] = field(default_factory=dict)
    since: bool = False
    known: bool = False
    local_new: bool = False  # the local party is not (yet) a government of the registry
    stage: str | None = None  # the stage the record proves (extract/stages.py)
    match: str | None = None  # key of the registry record this draft updates
    # The people a record that signs nothing (a visit, meeting, plan) names, as (side, person):
    # its participants, never its signatories (extract/signatories.py).
    participants: list[tuple[str, PersonMention]] = field(default_factory=list)
    # The kind of evidence of each field (extract/grounds.py), and the fields abstain.py left
    # empty for it, with the reason: the reviewer's "unsure" list.
    grounds: dict[str, str] = field(default_factory=dict)
    # The record's sentences by index: "own" (a mention: partner and type word), "referred"
    # (a sentence pointing back to it, "kerja sama ini"); grounds.py reads them.
    read_from: dict[int, str] = field(default_factory=dict)
    unsure: list[Unsure] = field(default_factory=list)

    def take_sectors(self, other: Draft) -> None:
        """Add other's sectors this draft lacks, with other's sentence for them where this draft
        names none (a draft folded into this one: every drafted field names its sentence)."""
        for code in other.sectors:
            if code not in self.sectors:
                self.sectors.append(code)
                if "sectors" in other.evidence:
                    self.evidence.setdefault("sectors", other.evidence["sectors"])


def cluster(
    all_facts: list[Facts], published: dt.date | None, local_is_home: bool = True
) -> list[Cluster]:
    """Group the article's mentions into records (see the module docstring)."""
    if local_is_home:
        # "Kitakyushu has helped Surabaya since 2012": another Indonesian government's
        # cooperation, when the article's own party is the home government, is not a record.
        for facts in all_facts:
            if facts.locals and not facts.home:
                facts.dropped = True
                facts.partners = []
    mentions: list[Mention] = []
    pending_anaphora: list[Facts] = []
    for facts in all_facts:
        found = mentions_of(facts)
        if found:
            mentions.extend(found)
        elif (
            (facts.types or facts.signing or facts.intent or facts.anaphor or facts.sectors)
            and not facts.dropped
            and not elsewhere(facts.sentence.text)
        ):
            named = named_programme(facts)
            if named is not None:
                mentions.append(named)
            elif facts.anaphor or facts.signing or facts.sector_cue or facts.sectors:
                pending_anaphora.append(facts)
            elif renewal_pointed(facts):
                pending_anaphora.append(facts)  # "Kerja sama itu diperpanjang Senin (26/5)"
    clusters: list[Cluster] = []
    by_partner: dict[str, list[Cluster]] = {}
    ordered = sorted(mentions, key=lambda m: (m.date is None, m.facts.sentence.index))
    for mention in ordered:
        key = partner_key(mention.partner)
        own = by_partner.setdefault(key, [])
        target = place(mention, own, published)
        if target is None:
            target = Cluster(mention.partner, mention.event)
            own.append(target)
            clusters.append(target)
        elif mention.partner.country and not target.partner.country:
            target.partner = mention.partner
        target.mentions.append(mention)
    attach_anaphora(pending_anaphora, clusters, all_facts, published)
    clusters = _explorations_into_events(clusters)
    clusters.sort(key=lambda c: c.first)
    lead_date(clusters, all_facts, published)
    told_dates(clusters, all_facts)
    return clusters


def _explorations_into_events(clusters: list[Cluster]) -> list[Cluster]:
    """Talk of cooperation only explored or offered ("menjajaki kerja sama", "menawarkan
    sister city") is what the partner's one visit or meeting was about: one record, the event."""
    kept: list[Cluster] = []
    for c in clusters:
        events = [
            e
            for e in clusters
            if e.event and e.rtype != "office_opening" and same_partner(e.partner, c.partner)
        ]
        if (
            not c.event
            and c.rtype == "other"
            and c.date is None
            and len(events) == 1
            and any(m.facts.exploring for m in c.mentions)
        ):
            events[0].mentions.extend(c.mentions)
            events[0].extra.extend(c.extra)
            continue
        kept.append(c)
    return kept
