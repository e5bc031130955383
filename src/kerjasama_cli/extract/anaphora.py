"""Sentences that name no partner but refer back ("kerja sama ini", "the agreement"): each adds
its type, people and sectors to the record it refers to, or tells a record of its own (an
earlier document, a renewal on its own day)."""

from __future__ import annotations

import datetime as dt
import re

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.cluster_placing import recent
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.mentions import PLURAL
from kerjasama_cli.extract.record_mentions import (
    Cluster,
    Mention,
    compatible,
    nearest_date,
    partner_key,
    strongest_type,
)
from kerjasama_cli.extract.sector_frames import ALREADY, talked_over, told_as_running
from kerjasama_cli.geo.names import normalise

_BEGAN = re.compile(r"\b(?:dimulai|bermula|berawal|began|started|begun)\b", re.I)
_PAST = re.compile(
    r"\b(?:dulu|dahulu|pernah|formerly|originally|once|the original|an earlier)\b", re.I
)


def attach_anaphora(
    pending: list[Facts],
    clusters: list[Cluster],
    all_facts: list[Facts],
    published: dt.date | None,
) -> None:
    """Give each sentence of `pending` to the latest record mentioned before it, of the
    matching class (`clusters` is changed in place: records may be added or replaced)."""
    # Anaphoric sentences: to the latest record mentioned before them, of the matching class.
    for facts in pending:
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
                    # ... and so are the other records of that one reception: meetings
                    # opened in the same sentence ("menerima Konsul Jenderal Velaria, Norvale
                    # dan Ostria"), not the stops of a tour, each a talk of its own
                    for other in later:
                        if (
                            first.rtype == "meeting"
                            and other is not first
                            and other.rtype == "meeting"
                            and any(m.facts is opening.facts for m in other.mentions)
                        ):
                            other.extra.append(facts)
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
        pointing = facts.anaphor or renewal_pointed(facts)
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
                    not recent(c, published),  # what happens now, not a tie of 2006
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
                if _signed_at_the_event(latest, facts):
                    # "... hosted a delegation from Bergholm ... At the end of the meeting, both
                    # parties signed a letter of intent": the visit's signing is the record, on
                    # the visit's day (the convention for a signing during a visit)
                    latest.event = False
            elif (
                best_type
                and date is not None
                and latest.date is None
                and (best_type[0] == latest.rtype)
                # "pertemuan ini ... menindaklanjuti kesepakatan sebelumnya ... pada 2 Juli
                # lalu": the day of the earlier thing named between, not this meeting's
                and not lexicon.of_an_earlier_thing(facts.sentence.text, date.start, best_type[2])
            ):
                # "The programme, launched on Wednesday": the date of the record referred to.
                latest.mentions.append(Mention(latest.partner, best_type[0], date, facts))


_BOTH_SIDES = re.compile(
    r"\b(?:kedua (?:belah )?pihak|keduanya|kedua (?:kota|daerah|provinsi|pemerintah(?:an)?|"
    r"kepala daerah|pemimpin)|both (?:parties|sides|cities|regions|provinces|governments|"
    r"leaders)|the two (?:parties|sides|cities|regions|provinces|governments|leaders))\b",
    re.I,
)


def _signed_at_the_event(latest: Cluster, facts: Facts) -> bool:
    """Whether a sentence naming no partner signs a document at the visit or meeting it refers
    back to (now, not a plan nor a history told there)."""
    text = facts.sentence.text
    return (
        latest.event
        and latest.rtype in ("visit", "meeting")
        and facts.signing
        # the signers are the event's two sides, not a company or a university beside it
        # ("penandatanganan MoU antara PT ... dengan utusan khusus ...": real25)
        and bool(_BOTH_SIDES.search(text))
        and not (facts.earlier or facts.intent or facts.exploring or facts.planned_event)
        and not _PAST.search(text)
        and not _BEGAN.search(text)
    )


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


def renewal_pointed(facts: Facts) -> bool:
    """ "Kerja sama itu diperpanjang ...": a renewal of the document a type word points to."""
    return bool(_RENEWED.search(facts.sentence.text)) and any(
        guards.pointed(facts.sentence.text, a, b) for _, a, b in facts.types
    )


def _renewed_later(latest: Cluster, facts: Facts) -> Mention | None:
    """The renewal a sentence pointing back to a dated document tells, on a day of its own."""
    if latest.event or latest.date is None or latest.rtype not in lexicon.DOCUMENT_TYPES:
        return None
    text = facts.sentence.text
    if not (facts.anaphor or renewal_pointed(facts)) or not _RENEWED.search(text):
        return None
    if facts.exploring:
        return None
    days = [d for d in facts.dates if not d.source and not d.since and len(d.iso) == 10]
    if len(days) != 1 or compatible(days[0].iso, latest.date.iso):
        return None
    return Mention(latest.partner, latest.rtype, days[0], facts)


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
