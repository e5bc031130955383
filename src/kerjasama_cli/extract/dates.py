"""Dates in running text, resolved against the article's own date, at the precision stated.

"Selasa (27/5)" in an article of 28 May 2025 is 2025-05-27; "pada tahun 2024" is 2024; "sejak
1986" is 1986; "kemarin" is the day before publication. With no publication date, expressions
that need one (a day and month without a year, "yesterday") are left unresolved.
"""

from __future__ import annotations

import datetime as dt
import re

from kerjasama_cli.extract.date_mention import DateMention
from kerjasama_cli.extract.date_origins import of_a_renewed_document, of_an_origin
from kerjasama_cli.extract.date_patterns import PATTERNS, TO, WEEKDAY, YEAR, month_number
from kerjasama_cli.extract.date_resolve import (
    day_or_none,
    in_the_told_year,
    resolve,
    weekday_note,
)

# The names the other steps and the tests import from here, wherever they are defined.
__all__ = [
    "YEAR",
    "DateMention",
    "article_years",
    "day_or_none",
    "find_dates",
    "month_number",
    "of_a_renewed_document",
    "of_an_origin",
    "told_year",
]

# Words that make the date that follows the date of a quotation or a source, not of an event.
_SOURCE_CUE = re.compile(
    r"(?:dikutip|mengutip|dilansir|melansir|diakses|dirilis|quoted|cited|accessed|published|"
    r"diterbitkan|keterangan (?:resmi|tertulis)(?:nya)?|siaran pers|press release|statement|"
    # "Berdasarkan keterangan yang diterima pada Jumat (3/11/2023)": the statement's day
    r"keterangan yang diterima|"
    # a byline's update or posting line ("diperbarui 08 Jun 2016, 23:15 WIB", "Updated: ...")
    r"diperbarui|dipublikasikan|updated|posted)\b[^.;]{0,60}$|"
    # "Seperti dikutip dalam pres rilis Bagian Protokol ... Sekretariat Daerah Kabupaten
    # Sumedang, Minggu, 5 Maret 2023": the release's office can be long
    r"\bpres{1,2}\s?rilis\b[^.;]{0,140}$",
    re.I,
)


# A speech verb before the date: the date is when it was said ("..., kata Gubernur, Minggu
# (18/2/2024)", "..., ujarnya di Kupang, Senin (3/3)", "the governor said in Bandung on Tuesday").
_SAID_CUE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|terang|jelas|tegas|papar|sebut)(?:nya)?\b[^.;\"“”]{0,60}$|"
    r"\b(?:said|says|told|stated)\b[^.;\"“”]{0,40}$",
    re.I,
)


_SPAN = re.compile(rf"(?:\w+\s*,?\s*\(?)?\d{{1,2}}(?:st|nd|rd|th)?{TO}\d", re.I)


# "In 1992, ... signed a Memorandum of Understanding on September 29", "Pada tahun 2019 ...
# ditandatangani 12 Mei": the sentence's one year, told as when, is the year of its day and
# month.
_TOLD_YEAR = re.compile(rf"\b(?:in|pada(?: tahun)?|tahun)\s+(?P<y>{YEAR})\b(?!-an)", re.I)


def told_year(sentence: str) -> int | None:
    """The one year a sentence names, when it names it as when something happened."""
    years = set(re.findall(rf"\b{YEAR}\b", sentence))
    told = {m.group("y") for m in _TOLD_YEAR.finditer(sentence)}
    return int(told.pop()) if len(years) == 1 and len(told) == 1 else None


def article_years(paragraphs: list[str]) -> frozenset[int]:
    """The latest year of the article's dates with a month ("7-9 Juli 2012", "September 2025"):
    what a weekday's day and month can belong to when the article gives no publication date.
    The years before it are its background's, and a bare year ("Tahun 1995, ...") is often the
    only one a story of the past names; either would put the day on its weekday one time in
    seven."""
    years = [int(d.iso[:4]) for p in paragraphs for d in find_dates(p, None) if len(d.iso) >= 7]
    return frozenset({max(years)}) if years else frozenset()


_DECADE = re.compile(r"-?an\b")


def find_dates(
    sentence: str, published: dt.date | None, years: frozenset[int] = frozenset()
) -> list[DateMention]:
    """Every date in sentence, left to right, resolved as far as the text and published allow
    (`years`: those the article names, for an article without its publication date)."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    year = told_year(sentence)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            a, b = m.span()
            if not free(a, b):
                continue
            iso = resolve(kind, m, published, years)
            if kind in ("md", "dm", "dm_num") and year is not None:
                iso = in_the_told_year(m, year, published) or iso
            if iso is None or _DECADE.match(sentence, b):
                continue  # "tahun 2000-an": the 2000s, a decade and no record's date
            taken.append((a, b))
            pre = (m.groupdict().get("pre") or "").lower()
            since = pre.startswith(("sejak", "since"))
            source = bool(_SOURCE_CUE.search(sentence[max(0, a - 200) : a]))
            relative = kind in (
                *("dm_num", "md", "dm", "rel", "wd", "m", "period", "m_rel", "wd_week"),
            )
            said = bool(_SAID_CUE.search(sentence[max(0, a - 70) : a]))
            span = bool(_SPAN.match(m.group(0)))
            note = weekday_note(kind, m, iso)
            found.append(
                DateMention(
                    iso, m.group(0).strip(), a, b, since, source, relative, said, span, note
                )
            )
    found.sort(key=lambda d: d.start)
    # "pada Rabu malam (25/9/2024)": the weekday is that day's, not a year of its own; beside
    # "pada tahun 2008" it adds nothing
    told = {d.iso for d in found if not _WEEKDAY_ONLY.search(d.text)}
    if any(len(d) == 10 for d in told):
        found = [d for d in found if not (len(d.iso) == 4 and _WEEKDAY_ONLY.search(d.text))]
    found = [d for d in found if not (d.iso in told and _WEEKDAY_ONLY.search(d.text))]
    if year is not None and any(d.iso.startswith(f"{year}-") and d.relative for d in found):
        # the year was told for the day and month: one date, not two
        found = [d for d in found if d.iso != str(year)]
    # "berlangsung hingga tahun 2026", "valid until 2026": the end of a term, no record's date.
    found = [d for d in found if not _UNTIL.search(sentence[max(0, d.start - 40) : d.start])]
    # "baru dapat direalisasikan setelah ... Tahun 2029", "since becoming ambassador in March
    # 2024": a year still to come for a plan, a day someone took office; no record's date.
    found = [d for d in found if not _NOT_ITS_DAY.search(sentence[max(0, d.start - 90) : d.start])]
    # "Senin (12/6/2023)", "Tuesday, 13th of March 2018": the weekday names the day the date
    # after it gives, not a day of the week before publication.
    return [
        d
        for n, d in enumerate(found)
        if not (
            n + 1 < len(found)
            and _WEEKDAY_ONLY.search(d.text)
            and _JOINED.fullmatch(sentence[d.end : found[n + 1].start])
            and not _WEEKDAY_ONLY.search(found[n + 1].text)
        )
    ]


_UNTIL = re.compile(
    r"\b(?:hingga|sampai(?: dengan)?|s\.?d\.?|s/d|until|till|through|"
    # "berakhir masa berlakunya pada tahun 2019": the end of a document's term
    r"berakhir(?: masa berlaku(?:nya)?)?(?: pada)?|"
    r"expir(?:es|ed|ing)?(?: in| on)?|ended(?: in| on)?)\s+(?:(?:akhir|tahun|bulan|the end of|"
    r"end of|tanggal|tgl\.?)\s+)*(?:(?:\w+\s*,?\s*)?\()?$",
    re.I,
)
_NOT_ITS_DAY = re.compile(
    r"\b(?:dapat|bisa|akan)\s+(?:\w+\s+)?(?:direalisasikan|terealisasi|diwujudkan|terwujud|"
    r"dilaksanakan)\s+(?:setelah|sesudah)\b[^.;]{0,60}$|"
    r"\b(?:can|could|will)\s+(?:only\s+)?be\s+(?:realised|realized|implemented|carried out)\s+"
    r"after\b[^.;]{0,60}$|"
    r"\b(?:sejak|semenjak)\s+(?:menjadi|menjabat|dilantik|diangkat)\b[^.;]{0,60}$|"
    r"\bsince\s+(?:becoming|being appointed|taking office|(?:he|she|they)\s+(?:became|took "
    r"office|was appointed))\b[^.;]{0,60}$",
    re.I,
)
_WEEKDAY_ONLY = re.compile(rf"^(?:\w+\s+)?(?:{WEEKDAY})$", re.I)
_JOINED = re.compile(r"[\s,(]*(?:tanggal|tgl\.?|the)?[\s,(]*", re.I)
