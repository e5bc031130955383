"""Partners the upper gazetteer never offers: towns of 500 to 15,000 people (geo/towns.py),
read only where the text already stands the name in a place's shape and tells its country.

Two shapes, each needing the lower tier to know the name in that very country:

- a kind word ("Pemerintah Kota Vanimo", "sister city Zundert-Kabupaten Karo", "Timra Town")
  with the country named in the same sentence or the one before or after it ("... dari negara
  Papua Nugini (PNG)"), and only one such country knowing a town of that name;
- "X, COUNTRY" or "X (COUNTRY)" with no kind word ("Zundert, Belanda").

A town's name is often a person's too (Sato is a Japanese town), so a name after a head's,
an envoy's or an honorific's title is never read as one ("Wali Kota Sato", "Konjen Sato",
"Mr. Sato"): seats.py reads a head's seat by its own rules. Nor is a name after a province's
kind word (the tier holds towns: "Provinsi Shanshi" is a garbled Shanxi, not the town), nor a
name Indonesia has a place of (Gazetteer.town).

A kind word and a country near with no town of the tier to confirm the name was measured and
left out: it read "Kota Kembar", "Friendship City" and heads' seats as towns (bench/ANALYSIS.md).
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.places import Gazetteer, PartnerRef, country_of

# A title right before the name: the name is a person's (or a seat, seats.py's to read).
_TITLED = re.compile(
    r"\b(?:Wali ?[Kk]ota|Walikota|Wakil|Gubernur|Bupati|Mayor|Governor|Regent|Konjen|Dubes|"
    r"Duta Besar|Ambassador|Konsul|Consul|Camat|Ketua|Kepala|Bapak|Ibu|Pak|Bu|Mr|Mrs|Ms|Dr|"
    r"Prof|Sir|Madam|Tuan|Nyonya|Saudara)\.?\s+(?:(?:Kota|Kabupaten|City of)\s+)?$"
)
_TITLE_FIRST = re.compile(r"(?:Wali|Walikota|Wakil|Gubernur|Bupati|Mayor|Governor|Regent)\b")
# A kind word inside the name, before or after it.
_KIND_IN = re.compile(
    r"^(?:Pemerintah\s+)?(?:Kota|Kabupaten|Distrik|City of|Town of|Municipality of|"
    r"County of)\s|\s(?:City|Town|County|District|Municipality)$"
)
# A region's kind word before the name: the tier holds towns, not provinces.
_REGION_KIND = re.compile(
    r"(?:^|\b)(?:Provinsi|Prefektur|Negara Bagian|Province of|Prefecture of|State of|Region of)"
    r"\s+$|^(?:Pemerintah\s+)?(?:Provinsi|Prefektur|Negara Bagian)\s",
    re.I,
)
_TOWN_SUFFIX = re.compile(r"\s(?:Town|District)$")
_COMMA_OR_BRACKET = re.compile(r"\s*[,(]")
# A run of capitalised words that may be a country ("Papua Nugini", "PNG", "Korea Selatan").
_RUN = re.compile(r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*")


def countries_named(text: str) -> frozenset[str]:
    """The foreign countries a sentence names by their own names (not Indonesia)."""
    found: set[str] = set()
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                code = country_of(" ".join(words[i : i + n])) if i + n <= len(words) else None
                if code:
                    found.add(code)
                    i += n
                    break
            else:
                i += 1
    found.discard("ID")
    return frozenset(found)


def near_countries(texts: list[str]) -> list[frozenset[str]]:
    """For each sentence, the foreign countries named in it and in the sentences beside it."""
    named = [countries_named(t) for t in texts]
    return [
        named[i].union(*named[max(0, i - 1) : i], *named[i + 1 : i + 2]) for i in range(len(named))
    ]


def lower_tier_town(
    gaz: Gazetteer,
    phrase: str,
    text: str,
    start: int,
    end: int,
    code: str | None,
    kind_before: bool,
    around: frozenset[str],
) -> PartnerRef | None:
    """The lower tier's town that phrase (at text[start:end]) names, when a place's shape and
    its country vouch for it; code is the country told right beside it, if any."""
    if _TITLED.search(text[max(0, start - 40) : start]) or _TITLE_FIRST.match(phrase):
        return None
    if _REGION_KIND.search(text[max(0, start - 24) : start]) or _REGION_KIND.match(phrase):
        return None  # "Kota Kunming Provinsi Shanshi": a province's name, never a town's
    kind = kind_before or bool(_KIND_IN.search(phrase))
    name = _TOWN_SUFFIX.sub("", phrase)
    if kind and code is None:
        towns = {town for cc in sorted(around) if (town := gaz.town(name, cc)) is not None}
        return towns.pop() if len(towns) == 1 else None
    if code is not None and (kind or _COMMA_OR_BRACKET.match(text, end)):
        return gaz.town(name, code)
    return None
