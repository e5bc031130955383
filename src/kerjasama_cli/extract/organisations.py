"""International organisations without a country, and named institutions.

Neither is ever a partner of a local government's record (docs/domain.md): places.py and
sentence_places.py read them so that their names are not taken for places.
"""

from __future__ import annotations

import re

# Organisations without a country: (pattern, canonical name).
ORGANISATIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bC40(?: Cities(?: Climate Leadership Group)?)?\b"), "C40"),
    (re.compile(r"\bICLEI\b(?:\s*[-–]\s*Local Governments for Sustainability)?"), "ICLEI"),
    (re.compile(r"\bCity[Nn]et\b|\bCITYNET\b"), "CityNet"),
    (re.compile(r"\bUCLG(?: ASPAC)?\b|United Cities and Local Governments"), "UCLG"),
    (re.compile(r"\bUN[- ]Habitat\b"), "UN-Habitat"),
    (re.compile(r"\bMetropolis\b"), "Metropolis"),
    (re.compile(r"ASEAN Smart Cities Network|\bASCN\b"), "ASEAN Smart Cities Network"),
    (re.compile(r"\bUNESCO\b"), "UNESCO"),
    (re.compile(r"\bUNICEF\b"), "UNICEF"),
    (re.compile(r"\bUNDP\b"), "UNDP"),
    (re.compile(r"World Bank|Bank Dunia"), "World Bank"),
    (re.compile(r"Asian Development Bank|\bADB\b"), "Asian Development Bank"),
    (re.compile(r"\bJICA\b"), "JICA"),
    (re.compile(r"\bKOICA\b"), "KOICA"),
    (re.compile(r"\bGIZ\b"), "GIZ"),
    (re.compile(r"\bUSAID\b"), "USAID"),
    (re.compile(r"Bloomberg Philanthropies"), "Bloomberg Philanthropies"),
    (re.compile(r"World Health Organi[sz]ation|\bWHO\b"), "World Health Organization"),
    (re.compile(r"Global Covenant of Mayors"), "Global Covenant of Mayors"),
    (re.compile(r"\bLatA-?Pac\b|Asia-Pacific City Summit"), "Asia-Pacific City Summit"),
]
# A named institution: a capitalised name ending (or starting) with one of these words.
INSTITUTION = re.compile(
    r"\b(?:University|Institute|College|Academy|Museum) of [A-Z][\w'’-]*"
    r"|\b(?:[A-Z][\w'’&.-]*\s+)(?:(?:[A-Z][\w'’&.-]*|of|for|and|the|de)\s+){0,5}"
    r"(?:University|Academy|Institute|College|School|Hospital|Foundation|Museum|Chamber of"
    r" Commerce)\b"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*)?"
    r"|\b(?:Universitas|Universiti|Institut|Akademi|Yayasan)\s+(?:[A-Z][\w'’.-]*\s*){1,5}"
)
