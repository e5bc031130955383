"""The date of a record told in a sentence of its own, which names no partner.

News often gives the day in a sentence that only tells the act: "Penandatanganan dilakukan
pada hari Rabu, 2 Agustus 2023", "... ujarnya usai diterima Wali Kota Pontianak Edi Rusdi
Kamtono di Ruang VIP, Kamis (09/02/2023)". Such a day goes to the record the act belongs to
only when there is no doubt which: the article's one undated document for a signing, its one
undated visit or meeting for a reception (or the visit told again), its one undated
exploration for the exploring ("penjajakan awal pada 18 Juli 2019"), the meeting it came out
of ("terungkap usai ... bertemu Duta Besar ..., Senin 9 September 2023") or the proposal
("usulan ... telah disampaikan ..., Sabtu (2/11)"), and the sentence gives one
day and names no other partner. The one undated tie takes the start a sentence tells by the
tie's own words ("The cooperation between the two cities formed in 2019"), and the one undated
visit or meeting of an article that tells only its release's day takes that day's month
(`release_month`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.record_mentions import Cluster, Mention, partner_key

RECEIVES = re.compile(
    r"\b(?:diterima|menerima|disambut|menyambut|penyambutan|received|welcomed|hosted|menjamu|"
    r"bertemu|met)\b",
    re.I,
)


# The exploring, or the proposal of a plan ("Usulan program kota kembar itu juga telah
# disampaikan Gubri saat kunjungan ..., Sabtu (2/11)"): the day it was made.
_EXPLORED = re.compile(
    r"\b(?:penjajakan|menjajaki|dijajaki|explor(?:ed|ing|atory|ation)|usulan|diusulkan|"
    r"mengusulkan|proposal|proposed|"
    # the plan talked over ("Pembahasan rencana itu dilakukan dalam pertemuan ..., Selasa, 4
    # Oktober 2016", "the plan was discussed on ...")
    r"pembahasan (?:rencana|itu|tersebut|ini)|membahas rencana|"
    r"(?:rencana|hal) (?:itu |tersebut |ini )?dibahas|"
    r"discuss(?:ed|ing)? the plan|the plan was discussed)\b",
    re.I,
)


# The meeting an exploration came out of: a meeting of persons or a call received, not any
# "diterima" ("dalam rilis yang diterima": a release) nor a reception "hosted" for a holiday.
_MET = re.compile(
    r"\b(?:bertemu|menemui|bertatap muka|beraudiensi|audiensi|met|meeting with|"
    r"(?:menerima|received|receiving) (?:a |the )?(?:kunjungan|audiensi|rombongan|delegasi|"
    r"visit|call|courtesy call|delegation))\b",
    re.I,
)


# "Kejadian penting dan bersejarah ini berlangsung pada tanggal 18 Januari tahun 1985", "The
# ceremony took place on ...": the act the sentence before told, dated.
_TOOK_PLACE = re.compile(
    r"\b(?:ini|tersebut|itu|this|that)\s+(?:\w+\s+){0,2}?(?:berlangsung|terjadi|"
    r"dilaksanakan|diselenggarakan|took place|happened|was held)\b",
    re.I,
)


_SIGNING_LINE = re.compile(
    r"^(?:Signed|Signing|Ditandatangani|Penandatanganan)\b[^.]{0,12}\b\d{1,2}\s+[A-Z]"
)


def _one_since(facts: Facts) -> DateMention | None:
    """The one "sejak 2004" of a sentence that tells a tie existing since then."""
    since = {d.iso: d for d in facts.dates if d.since and not d.source}
    return (
        next(iter(since.values())) if len(since) == 1 and len(facts.dates) == len(since) else None
    )


# The tie named by its own words, no partner ("The cooperation between the two cities formed in
# 2019", "kerja sama kedua kota itu sudah terjalin sejak tahun 1993", "The twinning was first
# established in September 1991"): met in real16, real21, real24, real26 (bench/ANALYSIS.md).
_TIE_WORDS = re.compile(
    r"\b(?:sister|twin(?:ning|ned)?|kota kembar|provinsi kembar|kerja ?sama|kemitraan|"
    r"cooperation|co-operation|partnership|relationship|hubungan)\b",
    re.I,
)
# ... and its start told right before its date (a hope or a plan is no start).
_STARTED = re.compile(
    r"\b(?:formed|established|founded|initiated|began|begun|started|(?:first )?signed|"
    r"terjalin|dijalin|dimulai|dirintis|dibentuk|ditandatangani|disepakati)\b"
    r"(?:\s+(?:sejak|pada|since|in|on))?(?:\s+(?:tahun|bulan|tanggal))?\s*$",
    re.I,
)
_HOPED = re.compile(
    r"\b(?:will|would|shall|to be|plan(?:s|ned)?|akan|rencana(?:nya)?|diharapkan|segera)\b", re.I
)


def _one_start(facts: Facts) -> DateMention | None:
    """The one date of a sentence naming the tie by its words and telling its start then."""
    text = facts.sentence.text
    dates = [d for d in facts.dates if not d.source]
    if len(dates) != 1 or len(facts.dates) != 1 or dates[0].relative:
        return None
    date = dates[0]
    before = text[: date.start]
    if not _TIE_WORDS.search(before) or _HOPED.search(before):
        return None
    started = _STARTED.search(text[max(0, date.start - 45) : date.start])
    return date if date.since or started else None


def _one_day(facts: Facts) -> DateMention | None:
    # a day written whose printed weekday disagrees is kept at its month (date_resolve.py's
    # checked_by_weekday): it still tells when, as its day would have
    days = {
        d.iso: d
        for d in facts.dates
        if not d.source and (len(d.iso) == 10 or len(d.iso) == 7 and _DAY_WRITTEN.search(d.text))
    }
    return next(iter(days.values())) if len(days) == 1 else None


_DAY_WRITTEN = re.compile(r"(?<![\d/])\d{1,2}(?![\d])(?=\D+\d)")


def told_dates(clusters: list[Cluster], all_facts: list[Facts]) -> None:
    """Give the article's one undated signed document the day of a signing sentence, and its
    one undated visit or meeting the day of a reception sentence (see the module docstring)."""
    undated = [c for c in clusters if c.date is None]
    documents = [
        c
        for c in undated
        if c.rtype in lexicon.DOCUMENT_TYPES and any(m.facts.signing for m in c.mentions)
    ]
    events = [c for c in undated if c.rtype in ("visit", "meeting")]
    explorations = [c for c in undated if c.rtype == "other"]
    # "Kerja sama sister province ini telah terjalin sejak tahun 2004": the year of the one
    # undated sister-city tie the article tells.
    ties = [c for c in undated if c.rtype == "sister_city"]
    # ... or told only as having taken place (a tie of 1985 with no signing word)
    if not documents:
        documents = [c for c in undated if c.rtype in lexicon.DOCUMENT_TYPES]
    groups = (
        (ties, "since"),
        (documents, "signing"),
        (events, "reception"),
        (explorations, "talks"),
    )
    for group, tells in groups:
        if len(group) != 1:
            continue
        target = group[0]
        # A sentence another record holds tells that record ("kunjungan ini" of its own).
        used = {id(m.facts) for c in clusters if c is not target for m in c.mentions}
        for facts in all_facts:
            others = [
                h for h in facts.partners if partner_key(h.ref) != partner_key(target.partner)
            ]
            if id(facts) in used or facts.dropped or others:
                continue
            if tells == "since":
                day = _one_since(facts) if any(t[0] == "sister_city" for t in facts.types) else None
                day = day or _one_start(facts)
                if day is not None:
                    target.mentions.append(Mention(target.partner, target.rtype, day, facts))
                    break
                continue
            if tells == "signing" and _SIGNING_LINE.match(facts.sentence.text):
                # "Signing 21 July 1989 in Darwin", "Signed 28 October 1988 in Ambon, 21 July
                # 1989 in Darwin": a line that only dates the signing, by its first day.
                days = sorted(d.iso for d in facts.dates if not d.source and len(d.iso) == 10)
                if days:
                    first = next(d for d in facts.dates if d.iso == days[0])
                    target.mentions.append(Mention(target.partner, target.rtype, first, facts))
                    break
            if tells == "signing":
                signed = any(m.facts.signing for m in target.mentions)
                told = facts.signing and signed or bool(_TOOK_PLACE.search(facts.sentence.text))
            elif tells == "talks":  # "usai penjajakan awal pada 18 Juli 2019"
                # ... or the meeting it came out of ("Hal ini terungkap usai Wali Kota
                # bertemu Duta Besar ..., Senin 9 September 2023"): the exploring's day
                told = bool(
                    _EXPLORED.search(facts.sentence.text) or _MET.search(facts.sentence.text)
                )
            else:  # a reception, or the visit itself told again ("kunjungan ini")
                told = bool(RECEIVES.search(facts.sentence.text)) or any(
                    t[0] in ("visit", "meeting") for t in facts.types
                )
            day = _one_day(facts) if told else None
            if day is not None and lexicon.of_an_earlier_thing(facts.sentence.text, day.start):
                day = None  # "... menindaklanjuti kesepakatan sebelumnya ... pada 2 Juli lalu"
            if day is not None:
                target.mentions.append(Mention(target.partner, target.rtype, day, facts))
                break
    release_month(clusters, all_facts)


# An event told as recent ("baru-baru ini", "belum lama ini", "beberapa waktu lalu",
# "recently"): before its release by a span the text does not give, perhaps the month before.
_RECENTLY = re.compile(
    r"\b(?:baru-baru ini|belum lama ini|beberapa (?:waktu|hari|pekan|minggu) (?:lalu|silam)|"
    r"recently|the other day)\b",
    re.I,
)


def release_month(clusters: list[Cluster], all_facts: list[Facts]) -> None:
    """The article's one visit or meeting, undated, when the article tells no day or month of
    its own and one day of its release ("Berdasarkan keterangan yang diterima pada Jumat
    (3/11/2023)", "pernyataan yang dirilis pada Rabu"): the release's month. The event was
    on that day or before it; the labels of real27, real28, real31 and real35 give the month,
    none the day (bench/ANALYSIS.md, "Extract: dates by kind", K11). An event told as recent
    ("baru-baru ini") stays undated: it may be of the month before."""
    events = [c for c in clusters if c.rtype in ("visit", "meeting")]
    if len(events) != 1 or events[0].date is not None:
        return
    target = events[0]
    if any(_RECENTLY.search(m.facts.sentence.text) for m in target.mentions):
        return  # told as recent: its month is not the release's (real28's Sumedang visit)
    live = [f for f in all_facts if not f.dropped]
    if any(not d.source and len(d.iso) >= 7 for f in live for d in f.dates):
        return  # the article tells a day or month of its own: whose it is, other rules say
    released = {d.iso: (d, f) for f in live for d in f.dates if d.source and len(d.iso) == 10}
    if len(released) != 1:
        return
    day, facts = next(iter(released.values()))
    month = replace(day, iso=day.iso[:7], source=False, said=False)
    target.mentions.append(Mention(target.partner, target.rtype, month, facts))


# "Demikian disampaikan Asisten ... dalam Rapat Persiapan ..., Kamis (22 Juni 2017)": the
# sentence that says when and where what came before was told.
_SAID_BACK = re.compile(
    r"^(?:Demikian|Hal (?:itu|ini|tersebut)|This was|That was)\b[^.]{0,40}?\b"
    r"(?:disampaikan|dikatakan|diungkapkan|dijelaskan|ditegaskan|said|stated|conveyed)\b",
    re.I,
)


def said_day(article: list[Facts]) -> tuple[DateMention, Facts] | None:
    """The day the article's plan was told: the one day of its one dated said-back sentence."""
    said = [
        (day, f)
        for f in article
        if not f.dropped and _SAID_BACK.match(f.sentence.text)
        for day in [_one_day(f)]
        if day is not None
    ]
    return said[0] if len(said) == 1 else None


__all__ = ["RECEIVES", "release_month", "said_day", "told_dates"]
