"""The partners a sentence names: runs of capitalised words read against the gazetteer, with
the evidence that makes them places (a kind word, a country beside them, the gazetteer, the
registry) and the readings that make them something else (a person's name, a venue, a partner's
address, a partner's own partners)."""

from __future__ import annotations

import re

from kerjasama_cli.extract import lexicon, organisations, subjects, venues
from kerjasama_cli.extract.capitalised_runs import CONNECTOR, phrases
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.people import PersonMention
from kerjasama_cli.extract.place_evidence import PlaceEvidence
from kerjasama_cli.extract.place_words import OFFICE_WORDS, VENUES
from kerjasama_cli.extract.places import Gazetteer, PartnerRef
from kerjasama_cli.geo.names import normalise

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


# A list opened after the foreign subject's tie ("..., namely with", "seperti", "antara lain").
_LIST_AFTER = re.compile(
    r"\b(?:namely|including|such as|seperti|yakni|yaitu|antara lain|di ?antaranya|termasuk)\b",
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


# The first words of an institution Indonesia names in its own language. Not "Yayasan" nor a
# bare "Institut": Indonesian news names a foreign foundation "Yayasan Samenwerking Vlissingen
# Ambon", and French, German and Dutch write "Institut".
_INDONESIAN_FORM = re.compile(
    r"(?:Universitas|Politeknik|Sekolah Tinggi|Institut (?:Teknologi|Pertanian|Seni|Agama|"
    r"Sains|Pemerintahan))\s"
)


class PlaceReading(PlaceEvidence):
    """The partner-finding half of SentenceReader (mentions.py): needs `gaz` and `people`."""

    gaz: Gazetteer
    people: dict[str, PersonMention]
    name_words: set[str]  # folded words of people's names read in the article so far
    vouched: dict[str, PartnerRef]  # folded name -> a small place a kind word vouched for

    def _indonesian_institution(self, name: str) -> bool:
        """An institution named the Indonesian way ("Universitas Diponegoro", "Institut
        Teknologi Sepuluh Nopember") with no place abroad in its name: one of Indonesia's own,
        never a foreign partner ("Universitas Kyoto" names a place abroad)."""
        if not _INDONESIAN_FORM.match(name):
            return False
        words = name.rstrip(".").split()[1:]
        for n in range(len(words)):
            for m in range(min(len(words), n + 3), n, -1):
                found = self.gaz.resolve(" ".join(words[n:m]))
                if isinstance(found, PartnerRef) and found.country not in (None, "ID"):
                    return False
        return True

    def _one_name(self, compound: str) -> bool:
        """Whether a dashed compound is one place's name ("Kujawsko-Pomorskie"), not a pair,
        and its first half alone is not that place already ("Jeollabuk-Do": "Jeollabuk")."""
        whole = self.gaz.resolve(compound)
        if whole is None:
            # "Saint-Rivel": two halves that are no place each are one name the gazetteer
            # lacks; a pair names a place on at least one side ("Ambon-Vlissingen"), or a kind
            # word starts its second ("Zundert-Kabupaten Karo": Zundert and Kabupaten Karo)
            halves = re.split(r"[-–]", compound, maxsplit=1)
            return len(halves) == 2 and all(
                re.fullmatch(r"[A-Z][a-z’']{2,}", h)
                and self.gaz.resolve(h) is None
                and normalise(h) not in OFFICE_WORDS
                for h in halves
            )
        if not isinstance(whole, PartnerRef):
            return False
        half = self.gaz.resolve(re.split(r"[-–]", compound, maxsplit=1)[0])
        return not (
            isinstance(half, PartnerRef)
            and (half.country, half.kind, half.region or half.name)
            == (whole.country, whole.kind, whole.region or whole.name)
        )

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
            if not any(t[0] != "other" for t in facts.types):
                # "kerjasama dengan lembaga internasional seperti ... Western Sydney
                # University": a university's tie told with no document nor event of its own
                # is background, never a record (no real article's label has one)
                taken.append(m.span())
                continue
            along = partnered and partnered.group(0).lower().startswith(("bersama", "and", "dan"))
            if along and not any(t[0] not in lexicon.EVENT_CLASS for t in facts.types):
                continue  # "Kunjungan Wali Kota ... bersama Yayasan SSVA": came along, no party
            end = start + len(name)
            if len(name.split()) >= 2 and not any(start < e and end > s for s, e in taken):
                ref = PartnerRef(name, "institution", None)
                hit = self._with_country(PartnerHit(ref, start, end), text, facts)
                taken.append((start, end))
                if hit.ref.country is None and self._indonesian_institution(name):
                    continue  # "MoU dengan Universitas Diponegoro": one of Indonesia's own
                facts.partners.append(hit)
        person_words = {w for name in self.people for w in name.split() if len(w) > 2}
        person_words |= self.name_words
        venue_end = -1
        for run in phrases(text, self._one_name):
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
                if run[i][2] in CONNECTOR or any(run[i][0] < e and run[i][1] > s for s, e in taken):
                    i += 1
                    continue
                for j in range(min(len(run), i + 7), i, -1):
                    if run[j - 1][2] in CONNECTOR:
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
                        if (
                            _EXCEPT_HOME.search(text[max(0, a - 25) : a])
                            or subjects.example(text, a, b)
                            or subjects.named_accord(text, a, b)
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
