"""The signatories of a draft: the people of its signing sentences, the heads a document signed
now names anywhere in the article, and the local head who makes a plan."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.local_parties import bare_local
from kerjasama_cli.extract.people import PersonMention
from kerjasama_cli.extract.record_dates import RECEIVES
from kerjasama_cli.extract.signatories import (
    heads_told_signing,
    only_tells,
    sided_by_their_government,
    signed_by,
    signing_told,
    stood_in_for,
)
from kerjasama_cli.extract.signer_pick import (
    DEPUTY,
    DEPUTY_HEAD,
    HEAD,
    ID_HEAD,
    a_place,
    pick,
)
from kerjasama_cli.geo.names import normalise

# "Penandatanganan dilakukan Wali Kota ...": a sentence whose subject is the signing told before.
_THE_SIGNING = re.compile(
    r"(?:Penandatanganan|The signing)\b(?! (?:MoU|LoI|nota|surat|naskah))", re.I
)
_FUTURE = re.compile(r"\b(?:akan|will)\s+(?:\w+\s+)?$", re.I)


def signed_now(cluster: Cluster, published: dt.date | None) -> bool:
    """A document the article reports signed, lately or at a date it does not give."""
    if not any(m.facts.signing for m in cluster.mentions):
        return False
    date = cluster.date
    if date is None:
        # "... telah terjalin sejak 1997, ketika LoI ditandatangani": an undated document told
        # beside an old year is history, not signed now.
        recent = (published - dt.timedelta(days=45)).isoformat() if published else None
        return not any(
            d.iso[:4] < (recent or "0")[:4] or recent and len(d.iso) == 10 and d.iso < recent
            for m in cluster.mentions
            for d in m.facts.dates
            if not d.source
        )
    if published is None:
        return False  # a dated document, and no day to tell whether it is news or history
    return date.iso >= (published - dt.timedelta(days=45)).isoformat()


def _names_partner(facts: Facts, cluster: Cluster) -> bool:
    """Whether a sentence names the record's partner."""
    key = normalise(cluster.partner.name)
    return any(normalise(h.ref.name) == key for h in facts.partners)


def _hosts(facts: Facts, cluster: Cluster) -> bool:
    """A sentence where the local head meets the event's partner: it names the partner, or
    tells a reception that has happened ("diterima Wali Kota ...", not "akan disambut")."""
    text = facts.sentence.text
    if _names_partner(facts, cluster):
        return True
    received = RECEIVES.search(text)
    return bool(received) and not _FUTURE.search(text[: received.start()])


class Signers(NamedTuple):
    """Who signs for each side, and the sentence that names them (None when nobody)."""

    local: PersonMention | None
    local_sentence: str | None
    partner: PersonMention | None
    partner_sentence: str | None


def find_signers(
    cluster: Cluster,
    rtype: str,
    facts_all: list[Facts],
    article: list[Facts] | None,
    local: str,
    published: dt.date | None,
    canonical: Callable[[str], str],
) -> Signers:
    """The signatories of a record of type `rtype` (`facts_all`: its sentences' facts, in
    order; `article`: every sentence's, where the heads of a document signed now may be)."""
    ref = cluster.partner
    # Signatories: people of signing sentences first, then of the record's other sentences.
    people: list[tuple[PersonMention, Facts]] = []
    tie = rtype == "other" and not any(m.facts.exploring for m in cluster.mentions)
    if rtype in lexicon.EVENT_CLASS or tie:
        # A visit's, a meeting's or a tie of no kind's people ("menjalin kerja sama dengan Kota
        # Vigan, yang diwakili Wali Kota Vigan Jose Singson"): participants, who sign nothing
        # (signatories.signatories_only_on_signings moves them); a plan's are read below.
        people = [(p, f) for f in facts_all for p in f.people]
    elif rtype in lexicon.DOCUMENT_TYPES or rtype in ("membership", "programme"):
        # Only names tied to the signing: the sentences that tell it (a visit's hosts and
        # guests, a signing still to come's are no signers; a launch is a programme's signing).
        told = signing_told if rtype in lexicon.DOCUMENT_TYPES else (lambda f: f.signing)
        signing = [f for f in facts_all if told(f)]
        people = [
            (p, f)
            for f in signing
            for p in f.people
            if (p.titled or signed_by(p, f)) and not only_tells(p, f)
        ]
        people = sided_by_their_government(people, ref, bare_local(local))
    local_signatory, local_sentence = pick(people, "home", cluster, local, canonical)
    if local_signatory is None and rtype in ("visit", "meeting") and article:
        # A visit or meeting is received by the local party's head wherever the article names
        # him ("disambut hangat oleh Wakil Walikota Bukittinggi Marfendi" three sentences on).
        named = [
            (p, f)
            for f in article
            if not f.dropped and _hosts(f, cluster)
            for p in f.people
            if p.titled and not DEPUTY.match(p.title)
        ]
        local_signatory, local_sentence = pick(named, "home", cluster, local, canonical)
    partner_signatory, partner_sentence = pick(people, "partner", cluster, local)
    # A head of government the text gives no place for ("Governor Pramono Anung signed"):
    # the side still empty, when the other is filled or the partner has no such head.
    # Not a seat read as a name ("Walikota Bogor dan Walikota Lankaran": Lankaran is a place).
    unknown = [
        (p, f)
        for p, f in people
        if p.side is None and not a_place(p.name, f, ref) and not stood_in_for(p, f)
    ]
    for person, facts in unknown:
        taken = {local_signatory.name if local_signatory else None}
        taken.add(partner_signatory.name if partner_signatory else None)
        if person.name in taken:
            continue
        if local_signatory is None and (
            partner_signatory is not None
            or ref.kind in ("organisation", "institution", "country", "")
            or ID_HEAD.fullmatch(person.title)  # "Gubernur Mahyeldi": no seat, the local head
        ):
            local_signatory, local_sentence = person, facts.sentence.text
        elif partner_signatory is None and local_signatory is not None:
            partner_signatory, partner_sentence = person, facts.sentence.text
    if (
        rtype in lexicon.DOCUMENT_TYPES
        and article
        and (local_signatory is None or partner_signatory is None)
        and signed_now(cluster, published)
        # the heads sign only a signing the record's sentences tell (not a launch, a plan, nor
        # one a speaker only tells of: "McDonald said an MoU had been signed years ago")
        and any(signing_told(f) and not any(only_tells(p, f) for p in f.people) for f in facts_all)
    ):
        # A document signed now is signed by the two heads the article names, wherever
        # ("Yii ... represented the MCC, while South Tangerang City was represented by Mayor
        # Benyamin Davnie"; "both mayors signed").
        heads = [
            (p, f)
            for f in article
            if not f.dropped
            for p in f.people
            # a partner's representative signs for it too ("dengan perwakilan pemerintah
            # Kota Zhang Zhou, Zheng Limins")
            if p.titled
            and (HEAD.search(p.title) or p.title.startswith("Perwakilan "))
            and not DEPUTY.match(p.title)
        ]
        if partner_signatory is None:
            partner_signatory, partner_sentence = pick(heads, "partner", cluster, local)
        # The local head only beside the partner's: a list of older partners ("sister city
        # ketiga setelah Chungcheongnam-do dan Heidelberg") names no signatory of theirs.
        if local_signatory is None and (partner_signatory is not None or cluster.date):
            # ... or alone, for a document dated as news ("Dalam kesempatan tersebut juga
            # dilakukan penandatanganan MoU", the mayor of the local party named attending):
            # the head whose title is the local party's.
            local_signatory, local_sentence = pick(heads, "home", cluster, local, canonical)
        if local_signatory is None and partner_signatory is not None:
            for person, facts in heads:
                if (
                    person.side is None
                    and partner_signatory.name not in person.name
                    and not a_place(person.name, facts, ref)
                    and not stood_in_for(person, facts)
                ):
                    local_signatory, local_sentence = person, facts.sentence.text
                    break
    if (
        rtype in lexicon.DOCUMENT_TYPES
        and article
        and (local_signatory is None or partner_signatory is None)
    ):
        # "Penandatanganan dilakukan Wali Kota Padang X bersama Wali Kota Gondar City Y": a
        # signing sentence naming the document's partner names its signers, wherever it is
        # (the sentence may have gone to another record, a visit). Titled heads only.
        # The sentence points back at a signing told before it: a tie told after it
        # ("Sebelumnya ... sejak tahun 1993") is not the one it names the signers of.
        first = min(m.facts.sentence.index for m in cluster.mentions)
        signers = [
            (p, f)
            for f in article
            if not f.dropped
            and signing_told(f)
            and f.sentence.index > first
            and _names_partner(f, cluster)
            and _THE_SIGNING.match(f.sentence.text)
            for p in f.people
            if p.titled and HEAD.search(p.title) and not DEPUTY.match(p.title)
        ]
        if local_signatory is None:
            local_signatory, local_sentence = pick(signers, "home", cluster, local, canonical)
        if partner_signatory is None:
            partner_signatory, partner_sentence = pick(signers, "partner", cluster, local)
    if rtype in lexicon.DOCUMENT_TYPES and article and not (local_signatory and partner_signatory):
        both = [
            (p, f)
            for p, f in heads_told_signing(facts_all, article)
            if HEAD.search(p.title) and not DEPUTY.match(p.title)
        ]
        if local_signatory is None:
            local_signatory, local_sentence = pick(both, "home", cluster, local, canonical)
        if partner_signatory is None:
            partner_signatory, partner_sentence = pick(both, "partner", cluster, local)
    return Signers(local_signatory, local_sentence, partner_signatory, partner_sentence)


def planned_by(
    cluster: Cluster,
    facts_all: list[Facts],
    article: list[Facts] | None,
    local: str,
    canonical: Callable[[str], str],
) -> tuple[PersonMention | None, str | None]:
    """The local head a plan is filed under, with the sentence that names them."""
    # A plan has no signature yet: the local head who makes it in the record's own
    # sentences ("Gubernur Riau H Syamsuar akan menindaklanjuti rencana ...") is who the
    # user files it under. Titled heads only, never a deputy or an office.
    heads = [
        (p, f)
        for f in facts_all
        for p in f.people
        if p.titled and HEAD.search(p.title) and not DEPUTY.match(p.title)
    ]
    local_signatory, local_sentence = pick(heads, "home", cluster, local, canonical)
    if local_signatory is None and article:
        # No head named anywhere: the deputy head who received the proposal ("saat bertemu
        # Wakil Bupati Gianyar, ...") stands for the local government. Never a secretary.
        deputies = [
            (p, f)
            for f in article
            if not f.dropped
            for p in f.people
            if p.titled and DEPUTY_HEAD.match(p.title)
        ]
        if not any(p.titled and HEAD.match(p.title) for f in article for p in f.people):
            local_signatory, local_sentence = pick(deputies, "home", cluster, local, canonical)
    return local_signatory, local_sentence
