"""Where a mention goes: the partner's existing record it belongs to, or a new one."""

from __future__ import annotations

import datetime as dt
import re

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.lead_dates import LEAD_SENTENCES
from kerjasama_cli.extract.record_mentions import Cluster, Mention, compatible
from kerjasama_cli.extract.sector_frames import told_as_running


def place(mention: Mention, own: list[Cluster], published: dt.date | None) -> Cluster | None:
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
        return None
    recalled = mention.facts.sectors and told_as_running(mention.facts.sentence.text)
    if not mention.event and mention.rtype not in lexicon.DOCUMENT_TYPES and not recalled:
        # Talk of programmes and cooperation belongs to what the article reports now (the
        # visit), not to the document of years ago it recalls ... unless the sentence recalls
        # the tie's own fields ("Sebelumnya, kedua kota telah lama menjalin hubungan erat dalam
        # pendidikan"): those are the tie's.
        current = [c for c in own if recent(c, published) and c.rtype != "office_opening"]
        if current and not any(c in same_class for c in current):
            return current[0]
    if (
        mention.date is None
        and mention.rtype in lexicon.DOCUMENT_TYPES
        and mention.facts.sentence.index < LEAD_SENTENCES
    ):
        # "have renewed their sister-city MoU" in the lead, beside "sister cities since 1984":
        # a more specific document than an old record is news of its own.
        old = [c for c in same_class if not recent(c, published)]
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
                    c for c in same_class if recent(c, published) or c.rtype == mention.rtype
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
                and recent(c, published)
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


def recent(c: Cluster, published: dt.date | None) -> bool:
    """Whether a record is news: undated, or dated no earlier than 45 days before the article."""
    date = c.date
    if date is None or published is None:
        return True
    return date.iso >= (published - dt.timedelta(days=45)).isoformat()
