"""The partner test: a place is a partner only where the article shows its government acting.

A foreign place becomes a partner when one of its sentences evidences an acting foreign
government: its head or office named ("Wali Kota Gurye", "Governor of Gyeonggi", "Pemerintah
Kota Fukuoka", "the city of Fukuoka's delegation"), a signing or tie told with it ("MoU dengan
Kota Fukuoka", "sister city with Nantes"), or an envoy of its country calling ("Duta Besar
Jepang"). Never enough (issue 23, real11/real12's first sight): a bare place, a place in a list
of countries, the seat of an Indonesian mission ("Konsul RI di Darwin", "KJRI Perth"), a venue,
or a capital or region named beside a more specific acting partner of the same country. When
unsure, no partner: a missed record costs the reviewer less than an invented one.

Organisations and institutions are not places: their own rules (sentence_places.py) stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kerjasama_cli.extract import acting_words as words
from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.country_passes import (
    cities_named,
    explored_countries,
    national_office_received,
)
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.lists import listed_pair
from kerjasama_cli.extract.partner_kinds import (
    bodies_are_no_partners,
    capitals_are_their_region,
    delegations_of_bodies,
    envoys_on_a_group_tour,
    our_missions_calls,
)
from kerjasama_cli.extract.record_mentions import partner_key

_PLACE_KINDS = ("city", "province", "country", "region")
_TIES = set(lexicon.AGREEMENT_CLASS) - {"membership"}
_EVENTS = set(lexicon.EVENT_CLASS)
_DOCUMENTS = {"loi", "mou", "agreement", "sister_city"}


def _listed_country(facts: Facts, hit: PartnerHit) -> bool:
    """Whether a country stands in a list of countries ("Arab Saudi, Amerika Serikat, Singapura
    dan Turki"): a list says where, or whom in general, never one government acting."""
    if hit.ref.kind != "country":
        return False
    text = facts.sentence.text
    # other countries ("Duta Besar Kanada, Jess Dutton, Kanada ...": one country, no list)
    spans = [
        (h.start, h.end)
        for h in facts.partners
        if h.ref.kind == "country" and h.ref.country != hit.ref.country
    ]
    spans += [(at, at + len(name)) for code, name, at in facts.countries if code != hit.ref.country]
    for start, end in spans:
        gap = text[end : hit.start] if end <= hit.start else text[hit.end : start]
        if words.LIST_GAP.fullmatch(gap):
            return True
    return False


# What may stand between the local party's name and its pair: its address ("Pemerintah Kota
# Jayapura, Provinsi Papua, dan ...", "Kota Kupang (NTT) dan ...").
_ADDRESS_TAIL = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*[\w .’'-]{0,40}?,\s*)?")


_NAME_RUN = re.compile(r"[A-Z][\w’'.]*(?:\s+(?:[A-Z][\w’'.]*|of))*")


def _after_local(facts: Facts, at: int, local: Callable[[str], bool]) -> bool:
    """ "Pemerintah Kota Denpasar dan Mossel Bay", "Kota Kembar Siak dan Terengganu",
    "Ambon-Darwin": the name right after the local party is its pair."""
    text = facts.sentence.text
    for where, name in facts.parties:
        run = _NAME_RUN.match(text, where)  # the name as written ("home" is the home's)
        end = run.end() if run else where
        if local(name) and end <= at and _ADDRESS_TAIL.fullmatch(text[end:at]):
            return True
    return False


def _before_local(facts: Facts, hit: PartnerHit, local: Callable[[str], bool]) -> bool:
    """ "Queensland and Central Java signed", "LoI Kota Kisarazu, Prefektur Chiba, Jepang dan
    Kota Bogor": the name right before the local party is its pair."""
    text = facts.sentence.text
    # "Kota Rostov on Don, Moskow, Rusia": a name right after another and a comma is its address
    address = words.NAME_COMMA.search(text[max(0, hit.start - 40) : hit.start])
    return any(
        local(name)
        and where >= hit.end
        and (
            where - hit.end <= 60
            and words.AND_THEN.fullmatch(text[hit.end : where])
            # "Kota Yekaterinburg, Rusia menyatakan keinginannya menjalin kerja sama dengan
            # Kota Bandung": the subject of a tie with the local party (not its address)
            or not address
            and words.TIE_WITH.fullmatch(text[hit.end : where])
        )
        for where, name in facts.parties
    )


def _counterpart(
    facts: Facts,
    hit: PartnerHit,
    start: int,
    cues: re.Pattern[str],
    local: Callable[[str], bool],
    pairs: bool = True,
) -> bool:
    """Whether the sentence names the place as a party of what it tells: a cue before it (or
    before the list it stands in, walking back over the list), or the tie said after it."""
    text = facts.sentence.text
    if cues is words.PARTY_CUE and (
        words.TIE_AFTER.match(text[hit.end : hit.end + 60]) or _before_local(facts, hit, local)
    ):
        return True
    earlier = sorted((h for h in facts.partners if h.end <= start), key=lambda h: -h.end)
    while True:
        before = text[max(0, start - 60) : start]
        cue = cues.search(before)
        if cue:
            joined = re.match(r"(?:and|dan|serta|&)\b", cue.group(0), re.I)
            # "dan"/"and" alone joins a list; after the local party it names the pair
            if not joined or pairs and _after_local(facts, start - len(cue.group(0)), local):
                return True
        if pairs and words.PAIR.search(before):
            return True
        dash = words.DASH.search(before)
        if (
            cues is words.PARTY_CUE
            and dash
            and _after_local(facts, start - len(dash.group(0)), local)
        ):
            return True
        previous = next((h for h in earlier if h.end <= start), None)
        if previous is not None and words.LIST_GAP.fullmatch(text[previous.end : start]):
            start = previous.start
            continue
        # an item the gazetteer lacks ("like Fortworth in the US, Braunschweig")
        item = words.ITEM.search(text[max(0, start - 80) : start])
        if item is None:
            return False
        start -= len(item.group(0))
        if any(where == start for where, _ in facts.parties):
            return False  # "antara Kalbar dan Malaysia": an Indonesian party, not a list item


# A meeting or visit held with a place: only "dengan/with" name it the counterpart.
_EVENT_CUE = re.compile(
    r"\b(?:dengan|with|bersama|antara|between)\s+(?:(?:the|pihak)\s+)?" + words.KIND + r"$", re.I
)
# Sent to or come from a place its kind word names as a government ("pertukaran pelajar ke Kota
# Ichikawa", "Salah satunya dari Kota Yokohama"): never a bare name ("ke Tokyo" is where).
_TOWARDS = re.compile(
    r"\b(?:ke|to|dari|from|melalui|through|via)\s+(?:Pemerintah\s+|Pemkot\s+|Pemprov\s+|the\s+)?"
    r"(?:Kota|Provinsi|"
    r"Kabupaten|Prefektur|Negara Bagian|Distrik(?:/Otoritas Khusus)?|Otoritas Khusus|city of|"
    r"province of|prefecture of|state of)\s+$",
    re.I,
)


# A trip to the place ("berkunjung ke Ipoh", "led a delegation to Braunschweig"), which alone
# only says where (real4's Baku): it counts with the place's head met there, or a tie the trip
# is for that names no other counterpart.
_TRIP_TO = re.compile(
    r"\b(?:kunjungan|berkunjung|mengunjungi|kunker|lawatan|delegasi|delegation|visit\w*|trip|"
    r"travel\w*)\b[^.;]{0,40}?\b(?:ke|to)\s+$|\b(?:mengunjungi|visited|visiting)\s+$",
    re.I,
)
_MEETS_HEAD = re.compile(
    r"^[^.;]{0,80}?\b(?:bertemu|menemui|met|meets|meeting|disambut|diterima|received by|"
    r"welcomed by)\s+(?:dengan\s+|with\s+)?(?:the\s+)?(?:Wakil\s+|Deputy\s+|Vice\s+)?"
    r"(?:Wali\s?kota|Walikota|Mayor|Gubernur|Governor|Datuk Bandar|Lord Mayor)\b",
    re.I,
)


# A place held up as a yardstick or a likeness in its clause, not a party: "belajar pengelolaan
# sampah seperti Singapura", "setara dengan kota-kota besar dunia, salah satunya Osaka", "memiliki
# kemiripan dengan Brisbane", "to learn from Singapore", "on a par with Tokyo".
_COMPARED = re.compile(
    r"\b(?:setara|sejajar|selevel|sekelas|seperti halnya|sebagaimana|layaknya|bagaikan|mirip|"
    r"kemiripan|kesamaan|persamaan|menyerupai|mencontoh|meniru|belajar(?: dari)?|berkaca|"
    r"compared? (?:to|with)|comparable|similar(?:ity|ities| to)|resembl\w+|on a par|on par|"
    r"learn(?:ing|ed)? "
    r"from|emulat\w+|modell?ed on)\b[^.;:!?]*$",
    re.I,
)
# A place given as an example of what someone could do, not a party: "if you want to make
# cooperation with Seoul DPRD for instance", "kalau mau kerja sama dengan Busan misalnya". The
# condition before and the example mark right after, both: "Kota Wewak, misalnya, ..." alone
# names a real partner.
_IF_BEFORE = re.compile(
    r"\b(?:if|jika|kalau|apabila|bila|seandainya|andaikan|andai)\b[^.;:!?\"“”]*$", re.I
)
_EXAMPLE_AFTER = re.compile(
    r"[^.;:!?]{0,24}?\b(?:for instance|for example|misalnya|contohnya|umpamanya)\b", re.I
)
# The mark of a list's item, then the place's kind word: "- Provinsi ", "• ", "2. Kota ".
_ITEM_START = re.compile(r"\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+" + words.KIND, re.I)


def evidence(facts: Facts, hit: PartnerHit, local: Callable[[str], bool]) -> str | None:
    """What in the sentence shows the place's government acting: 'head', 'office', 'envoy',
    'tie', 'met' or None (a bare place, a listed country, an Indonesian mission's seat);
    `local` says whether a party the sentence names ("home" or its name) is the local one."""
    text = facts.sentence.text
    # "Kota Darwin", "Councilor Baguio City": the words before the name are read as before it
    start = text.find(hit.ref.name, hit.start, hit.end)
    if start < 0:
        lead = words.KIND_LEAD.match(text, hit.start)
        start = lead.end() if lead and lead.end() < hit.end else hit.start
    before = text[max(0, start - 80) : start]
    after = text[hit.end : hit.end + 60]
    kinds = {t[0] for t in facts.types}
    if words.INDONESIAN_SEAT.search(before[-40:]) or _listed_country(facts, hit):
        return None
    if _IF_BEFORE.search(before) and _EXAMPLE_AFTER.match(text, hit.end):
        return None  # "if you want ... with Seoul DPRD for instance": an example, no party
    envoy = words.ENVOY_BEFORE.search(before)
    title_at = start - len(before) + envoy.start() if envoy else start
    person = next((p for p in facts.people if hit.via_person and p.start == hit.start), None)
    if not envoy and hit.ref.kind == "country" and words.ENVOY_AFTER.match(after):
        envoy = words.ENVOY_AFTER.match(after)
    elif not envoy and person is not None:
        envoy = words.ENVOY_TITLE.search(person.title)  # "Konsul Jenderal Zhang Min": his country
    if envoy:
        # an envoy counts calling (a visit or meeting) or as a party ("MoU dengan Kedubes X"),
        # never in a past post ("mantan Dubes Turki") or only quoted
        lead = text[max(0, title_at - 30) : title_at]
        called = kinds & (_EVENTS | _TIES) and not words.QUOTED.search(lead)
        return "envoy" if called and not words.NOT_ITS_ENVOY.search(lead) else None
    if hit.via_person or words.HEAD_BEFORE.search(before):
        return "head"
    if hit.ref.kind == "country" and national_office_received(text, start):
        return "office"  # "Wakil Menteri Luar Negeri dan Perdagangan PNG": its government
    if (
        words.OFFICE_BEFORE.search(before)
        or words.OFFICE_AFTER.match(after)
        or words.OWN_OFFICE.search(text[start : hit.end])  # "Miri City Council"
    ):
        return "office"
    if hit.ref.kind != "country" and (
        words.REALM_BEFORE.search(before)
        or words.VISIT_TO.search(before)
        or kinds
        and _TOWARDS.search(before)
    ):
        return "office"
    if _COMPARED.search(text[max(0, start - 100) : start]):
        return None  # "setara dengan kota-kota besar dunia, salah satunya Osaka": a yardstick
    if kinds & _TIES and _ITEM_START.fullmatch(text[:start]):
        return "tie"  # "- Provinsi Zhejiang – RRT bidang ...": the item of a list of ties
    # a country paired with the local party in talk of cooperation ("kerja sama antara Kalbar
    # dan Malaysia") is the two nations, not a government acting: only a document pairs them
    pairs = hit.ref.kind != "country" or bool(kinds & _DOCUMENTS)
    if kinds & _TIES and _counterpart(facts, hit, start, words.PARTY_CUE, local, pairs):
        return "tie"
    trip = _TRIP_TO.search(before)
    if trip and _MEETS_HEAD.search(after + text[hit.end + 60 : hit.end + 160]):
        return "head"  # "Dalam kunjungan ke Moscow itu, Djarot bertemu Wali Kota Sobyanin"
    alone = all(partner_key(h.ref) == partner_key(hit.ref) for h in facts.partners)
    if (
        trip
        and alone
        and kinds & _TIES
        and not re.search(r"\b(?:dengan|with)\b", text[hit.end :], re.I)
    ):
        return "trip"  # "led a delegation to Braunschweig ... to renew the sister city agreement"
    if kinds & _EVENTS and _counterpart(facts, hit, start, _EVENT_CUE, local):
        return "met"
    return None


_OWN = {"head", "office", "envoy"}  # a government acting in its own name


def _beside(facts: Facts, hit: PartnerHit, found: dict[str, set[str]]) -> bool:
    """Whether a region is named beside a more specific acting partner of its country in the
    sentence ("Darwin, Ibu Kota Negara Bagian Australia Utara (Northern Territory)", "Kota
    Rostov, Moskow"): its address, not a list's next item ("Los Angeles and the state of
    Arkansas")."""
    text = facts.sentence.text
    for other in facts.partners:
        if (
            other.ref.kind == "city"
            and other.ref.country == hit.ref.country
            and found.get(partner_key(other.ref))
        ):
            gap = (
                text[other.end : hit.start]
                if other.end <= hit.start
                else text[hit.end : other.start]
            )
            first, second = (other, hit) if other.end <= hit.start else (hit, other)
            if (
                len(gap) <= 60
                and not re.search(r"\b(?:dan|and|serta)\b|&|;", gap, re.I)
                and not listed_pair(first, second, facts.partners, text)
            ):
                return True
    return False


def acting_partners(all_facts: list[Facts], local: Callable[[str], bool]) -> None:
    """Keep the places whose government acts somewhere in the article (see the module
    docstring). Of one country, the country or a region told only in a tie or meeting is a
    more specific acting partner's address, not a second partner: the country wherever the
    article has one, a region where it is named beside it."""
    capitals_are_their_region(all_facts)
    envoys_on_a_group_tour(all_facts)
    delegations_of_bodies(all_facts)
    our_missions_calls(all_facts)
    found: dict[str, set[str]] = {}
    # "menjajaki kerja sama dengan sejumlah negara seperti Latvia dan Estonia": each country a
    # party of its exploration, unless the article names the city it offers (country_passes)
    offered = cities_named(all_facts)
    explored = {
        (id(f), start)
        for f in all_facts
        for code, _, start in explored_countries(f)
        if code not in offered
    }
    for facts in all_facts:
        for hit in facts.partners:
            if hit.ref.kind == "country" and (id(facts), hit.start) in explored:
                found.setdefault(partner_key(hit.ref), set()).add("tie")
            elif hit.ref.kind in _PLACE_KINDS:
                why = evidence(facts, hit, local)
                found.setdefault(partner_key(hit.ref), set()).update([why] if why else [])
    covered = {
        h.ref.country
        for f in all_facts
        for h in f.partners
        if h.ref.kind in ("city", "province", "region") and found.get(partner_key(h.ref))
    }
    # "kunjungan gubernur ke Brisbane untuk menandatangani perjanjian" in a Queensland story: a
    # city only travelled to, where a region of its country acts, is where, not a second partner
    regions = {
        h.ref.country
        for f in all_facts
        for h in f.partners
        if h.ref.kind in ("province", "region") and found.get(partner_key(h.ref))
    }
    for facts in all_facts:
        for hit in facts.partners:
            why = found.get(partner_key(hit.ref))
            if why == {"trip"} and hit.ref.kind == "city" and hit.ref.country in regions:
                why.clear()
            if not why or why & _OWN or hit.ref.kind == "city":
                continue
            if (
                hit.ref.kind == "country"
                and hit.ref.country in covered
                or (hit.ref.kind != "country" and _beside(facts, hit, found))
            ):
                why.clear()
    for facts in all_facts:
        facts.partners = [
            h for h in facts.partners if h.ref.kind not in _PLACE_KINDS or found[partner_key(h.ref)]
        ]
    bodies_are_no_partners(all_facts)


_GOVERNMENT_WORDS = re.compile(
    r"^(?:(?:Pemerintah|Pemkot|Pemprov|Pemkab|Kota|Kabupaten|Provinsi)\s+)+"
)


def local_test(local: str, home: str, canonical: Callable[[str], str]) -> Callable[[str], bool]:
    """Whether a party a sentence names ("home", or its name as written: "Provinsi Papua") is
    the article's local party."""

    def test(name: str) -> bool:
        if name == "home":
            return local == home
        bare = _GOVERNMENT_WORDS.sub("", name) or name
        return local in (canonical(name), canonical(bare))

    return test
