"""The mentions a sentence gives: one partner, one type, maybe one date each, and the
clusters that gather them into one record (assemble.py does the gathering).

Rules: a sentence with a type word and partners gives each partner a mention of the best type in
it (an LoI on a sister-city partnership is an LoI) dated by the date nearest that word; if it also
names a visit or meeting, the partner gets an event mention too; a programme named in quotes with
no partner is a mention of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.geo.names import normalise

_PROGRAMME_TITLE = re.compile(
    r"program(?:me)?\s+[“\"]([^”\"]{6,90})[”\"]|[“\"]([^”\"]{6,90})[”\"]\s+program(?:me)?", re.I
)
NO_PARTNER = PartnerRef("", "", None)
_INDEFINITE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:dengan|with)\s+(?:sebuah\s+|salah satu\s+|a\s+|an\s+|one\s+)?"
    r"(?:kota|city|cities|provinsi|province|daerah|region|negara|country|kota-kota)\b"
    r"(?!\s+(?-i:[A-Z]))(?![^.;]*?\b(?:like|such as|seperti|yakni|yaitu|antara lain|including|"
    r"namely|di antaranya|diantaranya|termasuk)\b)",
    re.I,
)
# "led a delegation to Braunschweig ... to renew the sister city agreement": the visit is the
# occasion of the renewal, as of a signing.
_RENEWS = re.compile(r"\b(?:memperpanjang|memperbarui|renew(?:s|ed|ing)?|to extend)\b", re.I)
# "a Sister City Agreement ... met with unanimous approval at the City Council in Sep. 1989":
# the day a council approved the document, before it was signed, is not the document's.
_APPROVED = re.compile(
    r"\b(?:approv(?:al|ed)|disetujui|persetujuan|ratified|ratification|diratifikasi)\b", re.I
)
# "Kerjasama antara Kota Magelang dan Kota Tula menjadi salah satu bahasan pada Rapat
# Koordinasi ..., Senin (28/11/2022)": the day the tie was a topic of talk among others is the
# talk's, not the tie's.
_A_TOPIC = re.compile(
    r"\b(?:menjadi\s+(?:salah\s+satu\s+)?(?:bahasan|pembahasan|topik|materi|tema)|dibahas|"
    r"dipaparkan|was (?:discussed|presented)|(?:was|became) (?:a|one) (?:topic|subject)s? of)\b",
    re.I,
)
_BEGAN = re.compile(r"\b(?:began|begun|started|mulai|dimulai)\b", re.I)
_CONTINUES = re.compile(
    r"\b(?:lanjutan|kelanjutan|tindak lanjut|melanjutkan|meneruskan|follow(?:s|ing)?[- ]up "
    r"(?:to|of|on)|continuation of|continues|builds? on|diawali (?:dari|dengan|oleh)|"
    r"(?:bermula|berawal) dari|(?:started|began) with|preceded by)\b",
    re.I,
)

# "perayaan 20 tahun terjalinnya hubungan sister province", "the 30th anniversary of its sister
# city ties": the day is the celebration's; the tie was made years before.
_ANNIVERSARY = re.compile(
    r"\b(?:perayaan|peringatan|HUT|ulang tahun|\d+\s+tahun|ke-?\d+|anniversary|"
    r"\d+\s+years\s+of|jubilee)\b[^.;]{0,50}$",
    re.I,
)


def celebrated(facts: Facts, rtype: str) -> bool:
    """A tie the sentence tells as celebrated ("perayaan 20 tahun terjalinnya hubungan sister
    province"): the sentence's day is the celebration's, not the tie's."""
    return rtype in lexicon.DOCUMENT_TYPES and any(
        t == rtype and _ANNIVERSARY.search(facts.sentence.text[max(0, a - 60) : a])
        for t, a, _ in facts.types
    )


def named_programme(facts: Facts) -> Mention | None:
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


def strongest_type(facts: Facts, classes: tuple[str, ...]) -> tuple[str, int, int] | None:
    options = [t for t in facts.types if t[0] in classes]
    return min(options, key=lambda t: (lexicon.RANK[t[0]], t[1])) if options else None


def nearest_date(facts: Facts, at: int, end: int, exclude: set[str]) -> DateMention | None:
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
    if any(t[1] == at and t[0] in lexicon.EVENT_CLASS for t in facts.types):
        return False  # "Delegasi ... melakukan kunjungan ... 3 September": one event told twice
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
    best = strongest_type(facts, lexicon.AGREEMENT_CLASS)
    event = strongest_type(facts, lexicon.EVENT_CLASS)
    if best is None or (best[0] == "other" and event is not None):
        best = event  # "kolaborasi" beside "kunjungan": the visit is what happened
    elif best[0] in lexicon.DOCUMENT_TYPES and _INDEFINITE.match(facts.sentence.text[best[2] :]):
        # "kunjungan ke Baku ..., Indonesia jadi memiliki kerjasama Sister City dengan kota di
        # Azerbaijan": the document is with a city the sentence does not name.
        best = event
        if best is None:
            return []
    assert best is not None
    used: set[str] = set()
    date = nearest_date(facts, best[1], best[2], used)
    if date is not None and _CONTINUES.search(facts.sentence.text, best[2], date.start):
        # "Penandatanganan MoU ini lanjutan dari kerjasama yang telah disepakati September
        # 1997": the date of what it continues, not of this document.
        date = None
    if (
        date is not None
        and best[0] in lexicon.DOCUMENT_TYPES
        and not facts.signing
        and (
            _APPROVED.search(facts.sentence.text, best[2], date.start)
            # "began exchanges in 1980, and a Sister City Agreement ...": when contacts began,
            # before the document is named, is not the document's date.
            or date.end <= best[1]
            and _BEGAN.search(facts.sentence.text, 0, date.start)
        )
    ):
        date = None
    if (
        date is not None
        and best[0] in (*lexicon.DOCUMENT_TYPES, "other")
        and _A_TOPIC.search(facts.sentence.text, best[2], date.start)
    ):
        date = None
    if date is not None and celebrated(facts, best[0]):
        date = None
    if date is not None and date.said and best[0] in lexicon.DOCUMENT_TYPES and not facts.signing:
        # "“Kerja sama sister city dengan Kota X sudah berjalan baik,” kata Wali Kota, Senin
        # (10/7/2023)": the day it was said, not the tie's (a signing told is that day's).
        date = None
    if date is not None:
        used.add(date.iso)
    event_date = None
    if event is not None and event is not best:
        event_date = nearest_date(facts, event[1], event[2], used)
    # The occasion of a signing ("signed ... during the regional meeting") is not a record.
    with_event = (
        event is not None
        and event is not best
        and not (
            (facts.signing or _RENEWS.search(facts.sentence.text))
            and best[0] not in lexicon.EVENT_CLASS
        )
    )
    if not with_event and date is None and event_date is not None and facts.signing:
        # "greeted a Medan City Delegation ... on Nov. 1989 when they officially signed the
        # Sister City Agreement": the visit's day, the visit folded into the signing, is the
        # signing's.
        date = event_date
    seen: set[str] = set()
    hits = [
        h
        for h in facts.partners
        if not (normalise(h.ref.name) in seen or seen.add(normalise(h.ref.name)))
    ]
    annotated = {id(h): _annotation(facts, h) for h in hits} if len(hits) > 1 else {}
    owned = {t for types in annotated.values() for t in types}
    shared = [t for t in facts.types if t not in owned]
    led = _led_by_documents(facts, hits, owned)
    for n, hit in enumerate(hits):
        own = date
        kind = led.get(id(hit), best)
        if annotated:
            # "Kota Chengdu Cina (2002), ... Kota Burgas Bulgaria (LoI 2011)": a type in the
            # brackets after a partner is that partner's alone.
            mine = annotated[id(hit)] or [
                t for t in shared if t[0] in lexicon.AGREEMENT_CLASS and not led
            ]
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
            # "tiga negeri yang dikunjungi pada 21-24 Januari 2019 adalah A, B, dan C": a tour's
            # span, no day told for each place, dates each by its first day (CONVENTIONS.md rule 1)
        if own is not None and own.since and kind[0] in _DOCUMENTS_PROPER:
            # "memperbarui nota kesepahaman kota kembar yang terjalin sejak 2006": the tie is
            # from 2006, the document renewed now is not.
            tie = "sister_city" if any(t[0] == "sister_city" for t in facts.types) else "other"
            found.append(Mention(hit.ref, tie, own, facts))
            own = None
        if not (with_event and _a_missions_country(facts, hit, kind[0])):
            found.append(Mention(hit.ref, kind[0], own, facts))
        if with_event:
            found.append(Mention(hit.ref, event[0], event_date, facts))
    return found


_DOCUMENTS_PROPER = ("loi", "mou", "agreement", "agreement_word")


def _a_missions_country(facts: Facts, hit: PartnerHit, rtype: str) -> bool:
    """ "Tiongkok harapkan program Sister City kembali terjalin itu disampaikan Konjen Republik
    Rakyat Tiongkok ... saat berkunjung": a country named by its mission at its call is the
    partner of the call, not of the document the sentence speaks of."""
    if rtype not in lexicon.DOCUMENT_TYPES or hit.ref.kind != "country":
        return False
    text, key = facts.sentence.text, normalise(hit.ref.name)
    return any(
        normalise(h.ref.name) == key and guards.MISSION.search(text[max(0, h.start - 60) : h.start])
        for h in facts.partners
    )


def _led_by_documents(
    facts: Facts, hits: list[PartnerHit], owned: set[tuple[str, int, int]]
) -> dict[int, tuple[str, int, int]]:
    """ "menandatangani LoI dengan Kota A dan MoU dengan Provinsi B", "signed an LoI with A
    and an MoU with B": two documents, each named before its own partner; a partner takes the
    last document named before it (B's MoU, not the sentence's strongest type). Only where two
    different documents each lead a partner: "LoI dan MoU dengan Kota A" names both before one;
    a document in brackets after a partner ("Burgas (LoI 2011)") is that partner's (`owned`)."""
    documents = sorted(
        (t for t in facts.types if t[0] in lexicon.DOCUMENT_TYPES and t not in owned),
        key=lambda t: t[1],
    )
    led: dict[int, tuple[str, int, int]] = {}
    leading: set[str] = set()
    before = 0
    for hit in hits:
        mine = [t for t in documents if before <= t[1] and t[2] <= hit.start]
        if mine:
            leading.add(mine[-1][0])
            led[id(hit)] = mine[-1]
        elif led:
            led[id(hit)] = list(led.values())[-1]  # "LoI dengan A, B dan MoU dengan C": B's LoI
        before = hit.end
    return led if len(leading) >= 2 and len(led) == len(hits) else {}


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


def partner_key(ref: PartnerRef) -> str:
    """One key per partner: a country by its code ("Japan" and "Jepang" are one), a region by
    its ISO 3166-2 code ("Provinsi Jeollabuk" and "Jeollabuk-do" are one)."""
    if ref.kind == "country":
        return f"country:{ref.country}"
    if ref.region:
        return f"region:{ref.region}"
    # "Moskow" and "Moscow": the gazetteer's one city (a name it lacks keys as written).
    return normalise(ref.official or ref.name)


def same_partner(a: PartnerRef, b: PartnerRef) -> bool:
    if a.kind == "country" and b.kind == "country":
        return a.country == b.country
    if a.region and b.region:
        return a.region == b.region
    if a.official and b.official and a.country == b.country:
        return normalise(a.official) == normalise(b.official)
    if normalise(a.name) != normalise(b.name):
        return False
    return a.country is None or b.country is None or a.country == b.country


def compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)
