"""The lead record's date: the first day-precise date of the article's opening sentences, for
the article's first record when it has none of its own."""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.record_mentions import Cluster, Mention, celebrated

# The article's opening: where a news story tells what it reports (later sentences, its history).
LEAD_SENTENCES = 8


def lead_date(clusters: list[Cluster], all_facts: list[Facts], published: dt.date | None) -> None:
    """Date the lead record (the first undated one that is not only celebrated) by the first
    day of the opening sentences within a month before the article's date."""
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
            if date.source or len(date.iso) != 10 or _said_of_a_document(date, facts, lead):
                continue
            if lexicon.of_an_earlier_thing(facts.sentence.text, date.start):
                continue  # "kesepakatan sebelumnya ... pada 2 Juli lalu"
            day = dt.date.fromisoformat(date.iso)
            if published - dt.timedelta(days=31) <= day <= published:
                lead.mentions.append(Mention(lead.partner, lead.rtype, date, facts))
                return


def _said_of_a_document(date: DateMention, facts: Facts, lead: Cluster) -> bool:
    """ "“Kerja sama sister city dengan Kota X sudah berjalan baik,” kata Wali Kota, Senin
    (10/7/2023)": the day a document was spoken of, not its own (unless signed that day)."""
    return date.said and lead.rtype in lexicon.DOCUMENT_TYPES and not facts.signing


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
