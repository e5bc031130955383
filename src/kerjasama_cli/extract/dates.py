"""Dates in running text, resolved against the article's own date, at the precision stated.

"Selasa (27/5)" in an article of 28 May 2025 is 2025-05-27; "pada tahun 2024" is 2024; "sejak
1986" is 1986; "kemarin" is the day before publication. With no publication date, expressions
that need one (a day and month without a year, "yesterday") are left unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kerjasama_cli.domain.date_words import MONTH_NAMES, THIRDS, WEEKDAY_NAMES
from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.extract.date_periods import month_back, period

# The registry's month and weekday names, plus spellings met only in older news text. Weekday
# abbreviations (Mon, Sun…) are left out: in running prose they are too often other words.
_MONTHS: dict[str, int] = {
    name.lower(): number for number, names in enumerate(MONTH_NAMES, 1) for name in names
} | {"pebruari": 2, "nop": 11, "nopember": 11}
_WEEKDAYS: dict[str, int] = {
    name.lower(): number
    for number, names in enumerate(WEEKDAY_NAMES)
    for name in names
    if len(name) > 3
} | {"jum'at": 4, "ahad": 6}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
YEAR = r"(?:19[5-9]\d|20\d\d)"
# Between the two days of a range ("5-10 November", "1 hingga 3 September", "from 1 to 3
# September"): the range is dated by its first day.
_TO = r"(?:\s*[-–]\s*|\s+(?:hingga|sampai|s\.?d\.?|s/d|to|until|till)\s+)"

# Alternatives in order of preference; each names its groups.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 27 Mei 2025, 5-10 November 2023 (the first day), 23 October 2020
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:{_TO}\d{{1,2}}(?:st|nd|rd|th)?)?"
            # "18 Januari tahun 1985": the formal Indonesian form names the year as one
            rf"\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+(?:tahun\s+)?(?P<y>{YEAR})\b",
            re.I,
        ),
    ),
    # October 23, 2020 / Aug. 11, 2025
    (
        "mdy",
        re.compile(
            rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})\b", re.I
        ),
    ),
    # 2025-10-29 (ISO, as bylines print it)
    ("iso", re.compile(rf"\b(?P<y>{YEAR})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b")),
    # (27/4/2023), 27/4/2023
    ("num", re.compile(rf"\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{YEAR})\b")),
    # "17-8-2020", "17.08.2020": the same day written with dashes or dots
    ("num", re.compile(rf"\b(?P<d>\d{{1,2}})([-.])(?P<m>\d{{1,2}})\2(?P<y>{YEAR})\b")),
    # Kamis (2/10/25): a two-digit year
    ("num2", re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})\)")),
    # "Kota Chengdu Cina (2002)", "Kota Burgas Bulgaria (LoI 2011)": a year in brackets
    ("py", re.compile(rf"\((?:[A-Za-z]{{2,5}}\s+)?(?P<y>{YEAR})\)")),
    # Selasa (27/5), (12/5)
    (
        "dm_num",
        re.compile(rf"(?:\b(?P<w>{_WEEKDAY})\s*)?\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})\)", re.I),
    ),
    # Monday (Aug 11), on Aug. 11, 11 Agustus (no year)
    (
        "md",
        re.compile(
            rf"(?:\b(?P<w>{_WEEKDAY})\s*,?\s*\(?)?\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*{YEAR})(?!\s*[-:/])",
            re.I,
        ),
    ),
    (
        "dm",
        re.compile(
            rf"(?:\b(?P<w>{_WEEKDAY})\s*,?\s*\(?)?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:{_TO}\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
            rf"(?P<m>{_MONTH})\b(?!\.?,?\s+(?:tahun\s+)?{YEAR})",
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
    # tahun lalu, last year, bulan ini, earlier this month, dua hari lalu, three days ago:
    # a period told from the publication date, at the precision it names
    (
        "period",
        re.compile(
            r"\b(?:(?P<n>dua|tiga|empat|lima|two|three|four|five|[2-5])\s+(?:hari|days)\s+"
            r"(?:yang\s+)?(?:lalu|ago)|(?P<unit>tahun|bulan|year|month)\s+(?P<which>lalu|kemarin|"
            r"ini)|(?P<which2>last|this|earlier this)\s+(?P<unit2>year|month)|"
            # pekan lalu, last week: the month it lies in, when it lies in one
            r"(?P<week>(?:se)?pekan (?:yang )?lalu|(?:se)?minggu (?:yang )?lalu|last week|"
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
            rf"\b(?:(?:on|pada|hari|last|this|past)\s+)?(?P<w>{_WEEKDAY})\b(?:\s+(?:lalu|kemarin))?"
            # "Ahad (7/1)": the weekday of the bracketed day, which alone says the day
            r"(?!\s*,?\s*\(\d)",
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
_MONTH_WORDS = {
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
# Words that make the date that follows the date of a quotation or a source, not of an event.
_SOURCE_CUE = re.compile(
    r"(?:dikutip|mengutip|dilansir|melansir|diakses|dirilis|quoted|cited|accessed|published|"
    r"diterbitkan|keterangan (?:resmi|tertulis)|siaran pers|press release|statement|"
    # a byline's update or posting line ("diperbarui 08 Jun 2016, 23:15 WIB", "Updated: ...")
    r"diperbarui|dipublikasikan|updated|posted)\b[^.;]{0,60}$",
    re.I,
)


# A speech verb before the date: the date is when it was said ("..., kata Gubernur, Minggu
# (18/2/2024)", "..., ujarnya di Kupang, Senin (3/3)", "the governor said in Bandung on Tuesday").
_SAID_CUE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|terang|jelas|tegas|papar|sebut)(?:nya)?\b[^.;\"“”]{0,60}$|"
    r"\b(?:said|says|told|stated)\b[^.;\"“”]{0,40}$",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence: its ISO text (YYYY, YYYY-MM or YYYY-MM-DD) and where."""

    iso: str
    text: str
    start: int
    end: int
    since: bool = False  # "sejak 1986": the start of something still going on
    source: bool = False  # the date a quote or release was published, not of the event
    relative: bool = False  # needed the publication date ("Selasa (27/5)", "kemarin")
    # the day a statement was made ("kata Gubernur, Minggu (18/2/2024)", "said in Bandung on
    # Tuesday"): a meeting's day at most, never that of a document told as done before it
    said: bool = False
    # the first day of a span ("21-24 Januari 2019"): which day of it an act took is not told
    span: bool = False


_SPAN = re.compile(rf"(?:\w+\s*,?\s*\(?)?\d{{1,2}}(?:st|nd|rd|th)?{_TO}\d", re.I)
# How far back a "(d/m)" without its year may lie from publication: news tells its own days so.
_STATEMENT_DAYS = 45
_AHEAD = re.compile(r"\s+(?:nanti|mendatang|yang akan datang)\b", re.I)


def day_or_none(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None where the day does not exist (31 April)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _recent(published: dt.date, month: int, day: int, weekday: int | None) -> dt.date | None:
    """The day/month nearest before (or just after) publication; the weekday breaks ties."""
    options = [day_or_none(published.year + k, month, day) for k in (-1, 0, 1)]
    found = [d for d in options if d is not None and d <= published + dt.timedelta(days=7)]
    if weekday is not None:
        matching = [d for d in found if d.weekday() == weekday]
        found = matching or found
    return max(found) if found else None


def _year_by_weekday(
    sentence: str, month: int, day: int, weekday: str | None, years: frozenset[int] = frozenset()
) -> str | None:
    """No publication date: "Forum Internasional 2025 ..., Selasa (27/5)" is 2025-05-27 when
    exactly one year of the sentence puts that day on that weekday; failing the sentence, exactly
    one of the years the article tells (`years`: "Jumat (20/6)" in an article that speaks of
    "September 2025"); otherwise nothing. A day never comes from a year guessed."""
    number = _WEEKDAYS.get((weekday or "").lower())
    if number is None:
        return None
    for told in ({int(y) for y in re.findall(rf"\b{YEAR}\b", sentence)}, years):
        days = {day_or_none(y, month, day) for y in told}
        matching = [d for d in days if d is not None and d.weekday() == number]
        if matching:
            return matching[0].isoformat() if len(matching) == 1 else None
    return None


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


def month_number(text: str) -> int | None:
    """The month a name or abbreviation gives ("Agustus", "Aug."), or None."""
    return _MONTHS.get(text.lower().rstrip("."))


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

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            a, b = m.span()
            if not free(a, b):
                continue
            iso = _resolve(kind, m, published, years)
            if kind in ("md", "dm", "dm_num") and year is not None:
                iso = _in_the_told_year(m, year, published) or iso
            if iso is None or _DECADE.match(sentence, b):
                continue  # "tahun 2000-an": the 2000s, a decade and no record's date
            taken.append((a, b))
            pre = (m.groupdict().get("pre") or "").lower()
            since = pre.startswith(("sejak", "since"))
            source = bool(_SOURCE_CUE.search(sentence[max(0, a - 80) : a]))
            relative = kind in ("dm_num", "md", "dm", "rel", "wd", "m", "period")
            said = bool(_SAID_CUE.search(sentence[max(0, a - 70) : a]))
            span = bool(_SPAN.match(m.group(0)))
            found.append(
                DateMention(iso, m.group(0).strip(), a, b, since, source, relative, said, span)
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
    r"\b(?:hingga|sampai(?: dengan)?|s\.?d\.?|s/d|until|till|through|berakhir(?: pada)?|"
    r"expir(?:es|ed|ing)?(?: in| on)?|ended(?: in| on)?)\s+(?:(?:akhir|tahun|bulan|the end of|"
    r"end of|tanggal|tgl\.?)\s+)*(?:(?:\w+\s*,?\s*)?\()?$",
    re.I,
)
_WEEKDAY_ONLY = re.compile(rf"^(?:\w+\s+)?(?:{_WEEKDAY})$", re.I)
_JOINED = re.compile(r"[\s,(]*(?:tanggal|tgl\.?|the)?[\s,(]*", re.I)


_NOT_WHEN = re.compile(
    r"\b(?:sejak|semenjak|since|hingga|sampai|until|till|by|akhir|end of)\s+(?:tahun\s+)?$", re.I
)


def _one_year(sentence: str) -> str | None:
    """The sentence's one year, bare or told, unless told as a beginning or an end."""
    found = list(re.finditer(rf"\b{YEAR}\b", sentence))
    if len({y.group(0) for y in found}) != 1:
        return None
    if any(_NOT_WHEN.search(sentence[max(0, y.start() - 20) : y.start()]) for y in found):
        return None
    return found[0].group(0)


def _in_the_told_year(m: re.Match[str], year: int, published: dt.date | None) -> str | None:
    """The day and month of `m` in the year its sentence tells: with a weekday, only when that
    year puts the day on it; without one, only where no publication date places the day
    nearer (no date, or the year told is well before it)."""
    g = m.groupdict()
    month = int(g["m"]) if g["m"].isdigit() else month_number(g["m"])
    if not month or (not g["m"].isdigit() and not g["m"][0].isupper()):
        return None
    day = day_or_none(year, month, int(g["d"]))
    if day is None:
        return None
    weekday = _WEEKDAYS.get((g.get("w") or "").lower())
    if weekday is not None and day.weekday() != weekday:
        return None
    if published is None or year < published.year - 1:
        return day.isoformat()
    return None


def _resolve(
    kind: str, m: re.Match[str], published: dt.date | None, years: frozenset[int] = frozenset()
) -> str | None:
    g = m.groupdict()
    rest, before = m.string[m.end() : m.end() + 30], m.string[max(0, m.start() - 20) : m.start()]
    if kind == "num2":
        day = day_or_none(2000 + int(g["y"]), int(g["m"]), int(g["d"]))
        return day.isoformat() if day else None
    if kind == "py":
        return g["y"]
    if kind in ("dmy", "mdy", "num", "iso"):
        month = month_number(g["m"]) if kind not in ("num", "iso") else int(g["m"])
        if kind == "mdy" and g["m"].lower() in ("may", "mar") and m.group(0)[0].islower():
            return None  # "may 5, 2020" inside prose: the verb, not the month
        if not month:
            return None
        day = day_or_none(int(g["y"]), month, int(g["d"]))
        return day.isoformat() if day else None
    if kind in ("dm_num", "md", "dm"):
        month = int(g["m"]) if kind == "dm_num" else month_number(g["m"])
        number = int(g["d"])
        if kind == "dm_num" and month and month > 12 >= number:
            month, number = number, month  # "Monday (5/13)": English month/day
        if month and published is None:
            return _year_by_weekday(m.string, month, number, g.get("w"), years)
        if not month or published is None:
            return None
        if (
            kind == "md"
            and g["m"].lower() in _MONTH_WORDS
            and not g.get("w")
            and not g["m"][0].isupper()
        ):
            return None
        if kind in ("md", "dm") and not g["m"][0].isupper():
            return None  # "may 5" and the like in lower case are not dates
        weekday = _WEEKDAYS.get((g.get("w") or "").lower())
        day = _recent(published, month, number, weekday)
        if kind == "dm_num" and day and day < published - dt.timedelta(days=_STATEMENT_DAYS):
            # "Ahad (7/1)" in an article of 8 October: the news's "(d/m)" is a day of its own
            # weeks; months back it is a typo or another day, unknown
            return None
        return day.isoformat() if day else None
    if kind == "my":
        month = month_number(g["m"])
        if not month or not g["m"][0].isupper():
            return None
        return f"{int(g['y']):04d}-{month:02d}"
    if kind == "m":
        month = month_number(g["m"])
        if not month or published is None or not g["m"][0].isupper() or len(g["m"]) < 3:
            return None
        return month_back(month, published, before, rest)
    if kind == "period":
        return period(g, published, m.string[max(0, m.start() - 50) : m.start()])
    if kind == "rel":
        if published is None:
            return None
        word = g["r"].lower()
        shift = 1 if word in ("kemarin", "yesterday") else 0
        return (published - dt.timedelta(days=shift)).isoformat()
    if kind == "wd":
        if not m.group("w")[0].isupper():
            return None
        if published is None:  # "... dalam JITEX 2025 di JICC, Kamis": the year, no day
            return _one_year(m.string)
        weekday = _WEEKDAYS[m.group("w").lower()]
        back = (published.weekday() - weekday) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    if kind == "y":
        pre = (g.get("pre") or "").lower()
        if not pre:
            return None  # a bare number could be a count ("2024 peserta") or part of a name
        if _AHEAD.match(rest):
            return None  # "terwujud pada 2017 nanti": a year still to come is a hope
        if pre in ("di", "of", "by", "until", "hingga akhir", "akhir"):
            return None  # "by 2030", "hingga akhir 2024": a deadline, not when it happened
        if pre in ("awal", "early"):  # the registry's grammar: "awal 2025" is Jan-Apr 2025
            return parse_date(f"{pre} {g['y']}").iso()
        return g["y"]
    return None


# "penandatanganan LoI ... diawali dari kunjungan Menteri ... sekitar bulan April 2016": a date
# after the words that tell where a record began is that beginning's, not the record's.
# ("diawali dengan penandatanganan LoI ... 14 Juni 1996" is the LoI's own date: only "dari").
_ORIGIN = re.compile(
    r"\b(?:diawali|berawal|bermula)\s+dari\b|\b(?:stemmed|originated) from\b", re.I
)


# "memperbarui MoU kerja sama yang ditandatangani pada 2019, Senin (26/5)", "to extend the MoU
# ... signed in 2019": the date of the document renewed, told in a clause after it, is that
# document's, not the renewal's.
_RENEWING = re.compile(
    r"\b(?:memperpanjang|perpanjangan|diperpanjang|memperbarui|pembaruan|diperbarui|"
    r"renew(?:s|ed|ing|al)?|extend(?:s|ed|ing)?|extension)\b",
    re.I,
)
_SIGNED_THEN = re.compile(
    r"\b(?:yang\s+(?:telah\s+|sudah\s+|pernah\s+)?(?:ditandatangani|diteken|disepakati|dibuat)|"
    r"(?:which|that)\s+(?:was|were|had been)\s+signed|signed)\s+(?:pada\s+|in\s+|on\s+)?"
    r"(?:tanggal\s+|tahun\s+)?$",
    re.I,
)


def of_an_origin(sentence: str, date: DateMention) -> bool:
    """Whether the date belongs to the beginning the sentence tells, not to its record: the
    beginning a record came from, or the document a renewal renews."""
    before = sentence[max(0, date.start - 160) : date.start]
    found = list(_ORIGIN.finditer(before))
    if found and ";" not in before[found[-1].end() :]:
        return True
    return of_a_renewed_document(sentence, date)


def of_a_renewed_document(sentence: str, date: DateMention) -> bool:
    """Whether the date is that of the document a renewal renews ("memperbarui MoU ... yang
    ditandatangani pada 2019", "to extend the MoU ... signed in 2019")."""
    before = sentence[max(0, date.start - 160) : date.start]
    return bool(_SIGNED_THEN.search(before) and _RENEWING.search(before))
