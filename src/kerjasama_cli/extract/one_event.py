"""One event per partner per article: drafts of one partner that tell the same event are one.

An article tells a partner's signing, the visit during which it happened, and the tie the
signing begins in several sentences; each may be read as its own record (real9's first sight:
Gondar as an LoI, a visit and a sister city; Melaka as a visit and a sister city). Two records of
one partner stay only where the text gives two events: its own date for each, or the other tie
told as past ("sejak 2019", "sudah").
"""

from __future__ import annotations

import re

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Draft

# A tie told as past or background: a year, "sejak", "sudah", "since", "already".
_PAST = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|sejak|semenjak|sudah|telah|pernah|selama|since|already|"
    r"has been|have been|for \d+ years)\b",
    re.I,
)


# A foreign mission's proposal ("Konjen Tiongkok ... mengusulkan kerja sama dengan Pemerintah
# Kota ..."), and the sentence naming the city it proposes, pointing back ("Kerja sama ini
# nantinya akan berlangsung antara Kota Linyi ...").
_MISSION = re.compile(
    r"\b(?:Konsul(?:at)?(?: Jenderal)?|Konjen|Kedutaan(?: Besar)?|Kedubes|Duta Besar|Dubes|"
    r"Consul(?:ate)?(?: General)?|Embassy|Ambassador)\b"
)
_PROPOSES = re.compile(
    r"\b(?:mengusulkan|mengajukan|menawarkan|proposed?s?|offer(?:ed|s)?)\b", re.I
)
_POINTS_BACK = re.compile(
    r"\b(?:kerja ?sama|cooperation|partnership)\s+(?:ini|tersebut|itu)\b|"
    r"\bthis (?:cooperation|partnership)\b",
    re.I,
)


# "had been signed with Salatiga years ago", "dulu pernah ditandatangani": told as before now
_BEFORE_NOW = re.compile(
    r"\b(?:had|years? ago|ago|earlier|previously|formerly|sebelumnya|dulu|dahulu|silam|"
    r"tahun lalu)\b",
    re.I,
)
# "Pada kesempatan kunjungan Gubernur ... tersebut telah ditandatangani Letter of Intent",
# "signed during the visit": the document signed at the visit told, however past.
# An event or signing told as before the news: a year, "sejak", "pernah", "sebelumnya",
# "tahun lalu", "since", "previously" ("selama beberapa hari" is the visit's length).
_EARLIER = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|sejak|semenjak|pernah|sebelumnya|tahun lalu|since|already|"
    r"previously|earlier|last year|has been|have been|for \d+ years)\b",
    re.I,
)
# A document made in the sentence: signed, or a tie established ("established a sister
# province relationship", "meresmikan hubungan kota kembar").
_MADE = re.compile(
    lexicon.SIGNING.pattern
    + r"|\bestablish(?:ed|es)?\b|\bmeresmikan\b|\bdiresmikan\b|\bmengukuhkan\b",
    re.I,
)
_AT_THE_VISIT = re.compile(
    r"\b(?:pada kesempatan|dalam|saat|selama|di sela(?:-sela)?)\s+kunjungan\b|"
    r"\bduring (?:the|this|that|his|her|their) visit\b",
    re.I,
)


_DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|ion|ions|ing)?|membahas|dibahas|pembahasan|talks)\b", re.I
)


def _key(draft: Draft) -> str:
    return (draft.partner or "").casefold()


# "7-9 Juli 2012", "13 hingga 15 Juli 2025": the first and last day of a span.
_SPAN = re.compile(r"^(\d{1,2})\s*(?:-|–|hingga|sampai|s\.?d\.?|to|until)\s*(\d{1,2})\b")


def _within(draft: Draft, event: Draft) -> bool:
    """Whether the draft's day falls inside the span of days the event's date covers."""
    m = _SPAN.match(event.date_text or "")
    if m is None or not draft.date or not event.date or len(draft.date) != 10:
        return False
    same_month = draft.date[:7] == event.date[:7]
    return same_month and int(m.group(1)) <= int(draft.date[8:]) <= int(m.group(2))


def _year_of(draft: Draft, event: Draft) -> bool:
    """Whether the event is dated only by the year of the draft's day."""
    return bool(
        draft.date
        and len(draft.date) == 10
        and event.date
        and len(event.date) == 4
        and draft.date.startswith(event.date)
    )


def _document_word_in(sentence: str) -> bool:
    return any(t in lexicon.DOCUMENT_TYPES for t, _, _ in lexicon.find_types(sentence))


def _folded(draft: Draft, drafts: list[Draft]) -> Draft | None:
    """The draft of the same partner that `draft` is only another reading of, if any."""
    same = [d for d in drafts if d is not draft and _key(d) == _key(draft) and draft.partner]
    told = draft.evidence.get("type", "")
    for other in drafts:
        # the mission's call that proposes this very city is that city's record (real6's
        # Floresku convention), not one of the mission's country besides
        said = draft.evidence.get("partner", "")
        if (
            draft.partner_kind == "country"
            and other.partner_kind in ("city", "province")
            and other.country == draft.country
            and _MISSION.search(said)
            and _PROPOSES.search(said)
            and _POINTS_BACK.search(other.evidence.get("partner", ""))
        ):
            return other
    for other in same:
        event, document = other.type in lexicon.EVENT_CLASS, other.type in lexicon.DOCUMENT_TYPES
        # "Penggalangan kerja sama ini dilakukan saat Wali Kota ... berkunjung": the visit is
        # the sentence's event; the tie it points back to names no document of its own.
        if (
            draft.type in lexicon.DOCUMENT_TYPES
            and event
            and other.evidence.get("type") == told
            and not _document_word_in(told)
        ):
            return other
        # "Penandatanganan dilakukan Wali Kota ... bersama Wali Kota ...": the signing of the
        # document told before, with the delegation present; no visit of its own.
        if (
            draft.type in lexicon.EVENT_CLASS
            and document
            and not draft.date
            and lexicon.SIGNING.search(told)
        ):
            return other
        # "facilitated the discussion of the plan to extend the MoU ... On October 5, 2022" and
        # "The virtual meeting was chaired by ...", undated: the talks are the meeting they were
        # held at (the lead's convention), on the talks' day.
        if (
            draft.type == "other"
            and draft.date
            and other.type == "meeting"
            and not other.date
            and _DISCUSSED.search(told)
        ):
            return other
        # "Duta Besar ... menemui Gubernur ..., Kamis (10/4/2025), guna menjajaki potensi kerja
        # sama" and "Usai pertemuan, Dubes ... mengungkapkan, tahun 2025 ...": the talks dated
        # to a day and a meeting of the same partner dated only to that day's year are one call.
        if draft.type == "other" and _year_of(draft, other) and other.type == "meeting":
            return other
        # "Walikota ... akan membahas potensi kerja sama ... pada Minggu (8/7)", a day of the
        # visit "pada 7-9 Juli 2012": talks held during the visit, no record of their own.
        if draft.type == "other" and event and _within(draft, other):
            return other
        # "... menyambut kunjungan Wali Kota ..., Senin (29/8/2022)" then "... serta melakukan
        # penandatanganan MoU": the document signed at the visit, undated and not told as past,
        # is the record the visit was made for, on the visit's day.
        if (
            draft.type in lexicon.EVENT_CLASS
            and draft.date
            and document
            and not other.date
            and other.stage in ("loi", "signing", "renewal")
            and lexicon.SIGNING.search(other.evidence.get("type", ""))
            and (
                not _PAST.search(other.evidence.get("type", ""))
                and not _BEFORE_NOW.search(other.evidence.get("type", ""))
                or _AT_THE_VISIT.search(other.evidence.get("type", ""))
            )
        ):
            return other
        # "... berkunjung ke Lombok Utara" and "... melakukan penandatanganan MoU" with no day
        # for either, the signing not told as past: a signing during a visit is one signed
        # record (the lead's convention), not a visit beside it.
        if (
            draft.type in lexicon.EVENT_CLASS
            and not draft.date
            and document
            and not other.date
            and other.stage in ("loi", "signing", "renewal")
            and lexicon.SIGNING.search(other.evidence.get("type", ""))
            and not _EARLIER.search(other.evidence.get("type", ""))
            and not _EARLIER.search(told)
        ):
            return other
        # "... visited North Sulawesi and during that trip, Togiola established a sister
        # province relationship": the visit's own sentence makes the document; one record.
        if (
            draft.type in lexicon.EVENT_CLASS
            and document
            and other.evidence.get("type") == told
            and _document_word_in(told)
            and _MADE.search(told)
        ):
            return other
        # "Suatu kebanggaan menjalin sister city dengan ...", beside the LoI just signed: the
        # tie that LoI begins, unless told as past.
        if (
            draft.type == "sister_city"
            and draft.stage == "signing"
            and not draft.date
            and other.type == "loi"
            and other.date
            and not _PAST.search(told)
        ):
            return other
    return None


def one_event_per_partner(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each other reading of one event folded into the record it reads (its
    signatories kept where that record has none, its sectors joined)."""
    kept = list(drafts)
    for draft in drafts:
        into = _folded(draft, kept)
        if into is None:
            continue
        # a mission's envoy signs nothing for the city it proposes: ours only
        fields = ("local_signatory", "partner_signatory")[: 2 if _key(into) == _key(draft) else 1]
        for field in fields:
            if getattr(into, field) is None and getattr(draft, field) is not None:
                setattr(into, field, getattr(draft, field))
                if field in draft.evidence:
                    into.evidence[field] = draft.evidence[field]
        # another reading of the same event: its fields are the event's too
        if _key(into) == _key(draft):
            visit_for_it = (
                draft.type in lexicon.EVENT_CLASS
                and into.type in lexicon.DOCUMENT_TYPES
                or draft.type == "other"
                and into.type == "meeting"
            )
            if (
                visit_for_it
                and draft.date is not None
                and (into.date is None or _year_of(draft, into))
            ):
                into.date, into.date_text = draft.date, draft.date_text
                if "date" in draft.evidence:
                    into.evidence["date"] = draft.evidence["date"]
            into.take_sectors(draft)
        kept.remove(draft)
    return kept


def explored_at_a_call(drafts: list[Draft]) -> list[Draft]:
    """ "menjajaki kerja sama sister city ... dengan Kota Sumgait" told "usai pertemuan dengan
    Duta Besar Republik Azerbaijan": the city's tie explored at its country's envoy's call is
    one record, the call (a meeting, the lead's convention) made to explore it, with the city
    the envoy spoke for as partner. The envoy and our head only talk: no signatories. Only
    when the exploration leads the story and the call is told after it as its occasion: a
    courtesy call told first, at which a city's tie is mentioned, stays the call
    (heldout4's Paris)."""
    kept = list(drafts)
    for call in drafts:
        said = call.evidence.get("partner", "")
        if call.type != "meeting" or call.partner_kind != "country" or not _MISSION.search(said):
            continue
        explored = [
            d
            for d in kept
            if d.type == "other"
            and d.stage == "exploration"
            and d.partner_kind in ("city", "province")
            and d.country == call.country
            and drafts.index(d) < drafts.index(call)
        ]
        if len(explored) != 1:
            continue
        explored[0].type = "meeting"
        explored[0].evidence["type"] = said
        if explored[0].date is None and call.date is not None:
            explored[0].date, explored[0].date_text = call.date, call.date_text
            explored[0].evidence["date"] = call.evidence.get("date", said)
        for code in call.sectors:
            if code not in explored[0].sectors:
                explored[0].sectors.append(code)
        kept.remove(call)
    return kept
