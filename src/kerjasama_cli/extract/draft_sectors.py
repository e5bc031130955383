"""The sectors of a draft: its sentences' sector codes, leaving out the cooperation a piece of
news tells as already running (that came before it)."""

from __future__ import annotations

import datetime as dt
import re

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.draft_signers import signed_now
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.sector_frames import told_as_running
from kerjasama_cli.geo.names import normalise

# "... selama ini sudah terjalin sangat baik dan diharapkan terus berlanjut, baik dalam hal
# kerja sama ekonomi ...": the running cooperation the news hopes to carry on is its talk; so is
# the one it hopes to widen ("diharapkan dapat memperdalam hubungan yang telah lama terjalin ...,
# serta memperluas kerja sama dalam bidang pariwisata").
_GOES_ON = re.compile(
    r"\b(?:diharapkan|berharap|harapkan|hope[sd]?|expected)\b[^.]{0,40}?\b(?:terus\s+)?"
    r"(?:berlanjut|dilanjutkan|ditingkatkan|diperluas|memperluas|memperdalam|continue[sd]?|"
    r"go on|be strengthened|expand(?:ed)?|broaden|deepen|widen)\b",
    re.I,
)


def record_sectors(
    cluster: Cluster,
    rtype: str,
    facts_all: list[Facts],
    article: list[Facts] | None,
    published: dt.date | None,
) -> tuple[list[str], str | None]:
    """The record's sector codes in the order its sentences give them, and the sentence that
    gave the first (None when there is none)."""
    told_in: str | None = None
    sectors: list[str] = []
    # News (a visit, or a document signed now) takes no fields from cooperation told as
    # already running: those are what came before it.
    news = rtype in lexicon.EVENT_CLASS or (
        rtype in lexicon.DOCUMENT_TYPES and signed_now(cluster, published)
    )
    # ... unless the sentence tells this record's own signing ("Sebelumnya, kedua belah pihak
    # telah menandatangani Letter of Intent mengenai ... kerja sama di bidang ekonomi").
    signed_here = {id(m.facts) for m in cluster.mentions if m.facts.signing}
    # An article naming many partners: cooperation told as running, in a sentence naming none of
    # them ("bentuk-bentuk kerja sama sister city yang telah dijalin selama ini seperti ..."), is
    # about all the ties, none of them in particular.
    own = {id(m.facts) for m in cluster.mentions}
    many = len({normalise(h.ref.name) for f in article or [] for h in f.partners}) >= 3
    for facts in facts_all:
        if (
            news
            and id(facts) not in signed_here
            and told_as_running(facts.sentence.text)
            and not _GOES_ON.search(facts.sentence.text)
        ):
            continue
        # ... nor a sentence that lists three of them or more as running ("hubungan sister city
        # yang sudah terjalin selama ini seperti dengan Penang, Ichikawa, Gwangju ... dapat
        # diefektifkan pada kerja sama di bidang investasi").
        listed = len({normalise(h.ref.name) for h in facts.partners}) >= 3
        if many and (id(facts) not in own or listed) and told_as_running(facts.sentence.text):
            continue
        for code in facts.sectors:
            if code not in sectors:
                sectors.append(code)
                if told_in is None:
                    told_in = facts.sentence.text
    return sectors, told_in
