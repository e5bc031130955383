"""One sentence read for the records it reports: partners, types, dates, people, sectors."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kerjasama_cli.extract import guards, lexicon
from kerjasama_cli.extract.dates import DateMention, find_dates
from kerjasama_cli.extract.parties import PartyFinder
from kerjasama_cli.extract.people import PersonMention, find_people
from kerjasama_cli.extract.places import STOPWORDS, VENUES, Gazetteer, PartnerRef, country_of
from kerjasama_cli.extract.sentences import Sentence
from kerjasama_cli.geo.names import normalise

_TOKEN = re.compile(r"[A-Z][\w’'.\-]*|C40|(?<=\s)(?:of|de|del|la|am|upon|der|von|van|du)(?=\s)")
_CONNECTOR = {"of", "de", "del", "la", "am", "upon", "der", "von", "van", "du"}
# Words of a government's name that are not a person's ("Sibu Municipal Council").
_ADMIN_WORDS = frozenset(
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
    ]
)
_COUNTRY_AFTER = re.compile(
    r"^\s*(?:\([A-Z][\w]{1,8}(?:\s+[A-Z][\w]{1,12}){0,2}\)\s*)?"
    r"(?:,|\(|\bdi\b|\bin\b|\bof\b|\bdari\b|\bfrom\b|\bdi negara\b|(?=\s))\s*"
    r"(?P<c>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})"
)
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
    r"includes|including|are|such as)\b",
    re.I,
)
_EXCEPT_HOME = re.compile(
    r"(?:selain|besides|apart from|other than|selain dengan)\s+(?:dengan\s+)?$", re.I
)
_INTENT = re.compile(
    r"\b(?:memperkuat|mempererat|meningkatkan|mengembangkan|memperluas|belajar|mempelajari|"
    r"strengthen\w*|deepen\w*|expand\w*|boost\w*|learn\w*|develop\w*)\b",
    re.I,
)
PLURAL = re.compile(
    r"\b(?:ketiga|keempat|kelima|ketiganya|semua|seluruh|masing-masing|these|those|the (?:"
    r"three|four|"
    r"five)|all|each)\b",
    re.I,
)
ANAPHOR = re.compile(
    r"\b(?:kerja ?sama|kolaborasi|kemitraan|perjanjian|kesepakatan|nota kesepahaman|LoI|MoU|"
    r"kunjungan|kedatangan|pertemuan|program)\s+(?:ini|tersebut)\b|"
    r"\bkedua (?:kota|provinsi|pihak|daerah|wilayah|negara)\b|"
    r"\b(?:this|the) (?:cooperation|partnership|agreement|collaboration|"
    r"memorandum|MoU|LoI|visit|meeting|programme|program|deal|pact|letter|document|"
    r"relationship|ties|link)\b|^(?:Sebelumnya|Previously|Earlier),|"
    r"\bboth (?:cities|sides|"
    r"provinces|parties)\b|\btwo cities\b",
    re.I,
)
_KIND_LEAD = re.compile(
    r"^(?:(?:Pemerintah\s+)?(?:Provinsi|Kota|Kabupaten|Prefektur)|Pemprov|Pemkot|Pemkab) "
)
_COMPASS_AFTER = re.compile(
    r"^([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:Selatan|Utara|Barat|Timur|Tengah)$"
)
# Between a city and its state or province: "George Town, Pulau Pinang", "Kota Yantai dari
# Provinsi Shandong", "Wuhan in Hubei Province".
_ADDRESS_BETWEEN = re.compile(
    r"[\s,]*(?:(?:dari|di|of|in)\s+)?(?:(?:Provinsi|Province|Prefektur|Prefecture|State of|"
    r"Negara Bagian|the)\s+)?",
    re.I,
)
# Who travels for a government without a title in the sentence.
_DELEGATION = re.compile(
    r"\b(?:delegasi|rombongan|utusan|tim|misi|kunjungan kerja|kunker|lawatan|delegation|"
    r"mission|envoy|team|officials?|pejabat|pemerintah|government|council|dewan|DPRD)\b",
    re.I,
)
_EARLIER = re.compile(r"(?:Sebelumnya|Previously|Earlier|Sebelum itu),?\s", re.I)
_SECTOR_CUE = re.compile(
    r"\b(?:bidang|sektor|sectors?|fields?|areas?|including|termasuk|meliputi|mencakup|such as|"
    r"seperti|fokus|difokuskan|berfokus|focus(?:es|ed)?|cover(?:s|ing)?)\b",
    re.I,
)


@dataclass
class PartnerHit:
    """A partner named in a sentence and where."""

    ref: PartnerRef
    start: int
    end: int
    via_person: bool = False
    told: bool = False  # the country was read beside the name, not guessed by the gazetteer


@dataclass
class Facts:
    """What one sentence says."""

    sentence: Sentence
    partners: list[PartnerHit] = field(default_factory=list)
    countries: list[tuple[str, str, int]] = field(default_factory=list)  # (code, text, start)
    types: list[tuple[str, int, int]] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    home: int = 0  # mentions of the local government
    locals: list[str] = field(default_factory=list)  # other Indonesian governments named
    parties: list[tuple[int, str]] = field(default_factory=list)  # (where, "home" or a local name)
    signing: bool = False
    intent: bool = False  # "ingin memperkuat ...", "want to strengthen ...": the aims of a record
    anaphor: bool = False
    sector_cue: bool = False
    earlier: bool = False  # "Sebelumnya, ...": an earlier record of the partners just named
    exploring: bool = False  # a type word only explored, planned or offered ("menjajaki LoI")
    venues: list[PartnerHit] = field(default_factory=list)  # places named only as where
    offices: list[tuple[int, str]] = field(default_factory=list)  # Indonesian governments acting
    addresses: list[str] = field(default_factory=list)  # a partner's state ("St. Louis, Missouri")
    dropped: bool = False  # a partner's own partnerships, not the local government's


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


class SentenceReader:
    """Reads sentences of one article, remembering people across sentences."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        published: dt.date | None,
        leaders: dict[str, str],
        parties: PartyFinder | None = None,
    ) -> None:
        self.gaz = gazetteer
        self.parties = parties
        self.published = published
        self.leaders = leaders  # folded name or alias -> the home leader's full name
        self.people: dict[str, PersonMention] = {}  # folded full name -> best mention

    def _resolve_place(self, text: str) -> PartnerRef | str | None:
        return self.gaz.resolve(text)

    def _known_people(self, text: str, found: list[PersonMention]) -> list[PersonMention]:
        """People met earlier named again without a title ("Pramono also met ...")."""
        out: list[PersonMention] = []
        named = {normalise(p.name) for p in found}
        for key, person in self.people.items():
            if key in named or person.side is None:
                continue
            words = [w for w in person.name.split() if len(w) >= 4 and w[0].isupper()]
            for word in [person.name, *words]:
                if word not in text:
                    continue
                m = re.search(rf"\b{re.escape(word)}\b", text)
                if m:
                    out.append(
                        PersonMention(
                            person.name,
                            person.title,
                            person.side,
                            person.partner,
                            m.start(),
                            m.end(),
                            None,
                            False,
                        )
                    )
                    break
        return out

    def _remember(self, person: PersonMention) -> PersonMention:
        key = normalise(person.name)
        leader = self.leaders.get(key)
        if leader and person.side in (None, "home"):
            person = PersonMention(
                leader, person.title, "home", None, person.start, person.end, person.place_span
            )
            key = normalise(leader)
        known = self.people.get(key)
        if known is None and person.name:
            # "Heru" after "Heru Budi Hartono", "Kim" after "Kim Tae Heum"
            words = set(key.split())
            for full, mention in self.people.items():
                if words and words <= set(full.split()):
                    known = mention
                    break
        if known is not None:
            side = person.side or known.side
            partner = person.partner or known.partner
            title = person.title if len(person.title) > len(known.title) else known.title
            merged = PersonMention(
                known.name, title, side, partner, person.start, person.end, person.place_span
            )
            self.people[normalise(known.name)] = merged
            return merged
        if person.name:
            self.people[key] = person
        return person

    def read(self, sentence: Sentence) -> Facts:
        """The facts of one sentence."""
        text = sentence.text
        facts = Facts(sentence)
        if guards.defines(text):
            return facts  # "Sister City adalah kemitraan resmi ...": a definition, no record
        facts.types = lexicon.find_types(text)
        if self.parties is not None:
            facts.offices = self.parties.find(guards.mask_state_bodies(text))
        # "tengah menjajaki LoI": an intent, never a signed document.
        facts.types = [
            guards.signed_cooperation(text, t)
            for t in facts.types
            if not guards.framed(text, t[1])
            and not guards.in_title(text, t[1], t[2])
            and not (t[0] in lexicon.EVENT_CLASS and guards.at_that_event(text, t[1], t[2]))
        ]
        for n, (rtype, a, b) in enumerate(facts.types):
            event = rtype in lexicon.EVENT_CLASS
            if rtype == "other" and guards.exploring(text, a):
                facts.exploring = True
            elif (rtype in lexicon.DOCUMENT_TYPES or event) and guards.exploring(text, a, event):
                facts.types[n] = ("other", a, b)
                facts.exploring = True
        facts.people = [
            self._remember(p) for p in find_people(text, self._resolve_place) if p.name or p.partner
        ]
        facts.people = [p for p in facts.people if p.name]
        # Future dates are plans ("akan datang"), not what the article reports as done.
        facts.dates = [
            d
            for d in find_dates(text, self.published)
            if (self.published is None or d.iso <= self.published.isoformat())
            and not guards.quoted_today(text, d.start, d.text)
        ]
        facts.signing = bool(lexicon.SIGNING.search(text) or lexicon.LAUNCH.search(text))
        facts.intent = bool(_INTENT.search(text))
        facts.anaphor = bool(ANAPHOR.search(text))
        facts.earlier = bool(_EARLIER.match(text))
        if not (facts.types or facts.signing or facts.intent or facts.anaphor):
            return facts
        facts.people += self._known_people(text, facts.people)
        # Sector words inside a type word ("friendship city") name no sector.
        facts.sectors = lexicon.find_sectors(text, [(a, b) for _, a, b in facts.types])
        facts.sector_cue = bool(_SECTOR_CUE.search(text))
        masked = list(guards.mask_state_bodies(text))
        for person in facts.people:
            name_at = text.find(person.name, person.start) if person.name else -1
            if name_at >= 0:
                masked[name_at : name_at + len(person.name)] = " " * len(person.name)
        self._partners(facts, "".join(masked))
        for person in facts.people:  # "Wali Kota Gong Zheng": the partner his title names
            if person.partner and not any(
                normalise(h.ref.name) == normalise(person.partner.name) for h in facts.partners
            ):
                facts.partners.append(PartnerHit(person.partner, person.start, person.end, True))
        facts.partners.sort(key=lambda h: h.start)
        self._foreign_subject(facts)
        self._without_actor(facts)
        return facts

    def _without_actor(self, facts: Facts) -> None:
        """No government acts in the sentence: the Indonesian state's own meeting ("Pemerintah
        pusat melalui KJRI telah melakukan pertemuan ..."), or an event nobody of a government
        makes ("Gilbert told ABC News on his 2015 visit to Darwin"): no record from it."""
        text = facts.sentence.text
        acted = bool(facts.offices or facts.home or facts.locals) or any(
            p.titled and p.side in ("home", "local", "partner") for p in facts.people
        )
        if acted:
            return
        if guards.CENTRAL_ACTS.match(text):
            facts.partners, facts.types = [], []
            return
        events = [t for t in facts.types if t[0] in lexicon.EVENT_CLASS]
        if (
            events
            and len(events) == len(facts.types)
            and not facts.signing
            and not _DELEGATION.search(text)
            and not any(h.via_person for h in facts.partners)
            and not any(p.titled for p in facts.people)
        ):
            facts.types = []

    def _partners(self, facts: Facts, text: str) -> None:
        taken: list[tuple[int, int]] = []
        for pattern, name in lexicon.ORGANISATIONS:
            for m in pattern.finditer(text):
                facts.partners.append(
                    PartnerHit(PartnerRef(name, "organisation", None), m.start(), m.end())
                )
                taken.append(m.span())
        for m in lexicon.INSTITUTION.finditer(text):
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
                continue
            end = start + len(name)
            if len(name.split()) >= 2 and not any(start < e and end > s for s, e in taken):
                ref = PartnerRef(name, "institution", None)
                hit = PartnerHit(ref, start, end)
                facts.partners.append(self._with_country(hit, text, facts))
                taken.append((start, end))
        person_words = {w for name in self.people for w in name.split() if len(w) > 2}
        for run in _phrases(text):
            if any(h.start < run[0][0] < h.end for h in facts.partners):
                continue  # "Mossel Bay (Provinsi Western Cape, Afrika Selatan)": its address
            if normalise(run[0][2]) in VENUES:
                continue  # "Gedung Jaya Sabha", "Balai Kota": where, not who
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
                        found = self._compass_region(phrase)
                    if found is None and j - i <= 3:
                        found = self._small_place(phrase, text, b, a)
                    if (
                        isinstance(found, PartnerRef)
                        and not found.known
                        and found.kind == "city"
                        and self._beside_a_name(run, keys, i, j)
                    ):
                        i = j  # "Clarence Ting", "Riva Rovani", "Mary Ann": a person's name
                        break
                    if (
                        isinstance(found, PartnerRef)
                        and not found.known
                        and found.kind != "country"
                        and guards.is_locative(text, run[0][0], text[run[0][0] : b])
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
                        if not guards.is_locative(text, run[0][0], text[run[0][0] : b]):
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
                        hit = self._with_country(PartnerHit(found, a, b), text, facts)
                        facts.partners.append(hit)
                        i = j
                        break
                else:
                    i += 1
        self._join_regions(facts, text)
        self._attach_countries(facts, text)

    def _beside_a_name(
        self, run: list[tuple[int, int, str]], keys: list[str], i: int, j: int
    ) -> bool:
        """Whether the words run[i:j] stand next to a capitalised word that is neither a place,
        an administrative word nor a known word: then they are part of a person's name."""
        for k in (i - 1, j):
            if not 0 <= k < len(run) or run[k][0] == 0:
                continue  # a sentence's first word is capitalised whatever it is
            word = run[k][2].strip(".,")
            key = keys[k]
            if key in STOPWORDS or key in _ADMIN_WORDS or word in _CONNECTOR or word.isupper():
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

    def _compass_region(self, phrase: str) -> PartnerRef | None:
        """ "Pemerintah Provinsi Kotabato Selatan": South Kotabato, a region named after a place
        the gazetteer knows (not that place itself), when a kind word vouches for it."""
        kind = _KIND_LEAD.match(phrase)
        compass = _COMPASS_AFTER.match(phrase[kind.end() :]) if kind else None
        if not compass:
            return None
        inner = self.gaz.resolve(compass.group(1))
        if not isinstance(inner, PartnerRef) or inner.kind == "country" or not inner.country:
            return None
        province = "prov" in kind.group(0).lower()  # "Provinsi", "Pemprov"
        return PartnerRef(compass.group(0), "province" if province else inner.kind, inner.country)

    def _small_place(
        self, phrase: str, text: str, end: int, start: int | None = None
    ) -> PartnerRef | None:
        """A small town the gazetteer knows, when a kind word ("Kota Tono") or its country
        beside it ("Mossel Bay (Provinsi Western Cape, Afrika Selatan)") vouches for it."""
        code = None
        for pattern in (_COUNTRY_AFTER, _COUNTRY_IN_PARENS):
            m = pattern.match(text[end:])
            words = m.group("c").split() if m else []
            for n in range(len(words), 0, -1):
                code = country_of(" ".join(words[:n]))
                if code:
                    break
            if code:
                break
        kind_before = start is not None and re.search(
            r"\b(?:kota|kabupaten|provinsi|city of|town of|prefektur)\s+$",
            text[max(0, start - 12) : start],
            re.I,
        )
        if code is None and not guards.KIND_BEFORE.search(phrase) and not kind_before:
            return None
        found = self.gaz.resolve(phrase, code, strict=False)
        if isinstance(found, PartnerRef) and found.kind != "country":
            return found
        if found is None and kind_before:
            # "Kota Freemantle, Australia Barat": a town the gazetteer does not know, vouched
            # for by "Kota" and the foreign region or country right after it.
            after = re.match(r",\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", text[end:])
            where = self.gaz.resolve(after.group(1)) if after else None
            if isinstance(where, PartnerRef) and where.country and len(phrase.split()) == 1:
                return PartnerRef(phrase, "city", where.country)
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
                and hit.ref.kind == "province"
                and hit.ref.country == last.ref.country
                and _ADDRESS_BETWEEN.fullmatch(text[last.end : hit.start])
            ):
                joined = PartnerHit(last.ref, last.start, hit.end, last.via_person, last.told)
                kept[-1] = self._with_country(joined, text, facts)
                facts.addresses.append(hit.ref.name)
                continue
            kept.append(hit)
        facts.partners = kept

    def _attach_countries(self, facts: Facts, text: str) -> None:
        """Drop country mentions that only say where a partner of the sentence is."""
        spans = [(h.start, h.end) for h in facts.partners]
        facts.countries = [c for c in facts.countries if not any(s <= c[2] < e for s, e in spans)]
        # An unattached name in a country the sentence names: try again inside that country.
        if facts.countries and not facts.partners:
            return

    def _foreign_subject(self, facts: Facts) -> None:
        """ "Gyeonggi telah menjalin kerja sama dengan Provinsi Shenzen": Gyeonggi's partners."""
        text = facts.sentence.text
        for hit in facts.partners:
            tail = text[hit.end :]
            m = _FOREIGN_SUBJECT.match(tail)
            if not m:
                continue
            after = tail[m.end() :]
            cut = hit.end + m.end()
            if (
                self.gaz.is_home(after.split(",")[0])
                or re.match(r"\s*(?:Pemprov |Pemerintah Provinsi )?(?:DKI|Jakarta)\b", after)
                or re.match(r"\s*(?:the\s+)?Indonesia(?:n|['’]s)?\b", after)
                or any(at >= cut for at, _ in facts.parties)
            ):
                return  # "... renewed its MoU with Indonesia's DKI Jakarta": the local party's
            before = text[: hit.start]
            if re.search(r"(?:dengan|with|antara|between|and|dan)\s*$", before):
                return
            facts.partners = [h for h in facts.partners if h.start < cut and h is not hit]
            facts.countries = [c for c in facts.countries if c[2] < cut]
            facts.dropped = True
            return
