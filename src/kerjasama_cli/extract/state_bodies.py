"""Indonesia's own state bodies, never a foreign partner.

Indonesia's missions and ministries abroad and at home (KBRI Tokyo, KJRI Cape Town, the Indonesian
Consulate General in Sydney, Kemenlu, Kemendagri, a ministry) are never foreign partners, nor is
the city that only says where such a body sits; the central government acting on its own makes
no record of a local government (found on real articles, tests/extract_cases/real*).
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.places import country_of

# Indonesia's missions and ministries, with the seat that may follow ("KBRI Tokyo", "KJRI di
# Cape Town", "Indonesian Consulate General in Sydney").
_SEAT = r"(?:\s+(?:di|in|at)\s+|\s+)(?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)?"
STATE_BODY = re.compile(
    r"\b(?:KBRI|KJRI|KRI|Konjen RI|Konsul(?:at)? Jenderal RI|Konsul Kehormatan RI|"
    r"Kedutaan Besar Republik Indonesia(?:\s*\((?:KBRI)\))?|"
    r"Konsulat Jenderal Republik Indonesia(?:\s*\((?:KJRI)\))?|"
    r"Indonesian (?:Embassy|Consulate(?: General)?|Consul(?: General)?|Ambassador|Mission)|"
    r"Embassy of (?:the Republic of )?Indonesia|Consulate General of (?:the Republic of )?"
    r"Indonesia|Duta Besar (?:RI|Republik Indonesia|Indonesia)|Dubes RI|"
    r"Kemenlu|Kemlu|Kemendagri|Kemendag|Kemenkeu|Bappenas|Setneg|Setjen|"
    r"Kementerian(?:\s+[A-Z][\w-]*){1,4}(?!\s+(?:of\s+)?(?!Indonesia|RI)[A-Z])|"
    r"Ministry of(?:\s+[A-Z][\w-]*){1,3}(?!\s+of\s+(?!Indonesia)[A-Z])|"
    r"Pusat Fasilitasi Kerja Sama)"
    # "Consulate General of the Republic of Indonesia (KJRI) Cape Town": the acronym, then the seat
    r"(?:\s*\((?:KBRI|KJRI)\))?"
    rf"(?:{_SEAT})?"
    # Portfolios are not places: "Minister for Enterprise, Investment and Trade".
    r"|\b(?:Minister|Menteri|Department|Dinas|Secretary|Director)\s+(?:for|of|on)\s+"
    r"[A-Z][\w-]*(?:(?:,\s*|\s+and\s+|\s*&\s*)[A-Z][\w-]*)*",
)


# The Indonesian state acting on its own ("Pemerintah pusat melalui KJRI telah melakukan
# pertemuan ..."): its meetings are not the local government's records.
CENTRAL_ACTS = re.compile(
    r"^\W*(?:Pemerintah (?:pusat|Indonesia|RI)|Kemenlu|Kemlu|Kementerian Luar Negeri|"
    r"Kemendagri|KBRI|KJRI|Konsulat Jenderal Republik Indonesia|"
    r"Kedutaan Besar Republik Indonesia|The Indonesian (?:Embassy|Consulate|government)|"
    r"Indonesia['’]s (?:Embassy|Consulate|government))\b",
    re.I,
)


# A ministry named with a foreign country at its end ("Kementerian Pertanian Malaysia") is that
# country's, not ours: the pattern's words run on over the country's name.
_MINISTRY = re.compile(r"^(?:Kementerian|Ministry of)\s")


def _foreign_ministry(body: str) -> bool:
    if not _MINISTRY.match(body):
        return False
    words = body.split()
    return any(country_of(" ".join(words[-n:])) not in (None, "ID") for n in (1, 2, 3))


def mask_state_bodies(text: str) -> str:
    """The sentence with Indonesia's state bodies (and their seats) blanked out."""
    return STATE_BODY.sub(
        lambda m: m.group(0) if _foreign_ministry(m.group(0)) else " " * len(m.group(0)), text
    )
