"""Which kinds of place and body are partners beside the places that act (acting.py): a region's
capital stands for the region; an organisation or institution is a partner only of what the local
government itself makes with it (issue 23, real15/real16's first sight: UCLG hosting a North
Korean city's delegation, the Maritime Museum of Rotterdam, Darwin for the Northern Territory)."""

from __future__ import annotations

import re

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.acting_words import ENVOY_BEFORE, KIND, KIND_LEAD
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.extract.record_mentions import partner_key
from kerjasama_cli.geo.names import normalise

_PLACE_KINDS = ("city", "province", "country", "region")
_EVENTS = set(lexicon.EVENT_CLASS)

# A region's capital told after it: "Northern Territory of Australia, dengan ibu kotanya Darwin",
# "Queensland, whose capital is Brisbane", "Victoria and its capital Melbourne".
_ITS_CAPITAL = re.compile(
    r"^[\s,]*(?:\([^()]{0,30}\)\s*)?(?:,\s*)?(?:dengan\s+|dan\s+|and\s+|with\s+)?"
    r"(?:ibu ?kota(?:nya)?|its capital(?: city)?|(?:whose|the) capital(?: city)?(?: is)?|"
    r"beribu ?kota(?:kan)?)"
    r"(?:\s+(?:adalah|yaitu|is))?[\s,]*$",
    re.I,
)


# A city's region told after it as its address: "utusan dari Shah Alam, Ibu Kota Negeri
# Kerajaan Selangor Malaysia" (real20), "from Ipoh, the capital of the state of Perak".
_CAPITAL_OF = re.compile(
    r"^[\s,]*(?:the\s+)?(?:ibu ?kota|capital(?: city)? of)\s+(?:(?:the\s+)?(?:negeri|kerajaan|"
    r"negara bagian|provinsi|prefektur|state|province|prefecture)(?:\s+of)?\s+)*$",
    re.I,
)


def _cities_before_their_region(all_facts: list[Facts]) -> None:
    """A region the article names as a capital city's address ("Shah Alam, Ibu Kota Negeri
    Kerajaan Selangor") is that city's story wherever it is named ("Kerajaan Selangor juga
    ..."): the city's delegation came, and the region is no second partner."""
    cities: dict[str, PartnerRef] = {}
    for facts in all_facts:
        text = facts.sentence.text
        hits = sorted(facts.partners, key=lambda h: h.start)
        for city, region in zip(hits, hits[1:], strict=False):
            if (
                city.ref.kind == "city"
                and region.ref.kind in ("province", "region")
                and city.ref.country == region.ref.country
                and _CAPITAL_OF.match(text[city.end : region.start])
            ):
                cities[partner_key(region.ref)] = city.ref
    if cities:
        _stand_for(all_facts, cities)


def _stand_for(all_facts: list[Facts], stands: dict[str, PartnerRef]) -> None:
    """Each hit of a key of `stands` becomes its value's, once per sentence."""
    for facts in all_facts:
        partners: list[PartnerHit] = []
        for hit in facts.partners:
            ref = stands.get(partner_key(hit.ref))
            if ref is not None:
                if any(partner_key(h.ref) == partner_key(ref) for h in partners):
                    continue
                hit = PartnerHit(ref, hit.start, hit.end, hit.via_person, hit.told)
            partners.append(hit)
        facts.partners = partners


def capitals_are_their_region(all_facts: list[Facts]) -> None:
    """A city the article introduces as a region's capital stands for the region wherever it
    names it ("Gubernur Darwin", "sister city Kalteng-Darwin" in a story of the Northern
    Territory): not a second partner of its own. A region told only as the address of its
    capital, city first, is not a partner of that sentence."""
    _cities_before_their_region(all_facts)
    capitals: dict[str, PartnerRef] = {}
    for facts in all_facts:
        text = facts.sentence.text
        hits = sorted(facts.partners, key=lambda h: h.start)
        for region, city in zip(hits, hits[1:], strict=False):
            if (
                region.ref.kind in ("province", "region")
                and city.ref.kind == "city"
                and city.ref.country == region.ref.country
                and _ITS_CAPITAL.match(text[region.end : city.start])
            ):
                capitals[partner_key(city.ref)] = region.ref
    if capitals:
        _stand_for(all_facts, capitals)


_BODY_KINDS = ("organisation", "institution")
# The name after a body's: its seat ("Maritime Museum Rotterdam", "University of Melbourne").
_SEAT_AFTER = re.compile(r"\s*(?:of\s+|in\s+|di\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


# The body is the place visited: "During a visit to Public Junior High School 1 (SMPN1) and
# Universitas Borneo, ...", "saat mengunjungi Universitas X dan ...".
_VISITED = re.compile(
    r"\b(?i:visit(?:ed|ing)?(?:\s+to)?|tour(?:ed)?|kunjungan\s+ke|berkunjung\s+ke|mengunjungi|"
    r"meninjau)\s+(?:the\s+)?(?:(?:[A-Z0-9][\w’'.-]*|\([^()]*\)|and|dan|of|the)[\s,]+){0,8}$"
)


# The body is the channel a cooperation runs through ("menjajaki kerja sama ... melalui Badan
# Kerjasama Internasional Jepang (JICA)", "through JICA"), not a party to it (real32's first
# sight; JICA as a partner also at real7's).
_THROUGH = re.compile(
    r"\b(?i:melalui|lewat|through|via|with the (?:support|help|assistance) of|dengan bantuan|"
    r"atas bantuan|didukung(?: oleh)?|supported by|funded by|didanai(?: oleh)?)\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|of|for|and|dan)\s+){0,6}\(?$"
)
# A tie already made through an agency ("telah menjalin kerja sama pendidikan dengan Amerika
# melalui USAID") is labelled with the agency as the country's other name (real28): kept.
_MADE = re.compile(r"\b(?i:telah|sudah|pernah|has|have|had)\b")
# The body's own gathering attended: "At the UCLG ASPAC meeting", "the UCLG congress",
# "forum CityNet" (real31's first sight; UCLG also at real15's, CityNet at real8's).
_GATHERING = re.compile(
    r"^[\s)-]*(?:[A-Z][\w-]*\)?\s+){0,4}(?i:meeting|congress|conference|summit|seminar|forum|"
    r"assembly|council|bureau|workshop|symposium|session)\b"
)
_GATHERING_BEFORE = re.compile(
    r"\b(?i:pertemuan|kongres|konferensi|rapat|sidang|forum|seminar|lokakarya|KTT)\s+$"
)


def _holds_an_acting_name(name: str, acting: set[str]) -> bool:
    """Whether a body's name holds a foreign government acting in the article, however many
    words that government's name has ("Universitas Chiang Mai" beside Chiang Mai's governor)."""
    words = normalise(name).split()
    return any(
        " ".join(words[i:j]) in acting
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def bodies_are_no_partners(all_facts: list[Facts]) -> None:
    """An organisation or institution is the partner of a document or programme the local
    government itself makes with it (an MoU with a university, a membership of C40), never of a
    visit or meeting (UCLG, whose president is our mayor, hosting a foreign city's delegation: the
    delegation's government is the partner), and never where it belongs to a foreign government
    acting in the article ("Maritime Museum Rotterdam" beside Rotterdam's mayor: Rotterdam's)."""
    acting = {
        normalise(name)
        for f in all_facts
        for h in f.partners
        if h.ref.kind in _PLACE_KINDS
        for name in (h.ref.name, h.ref.official or h.ref.name)
    }
    for facts in all_facts:
        kinds = {t[0] for t in facts.types}
        text = facts.sentence.text
        # "MoU antara Pemkot Bogor, Kota Kisarazu dan JICA": beside a foreign local government
        # acting in the same sentence, a body is its helper, not a second partner
        local_government = any(h.ref.kind in ("city", "province", "region") for h in facts.partners)
        kept = []
        for hit in facts.partners:
            if hit.ref.kind in _BODY_KINDS:
                if kinds and kinds <= _EVENTS or local_government:
                    continue
                before = text[max(0, hit.start - 80) : hit.start]
                if _VISITED.search(before):
                    continue  # "During a visit to ... Universitas Borneo": where, not who
                if (
                    _THROUGH.search(before)
                    and not _MADE.search(before)
                    or _GATHERING.match(text[hit.end : hit.end + 80])
                    or _GATHERING_BEFORE.search(before)
                ):
                    continue  # the channel or the forum, not a party
                if _holds_an_acting_name(hit.ref.name, acting):
                    continue  # "Universitas Chiang Mai" of Chiang Mai: the city's
                seat = _SEAT_AFTER.match(text, hit.end)
                words = hit.ref.name.split() + (seat.group(1).split() if seat else [])
                if any(normalise(w) in acting for w in words) or (
                    seat and normalise(seat.group(1)) in acting
                ):
                    continue
            kept.append(hit)
        facts.partners = kept


def no_events_with_bodies(drafts: list[Draft]) -> list[Draft]:
    """The drafts without a visit or meeting whose partner is an organisation or institution
    ("Wali Kota Makassar menerima kunjungan delegasi UNDP ... membahas kerja sama"): a body's
    call is no record of a local government's foreign cooperation; what it signs is."""
    # nor is a body ever a sister city: only governments twin ("KBRI ... menjalin kerja sama
    # dengan Universitas ...", told beside a sister city: the embassy's, real33's first sight)
    return [
        d
        for d in drafts
        if not (d.partner_kind in _BODY_KINDS and (d.type in _EVENTS or d.type == "sister_city"))
    ]


# A group of envoys or delegations from many countries touring together: "Sebanyak 17 delegasi
# internasional dari 12 negara", "ambassadors from several countries".
_GROUP_OF_ENVOYS = re.compile(
    r"\b(?:\d+|sejumlah|belasan|puluhan|dozens of|several|a group of)\s+"
    r"(?:delegasi|duta besar|dubes|diplomat|perwakilan|ambassadors|envoys|diplomats|delegates|"
    r"delegations)(?:\s+(?:internasional|asing|negara sahabat|international|foreign))?\s+"
    r"(?:dari|from)\s+(?:\d+|sejumlah|berbagai|belasan|puluhan|several|various|many)\s+"
    r"(?:negara|countries|nations)\b",
    re.I,
)


def envoys_on_a_group_tour(all_facts: list[Facts]) -> None:
    """Where the article tells a group of envoys from many countries touring the region
    together ("17 delegasi internasional dari 12 negara ... Duta Besar Thailand yang mengunjungi
    Gunung Ijen"), one envoy's part in the tour is no bilateral call: his country is no partner
    of a visit or meeting. What a country signs in such a story is still its record."""
    if not any(_GROUP_OF_ENVOYS.search(f.sentence.text) for f in all_facts):
        return
    for facts in all_facts:
        kinds = {t[0] for t in facts.types}
        if kinds and not kinds <= _EVENTS:
            continue
        text = facts.sentence.text
        kept = []
        for hit in facts.partners:
            # "Duta Besar Thailand Prapan Disyatat": the hit may span the title and the name
            at = text.find(hit.ref.name, hit.start, hit.end)
            at = hit.start if at < 0 else at
            if hit.ref.kind == "country" and ENVOY_BEFORE.search(text[max(0, at - 80) : at]):
                continue
            kept.append(hit)
        facts.partners = kept


# A country's delegation led by the head of a company, centre or school: "Delegasi Tiongkok
# dipimpin Direktur Hangzhou ... Center", "the Korean delegation led by the CEO of ...".
_LED_BY_A_BODY = re.compile(
    r"\b(?:delegasi|rombongan|delegation)\s+(?:dari\s+|of\s+)?[A-Z][^.;:]{1,40}?\s+"
    r"(?:yang\s+)?(?:dipimpin|diketuai|led by|headed by)\s+(?:oleh\s+)?(?:the\s+)?"
    r"(?:Direktur|Presiden Direktur|Direktur Utama|Dirut|CEO|Chairman|Chief Executive|Director|"
    r"Managing Director|General Manager|Rektor|Rector|Manajer)\b",
    re.I,
)


def delegations_of_bodies(all_facts: list[Facts]) -> None:
    """A country whose "delegation" the article shows led by the head of a company, research
    centre or school is that body's, not the country's government: no partner of a visit or
    meeting (what the country itself signs is still its record)."""
    theirs: set[str] = set()
    for facts in all_facts:
        for m in _LED_BY_A_BODY.finditer(facts.sentence.text):
            theirs |= {
                partner_key(h.ref)
                for h in facts.partners
                if h.ref.kind == "country" and m.start() <= h.start < m.end()
            }
    if not theirs:
        return
    for facts in all_facts:
        kinds = {t[0] for t in facts.types}
        if kinds and not kinds <= _EVENTS:
            continue
        facts.partners = [h for h in facts.partners if partner_key(h.ref) not in theirs]


# Indonesia's own mission abroad as the one who meets: "KUAI KBRI Tokyo ... melakukan serangkaian
# pertemuan dengan Gubernur ...", "the Indonesian Consul General met the Mayor of ...".
_OUR_MISSION = re.compile(
    r"\b(?:KBRI|KJRI|Kedutaan Besar Republik Indonesia|Konsulat Jenderal Republik Indonesia|"
    r"Indonesian (?:Embassy|Consulate(?: General)?|Ambassador|Consul(?: General)?))\b"
)


_NATION = re.compile(r"(?:Indonesia|RI|Republik Indonesia)\b")
_SIGNED = {"loi", "mou", "agreement", "sister_city"}


def our_missions_calls(all_facts: list[Facts]) -> None:
    """A foreign government met only by Indonesia's own embassy or consulate, in a sentence that
    names no Indonesian local government, is the nation's diplomacy, no record of a local
    government: no partner of that visit or meeting."""
    for facts in all_facts:
        text = facts.sentence.text
        kinds = {t[0] for t in facts.types}
        if not kinds & _EVENTS or kinds & _SIGNED or not _OUR_MISSION.search(text):
            continue
        # "kerjasama Indonesia – Jepang": the nation named is no local government
        if all(_NATION.match(text, at) for at, _ in facts.parties):
            facts.partners = []
    for facts in all_facts:
        # "mengundang walikota di Indonesia untuk menjadi anggota Mayors for Peace": members
        # sought among a nation's mayors at large, no local government of ours joining
        kinds = {t[0] for t in facts.types}
        text = facts.sentence.text
        nation_only = all(_NATION.match(text, at) for at, _ in facts.parties)
        if kinds == {"membership"} and facts.parties and nation_only:
            facts.partners = []


# The next word of a longer proper name after a hit ("Pemerintah Daerah Hang Tuah Jaya"); not a
# kind or office word that ends the name ("Pemerintah Kota Busan Metropolitan", "City of Osaka
# Government").
_NAME_GOES_ON = re.compile(r"[ \t]+(?-i:[A-Z][a-z]\w*)")
_ENDS_A_NAME = re.compile(
    r"^(?:Metropolitan|City|Municipal|Municipality|Council|Government|Prefecture|Prefectural|"
    r"Province|Provincial|State|Region|Regional|District|County|Shire|Town|Senate|Mayor|"
    r"Governor|Office|Kota|Provinsi|Negeri|Special|Capital|Raya|"
    # the day or month of the event right after the name ("delegasi Kota Guilin Selasa (8/7)")
    r"Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
    r"November|Desember|January|February|March|May|June|July|August|October|December)$"
)


# A government's own office before its name; not its people ("Ketua Komite Rakyat Hanoi Tran Sy
# Thanh", "delegasi Kota X Li Wei"), whose names run on after the place's.
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:Pemerintah(?:an)?|Pemkot|Pemprov|Pemkab|Government|Municipal Government|City Council|"
    r"Dewan Kota|Kerajaan Negeri|Maj(?:e)?lis (?:Perbandaran|Bandaraya|Daerah)|Dewan Bandaraya)"
    r"\s+(?:(?:dari|of)\s+)?" + KIND + r"$",
    re.I,
)


def _after_an_office(text: str, start: int) -> bool:
    """An office of a government is told right before the name, or the hit begins with one
    ("Pemerintah Daerah Hang" as the hit's own kind words)."""
    lead = KIND_LEAD.match(text, start)
    return bool(_GOVERNMENT_BEFORE.search(text[: lead.end() if lead else start]))


def heads_of_longer_names(all_facts: list[Facts]) -> None:
    """A place named right after an office of a government but only as the first word(s) of a
    longer name ("antara Pemerintah Kota Bontang dan Pemerintah Daerah Hang Tuah Jaya": real20,
    where the gazetteer knows a "Hang" in China) is not that place: the office is the longer
    name's, which the gazetteer does not know. Another place right after is an address."""
    for facts in all_facts:
        text = facts.sentence.text
        starts = {h.start for h in facts.partners}
        kept: list[PartnerHit] = []
        for hit in facts.partners:
            more = _NAME_GOES_ON.match(text, hit.end)
            if (
                more is not None
                and _after_an_office(text, hit.start)
                and more.end() - len(more.group(0).lstrip()) not in starts
                and not _ENDS_A_NAME.match(more.group(0).strip())
            ):
                continue
            kept.append(hit)
        facts.partners = kept


# A place told as a company's home: "the Perth company Offshore Staff Solutions" (real21), "a
# Townsville-based firm", "perusahaan asal Townsville".
_COMPANY_AFTER = re.compile(
    r"^(?:-based|\s+based)?\s+(?:company|companies|firm|firms|business(?:es)?|start-?ups?|"
    r"corporation|enterprise|exporters?|importers?|investors?)\b",
    re.I,
)
_COMPANY_BEFORE = re.compile(
    r"\b(?:perusahaan|korporasi|investor|eksportir|importir)(?:\s+(?:asal|dari|dari kota))?\s+"
    r"(?:Kota\s+)?$",
    re.I,
)


def company_homes(all_facts: list[Facts]) -> None:
    """A place named only as a company's home is no partner of that sentence: the company
    is (and a company is never a local government's partner in the expected records)."""
    for facts in all_facts:
        text = facts.sentence.text
        facts.partners = [
            h
            for h in facts.partners
            if not (_COMPANY_AFTER.match(text[h.end :]) or _COMPANY_BEFORE.search(text[: h.start]))
        ]
