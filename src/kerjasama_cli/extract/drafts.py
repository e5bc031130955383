"""Clusters of mentions into Drafts: partner, type, date and stage here; the local party
(`local_parties`), signatories (`draft_signers`), sectors (`draft_sectors`) and a programme's
title (`programme_titles`) each in their own module."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kerjasama_cli.extract import lexicon, subjects
from kerjasama_cli.extract.assemble import Cluster, Draft
from kerjasama_cli.extract.draft_sectors import record_sectors
from kerjasama_cli.extract.draft_signers import find_signers, planned_by
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.local_parties import local_evidence, local_party, others_only
from kerjasama_cli.extract.programme_titles import programme_title
from kerjasama_cli.extract.record_dates import said_day
from kerjasama_cli.extract.record_mentions import Mention, partner_key
from kerjasama_cli.extract.record_types import decide_type
from kerjasama_cli.extract.stages import (
    EXPLORATION,
    INITIATIVE,
    TIE_RUNS,
    an_envoy_s_first_call,
    approval_reached,
    named_back,
    stage_of,
    still_to_come,
    told_before,
)

# The local party's functions stay importable from here (the pipeline and the tests do).
__all__ = ["EXPORTED_TYPE", "build", "local_evidence", "local_party", "others_only"]

# Type words the drafts export under another name (grounds.py reads a type word the same way).
EXPORTED_TYPE = {"membership": "other", "agreement_word": "agreement"}


def _a_state_visit(cluster: Cluster) -> bool:
    """Whether a visit of the record is made by an Indonesian state body ("kunjungan dari
    jajaran Direktorat Eropa II Kementerian Luar Negeri")."""
    for mention in cluster.mentions:
        text = mention.facts.sentence.text
        for rtype, _, end in mention.facts.types:
            body = subjects.state_visitor(text, end) if rtype == "visit" else None
            if body is not None and body.start() - end <= 45:
                return True
    return False


def _planning_lead(article: list[Facts]) -> Facts | None:
    """The lead sentence when it tells the cooperation only as a plan ("akan menjalin kerja
    sama", "Rencana kerja sama") and no sentence of the story signs anything."""
    told = [f for f in article if f.types and not f.dropped]
    if not told or any(f.signing for f in article if not f.dropped):
        return None
    lead = told[0]
    plan = lead.exploring and all(rtype == "other" for rtype, _, _ in lead.types)
    return lead if plan else None


def _names_its_partner(mention: Mention) -> bool:
    """Whether the mention's sentence names its partner (a place read there, or a person of it)."""
    key = partner_key(mention.partner)
    return any(partner_key(h.ref) == key for h in mention.facts.partners) or any(
        p.partner is not None and partner_key(p.partner) == key for p in mention.facts.people
    )


def build(
    cluster: Cluster,
    home: str,
    local: str,
    published: dt.date | None,
    canonical: Callable[[str], str] = str,
    article: list[Facts] | None = None,
) -> Draft:
    """One Draft from a cluster, with the sentence behind each field (`article`: every
    sentence's facts, where an event's host may be named)."""
    rtype = cluster.rtype
    first = min(cluster.mentions, key=lambda m: m.facts.sentence.index)
    facts_all = sorted(
        {id(m.facts): m.facts for m in cluster.mentions} | {id(f): f for f in cluster.extra}
        and {
            **{id(m.facts): m.facts for m in cluster.mentions},
            **{id(f): f for f in cluster.extra},
        }.values(),
        key=lambda f: f.sentence.index,
    )
    if still_to_come(rtype, cluster.date is not None, [m.facts for m in cluster.mentions], article):
        rtype = "other"
    typed = next((m for m in cluster.mentions if m.rtype == rtype), first)
    decision = decide_type(rtype, cluster, article)  # an envoy's call, a tie told as existing
    # our envoy's call held for us is the talk (`other`) at the stage the call itself shows
    called = rtype if decision.rule == "called_by_our_mission" else None
    rtype = decision.rtype
    # The partner's evidence names it: a mention lent only a day ("Hari/tanggal: Selasa, 4
    # Februari 2025.", the_one_day) comes first in the article but says nothing of the partner.
    named = min(
        (m for m in cluster.mentions if _names_its_partner(m)),
        key=lambda m: m.facts.sentence.index,
        default=first,
    )
    evidence = {"partner": named.facts.sentence.text, "type": typed.facts.sentence.text}
    ref = cluster.partner
    if ref.country:
        evidence["country"] = next(
            (m.facts.sentence.text for m in cluster.mentions if m.partner.country),
            first.facts.sentence.text,
        )
    date = cluster.date
    date_text = None
    if date is not None and date.since and rtype in lexicon.DOCUMENT_TYPES:
        # "hubungan kerja sama ... telah dimulai sejak tahun 2010": when working together
        # began, told without the document's name, does not date the document.
        holder = next(m for m in cluster.mentions if m.date is date)
        if not any(t[0] in lexicon.DOCUMENT_TYPES for t in holder.facts.types):
            date = None
    told_in: Facts | None = None
    if date is not None and rtype == "other":
        # "dijadwalkan pada 10 hingga 14 Juli 2017 yang akan datang akan dilaksanakan Kunjungan
        # Kerja": the day a visit still to come is scheduled for does not date the plan. It is
        # dated by the day it was told ("Demikian disampaikan ..., Kamis (22 Juni 2017)"),
        # when the article says so once.
        holder = next(m for m in cluster.mentions if m.date is date)
        if holder.facts.planned_event:
            date = None
    if date is None and rtype in ("other", "meeting", "visit"):
        # the plan, or the call it was told at ("Hal itu disampaikan ... saat ramah tamah ...,
        # Rabu (4/9/2024)"): the day it was told
        date, told_in = said_day(article or []) or (None, None)
    if date is not None:
        if told_in is None:
            told_in = next(m for m in cluster.mentions if m.date is date).facts
        evidence["date"] = told_in.sentence.text
        date_text = date.text
        if date.note:  # a weekday that names another day left the day out: say so
            date_text = f"{date.text}: {date.note}"
        elif date.relative and published is not None:
            date_text = f"{date.text} in an article of {published.isoformat()}"
    signers = find_signers(cluster, rtype, facts_all, article, local, published, canonical)
    local_signatory, local_sentence = signers.local, signers.local_sentence
    partner_signatory, partner_sentence = signers.partner, signers.partner_sentence
    if local_sentence:
        evidence["local_signatory"] = local_sentence
    if partner_sentence:
        evidence["partner_signatory"] = partner_sentence
    sectors, sectors_sentence = record_sectors(cluster, rtype, facts_all, article, published)
    if sectors_sentence is not None:
        evidence["sectors"] = sectors_sentence
    title = programme_title(rtype, ref, facts_all)
    own = sorted({m.facts.sentence.index: m.facts for m in cluster.mentions}.items())
    # A document type survived the reading: it was signed, whatever else the story explores.
    exploring = rtype not in lexicon.DOCUMENT_TYPES and any(
        m.facts.exploring for m in cluster.mentions if m.rtype == rtype
    )
    # A document's stage is told by its own sentences, not by the plan to renew it joined to
    # it ("akan dilakukan penandatanganan perpanjangan nota kesepakatan MoU ... sister
    # province": the sister province is signed; the renewal is a plan beside it).
    planned_beside = {
        id(m.facts)
        for m in cluster.mentions
        if rtype in lexicon.DOCUMENT_TYPES and m.facts.exploring
    }
    if len(planned_beside) < len(own):
        own = [(i, f) for i, f in own if id(f) not in planned_beside]
    told = [f.sentence.text for _, f in own] + told_before([i for i, _ in own], article or [])
    if rtype in lexicon.EVENT_CLASS:
        # "Pertemuan ini adalah awal untuk membahas peluang ...", "Kehadiran ... dalam rangka
        # membahas ...": the sentences the event took in tell what it was for.
        told += [f.sentence.text for f in cluster.extra if not f.signing]
    # The sentence whose words made the type word a plan says which plan it is ("inisiatif
    # Sister Province" is an initiative, though a later sentence hopes the agenda "dibahas").
    governing = [f.sentence.text for _, f in own if f.exploring][:1]
    # "... digadang-gadang menjadi sister city ... Penjajakan itu menjadi program kelima": the
    # next sentence names the plan's step, pointing back at it
    governing += named_back([i for i, f in own if f.exploring][:1], article or [])
    stage = exploring and governing and stage_of("other", governing, True)
    stage = stage or stage_of(EXPORTED_TYPE.get(called or rtype, called or rtype), told, exploring)
    stage = approval_reached(stage, EXPORTED_TYPE.get(rtype, rtype), told)
    if stage:
        # the plan's words, else the type's sentence (not a sentence lent only the day)
        typed_own = typed.facts if any(f is typed.facts for _, f in own) else own[0][1]
        evidence["stage"] = (next((f for _, f in own if f.exploring), typed_own)).sentence.text
    # "menerima kunjungan dari jajaran Direktorat Eropa II Kementerian Luar Negeri ... untuk
    # menjajaki ... sister city dengan Kota Varaždin": the Indonesian state's own visit, not
    # the partner's: the record is the exploration.
    if (
        rtype == "visit"
        and stage == EXPLORATION
        and partner_signatory is None
        and _a_state_visit(cluster)
    ):
        rtype = "other"
    lead = _planning_lead(article or [])
    if (
        rtype in lexicon.EVENT_CLASS
        and stage == "implementation"
        and lead is not None
        # "... upaya penguatan hubungan ... kerja sama yang telah terjalin baik antara ...": the
        # event's own sentences tell a tie that runs; the lead's call to strengthen it is its use
        and not any(TIE_RUNS.search(text) for text in told)
    ):
        # "Pemkab ... akan menjalin kerja sama dengan ... Rencana itu hasil kunjungan ...": the
        # story's lead says the tie is still to be made and nothing is signed: the visit
        # explored it.
        stage = EXPLORATION
        evidence["stage"] = lead.sentence.text
    if an_envoy_s_first_call(
        rtype, ref.kind, stage, told, [f.sentence.text for f in article or []]
    ):
        stage = EXPLORATION
    if stage == INITIATIVE and rtype in ("visit", "meeting"):
        # "kunjungan kerja ... membahas rencana kerjasama kota kembar", a consul general's call
        # offering a sister province: a plan talked of at a visit or meeting that happened is
        # explored there (the corpus labels almost no event `initiative`)
        stage = EXPLORATION
    planned = stage in (EXPLORATION, INITIATIVE) and rtype in ("other", "programme")
    if planned and local_signatory is None:
        local_signatory, local_sentence = planned_by(cluster, facts_all, article, local, canonical)
        if local_sentence:
            evidence["local_signatory"] = local_sentence
    read_from = {f.sentence.index: "referred" for f in cluster.extra}
    read_from |= {m.facts.sentence.index: "own" for m in cluster.mentions}
    return Draft(
        read_from=read_from,
        stage=stage,
        partner=ref.name or None,
        partner_kind=ref.kind or None,
        country=ref.country,
        region=ref.region,
        # A programme only planned or explored ("rencana program kerja sama") runs nowhere yet.
        type="other" if planned and rtype == "programme" else EXPORTED_TYPE.get(rtype, rtype),
        date=date.iso if date else None,
        date_text=date_text,
        local_party=local,
        local_signatory=local_signatory,
        partner_signatory=partner_signatory,
        sectors=sectors,
        title=title,
        evidence=evidence,
        since=bool(date and date.since),
        known=ref.known,
    )
