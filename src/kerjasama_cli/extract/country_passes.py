"""Passes over a whole article's facts that settle which countries are partners.

One country per partner name; a country that is a partner (named like one, or the country of a
visiting mission or of a foreign government's mission) against one that only says where a partner
city is; Indonesia itself, never a partner; an article told from a foreign government's side,
whose own partners are not ours; a nationality, never a town.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.acting_words import NATIONAL_OFFICE, STATE_VISIT
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.places import PartnerRef, country_of
from kerjasama_cli.geo import find_place
from kerjasama_cli.geo.names import normalise

_LIST_LEAD = re.compile(
    r"(?:dengan|with|termasuk|including|bersama|antara|between|dan|and|,)\s*"
    r"(?:(?:pemerintah|pemerintahan|the government of|government of)\s+)?$",
    re.I,
)

_GOVERNMENT_PEOPLE = re.compile(
    r"\b(?:delegasi|perwakilan|utusan|delegations?|representatives?)\s+(?:(?:dari|of|from)\s+)?"
    r"(?:pemerintah|pemerintahan|the government of|government of)\s+$",
    re.I,
)
# "Selama kunjungan, rombongan Tunisia menjelajahi ...": the country's party on its visit, where
# the sentence names no partner of its own ("delegasi Jepang yang dipimpin Wali Kota Kochi")
_PARTY_OF = re.compile(r"\b(?:rombongan|delegasi)\s+$", re.I)
# The office received by our side or visiting our place: "menerima kunjungan kehormatan Wakil
# Menteri Luar Negeri Jepang", "Wakil Menteri ... PNG melakukan kunjungan ke Merauke". Only
# met ("dalam pertemuan informal dengan Wakil Perdana Menteri Timor Leste") is left: the
# meeting's day is then taken from an earlier talk told beside it (real25), and a meeting with
# anybody else ("agenda Delegasi Parlemen Australia ini termasuk pertemuan dengan Makassar Women
# Leaders Forum") would be a second record of the visit.
_RECEIVED_OR_VISITING = re.compile(
    r"\b(?:diterima|menerima|disambut|menyambut|received|welcomed|hosted|menjamu)\b|"
    r"\b(?:kunjungan|berkunjung|mengunjungi|kunker|visit\w*)\b[^.;]{0,40}?\b(?:ke|to)\s+"
    r"(?!Indonesia\b)[A-Z]",
    re.I,
)
_STATE_WORD = re.compile(r"^Negara\s+(?=[A-Z])")


def national_office_received(text: str, start: int) -> bool:
    """Whether the country named at `start` follows its national government's office
    ("Kementerian Pertanian Latvia", "Komisi E Parlemen Latvia") in a sentence that tells that
    office received by our side or visiting our place, on no visit of state: that country's
    visit (i40a: a miss met in six batches, real12–real29)."""
    return bool(
        NATIONAL_OFFICE.search(text[max(0, start - 90) : start])
        and _RECEIVED_OR_VISITING.search(text)
        and not STATE_VISIT.search(text)
    )


# Countries named as the ones a tie is explored or prepared with, the list led by its countries'
# word or by "yakni"/"yaitu" after the tie ("tengah menggodok kerjasama bilateral dengan sejumlah
# negara seperti Korea Selatan dan Australia"; "ada empat negara yang menyatakan minat untuk
# menjalin hubungan khusus itu. Yakni, Swedia, ..."), or standing first before the exploring
# ("Korea Selatan, Jepang dan Australia menjajaki kerja sama ..."): each a partner of its own
# exploration (i40a: a kind met in five batches). The tie and the exploring are told before the
# list: "tertarik belajar dari negara seperti ..." at a fair of regional cooperation is no tie.
_EXPLORES = re.compile(
    r"\b(?:menjaja[kg]i|jaja[kg]i|dijaja[kg]i|penjaja[kg]an|tertarik|berminat|minat|menggodok|"
    r"digodok|explor\w*|interested)\b",
    re.I,
)
_TIE = re.compile(
    r"\b(?:kerja ?sama|kerjasama|sister|kota kembar|hubungan|kemitraan|cooperation|partnership|"
    r"relations?|ties)\b",
    re.I,
)
_COUNTRIES_LEAD = re.compile(
    r"(?:\bnegara(?:-negara)?(?:\s+(?:lain|sahabat|mitra))?\s*,?\s*(?:seperti|yakni|yaitu|"
    r"antara lain|di ?antaranya)|\b(?:countries|nations)\s*,?\s*(?:such as|like|including|"
    r"namely)|(?:^|[.!?:]\s+)\W*(?:yakni|yaitu)\b)[\s,:]*$",
    re.I,
)
_NEXT_ITEM = re.compile(
    r"^(?:\s*\([^()]{1,12}\))?\s*(?:,\s*(?:dan\s+|and\s+)?|\s+(?:dan|and|serta)\s+)$"
)
# A city the article names by its kind word ("Saat ini Kenya sudah menyiapkan Kota Mombasa"):
# the country interested speaks for it, and is no partner of its own.
_KIND_CITY = re.compile(r"\b(?:Kota|City of)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def cities_named(all_facts: list[Facts]) -> set[str]:
    """The countries of the foreign cities the article names by their kind word."""
    codes: set[str] = set()
    for facts in all_facts:
        for m in _KIND_CITY.finditer(facts.sentence.text):
            place = find_place(m.group(1))
            if place is not None and place.country != "ID":
                codes.add(place.country)
    return codes


def _first_explored(text: str, start: int) -> bool:
    """Whether the country at `start` opens a list of countries explored (see _EXPLORES)."""
    if start == 0:
        after = text[start : start + 200]
        return bool(_EXPLORES.search(after) and _TIE.search(after))
    before = text[:start]
    return bool(
        _COUNTRIES_LEAD.search(before) and _EXPLORES.search(before) and _TIE.search(before[-150:])
    )


def explored_countries(facts: Facts) -> list[tuple[str, str, int]]:
    """The countries a sentence names as those a tie is explored with, in its order."""
    text = facts.sentence.text
    found: list[tuple[str, str, int]] = []
    for code, name, start in sorted(facts.countries, key=lambda c: c[2]):
        if code == "ID":
            continue
        item = found and _NEXT_ITEM.match(text[found[-1][2] + len(found[-1][1]) : start])
        if item or not found and _first_explored(text, start):
            found.append((code, name, start))
    return found


def settle_countries(all_facts: list[Facts]) -> None:
    """One name, one country in an article: where the text says a partner's country once
    ("Kota Kochi, Jepang"), its other mentions take that country, not the gazetteer's guess."""
    told: dict[str, PartnerRef] = {}
    for facts in all_facts:
        for hit in facts.partners:
            if hit.told and hit.ref.country:
                told.setdefault(normalise(hit.ref.name), hit.ref)
    for facts in all_facts:
        for hit in facts.partners:
            ref = told.get(normalise(hit.ref.name))
            if ref is not None and not hit.told and hit.ref.country != ref.country:
                hit.ref = ref


# A place named with its kind word, then a comma: the country after it is its address.
_KINDED_PLACE_BEFORE = re.compile(
    r"(?:\b(?:Kota|Provinsi|Prefektur|Kabupaten|Negara Bagian|City of|Province of|State of)"
    r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+"
    r"(?:Prefecture|Province|City|State|Regency|County))\s*,\s*$"
)


# A capitalised name, then a comma, right before a country: the country says where it is.
_NAME_BEFORE = re.compile(r"\b([A-Z][\w’'-]{2,})\s*,\s*$")


def countries_as_partners(all_facts: list[Facts]) -> None:
    """A country is a partner when named like one ("19 lembaga, termasuk C40, Citynet, dan
    Australia"), not when it only says where a partner is or is that partner's country."""
    countries = {h.ref.country for f in all_facts for h in f.partners if h.ref.country}
    offered = cities_named(all_facts)
    for facts in all_facts:
        if facts.dropped or not facts.types:
            continue
        # "anggota Pacific Islands Forum, Samoa, Tonga dan Palau": a membership is in an
        # organisation, the countries listed with it are its members, never partners.
        agreement = any(
            t[0] in lexicon.AGREEMENT_CLASS and t[0] != "membership" for t in facts.types
        )
        explored = explored_countries(facts)
        for code, text, start in facts.countries:
            before = facts.sentence.text[:start]
            if (code, text, start) in explored and code not in countries | offered:
                ref = PartnerRef(_STATE_WORD.sub("", text), "country", code)
                facts.partners.append(PartnerHit(ref, start, start + len(text)))
                continue
            mission = guards.MISSION.search(before)
            if code == "ID" or code in countries and not mission:
                continue
            if _KINDED_PLACE_BEFORE.search(before) and not mission:
                continue  # "Shizouka Prefecture, Japan": where that place is, not a partner
            named = _NAME_BEFORE.search(before)
            if named and country_of(named.group(1)) is None and not mission:
                continue  # "Then Shizouka, Japan, ...": the country of the name before it
            # "... dengan pemerintah Jepang", "kunjungan Konsulat Jenderal (Konjen) Jepang"; a
            # national government's own people received ("menerima kunjungan perwakilan
            # pemerintahan Tunisia"), as its envoy's call is
            event = any(t[0] in lexicon.EVENT_CLASS for t in facts.types)
            sent = event and (
                _GOVERNMENT_PEOPLE.search(before)
                or national_office_received(facts.sentence.text, start)
                or not facts.partners
                and _PARTY_OF.search(before)
            )
            if not (agreement and _LIST_LEAD.search(before) or mission or sent):
                continue
            # "DPR Negara Timor Leste": the state's word is no part of its name
            ref = PartnerRef(_STATE_WORD.sub("", text), "country", code)
            facts.partners.append(PartnerHit(ref, start, start + len(text)))
        facts.partners.sort(key=lambda h: h.start)


def drop_covered_countries(all_facts: list[Facts]) -> None:
    """A country is not a partner where the article names a partner in it and the country
    has no visit or meeting of its own: the ambassador of Australia at the signing with the
    Northern Territory speaks for no record of his own (an ambassador's call is one)."""
    covered = {
        h.ref.country
        for f in all_facts
        for h in f.partners
        if h.ref.kind != "country" and h.ref.country
    }
    visiting = {
        h.ref.country
        for f in all_facts
        for h in f.partners
        if h.ref.kind == "country" and any(t[0] in lexicon.EVENT_CLASS for t in f.types)
    }
    for facts in all_facts:
        facts.partners = [
            h
            for h in facts.partners
            if not (
                h.ref.kind == "country"
                and h.ref.country in covered
                and h.ref.country not in visiting
            )
        ]


# "Pemerintah Indonesia", "Indonesia’s cities": the nation, not a local government.
_NATION = re.compile(
    r"(?:(?:Pemerintah|Negara|Republik|the|Government of)\s+)?"
    r"Indonesia(?:n|['’]s)?\b(?!\s+(?:Timur|Barat|Tengah))"
)


def nation_at(facts: Facts, at: int) -> bool:
    """Whether the party named at `at` in the sentence is Indonesia itself."""
    return bool(_NATION.match(facts.sentence.text, at))


def _ours_acts(facts: Facts) -> bool:
    """Whether one of our governments (not Indonesia itself) stands before the sentence's type
    word and its partners come after it: "Surabaya sendiri telah menjalin kerja sama sister
    city dengan Kota Varna, ..." (a page from abroad lists ours among its partners instead)."""
    if facts.dropped or not (facts.partners and facts.types):
        return False
    first_type = min(a for _, a, _ in facts.types)
    first_partner = min(h.start for h in facts.partners)
    return any(
        at < first_type < first_partner and not nation_at(facts, at) for at, _ in facts.parties
    )


def told_from_abroad(all_facts: list[Facts]) -> None:
    """An article told from a foreign government's side (Davao's council approving its sister
    cities, then listing Bitung among its twenty partners): no Indonesian office acts anywhere
    and the first sentence reporting cooperation names no Indonesian party. That government is
    the only partner of this registry's records; the other places are its own partners. Not
    where one of our governments is the subject of a tie told later ("Jakarta sendiri telah
    menjalin kerja sama sister city dengan Kota ...", after an envoy's call on a head named by
    his title only): the story is ours, and so is that list."""
    if any(f.offices for f in all_facts) or any(_ours_acts(f) for f in all_facts):
        return
    for facts in all_facts:
        if facts.dropped or not (facts.partners and facts.types):
            continue
        if any(not nation_at(facts, at) for at, _ in facts.parties):
            return  # "Kota Jinan dan Kabupaten Sidoarjo ...": the local party's own story
        subject, country = normalise(facts.partners[0].ref.name), facts.partners[0].ref.country
        break
    else:
        return
    for facts in all_facts:
        facts.partners = [h for h in facts.partners if normalise(h.ref.name) == subject]
        # "Tacoma in Washington State, USA": the country of one of its partners, not ours
        facts.countries = [c for c in facts.countries if c[0] == country]


# Nationalities the gazetteer may know as towns ("Thai" is a name of Alor Setar), with their state.
DEMONYMS = {
    "Thai": ("Thailand", "TH"),
    "Japanese": ("Japan", "JP"),
    "Chinese": ("China", "CN"),
    "Malaysian": ("Malaysia", "MY"),
    "Australian": ("Australia", "AU"),
    "Philippine": ("Philippines", "PH"),
    "Filipino": ("Philippines", "PH"),
    "Vietnamese": ("Vietnam", "VN"),
    "Singaporean": ("Singapore", "SG"),
    "Timorese": ("Timor-Leste", "TL"),
    "Dutch": ("Netherlands", "NL"),
    "German": ("Germany", "DE"),
    "French": ("France", "FR"),
    "Bulgarian": ("Bulgaria", "BG"),
    "Hungarian": ("Hungary", "HU"),
    "Polish": ("Poland", "PL"),
    "Russian": ("Russia", "RU"),
    "Turkish": ("Turkey", "TR"),
    "Italian": ("Italy", "IT"),
    "British": ("United Kingdom", "GB"),
    "Egyptian": ("Egypt", "EG"),
    # i32a: nations whose envoys call on our governments in the corpus's English reports
    "Georgian": ("Georgia", "GE"),
    "Czech": ("Czech Republic", "CZ"),
    "South Korean": ("South Korea", "KR"),
    "American": ("United States", "US"),
    "Canadian": ("Canada", "CA"),
    "New Zealand": ("New Zealand", "NZ"),
    "Norwegian": ("Norway", "NO"),
}
# A nation's mission, or in English its government or a minister of it ("the Bulgarian Deputy
# Foreign Minister Nikolay Pavlov", "met with the Bulgarian Government"): the country acts.
_NATIONAL_MISSION = re.compile(
    rf"\b(?P<d>{'|'.join(DEMONYMS)})\s+(?:Ambassador|Embassy|Consul(?:ate)?(?: General)?|"
    r"Government|(?:Deputy\s+|Vice\s+)?(?:Foreign\s+|Prime\s+)?Minister)\b"
)


def nationalities(all_facts: list[Facts]) -> None:
    """A nationality is never a town ("the Thai government"); before a foreign mission in a
    sentence reporting an event ("a meeting between the Thai Ambassador ... and the Governor")
    it names that country as the partner (real3's convention: a mission's call is its
    country's record)."""
    for facts in all_facts:
        text = facts.sentence.text
        facts.partners = [
            h for h in facts.partners if h.ref.kind == "country" or h.ref.name not in DEMONYMS
        ]
        if facts.dropped or not any(t[0] in lexicon.EVENT_CLASS for t in facts.types):
            continue
        for m in _NATIONAL_MISSION.finditer(text):
            name, code = DEMONYMS[m["d"]]
            if not any(h.ref.country == code and h.ref.kind == "country" for h in facts.partners):
                ref = PartnerRef(name, "country", code)
                facts.partners.append(PartnerHit(ref, m.start("d"), m.end("d")))
        facts.partners.sort(key=lambda h: h.start)
