"""A place's country told before it, the English way: "the Dutch city of Ostravel", "Japan's
Akizuma Prefecture", and Indonesian "Belanda, khususnya Kota Ostravel".

English news names a foreign town the gazetteer lacks by its nationality ("the Chilean town of
Puerto Aldea") or its country's possessive more often than by a country after it; both vouch
for the town as a comma and a country after it do (place_evidence.py). The nationalities are
those of the countries Indonesian local governments partner with, written from the language
(issue 23, i44h), not from a batch: a nationality missing here only leaves such a town unread.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.places import country_of

NATIONALITIES: dict[str, str] = {
    "American": "US",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Australian": "AU",
    "Austrian": "AT",
    "Bangladeshi": "BD",
    "Belgian": "BE",
    "Brazilian": "BR",
    "British": "GB",
    "Bruneian": "BN",
    "Bulgarian": "BG",
    "Cambodian": "KH",
    "Canadian": "CA",
    "Chilean": "CL",
    "Chinese": "CN",
    "Colombian": "CO",
    "Croatian": "HR",
    "Cuban": "CU",
    "Czech": "CZ",
    "Danish": "DK",
    "Dutch": "NL",
    "Egyptian": "EG",
    "English": "GB",
    "Estonian": "EE",
    "Fijian": "FJ",
    "Filipino": "PH",
    "Finnish": "FI",
    "French": "FR",
    "German": "DE",
    "Greek": "GR",
    "Hungarian": "HU",
    "Indian": "IN",
    "Iranian": "IR",
    "Irish": "IE",
    "Italian": "IT",
    "Japanese": "JP",
    "Jordanian": "JO",
    "Kazakh": "KZ",
    "Kenyan": "KE",
    "Korean": "KR",
    "Laotian": "LA",
    "Latvian": "LV",
    "Lithuanian": "LT",
    "Malaysian": "MY",
    "Mexican": "MX",
    "Moroccan": "MA",
    "Mongolian": "MN",
    "New Zealand": "NZ",
    "Norwegian": "NO",
    "Pakistani": "PK",
    "Peruvian": "PE",
    "Philippine": "PH",
    "Polish": "PL",
    "Portuguese": "PT",
    "Qatari": "QA",
    "Romanian": "RO",
    "Russian": "RU",
    "Saudi": "SA",
    "Scottish": "GB",
    "Serbian": "RS",
    "Singaporean": "SG",
    "Slovak": "SK",
    "Slovenian": "SI",
    "South African": "ZA",
    "South Korean": "KR",
    "Spanish": "ES",
    "Sri Lankan": "LK",
    "Swedish": "SE",
    "Swiss": "CH",
    "Taiwanese": "TW",
    "Thai": "TH",
    "Timorese": "TL",
    "Tunisian": "TN",
    "Turkish": "TR",
    "Ukrainian": "UA",
    "Uzbek": "UZ",
    "Vietnamese": "VN",
    "Welsh": "GB",
}

_KIND = (
    r"(?:city|town|municipality|province|prefecture|state|region|county|district|"
    r"port city|capital)"
)
# "the Dutch city of ", "Chile's coastal town of ": the nationality or the possessive, then the
# kind word and "of", right before the name.
_NATIONALITY_BEFORE = re.compile(
    rf"\b(?P<n>{'|'.join(sorted(NATIONALITIES, key=len, reverse=True))})\s+(?:\w+\s+)?"
    rf"{_KIND}\s+of\s+$"
)
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?:\w+\s+)?(?:" + _KIND + r"\s+of\s+)?$"
)
# "Belanda, khususnya Kota ", "the Netherlands, particularly the city of ": a country, then
# the one town of it the story is about.
_COUNTRY_THEN_TOWN = re.compile(
    r"\b(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*,?\s+(?:khususnya|terutama|tepatnya|"
    r"yakni|yaitu|particularly|specifically|especially|namely|in particular)\s+"
    r"(?:dengan\s+|with\s+)?(?:the\s+)?(?:kota|kabupaten|provinsi|prefektur|negara bagian|"
    rf"{_KIND}\s+of)\s+$",
    re.I,
)


def country_before(text: str, start: int) -> str | None:
    """The foreign country the words right before `start` tell for the place named there."""
    lead = text[max(0, start - 80) : start]
    m = _NATIONALITY_BEFORE.search(lead)
    if m:
        nation = re.compile(rf"\b{m.group('n')}\s+(?:[Gg]overnment|Ambassador|Embassy|Consul)")
        if nation.search(text):
            # "The Thai government ... the Thai city of Makasan": the nation acts; its town is
            # what they talk of, read (or not) by the rules of the nation's own record
            return None
        return NATIONALITIES[m.group("n")]
    for pattern in (_POSSESSIVE_BEFORE, _COUNTRY_THEN_TOWN):
        m = pattern.search(lead)
        if m:
            words = m.group("c").split()
            for n in range(len(words)):  # "the Netherlands": the country's own words, last
                code = country_of(" ".join(words[n:]))
                if code and code != "ID":
                    return code
    return None
