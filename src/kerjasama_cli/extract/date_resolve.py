"""A date expression's match resolved to ISO text (YYYY, YYYY-MM or YYYY-MM-DD) against the
article's date, at the precision it states; None where the text and that date cannot say."""

from __future__ import annotations

import datetime as dt
import re

from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.extract.date_patterns import MONTH_WORDS, WEEKDAY, WEEKDAYS, YEAR, month_number
from kerjasama_cli.extract.date_periods import month_back, period

# How far back a "(d/m)" without its year may lie from publication: news tells its own days so.
_STATEMENT_DAYS = 45
# The year a day's words tell after it: "13 Maret tahun lalu", "March 13 last year".
_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:of\s+)?(tahun\s+(?:lalu|kemarin|ini)|"
    r"(?:last|this|the previous|the past)\s+year)\b",
    re.I,
)
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


def _ahead(published: dt.date, month: int, day: int) -> str | None:
    """The day/month on or after publication ("19 Juni mendatang")."""
    options = [day_or_none(published.year + k, month, day) for k in (0, 1)]
    found = [d for d in options if d is not None and d >= published]
    return min(found).isoformat() if found else None


def _year_by_weekday(
    sentence: str, month: int, day: int, weekday: str | None, years: frozenset[int] = frozenset()
) -> str | None:
    """No publication date: "Forum Internasional 2025 ..., Selasa (27/5)" is 2025-05-27 when
    exactly one year of the sentence puts that day on that weekday; failing the sentence, exactly
    one of the years the article tells (`years`: "Jumat (20/6)" in an article that speaks of
    "September 2025"); otherwise nothing. A day never comes from a year guessed."""
    number = WEEKDAYS.get((weekday or "").lower())
    if number is None:
        return None
    for told in ({int(y) for y in re.findall(rf"\b{YEAR}\b", sentence)}, years):
        days = {day_or_none(y, month, day) for y in told}
        matching = [d for d in days if d is not None and d.weekday() == number]
        if matching:
            return matching[0].isoformat() if len(matching) == 1 else None
    return None


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


# A weekday printed right before a full date ("Kamis (14/5/2024)", "Thursday, May 14, 2024"),
# not the last day of a range ("Senin-Selasa (5-6/5/2024)", "Senin hingga Selasa").
_WEEKDAY_BEFORE = re.compile(
    rf"(?<![-–/])(?<!hingga )(?<!sampai )(?<!and )(?<!dan )(?<!to )"
    rf"\b(?P<w>{WEEKDAY})\s*,?\s*\(?\s*$",
    re.I,
)


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The kinds of pattern that write a full date (day, month and year).
_FULL_DATES = ("num2", "dmy", "mdy", "num", "iso")


def _contradicting(day: dt.date, before: str) -> str | None:
    """The weekday printed right before DAY, as written, when it names another day."""
    told = _WEEKDAY_BEFORE.search(before)
    if told is None or WEEKDAYS[told["w"].lower()] == day.weekday():
        return None
    return told["w"]


def checked_by_weekday(day: dt.date, before: str, published: dt.date | None) -> str:
    """The day, unless the weekday printed before it falls on another day (real20's
    Kathmandu): the day is then untrusted and the date is its month, or its year alone when
    that month lies after the article's own date (a month in doubt too)."""
    if _contradicting(day, before) is None:
        return day.isoformat()
    if published is not None and (day.year, day.month) > (published.year, published.month):
        return str(day.year)
    return f"{day.year:04d}-{day.month:02d}"


def in_the_told_year(m: re.Match[str], year: int, published: dt.date | None) -> str | None:
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
    weekday = WEEKDAYS.get((g.get("w") or "").lower())
    if weekday is not None and day.weekday() != weekday:
        return None
    if published is None or year < published.year - 1:
        return day.isoformat()
    return None


def _before(m: re.Match[str]) -> str:
    """The text just before the match, where a weekday printed with its date stands."""
    return m.string[max(0, m.start() - 20) : m.start()]


def _written_day(kind: str, m: re.Match[str]) -> dt.date | None:
    """The full date a match of a pattern of `kind` writes (`_FULL_DATES`), if a real day."""
    g = m.groupdict()
    if kind == "num2":
        return day_or_none(2000 + int(g["y"]), int(g["m"]), int(g["d"]))
    if kind not in _FULL_DATES:
        return None
    month = month_number(g["m"]) if kind not in ("num", "iso") else int(g["m"])
    year = int(g.get("y1") or g["y"])
    if month and not g.get("y1") and g.get("m2") and month > (month_number(g["m2"]) or 13):
        year -= 1  # "29 Desember - 2 Januari 2025": the span began the year before
    return day_or_none(year, month, int(g["d"])) if month else None


def weekday_note(kind: str, m: re.Match[str], iso: str) -> str | None:
    """Why the full date `m` writes was kept coarser, as ISO: the weekday printed beside it
    names another day (`checked_by_weekday`). English, as the draft's other date notes are
    (data the registry keeps, not words of the interface)."""
    day = _written_day(kind, m)
    told = _contradicting(day, _before(m)) if day and len(iso) < 10 else None
    if day is None or told is None:
        return None
    kept = (
        "so only the month is kept"
        if len(iso) == 7
        else "and that month is after the article's date, so only the year is kept"
    )
    actual = _WEEKDAY_NAMES[day.weekday()]
    return f"{told} is not the weekday of {day.isoformat()} (a {actual}), {kept}"


def resolve(
    kind: str, m: re.Match[str], published: dt.date | None, years: frozenset[int] = frozenset()
) -> str | None:
    """The ISO text the match `m` of a pattern of `kind` gives (`years`: those the article
    names, for an article without its publication date)."""
    g = m.groupdict()
    rest, before = m.string[m.end() : m.end() + 30], _before(m)
    if kind in ("py", "y_past"):
        return g["y"]
    if kind in _FULL_DATES:
        if kind == "mdy" and g["m"].lower() in ("may", "mar") and m.group(0)[0].islower():
            return None  # "may 5, 2020" inside prose: the verb, not the month
        day = _written_day(kind, m)
        return checked_by_weekday(day, before, published) if day else None
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
            and g["m"].lower() in MONTH_WORDS
            and not g.get("w")
            and not g["m"][0].isupper()
        ):
            return None
        if kind in ("md", "dm") and not g["m"][0].isupper():
            return None  # "may 5" and the like in lower case are not dates
        weekday = WEEKDAYS.get((g.get("w") or "").lower())
        if kind in ("md", "dm") and _AHEAD.match(rest):
            # "pada 19 Juni mendatang": the next such day from publication, not the last
            return _ahead(published, month, number)
        told = _YEAR_AFTER.match(rest) if kind in ("md", "dm") else None
        if told:
            # "13 Maret tahun lalu", "on March 13 last year": that day of the year the words
            # tell from publication (as "Juni tahun lalu" tells its month), not the latest one
            back = 0 if re.search(r"\b(?:ini|this)\b", told.group(1), re.I) else 1
            try:
                return dt.date(published.year - back, month, number).isoformat()
            except ValueError:
                return None
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
    if kind == "m_rel":
        month = month_number(g["m"])
        if not month or published is None or not g["m"][0].isupper():
            return None
        back = 0 if re.search(r"\b(?:ini|this)\b", g["which"], re.I) else 1
        return f"{published.year - back:04d}-{month:02d}"
    if kind == "wd_week":
        told = g.get("w") or g.get("w2") or g.get("w3") or ""
        if published is None or not told[0].isupper():
            return None
        monday = published - dt.timedelta(days=published.weekday())
        return (monday - dt.timedelta(days=7 - WEEKDAYS[told.lower()])).isoformat()
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
        weekday = WEEKDAYS[m.group("w").lower()]
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
