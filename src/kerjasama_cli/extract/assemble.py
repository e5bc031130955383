"""Sentences' facts into draft records: one per agreement, programme or event the article reports.

Rules, in the order they apply:
- a sentence with a type word and partners gives each partner a mention of the best type in it
  (an LoI on a sister-city partnership is an LoI) dated by the date nearest that word; if it also
  names a visit or meeting, the partner gets an event mention too;
- a sentence that names no partner but refers back ("kerja sama ini", "the agreement") adds its
  type, people and sectors to the record it refers to;
- a partner's mentions with the same date (or none) become one record: documents absorb undated
  visits made to sign them, undated mentions join the partner's dated record of the same class;
- the lead record (the article's first) with no date of its own takes the first day-precise date
  of the opening sentences that is not a quotation's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.article_passes import countries_as_partners, drop_covered_countries
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.mentions import PLURAL, Facts, PartnerHit
from kerjasama_cli.extract.people import PersonMention
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.geo.names import normalise

_LEAD_SENTENCES = 8
# Sentences about other cooperation ("Di dalam negeri ...", "Kemitraan lainnya ...").
_ELSEWHERE = re.compile(
    r"\b(?:lainnya|dalam negeri|domestic|domestik|antardaerah|"
    r"other (?:partnerships|cooperation))\b",
    re.I,
)
_PROGRAMME_TITLE = re.compile(
    r"program(?:me)?\s+[“\"]([^”\"]{6,90})[”\"]|[“\"]([^”\"]{6,90})[”\"]\s+program(?:me)?", re.I
)
NO_PARTNER = PartnerRef("", "", None)


def _named_programme(facts: Facts) -> Mention | None:
    """A programme with a name but no partner ("program “Hospital Improvement ...”")."""
    if not any(t[0] == "programme" for t in facts.types):
        return None
    if not _PROGRAMME_TITLE.search(facts.sentence.text):
        return None
    return Mention(NO_PARTNER, "programme", None, facts)


@dataclass
class Mention:
    """One partner, one type, maybe one date, from one sentence."""

    partner: PartnerRef
    rtype: str
    date: DateMention | None
    facts: Facts

    @property
    def event(self) -> bool:
        return self.rtype in lexicon.EVENT_CLASS


@dataclass
class Cluster:
    """Mentions that make one record."""

    partner: PartnerRef
    event: bool = False  # an event (visit, meeting, opening), not an agreement or programme
    mentions: list[Mention] = field(default_factory=list)
    extra: list[Facts] = field(default_factory=list)  # anaphoric sentences

    @property
    def rtype(self) -> str:
        own = [m.rtype for m in self.mentions if m.event == self.event] or [
            m.rtype for m in self.mentions
        ]
        return min(own, key=lambda t: lexicon.RANK[t])

    @property
    def date(self) -> DateMention | None:
        dated = [m.date for m in self.mentions if m.date is not None]
        return max(dated, key=lambda d: len(d.iso)) if dated else None

    @property
    def first(self) -> int:
        return min(m.facts.sentence.index for m in self.mentions)


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


def _best_type(facts: Facts, classes: tuple[str, ...]) -> tuple[str, int, int] | None:
    options = [t for t in facts.types if t[0] in classes]
    return min(options, key=lambda t: (lexicon.RANK[t[0]], t[1])) if options else None


def _nearest_date(facts: Facts, at: int, end: int, exclude: set[str]) -> DateMention | None:
    options = [
        d
        for d in facts.dates
        if not d.source and d.iso not in exclude and not _nearer_an_event(facts, d, at, end)
    ]
    if not options:
        return None
    return min(
        options, key=lambda d: abs(d.start - end) if d.start >= end else abs(at - d.end) + 40
    )


def _nearer_an_event(facts: Facts, d: DateMention, at: int, end: int) -> bool:
    """ "penandatanganan LoI ... diawali dari kunjungan Menteri ... April 2016": a date right
    after a visit or meeting word, further from this type word, is the visit's."""
    mine = abs(d.start - end) if d.start >= end else abs(at - d.end)
    for rtype, a, b in facts.types:
        if (
            rtype in lexicon.EVENT_CLASS
            and a != at
            and b <= d.start
            and d.start - b < min(mine, 80)
        ):
            return True
    return False


def mentions_of(facts: Facts) -> list[Mention]:
    """The mentions one sentence makes, for the partners it names."""
    if not facts.partners or not facts.types:
        return []
    found: list[Mention] = []
    best = _best_type(facts, lexicon.AGREEMENT_CLASS)
    event = _best_type(facts, lexicon.EVENT_CLASS)
    if best is None or (best[0] == "other" and event is not None):
        best = event  # "kolaborasi" beside "kunjungan": the visit is what happened
    assert best is not None
    used: set[str] = set()
    date = _nearest_date(facts, best[1], best[2], used)
    if date is not None:
        used.add(date.iso)
    event_date = None
    if event is not None and event is not best:
        event_date = _nearest_date(facts, event[1], event[2], used)
    # The occasion of a signing ("signed ... during the regional meeting") is not a record.
    with_event = (
        event is not None
        and event is not best
        and not (facts.signing and best[0] not in lexicon.EVENT_CLASS)
    )
    seen: set[str] = set()
    hits = [
        h
        for h in facts.partners
        if not (normalise(h.ref.name) in seen or seen.add(normalise(h.ref.name)))
    ]
    annotated = {id(h): _annotation(facts, h) for h in hits} if len(hits) > 1 else {}
    owned = {t for types in annotated.values() for t in types}
    shared = [t for t in facts.types if t not in owned]
    for n, hit in enumerate(hits):
        own = date
        kind = best
        if annotated:
            # "Kota Chengdu Cina (2002), ... Kota Burgas Bulgaria (LoI 2011)": a type in the
            # brackets after a partner is that partner's alone.
            mine = annotated[id(hit)] or [t for t in shared if t[0] in lexicon.AGREEMENT_CLASS]
            if mine:
                kind = min(mine, key=lambda t: (lexicon.RANK[t[0]], t[1]))
        if len(hits) > 1 and facts.dates:
            # "Kitakyushu (Jepang) sejak 1997 dan Busan (Korea Selatan) sejak 1994": each
            # partner's own date follows it, before the next partner.
            limit = hits[n + 1].start if n + 1 < len(hits) else len(facts.sentence.text)
            between = [d for d in facts.dates if hit.end <= d.start < limit and not d.source]
            if between:
                own = between[0]
            elif date is not None and date.since and date.start < hit.start:
                own = None  # "member of C40 since 2013, and ... ICLEI": not ICLEI's date
            elif annotated and any(annotated.values()) or _dated_each(facts, hits) >= 2:
                own = None  # "Chengdu (2002), ... Ipoh (2009)": the others' years, not its
        if own is not None and own.since and kind[0] in _DOCUMENTS_PROPER:
            # "memperbarui nota kesepahaman kota kembar yang terjalin sejak 2006": the tie is
            # from 2006, the document renewed now is not.
            tie = "sister_city" if any(t[0] == "sister_city" for t in facts.types) else "other"
            found.append(Mention(hit.ref, tie, own, facts))
            own = None
        found.append(Mention(hit.ref, kind[0], own, facts))
        if with_event:
            found.append(Mention(hit.ref, event[0], event_date, facts))
    return found


_DOCUMENTS_PROPER = ("loi", "mou", "agreement", "agreement_word")


def _dated_each(facts: Facts, hits: list[PartnerHit]) -> int:
    """How many partners of a list have a date of their own right after them."""
    text_end = len(facts.sentence.text)
    count = 0
    for n, hit in enumerate(hits):
        limit = hits[n + 1].start if n + 1 < len(hits) else text_end
        if any(hit.end <= d.start < min(limit, hit.end + 30) for d in facts.dates):
            count += 1
    return count


def _annotation(facts: Facts, hit: PartnerHit) -> list[tuple[str, int, int]]:
    """The type words in the brackets right after a partner ("Burgas Bulgaria (LoI 2011)")."""
    text = facts.sentence.text
    m = re.match(r"[^()]{0,25}?\(([^()]{1,40})\)", text[hit.end :])
    if not m:
        return []
    a, b = hit.end + m.start(1), hit.end + m.end(1)
    return [t for t in facts.types if a <= t[1] < b]


def _key(ref: PartnerRef) -> str:
    """One key per partner: a country by its code ("Japan" and "Jepang" are one)."""
    return f"country:{ref.country}" if ref.kind == "country" else normalise(ref.name)


def _same_partner(a: PartnerRef, b: PartnerRef) -> bool:
    if a.kind == "country" and b.kind == "country":
        return a.country == b.country
    if normalise(a.name) != normalise(b.name):
        return False
    return a.country is None or b.country is None or a.country == b.country


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


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
    countries_as_partners(all_facts)
    drop_covered_countries(all_facts)
    for facts in all_facts:
        found = mentions_of(facts)
        if found:
            mentions.extend(found)
        elif (
            (facts.types or facts.signing or facts.intent or facts.anaphor)
            and not facts.dropped
            and not _ELSEWHERE.search(facts.sentence.text)
        ):
            named = _named_programme(facts)
            if named is not None:
                mentions.append(named)
            elif facts.anaphor or facts.signing or facts.sector_cue:
                pending_anaphora.append(facts)
    clusters: list[Cluster] = []
    by_partner: dict[str, list[Cluster]] = {}
    ordered = sorted(mentions, key=lambda m: (m.date is None, m.facts.sentence.index))
    for mention in ordered:
        key = _key(mention.partner)
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
        best_type = _best_type(facts, lexicon.AGREEMENT_CLASS + lexicon.EVENT_CLASS)
        wants_event = best_type is not None and best_type[0] in lexicon.EVENT_CLASS
        candidates = [
            c
            for c in clusters
            if any(m.facts.sentence.index <= index for m in c.mentions) and c.event == wants_event
        ] or [c for c in clusters if any(m.facts.sentence.index <= index for m in c.mentions)]
        if not candidates:
            continue

        def last_seen(c: Cluster, index: int = index) -> int:
            seen = [m.facts.sentence.index for m in c.mentions] + [
                f.sentence.index for f in c.extra
            ]
            return max(i for i in seen if i <= index)

        newest = max(last_seen(c) for c in candidates)
        gap = index - newest
        if not facts.anaphor and (
            gap > 2 or not (facts.signing or facts.sector_cue or facts.intent)
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
            date = _nearest_date(facts, best_type[1], best_type[2], set()) if best_type else None
            if (
                best_type
                and best_type[0] in lexicon.DOCUMENT_TYPES
                and date is not None
                and (
                    latest.date is not None
                    and not _compatible(date.iso, latest.date.iso)
                    or latest.date is None
                    and (facts.earlier or best_type[0] != latest.rtype)
                )
            ):
                # "kerja sama ini melanjutkan nota kesepahaman ... pada 2019": an earlier
                # document of the same partner, not this one.
                mention = Mention(latest.partner, best_type[0], date, facts)
                clusters.append(Cluster(latest.partner, False, [mention]))
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
    return clusters


def _place(mention: Mention, own: list[Cluster], published: dt.date | None) -> Cluster | None:
    """The partner's existing record this mention belongs to, or None for a new one."""
    if not own:
        return None
    same_class = [c for c in own if c.event == mention.event]
    if mention.date is not None:
        for c in same_class:
            if c.date is not None and _compatible(c.date.iso, mention.date.iso):
                return c
        undated = [c for c in same_class if c.date is None]
        if undated:
            return undated[0]
        if not mention.event:
            return None
        return None
    if not mention.event and mention.rtype not in lexicon.DOCUMENT_TYPES:
        # Talk of programmes and cooperation belongs to what the article reports now (the
        # visit), not to the document of years ago it recalls.
        current = [c for c in own if _recent(c, published) and c.rtype != "office_opening"]
        if current and not any(c in same_class for c in current):
            return current[0]
    if (
        mention.date is None
        and mention.rtype in lexicon.DOCUMENT_TYPES
        and mention.facts.sentence.index < _LEAD_SENTENCES
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
        and mention.facts.sentence.index >= _LEAD_SENTENCES // 4
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


def _explorations_into_events(clusters: list[Cluster]) -> list[Cluster]:
    """Talk of cooperation only explored or offered ("menjajaki kerja sama", "menawarkan
    sister city") is what the partner's one visit or meeting was about: one record, the event."""
    kept: list[Cluster] = []
    for c in clusters:
        events = [
            e
            for e in clusters
            if e.event and e.rtype != "office_opening" and _same_partner(e.partner, c.partner)
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


def _recent(c: Cluster, published: dt.date | None) -> bool:
    date = c.date
    if date is None or published is None:
        return True
    return date.iso >= (published - dt.timedelta(days=45)).isoformat()


def _lead_date(clusters: list[Cluster], all_facts: list[Facts], published: dt.date | None) -> None:
    lead = next(
        (c for c in clusters if c.rtype not in ("other", "membership") and c.date is None),
        None,
    )
    if lead is None or published is None:
        return
    window = (published - dt.timedelta(days=31)).isoformat()
    if any(
        c.date is not None and c.date.iso >= window and c.first < _LEAD_SENTENCES for c in clusters
    ):
        return  # the news is already dated: an undated mention is something else
    if lead.first >= _LEAD_SENTENCES:
        return
    for facts in all_facts[:_LEAD_SENTENCES]:
        for date in facts.dates:
            if date.source or len(date.iso) != 10:
                continue
            day = dt.date.fromisoformat(date.iso)
            if published - dt.timedelta(days=31) <= day <= published:
                lead.mentions.append(Mention(lead.partner, lead.rtype, date, facts))
                return
