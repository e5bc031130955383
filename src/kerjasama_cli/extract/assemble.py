"""Sentences' facts into draft records: one per agreement, programme or event the article reports.

The mentions each sentence gives are record_mentions.py's; here they are gathered, in this order:
- a sentence that names no partner but refers back ("kerja sama ini", "the agreement") adds its
  type, people and sectors to the record it refers to;
- a partner's mentions with the same date (or none) become one record: documents absorb undated
  visits made to sign them, undated mentions join the partner's dated record of the same class;
- an exploration joins the visit it happened at;
- the lead record (the article's first) with no date of its own takes the first day-precise date
  of the opening sentences that is not a quotation's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.elsewhere import elsewhere
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.mentions import PLURAL
from kerjasama_cli.extract.people import PersonMention
from kerjasama_cli.extract.record_dates import told_dates
from kerjasama_cli.extract.record_mentions import (
    Cluster,
    Mention,
    celebrated,
    compatible,
    mentions_of,
    named_programme,
    nearest_date,
    partner_key,
    same_partner,
    strongest_type,
)
from kerjasama_cli.extract.sector_frames import ALREADY, talked_over, told_as_running
from kerjasama_cli.geo.names import normalise

# The article's opening: where a news story tells what it reports (later sentences, its history).
LEAD_SENTENCES = 8
_BEGAN = re.compile(r"\b(?:dimulai|bermula|berawal|began|started|begun)\b", re.I)
_PAST = re.compile(
    r"\b(?:dulu|dahulu|pernah|formerly|originally|once|the original|an earlier)\b", re.I
)


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
    focus: dict[str, Cluster | None] = {"agreement": None, "event": None}
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
            elif _renewal_pointed(facts):
                pending_anaphora.append(facts)  # "Kerja sama itu diperpanjang Senin (26/5)"
    clusters: list[Cluster] = []
    by_partner: dict[str, list[Cluster]] = {}
    ordered = sorted(mentions, key=lambda m: (m.date is None, m.facts.sentence.index))
    for mention in ordered:
        key = partner_key(mention.partner)
        own = by_partner.setdefault(key, [])
        target = _place(mention, own, published)
        if target is None:
            target = Cluster(mention.partner, mention.event)
            own.append(target)
            clusters.append(target)
        elif mention.partner.country and not target.partner.country:
            target.partner = mention.partner
        target.mentions.append(mention)
    # Anaphoric sentences: to the latest record mentioned before them, of the matching class.
    for facts in pending_anaphora:
        index = facts.sentence.index
        best_type = strongest_type(facts, lexicon.AGREEMENT_CLASS + lexicon.EVENT_CLASS)
        wants_event = best_type is not None and best_type[0] in lexicon.EVENT_CLASS
        if best_type is None and facts.sectors and talked_over(facts.sentence.text):
            wants_event = True  # the topics talked over are the meeting's or the visit's
        candidates = [
            c
            for c in clusters
            if any(m.facts.sentence.index <= index for m in c.mentions) and c.event == wants_event
        ] or [c for c in clusters if any(m.facts.sentence.index <= index for m in c.mentions)]
        if not candidates:
            # "Pemerintah kedua kota bersepakat ... bidang perdagangan dan investasi": pointing
            # at the two parties before the article names its one partner, that partner's
            # first record of the class.
            one = len({partner_key(c.partner) for c in clusters}) == 1
            # ... and the article's lead sentence, telling the fields of the news before its
            # partner is read ("Pemprov Jawa Tengah membidik kerja sama baru dengan China di
            # berbagai bidang terutama pariwisata"): the first visit or meeting the article
            # tells (a document the lead is about names itself and its partner there).
            lead = facts.sentence.index == 0 and not facts.dropped
            if lead and not any(c.event for c in clusters):
                continue
            if facts.sectors and (facts.anaphor and one or lead) and clusters:
                later = [c for c in clusters if c.event == (wants_event or lead)] or clusters
                first = min(later, key=lambda c: min(m.facts.sentence.index for m in c.mentions))
                opening = min(first.mentions, key=lambda m: m.facts.sentence.index)
                if not (lead and ALREADY.search(opening.facts.sentence.text)):
                    first.extra.append(facts)  # (the lead's new cooperation is no old tie's)
            continue

        def last_seen(c: Cluster, index: int = index) -> int:
            seen = [m.facts.sentence.index for m in c.mentions] + [
                f.sentence.index for f in c.extra
            ]
            return max(i for i in seen if i <= index)

        newest = max(last_seen(c) for c in candidates)
        gap = index - newest
        if facts.sectors and (gap > 2 or told_as_running(facts.sentence.text)):
            # A list of fields right after a record's own sentence is that record's, whatever
            # its type words say ("... kerja sama sister city sejak 1989. Bidang-bidang yang
            # dilaksanakan pada awal kerja sama adalah kunjungan delegasi, olahraga ...").
            before = [
                c for c in clusters if any(m.facts.sentence.index == index - 1 for m in c.mentions)
            ]
            if len(before) == 1:
                candidates, newest, gap = before, index - 1, 1
            elif gap > 2:
                candidates, newest, gap = _the_one_named(
                    facts, best_type, clusters, candidates, newest, gap
                )
        # The sectors of a cooperation when the article has told one record so far are that
        # record's, however far from its name ("khususnya di sektor pendidikan").
        told = [c for c in clusters if any(m.facts.sentence.index <= index for m in c.mentions)]
        pointing = facts.anaphor or _renewal_pointed(facts)
        if not (pointing or facts.sectors and len(told) == 1) and (
            gap > 2 or not (facts.signing or facts.sector_cue or facts.intent or facts.sectors)
        ):
            continue
        # "ketiga LoI tersebut ...": every record of the sentence referred to; otherwise the
        # first partner that sentence names ("kedua kota": the two parties, one partner).
        referred = [c for c in candidates if last_seen(c) == newest]
        if not (PLURAL.search(facts.sentence.text) or facts.earlier) and len(referred) > 1:
            order = [normalise(h.ref.name) for h in all_facts[newest].partners]
            referred = sorted(
                referred,
                key=lambda c: (
                    order.index(normalise(c.partner.name))
                    if normalise(c.partner.name) in order
                    else 99,
                    not _recent(c, published),  # what happens now, not a tie of 2006
                    lexicon.RANK[c.rtype],
                ),
            )[:1]
        for latest in referred:
            date = nearest_date(facts, best_type[1], best_type[2], set()) if best_type else None
            if (
                best_type
                and best_type[0] in lexicon.DOCUMENT_TYPES
                and date is not None
                and (
                    latest.date is not None
                    and not compatible(date.iso, latest.date.iso)
                    or latest.date is None
                    and (facts.earlier or best_type[0] != latest.rtype)
                )
            ):
                # "kerja sama ini melanjutkan nota kesepahaman ... pada 2019": an earlier
                # document of the same partner, not this one.
                mention = Mention(latest.partner, best_type[0], date, facts)
                if _signed_on_that_visit(latest, facts):
                    # "rombongan melakukan kunjungan kerja ke kota Lankaran ... Program kerjasama
                    # ini terealisasi pada 14 Maret 2020, dimana ... penandatanganan": the visit
                    # made to sign a document is the document.
                    signed = Cluster(latest.partner, False, [mention, *latest.mentions])
                    signed.extra = latest.extra
                    clusters[clusters.index(latest)] = signed
                    continue
                clusters.append(Cluster(latest.partner, False, [mention]))
                continue
            if (
                best_type
                and best_type[0] in lexicon.DOCUMENT_TYPES
                and best_type[0] != latest.rtype
                and _PAST.search(facts.sentence.text)
            ):
                # "Protocol of Intention ... yang dulu pernah dibuat kedua pihak": the earlier
                # document, undated, not the one the record is about.
                mention = Mention(latest.partner, best_type[0], None, facts)
                clusters.append(Cluster(latest.partner, False, [mention]))
                continue
            renewal = _renewed_later(latest, facts)
            if renewal is not None:
                # "... telah menandatangani MoU pada 2019. Kerja sama itu diperpanjang Senin
                # (26/5)": the renewal, on its own day, is a record of its own.
                clusters.append(Cluster(latest.partner, False, [renewal]))
                continue
            latest.extra.append(facts)
            if (
                best_type
                and best_type[0] in lexicon.DOCUMENT_TYPES
                and (facts.signing or facts.anaphor)
            ):
                latest.mentions.append(Mention(latest.partner, best_type[0], date, facts))
            elif (
                best_type
                and date is not None
                and latest.date is None
                and (best_type[0] == latest.rtype)
            ):
                # "The programme, launched on Wednesday": the date of the record referred to.
                latest.mentions.append(Mention(latest.partner, best_type[0], date, facts))
    del focus
    clusters = _explorations_into_events(clusters)
    clusters.sort(key=lambda c: c.first)
    _lead_date(clusters, all_facts, published)
    told_dates(clusters, all_facts)
    return clusters


def _place(mention: Mention, own: list[Cluster], published: dt.date | None) -> Cluster | None:
    """The partner's existing record this mention belongs to, or None for a new one."""
    if not own:
        return None
    same_class = [c for c in own if c.event == mention.event]
    if mention.date is not None:
        for c in same_class:
            if c.date is not None and compatible(c.date.iso, mention.date.iso):
                return c
            if c.event and c.date is not None and _one_span(c.date, mention.date):
                return c  # "Senin (14/7)" of a visit "mulai 13 hingga 15 Juli": the same visit
        undated = [c for c in same_class if c.date is None]
        if undated:
            return undated[0]
        if not mention.event:
            return None
        return None
    recalled = mention.facts.sectors and told_as_running(mention.facts.sentence.text)
    if not mention.event and mention.rtype not in lexicon.DOCUMENT_TYPES and not recalled:
        # Talk of programmes and cooperation belongs to what the article reports now (the
        # visit), not to the document of years ago it recalls ... unless the sentence recalls
        # the tie's own fields ("Sebelumnya, kedua kota telah lama menjalin hubungan erat dalam
        # pendidikan"): those are the tie's.
        current = [c for c in own if _recent(c, published) and c.rtype != "office_opening"]
        if current and not any(c in same_class for c in current):
            return current[0]
    if (
        mention.date is None
        and mention.rtype in lexicon.DOCUMENT_TYPES
        and mention.facts.sentence.index < LEAD_SENTENCES
    ):
        # "have renewed their sister-city MoU" in the lead, beside "sister cities since 1984":
        # a more specific document than an old record is news of its own.
        old = [c for c in same_class if not _recent(c, published)]
        if old and all(lexicon.RANK[mention.rtype] < lexicon.RANK[c.rtype] for c in old):
            same_class = [c for c in same_class if c not in old]
            if not same_class:
                return None
    if (
        same_class
        and not mention.event
        and mention.rtype in lexicon.DOCUMENT_TYPES
        and mention.facts.sentence.index >= LEAD_SENTENCES // 4
        and all(c.rtype in ("programme", "membership") for c in same_class)
    ):
        return None  # "the original Sister-State Agreement": not the programme reported
    if same_class:
        if mention.event:
            fitting = [
                c
                for c in same_class
                if (c.rtype == "office_opening") == (mention.rtype == "office_opening")
            ]
            if fitting:
                return fitting[0]
        else:
            if mention.rtype in ("programme", "membership"):
                # A programme running now is not the MoU of 2019 it builds on.
                same_class = [
                    c for c in same_class if _recent(c, published) or c.rtype == mention.rtype
                ]
                if not same_class:
                    return None
            return min(same_class, key=lambda c: lexicon.RANK[c.rtype])
    if mention.event and mention.rtype != "office_opening":
        # A visit to sign a document is the document.
        for c in own:
            if (
                not c.event
                and c.rtype in lexicon.DOCUMENT_TYPES
                and _recent(c, published)
                and any(m.facts.signing for m in c.mentions)
            ):
                return c
    if not mention.event and mention.rtype == "other":
        for c in own:
            if c.event and c.rtype != "office_opening":
                return c
    return None


# "13 hingga 15 Juli 2025", "21-24 Januari 2019": the first and last day of a span.
_SPAN = re.compile(r"\b(\d{1,2})\s*(?:-|–|hingga|sampai|s\.?d\.?|to|until)\s*(\d{1,2})\b")


def _one_span(a: DateMention, b: DateMention) -> bool:
    """Whether one date is a span of days (same month) holding the other's day."""
    for span, day in ((a, b), (b, a)):
        m = _SPAN.search(span.text)
        if (
            m
            and len(day.iso) == 10
            and span.iso[:7] == day.iso[:7]
            and int(m.group(1)) <= int(day.iso[8:]) <= int(m.group(2))
        ):
            return True
    return False


def _signed_on_that_visit(latest: Cluster, facts: Facts) -> bool:
    """Whether the record referred to is an undated visit and the sentence signs a document,
    or is undated talk of cooperation ("hubungan keduanya") the document now names."""
    text = facts.sentence.text
    if latest.date is not None or facts.earlier or _PAST.search(text) or _BEGAN.search(text):
        return False  # "Kerjasama ini dimulai dengan penandatanganan LoI ... 1996": history
    if not latest.event and latest.rtype == "other":
        return not any(m.facts.exploring for m in latest.mentions)
    return latest.event and latest.rtype != "office_opening" and facts.signing


_RENEWED = re.compile(
    r"\b(?:diperpanjang|memperpanjang|diperbarui|memperbarui|renewed|extended)\b", re.I
)


def _renewal_pointed(facts: Facts) -> bool:
    """ "Kerja sama itu diperpanjang ...": a renewal of the document a type word points to."""
    return bool(_RENEWED.search(facts.sentence.text)) and any(
        guards.pointed(facts.sentence.text, a, b) for _, a, b in facts.types
    )


def _renewed_later(latest: Cluster, facts: Facts) -> Mention | None:
    """The renewal a sentence pointing back to a dated document tells, on a day of its own."""
    if latest.event or latest.date is None or latest.rtype not in lexicon.DOCUMENT_TYPES:
        return None
    text = facts.sentence.text
    if not (facts.anaphor or _renewal_pointed(facts)) or not _RENEWED.search(text):
        return None
    if facts.exploring:
        return None
    days = [d for d in facts.dates if not d.source and not d.since and len(d.iso) == 10]
    if len(days) != 1 or compatible(days[0].iso, latest.date.iso):
        return None
    return Mention(latest.partner, latest.rtype, days[0], facts)


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


def _the_one_named(
    facts: Facts,
    best_type: tuple[str, int, int] | None,
    clusters: list[Cluster],
    candidates: list[Cluster],
    newest: int,
    gap: int,
) -> tuple[list[Cluster], int, int]:
    """Where a list of fields told far from any record's name goes: the one record of the
    document type the sentence names ("MoU yang ditandatangani meliputi bidang ...");
    otherwise nowhere (the candidates unchanged)."""
    index = facts.sentence.index
    told = [c for c in clusters if any(m.facts.sentence.index <= index for m in c.mentions)]
    if best_type is None or best_type[0] not in lexicon.DOCUMENT_TYPES:
        return candidates, newest, gap  # "investors could come": no record named
    typed = [c for c in told if c.rtype == best_type[0]]
    if len(typed) != 1:
        return candidates, newest, gap
    seen = [m.facts.sentence.index for m in typed[0].mentions]
    seen += [f.sentence.index for f in typed[0].extra]
    return typed, max(i for i in seen if i <= index), 1


def _recent(c: Cluster, published: dt.date | None) -> bool:
    date = c.date
    if date is None or published is None:
        return True
    return date.iso >= (published - dt.timedelta(days=45)).isoformat()


def _lead_date(clusters: list[Cluster], all_facts: list[Facts], published: dt.date | None) -> None:
    lead = next(
        (
            c
            for c in clusters
            if c.rtype not in ("other", "membership")
            and c.date is None
            and not all(celebrated(m.facts, m.rtype) for m in c.mentions)
        ),
        None,
    )
    if lead is None:
        return
    if published is None:
        _undated_page_lead(lead, clusters, all_facts)
        return
    window = (published - dt.timedelta(days=31)).isoformat()
    if any(
        c.date is not None and c.date.iso >= window and c.first < LEAD_SENTENCES for c in clusters
    ):
        return  # the news is already dated: an undated mention is something else
    if lead.first >= LEAD_SENTENCES:
        return
    for facts in all_facts[:LEAD_SENTENCES]:
        for date in facts.dates:
            if date.source or len(date.iso) != 10:
                continue
            day = dt.date.fromisoformat(date.iso)
            if published - dt.timedelta(days=31) <= day <= published:
                lead.mentions.append(Mention(lead.partner, lead.rtype, date, facts))
                return


def _undated_page_lead(lead: Cluster, clusters: list[Cluster], all_facts: list[Facts]) -> None:
    """A page without its date: the news, a visit or meeting, is dated by the lead sentence
    (the article's first dated one, in its opening two) when it gives one full date, year
    and all, and nothing else of the article is dated in its opening ("KUCHING – Wagub ...
    menghadiri ..., Jumat (20/06/2025)")."""
    if lead.first >= LEAD_SENTENCES or any(
        c.date is not None and c.first < LEAD_SENTENCES for c in clusters
    ):
        return
    dated = next((f for f in all_facts[:2] if f.dates and not f.dropped), None)
    if dated is None:
        return
    days = [d for d in dated.dates if not (d.source or d.since or d.relative)]
    # Only an event is told by the lead that way: a document ("Previously, ... signed LoI")
    # is as often the background of the news as the news.
    if lead.event and len(days) == 1 and len(dated.dates) == 1 and len(days[0].iso) == 10:
        lead.mentions.append(Mention(lead.partner, lead.rtype, days[0], dated))
