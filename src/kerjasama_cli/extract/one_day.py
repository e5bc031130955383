"""The one day an article tells, given to the one record it reports, undated.

"Komitmen tersebut disampaikan Gubernur ... saat menghadiri silaturahmi dan ramah tamah ...,
Senin (6/10/2025) malam": news of one visit, meeting or signing often dates it only in a
sentence that names nobody. When the article reports one record and tells exactly one day (in
the sentences naming no other partner), that day is the record's. Never for a tie told as
existing or a record told as earlier ("Sebelumnya, ..."): the day it is told is not the day
it began; nor for a plan, dated by its own words ("menjajaki ... pada 18 Juli"). Found on
real7-real15 (issue 23, i31d): one record and one day, and the record undated.
"""

from __future__ import annotations

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.record_mentions import Mention, partner_key
from kerjasama_cli.extract.record_types import settled_type

_NOT_ON_ITS_DAY = ("sister_city", "other")


def _only_day(cluster: Cluster, all_facts: list[Facts]) -> tuple[DateMention, Facts] | None:
    """The one day the article tells, in the sentences that name no other partner."""
    days: dict[str, tuple[DateMention, Facts]] = {}
    for facts in all_facts:
        others = [h for h in facts.partners if partner_key(h.ref) != partner_key(cluster.partner)]
        if facts.dropped or others:
            continue
        for d in facts.dates:
            if lexicon.of_an_earlier_thing(facts.sentence.text, d.start):
                continue  # "kesepakatan sebelumnya ... pada 2 Juli lalu"
            if not d.source and len(d.iso) == 10:
                days.setdefault(d.iso, (d, facts))
    return next(iter(days.values())) if len(days) == 1 else None


def the_one_day(clusters: list[Cluster], all_facts: list[Facts]) -> None:
    """Date the article's one record, undated, by the one day the article tells."""
    if len(clusters) != 1 or clusters[0].date is not None:
        return
    target = clusters[0]
    if settled_type(target.rtype, target, all_facts) in _NOT_ON_ITS_DAY:
        return
    if any(m.facts.earlier for m in target.mentions):
        return  # "Previously, ... have signed Letter of Intent some time ago"
    found = _only_day(target, all_facts)
    if found is not None:
        target.mentions.append(Mention(target.partner, target.rtype, found[0], found[1]))


__all__ = ["the_one_day"]
