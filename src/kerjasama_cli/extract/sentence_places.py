"""The partners a sentence names: runs of capitalised words read against the gazetteer, with
the evidence that makes them places (a kind word, a country beside them, the gazetteer, the
registry) and the readings that make them something else (a person's name, a venue, a partner's
address, a partner's own partners)."""

from __future__ import annotations

import re

from kerjasama_cli.extract import lexicon, organisations, subjects, venues
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.lists import listed_pair
from kerjasama_cli.extract.people import OFFICE_WORDS, PersonMention
from kerjasama_cli.extract.place_words import ADMIN_WORDS, STOPWORDS, SURNAMES, VENUES
from kerjasama_cli.extract.places import Gazetteer, PartnerRef, country_of
from kerjasama_cli.geo.names import normalise

_TOKEN = re.compile(r"[A-Z][\w’'.\-]*|C40|(?<=\s)(?:of|de|del|la|am|upon|der|von|van|du)(?=\s)")
_CONNECTOR = {"of", "de", "del", "la", "am", "upon", "der", "von", "van", "du"}
_COUNTRY_AFTER = re.compile(
    r"^\s*(?:\([A-Z][\w]{1,8}(?:\s+[A-Z][\w]{1,12}){0,2}\)\s*)?"
    r"(?:,|\(|\bdi\b|\bin\b|\bof\b|\bdari\b|\bfrom\b|\bdi negara\b|(?=\s))\s*"
    r"(?P<c>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})"
)
# "Khartom (Sudan), Souss Massa Region (Maroko)": the country alone in the brackets.
_COUNTRY_BRACKETED = re.compile(r"^\s*\((?P<c>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\)")
# "Mossel Bay (Provinsi Western Cape, Afrika Selatan)": the country last in the brackets.
_COUNTRY_IN_PARENS = re.compile(
    r"^\s*\([^()]{1,60}?,\s*(?P<c>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\)"
)
_FOREIGN_SUBJECT = re.compile(
    r"^[^,.;]{0,50}?\b(?:telah |juga |sudah |also |has |have |already )*(?:menjalin|bekerja ?sama|"
    r"memiliki|mempunyai|has|have|signed|maintains?|established|partnered)\b[^.;]{0,80}?\b"
    r"(?:dengan|with|seperti|yakni|yaitu|antara lain|including|such as|namely|termasuk|"
    r"di antaranya|diantaranya)\b"
    r"|^['’]s\s+(?:\w+\s+){0,3}?(?:sister|twin|friendship|partner)[\w\s-]{0,20}?\b(?:include|"
    r"includes|including|are|such as)\b"
    # "Prefektur Kumamoto tengah menggandeng JICA": a verb that takes its partner directly
    r"|^\s+(?:tengah |sedang |telah |sudah |juga |is |has )*(?:menggandeng|merangkul|menggaet|"
    r"teamed up with|partnering with)\b",
    re.I,
)
# "Kyoto dan New York memiliki kesamaan yakni kota budaya": what a place shares with another,
# not its own partnerships.
_LIKENESS = re.compile(
    r"\b(?:kesamaan|kemiripan|persamaan|kesesuaian|in common|similarit(?:y|ies))\b", re.I
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
# "Pertemuan yang difasilitasi Dr. X, Deputy Secretary General Citynet": who arranged the event.
_FACILITATED = re.compile(
    r"\b(?:difasilitasi|atas fasilitasi|facilitated by|diselenggarakan oleh|organi[sz]ed by|"
    r"hosted by|diprakarsai|"
    # a witness or sponsor of a signing ("disaksikan perwakilan UNESCO"), not its party
    r"disaksikan|witnessed by|in the presence of|didukung|supported by|sponsored by|didanai|"
    r"funded by)\b[^;:()]*$",
    re.I,
)
# "juga terjalin bersama organisasi non-pemerintah Jepang seperti JICA, J-CLAIR ...": bodies
# named as a country's non-government organisations are no government's partner.
_NON_GOVERNMENT = re.compile(
    r"\b(?:non[- ]?pemerintah|non[- ]?government(?:al)?|swasta|private)\b[^.;:()]{0,50}$", re.I
)
# The region after a place: ", Gangwon", " di Gangwon", or after a description of the place
# (", sebuah daerah pegunungan di Provinsi Gangwon").
_REGION_AFTER = re.compile(
    r"(?:,(?:\s+(?:sebuah|suatu|a|an)\s[^,.;]{0,50}?\s(?:di|in))?|\s+(?:di|in)"
    # "distrik Jinning Provinsi Yunnan": the region's own kind word runs on with no comma
    r"|\s+(?:Provinsi|Prefektur|Negara Bagian)(?=\s+[A-Z]))\s*"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
# A name the gazetteer lacks that a kind word vouches for: one word, or two ("Byron Bay") whose
# second is a place word, never a surname ("Kota Victoria Lee" is no town).
_UNKNOWN_NAME = re.compile(r"[A-Z][a-z’'-]{2,}(?: [A-Z][a-z’'-]{1,})?")


_TWIN_WORDS = re.compile(
    r"\b(?:sister[\s-](?:city|cities|province|state)|kota (?:kembar|bersaudara)|twin(?:ned)? "
    r"(?:city|cities|town)|provinsi kembar)\b",
    re.I,
)
_PAIR_NAME = r"(?P<n>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
_PAIRED_BEFORE = re.compile(_PAIR_NAME + r"\s*(?:[-–—]|\b(?:dan|and|&))\s*$")
_PAIRED_AFTER = re.compile(r"\s*[-–—]\s*" + _PAIR_NAME)


def _unknown_name(name: str) -> bool:
    return bool(_UNKNOWN_NAME.fullmatch(name)) and normalise(name.split()[-1]) not in SURNAMES


# A list opened after the foreign subject's tie ("..., namely with", "seperti", "antara lain").
_LIST_AFTER = re.compile(
    r"\b(?:namely|including|such as|seperti|yakni|yaitu|antara lain|di ?antaranya|termasuk)\b",
    re.I,
)
_PARTNER_CUE = re.compile(
    r"(?:\b(?:dengan|with|and|dan|antara|between|yaitu|yakni|namely|including|such as|seperti)|:)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_RELATIVE = re.compile(r",\s*(?:which|who|yang)\b[^,]{0,80},\s*", re.I)
_EXCEPT_HOME = re.compile(
    r"(?:selain|besides|apart from|other than|selain dengan)\s+(?:dengan\s+)?$", re.I
)
_CAPITAL_OF = re.compile(
    r"\b(?:ibu ?kota|capital(?: city)? of)\s+(?:(?:negara bagian|provinsi|prefektur|negara|"
    r"the state of|state of|the province of|the)\s+)?$",
    re.I,
)
# "Perwakilan Pemerintah Kota Fuzhou": a government named with its office word is never part
# of a person's name, whatever capitalised word stands before it (a bare "Kota X" may be the
# end of a person's title: "Ketua Staf Ahli ... Kota Changzhou").
_GOVERNMENT_LEAD = re.compile(r"(?:Pemerintah|Pemkot|Pemprov|Pemkab|Government of)\s")
_ADMIN_LEAD = re.compile(
    r"(?:(?:kota|provinsi|negara bagian|prefektur|state of|province of|the)\s+)+", re.I
)
# Between a city and its state or province: "George Town, Pulau Pinang", "Kota Yantai dari
# Provinsi Shandong", "Wuhan in Hubei Province".
_ADDRESS_BETWEEN = re.compile(
    r"[\s,]*(?:(?:dari|di|of|in)\s+)?(?:(?:Provinsi|Province|Prefektur|Prefecture|State of|"
    r"Negara Bagian|the)\s+)?",
    re.I,
)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    # "Jakarta-Kuala Lumpur": a dash between two capitalised names separates them.
    spaced = re.sub(r"(?<=[a-z])[-–](?=[A-Z])", " ", text)
    spaced = re.sub(r"['’]s\b", "  ", spaced)  # "Guangzhou's": the name is "Guangzhou"
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(spaced)]


def _phrases(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with "of", "de" inside), as token lists."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for token in _tokens(text):
        if current and text[current[-1][1] : token[0]].strip() == "":
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = [token]
    if current:
        runs.append(current)
    for run in runs:
        while run and run[-1][2] in _CONNECTOR:
            run.pop()
    return [r for r in runs if r]


class PlaceReading:
    """The partner-finding half of SentenceReader (mentions.py): needs `gaz` and `people`."""

    gaz: Gazetteer
    people: dict[str, PersonMention]
    name_words: set[str]  # folded words of people's names read in the article so far
    vouched: dict[str, PartnerRef]  # folded name -> a small place a kind word vouched for

    def _partners(self, facts: Facts, text: str) -> None:
        taken: list[tuple[int, int]] = []
        for pattern, name in organisations.ORGANISATIONS:
            for m in pattern.finditer(text):
                lead = text[max(0, m.start() - 80) : m.start()]
                if _FACILITATED.search(lead) or _NON_GOVERNMENT.search(lead):
                    taken.append(m.span())  # the meeting's host, not a party to it
                    continue
                facts.partners.append(
                    PartnerHit(PartnerRef(name, "organisation", None), m.start(), m.end())
                )
                taken.append(m.span())
        for m in organisations.INSTITUTION.finditer(text):
            name = m.group(0).strip()
            quoted = text[: m.start()].count("“") > text[: m.start()].count("”")
            local = re.match(
                r"\s*(?:\([A-Z]+\)\s*)?(?:di|in)\s+(?:DKI\b|Jakarta\b|Indonesia\b)", text[m.end() :]
            )
            lead = text[max(0, m.start() - 40) : m.start()]
            partnered = re.search(
                r"\b(?:dengan|with|antara|between|bersama|and|dan|mitra|partner)\s+(?:the\s+)?$",
                lead,
            )
            # "Wakil Rektor University of ...": the role is not part of the name
            lead_words = re.match(
                r"(?:(?:Wakil|Rektor|Rector|Dekan|Dean|Direktur|Director|Kepala|Head|Ketua)\s+)+",
                name,
            )
            start = m.start()
            if lead_words:
                name = name[lead_words.end() :]
                start += lead_words.end()
            if quoted or local or not (partnered or lead_words):
                taken.append(m.span())  # "Lincoln University signed ...": not Lincoln, a city
                continue
            along = partnered and partnered.group(0).lower().startswith(("bersama", "and", "dan"))
            if along and not any(t[0] not in lexicon.EVENT_CLASS for t in facts.types):
                continue  # "Kunjungan Wali Kota ... bersama Yayasan SSVA": came along, no party
            end = start + len(name)
            if len(name.split()) >= 2 and not any(start < e and end > s for s, e in taken):
                ref = PartnerRef(name, "institution", None)
                hit = PartnerHit(ref, start, end)
                facts.partners.append(self._with_country(hit, text, facts))
                taken.append((start, end))
        person_words = {w for name in self.people for w in name.split() if len(w) > 2}
        person_words |= self.name_words
        venue_end = -1
        for run in _phrases(text):
            if any(h.start < run[0][0] < h.end for h in facts.partners):
                continue  # "Mossel Bay (Provinsi Western Cape, Afrika Selatan)": its address
            if normalise(run[0][2]) in VENUES:
                if venues.is_locative(text, run[0][0], text[run[0][0] : run[-1][1]]):
                    venue_end = run[-1][1]
                continue  # "Gedung Jaya Sabha", "Balai Kota": where, not who
            if venue_end >= 0 and re.fullmatch(r"\s*,\s*", text[venue_end : run[0][0]]):
                # "di Hotel Lotte, Seoul, Korea Selatan": the venue's city, not a partner
                found = self.gaz.resolve(text[run[0][0] : run[-1][1]])
                if isinstance(found, PartnerRef) and found.kind != "country":
                    hit = PartnerHit(found, run[0][0], run[-1][1])
                    facts.venues.append(self._with_country(hit, text, facts))
                    venue_end = -1
                    continue
            venue_end = -1
            keys = [normalise(t[2]) for t in run]
            if all(k in person_words for k in keys):
                continue  # "Karno said": a person met earlier, not the town of Karno
            i = 0
            while i < len(run):
                if run[i][2] in _CONNECTOR or any(
                    run[i][0] < e and run[i][1] > s for s, e in taken
                ):
                    i += 1
                    continue
                for j in range(min(len(run), i + 7), i, -1):
                    if run[j - 1][2] in _CONNECTOR:
                        continue
                    a, b = run[i][0], run[j - 1][1]
                    phrase = text[a:b].rstrip(".")
                    if all(k in person_words for k in keys[i:j]):
                        continue  # "Cak Eri": a person met earlier, not the town of Eri
                    found = self.gaz.resolve(phrase)
                    if found is None and j - i >= 2:
                        found = self.gaz.compass_region(phrase)
                    if found is None and j - i <= 3:
                        found = self._small_place(phrase, text, b, a)
                        if isinstance(found, PartnerRef):
                            self.vouched.setdefault(normalise(found.name), found)
                    if found is None and j - i <= 2:
                        # "ke kota Lankaran" vouched for it: "Walikota Lankaran" later is it
                        found = self.vouched.get(normalise(phrase))
                    if found == "local" and j - i <= 3:
                        # "Malaka, Malaysia": the foreign namesake the country beside names
                        abroad = self._small_place(phrase, text, b, a)
                        if isinstance(abroad, PartnerRef) and abroad.country not in (None, "ID"):
                            found = abroad
                    if (
                        isinstance(found, PartnerRef)
                        and not found.known
                        and not _GOVERNMENT_LEAD.match(phrase)
                        and (
                            found.kind == "city"
                            and (
                                self._beside_a_name(run, keys, i, j)
                                or j == len(run)
                                and subjects.person_cue(text, a, b)
                            )
                            # "Ferdinand Mono Turang": a region's name between a first and a
                            # last name is a middle name (one side alone may be a place's word)
                            or found.kind == "province"
                            and self._beside_a_name(run, keys, i, j, (i - 1,))
                            and self._beside_a_name(run, keys, i, j, (j,))
                        )
                    ):
                        # "Clarence Ting", "Riva Rovani", "Mary Ann": a person's name, and a
                        # surname after a first name is one alone later ("led by Ting").
                        if i > 0 and j == len(run) and self.gaz.resolve(run[i - 1][2]) is None:
                            self.name_words.update(k for k in keys[i:j] if len(k) > 2)
                        i = j
                        break
                    if (
                        isinstance(found, PartnerRef)
                        and not found.known
                        and found.kind != "country"
                        and venues.is_locative(text, run[0][0], text[run[0][0] : b])
                    ):
                        # "di Grhadika Bhakti Praja", "in Queensland": where, unless the
                        # article names it as a partner elsewhere (restore_venues).
                        venue = PartnerHit(found, a, b)
                        facts.venues.append(self._with_country(venue, text, facts))
                        i = j
                        break
                    if found is None and j - i == 1:
                        continue
                    if found == "home":
                        facts.home += 1
                        facts.parties.append((a, "home"))
                        if _EXCEPT_HOME.search(text[max(0, a - 25) : a]):
                            facts.home -= 1
                        i = j
                        break
                    if found == "local":
                        if not venues.is_locative(text, run[0][0], text[run[0][0] : b]):
                            facts.locals.append(phrase)  # not "di Semarang": where it happened
                            facts.parties.append((a, phrase))
                        i = j
                        break
                    if isinstance(found, PartnerRef) and found.kind == "institution":
                        found = None  # institutions only where named as a partner (above)
                    if isinstance(found, PartnerRef):
                        if found.kind == "country":
                            facts.countries.append((found.country or "", phrase, a))
                            i = j
                            break
                        lead = _ADMIN_LEAD.match(phrase)
                        inner = a + (lead.end() if lead else 0)
                        if _CAPITAL_OF.search(text[max(0, inner - 50) : inner]):
                            # "Ibu Kota Negara Bagian Queensland": the partner city described
                            facts.venues.append(PartnerHit(found, a, b))
                            i = j
                            break
                        if _EXCEPT_HOME.search(text[max(0, a - 25) : a]) or subjects.example(
                            text, a, b
                        ):
                            i = j  # "Selain dengan Kota Ichikawa", "DPRD Seoul misalnya": not here
                            break
                        hit = self._with_country(PartnerHit(found, a, b), text, facts)
                        facts.partners.append(hit)
                        i = j
                        break
                else:
                    i += 1
        self._join_regions(facts, text)
        self._attach_countries(facts, text)

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
            if word in _CONNECTOR or word in _TITLE_WORDS:
                continue  # "Walikota Ichikawa": a head's title, never a first name
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
        kind_before = (
            start is not None
            and re.search(
                r"\b(?:kota|kabupaten|distrik|provinsi|city of|town of|prefektur|mayor of|"
                r"sister city|"
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
        if code is None and not venues.KIND_BEFORE.search(phrase) and not kind_before:
            return state
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
        kind_in = venues.KIND_BEFORE.search(phrase)
        if found is None and code not in (None, "ID") and kind_in:
            # "Shizouka Prefecture, Japan": a name the gazetteer lacks (here misspelt), vouched
            # for by its kind word and its country together; one word, never a person's.
            bare = (phrase[: kind_in.start()] + phrase[kind_in.end() :]).strip()
            if _unknown_name(bare) and not _COMPASS_WORD.fullmatch(bare):
                province = kind_in.group(0).strip().lower().startswith(("prov", "pref"))
                return PartnerRef(bare, "province" if province else "city", code)
        if (
            found is None
            and code not in (None, "ID")
            and start is not None
            and _PARTNER_CUE.search(text[max(0, start - 14) : start])
            and re.match(r"\s*[,(]", text[end:])
            and re.fullmatch(r"[A-Z][a-z’'-]{3,}", phrase)
            and not _COMPASS_WORD.fullmatch(phrase)
            and normalise(phrase) not in STOPWORDS | SURNAMES
        ):
            # "a sister city agreement with Noosa, Australia": one word the gazetteer lacks,
            # named as the partner and vouched for by its country right after it.
            return PartnerRef(phrase, "city", code)
        return None

    def _with_country(self, hit: PartnerHit, text: str, facts: Facts) -> PartnerHit:
        m = _COUNTRY_AFTER.match(text[hit.end :])
        inside = _COUNTRY_IN_PARENS.match(text[hit.end :])
        if inside and (not m or country_of(m.group("c")) is None):
            m = inside
        if not m:
            return hit
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

    def _foreign_subject(self, facts: Facts) -> None:
        """ "Gyeonggi telah menjalin kerja sama dengan Provinsi Shenzen": Gyeonggi's partners."""
        text = facts.sentence.text
        for hit in facts.partners:
            # "Tokyo, which is Jakarta's sister city since 1989, also has ties with Paris"
            clause = _RELATIVE.match(text[hit.end :])
            tail = text[hit.end + (clause.end() if clause else 0) :]
            m = _FOREIGN_SUBJECT.match(tail)
            if not m or _LIKENESS.search(m.group(0)):
                continue
            after = tail[m.end() :]
            cut = len(text) - len(after)
            if (
                self.gaz.is_home(after.split(",")[0])
                or re.match(r"\s*(?:Pemprov |Pemerintah Provinsi )?(?:DKI|Jakarta)\b", after)
                or re.match(r"\s*(?:the\s+)?Indonesia(?:n|['’]s)?\b", after)
                or any(at >= cut for at, _ in facts.parties)
            ):
                # "... renewed its MoU with Indonesia's DKI Jakarta": the local party's. An
                # Indonesian party listed among the subject's partners ("Melaka ... has twin
                # cities, namely Lisbon (1984); ...; Padang Panjang") makes the subject its
                # partner; the list's foreign items stay the subject's own.
                first_party = min((at for at, _ in facts.parties if at >= cut), default=cut)
                if _LIST_AFTER.search(text[hit.end : first_party]):
                    facts.partners = [h for h in facts.partners if h.start < cut]
                return
            before = text[: hit.start]
            if re.search(r"(?:dengan|with|antara|between|and|dan)\s*$", before):
                return
            # the subject stays the local party's partner when a relative clause says so
            facts.partners = [
                h for h in facts.partners if h.start < cut and (clause or h is not hit)
            ]
            facts.countries = [c for c in facts.countries if c[2] < cut]
            facts.dropped = not clause
            return
