"""People named with a title: "Gubernur DKI Jakarta, Pramono Anung", "Wali Kota Shanghai Gong
Zheng", "Seoul Mayor Oh Se-hoon", "Kim Tae-heum, Governor of South Chungcheong"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kerjasama_cli.extract.lexicon import TITLES
from kerjasama_cli.extract.place_words import SURNAMES
from kerjasama_cli.extract.places import STOPWORDS, PartnerRef, country_of
from kerjasama_cli.geo.names import normalise

# A nickname in quotes inside a full name ('Moh. Ramdhan "Danny" Pomanto') is read and dropped.
_WORD = r"(?:[A-Z][\w’'.\-]*|(?:bin|binti|van|von|de|of|al-\w+)\b|[\"“][A-Z][\w’'.\-]*[\"”])"
_CAP = r"[A-Z][\w’'.\-]*"
_TITLE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(t).replace(r"\ ", r"[\s-]+") for t in sorted(TITLES, key=len, reverse=True)
    )
    + r")\b"
)
_AFTER = re.compile(
    rf"\s*(?:of\s+|dari\s+)?(?P<a>{_CAP}(?:\s+{_WORD})*)(?:\s*,\s*(?P<b>{_CAP}(?:\s+{_WORD}){{0,4}}))?"
)
_ENVOY = re.compile(
    rf",?\s+(?:untuk|to|for|in|di)\s+(?:Indonesia|RI|{_CAP}(?:\s+{_CAP})?(?=\s+{_CAP}))\s*,?\s+"
    rf"(?P<n>{_CAP}(?:\s+{_WORD}){{0,4}})"
)
_ENVOYS = re.compile(r"(?:Duta Besar|Dubes|Ambassador|Konsul|Consul|Envoy)")
_BEFORE_PLACE = re.compile(rf"(?P<p>{_CAP}(?:\s+{_CAP}){{0,3}})(?:['’]s)?\s*$")
_NAME_BEFORE = re.compile(
    rf"(?P<n>{_CAP}(?:\s+{_WORD}){{1,4}})(?:\s*,\s*(?:the\s+|sang\s+|selaku\s+)?|"
    # "Kim Soon-ho selaku Wali Kota Gurye": the office told after the name without a comma
    r"\s+(?:selaku|sebagai)\s+)$"
)
_HONORIFIC = re.compile(
    r"^(?:Bapak|Ibu|Pak|Bu|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.?|Hj\.?|Hon\.?|Buya|Kiai|Kyai|Habib|"
    # Indonesian academic and religious titles: "Drs. H. Syamsuar", "Ir. H. Joko", "KH Ahmad"
    r"Drs\.?|Dra\.?|Ir\.?|Prof\.?|KH\.?|HT\.?|dr\.|"
    # Malaysian honorifics: "Tuan Alijus Mohammad Ali", "Datuk Seri ...", "Dato' ..."
    r"Tuan|Datuk|Dato['’]?|Datin|Seri|Tan Sri|YB|YBhg\.?)\s+"
)
# Degrees written after an Indonesian name ("Dr H Firdaus ST MT", "Syamsuar, M.Si"): not the
# name's.
_DEGREE = re.compile(
    r"^(?:(?:S|M|D)\.?\s?(?:T|Si|Sos|H|E|IP|Pd|Ag|Kes|Kom|Sc|A|M|P|Hum|Hut|Ak|Psi|KM|AP)\.?|"
    r"ST|MT|MM|MH|SH|SE|MA|MBA|MPH|MSc|PhD|Ph\.D\.?|Lc|Ak|CA|SKM|MAP|MPA)$"
)
# "Mayor of Sibu Municipal Council, Sibu Sarawak, Mr Clarence Ting": the name after an
# honorific further on, when the words after the title were all the office's.
_HONORED_AFTER = re.compile(
    rf"(?:\s*,\s*{_CAP}(?:\s+{_CAP}){{0,3}})?\s*,\s*(?:Mr|Mrs|Ms|Dr|Bapak|Ibu|Pak|Bu)\.?\s+"
    rf"(?P<n>{_CAP}(?:\s+{_WORD}){{0,4}})"
)
_ALONG = re.compile(r"\s*(?:,\s*)?(?:dan|and|serta)\s+", re.I)
_DEPUTY_TITLE = re.compile(r"(?:Wakil|Vice|Deputy)\b")
_TITLE_CHAIN = re.compile(
    rf"\s+(?:and|dan)\s+[A-Z][^,.]{{2,60}},\s*(?:Mr|Mrs|Ms|Dr|Bapak|Ibu|Pak|Bu)\.?\s+"
    rf"(?P<n>{_CAP}(?:\s+{_WORD}){{0,4}})"
)
_NEXT_NAME = re.compile(rf"\s*,\s*(?P<n>{_CAP}(?:\s+{_WORD}){{1,4}})")
_GLUED = re.compile(r"\b(Mr|Mrs|Ms|Dr)\.(?=[A-Z])")
_BRACKETED = re.compile(r"\((?:[A-Z][\w.\- ]{1,40})\)")
_OF_PLACE = re.compile(rf"\s+of\s+(?P<p>{_CAP}(?:\s+{_CAP}){{0,3}})\s*$")
# Words of an office or a government, never of a person's name ("Sibu Municipal Council").
OFFICE_WORDS = frozenset(
    [
        "municipal",
        "council",
        "city",
        "hall",
        "government",
        "metropolitan",
        "provincial",
        "prefectural",
        "regency",
        "province",
        "prefecture",
        "state",
        "island",
        "district",
        "county",
        "town",
        "village",
        "municipality",
        "special",
        "capital",
        "region",
        "territory",
        "kota",
        "kabupaten",
        "provinsi",
        "pemerintah",
        "pemkot",
        "pemkab",
        "pemprov",
        "bandaraya",
        "bandararaya",
        "majlis",
        "perbandaran",
        "daerah",
        "office",
    ]
)

Resolver = Callable[[str], "PartnerRef | str | None"]


@dataclass(frozen=True)
class PersonMention:
    """A titled person: side is 'home', 'partner', 'local' (another Indonesian government) or
    None when the text does not say; partner is the partner the title names."""

    name: str
    title: str
    side: str | None
    partner: PartnerRef | None
    start: int
    end: int
    place_span: tuple[int, int] | None = None
    titled: bool = True  # False: a bare name met earlier ("Pramono said")


def _clean_name(name: str, resolve: Resolver | None = None) -> str:
    """The person's name alone: honorifics, and places or titles written before it ("Mayor of
    Bandung, Bandung Ridwan Kamil", "Wakil Wali Kota Dongxing China Mr. Li Jian", "Mossel Bay
    Alderman Dirk Kotzé") dropped; nothing when no word of a name is left ("of")."""
    name = _GLUED.sub(r"\1. ", name)  # "Mr.Kim Kwan Young": an honorific glued to the name
    name = re.sub(r"^Sri Sultan\s+", "", name)  # "Sri Sultan Hamengku Buwono X": the title
    words = [w for w in name.strip(" ,.;:").split() if w[:1] not in '"“']
    changed = True
    while changed and len(words) > 1:
        changed = False
        if _HONORIFIC.match(words[0] + " "):
            words, changed = words[1:], True
            continue
        if _TITLE.fullmatch(words[0]) or words[0] in _LEAD_TITLES:
            words, changed = words[1:], True
            continue
        if resolve is not None:
            # A place first only when a full name (two words, not an initial) is left after
            # it: "Bima Arya" and "George M. Hadjoh" are names beginning like a town.
            for n in (2, 1):
                rest = words[n:]
                if (
                    len(rest) >= 2
                    and len(rest[0].rstrip(".")) > 1
                    and resolve(" ".join(words[:n])) is not None
                ):
                    words, changed = rest, True
                    break
    # A surname is a stopword only as a partner ("Soonho Kim" keeps its Kim).
    while words and normalise(words[-1]) in STOPWORDS and normalise(words[-1]) not in SURNAMES:
        words.pop()
    while len(words) > 1 and _DEGREE.match(words[-1].strip(",")):
        words.pop()
    for n, word in enumerate(words[2:], start=2):
        if word.lower() in ("bin", "binti"):  # "Alijus Mohammad Ali Bin Hj Sipil": the father's
            words = words[:n]
            break
    if not any(w[:1].isupper() and len(w.strip(".")) > 1 for w in words):
        return ""
    return " ".join(words[:5])


# Titles a name may still carry in front once the office's place is dropped.
_LEAD_TITLES = frozenset(["Alderman", "Councillor", "Councilor", "Chairman", "Chief", "Executive"])


_MAYOR = re.compile(r"^(?:Wali ?[Kk]ota|Walikota|Mayor|Lord Mayor)$")
_NOT_A_NAME = re.compile(
    r"^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Wakil|Wali|Walikota|Bupati|Gubernur|Pj|Plt|Deputy|Vice|Mayor)\b"
)


_HEAD_OF_REGION = re.compile(r"^(?:Bupati|Regent|Gubernur|Governor)$")


def _unknown_seat(title: str, a: str, b: str, heads: re.Pattern[str] = _MAYOR) -> bool:
    """Whether "TITLE A, B" names a mayor (or another head `heads` matches) of A (one word,
    unknown) and his name B (two words or more, not a weekday or another title)."""
    return (
        bool(heads.match(title))
        and len(a.split()) == 1
        and len(a) > 3
        and a.isalpha()
        and len(b.split()) >= 2
        and not _NOT_A_NAME.match(b)
    )


# Heads whose title vouches for a seat abroad the gazetteer lacks: a mayor's alone ("Wali Kota
# Gurye Kim Soon-ho"); a regent's or a governor's only with the seat's foreign country beside
# it (a regency the gazetteer lacks may be Indonesian).
_MAYOR_SEAT = re.compile(
    r"^(?:(?:Wakil|Deputy|Vice|Pj|Plt)\s+)?(?:Wali ?[Kk]ota|Walikota|Mayor|Lord Mayor)$"
)
_HEAD_SEAT = re.compile(
    r"^(?:(?:Wakil|Deputy|Vice|Acting|Pj|Plt)\s+)?(?:Bupati|Regent|Gubernur|Governor)$"
)
# The seat's country after the name: "Wali Kota Gurye Kim Soon-ho dari Korea Selatan".
_COUNTRY_AFTER_NAME = re.compile(
    rf"\s*(?:,\s*)?(?:dari\s+|from\s+|asal\s+|of\s+|\()?(?P<c>{_CAP}(?:\s+{_CAP})?)"
)
_SEAT_PARENS = re.compile(rf"\s*\((?P<c>{_CAP}(?:\s+{_CAP})?)\)")


# "the Korean Mayor", "a Japanese Governor": a nationality, not a seat.
_DEMONYM = re.compile(r"(?:an|ese|ish|ch)$")


def _seat_word(word: str, known: frozenset[str]) -> bool:
    """Whether word may be the seat of an office: one capitalised word, not a title's, an
    office's, a stopword, a surname or a word of a person's name met in the article."""
    key = normalise(word)
    return (
        len(word) > 3
        and word.isalpha()
        and word[:1].isupper()
        and not _NOT_A_NAME.match(word)
        and key not in STOPWORDS
        and key not in SURNAMES
        and key not in OFFICE_WORDS
        and word not in _LEAD_TITLES  # "Executive Mayor Alderman Dirk Kotzé"
        and not _TITLE.fullmatch(word)
        and key not in known
    )


def _seat_words(seat: str, known: frozenset[str]) -> bool:
    """A seat of one or two words ("Gurye", "Byron Bay"), the second not a surname."""
    words = seat.split()
    return (
        1 <= len(words) <= 2
        and _seat_word(words[0], known)
        and all(
            w.isalpha() and w[:1].isupper() and normalise(w) not in SURNAMES | OFFICE_WORDS
            for w in words[1:]
        )
    )


def _seat_country(title: str, code: str | None) -> bool:
    """Whether the title (and the country told beside the seat) vouch for a seat abroad."""
    if code == "ID":
        return False
    return bool(_MAYOR_SEAT.match(title) or code and _HEAD_SEAT.match(title))


_SEAT_TAIL = re.compile(
    rf"\s+(?:dari|asal|from|of|in|di)\s+(?P<c>{_CAP}(?:\s+{_CAP})?)\s*,\s*"
    rf"(?P<n>{_CAP}(?:\s+{_WORD}){{1,4}})"
)


def _seat_tail(
    sentence: str, at: int, title: str, seat: str, known: frozenset[str], found: object
) -> tuple[object, re.Match[str]] | None:
    """The seat's place and the name match for "SEAT dari COUNTRY, NAME", when COUNTRY is a
    foreign country and the seat a place or one the title vouches for."""
    tail = _SEAT_TAIL.match(sentence, at)
    code = country_of(tail.group("c")) if tail else None
    if tail is None or code is None or code == "ID":
        return None
    if found is not None:
        return found, tail
    if _seat_words(seat, known) and _seat_country(title, code):
        return PartnerRef(seat, _seat_kind(title), code), tail
    return None


def _seat_kind(title: str) -> str:
    return "province" if re.search(r"Gubernur|Governor", title) else "city"


def _split(tokens: list[str], resolve: Resolver) -> tuple[str | None, object, str]:
    """Place words then name words, the longest prefix that names a place winning."""
    for cut in range(len(tokens) - 1, 0, -1):
        place = " ".join(tokens[:cut])
        found = resolve(place)
        if found is None or normalise(tokens[cut - 1]) in SURNAMES:
            continue  # "Provinsi Jeollanam-do Kim Young-rok": a surname begins the name
        if (
            len(tokens) - cut == 1
            and isinstance(found, PartnerRef)
            and found.kind in ("city", "country")
            and not found.known
        ):
            continue  # "Premier Carmen Lawrence": a first name, not the town of Carmen
        return place, found, " ".join(tokens[cut:])
    return None, None, " ".join(tokens)


_ENGLISH_TITLE = re.compile(r"\b(?:Mayor|Regent|Governor)$")
_GOVERNOR = re.compile(r"\b(?:Gubernur|Governor)$")
# Words before a counterpart's title: a mayor the title alone vouches for is one the local
# party receives, meets or signs with ("menerima kunjungan Wali Kota Gurye Kim Soon-ho"), never
# the sentence's own subject ("Wali Kota Agustina Wilujeng Pramestuti menandatangani ...").
_COUNTERPART = re.compile(
    r"\b(?:kunjungan|dengan|with|bersama|and|dan|menerima|menyambut|received|welcomed|met|"
    r"bertemu|from|dari|oleh|by|delegasi|delegation|rombongan)\s+(?:the\s+|para\s+)?$",
    re.I,
)


def _seat_before_name(
    sentence: str, title: str, after: re.Match[str], known: frozenset[str], at: int
) -> tuple[PartnerRef, str] | None:
    """ "Wali Kota Gurye Kim Soon-ho", "Wali Kota Gurye (Korea Selatan) Kim Soon-ho", "Mayor of
    Gurye Kim Soon-ho from South Korea": the seat (one word the gazetteer lacks) and the full
    name after it (two words or more), with the country a bracket or "dari" tells."""
    tokens = after.group("a").split()
    if len(tokens) < 3 or not _seat_word(tokens[0], known):
        return None
    name = " ".join(tokens[1:])
    if _NOT_A_NAME.match(name) or any(normalise(w) in OFFICE_WORDS for w in tokens[1:]):
        return None
    seat_end = after.start("a") + len(tokens[0])
    told = _SEAT_PARENS.match(sentence, seat_end) or _COUNTRY_AFTER_NAME.match(
        sentence, after.end("a")
    )
    code = country_of(told.group("c")) if told else None
    if not _seat_country(title, code):
        return None
    of_seat = re.match(r"\s*of\s", sentence[after.start() : after.start("a")])  # "Mayor of X"
    if not of_seat and _ENGLISH_TITLE.search(title):
        return None  # "with Mayor Budi Santoso Wibowo": English writes "Mayor of X" or "X Mayor"
    if _GOVERNOR.search(title):
        return None  # a province the ISO list lacks is told with commas or not at all
    if code is None and not of_seat and not _COUNTERPART.search(sentence[max(0, at - 30) : at]):
        return None
    return PartnerRef(tokens[0], _seat_kind(title), code), name


_LOWER_OFFICE = re.compile(
    r"\b(the (?:former |then |late |incumbent )?)(mayor|governor|regent)(?= of [A-Z])"
)


def find_people(
    sentence: str, resolve: Resolver, known: frozenset[str] = frozenset()
) -> list[PersonMention]:
    """Titled people in a sentence, with the side each belongs to when the title says; known
    are the folded words of people's names the article named before (never a seat)."""
    out: list[PersonMention] = []
    original = sentence
    # "Wali Kota Samarkand (Uzbekistan) Akbar S Shukurov": a bracketed note between a title's
    # place and the name is read as blanks (same offsets).
    sentence = _BRACKETED.sub(lambda b: " " * len(b.group(0)), sentence)
    # "signed by the former mayor of Batam, Ahmad Dahlan": English writes the office in lower
    # case after "the"; read as the title (same length, so offsets hold).
    sentence = _LOWER_OFFICE.sub(lambda o: o.group(1) + o.group(2).capitalize(), sentence)
    for m in _TITLE.finditer(sentence):
        title = re.sub(r"\s+", " ", m.group(0))
        after = _AFTER.match(sentence, m.end())
        place_text: str | None = None
        place: object = None
        name = ""
        span = (m.start(), m.end())
        place_span: tuple[int, int] | None = None
        place_first = False
        # Only an envoy is "of A to B": "Wali Kota Suwon di Hotel Tentrem Yogyakarta" names a
        # venue, not a person called Yogyakarta.
        envoy = _ENVOY.match(sentence, after.end("a")) if after and _ENVOYS.match(title) else None
        if after and envoy and resolve(after.group("a")) is not None:
            # "Duta Besar Prancis untuk Indonesia Fabien Penone"
            place_text, place = after.group("a"), resolve(after.group("a"))
            place_span = after.span("a")
            name = envoy.group("n")
            span = (m.start(), envoy.end())
        elif after:
            a, b = after.group("a"), after.group("b")
            found_a = resolve(a)
            if found_a is None and "-" in a and b and not _NOT_A_NAME.match(b):
                found_a = resolve(a.split("-")[0])  # "Wali Kota Samarkand-Uzbekistan, Akbar"
            if b and found_a is not None:
                place_text, place, name = a, found_a, b
                place_span = after.span("a")
                span = (m.start(), after.end("b"))
                then = _NEXT_NAME.match(sentence, after.end("b"))
                if resolve(b) is not None and then:
                    # "Wali Kota Kochi, Jepang, Seiya Okazaki": the seat's country, then the name
                    name, span = then.group("n"), (m.start(), then.end("n"))
            elif not b and (tail := _seat_tail(sentence, after.end("a"), title, a, known, found_a)):
                # "Wali Kota Gurye dari Korea Selatan, Kim Soon-ho": the seat's country between
                # the seat and the name
                place, name = tail[0], tail[1].group("n")
                place_text, place_span = a, after.span("a")
                span = (m.start(), tail[1].end("n"))
            elif found_a is not None:
                place_text, place = a, found_a  # "Wali Kota Kuala Lumpur" with no name after
                place_span = after.span("a")
            elif (
                b
                and _seat_words(a, known)
                and _seat_country(title, country_of(b))
                and country_of(b) is not None
            ):
                # "Wali Kota Gurye, Korea Selatan, Kim Soon-ho": a seat the gazetteer lacks,
                # vouched for by the title and its foreign country; the name comes after.
                place_text, place = a, PartnerRef(a, _seat_kind(title), country_of(b))
                place_span = after.span("a")
                then = _NEXT_NAME.match(sentence, after.end("b"))
                name = then.group("n") if then else ""
                span = (m.start(), then.end("n") if then else after.end("b"))
            elif b and _unknown_seat(title, a, b):
                # "Wali Kota Vlissingen, Bas Van Den Tillaar": a city the gazetteer lacks, told
                # by the mayor's title and the full name after it.
                place_text, place, name = a, PartnerRef(a, "city", None), b
                place_span = after.span("a")
                span = (m.start(), after.end("b"))
            elif b and _unknown_seat(title, a, b, _HEAD_OF_REGION):
                # "Bupati Gurye, Soonho Kim": the seat is read, never vouched for as a
                # partner (a regency the gazetteer lacks may be Indonesian): the name alone.
                place_text, name = a, b
                span = (m.start(), after.end("b"))
            else:
                place_text, place, name = _split(a.split(), resolve)
                span = (m.start(), after.end("a"))
                if place_text:
                    place_span = (after.start("a"), after.start("a") + len(place_text))
                elif not re.search(r"[A-Z][\w’'.\-]*\s*$", sentence[: m.start()]):
                    seat = _seat_before_name(original, title, after, known, m.start())
                    if seat is not None:
                        place, name = seat
                        place_text = place.name
                        place_span = (after.start("a"), after.start("a") + len(place_text))
        if place is None:  # "Seoul Mayor Oh Se-hoon", "Jakarta Governor ..."
            before = _BEFORE_PLACE.search(sentence[: m.start()])
            seat = re.sub(r"['’]s$", "", before.group("p")) if before else ""  # "Queensland’s"
            bare_seat = seat.split()
            while len(bare_seat) > 1 and normalise(bare_seat[-1]) in OFFICE_WORDS:
                bare_seat.pop()  # "Gurye County Mayor": the seat is Gurye
            if before and resolve(seat) is not None:
                place_text, place = seat, resolve(seat)
                place_span = (before.start("p"), before.start("p") + len(seat))
                place_first = True
            elif (
                before
                and len(name.split()) >= 2
                and len(bare_seat) == 1
                and _seat_word(bare_seat[0], known)
                and not _DEMONYM.search(bare_seat[0])
                and _MAYOR_SEAT.match(title)
                and re.search(r"\b[a-z]+\s+$", sentence[: before.start("p")])
            ):
                # "... with Gurye Mayor Kim Soon-ho": the seat the gazetteer lacks, written
                # before the title in English, a word in lower case before it.
                place_text, place = seat, PartnerRef(bare_seat[0], "city", None)
                place_span = (before.start("p"), before.start("p") + len(seat))
                place_first = True
        if not name:  # "Kim Tae-heum, Governor of ..."
            lead = _NAME_BEFORE.search(sentence[: m.start()])
            if lead and resolve(lead.group("n")) is None:
                name = lead.group("n")
        honored = None if name or after else _HONORED_AFTER.match(sentence, m.end())
        if honored:  # "Central Java’s Vice-Governor, Mr H. Ali Mufiz"
            name, span = honored.group("n"), (m.start(), honored.end("n"))
        chain = None if name else _TITLE_CHAIN.match(sentence, m.end())
        if chain:
            # "Queensland's Premier and State Minister for Trade, Mr Peter Beattie": a second
            # office, then the name after the honorific
            name, span = chain.group("n"), (m.start(), chain.end("n"))
        of_place = _OF_PLACE.search(name)
        if place is None and of_place and resolve(of_place.group("p")) is not None:
            # "Governor Soelarso of East Java": the office's place after the name
            place_text, place = of_place.group("p"), resolve(of_place.group("p"))
            name = name[: of_place.start()]
        elif place is None and of_place and after and _seat_words(of_place.group("p"), known):
            # "Mayor Kim Soon-ho of Gurye, South Korea": English's "of" names the seat; a
            # country after it, or a mayor's title, vouches for one the gazetteer lacks.
            told = re.match(rf"\s*,\s*(?P<c>{_CAP}(?:\s+{_CAP})?)", sentence[after.end("a") :])
            code = country_of(told.group("c")) if told else None
            if code != "ID" and _seat_country(title, code):
                seat = of_place.group("p")
                place_text, place = seat, PartnerRef(seat, _seat_kind(title), code)
                name = name[: of_place.start()]
        name = _clean_name(name, resolve)
        if name and all(normalise(w) in OFFICE_WORDS for w in name.split()):
            name = ""  # "Municipal Council": the rest of the office's name
            honored = _HONORED_AFTER.match(sentence, after.end() if after else m.end())
            if honored:
                name = _clean_name(honored.group("n"), resolve)
                span = (m.start(), honored.end())
        if not name and place is None:
            continue
        side = None
        partner = None
        if place == "home":
            side = "home"
        elif place == "local":
            side = "local"
        elif isinstance(place, PartnerRef):
            side, partner = "partner", place
        if title.startswith(("Pj", "Penjabat", "Plt", "Pelaksana", "Plh")):
            title = re.sub(r"Penjabat \(Pj\)|Penjabat|Pj\.", "Pj", title)
            title = re.sub(r"Pelaksana Tugas \(Plt\)|Plt\.", "Plt", title)
        full_title = title
        if place_text:  # "Jakarta Governor" as English writes it, "Gubernur DKI Jakarta"
            full_title = f"{place_text} {title}" if place_first else f"{title} {place_text}"
        prev = out[-1] if out else None
        if (
            side is None
            and prev
            and prev.side
            and _DEPUTY_TITLE.match(title)
            and _ALONG.fullmatch(sentence[prev.end : m.start()])
        ):
            # "Wali Kota Vlissingen, Bas Van Den Tillaar dan Wakil Wali Kota Albert Vader": the
            # deputy named along with the mayor is of the same place
            side, partner = prev.side, prev.partner
        out.append(PersonMention(name, full_title, side, partner, span[0], span[1], place_span))
    return out
