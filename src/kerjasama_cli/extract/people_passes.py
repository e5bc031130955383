"""Passes over a whole article's facts that tell a person's name from a place's.

A nickname in brackets after a person's name, a one-word name the article uses as a speaker, and
a "seat" read after a title that is the first word of a person's name the article gives whole
are people, never partners.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.geo.names import normalise


def _initials_of_tail(short: str, name: str) -> bool:
    """ "Deputi Mayor Bidang Hubungan Internasional Los Angeles (LA)": capitals that spell the last
    words of what was read as a person's name abbreviate those words (a place the title swallowed),
    not the person; a person's own initials spell the whole name ("Basuki Tjahaja Purnama
    (BTP)")."""
    words = name.split()
    if not short.isupper() or not 2 <= len(short) < len(words):
        return False
    return "".join(w[0] for w in words[-len(short) :]).upper() == short


def nicknames_are_people(all_facts: list[Facts]) -> None:
    """A name in parentheses after a person's ("Gubernur Ahmad Heryawan (Aher)") is that
    person's nickname: never a place, in any sentence of the article (Aher is a town in Iran)."""
    nicknames: set[str] = set()
    for facts in all_facts:
        for person in facts.people:
            after = (
                re.escape(person.name) + r"\s*\((?P<n>[A-Z][\w’'-]{1,15}(?:\s+[A-Z][\w’'-]+)?)\)"
            )
            nicknames |= {
                normalise(m["n"])
                for m in re.finditer(after, facts.sentence.text)
                if not _initials_of_tail(m["n"], person.name)
            }
    if not nicknames:
        return
    for facts in all_facts:
        facts.partners = [h for h in facts.partners if normalise(h.ref.name) not in nicknames]


# One capitalised word as the subject of speech ("Bariati noted that ...", "Aher said ...",
# "kata Emil"), or a name after an honorific ("ujar Mr. Datun"): a person, whom the article calls by
# that name everywhere.
_SPEAKS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mister|Madam|Tuan|Nyonya|Bapak|Pak|Ibu|Bu)\.?\s+(?P<c>[A-Z][a-z]{2,})\b|"
    r"\b(?P<a>[A-Z][a-z]{2,})\s+(?:said|says|noted|told|added|explained|revealed|stated|"
    r"remarked|mengatakan|menjelaskan|menambahkan|menyebutkan|mengungkapkan|menuturkan|"
    r"menyampaikan|menegaskan)\b|\b(?:kata|ujar|tutur|ucap|jelas|said|says)\s+(?P<b>[A-Z][a-z]{2,})\b"
)


def speakers_are_people(all_facts: list[Facts]) -> None:
    """A city name the article uses as a speaker ("Bariati noted that ...") is a person, never a
    place, wherever the article names no kind word or country beside it ("Kota X", "X, China")."""
    text = " ".join(f.sentence.text for f in all_facts)
    speakers = {normalise(m["a"] or m["b"] or m["c"]) for m in _SPEAKS.finditer(text)}
    told = {normalise(h.ref.name) for f in all_facts for h in f.partners if h.told}
    speakers -= told
    speakers = {
        name
        for name in speakers
        if not re.search(rf"\b(?:Kota|City of|Pemerintah)\s+{name}\b|\b{name}\s+City\b", text, re.I)
    }
    if not speakers:
        return
    for facts in all_facts:
        facts.partners = [
            h
            for h in facts.partners
            if not (h.ref.kind == "city" and normalise(h.ref.name) in speakers)
        ]


def seats_that_are_names(all_facts: list[Facts]) -> None:
    """ "dengan Wali Kota Hasto Wardoyo Sumantri" read as the mayor of a town Hasto: when the
    article names a person "Hasto Wardoyo Sumantri" elsewhere, the seat only the title vouched
    for (no country) was his first name: no partner, the person the whole name."""
    people = [p for f in all_facts for p in f.people]
    for facts in all_facts:
        for n, person in enumerate(facts.people):
            seat = person.partner
            if seat is None or seat.country is not None or seat.known or seat.kind != "city":
                continue
            whole = normalise(f"{seat.name} {person.name}")
            if not any(normalise(other.name) == whole for other in people if other is not person):
                continue
            title = person.title.removesuffix(" " + seat.name)
            facts.people[n] = replace(
                person, name=f"{seat.name} {person.name}", title=title, side=None, partner=None
            )
            facts.partners = [h for h in facts.partners if not (h.via_person and h.ref == seat)]


# "the late former Seoul Mayor Park", "mendiang mantan Wali Kota Busan": a head in a past post.
_PAST_POST = re.compile(
    r"\b(?:former|late|mantan|eks|almarhum|almarhumah|mendiang)[\s-]+(?:the\s+)?$", re.I
)


def past_heads_are_no_partners(all_facts: list[Facts]) -> None:
    """A foreign head named in a past post ("thanked ... the late former Seoul Mayor Park")
    speaks for no record of his city in that sentence; where the sentence tells a document or
    its signing ("signed by the former Mayor of Busan in 2005") he acted then, and stays."""
    for facts in all_facts:
        text = facts.sentence.text
        if facts.signing or any(t[0] in lexicon.DOCUMENT_TYPES for t in facts.types):
            continue
        for person in facts.people:
            seat = person.partner
            if seat is None or person.side != "partner":
                continue
            at = min(person.start, person.place_span[0]) if person.place_span else person.start
            if not _PAST_POST.search(text[:at]):
                continue
            facts.partners = [
                h
                for h in facts.partners
                if not (
                    normalise(h.ref.name) == normalise(seat.name) and at <= h.start < person.end
                )
            ]
