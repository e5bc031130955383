"""A foreign envoy posted in Indonesia, named the English way, calls on our government.

"Malaysia’s new ambassador to Indonesia ... paid a courtesy call on the Governor of West Java",
"Malaysian Ambassador to Indonesia, Datuk ..., said in Samarinda ... He visited East Kalimantan"
(real18): the settled convention makes the call a `meeting` whose partner is the envoy's
country. The sentence readers know an envoy by a title before the country ("Konsul Jenderal
Jepang", guards.MISSION) or a nationality before an envoy word in the sentence of the call
(article_passes.nationalities); the English possessive ("Norway's ambassador"), a nationality in
a sentence that only names him, and a misspelt title before the state's style ("Consuler
Republik Demokratik Timor Leste") are read here.

The country is the partner only where no city or region of it is a partner of the article (a
consul beside his country's city's delegation only accompanies it), and only in a sentence that
tells the call (its own, or the first one after it that tells a visit or meeting and names no
partner: "He visited ..."). Our own envoys ("Duta Besar RI untuk Norwegia") name the country
after "untuk" / "to", never before the title, and are not read. A titled envoy posted in
Indonesia whose reception is the only word of his call ("menerima Duta Besar Norwegia untuk
Indonesia") is read where he is the one envoy the sentence names and it names no partner:
his meeting, though a city of his country is a background tie elsewhere in the story. A titled
envoy the sentence says is posted in Indonesia ("Duta Besar Norwegia untuk Indonesia, ...,
mengatakan ... Ia berkunjung ke ...") is read as the English forms are; a former one ("mantan
Dubes Turki": our governor, once our ambassador there) never. A mission received stands for
its envoy ("menerima kunjungan Konsulat Jepang di Denpasar"). Envoys of countries named one
by one at our reception make one meeting each (envoy_lists).
"""

from __future__ import annotations

import re

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.country_passes import DEMONYMS
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.places import PartnerRef, country_of
from kerjasama_cli.extract.record_dates import RECEIVES

_ENVOY = (
    r"(?:(?:new|former|incoming)\s+)?(?:Ambassador|ambassador|Envoy|envoy|Consul(?:[- ]General)?|"
    r"consul(?:[- ]general)?|Embassy|embassy|Duta Besar|Dubes|Konsul(?: Jenderal)?)\b"
)
# "Norway's new ambassador", "Norway’s Consul General"
_POSSESSIVE = re.compile(rf"\s*['’]s\s+{_ENVOY}")
# "Consuler Republik Demokratik Timor Leste", "Konsul Republik Peru": a title, the state's style.
_TITLE_BEFORE = re.compile(
    r"\b(?:Consul\w*|Konsul\w*|Ambassador|Duta Besar|Dubes)\s+(?:(?:of\s+)?(?:the\s+)?"
    r"(?:Republik|Republic|Kerajaan|Kingdom|Demokratik|Democratic|Federal|Rakyat|Sosialis)\s+)+$"
)
_DEMONYM = re.compile(rf"\b(?P<d>{'|'.join(DEMONYMS)})\s+{_ENVOY}")


def _envoys(facts: Facts) -> list[tuple[str, str]]:
    """(name, code) of the foreign envoys a sentence names."""
    text = facts.sentence.text
    found = [DEMONYMS[m["d"]] for m in _DEMONYM.finditer(text)]
    for code, name, start in facts.countries:
        if code == "ID":
            continue
        after = text[start + len(name) :]
        before = text[max(0, start - 60) : start]
        if _POSSESSIVE.match(after) or _TITLE_BEFORE.search(before):
            found.append((name, code))
    return [(name, code) for name, code in found if code != "ID" and country_of(name) == code]


# "Accompanied by Mr. Zhang ..., both Vice Consul-general of Chinese Consulate-general in
# Surabaya, the delegation held meeting with ...": the envoy goes along with his country's
# city or province, which is the partner.
_ALONG = re.compile(
    r"\b(?:accompanied by|along with|together with|didampingi(?:\s+oleh)?|mendampingi|beserta)\b",
    re.I,
)


def _along_with_a_place(all_facts: list[Facts], places: set[str | None]) -> None:
    """Drop a country named only as the envoy going along with a partner of it."""
    for facts in all_facts:
        text = facts.sentence.text
        facts.partners = [
            h
            for h in facts.partners
            if not (
                h.ref.kind == "country"
                and h.ref.country in places
                and _ALONG.search(text[max(0, h.start - 100) : h.start])
            )
        ]


# "Duta Besar Norwegia", "Konsul Jenderal Republik Rakyat Tiongkok": a title, then the country.
# A mission ("Konsulat Jepang", "Kedutaan Besar Kanada") stands for its envoy where it is
# received (_received): a bare consulate is a venue elsewhere ("di Kantor Konsulat Malaysia").
# "menerima kunjungan konsulat Jepang" (real28's Jember): the mission in lower case too.
TITLED = re.compile(
    r"\b(?:Duta Besar|Dubes|Konsul(?:at)?(?: Jenderal)?|Konjen|Kedutaan Besar|Kedubes|"
    r"konsulat(?: jenderal)?|kedutaan besar|"
    r"Ambassador of|Consul(?:ate)?(?: General)? of|Embassy of)\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)
# "the Australian Consulate General (KJA) in Makassar": a nationality, then the envoy's title.
_DEMONYM_TITLED = re.compile(
    rf"\b(?P<d>{'|'.join(DEMONYMS)})\s+(?:Ambassador|Consul(?:ate)?(?:[- ]General)?|Embassy)\b"
)


# A title held no longer ("mantan Dubes", "former Ambassador"): no envoy calling today.
FORMER = re.compile(r"\b(?:mantan|former|eks|ex)[\s-]+$", re.I)


def _missions(facts: Facts) -> list[tuple[str, str, int]]:
    """(name, code, end) of the one foreign envoy a sentence names by his title ("Duta Besar
    Norwegia"), read only where he is received (_received); none where envoys of several
    countries are listed."""
    found: list[tuple[str, str, int]] = []
    for m in TITLED.finditer(facts.sentence.text):
        if FORMER.search(facts.sentence.text[: m.start()]):
            continue  # "mantan Dubes Turki": our governor, once our ambassador there
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            code = country_of(name)
            if code:
                found.append((name, code, m.start("name") + len(name)))
                break
    for m in _DEMONYM_TITLED.finditer(facts.sentence.text):
        if not FORMER.search(facts.sentence.text[: m.start()]):
            found.append((*DEMONYMS[m["d"]], m.end()))
    codes = {code for _, code, _ in found}
    return found if len(codes) == 1 and "ID" not in codes else []


def _calls(facts: Facts) -> list[tuple[str, int, int]]:
    return [t for t in facts.types if t[0] in lexicon.EVENT_CLASS]


def _of_a_place(facts: Facts, code: str) -> bool:
    return any(h.ref.kind != "country" and h.ref.country == code for h in facts.partners)


# Posted in Indonesia: "Duta Besar Jepang untuk Indonesia", "Konsul Jenderal Jepang di Medan",
# "the Japanese Consulate General (Konjen) in Denpasar" (its initials between).
_POSTED = re.compile(
    r"^\s*(?:\([^()]{1,12}\)\s*)?(?:(?:untuk|to)\s+(?:Indonesia|RI)\b|(?:di|in)\s+[A-Z])"
)


_A_MISSION = re.compile(r"\b(?:Konsulat|Kedutaan|Kedubes|Consulate|Embassy)\b")


# "will receive", "akan menerima": a call still to come
TO_COME = re.compile(
    r"\b(?:will|would|akan|dijadwalkan|scheduled to|set to|plans? to|berencana)\s+(?:\w+\s+)?$",
    re.I,
)


def _received(facts: Facts, end: int) -> bool:
    """Whether the sentence tells the one envoy it names, posted in Indonesia, received ("...
    ujar Parawansa ... saat menerima Duta Besar Uzbekistan untuk Indonesia"): the call itself,
    though no word of visiting or meeting tells it."""
    text = facts.sentence.text
    if facts.planned_event or facts.partners:
        return False
    # a mission received ("menerima kunjungan Konsulat Jepang") is posted here by its kind
    posted = _POSTED.match(text[end:]) or _A_MISSION.search(text[max(0, end - 60) : end])
    received = RECEIVES.search(text[:end])
    return bool(received and posted and not TO_COME.search(text[: received.start()]))


def _add(facts: Facts, name: str, code: str, call: tuple[str, int, int]) -> None:
    _, start, end = call
    facts.partners.append(PartnerHit(PartnerRef(name, "country", code), start, end))
    facts.partners.sort(key=lambda h: h.start)


def envoys_call(all_facts: list[Facts]) -> set[str]:
    """The envoy's country as the partner of the call he makes (see the module docstring);
    the codes of the countries so read. A titled envoy's reception, the only word of his
    call, is a meeting of that sentence (_received), though a city of his country is a
    partner elsewhere in the article (a background tie)."""
    read: set[str] = set()
    places = {
        h.ref.country
        for f in all_facts
        if not f.dropped
        for h in f.partners
        if h.ref.kind != "country"
    }
    _along_with_a_place(all_facts, places)
    acting = {
        h.ref.country
        for f in all_facts
        if not f.dropped
        for h in f.partners
        if h.ref.kind == "country"
    }
    for at, facts in enumerate(all_facts):
        if facts.dropped:
            continue
        text = facts.sentence.text
        # a titled envoy too, where the sentence says he is posted in Indonesia
        posted = [(n, c) for n, c, end in _missions(facts) if _POSTED.match(text[end:])]
        for name, code in _envoys(facts) + posted:
            if code in acting or code in places or _of_a_place(facts, code):
                continue  # the country is read already, or a city of his country acts
            told = next(
                (
                    f
                    for f in all_facts[at : at + 3]
                    if not f.dropped and _calls(f) and (f is facts or not f.partners)
                ),
                None,
            )
            if told is not None:
                _add(told, name, code, _calls(told)[0])
                acting.add(code)
                read.add(code)
        for name, code, end in _missions(facts):
            received = RECEIVES.search(facts.sentence.text[:end])
            if code in acting or received is None or not _received(facts, end):
                continue
            if code in places and _A_MISSION.search(text[max(0, end - 60) : end]):
                continue  # the consulate of a country whose city acts only hosts that tie's talk
            call = ("meeting", received.start(), received.end())
            facts.types.append(call)
            _add(facts, name, code, call)
            acting.add(code)
            read.add(code)
    return read


def calls_are_meetings(drafts: list[Draft], read: set[str]) -> None:
    """An envoy's call is a meeting whatever verb of visiting it is told with (the settled
    convention; record_types.envoy_call reads the envoys named the usual way)."""
    for draft in drafts:
        if draft.partner_kind == "country" and draft.country in read and draft.type == "visit":
            draft.type = "meeting"
