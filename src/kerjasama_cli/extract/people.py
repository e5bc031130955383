"""People named with a title: "Gubernur DKI Jakarta, Pramono Anung", "Wali Kota Shanghai Gong
Zheng", "Seoul Mayor Oh Se-hoon", "Kim Tae-heum, Governor of South Chungcheong"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kerjasama_cli.extract.name_words import (
    HONORIFIC_CHAIN,
)
from kerjasama_cli.extract.people_roles import acting_for_a_partner
from kerjasama_cli.extract.person_names import TITLE, Resolver, clean_name
from kerjasama_cli.extract.place_words import OFFICE_WORDS, SURNAMES
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.extract.seats import (
    seat_before_country,
    seat_first,
    seat_from_country,
    seat_of,
    seat_tail,
    seat_then_country,
    seat_then_name,
)
from kerjasama_cli.geo.names import normalise

# A nickname in quotes inside a full name ('Moh. Ramdhan "Danny" Pomanto') is read and dropped.
_WORD = r"(?:[A-Z][\w’'.\-]*|(?:bin|binti|van|von|de|of|al-\w+)\b|[\"“][A-Z][\w’'.\-]*[\"”])"
_CAP = r"[A-Z][\w’'.\-]*"
_AFTER = re.compile(
    rf"\s*(?:of\s+|dari\s+)?(?P<a>{_CAP}(?:\s+{_WORD})*)"
    rf"(?:\s*,\s*(?P<b>{HONORIFIC_CHAIN}{_CAP}(?:\s+{_WORD}){{0,4}}))?"
)
_ENVOY = re.compile(
    rf",?\s+(?:untuk|to|for|in|di)\s+(?P<s>Indonesia|RI|{_CAP}(?:\s+{_CAP})?(?=\s*,?\s+{_CAP}))"
    rf"\s*,?\s+(?P<n>{_CAP}(?:\s+{_WORD}){{0,4}})"
)


def _envoy_name(envoy: re.Match[str], resolve: Resolver) -> str:
    """The envoy's name after his seat: "di Surabaya Yasuhiro Ishida" read as a two-word seat
    gives its second word back to the name when only the first is a place."""
    seat = envoy.group("s").split()
    if len(seat) == 2 and resolve(" ".join(seat)) is None and resolve(seat[0]) is not None:
        return f"{seat[1]} {envoy.group('n')}"
    return envoy.group("n")


_ENVOYS = re.compile(r"(?:Duta Besar|Dubes|Ambassador|Konsul|Consul|Envoy)")
_BEFORE_PLACE = re.compile(rf"(?P<p>{_CAP}(?:\s+{_CAP}){{0,3}})(?:['’]s)?\s*$")
_NAME_BEFORE = re.compile(
    rf"(?P<n>{_CAP}(?:\s+{_WORD}){{1,4}})(?:\s*,\s*(?:the\s+|sang\s+|selaku\s+)?|"
    # "Kim Soon-ho selaku Wali Kota Gurye": the office told after the name without a comma
    r"\s+(?:selaku|sebagai)\s+)$"
)
# "Mr. Kim Kwan-Young Governor of Jeollabuk-do", "Dato' Patahiyah Binti Ismail Yang Dipertua
# Majlis Perbandaran Pulau Pinang": an honorific, the name, then the office, no comma between.
_HONORED_BEFORE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Madam|Dato['’]?|Datuk|Tuan|Puan|Bapak|Ibu)\.?\s+"
    rf"(?P<n>{_CAP}(?:\s+{_WORD}){{0,4}})\s+$"
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
_NEXT_NAME = re.compile(rf"\s*,\s*(?P<n>{HONORIFIC_CHAIN}{_CAP}(?:\s+{_WORD}){{1,4}})")
_BRACKETED = re.compile(r"\((?:[A-Z][\w.\- ]{1,40})\)")
_OF_PLACE = re.compile(rf"\s+of\s+(?P<p>{_CAP}(?:\s+{_CAP}){{0,3}})\s*$")


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


_MAYOR = re.compile(r"^(?:Wali ?[Kk]ota|Walikota|Mayor|Lord Mayor)$")
_NOT_A_NAME = re.compile(
    r"^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Wakil|Wali|Walikota|Bupati|Gubernur|Pj|Plt|Deputy|Vice|Mayor)\b"
)


_HEAD_OF_REGION = re.compile(r"^(?:Bupati|Regent|Gubernur|Governor)$")


def _is_country(found: object) -> bool:
    """Whether a resolved name is a country (never a person's name)."""
    return isinstance(found, PartnerRef) and found.kind == "country"


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


# "Rumah Dinas Wali Kota Solo, Loji Gandrung", "Ruang Sidang Walikota", "the office of the
# Governor": a head's building or room, not the head; the name after it is the building's.
_BUILDING = re.compile(
    r"\b(?:[Rr]umah [Dd]inas|[Rr]umah [Jj]abatan|[Rr]ujab|[Rr]umdin|[Kk]antor|[Rr]uang(?:an)?"
    r"(?: [Kk]erja| [Rr]apat| [Ss]idang| [Tt]amu| [Pp]ertemuan)?|[Pp]endopo|[Pp]endapa|[Gg]edung|"
    r"[Oo]ffice of(?: the)?|[Rr]esidence of(?: the)?)\s+$"
)
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
    for m in TITLE.finditer(sentence):
        # A head's building names the office (its holder hosts there), never a name after it.
        building = bool(_BUILDING.search(sentence[max(0, m.start() - 30) : m.start()]))
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
            name = _envoy_name(envoy, resolve)
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
                found_b = resolve(b)
                if found_b is not None and then:
                    # "Wali Kota Kochi, Jepang, Seiya Okazaki": the seat's country, then the name;
                    # "Wali Kota Suwon, Gyeonggi, Korea Selatan, Kim Me-Kyung": its province first
                    while then and isinstance(resolve(then.group("n")), PartnerRef):
                        then = _NEXT_NAME.match(sentence, then.end("n"))
                    if then:
                        name, span = then.group("n"), (m.start(), then.end("n"))
                    else:
                        name = ""  # places all the way: no name after the seat
                elif _is_country(found_b):
                    # "Wali Kota Takasaki, Jepang, Senin (3/3)": the seat's country and no name
                    # after it; a country is never a person.
                    name = ""
            elif not b and (tail := seat_tail(sentence, after.end("a"), title, a, known, found_a)):
                # "Wali Kota Gurye dari Korea Selatan, Kim Soon-ho": the seat's country between
                # the seat and the name
                place, name = tail[0], tail[1].group("n")
                place_text, place_span = a, after.span("a")
                span = (m.start(), tail[1].end("n"))
            elif not b and (abroad := seat_from_country(sentence, after.end("a"), title, a, known)):
                # "Wali Kota Varnholt dari Denmark di sela ...": the seat, its country, no name
                place_text, place = a, abroad
                place_span = after.span("a")
            elif found_a is not None:
                place_text, place = a, found_a  # "Wali Kota Kuala Lumpur" with no name after
                place_span = after.span("a")
            elif b and (abroad := seat_then_country(title, a, b, known)):
                # "Wali Kota Gurye, Korea Selatan, Kim Soon-ho": a seat the gazetteer lacks,
                # vouched for by the title and its foreign country; the name comes after.
                place_text, place = a, abroad
                place_span = after.span("a")
                then = _NEXT_NAME.match(sentence, after.end("b"))
                name = then.group("n") if then else ""
                span = (m.start(), then.end("n") if then else after.end("b"))
            elif b and len(a.split()) == 1 and isinstance(resolve(b), PartnerRef):
                # "Wali Kota Eunpyeong-gu, Seoul, Korea Selatan, Kim Me-Kyung": a seat the
                # gazetteer lacks, then its city and country, then the name.
                end, country = after.end("b"), resolve(b).country  # type: ignore[union-attr]
                then = _NEXT_NAME.match(sentence, end)
                while then and isinstance(resolve(then.group("n")), PartnerRef):
                    end = then.end("n")
                    then = _NEXT_NAME.match(sentence, end)
                if then and not _NOT_A_NAME.match(then.group("n")):
                    place_text, place = a, PartnerRef(a, "city", country)
                    place_span = after.span("a")
                    name, span = then.group("n"), (m.start(), then.end("n"))
            elif b and (abroad := seat_before_country(title, a, known)):
                # "Wali Kota Al-Zawaida Gaza, Ayman ...": the seat, its country, then the name
                place_text, place, name = a, abroad, b
                place_span = after.span("a")
                span = (m.start(), after.end("b"))
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
                if place_text and resolve(name) is not None:
                    name = ""  # "... Pulau Pinang Malaysia": the seat's country, no name
                if place_text:
                    place_span = (after.start("a"), after.start("a") + len(place_text))
                elif vouched := seat_then_name(original, title, after, known, m.start()):
                    place, name = vouched  # "menerima kunjungan Wali Kota Gurye Kim Soon-ho"
                    place_text = place.name
                    place_span = (after.start("a"), after.start("a") + len(place_text))
        if place is None:  # "Seoul Mayor Oh Se-hoon", "Jakarta Governor ..."
            before = _BEFORE_PLACE.search(sentence[: m.start()])
            seat = re.sub(r"['’]s$", "", before.group("p")) if before else ""  # "Queensland’s"
            if before and resolve(seat) is not None:
                place_text, place = seat, resolve(seat)
                place_span = (before.start("p"), before.start("p") + len(seat))
                place_first = True
            elif before and (
                first := seat_first(sentence, title, seat, before.start("p"), name, known)
            ):
                # "... with Gurye Mayor Kim Soon-ho": a seat the gazetteer lacks, before the title
                place_text, place = seat, first
                place_span = (before.start("p"), before.start("p") + len(seat))
                place_first = True
        posted = _ENVOY.match(sentence, m.end()) if not name and _ENVOYS.match(title) else None
        if posted:  # "the Thai Ambassador to Indonesia, Akrasid Amatayakul"
            name, span = _envoy_name(posted, resolve), (m.start(), posted.end("n"))
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
        elif place is None and of_place and after:
            # "Mayor Kim Soon-ho of Gurye, South Korea": a seat the gazetteer lacks
            seat_ref = seat_of(sentence, title, of_place.group("p"), after.end("a"), known)
            if seat_ref is not None:
                place_text, place = of_place.group("p"), seat_ref
                name = name[: of_place.start()]
        name = "" if building else clean_name(name, resolve, place_text)
        if name and all(normalise(w) in OFFICE_WORDS for w in name.split()):
            name = ""  # "Municipal Council": the rest of the office's name
            honored = _HONORED_AFTER.match(sentence, after.end() if after else m.end())
            if honored:
                name = clean_name(honored.group("n"), resolve)
                span = (m.start(), honored.end())
        if not name:
            honored_lead = _HONORED_BEFORE.search(sentence[: m.start()])
            if honored_lead and resolve(honored_lead.group("n")) is None:
                name = clean_name(honored_lead.group("n"), resolve)
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
    for name, title, ref, span in acting_for_a_partner(sentence, resolve, clean_name):
        if not any(p.start <= span[0] < p.end or span[0] <= p.start < span[1] for p in out):
            out.append(PersonMention(name, title, "partner", ref, span[0], span[1]))
    out.sort(key=lambda p: p.start)
    return out
