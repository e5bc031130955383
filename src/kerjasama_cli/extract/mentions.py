"""One sentence read for the records it reports: partners, types, dates, people, sectors.

The partners are found by `sentence_places.PlaceReading`; what a sentence says is a
`facts.Facts`. Here: the type words (and whether they are only explored), the people (kept
across the article's sentences), the dates, the sectors, and whether any government acts.
"""

from __future__ import annotations

import datetime as dt
import re

from kerjasama_cli.extract import guards, intent, lexicon, state_bodies, subjects, type_word_guards
from kerjasama_cli.extract.dates import find_dates, of_an_origin
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.parties import PartyFinder
from kerjasama_cli.extract.people import PersonMention, find_people
from kerjasama_cli.extract.people_memory import PeopleMemory
from kerjasama_cli.extract.places import Gazetteer, PartnerRef, country_of
from kerjasama_cli.extract.sector_frames import covered_sectors
from kerjasama_cli.extract.sentence_places import PlaceReading
from kerjasama_cli.extract.sentences import Sentence
from kerjasama_cli.extract.small_towns import near_countries
from kerjasama_cli.geo.names import normalise

_INTENT = re.compile(
    r"\b(?:memperkuat|mempererat|meningkatkan|mengembangkan|memperluas|belajar|mempelajari|"
    r"strengthen\w*|deepen\w*|expand\w*|boost\w*|learn\w*|develop\w*)\b",
    re.I,
)
PLURAL = re.compile(
    r"\b(?:ketiga|keempat|kelima|ketiganya|semua|seluruh|masing-masing|these|those|the (?:"
    r"three|four|"
    r"five)|all|each)\b",
    re.I,
)
ANAPHOR = re.compile(
    r"\b(?:kerja ?sama|kolaborasi|kemitraan|perjanjian|kesepakatan|nota kesepahaman|LoI|MoU|"
    r"kunjungan|kedatangan|pertemuan|program)\s+(?:ini|tersebut)\b|"
    r"\bkedua (?:kota|provinsi|pihak|daerah|wilayah|negara)\b|\bkeduanya\b|\bkedua belah pihak\b|"
    r"\b(?:this|the) (?:cooperation|partnership|agreement|collaboration|"
    r"memorandum|MoU|LoI|visit|meeting|programme|program|deal|pact|letter|document|"
    r"relationship|ties|link)\b|^(?:Sebelumnya|Previously|Earlier),|"
    # "The Sister State relationship, which was first signed in September 1991"
    r"\b(?:the|this|that|its|their)\s+(?:original\s+|long-standing\s+)?(?:sister[- ]?(?:city|"
    r"cities|state|province)|twin[- ]?cit(?:y|ies)|friendship[- ]cit(?:y|ies))\s+(?:relationship|"
    r"agreement|partnership|ties|link|arrangement)\b|"
    r"\bboth (?:cities|sides|"
    r"provinces|parties)\b|\btwo cities\b",
    re.I,
)
# Who travels for a government without a title in the sentence.
_DELEGATION = re.compile(
    r"\b(?:delegasi|rombongan|utusan|tim|misi|kunjungan kerja|kunker|lawatan|delegation|"
    r"mission|envoy|team|officials?|pejabat|pemerintah|government|council|dewan|DPRD)\b",
    re.I,
)
_EARLIER = re.compile(r"(?:Sebelumnya|Previously|Earlier|Sebelum itu),?\s", re.I)
_RESOURCES = re.compile(r"\bSumber\s+Daya\b")
_SECTOR_CUE = re.compile(
    r"\b(?:bidang|sektor|sectors?|fields?|areas?|including|termasuk|meliputi|mencakup|such as|"
    r"seperti|fokus|difokuskan|berfokus|focus(?:es|ed)?|cover(?:s|ing)?)\b",
    re.I,
)


# Between a document's word and the tie it is about: a bracketed abbreviation at most.
_NAMES_ITS_KIND = re.compile(r"[\s)\]]*(?:\([^()]{1,30}\)\s*)?")


class SentenceReader(PeopleMemory, PlaceReading):
    """Reads sentences of one article, remembering people across sentences."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        published: dt.date | None,
        leaders: dict[str, str],
        parties: PartyFinder | None = None,
    ) -> None:
        self.gaz = gazetteer
        self.parties = parties
        self.published = published
        # the years the article names, set for an article without its publication date
        self.years: frozenset[int] = frozenset()
        self.leaders = leaders  # folded name or alias -> the home leader's full name
        self.people: dict[str, PersonMention] = {}  # folded full name -> best mention
        self.name_words: set[str] = set()
        self.vouched: dict[str, PartnerRef] = {}  # small places the article vouched for
        self.defining = False  # the sentences read since a definition explain it
        self.last_document: str | None = None  # the last document type word read
        self.plan_told = False  # the last document type word read was only explored or planned
        self.near: dict[int, frozenset[str]] = {}  # sentence index -> countries named near it

    def neighbours(self, read: list[Sentence]) -> None:
        """Note, for each sentence of the article, the foreign countries named in it and the
        sentences beside it: they vouch for a small town's country (small_towns.py)."""
        near = near_countries([s.text for s in read])
        self.near = {s.index: countries for s, countries in zip(read, near, strict=True)}

    def _same_kind(self, text: str, found: tuple[str, int, int]) -> tuple[str, int, int]:
        """ "Berlin becomes Jakarta's tenth sister city. Previously, Jakarta has signed similar
        agreements with Tokyo, ...": the kind told before, not an agreement of their own."""
        rtype, a, b = found
        if rtype in lexicon.DOCUMENT_TYPES:
            if guards.refers_back(text, a, b) and self.last_document:
                return (self.last_document, a, b)
            self.last_document = rtype
        elif rtype == "other" and self.last_document and guards.pointed(text, a, b):
            # "... kerja sama sister city dengan 21 kota. Kerja sama tersebut terjalin sejak 1979
            # ... dengan Kota Jeddah": the cooperation pointed back to is the kind just named.
            return (self.last_document, a, b)
        return found

    def _resolve_place(self, text: str) -> PartnerRef | str | None:
        return self.gaz.resolve(text)

    def read(self, sentence: Sentence, item: bool = False) -> Facts:
        """The facts of one sentence; "Sister City adalah kemitraan resmi ...": a definition,
        and the sentences that go on explaining it (no partner, date or government named), give
        no record."""
        self.around = self.near.get(sentence.index, frozenset())
        if type_word_guards.defines(sentence.text):
            self.defining = True
            return Facts(sentence)
        facts = self._read(sentence, item)
        if self.defining:
            if not (facts.partners or facts.dates or facts.offices or facts.home or facts.locals):
                return Facts(sentence)
            self.defining = False
        return facts

    def _read(self, sentence: Sentence, item: bool = False) -> Facts:
        text = sentence.text
        facts = Facts(sentence)
        facts.types = lexicon.find_types(text)
        glossed = type_word_guards.glosses(text, facts.types)
        if self.parties is not None:
            facts.offices = self.parties.find(state_bodies.mask_state_bodies(text))
        # "tengah menjajaki LoI": an intent, never a signed document.
        facts.types = [
            type_word_guards.signed_cooperation(text, t)
            for t in facts.types
            if not type_word_guards.framed(text, t[1])
            and t not in glossed
            and not type_word_guards.names_a_body(text, t[1], t[2])
            and not type_word_guards.in_title(text, t[1], t[2])
            and not (
                t[0] in lexicon.EVENT_CLASS
                and (
                    type_word_guards.at_that_event(text, t[1], t[2])
                    or subjects.state_event(text, t[1], t[2], country_of)
                    or t[0] == "meeting"
                    and subjects.internal_meeting(text, t[1], t[2])
                )
            )
        ]
        facts.types = [self._same_kind(text, t) for t in facts.types]
        planned_end = -1  # where the last document read as only planned ends
        for n, (rtype, a, b) in enumerate(facts.types):
            event = rtype in lexicon.EVENT_CLASS
            if (
                rtype in lexicon.DOCUMENT_TYPES
                and planned_end >= 0
                and _NAMES_ITS_KIND.fullmatch(text[planned_end:a])
            ):
                # "penandatanganan MoU Friendship City ...", still to come: the tie the
                # planned document is about is planned with it; so is the planned document
                # named again ("perpanjangan nota kesepakatan MoU").
                facts.types[n] = ("other", a, b)
                facts.exploring = True
                planned_end = b
            elif rtype == "other" and guards.exploring(text, a):
                facts.exploring = True
            elif (
                rtype in lexicon.DOCUMENT_TYPES
                and intent.meant(text, a)  # "untuk menjalin sister city", "wacana kota kembar"
                or rtype == "programme"
                and intent.planned(text, a)  # "rencana program kerja sama"
                or (rtype in lexicon.DOCUMENT_TYPES or event)
                and guards.exploring(
                    # "surat pernyataan keinginan": the wish is the document's own name
                    text[:a] + " " * (b - a) + text[b:],
                    a,
                    event,
                )
            ):
                facts.types[n] = ("other", a, b)
                facts.exploring = True
                facts.planned_event = facts.planned_event or event
                planned_end = b if rtype in lexicon.DOCUMENT_TYPES else planned_end
            elif rtype in lexicon.DOCUMENT_TYPES and self.plan_told and guards.this_one(text, a, b):
                # "... perpanjangan MoU, yang rencananya akan ditandatangani Mei. Prinsip MoU ini
                # ...": the document pointed back to is the plan just told, still unsigned.
                facts.types[n] = ("other", a, b)
                facts.exploring = True
            if rtype in lexicon.DOCUMENT_TYPES:
                self.plan_told = facts.types[n][0] == "other"
        facts.people = [
            self._remember(p)
            for p in find_people(text, self._resolve_place, self._known_words())
            if p.name or p.partner or p.side in ("local", "home")
        ]
        facts.people = [p for p in facts.people if p.name and not self._a_place(text, p, facts)]
        facts.people = [self._seat_spelt(p) for p in facts.people]
        # Future dates are plans ("akan datang"), not what the article reports as done.
        facts.dates = [
            d
            for d in find_dates(text, self.published, self.years)
            if (self.published is None or d.iso <= self.published.isoformat())
            and not guards.quoted_today(text, d.start, d.text)
            and not of_an_origin(text, d)
        ]
        facts.signing = bool(lexicon.SIGNING.search(text) or lexicon.LAUNCH.search(text))
        facts.intent = bool(_INTENT.search(text))
        facts.anaphor = bool(ANAPHOR.search(text))
        facts.earlier = bool(_EARLIER.match(text))
        # Sector words inside a type word ("friendship city") name no sector; others only
        # where the sentence says the cooperation covers them (sector_frames.py).
        facts.sectors = covered_sectors(text, [(a, b) for _, a, b in facts.types])
        facts.sector_cue = bool(_SECTOR_CUE.search(text))
        told = facts.types or facts.signing or facts.intent or facts.anaphor or facts.sectors
        if not (told or item):  # an item of a list of ties: its place is read all the same
            return facts
        facts.people += self._known_people(text, facts.people)
        masked = list(state_bodies.mask_state_bodies(text))
        for person in facts.people:
            name_at = text.find(person.name, person.start) if person.name else -1
            if name_at >= 0:
                masked[name_at : name_at + len(person.name)] = " " * len(person.name)
        for m in _RESOURCES.finditer(text):  # human or natural resources, not the town Sumber
            masked[m.start() : m.end()] = " " * (m.end() - m.start())
        self._partners(facts, "".join(masked))
        facts.countries = [
            c for c in facts.countries if not subjects.national_pair(text, c[2], c[2] + len(c[1]))
        ]
        if subjects.village_subject(text) or (
            subjects.private_subject(
                text, lambda: all(t[0] in lexicon.EVENT_CLASS for t in facts.types)
            )
            and not facts.offices
            and not any(p.titled and p.side in ("home", "local") for p in facts.people)
        ):
            facts.partners, facts.dropped = [], True
        for person in facts.people:  # "Wali Kota Gong Zheng": the partner his title names
            if person.partner and not any(
                normalise(h.ref.name) == normalise(person.partner.name) for h in facts.partners
            ):
                facts.partners.append(PartnerHit(person.partner, person.start, person.end, True))
        facts.partners.sort(key=lambda h: h.start)
        # the nation read as home ("visited Indonesia") is no government of ours acting
        ours = [a for a, who in facts.parties if not text.startswith("Indonesia", a)]
        if subjects.visit_to_the_nation(text) and not (facts.offices or ours or facts.locals):
            facts.partners, facts.dropped = [], True  # their visit to Indonesia, none of ours
        self._foreign_subject(facts)
        self._without_actor(facts)
        return facts

    def _without_actor(self, facts: Facts) -> None:
        """No government acts in the sentence: the Indonesian state's own meeting ("Pemerintah
        pusat melalui KJRI telah melakukan pertemuan ..."), or an event nobody of a government
        makes ("Gilbert told ABC News on his 2015 visit to Darwin"): no record from it."""
        text = facts.sentence.text
        # "Najmul menyebutkan ... yang dikunjungi": the local head titled earlier acts by name
        acted = bool(facts.offices or facts.home or facts.locals) or any(
            p.titled and p.side in ("home", "local", "partner") or p.side in ("home", "local")
            for p in facts.people
        )
        if acted:
            return
        if state_bodies.CENTRAL_ACTS.match(text):
            facts.partners, facts.types = [], []
            return
        events = [t for t in facts.types if t[0] in lexicon.EVENT_CLASS]
        if (
            events
            and len(events) == len(facts.types)
            and not facts.signing
            and not _DELEGATION.search(text)
            and not any(h.via_person for h in facts.partners)
            and not any(p.titled for p in facts.people)
        ):
            facts.types = []


__all__ = ["ANAPHOR", "PLURAL", "Facts", "PartnerHit", "SentenceReader"]
