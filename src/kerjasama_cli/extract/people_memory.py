"""The people an article names, remembered across its sentences, for SentenceReader (mentions.py).

A person met with a title is named again without one ("Pramono also met ..."); the best mention
of each is kept (a home leader's full name for an alias); a seat only a title vouched for is the
place the article named before, spelt otherwise; and a one-word "name" after a title with a
country beside it is the title's city.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.people import PersonMention
from kerjasama_cli.extract.places import Gazetteer, PartnerRef, country_of
from kerjasama_cli.geo.names import normalise

_ABBREVIATED = re.compile(r"\s*\(([A-Z]{2,5})\)")

_COUNTRY_NEXT = re.compile(r",\s*([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


@functools.lru_cache(maxsize=1024)
def _name_words(name: str) -> tuple[str, ...]:
    """A person's full name, then the words of it that name them alone ("Pramono")."""
    return (name, *(w for w in name.split() if len(w) >= 4 and w[0].isupper()))


class PeopleMemory:
    """The people half of SentenceReader: needs `gaz`, `people`, `name_words`, `vouched`,
    `leaders`."""

    gaz: Gazetteer
    people: dict[str, PersonMention]
    name_words: set[str]
    vouched: dict[str, PartnerRef]
    leaders: dict[str, str]

    def _known_words(self) -> frozenset[str]:
        """Folded words of the people's names read so far: never an office's seat."""
        return frozenset(self.name_words | {w for key in self.people for w in key.split()})

    def _seat_spelt(self, person: PersonMention) -> PersonMention:
        """ "Kota Freemantle, Australia Barat" then "Walikota Fremantle Brad Pettitt": a seat
        only the title vouched for is the place the article named before, spelt otherwise."""
        seat = person.partner
        if seat is None or seat.country is not None or seat.known or not self.vouched:
            return person
        import difflib

        close = difflib.get_close_matches(normalise(seat.name), list(self.vouched), 1, 0.85)
        return replace(person, partner=self.vouched[close[0]]) if close else person

    def _known_people(self, text: str, found: list[PersonMention]) -> list[PersonMention]:
        """People met earlier named again without a title ("Pramono also met ...")."""
        out: list[PersonMention] = []
        named = {normalise(p.name) for p in found}
        for key, person in self.people.items():
            if key in named or person.side is None:
                continue
            for word in _name_words(person.name):
                if word not in text:
                    continue
                m = re.search(rf"\b{re.escape(word)}\b", text)
                if m:
                    out.append(
                        PersonMention(
                            person.name,
                            person.title,
                            person.side,
                            person.partner,
                            m.start(),
                            m.end(),
                            None,
                            False,
                        )
                    )
                    break
        return out

    def _remember(self, person: PersonMention) -> PersonMention:
        if not person.name and person.side in ("local", "home"):
            # "ditandatangani LoI antara Gubernur Lampung dan Gubernur Shandong": the office
            # alone is the holder named with that very title before ("Gubernur Lampung Rahmat
            # Mirzani Djausal").
            title = normalise(person.title.rstrip(" .,"))
            held = [p for p in self.people.values() if normalise(p.title) == title]
            if len(held) == 1:
                return replace(held[0], start=person.start, end=person.end)
        key = normalise(person.name)
        leader = self.leaders.get(key)
        if leader and person.side in (None, "home"):
            person = PersonMention(
                leader, person.title, "home", None, person.start, person.end, person.place_span
            )
            key = normalise(leader)
        known = self.people.get(key)
        if known is None and person.name:
            # "Heru" after "Heru Budi Hartono", "Kim" after "Kim Tae Heum"
            words = set(key.split())
            for full, mention in self.people.items():
                if words and words <= set(full.split()):
                    known = mention
                    break
        if known is not None:
            side = person.side or known.side
            partner = person.partner or known.partner
            title = person.title if len(person.title) > len(known.title) else known.title
            merged = PersonMention(
                known.name, title, side, partner, person.start, person.end, person.place_span
            )
            self.people[normalise(known.name)] = merged
            return merged
        if person.name:
            self.people[key] = person
        return person

    def _a_place(self, text: str, person: PersonMention, facts: Facts) -> bool:
        """ "Wakil Wali Kota Dongxing, Tiongkok, Li Jian": a one-word "name" after a title with
        a country right after it is the title's city, when the gazetteer knows it there."""
        if not person.titled:
            return False
        at = text.find(person.name, person.start)
        words = person.name.split()
        if 1 < len(words) <= 3 and at >= 0:
            # "Walikota Ichikawa Jepang bersama ...": the title's city, then its country
            code = country_of(words[-1]) or country_of(" ".join(words[-2:]))
            place = " ".join(words[: -1 if country_of(words[-1]) else -2])
            ref = self.gaz.resolve(place, code, strict=False) if code and place else None
            if isinstance(ref, PartnerRef) and ref.kind != "country" and ref.country == code:
                facts.partners.append(PartnerHit(ref, at, at + len(place), True, True))
                return True
            return False
        after = _COUNTRY_NEXT.match(text[at + len(person.name) :]) if at >= 0 else None
        if len(words) > 3 and at >= 0:
            # "Deputi Mayor Bidang Hubungan Internasional San Francisco (SF), Amerika Serikat,
            # Jane Doe": the title's office swallowed the city, which its country or its
            # initials right after vouch for; the person is named further on
            end = at + len(person.name)
            tail = _ABBREVIATED.match(text, end)
            code = country_of(after.group(1)) if after else None
            for n in (3, 2):
                place = " ".join(words[-n:])
                initials = "".join(w[0] for w in words[-n:]).upper()
                if not (code or tail and tail.group(1) == initials):
                    continue
                ref = self.gaz.resolve(place, code, strict=False)
                if isinstance(ref, PartnerRef) and ref.kind in ("city", "province"):
                    facts.partners.append(PartnerHit(ref, end - len(place), end, True, bool(code)))
                    return True
            return False
        code = country_of(after.group(1)) if after else None
        ref = self.gaz.resolve(person.name, code, strict=False) if code else None
        if not isinstance(ref, PartnerRef) or ref.kind == "country" or ref.country != code:
            return False
        facts.partners.append(PartnerHit(ref, at, at + len(person.name), True, True))
        return True
