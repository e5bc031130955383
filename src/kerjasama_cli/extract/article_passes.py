"""Passes over a whole article's facts, between reading its sentences and clustering them.

Each settles what one sentence alone cannot: a place named after "di" that the article also
names as a partner, a region or state that is a partner's address, a date standing alone after
a full stop, the members of a multilateral scheme. The passes about countries are
country_passes.py's; those that tell a person's name from a place's, people_passes.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.lists import listed_pair
from kerjasama_cli.extract.places import country_of
from kerjasama_cli.geo.names import normalise


def restore_venues(all_facts: list[Facts]) -> None:
    """A place named after "di/in/at" is a partner only where the article also names it as one
    elsewhere ("magang di New York" beside "dengan Pemerintah Kota New York")."""
    named = {normalise(h.ref.name) for f in all_facts for h in f.partners}
    for facts in all_facts:
        back = [h for h in facts.venues if normalise(h.ref.name) in named]
        if back:
            facts.partners = sorted(facts.partners + back, key=lambda h: h.start)


# "Pengzhou, Provinsi Sichuan, China", "Eunpyeong-gu, Seoul, Korea Selatan": a name, a comma,
# then the region (a kind word before it, or its country after it).
_BEFORE_REGION = re.compile(
    r"(?P<n>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s*"
    # "Kabupaten Uljeok, sebuah daerah pegunungan di Provinsi Gangwon": described, then placed
    r"(?:(?:sebuah|suatu|a|an)\s[^,.;]{0,50}?\s(?:di|in)\s+)?"
    r"(?P<k>(?:Provinsi|Province of|Prefektur|Prefecture of|State of|Negara Bagian)\s+)?$"
)
_KIND_FIRST = re.compile(r"(?:Provinsi|Province|Prefektur|Prefecture|State|Negara Bagian)\b")
_COUNTRY_NEXT = re.compile(
    r"^(?:\s+(?:Province|Prefecture|State))?,\s*(?P<c>[A-Z][\w ]{2,24}?)\b[,.)]"
)


def regions_as_addresses(all_facts: list[Facts]) -> None:
    """A higher region named as a partner's address is not a second partner: the province or
    capital after a city the article names as a partner or a place, with a kind word before it
    ("Provinsi Sichuan") or its country after it ("Seoul, Korea Selatan"). The city is the
    partner there instead ("Kedatangan Wali Kota Eunpyeong-gu, Seoul, ...": Eunpyeong-gu's)."""
    refs = {normalise(h.ref.name): h.ref for f in all_facts for h in f.partners + f.venues}
    named = set(refs)
    for facts in all_facts:
        text = facts.sentence.text
        for k, hit in enumerate(facts.partners):
            m = _BEFORE_REGION.search(text[max(0, hit.start - 60) : hit.start])
            if not m or not hit.ref.country or normalise(hit.ref.name) == normalise(m["n"]):
                continue
            words = m["n"].split()
            city = next(
                (
                    " ".join(words[i:])
                    for i in range(len(words))
                    if normalise(" ".join(words[i:])) in named
                ),
                None,
            )
            after = _COUNTRY_NEXT.match(text[hit.end :])
            # the hit may hold its kind word and country ("Provinsi Sichuan, China") itself
            same = hit.told or after is not None and country_of(after["c"]) == hit.ref.country
            kind = m["k"] or _KIND_FIRST.match(text[hit.start : hit.end])
            # "Guangxi Zhuang, Provinsi Shichuan dan ...": a province after a province, or
            # after a city that is an item of a list, is the list's next item
            first = next(
                (h for h in facts.partners if city and normalise(h.ref.name) == normalise(city)),
                None,
            )
            if city is not None and (
                refs[normalise(city)].kind != "city"
                or first is not None
                and first.end <= hit.start
                and listed_pair(first, hit, facts.partners, text)
            ):
                continue
            if city is not None and (kind or same):
                facts.addresses.append(hit.ref.name)
                where = text.rfind(city, 0, hit.start)
                if not any(normalise(h.ref.name) == normalise(city) for h in facts.partners):
                    ref = refs[normalise(city)]
                    facts.partners[k] = PartnerHit(ref, where, where + len(city), told=hit.told)


# "Wewak, East Sepik, PNG dan ...": the region's country after it, with or without punctuation.
_ITS_COUNTRY_NEXT = re.compile(
    r"^(?:\s+(?:Province|Prefecture|State))?,\s*(?P<c>[A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})"
)


def towns_before_their_region(all_facts: list[Facts]) -> None:
    """A region told as a town's address, its country after it ("dengan Vanimo Green, Sandaun
    Province, PNG dan Wewak, East Sepik, PNG": the towns are the partners, their provinces are
    not; first sight of real33, as real4's, real7's, real17's and real25's regions beside their
    towns). regions_as_addresses leaves a region after a listed city in, for a list of partners
    ("Guangxi, Provinsi Sichuan dan ..."); a region that carries its country is an address
    whatever follows. Only that sentence's mention goes: the region may act elsewhere."""
    for facts in all_facts:
        text = facts.sentence.text
        kept = []
        for hit in facts.partners:
            if _is_a_town_s_address(hit, facts.partners, text):
                facts.addresses.append(hit.ref.name)
                continue
            kept.append(hit)
        facts.partners = kept


def _is_a_town_s_address(hit: PartnerHit, hits: list[PartnerHit], text: str) -> bool:
    """Whether `hit` is a region written "Town, Region, Country" after a town of its country."""
    if hit.ref.kind not in ("province", "region") or not hit.ref.country:
        return False
    lead = text[max(0, hit.start - 60) : hit.start]
    before = _BEFORE_REGION.search(lead)
    after = _ITS_COUNTRY_NEXT.match(text[hit.end : hit.end + 40])
    told = hit.told or after is not None and country_of(after["c"]) == hit.ref.country
    if before is None or before["k"] or not told:
        return False
    town_start = hit.start - len(lead) + before.start("n")
    town = next((h for h in hits if h.start <= town_start < h.end or h.end == town_start), None)
    town = town or next((h for h in hits if town_start <= h.start < hit.start), None)
    if town is not None:
        return town.ref.kind == "city" and town.ref.country == hit.ref.country
    return country_of(before["n"]) is None


def bracketed_regions(all_facts: list[Facts]) -> None:
    """A place in brackets right after a partner ("Kota Wewak (East Sepik)", "Kota Darwin
    (Northern Territory)") says where that partner is: in that sentence it is no partner, so
    the tie the sentence tells is the city's, not the region's (which may have its own record
    elsewhere in the article, so only this sentence's mention goes)."""
    for facts in all_facts:
        text = facts.sentence.text
        ends = [h.end for h in facts.partners]
        facts.partners = [
            h
            for h in facts.partners
            if not (
                text[: h.start].rstrip().endswith("(")
                and text[h.end : h.end + 2].lstrip().startswith(")")
                and any(0 <= h.start - e <= 3 for e in ends if e < h.start)
            )
        ]


def drop_addresses(all_facts: list[Facts]) -> None:
    """A state named as a partner city's address ("Kota St. Louis, Missouri") is not a partner
    of its own elsewhere in the article ("Gubernur Missouri ...")."""
    addresses = {normalise(name) for f in all_facts for name in f.addresses}
    if not addresses:
        return
    for facts in all_facts:
        facts.addressed += [h for h in facts.partners if normalise(h.ref.name) in addresses]
        facts.partners = [h for h in facts.partners if normalise(h.ref.name) not in addresses]


# A line that is no sentence (a few words, no stop): a dateline city or an author's byline.
_BYLINE = re.compile(r"[A-Z][\w.’'-]*(?:\s+[\w.’'()-]+){0,4}(?<![.!?])")


def lone_dates_to_their_sentence(all_facts: list[Facts]) -> None:
    """ "... di Istana Basa Pagaruyung, Kabupaten Tanah Datar. Jumat (17/2/2023).": a date
    standing alone after a full stop is the date of the sentence before it."""
    for before, facts in zip(all_facts, all_facts[1:], strict=False):
        text = facts.sentence.text
        if not facts.dates or facts.partners or len(text.split()) > 4:
            continue
        if _BYLINE.fullmatch(before.sentence.text):
            continue  # "Makassar" / "Andi H. (The Jakarta Post)", then the date: the page's
        shift = len(before.sentence.text) + 1
        before.dates += [replace(d, start=d.start + shift, end=d.end + shift) for d in facts.dates]
        facts.dates = []


# "antara Kupang, Dili dan Darwin": three or more names listed between "antara" and the last "dan".
_BETWEEN_LIST = re.compile(
    r"\b(?:antara|between)\s+(?P<l>[A-Z][^,.;]{1,40}?(?:\s*,\s*[A-Z][^,.;]{1,40}?)+,?\s+"
    r"(?:dan|and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)


def multilateral_members(all_facts: list[Facts]) -> None:
    """ "kerja sama segitiga pertumbuhan antara Kupang, Dili dan Darwin": three or more parties
    listed together with an Indonesian government are the members of a multilateral scheme, no
    bilateral partner of the local party."""
    for facts in all_facts:
        for m in _BETWEEN_LIST.finditer(facts.sentence.text):
            a, b = m.span("l")
            if any(a <= at < b for at, _ in facts.parties):
                facts.partners = [h for h in facts.partners if not a <= h.start < b]
