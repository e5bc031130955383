"""Passes over a whole article's facts, between reading its sentences and clustering them.

Each settles what one sentence alone cannot: a place named after "di" that the article also
names as a partner, one country per partner name, a state that is a partner's address, a date
standing alone after a full stop, a country that is a partner (named like one, or the country
of a visiting mission) and one that only says where a partner city is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.lists import listed_pair
from kerjasama_cli.extract.places import PartnerRef, country_of
from kerjasama_cli.geo.names import normalise

_LIST_LEAD = re.compile(
    r"(?:dengan|with|termasuk|including|bersama|antara|between|dan|and|,)\s*"
    r"(?:(?:pemerintah|pemerintahan|the government of|government of)\s+)?$",
    re.I,
)


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
        facts.partners = [h for h in facts.partners if normalise(h.ref.name) not in addresses]


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
    for facts in all_facts:
        if facts.dropped or not facts.types:
            continue
        # "anggota Pacific Islands Forum, Samoa, Tonga dan Palau": a membership is in an
        # organisation, the countries listed with it are its members, never partners.
        agreement = any(
            t[0] in lexicon.AGREEMENT_CLASS and t[0] != "membership" for t in facts.types
        )
        for code, text, start in facts.countries:
            before = facts.sentence.text[:start]
            mission = guards.MISSION.search(before)
            if code == "ID" or code in countries and not mission:
                continue
            if _KINDED_PLACE_BEFORE.search(before) and not mission:
                continue  # "Shizouka Prefecture, Japan": where that place is, not a partner
            named = _NAME_BEFORE.search(before)
            if named and country_of(named.group(1)) is None and not mission:
                continue  # "Then Shizouka, Japan, ...": the country of the name before it
            # "... dengan pemerintah Jepang", "kunjungan Konsulat Jenderal (Konjen) Jepang"
            if not (agreement and _LIST_LEAD.search(before) or mission):
                continue
            ref = PartnerRef(text, "country", code)
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


def told_from_abroad(all_facts: list[Facts]) -> None:
    """An article told from a foreign government's side (Davao's council approving its sister
    cities, then listing Bitung among its twenty partners): no Indonesian office acts anywhere
    and the first sentence reporting cooperation names no Indonesian party. That government is
    the only partner of this registry's records; the other places are its own partners."""
    if any(f.offices for f in all_facts):
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
