"""Envoys of countries named one by one at our government's reception: a meeting each.

"menyambut kedatangan delegasi kedutaan besar dari Bangladesh, Fiji, Rwanda" (real22, real25),
"Adapun konjen yang hadir ialah Konjen Singapura ..., Plt Konjen China ..." (real28), "menerima
kunjungan kehormatan dari delegasi ... Mereka adalah Kepala Perwakilan Kolombia ...; ... Dubes
Designate Kuba ..." (real29): each envoy's country its own meeting, as one envoy's call is
(envoys.envoys_call), on the call's day.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.envoys import FORMER, TITLED, TO_COME
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.places import PartnerRef, country_of

# "menyambut kedatangan delegasi kedutaan besar dari Bangladesh, Fiji, Rwanda, serta ...",
# "hadir pula sejumlah duta besar dari negara Timur Tengah lainnya seperti Arab Saudi, Qatar,
# Bahrain, dan Oman", "received the ambassadors of Chile, Peru and Fiji": envoys of countries
# named one by one.
_ENVOYS_FROM = re.compile(
    r"\b(?:kedutaan besar|kedubes|duta besar|dubes|embass(?:y|ies)|ambassadors|envoys)\s+"
    r"(?:dari|from|of)\s+(?:(?:the\s+)?(?:negara|countries)\b[^.;:]{0,50}?\b(?:seperti|yakni|"
    r"yaitu|antara lain|such as|including|namely)\s+)?",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:serta|dan|and)?|\bserta\b|\bdan\b|\band\b|&)\s*", re.I)
_ITEM = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
# The envoys were there: received, welcomed, present at the meeting just told.
_THERE = re.compile(
    r"\b(?:menerima|menyambut|kedatangan|hadir|received|welcomed|hosted|attended|present)\b",
    re.I,
)


def _named_countries(text: str, at: int) -> list[tuple[str, str, int]]:
    """(name, code, start) of the countries listed one by one from at ("Arab Saudi, Qatar,
    Bahrain, dan Oman"), up to the first item that names none."""
    found: list[tuple[str, str, int]] = []
    while True:
        m = _ITEM.match(text, at)
        code = country_of(m.group(0)) if m else None
        if m is None or code is None or code == "ID":
            return found
        found.append((m.group(0), code, m.start()))
        gap = _LIST_GAP.match(text, m.end())
        if gap is None or gap.end() == m.end():
            return found
        at = gap.end()


def listed_envoys(all_facts: list[Facts]) -> set[str]:
    """The countries of envoys named one by one at our government's reception or meeting
    (real22's Riau, real25's Aceh): each its own meeting, as one envoy's call is; the codes
    so read. Two or more named, none a partner already; never a call still to come or an
    earlier one ("Sebelumnya, ...")."""
    taken = {h.ref.country for f in all_facts if not f.dropped for h in f.partners}
    read: set[str] = set()
    for facts in all_facts:
        text = facts.sentence.text
        if facts.dropped or facts.planned_event or facts.earlier:
            continue
        for m in _ENVOYS_FROM.finditer(text):
            named = [c for c in _named_countries(text, m.end()) if c[1] not in taken]
            there = _THERE.search(text[: m.start()])
            if len(named) < 2 or there is None or TO_COME.search(text[: there.start()]):
                continue
            for name, code, start in named:
                facts.partners.append(
                    PartnerHit(PartnerRef(name, "country", code), start, start + len(name))
                )
                read.add(code)
            facts.types.append(("meeting", there.start(), there.end()))
            facts.partners.sort(key=lambda h: h.start)
        _titled_one_by_one(facts, taken, read)
    _named_after_the_reception(all_facts, taken, read)
    return read


# "Mereka adalah Kepala Perwakilan Kolombia ...; Konselor Chili ...", "They were the Head of
# Mission of Kenya ...": the delegation just received, named one by one.
# lists.join_list_sentences joins "... 2025. Mereka adalah ..." as "... 2025: mereka adalah".
_THEY_ARE = re.compile(
    r"(?:^|[.!:]\s+)\W*(?:[Mm]ereka|[Tt]hey)\s+(?:adalah|ialah|yakni|yaitu|are|were)\b"
)
_DELEGATION = re.compile(
    r"\b(?:del[ae]ga[st]i|delegation|rombongan|perwakilan|duta besar|dubes|konjen|konsul\w*|"
    r"ambassadors|envoys|consuls)\b",
    re.I,
)


_WORD = re.compile(r"[A-Z][\w’'-]*")


def _countries_in(text: str, at: int) -> list[tuple[str, str, int]]:
    """(name, code, start) of the foreign countries named from at, the longest name first
    ("Korea Selatan" before "Korea"): the sentence readers leave a list of titles unread."""
    words = [(m.group(0), m.start()) for m in _WORD.finditer(text, at)]
    found: list[tuple[str, str, int]] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            chunk = words[i : i + n]
            name = text[chunk[0][1] : chunk[-1][1] + len(chunk[-1][0])]
            code = country_of(name) if len(chunk) == n and " " * 2 not in name else None
            if code and code != "ID":
                found.append((name, code, chunk[0][1]))
                i += n
                break
        else:
            i += 1
    return found


def _named_after_the_reception(
    all_facts: list[Facts], taken: set[str | None], read: set[str]
) -> None:
    """real29's Central Java: "menerima kunjungan kehormatan dari delegasi negara-negara ...
    Mereka adalah Kepala Perwakilan Kolombia ...; ... dan Dubes Designate Kuba ...": two or
    more countries in the sentence after a delegation's reception, a meeting each."""
    for before, facts in zip([None, *all_facts], all_facts, strict=False):
        text = facts.sentence.text
        they = _THEY_ARE.search(text)
        if they is None or facts.dropped or facts.planned_event:
            continue
        told = text[: they.start()]
        if before is not None and not before.dropped and not before.planned_event:
            told = f"{before.sentence.text} {told}"
        there = _THERE.search(told)
        if there is None or TO_COME.search(told[: there.start()]) or not _DELEGATION.search(told):
            continue
        named: dict[str, tuple[str, int]] = {}
        for name, code, start in _countries_in(text, they.end()):
            named.setdefault(code, (name, start))
        if len(named) < 2 or any(code in taken for code in named):
            continue
        for code, (name, start) in named.items():
            hit = PartnerHit(PartnerRef(name, "country", code), start, start + len(name))
            facts.partners.append(hit)
            read.add(code)
        facts.types.append(("meeting", they.start(), they.end()))
        facts.partners.sort(key=lambda h: h.start)


def _titled_one_by_one(facts: Facts, taken: set[str | None], read: set[str]) -> None:
    """real28's Sumut: "Adapun konjen yang hadir ialah Konjen Singapura X, Plt Konjen China
    Y, ... dan Konjen India Z": envoys of two or more countries each named by his title in
    a sentence that tells them present or received; a meeting each."""
    text = facts.sentence.text
    there = _THERE.search(text)
    if there is None or TO_COME.search(text[: there.start()]):
        return
    named: dict[str, tuple[str, int]] = {}
    for m in TITLED.finditer(text):
        if FORMER.search(text[: m.start()]):
            return
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            code = country_of(" ".join(words[:n]))
            if code:
                named.setdefault(code, (" ".join(words[:n]), m.start("name")))
                break
    if len(named) < 2 or "ID" in named:
        return
    added = False
    for code, (name, start) in named.items():
        if code in taken or code in read:
            continue
        facts.partners.append(
            PartnerHit(PartnerRef(name, "country", code), start, start + len(name))
        )
        read.add(code)
        added = True
    if added:
        facts.types.append(("meeting", there.start(), there.end()))
        facts.partners.sort(key=lambda h: h.start)


def listed_calls_share_the_day(drafts: list[Draft], listed: set[str]) -> None:
    """The envoys named one by one came to one call: its day and stage are theirs (the host
    envoy's call told apart, else the first listed envoy's), where the meetings of the article
    tell no other day."""
    calls = [d for d in drafts if d.type == "meeting" and d.partner_kind == "country"]
    mine = [d for d in calls if d.country in listed]
    days = {d.date for d in calls if d.date}
    lead = next((d for d in calls if d.country not in listed), mine[0] if mine else None)
    if lead is None or len(days) > 1:
        return
    dated = next((d for d in calls if d.date), None)
    for draft in mine:
        if draft is not lead:
            draft.stage = lead.stage
        if draft.date is None and dated is not None:
            draft.date, draft.date_text = dated.date, dated.date_text
            if "date" in dated.evidence:
                draft.evidence["date"] = dated.evidence["date"]
