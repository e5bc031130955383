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

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.record_mentions import partner_key

_PLACE_KINDS = ("city", "province", "country", "region")
_TIES = set(lexicon.AGREEMENT_CLASS) - {"membership"}
_EVENTS = set(lexicon.EVENT_CLASS)
_DOCUMENTS = {"loi", "mou", "agreement", "sister_city"}
# Words naming a place's kind between an office or cue and the name ("Pemerintah Kota X").
_KIND = (
    r"(?:(?:Pemerintah|Pemkot|Pemprov|Pemkab|Kota|Provinsi|Kabupaten|Prefektur|Negara Bagian|"
    r"Distrik|Otoritas Khusus|Wilayah|Daerah|Metropolitan|Kerajaan|Negeri|Bandar(?:a)?raya|"
    r"(?:\w+\s+)?(?:city|town|village|district|regency|shire|state|province|prefecture|county|"
    r"municipality|government) of|the)"
    r"[\s/]+)*"
)
# The kind words a hit may begin with ("Pemerintah Kota Brisbane"): read as before the name.
_KIND_LEAD = re.compile(_KIND, re.I)
# A head of a foreign government right before the name ("Wali Kota Gurye", "Mayor of Busan",
# "Presiden Majelis Perbandaran Tawau", "City Councilor Baguio").
_HEAD_BEFORE = re.compile(
    r"\b(?:Wakil\s+|Deputy\s+|Vice[\s-]+|Penjabat\s+|Pj\.?\s+|Acting\s+)?(?:Wali\s?kota|"
    r"Walikota|Gubernur|Bupati|Mayor|Governor|Regent|Premier|Chief Minister|Ketua Menteri|"
    r"Menteri Besar|Lord Mayor|Datuk Bandar|Presiden|President|Chief Executive|Deputi|Councill?or|"
    r"Alderman|"
    r"(?:City|County|Municipal) Councill?or)\s+(?:(?:of|dari)\s+)?(?:(?-i:[a-z]\w+)\s+)?"
    r"(?:(?:Maj(?:e)?lis|Dewan)\s+(?:Perbandaran|Bandaraya|Daerah|Kota)\s+)?" + _KIND + r"$",
    re.I,
)
# An office of a foreign government, or its people travelling ("Pemerintah Kota X", "City of
# X", "Kerajaan Negeri Selangor", "delegasi Kota X", "rombongan dari Provinsi X", "Ministry of
# Foreign Affairs of Japan").
_OFFICE_BEFORE = re.compile(
    r"\b(?:(?:Pemerintah(?:an)?|Pemkot|Pemprov|Pemkab|Government|"
    r"Municipal Government|City Council|Dewan Kota|Parlemen|Parliament|Kerajaan Negeri|"
    r"Maj(?:e)?lis (?:Perbandaran|Bandaraya|Daerah)|Dewan Bandaraya|"
    r"Ministry of [\w ]{3,40}? of|Foreign Ministry of|Kementerian(?: (?-i:[A-Z]\w+)){1,4}|"
    r"delegasi|delegation(?:s)?|rombongan|rombongn|perwakilan|representatives?|utusan"
    r")\s+(?:(?:dari|from|of|by)\s+)?"
    r"|(?:kunjungan(?: kerja| resmi| balasan)?|visit)\s+(?:dari|from|by)\s+)" + _KIND + r"$",
    re.I,
)
# A visit made to a place its kind word names as a government ("kunjungan kerja ke Kota
# Lankaran", "mengunjungi Prefektur Kochi"): never a bare name ("ke Tokyo" is where).
_VISIT_TO = re.compile(
    r"\b(?:kunjungan|berkunjung|mengunjungi|kunker|lawatan|visit\w*)\b(?:\s+\w+){0,3}?"
    r"\s+(?:\([^()]{1,12}\)\s+)?(?:(?:ke|to|dari|from)\s+)?"
    r"(?:Pemerintah\s+|Pemkot\s+|Pemprov\s+|the\s+)?(?:Kota|Provinsi|Kabupaten|Prefektur|"
    r"Negara Bagian|Distrik(?:/Otoritas Khusus)?|Otoritas Khusus|city of|province of|"
    r"prefecture of|state of)\s+$",
    re.I,
)
# A Malaysian state's or Thai province's government: "Kerajaan Terengganu" (not a kingdom's
# name before a country: "Kerajaan Arab Saudi" is the country itself).
_REALM_BEFORE = re.compile(r"\bKerajaan\s+(?:Negeri\s+)?$")
# The same after the name: "Seoul Mayor", "Gurye County Mayor", "Guangzhou's delegation",
# "Busan Metropolitan City Government".
_OFFICE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:Metropolitan|City|County|Prefectural|Provincial|State|Municipal|"
    r"Regional|Territory)\s+)*(?:Mayor|Governor|Government|Council|delegation|Deputy Mayor|"
    r"Vice Mayor|Vice Governor|Regent|Premier|officials)\b"
    r"|^\s+(?:sent|dispatched|mengirim(?:kan)?|mengutus)\s+(?:a\s+|sebuah\s+)?(?:delegation|delegasi|"
    r"rombongan)",
    re.I,
)
_OWN_OFFICE = re.compile(
    r"\s(?:(?:City|Municipal|County|Metropolitan)\s+)*(?:Council|Government)\b"
)
# A foreign envoy: "Duta Besar Jepang", "Konsul Jenderal Australia", "Ambassador of France".
_ENVOY_BEFORE = re.compile(
    r"\b(?:Duta Besar|Dubes|Kedutaan Besar|Kedubes|Konsul(?:at)? Jenderal|Konjen|Konsulat|"
    r"Konsul|Ambassador|Embassy|Consul(?:ate)?(?: General)?|Trade Commissioner|Trade Office|"
    r"Kantor Dagang(?: dan Ekonomi)?|Atase\s+\w+)"
    r"(?:\s+Luar Biasa dan Berkuasa Penuh)?(?:\s*\([A-Z]+\))?\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:Republik|Republic of|Kerajaan|Kingdom of|Negara|Federal|Federasi|Demokratik|Rakyat|"
    r"Persatuan)\s+)*$",
    re.I,
)
_ENVOY_TITLE = re.compile(
    r"\b(?:Duta Besar|Dubes|Konsul|Konjen|Ambassador|Consul|Trade Commissioner|Atase)", re.I
)
_ENVOY_AFTER = re.compile(
    r"^(?:['’]s|n)?\s+(?:Ambassador|Embassy|Consul(?:ate)?(?: General)?|Trade Office)\b", re.I
)
# Not its envoy: a past post ("mantan Dubes Turki").
_NOT_ITS_ENVOY = re.compile(r"\b(?:mantan|eks|former|ex)[\s-]+$", re.I)
# Only quoted: '"...," kata Duta Besar Australia' speaks of a tie, it does not call.
_QUOTED = re.compile(
    r"\b(?:kata|ujar|ungkap|tutur|jelas|sebut|imbuh|tambah|said|says|added|according to)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
# The seat of an Indonesian mission: "Konsul RI di Darwin", "KJRI Perth", "Dubes RI untuk
# Kroasia", "Indonesian Consulate General in Sydney", "KBRI di Moskow", "Konsulat RI di".
_INDONESIAN_SEAT = re.compile(
    r"\b(?:KBRI|KJRI|KRI|RI|R\.I\.|Republik Indonesia|Indonesia|Indonesian"
    r"(?:\s+(?:Embassy|Consulate(?: General)?|Consul(?: General)?|Ambassador|Mission))?)"
    r"(?:\s*\((?:KBRI|KJRI|KRI)\))?\s+(?:(?:di|in|at|untuk|to|for|bagi)\s+)?$"
)
# A counterpart named as one of a document's or tie's parties: "dengan Kota X", "with X",
# "sister city Busan", "kota kembar X", a list after "seperti", "yaitu", "such as".
_PARTY_CUE = re.compile(
    r"(?:\b(?:dengan|with|antara|between|bersama|and|dan|serta|kota kembar|kota bersaudara|"
    r"kota saudara|provinsi kembar|sister[\s-](?:city|province|state|cities)|twin(?:ned)?"
    r"(?: city| town)?|friendship city|mitra|partner(?: city)?|pihak|seperti|yakni|yaitu|"
    r"antara lain|termasuk|including|such as|like|namely|salah satunya|di antaranya|"
    r"diantaranya|misalnya|contohnya|for example|for instance|menggandeng|merangkul|menggaet|"
    r"kepada|terdiri (?:dari|atas)|consist(?:s|ing)? of|LoI|MoU|letter of intent|nota kesepahaman)"
    r"|&|:)\s+"
    r"(?:(?:the|pihak)\s+)?" + _KIND + r"$"
    # "kota kembar dengan salah satu kota di negara sahabat, Kamboja": a city of that country
    r"|\b(?:dengan|with)\s+(?:salah satu\s+|a\s+|one\s+)?(?:kota|provinsi|daerah|city|province|"
    r"region)\b[^.;,]{0,30}?\b(?:di|in|of|dari|from)\s+(?:negara(?:\s+\w+)?,?\s+)?$",
    re.I,
)
# The tie told after the name: "X menjadi sister city ...", "X's sister city", "X, kota kembar".
_TIE_AFTER = re.compile(
    r"^(?:['’]s)?[\s,]+(?:(?:telah|resmi|kini|juga|sudah|yang|which|that|has|have|is|was|became|"
    r"becomes?|menjadi|jadi|sebagai|as|its|our)\s+)*(?:(?-i:[A-Z]\w+)['’]s\s+)?(?:\w+\s+)?"
    r"(?:sister[\s-](?:city|province|state)|kota kembar|"
    r"kota bersaudara|twin(?:ned)?|friendship city|mitra)",
    re.I,
)
_PAIR = re.compile(r"\b(?:antara|between)\b[^,;.]{0,60}\b(?:dan|and|&)\s+" + _KIND + r"$", re.I)
# Between two items of one list: ", ", " dan ", " and ", " serta ", a year in brackets, the
# item's country ("Fortworth in the US, Braunschweig"), its year ("sejak 1997 dan Busan"), an
# envoy's title repeated ("Dubes Arab Saudi, Dubes Amerika Serikat dan Dubes Singapura").
_LIST_GAP = re.compile(
    r"\)?(?:\s*,?\s*(?:(?:in|di|of)\s+)?(?:the\s+)?(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,2})?"
    r"(?:\s*(?:sejak|since|pada|in|tahun)\s+(?:tahun\s+)?\d{4})?"
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:(?:dan|and|serta)\s+)?|;\s*|(?:dan|and|serta|&|hingga)\s+)"
    r"(?:(?:the|pihak|Dubes|Duta Besar|Konsul Jenderal|Konjen|Ambassador of)\s+)?" + _KIND,
    re.I,
)
_ITEM = re.compile(
    r"(?<![\w’'.-])(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,2}(?:"
    + _LIST_GAP.pattern
    + r")$",
    re.I,
)
_NAME_COMMA = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:on|de|del|am|upon|[A-Z][\w’'.-]*))*\s*,\s*$")
_TIE_WITH = re.compile(
    r"[^.;:]{0,100}?\b(?:bekerja ?sama|kerja ?sama|kerjasama|menjalin|bermitra|sister city|"
    r"kota kembar|cooperat\w+|partner\w*|twin\w*)\b[^.;:]{0,30}?\b(?:dengan|with)\s+" + _KIND,
    re.I,
)
_AND_THEN = re.compile(r"[^.;:]*?\b(?:dan|and|&)\s+" + _KIND, re.I)
# "Ambon-Darwin", "Kupang - Palmerston": the pair told by a dash after the local party.
_DASH = re.compile(r"[-–]\s*$")


def _listed_country(facts: Facts, hit: PartnerHit) -> bool:
    """Whether a country stands in a list of countries ("Arab Saudi, Amerika Serikat, Singapura
    dan Turki"): a list says where, or whom in general, never one government acting."""
    if hit.ref.kind != "country":
        return False
    text = facts.sentence.text
    spans = [(h.start, h.end) for h in facts.partners if h.ref.kind == "country" and h is not hit]
    spans += [(at, at + len(name)) for _, name, at in facts.countries if at != hit.start]
    for start, end in spans:
        gap = text[end : hit.start] if end <= hit.start else text[hit.end : start]
        if _LIST_GAP.fullmatch(gap):
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
    address = _NAME_COMMA.search(text[max(0, hit.start - 40) : hit.start])
    return any(
        local(name)
        and where >= hit.end
        and (
            where - hit.end <= 60
            and _AND_THEN.fullmatch(text[hit.end : where])
            # "Kota Yekaterinburg, Rusia menyatakan keinginannya menjalin kerja sama dengan
            # Kota Bandung": the subject of a tie with the local party (not its address)
            or not address
            and _TIE_WITH.fullmatch(text[hit.end : where])
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
    if cues is _PARTY_CUE and (
        _TIE_AFTER.match(text[hit.end : hit.end + 60]) or _before_local(facts, hit, local)
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
        if pairs and _PAIR.search(before):
            return True
        dash = _DASH.search(before)
        if cues is _PARTY_CUE and dash and _after_local(facts, start - len(dash.group(0)), local):
            return True
        previous = next((h for h in earlier if h.end <= start), None)
        if previous is not None and _LIST_GAP.fullmatch(text[previous.end : start]):
            start = previous.start
            continue
        # an item the gazetteer lacks ("like Fortworth in the US, Braunschweig")
        item = _ITEM.search(text[max(0, start - 80) : start])
        if item is None:
            return False
        start -= len(item.group(0))
        if any(where == start for where, _ in facts.parties):
            return False  # "antara Kalbar dan Malaysia": an Indonesian party, not a list item


# A meeting or visit held with a place: only "dengan/with" name it the counterpart.
_EVENT_CUE = re.compile(
    r"\b(?:dengan|with|bersama|antara|between)\s+(?:(?:the|pihak)\s+)?" + _KIND + r"$", re.I
)
# Sent to or come from a place its kind word names as a government ("pertukaran pelajar ke Kota
# Ichikawa", "Salah satunya dari Kota Yokohama"): never a bare name ("ke Tokyo" is where).
_TOWARDS = re.compile(
    r"\b(?:ke|to|dari|from)\s+(?:Pemerintah\s+|Pemkot\s+|Pemprov\s+|the\s+)?(?:Kota|Provinsi|"
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


def evidence(facts: Facts, hit: PartnerHit, local: Callable[[str], bool]) -> str | None:
    """What in the sentence shows the place's government acting: 'head', 'office', 'envoy',
    'tie', 'met' or None (a bare place, a listed country, an Indonesian mission's seat);
    `local` says whether a party the sentence names ("home" or its name) is the local one."""
    text = facts.sentence.text
    # "Kota Darwin", "Councilor Baguio City": the words before the name are read as before it
    start = text.find(hit.ref.name, hit.start, hit.end)
    if start < 0:
        lead = _KIND_LEAD.match(text, hit.start)
        start = lead.end() if lead and lead.end() < hit.end else hit.start
    before = text[max(0, start - 80) : start]
    after = text[hit.end : hit.end + 60]
    kinds = {t[0] for t in facts.types}
    if _INDONESIAN_SEAT.search(before[-40:]) or _listed_country(facts, hit):
        return None
    envoy = _ENVOY_BEFORE.search(before)
    title_at = start - len(before) + envoy.start() if envoy else start
    person = next((p for p in facts.people if hit.via_person and p.start == hit.start), None)
    if not envoy and hit.ref.kind == "country" and _ENVOY_AFTER.match(after):
        envoy = _ENVOY_AFTER.match(after)
    elif not envoy and person is not None:
        envoy = _ENVOY_TITLE.search(person.title)  # "Konsul Jenderal Zhang Min": his country
    if envoy:
        # an envoy counts calling (a visit or meeting) or as a party ("MoU dengan Kedubes X"),
        # never in a past post ("mantan Dubes Turki") or only quoted
        lead = text[max(0, title_at - 30) : title_at]
        called = kinds & (_EVENTS | _TIES) and not _QUOTED.search(lead)
        return "envoy" if called and not _NOT_ITS_ENVOY.search(lead) else None
    if hit.via_person or _HEAD_BEFORE.search(before):
        return "head"
    if (
        _OFFICE_BEFORE.search(before)
        or _OFFICE_AFTER.match(after)
        or _OWN_OFFICE.search(text[start : hit.end])  # "Miri City Council"
    ):
        return "office"
    if hit.ref.kind != "country" and (
        _REALM_BEFORE.search(before)
        or _VISIT_TO.search(before)
        or kinds
        and _TOWARDS.search(before)
    ):
        return "office"
    # a country paired with the local party in talk of cooperation ("kerja sama antara Kalbar
    # dan Malaysia") is the two nations, not a government acting: only a document pairs them
    pairs = hit.ref.kind != "country" or bool(kinds & _DOCUMENTS)
    if kinds & _TIES and _counterpart(facts, hit, start, _PARTY_CUE, local, pairs):
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
        return "tie"  # "led a delegation to Braunschweig ... to renew the sister city agreement"
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
            if len(gap) <= 60 and not re.search(r"\b(?:dan|and|serta)\b|&|;", gap, re.I):
                return True
    return False


def acting_partners(all_facts: list[Facts], local: Callable[[str], bool]) -> None:
    """Keep the places whose government acts somewhere in the article (see the module
    docstring). Of one country, the country or a region told only in a tie or meeting is a
    more specific acting partner's address, not a second partner: the country wherever the
    article has one, a region where it is named beside it."""
    found: dict[str, set[str]] = {}
    for facts in all_facts:
        for hit in facts.partners:
            if hit.ref.kind in _PLACE_KINDS:
                why = evidence(facts, hit, local)
                found.setdefault(partner_key(hit.ref), set()).update([why] if why else [])
    covered = {
        h.ref.country
        for f in all_facts
        for h in f.partners
        if h.ref.kind in ("city", "province", "region") and found.get(partner_key(h.ref))
    }
    for facts in all_facts:
        for hit in facts.partners:
            why = found.get(partner_key(hit.ref))
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
