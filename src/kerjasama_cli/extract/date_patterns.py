"""The date expressions of running text, as regular expressions in order of preference, and
the month and weekday words they are written with."""

from __future__ import annotations

import re

from kerjasama_cli.domain.date_words import MONTH_NAMES, THIRDS, WEEKDAY_NAMES

# The registry's month and weekday names, plus spellings met only in older news text. Weekday
# abbreviations (Mon, Sun…) are left out: in running prose they are too often other words.
MONTHS: dict[str, int] = {
    name.lower(): number for number, names in enumerate(MONTH_NAMES, 1) for name in names
} | {"pebruari": 2, "nop": 11, "nopember": 11}
WEEKDAYS: dict[str, int] = {
    name.lower(): number
    for number, names in enumerate(WEEKDAY_NAMES)
    for name in names
    if len(name) > 3
} | {"jum'at": 4, "ahad": 6}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
YEAR = r"(?:19[5-9]\d|20\d\d)"
# Between the two days of a range ("5-10 November", "1 hingga 3 September", "from 1 to 3
# September"): the range is dated by its first day.
TO = r"(?:\s*[-–]\s*|\s+(?:hingga|sampai|s\.?d\.?|s/d|to|until|till)\s+)"
# Between two days told together ("11 dan 12 Juni 2024", "on 11 and 12 June"): the first is
# the day it began, as of a range.
DAYS = rf"(?:{TO}|\s+(?:dan|and|&)\s+)"
# "Selasa-Rabu (11-12/6)", "Friday to Saturday": a range of weekdays is told by its first.
WEEKDAYS_TO = rf"(?:{TO}(?:{WEEKDAY}))?"

# Alternatives in order of preference; each names its groups.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "30 April-2 Mei 2024", "29 September sampai 5 Oktober 2022": a span across months is its
    # first day (CONVENTIONS.md rule 1), of the year the span ends in, or the one before when
    # it crosses the new year (`m2`, date_resolve.py)
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?"
            rf"(?:,?\s+(?:tahun\s+)?(?P<y1>{YEAR}))?{TO}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<m2>{_MONTH})\.?,?\s+(?:tahun\s+)?(?P<y>{YEAR})\b",
            re.I,
        ),
    ),
    # "April 30 to May 2, 2024": the same, month first
    (
        "mdy",
        re.compile(
            rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y1>{YEAR}))?{TO}(?P<m2>{_MONTH})\.?\s+"
            rf"\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})\b",
            re.I,
        ),
    ),
    # 27 Mei 2025, 5-10 November 2023 (the first day), 23 October 2020
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:{DAYS}\d{{1,2}}(?:st|nd|rd|th)?)?"
            # "18 Januari tahun 1985": the formal Indonesian form names the year as one, and
            # "tanggal 12 bulan Juni 2024" the month
            rf"\s+(?:of\s+|bulan\s+)?(?P<m>{_MONTH})\.?,?\s+(?:tahun\s+)?(?P<y>{YEAR})\b",
            re.I,
        ),
    ),
    # October 23, 2020 / Aug. 11, 2025
    (
        "mdy",
        re.compile(
            rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            # "June 11-12, 2024", "June 11 to 13, 2024": the first day
            rf"(?:{DAYS}\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>{YEAR})\b",
            re.I,
        ),
    ),
    # 2025-10-29 (ISO, as bylines print it)
    ("iso", re.compile(rf"\b(?P<y>{YEAR})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b")),
    # (27/4/2023), 27/4/2023, and a range's first day: "(11-12/6/2024)"
    (
        "num",
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:{TO}\d{{1,2}})?/(?P<m>\d{{1,2}})/(?P<y>{YEAR})\b"),
    ),
    # "17-8-2020", "17.08.2020": the same day written with dashes or dots
    ("num", re.compile(rf"\b(?P<d>\d{{1,2}})([-.])(?P<m>\d{{1,2}})\2(?P<y>{YEAR})\b")),
    # Kamis (2/10/25): a two-digit year
    ("num2", re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})\)")),
    # "Kota Chengdu Cina (2002)", "Kota Burgas Bulgaria (LoI 2011)": a year in brackets
    ("py", re.compile(rf"\((?:[A-Za-z]{{2,5}}\s+)?(?P<y>{YEAR})\)")),
    # Selasa (27/5), (12/5), and a range's first day: "Jumat-Sabtu (7-8/6)"
    (
        "dm_num",
        re.compile(
            rf"(?:\b(?P<w>{WEEKDAY}){WEEKDAYS_TO}\s*,?\s*)?"
            rf"\((?P<d>\d{{1,2}})(?:{TO}\d{{1,2}})?/(?P<m>\d{{1,2}})\)",
            re.I,
        ),
    ),
    # "Rabu 12/6", "Rabu, 12/6": the same without brackets, after its weekday only (a bare
    # "12/6" may be a score or a fraction)
    (
        "dm_num",
        re.compile(
            rf"\b(?P<w>{WEEKDAY})\s*,?\s+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})\b(?![/.]\d)", re.I
        ),
    ),
    # Monday (Aug 11), on Aug. 11, 11 Agustus (no year)
    (
        "md",
        re.compile(
            rf"(?:\b(?P<w>{WEEKDAY})\s*,?\s*\(?)?\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:{TO}\d{{1,2}}\b)?\b(?!\s*,?\s*{YEAR})(?!\s*[-:/])",
            re.I,
        ),
    ),
    (
        "dm",
        re.compile(
            rf"(?:\b(?P<w>{WEEKDAY})\s*,?\s*\(?)?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:{DAYS}\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+|bulan\s+)?"
            rf"(?P<m>{_MONTH})\b(?!\.?,?\s+(?:tahun\s+)?{YEAR})",
            re.I,
        ),
    ),
    # "Juni tahun lalu", "June last year", "in June of this year": the month of the year told
    # from publication
    (
        "m_rel",
        re.compile(
            rf"\b(?P<m>{_MONTH})\.?\s+(?:of\s+)?(?P<which>tahun\s+(?:lalu|kemarin|ini)|"
            r"(?:last|this|the previous|the past)\s+year)\b",
            re.I,
        ),
    ),
    # Agustus 2025, August 2025, "Nov. 1989" (English's abbreviation with its dot)
    ("my", re.compile(rf"\b(?P<m>{_MONTH})\.?,?\s+(?:tahun\s+)?(?P<y>{YEAR})\b", re.I)),
    # akhir Agustus lalu, pertengahan Maret, in late March: the month (date_periods.py)
    (
        "m",
        re.compile(
            rf"\b(?:{'|'.join(THIRDS)})(?:\s+of)?-?\s+(?:bulan\s+)?(?P<m>{_MONTH})\b"
            r"(?!\.?,?\s*\d)",
            re.I,
        ),
    ),
    # in August, pada Agustus, bulan Agustus (the latest such month)
    (
        "m",
        re.compile(
            rf"\b(?:in|pada|bulan|since|sejak|on|last|lalu)\s+(?:bulan\s+)?(?P<m>{_MONTH})\b"
            r"(?!\.?,?\s*\d)",
            re.I,
        ),
    ),
    # "Rabu pekan lalu", "Wednesday last week", "last week's Wednesday": that weekday of the
    # week before publication's
    (
        "wd_week",
        re.compile(
            rf"\b(?:(?:on|pada|hari)\s+)?(?P<w>{WEEKDAY})\s*,?\s+(?:(?:se)?pekan|minggu)\s+"
            rf"(?:yang\s+)?lalu\b|\b(?P<w2>{WEEKDAY})\s+(?:of\s+)?last\s+week\b|"
            rf"\blast\s+week'?s\s+(?P<w3>{WEEKDAY})\b",
            re.I,
        ),
    ),
    # tahun lalu, last year, bulan ini, earlier this month, dua hari lalu, three days ago:
    # a period told from the publication date, at the precision it names
    (
        "period",
        re.compile(
            r"\b(?:(?P<n>dua|tiga|empat|lima|two|three|four|five|[2-5])\s+(?:hari|days)\s+"
            r"(?:yang\s+)?(?:lalu|ago)|(?P<unit>tahun|bulan|year|month)\s+(?P<which>lalu|kemarin|"
            r"ini)|(?P<which2>last|this|earlier this)\s+(?P<unit2>year|month)|"
            # pekan lalu, pekan kemarin, last week: the month it lies in, when it lies in one
            r"(?P<week>(?:se)?pekan (?:yang )?(?:lalu|kemarin)|(?:se)?minggu (?:yang )?(?:lalu|"
            r"kemarin)|last week|"
            r"a week ago))\b",
            re.I,
        ),
    ),
    # kemarin, yesterday, hari ini, today, tonight
    (
        "rel",
        re.compile(
            r"\b(?P<r>kemarin|yesterday|hari ini|today|siang ini|pagi ini|malam ini|sore i"
            r"ni|tonight|this morning|this afternoon)\b",
            re.I,
        ),
    ),
    # on Monday, pada Senin, Senin lalu, last Monday (a weekday alone)
    (
        "wd",
        re.compile(
            rf"\b(?:(?:on|pada|hari|last|this|past)\s+)?(?P<w>{WEEKDAY})\b(?:\s+(?:lalu|kemarin))?"
            # "Ahad (7/1)": the weekday of the bracketed day, which alone says the day
            r"(?!\s*,?\s*\(\d)"
            # "Selasa-Rabu (11-12/6)": the first of a range of weekdays, read with its day
            rf"(?!{TO}(?:{WEEKDAY})\b)",
            re.I,
        ),
    ),
    # "yang terjalin 2016 silam", "dirintis 2011 lalu": a year told as past by the word after it
    # (with the word before it: "sejak 2002 lalu" is still a start)
    (
        "y_past",
        re.compile(
            r"(?:\b(?P<pre>sejak tahun|sejak|since|pada tahun|pada|tahun|in)\s+)?"
            rf"\b(?P<y>{YEAR})\s+(?:silam|lalu)\b",
            re.I,
        ),
    ),
    # pada tahun 2024, in 2024, sejak 1986, since 1986, tahun 2024, pada 2021
    (
        "y",
        re.compile(
            r"\b(?P<pre>pada tahun|pada|tahun|sejak tahun|sejak|since|(?:in )?the year|in|by|until|"
            r"hingga akhir|"
            rf"akhir|awal|early|late|di|of)?\s*(?P<y>{YEAR})\b",
            re.I,
        ),
    ),
]
MONTH_WORDS = {
    "mar",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "des",
    "jan",
    "feb",
    "apr",
    "mei",
    "agu",
    "okt",
    "nop",
    "ags",
    "agt",
    "sept",
}


def month_number(text: str) -> int | None:
    """The month a name or abbreviation gives ("Agustus", "Aug."), or None."""
    return MONTHS.get(text.lower().rstrip("."))
