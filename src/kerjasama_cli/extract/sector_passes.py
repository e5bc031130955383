"""Sectors moved between finished drafts: a visit's talk from an older tie, a headline's topics.

The sentences' sectors go to the record each sentence is told with (assemble.py, drafts.py); two
passes then look at the drafts together: a visit or meeting reported now takes the fields the
article gave an older tie of the same partner when they were the talk of the visit, and the
headline's fields go to the record it leads with.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kerjasama_cli.extract.sector_frames import ALREADY, DONE, covered_sectors, told_as_running

if TYPE_CHECKING:
    from kerjasama_cli.extract.assemble import Draft
    from kerjasama_cli.extract.facts import Facts


def sectors_to_the_news(drafts: list[Draft], published: dt.date | None) -> None:
    """A visit or meeting reported now (the partner's head named) and an older tie with the
    same partner: the sectors the article tells are the visit's talk ("mempererat kerja sama
    sister city ... untuk bidang budaya dan ekonomi" in a story about the mayor of Kochi's
    visit), not the old document's. With no publication date, a dated visit and an undated
    tie are told the same way as two undated ones."""
    recent = (published - dt.timedelta(days=45)).isoformat() if published else None
    for event in drafts:
        if event.type not in ("visit", "meeting") or event.sectors:
            continue
        if event.partner_signatory is None:
            continue  # no one of the partner's came: not an official visit to talk about
        if event.date and recent and event.date < recent:
            continue
        ties = [
            d
            for d in drafts
            if d is not event
            and d.partner == event.partner
            # an older document the visit renews talk about; a programme or plan still to run
            # ("kerja sama ... akan difokuskan pada ...") keeps its own fields
            and d.type not in ("visit", "meeting", "programme", "other")
            and d.sectors
            and (
                d.date is None
                and (event.date is None or recent is None)
                or d.date
                and (not recent or d.date < recent)
            )
        ]
        # "Jakarta has worked with Rotterdam on flood management since 2016", "berbagai kerja
        # sama telah dilakukan seperti bidang pariwisata": the tie's own scope, told with its
        # date or as done, stays the tie's.
        # ... and so does a tie told as running where its type was read ("kota bersaudara yang
        # telah terjalin selama ini antara Ambon dan Darwin. Kerja sama tersebut diwujudkan
        # melalui bidang ...").
        told_with_its_date = [
            d
            for d in ties
            if d.date_text
            and d.date_text in d.evidence.get("sectors", "")
            or DONE.search(d.evidence.get("sectors", ""))
            or ALREADY.search(d.evidence.get("type", ""))
            # ... and its fields told as running ("Sebelumnya, Surabaya dan Busan telah lama
            # menjalin hubungan erat dalam pendidikan, budaya, dan pariwisata")
            or told_as_running(d.evidence.get("sectors", ""))
        ]
        if len(ties) == 1 and not told_with_its_date:
            event.sectors, ties[0].sectors = ties[0].sectors, []
            if "sectors" in ties[0].evidence:
                event.evidence["sectors"] = ties[0].evidence.pop("sectors")


# A headline's talk ("..., Bahas Peluang Investasi dan Pertukaran Budaya", "... soal Beasiswa
# ASN", "to discuss trade"): what follows is the topic, as after "membahas" in prose.
_HEADLINE_TALK = re.compile(
    r"\b(?:Bahas|Membahas|Bicarakan|Membicarakan|Soal|Discuss(?:es)?|Talks? on)\s+", re.I
)


def headline_sectors(drafts: list[Draft], title: str | None) -> None:
    """The fields a headline gives its lead record: the first draft whose partner the headline
    names, else the only draft. A headline reads as a sentence (a cooperation word framing
    them: "Teken MoU Transportasi dan Kebudayaan"), and the topics it says are talked about."""
    if not title or not drafts:
        return
    codes = covered_sectors(title)
    talk = _HEADLINE_TALK.search(title)
    if talk:
        codes += covered_sectors("Kerja sama meliputi " + title[talk.end() :])
    if not codes:
        return
    folded = title.lower()
    named = [d for d in drafts if d.partner and d.partner.lower() in folded]
    lead = named[0] if named else drafts[0] if len(drafts) == 1 else None
    if lead is None:
        return
    for code in codes:
        if code not in lead.sectors:
            lead.sectors.append(code)
            lead.evidence.setdefault("sectors", title)


def unheld_sectors(drafts: list[Draft], article: list[Facts]) -> None:
    """Fields told in a sentence no record holds that names, in its words, the partner of the
    article's one record without fields ("Kota Yogyakarta dan Distrik Bagmati siap
    mengembangkan sister city, khususnya dalam bidang seni budaya, wisata, hingga
    pendidikan", where "Distrik" kept the place from being read as acting): that record's.
    A sentence naming two partners, or read as a partner's own, says nothing of which."""
    held = {i for d in drafts for i in d.read_from}
    for facts in article:
        if not facts.sectors or facts.dropped or facts.partners:
            continue
        if facts.sentence.index in held:
            continue
        text = facts.sentence.text
        named = {
            str(d.partner)
            for d in drafts
            if d.partner and re.search(rf"\b{re.escape(str(d.partner))}\b", text)
        }
        if len(named) != 1:
            continue
        (partner,) = named
        bare = [d for d in drafts if str(d.partner) == partner]
        if len(bare) != 1 or bare[0].sectors:
            continue
        bare[0].sectors = list(facts.sectors)
        bare[0].read_from[facts.sentence.index] = "referred"
        bare[0].evidence.setdefault("sectors", text)


# A sentence telling of the event itself: "Kunjungan ini ...", "pertemuan tersebut", "This visit".
_THIS_EVENT = re.compile(
    r"\b(?:(?:kunjungan|pertemuan|audiensi|jamuan)\s+(?:ini|tersebut)|"
    r"(?:this|the)\s+(?:visit|meeting|courtesy call|reception))\b",
    re.I,
)


def one_event_s_fields(drafts: list[Draft], article: list[Facts]) -> None:
    """One reception of several partners' envoys, a record each ("menerima kunjungan para duta
    besar dari Portugal, Kroasia, dan Chili"): the fields a sentence tells of the event itself
    ("Kunjungan ini bertujuan menjajaki ... di bidang pariwisata", "This visit aimed to ...")
    are every partner's, not only the one that sentence was put with. Only a visit or meeting
    whose fields came from a sentence pointing back to it lends them, and only to a visit or
    meeting of the same type and day told in a sentence of its own, with no fields.

    A sentence naming no partner tells of the event too when the sentence it goes on from (the
    last before it that names a partner) names them together ("Gubernur menerima Duta Besar
    Velaria dan Duta Besar Norvale ... Kedua negara berminat bekerja sama di bidang ..."); after
    a sentence naming one of them alone, it goes on with that one's part of the trip."""
    text_of = {f.sentence.index: f.sentence.text for f in article}
    for donor in drafts:
        if donor.type not in ("visit", "meeting") or not donor.sectors:
            continue
        told = donor.evidence.get("sectors")
        if not told:
            continue
        referred = [
            i for i, how in donor.read_from.items() if how == "referred" and text_of.get(i) == told
        ]
        if not referred:
            continue
        own = {i for i, how in donor.read_from.items() if how == "own"}
        # the sentence the unnamed one goes on from, when it is one the donor shares
        went_on = None if _THIS_EVENT.search(told) else _went_on_from(article, referred[0])
        if went_on is None and not _THIS_EVENT.search(told):
            continue
        for other in drafts:
            if went_on is not None and went_on not in other.read_from:
                continue
            if (
                other is donor
                or other.sectors
                or other.type != donor.type
                or other.partner == donor.partner
                or (other.date and donor.date and other.date != donor.date)
                or not own & {i for i, how in other.read_from.items() if how == "own"}
            ):
                continue
            other.sectors = list(donor.sectors)
            other.evidence.setdefault("sectors", told)


def _went_on_from(article: list[Facts], index: int) -> int | None:
    """The last sentence before `index` that names a partner, when the sentence at `index`
    names none (the one it goes on from), else None."""
    at = next((f for f in article if f.sentence.index == index), None)
    if at is None or at.partners:
        return None
    before = [f for f in article if f.sentence.index < index and f.partners]
    return before[-1].sentence.index if before else None


__all__ = ["headline_sectors", "one_event_s_fields", "sectors_to_the_news", "unheld_sectors"]
