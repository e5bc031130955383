"""The local party: the Indonesian government whose head or office acts in the article.

Not the registry's home government by default: "Pemerintah Kabupaten Badung menjajaki ...",
"Bupati Klaten ...", "Jakarta's governor signed ...", "the Mayor of Makassar". A place counts
only with evidence that it is an Indonesian government: the registry knows it (name or alias),
the gazetteer places it in Indonesia, or an Indonesian-only office word names it ("Kabupaten
Badung", "Pemkab", "Pemkot", "Pemprov", "Bupati"). A bare title before a name ("Bupati Fahmi
Muhammad Hanif") is a person, never a place. The name found is the registry's canonical one when
the registry knows it (by name or alias); otherwise it is proposed as written, a new government.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from kerjasama_cli.extract.id_governments import NAMES as ID_NAMES
from kerjasama_cli.geo.names import normalise

_CAP = r"[A-Z][\w’'-]*"
_PLACE = rf"(?P<p>{_CAP}(?:\s+{_CAP}){{0,3}})"
# An office word, then the government's name: Indonesian-only words first (they vouch for the
# place on their own), then words any country uses (they need the place to be Indonesian).
# "Pemerintah Kota (Pemkot) Makassar": the office's short form in brackets before the name.
_SHORT_FORM = r"(?:\s*\((?:Pemkot|Pemkab|Pemprov|Pemda)\))?"
_OFFICE_ID = re.compile(
    r"\b(?:Pemerintah\s+Kabupaten|Pemkab|Pemkot|Pemprov|Kabupaten|Pemerintah\s+Daerah)"
    + _SHORT_FORM
    + r"\s+(?:Provinsi\s+|Kota\s+)?"
    + _PLACE
)
_OFFICE = re.compile(
    r"\b(?:Wali\s?[Kk]ota|Walikota|Wakil\s+Wali\s?[Kk]ota|Gubernur|Wakil\s+Gubernur|Bupati|"
    r"GUBERNUR|BUPATI|WALI\s?KOTA|WALIKOTA|"  # a lead's first words in capitals
    r"Wakil\s+Bupati|Pemerintah\s+Provinsi|Pemerintah\s+Kota|"
    r"Sekda|Sekretaris\s+Daerah|(?:Pj|Plt|Penjabat)\.?\s+(?:Gubernur|Bupati|Wali\s?[Kk]ota)|"
    r"(?:Mayor|Governor|Regent|Vice[- ]Governor|Vice[- ]Mayor|[Gg]overnment|[Aa]dministration)"
    r"\s+of(?:\s+the)?(?:\s+(?:City|Province|Regency)\s+of)?)"
    + _SHORT_FORM
    + r"\s+(?:Provinsi\s+|Kota\s+)?"
    + _PLACE
)
# "Governor Soelarso of East Java"
_OFFICE_NAMED = re.compile(
    rf"\b(?:Governor|Mayor|Regent|Vice[- ]Governor|Gubernur|Bupati)\s+{_CAP}(?:\s+{_CAP}){{0,2}}"
    r"\s+of\s+" + _PLACE
)
_OFFICE_AFTER = re.compile(
    _PLACE + r"(?:['’]s)?\s+(?:(?:[Vv]ice|[Dd]eputy)[- ])?(?:[Mm]ayor|[Gg]overnor|[Rr]egent|"
    # "The West Java provincial administration" (or the press's "provinicial"): its office
    r"[Rr]egency|[Cc]ity [Gg]overnment|[Pp]rovin\w*\s+(?:[Gg]overnment|[Aa]dministration)|"
    r"[Aa]dministration|"
    r"City(?! Hall))\b"  # "Singkawang City signed ...": the city itself acts
)
_ANY_OFFICE = re.compile(
    r"GUBERNUR|BUPATI|WALI|City|Pemerintah|Pem(?:kab|kot|prov)|Kabupaten|Wali|Gubernur|Bupati|Sekda|Sekretaris|"
    r"[Mm]ayor|[Gg]overnor|[Rr]egen(?:t|cy)|[Gg]overnment|[Aa]dministration"
)
# "berlangsung di Istana Basa Pagaruyung, Batusangkar, Kabupaten Tanah Datar": an office word
# after a venue and its town is the venue's address, not a government acting.
_VENUE_ADDRESS = re.compile(
    rf"\b(?:di|in|at)\s+{_CAP}(?:\s+{_CAP})*(?:,\s*{_CAP}(?:\s+{_CAP})*)*,\s*$"
)
_AFFIX = re.compile(
    r"^(?:the\s+)?(?:City|Regency|Province|Municipality|Government) of\s+|"
    r"\s+(?:City|Regency|Municipality|City Government|Regency Government)$"
)
_BETWEEN = re.compile(r"\b(?:antara|between)\s+(?:the\s+)?$", re.I)
# Short names the press uses for provinces, and English names, to the provinces' own names.
SHORT_NAMES = {
    "ntb": "Nusa Tenggara Barat",
    "ntt": "Nusa Tenggara Timur",
    "jateng": "Jawa Tengah",
    "jatim": "Jawa Timur",
    "jabar": "Jawa Barat",
    "diy": "Daerah Istimewa Yogyakarta",
    "di yogyakarta": "Daerah Istimewa Yogyakarta",
    "sulsel": "Sulawesi Selatan",
    "sulut": "Sulawesi Utara",
    "sumut": "Sumatera Utara",
    "sumbar": "Sumatera Barat",
    "sumsel": "Sumatera Selatan",
    "kaltim": "Kalimantan Timur",
    "kalbar": "Kalimantan Barat",
    "kalsel": "Kalimantan Selatan",
    "solo": "Surakarta",
    "jogja": "Yogyakarta",
    "yogya": "Yogyakarta",
    "central java": "Jawa Tengah",
    "east java": "Jawa Timur",
    "west java": "Jawa Barat",
    "west nusa tenggara": "Nusa Tenggara Barat",
    "east nusa tenggara": "Nusa Tenggara Timur",
    "south sulawesi": "Sulawesi Selatan",
    "north sulawesi": "Sulawesi Utara",
    "north sumatra": "Sumatera Utara",
    "west sumatra": "Sumatera Barat",
    "east kalimantan": "Kalimantan Timur",
    # the other provinces of Kalimantan, Sulawesi, Maluku, Papua and Java, short and English
    "kaltara": "Kalimantan Utara",
    # Sumatra's and the Riau islands' ("Gubernur Kepri Ansar Ahmad")
    "kepri": "Kepulauan Riau",
    "babel": "Kepulauan Bangka Belitung",
    "riau islands": "Kepulauan Riau",
    "bangka belitung": "Kepulauan Bangka Belitung",
    "kalteng": "Kalimantan Tengah",
    "sulteng": "Sulawesi Tengah",
    "sultra": "Sulawesi Tenggara",
    "sulbar": "Sulawesi Barat",
    "malut": "Maluku Utara",
    "north kalimantan": "Kalimantan Utara",
    "central kalimantan": "Kalimantan Tengah",
    "south kalimantan": "Kalimantan Selatan",
    "west kalimantan": "Kalimantan Barat",
    "central sulawesi": "Sulawesi Tengah",
    "southeast sulawesi": "Sulawesi Tenggara",
    "south east sulawesi": "Sulawesi Tenggara",
    "west sulawesi": "Sulawesi Barat",
    "north maluku": "Maluku Utara",
    "west papua": "Papua Barat",
    "southwest papua": "Papua Barat Daya",
    "south papua": "Papua Selatan",
    "central papua": "Papua Tengah",
    "highland papua": "Papua Pegunungan",
    "special region of yogyakarta": "Daerah Istimewa Yogyakarta",
}

# "South Tangerang City", "North Sulawesi": English order and words for an Indonesian name.
_COMPASS = {"south": "Selatan", "north": "Utara", "west": "Barat", "east": "Timur"}
# "East Java Province", "Jakarta Capital Region", "Yogyakarta Special Administrative Region": an
# English kind word after an Indonesian name.
_ENGLISH_KIND = re.compile(
    r"^(?P<rest>.+?)\s+(?:province|(?P<capital>(?:special\s+)?capital(?:\s+city)?\s+region)|"
    r"(?P<special>special\s+(?:administrative\s+)?region))$"
)
_ENGLISH = re.compile(r"^(south|north|west|east|central)\s+(.+?)(?:\s+(?:city|regency))?$")
# The office and kind words the press puts before an Indonesian government's name, in any
# order the corpus shows ("Pemda Sigi", "Pemerintah Daerah Kabupaten Sigi", "Pemkab Sigi").
# "Daerah Istimewa" and "Daerah Khusus" begin a province's own name.
_ID_KIND = re.compile(
    r"^(?:(?:Pemerintah(?:\s+Daerah(?!\s+(?:Istimewa|Khusus)))?|Pemda|Pemkab|Pemkot|Pemprov)\s+)?"
    r"(?:(?:Kabupaten|Kab\.|Kota|Provinsi)\s+)?",
    re.I,
)

# Capitalised words an office word may precede that name no place ("Pemkot Untuk ...").
_NOT_NAMES = frozenset(
    [
        "untuk",
        "dan",
        "dengan",
        "yang",
        "akan",
        "telah",
        "juga",
        "di",
        "ke",
        "dari",
        "pada",
        "itu",
        "ini",
        "tersebut",
        "bersama",
        "se",
    ]
)
# place text -> "home", "local", a foreign partner, or None (unknown)
Resolver = Callable[[str], object]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class PartyFinder:
    """Finds the acting Indonesian government in sentences, against the registry's names."""

    def __init__(self, resolve: Resolver, home: str, governments: Mapping[str, str]) -> None:
        self.resolve = resolve
        self.home = home
        self.governments = {_fold(k): v for k, v in governments.items()}
        self.governments.setdefault(_fold(home), home)

    def canonical(self, name: str) -> str:
        """The registry's name for `name` (a name, an alias or a short name), else as written."""
        name = _AFFIX.sub("", name).strip() or name  # "the City of Surabaya": Surabaya
        # "The West Java provincial administration ...": a sentence's article, not the name
        name = re.sub(r"^[Tt]he\s+(?=[A-Z])", "", name)
        if name.isupper() and len(name) > 4:
            name = name.title()  # "MANADO, (speednews) —": a dateline's capitals
        key = _fold(name)
        if key in self.governments:
            return self.governments[key]
        if key in SHORT_NAMES:
            full = SHORT_NAMES[key]
            return self.governments.get(_fold(full), full)
        kind = _ENGLISH_KIND.match(key)
        if kind:  # "East Java Province", "Yogyakarta Special Administrative Region" (real21)
            rest = kind.group("rest")
            if kind.group("capital"):
                rest = f"dki {rest}"
            elif kind.group("special"):
                rest = f"special region of {rest}"
            found = self.canonical(rest)
            if _fold(found) != _fold(rest) or rest in self.governments:
                return found
            plain = not kind.group("capital") and not kind.group("special")
            if plain and normalise(rest) in ID_NAMES:
                # "Lampung Province", "Papua Province": a province on Indonesia's list, named the
                # English way; its name as written, without the English kind word
                return name[: len(rest)]
        office = _ID_KIND.match(name)
        if office and 0 < office.end() < len(name):
            # "Pemda Sigi", "Pemerintah Daerah Kabupaten Sigi": the government of a place on
            # Indonesia's list is the place, whichever office word the text gives it (the
            # registry's own "Kota Bogor" was matched whole above).
            rest = name[office.end() :]
            found = self.canonical(rest)
            if _fold(found) != _fold(rest) or normalise(rest) in ID_NAMES:
                return found
        english = _ENGLISH.match(key)
        if english and english.group(1) in _COMPASS:
            full = f"{english.group(2).title()} {_COMPASS[english.group(1)]}"
            return self.governments.get(_fold(full), full)
        return name

    def _place(self, words: list[str], vouched: bool) -> str | None:
        """The longest leading run of words that is an Indonesian government."""
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            key = _fold(name)
            if key in self.governments or key in SHORT_NAMES:
                return self.canonical(name)
            found = self.resolve(name)
            if found == "home":
                return self.home
            if found == "local":
                return self.canonical(name)
            if found is not None:
                return None  # a foreign place: "Wali Kota Tono City", "Gubernur Fujian"
        if vouched and words and _fold(words[0]) not in _NOT_NAMES:
            # "Kabupaten Badung", "Kabupaten Tanah Datar": the office word vouches for it.
            name = []
            for word in words[:3]:
                if _fold(word) in _NOT_NAMES:
                    break
                name.append(word)
            # "Pemerintah Kabupaten Gurye, Provinsi Jeollanam-do": a Korean county; the office
            # word vouches only for a name on Indonesia's list of regencies and cities.
            if normalise(" ".join(name)) in ID_NAMES:
                return " ".join(name)
        return None

    def find(self, sentence: str) -> list[tuple[int, str]]:
        """(position, government) for every office of an Indonesian government in a sentence."""
        found: list[tuple[int, str]] = []
        if not _ANY_OFFICE.search(sentence):
            return found  # most sentences name no office: skip the patterns
        patterns = ((_OFFICE_ID, True), (_OFFICE, False), (_OFFICE_NAMED, False))
        for pattern, vouched in (*patterns, (_OFFICE_AFTER, False)):
            for m in pattern.finditer(sentence):
                if _VENUE_ADDRESS.search(sentence[max(0, m.start() - 80) : m.start()]):
                    continue
                words = [re.sub(r"['’]s$", "", w) for w in m.group("p").split()]
                if pattern is _OFFICE_AFTER:
                    words = words[-3:]  # "West Nusa Tenggara’s Governor": up to three
                    name = None
                    for n in range(len(words)):  # "Seoul Mayor": the words right before
                        name = self._place(words[n:], False)
                        if name:
                            break
                else:
                    name = self._place(words, vouched)
                if name:
                    found.append((m.start(), name))
        # "Bupati Badung menghadiri penandatanganan MoU antara Pemprov Bali dan ...": the party
        # named after "antara"/"between" signs; who attends comes after it.
        found.sort(key=lambda f: (not _BETWEEN.search(sentence[max(0, f[0] - 12) : f[0]]), f[0]))
        return found
