"""What makes a run of capitalised words a place, for PlaceReading (sentence_places.py).

A kind word or a country beside a name the gazetteer lacks ("Kota Tono", "Byron Bay, Australia"),
the name paired with another in a twin tie ("Surabaya-Kochi sister city"), a title or a person's
name beside it, the country after a place, and the region a city is in ("George Town, Pulau
Pinang"), which is its address, never a partner of its own.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract import venues
from kerjasama_cli.extract.capitalised_runs import CONNECTOR
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.lists import listed_pair
from kerjasama_cli.extract.nationalities import country_before
from kerjasama_cli.extract.place_words import ADMIN_WORDS, OFFICE_WORDS, STOPWORDS, SURNAMES
from kerjasama_cli.extract.places import Gazetteer, PartnerRef, country_of
from kerjasama_cli.extract.small_towns import lower_tier_town
from kerjasama_cli.geo.names import normalise

# Words for a place's travelling people, capitalised before its name ("menyambut Delegasi Kota
# Gimcheon"): never a person's first name. Not "Tim", which is one.
_GROUP_WORDS = frozenset({"Delegasi", "Delegation", "Rombongan", "Utusan", "Misi", "Mission"})

_COUNTRY_AFTER = re.compile(
    r"^\s*(?:\([A-Z][\w]{1,8}(?:\s+[A-Z][\w]{1,12}){0,2}\)\s*)?"
    r"(?:,|\(|\bdi\b|\bin\b|\bof\b|\bdari\b|\bfrom\b|\bdi negara\b|(?=\s))\s*"
    # "the city of Ostravel, the Netherlands": English names some countries with "the"
    r"(?:the\s+)?(?P<c>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})"
)

# "Khartom (Sudan), Souss Massa Region (Maroko)": the country alone in the brackets.
_COUNTRY_BRACKETED = re.compile(r"^\s*\((?P<c>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\)")

# "Mossel Bay (Provinsi Western Cape, Afrika Selatan)": the country last in the brackets.
_COUNTRY_IN_PARENS = re.compile(
    r"^\s*\([^()]{1,60}?,\s*(?P<c>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\)"
)

# "Provinsi Utara Australia": a compass word, not a name
_COMPASS_WORD = re.compile(
    r"Utara|Selatan|Barat|Timur|Tengah|North|South|West|East|Central|Northern|Southern|"
    r"Western|Eastern"
)

# Words of a head's title that are never a place's ("General", "Kota" may be: General Santos).
_TITLE_WORDS = frozenset(
    {"Councilor", "Councillor", "Alderman", "Chairman", "Speaker", "Mayor", "Governor"}
    | {"Gubernur", "Bupati", "Walikota", "Regent", "Vice", "Deputy", "Wakil"}
)

# The region after a place: ", Gangwon", " di Gangwon", or after a description of the place
# (", sebuah daerah pegunungan di Provinsi Gangwon").
_REGION_AFTER = re.compile(
    r"(?:,(?:\s+(?:sebuah|suatu|a|an)\s[^,.;]{0,50}?\s(?:di|in))?|\s+(?:di|in)"
    # "distrik Jinning Provinsi Yunnan": the region's own kind word runs on with no comma
    r"|\s+(?:Provinsi|Prefektur|Negara Bagian)(?=\s+[A-Z]))\s*"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
# Towns listed as in a country, up to the name read: "kota-kota di Jepang seperti Kochi dan ".
_LISTED_IN = re.compile(
    r"\b(?:kota-kota|kota|cities|towns|prefektur|prefectures|provinsi|provinces)\s+(?:di|in)\s+"
    r"(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?),?\s+(?:seperti|yakni|yaitu|antara lain|"
    r"di ?antaranya|termasuk|such as|including|namely|like)\s+"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,|\bdan\b|\band\b|\bserta\b|&)\s*)*$"
)
_KIND_LAST = re.compile(r"\s(?:City|Town|Prefecture|Province|County|Regency)$")
_IN_REGION = re.compile(r"\s+(?:in|di)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
_PROVINCE_BEFORE = re.compile(
    r"\b(?:provinsi|prefektur|negara bagian|province of|prefecture of|state of|region of)\s+$",
    re.I,
)
_CITY_AFTER_DISTRICT = re.compile(r",?\s+Kota\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\b")

# A name the gazetteer lacks that a kind word vouches for: one word, or two ("Byron Bay") whose
# second is a place word, never a surname ("Kota Victoria Lee" is no town).
_UNKNOWN_NAME = re.compile(
    # "Saint-Rivel", "Puerto Aldea": a hyphen may join capitalised parts of one name
    r"[A-Z][a-z’'-]{2,}(?:-[A-Z][a-z’']{2,})*(?: [A-Z][a-z’'-]{1,}(?:-[A-Z][a-z’']{2,})*)?"
)

_TWIN_WORDS = re.compile(
    r"\b(?:sister[\s-](?:city|cities|province|state)|kota (?:kembar|bersaudara)|twin(?:ned)? "
    r"(?:city|cities|town)|provinsi kembar)\b",
    re.I,
)

_PAIR_NAME = r"(?P<n>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"

_PAIRED_BEFORE = re.compile(_PAIR_NAME + r"\s*(?:[-–—]|\b(?:dan|and|&))\s*$")

_PAIRED_AFTER = re.compile(r"\s*[-–—]\s*" + _PAIR_NAME)


def _unknown_name(name: str) -> bool:
    # "Kota Fortworth-Amerika Serikat": a town and its country joined by a dash, not one name
    dashed = name.split("-")[1:]
    return (
        bool(_UNKNOWN_NAME.fullmatch(name))
        and normalise(name.split()[-1]) not in SURNAMES
        and not any(country_of(part) for part in dashed)
    )


_PARTNER_CUE = re.compile(
    r"(?:\b(?:dengan|with|and|dan|antara|between|yaitu|yakni|namely|including|such as|seperti|"
    # "received a delegation from Saint-Rivel, France": the visitors' town (i44h)
    r"(?:delegation|delegasi|rombongan|visitors?|tamu) (?:from|dari))|:)"
    r"\s+(?:the\s+)?$",
    re.I,
)

# Between a city and its state or province: "George Town, Pulau Pinang", "Kota Yantai dari
# Provinsi Shandong", "Wuhan in Hubei Province".
_ITEM_ENDS = re.compile(r"\s*(?:[;.)]|$)")
_ADDRESS_BETWEEN = re.compile(
    r"[\s,]*(?:(?:dari|di|of|in)\s+)?(?:(?:Provinsi|Province|Prefektur|Prefecture|State of|"
    r"Negara Bagian|the)\s+)?",
    re.I,
)


class PlaceEvidence:
    """The evidence half of PlaceReading: needs `gaz`."""

    gaz: Gazetteer
    # the foreign countries named in the sentence read and the sentences beside it
    around: frozenset[str] = frozenset()

    def _beside_a_name(
        self,
        run: list[tuple[int, int, str]],
        keys: list[str],
        i: int,
        j: int,
        sides: tuple[int, ...] | None = None,
    ) -> bool:
        """Whether the words run[i:j] stand next to a capitalised word that is neither a place,
        an administrative word nor a known word: then they are part of a person's name."""
        for k in sides if sides is not None else (i - 1, j):
            if not 0 <= k < len(run) or run[k][0] == 0:
                continue  # a sentence's first word is capitalised whatever it is
            word = run[k][2].strip(".,")
            key = keys[k]
            if word in CONNECTOR or word in _TITLE_WORDS:
                continue  # "Walikota Ichikawa": a head's title, never a first name
            if word == "Bagian" and k > 0 and run[k - 1][2] == "Negara":
                continue  # "Negara Bagian Vestria": a state's kind word, no first name
            if word in _GROUP_WORDS:
                continue  # "Delegasi Kota Gimcheon": the place's people, no first name
            if key in SURNAMES:
                return True  # "Victoria Lee", "Austin Tan": a given name before a surname
            if key in STOPWORDS or key in OFFICE_WORDS or key in ADMIN_WORDS or word.isupper():
                continue
            pair = " ".join(t[2] for t in run[min(k, i) : max(k + 1, j)])
            if self.gaz.resolve(pair) is not None:
                continue  # "Washington DC", "Korea Selatan" beside: one name, a place
            if k + 1 < len(run) and self.gaz.resolve(f"{word} {run[k + 1][2]}") is not None:
                continue  # "Gwangju Korea Selatan": a country follows
            other = self.gaz.resolve(word)
            if other is None or isinstance(other, PartnerRef) and other.kind == "city":
                return True  # "Clarence Ting", "Mary Ann": first and last names
        return False

    def _twinned(self, text: str, start: int, end: int) -> bool:
        """ "sister city Ambon - Vlissingen", "kota kembar antara Kupang dan Palmerston": a
        name paired with an Indonesian government where the sentence tells a twin-city tie."""
        if not _TWIN_WORDS.search(text):
            return False
        before = _PAIRED_BEFORE.search(text[max(0, start - 40) : start])
        after = _PAIRED_AFTER.match(text, end)
        return any(
            m is not None and self.gaz.resolve(m.group("n")) in ("home", "local")
            for m in (before, after)
        )

    def _small_place(
        self, phrase: str, text: str, end: int, start: int | None = None
    ) -> PartnerRef | None:
        """A small town the gazetteer knows, when a kind word ("Kota Tono") or its country
        beside it ("Mossel Bay (Provinsi Western Cape, Afrika Selatan)") vouches for it."""
        code = None
        for pattern in (_COUNTRY_BRACKETED, _COUNTRY_AFTER, _COUNTRY_IN_PARENS):
            m = pattern.match(text[end:])
            words = m.group("c").split() if m else []
            for n in range(len(words), 0, -1):
                code = country_of(" ".join(words[:n]))
                if code:
                    break
            if code:
                break
        if code is None and start is not None:
            # "the Dutch city of Ostravel", "Japan's Akizuma Prefecture", "Belanda, khususnya
            # Kota Ostravel": the country told before the place
            code = country_before(text, start)
        kind_before = (
            start is not None
            and re.search(
                r"\b(?:kota|kabupaten|distrik|provinsi|city of|town of|prefektur|mayor of|"
                r"sister city|municipality of|munisipalitas|negara bagian|state of|"
                r"province of|prefecture of|region of|county of|"
                # a Malaysian council's own name: "lawatan dari Majlis Daerah Tuaran, Sabah"
                r"majlis (?:daerah|perbandaran|bandaraya)|dewan bandaraya)\s+$",
                text[max(0, start - 24) : start],
                re.I,
            )
            # a phrase holding its kind word ("Kota Freemantle") is vouched for by it below
            or start is not None
            and not venues.KIND_BEFORE.search(phrase)
            and self._twinned(text, start, end)
        )
        # "City Councilor Iloilo City, Filipina": a counterpart's title before the seat is no
        # word of the place's name.
        words = phrase.split()
        while len(words) > 1 and words[0] in _TITLE_WORDS:
            words.pop(0)
        phrase = " ".join(words)
        state = self.gaz.state_after(phrase, text[end:])  # "Forth Worth, Texas": its state
        if start == 0 and " " not in phrase:
            state = None  # "Also, Tatarstan delegation ...": a sentence's first word, any word
        if code is None and not venues.KIND_BEFORE.search(phrase) and not kind_before:
            # "Savusavu Town": English's kind words the upper tier's rules do not read
            if state is not None or start is None:
                return state
            return lower_tier_town(self.gaz, phrase, text, start, end, None, False, self.around)
        found = self.gaz.resolve(phrase, code, strict=False)
        if isinstance(found, PartnerRef) and found.kind != "country":
            return found
        if found is None and kind_before:
            # "Kota Freemantle, Australia Barat": a town the gazetteer does not know, vouched
            # for by "Kota" and the foreign region or country right after it.
            # "Kota Shimanto di Prefektur Kochi, Jepang": the region after "di" as well.
            after = _REGION_AFTER.match(text[end:])
            where = self.gaz.resolve(after.group(1)) if after else None
            if after and where is None:
                # "di Provinsi Gyeongsang Utara, Korea Selatan": a region its country vouches for
                at = end + after.start(1)
                where = self._small_place(after.group(1), text, end + after.end(1), at)
            if after and where is None and " " in after.group(1):
                # "Majlis Daerah Tuaran, Sabah Malaysia": the region, its country run on
                where = self.gaz.resolve(after.group(1).split()[0])
            if isinstance(where, PartnerRef) and where.country and _unknown_name(phrase):
                return PartnerRef(phrase, "city", where.country)
        if (
            found is None
            and kind_before
            and code not in (None, "ID")
            and _unknown_name(phrase)
            and not _COMPASS_WORD.fullmatch(phrase)
            and start is not None
        ):
            # "the Municipality of Valdeira, Portugal", "the Chilean town of Puerto Aldea",
            # "Negara Bagian Vestria, Australia": the kind word and the country vouch for it
            province = _PROVINCE_BEFORE.search(text[max(0, start - 24) : start])
            return PartnerRef(phrase, "province" if province else "city", code)
        kind_in = venues.KIND_BEFORE.search(phrase)
        if found is None and code is None and kind_in and _KIND_LAST.search(phrase):
            # "Kamishiro City in Nagano Prefecture, Japan": the region the place is in tells
            # its country (English's kind word after the name, then "in")
            after = _IN_REGION.match(text[end:])
            where = self.gaz.resolve(after.group(1)) if after else None
            if isinstance(where, PartnerRef) and where.kind != "city":
                code = where.country
        if found is None and code not in (None, "ID") and kind_in:
            # "Shizouka Prefecture, Japan": a name the gazetteer lacks (here misspelt), vouched
            # for by its kind word and its country together; one word, never a person's.
            bare = (phrase[: kind_in.start()] + phrase[kind_in.end() :]).strip()
            if _unknown_name(bare) and not _COMPASS_WORD.fullmatch(bare):
                province = kind_in.group(0).strip().lower().startswith(("prov", "pref"))
                return PartnerRef(bare, "province" if province else "city", code)
        city = _CITY_AFTER_DISTRICT.match(text[end:]) if kind_in else None
        if found is None and city and phrase.startswith("Distrik "):
            # "Distrik Jinning Kota Kunming": a city's district the gazetteer lacks, vouched
            # for by its city right after it (not the city, whose district visits)
            where = self.gaz.resolve(city.group(1))
            bare = phrase[len("Distrik ") :]
            if isinstance(where, PartnerRef) and where.kind == "city" and _unknown_name(bare):
                return PartnerRef(bare, "city", where.country)
        if (
            found is None
            and code not in (None, "ID")
            and start is not None
            and _PARTNER_CUE.search(text[max(0, start - 24) : start])
            and re.match(r"\s*[,(]", text[end:])
            and re.fullmatch(r"[A-Z][a-z’'-]{3,}(?:-[A-Z][a-z’']{2,})*", phrase)
            and not _COMPASS_WORD.fullmatch(phrase)
            and normalise(phrase) not in STOPWORDS | SURNAMES
        ):
            # "a sister city agreement with Noosa, Australia": one word the gazetteer lacks,
            # named as the partner and vouched for by its country right after it.
            return PartnerRef(phrase, "city", code)
        if found is None and start is not None:
            # "Pemerintah Kota Vanimo" beside "Papua Nugini", "Zundert, Belanda": a town of the
            # gazetteer's lower tier, in the country told (small_towns.py)
            return lower_tier_town(
                self.gaz, phrase, text, start, end, code, bool(kind_before), self.around
            )
        return None

    def _with_country(self, hit: PartnerHit, text: str, facts: Facts) -> PartnerHit:
        m = _COUNTRY_AFTER.match(text[hit.end :])
        inside = _COUNTRY_IN_PARENS.match(text[hit.end :])
        if inside and (not m or country_of(m.group("c")) is None):
            m = inside
        if not m:
            return self._listed_in(hit, text)
        words = m.group("c").split()
        for n in range(len(words), 0, -1):
            code = country_of(" ".join(words[:n]))
            if code:
                name = text[hit.start : hit.end]
                better = self.gaz.resolve(name, code, strict=False)
                # "Kota Kochi, Jepang": the country beside the name wins over the gazetteer's
                # bigger namesake (Kochi, India).
                if (
                    hit.ref.country not in (None, code)
                    and hit.ref.kind != "institution"
                    and (not isinstance(better, PartnerRef) or better.country != code)
                ):
                    break
                ref = better if isinstance(better, PartnerRef) else hit.ref
                if ref.country is None:
                    ref = PartnerRef(ref.name, ref.kind, code, ref.region, ref.known)
                return PartnerHit(ref, hit.start, hit.end + m.end(), told=True)
                break
        return hit

    def _listed_in(self, hit: PartnerHit, text: str) -> PartnerHit:
        """ "kota-kota di Jepang seperti Kochi dan Kyushu", "cities in Scotland such as Perth":
        the country a list of towns is said to be in wins over the gazetteer's bigger namesake
        (Kochi, India; Perth, Australia)."""
        m = _LISTED_IN.search(text[: hit.start])
        code = country_of(m.group("c")) if m else None
        if code is None or hit.ref.country == code or hit.ref.kind in ("country", "institution"):
            return hit
        better = self.gaz.resolve(text[hit.start : hit.end], code, strict=False)
        if isinstance(better, PartnerRef) and better.country == code:
            return PartnerHit(better, hit.start, hit.end)
        return hit

    def _join_regions(self, facts: Facts, text: str) -> None:
        """ "George Town Pulau Pinang Malaysia": a city, then its state, then its country."""
        hits = sorted(facts.partners, key=lambda h: h.start)
        kept: list[PartnerHit] = []
        for hit in hits:
            last = kept[-1] if kept else None
            if (
                last is not None
                and last.ref.kind == "city"
                and hit.ref.kind == "city"
                and self.gaz.resolve(hit.ref.name) is None
            ):
                # "Kota St. Louis, Missouri, Amerika Serikat": a small town of that name is
                # less likely than the state, when the state is the city's.
                state = self.gaz.resolve("Provinsi " + hit.ref.name)
                if isinstance(state, PartnerRef) and state.kind == "province":
                    hit = PartnerHit(state, hit.start, hit.end, hit.via_person, hit.told)
            elif (
                last is not None
                and last.ref.kind == "city"
                and hit.ref.kind == "city"
                and _ITEM_ENDS.match(text[hit.end :])
                and text[last.end : hit.start].strip() == ","
            ):
                # "Surabaya dengan Seattle, Washington.": a state named like a city of it,
                # right after a city of its country, ending the item, is the city's state.
                state = self.gaz.resolve("Provinsi " + hit.ref.name)
                if (
                    isinstance(state, PartnerRef)
                    and state.kind == "province"
                    and state.country == last.ref.country
                ):
                    hit = PartnerHit(state, hit.start, hit.end, hit.via_person, hit.told)
            if (
                last is not None
                and last.ref.kind == "city"
                and hit.ref.kind == "province"
                and hit.ref.country == last.ref.country
                and _ADDRESS_BETWEEN.fullmatch(text[last.end : hit.start])
                and not listed_pair(last, hit, hits, text)
            ):
                joined = PartnerHit(last.ref, last.start, hit.end, last.via_person, last.told)
                kept[-1] = self._with_country(joined, text, facts)
                facts.addresses.append(hit.ref.name)
                continue
            kept.append(hit)
        facts.partners = kept

    def _attach_countries(self, facts: Facts, text: str) -> None:
        """Drop country mentions that only say where a partner of the sentence is."""
        spans = [(h.start, h.end) for h in facts.partners + facts.venues]  # "di Ichikawa, Jepang"
        facts.countries = [c for c in facts.countries if not any(s <= c[2] < e for s, e in spans)]
        # An unattached name in a country the sentence names: try again inside that country.
        if facts.countries and not facts.partners:
            return
