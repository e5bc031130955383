"""The date grammar: every form a date is typed or read in (add, edit, import, --from/--to,
extract), read into the `FuzzyDate` (`fuzzy_date.py`) it denotes, never more precise than the
text. Bad text is a ValidationError naming the piece not understood.

Its forms are listed below, above the patterns that read them; the words (months, weekdays,
periods) are `date_words.py`; a date as YAML, JSON or a workbook holds it, `date_specs.py`. Both
ways round: `date_specs.parse_date_spec` reads what `FuzzyDate.to_spec` writes
(tests/test_dates.py, tests/test_date_grammar.py).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass, replace

from kerjasama_cli.domain import date_words as words
from kerjasama_cli.domain.errors import Said, ValidationError, shown
from kerjasama_cli.domain.fuzzy_date import (
    INSIST,
    MAX_YEAR,
    MIN_YEAR,
    FuzzyDate,
    month_end,
    month_name,
)

# The longest date text read ("Kamis, 20 Februari 2025 sampai dengan Senin, 11 Agustus 2025"
# is 60).
MAX_DATE_CHARS = 100


# -- the grammar ---------------------------------------------------------------------------------
# One grammar for every place a date is typed or read (add, edit, import, --from/--to, extract):
#   point   YYYY | YYYY-MM | YYYY-MM-DD | YYYYMMDD | YYYY/MM/DD | DD/MM/YYYY | DD-MM-YYYY
#           | MM/YYYY | (TA|T.A.|tahun anggaran) YYYY (a fiscal year: the calendar year)
#           | [weekday,] [DD] MONTH YYYY | MONTH DD, YYYY | tahun YYYY | ~POINT (a display form)
#           | weekday[,] NUMERIC | weekday (NUMERIC): a weekday must be the day's own
#   period  awal|pertengahan|akhir YEAR-or-MONTH (thirds) | Q3 2024 | triwulan III 2024
#           | semester I 2024
#   range   POINT (.. | – | - | s.d. | sampai | hingga | to) POINT, the first end may borrow its
#           month and year from the second ("1-11 Agustus 2025", "20 Februari – 11 Agustus 2025")
#   date    range | point | period | (sebelum|by|before) POINT | (sejak|since) POINT
# A trailing "!" keeps a year outside MIN_YEAR..MAX_YEAR (a typo far more often than a date).
# A two-digit year (DD/MM/YY) is refused with the four-digit form to write: the registry spans
# 1960 to today, so no pivot year reads "5/3/60" right every time (docs/design.md).

# One reason per period, so that each is a whole sentence in the catalogue.
_NO_SUCH_PERIOD = {
    "third": "no such third ({n})",
    "quarter": "no such quarter ({n})",
    "half": "no such half ({n})",
}
_HINT = Said(
    "use YYYY-MM-DD, YYYY-MM, YYYY or e.g. '27 Mei 2025', 'awal 2025', '1-11 Agustus 2025'"
)

_ISO = re.compile(r"([0-9]{4})(?:([-/.])([0-9]{1,2}))?(?:\2([0-9]{1,2}))?")
_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
# ISO 8601's basic form of a day; its YYYYMM is not a form (it reads as YYMMDD there).
_BASIC = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_SHORT_YEAR = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{2})")
# A fiscal year (tahun anggaran, "TA 2024"): Indonesia's runs January to December.
_FISCAL = re.compile(r"(?:t\.?\s?a\b\.?|tahun\s+anggaran\b)\s*", re.IGNORECASE)
_COMMON = re.compile(r"(?:([0-9]{1,2}) )?([^\W\d_]+) ([0-9]{4})")
_MONTH_YEAR = re.compile(r"([0-9]{1,2})/([0-9]{4})")
# A weekday before a numeric date, as bureau sheets and articles write it: "Senin, 3/3/2025",
# "Senin (3/3/2025)".
_WEEKDAY_FIRST = re.compile(r"([^\W\d_]+)\.?,?\s*\(?\s*([0-9][0-9/.-]*[0-9])\s*\)?")
_TIME = re.compile(r"[0-9]{1,2}:[0-9]{2}|\b(?:pukul|jam|wib|wita|wit|am|pm)\b", re.IGNORECASE)
# A full date with a midnight time, as spreadsheets, pandas and JSON writers keep a date
# ("2025-03-05 00:00:00", "2025-03-05T00:00:00.000Z", "5/3/2025 0:00"): the day itself, as a YAML
# or workbook datetime at midnight is (`date_specs.parse_date_spec`). Any other time is refused
# (`_TIME`).
_MIDNIGHT = re.compile(r"(.+?)(?:T| )0?0:00(?::00(?:\.0+)?)?(?: ?(?:Z|[+-][0-9]{2}:?[0-9]{2}))?")
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+(?:\.(?=\s|$))?|\S", re.UNICODE)
_PREFIX = re.compile(
    r"^(?P<by>{by})\s+|^(?P<since>{since})\s+".format(
        by="|".join(map(re.escape, words.BY_WORDS)), since="|".join(words.SINCE_WORDS)
    ),
    re.IGNORECASE,
)
# Separators that always split a range, tried before a bare "-" between digits or words
# ("2019-2020", "1-11 Agustus 2025"), which is also the separator inside ISO dates.
_STRONG_SEP = re.compile(
    r"\s*\.\.\s*|\s*[–—]\s*|\s+-\s+|(?<=[0-9])/(?=[0-9]{{4}}-)|\s+(?:{})\s+".format(
        "|".join(map(re.escape, words.RANGE_WORDS))
    ),
    re.IGNORECASE,
)
_WEAK_SEP = re.compile(r"(?<=[0-9])-(?=[0-9])|(?<=[^\W\d_])-(?=[^\W\d_])")


@dataclass(frozen=True)
class _Point:
    """What a piece of text says: the parts present, and a period (third, quarter, half)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    period: tuple[str, int] | None = None
    weekday: tuple[str, int] | None = None  # as written, and its number (Monday 0)


def interval(
    text: str, field: str, year: int, month: int | None, day: int | None, insist: bool = False
) -> FuzzyDate:
    """Check the parts exist on the calendar and turn them into the interval they denote."""
    if not 1 <= year <= 9999:
        raise ValidationError(field, text, "no such year ({year})", year=year)
    if not insist and not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            field,
            text,
            "year {year} is outside {first}-{last}; end the date with '{insist}' if you mean it "
            "('{insisted}')",
            year=year,
            first=MIN_YEAR,
            last=MAX_YEAR,
            insist=INSIST,
            insisted=f"{text.strip()}{INSIST}",
        )
    if month is None:
        return FuzzyDate(datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")
    if not 1 <= month <= 12:
        raise ValidationError(field, text, "no such month ({month}); months run 1-12", month=month)
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return FuzzyDate(datetime.date(year, month, 1), datetime.date(year, month, last), "month")
    if not 1 <= day <= last:
        month_text = Said(month_name(month, "en"), "month")
        raise ValidationError(
            field,
            text,
            "no such day ({month} {year} has {last} days)",
            month=month_text,
            year=year,
            last=last,
        )
    d = datetime.date(year, month, day)
    return FuzzyDate(d, d, "day")


def _not_understood(field: str, text: str, piece: str) -> ValidationError:
    if piece.strip() and piece != text:
        return ValidationError(
            field,
            text,
            "not a date ({piece} not understood); {hint}",
            piece=shown(piece),
            hint=_HINT,
        )
    return ValidationError(field, text, "not a date; {hint}", hint=_HINT)


def _numeric(s: str) -> _Point | None:
    """YYYY, YYYY-MM, YYYY-MM-DD (or with / or .), DD/MM/YYYY, MM/YYYY; never MM/DD/YYYY."""
    if m := _ISO.fullmatch(s):
        year, _, month, day = m.groups()
        return _Point(int(year), int(month) if month else None, int(day) if day else None)
    if m := _DAY_FIRST.fullmatch(s):
        day, _, month, year = m.groups()
        return _Point(int(year), int(month), int(day))
    if m := _BASIC.fullmatch(s):
        year, month, day = m.groups()
        return _Point(int(year), int(month), int(day))
    if m := _MONTH_YEAR.fullmatch(s):
        return _Point(int(m.group(2)), int(m.group(1)))
    return None


def _words(s: str, text: str, field: str) -> _Point:
    """A date written with words: "Senin, 26 Mei 2025", "May 27, 2025", "awal 2025", "Q3 2024"."""
    if _TIME.search(s):
        raise ValidationError(field, text, "has a time of day; give the date only")
    ends = s.strip()[:1] + s.strip()[-1:]
    for end in ends:  # "2024-": a date cut short is not its year (nor "-2024" an open range)
        if end in "-/":
            raise _not_understood(field, text, end)
    tokens = [t.rstrip(".").lower() for t in _TOKEN.findall(s) if t not in ",-/()"]
    year = month = day = None
    period: tuple[str, int] | None = None
    weekday: tuple[str, int] | None = None
    i = 0
    while i < len(tokens):
        tok, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in words.THIRDS and period is None:
            period = ("third", words.THIRDS[tok])
        elif tok in words.QUARTER_WORDS | words.HALF_WORDS and period is None and _ordinal(nxt):
            kind = "quarter" if tok in words.QUARTER_WORDS else "half"
            period, i = (kind, _ordinal(nxt) or 0), i + 1
        elif _is_number(tok) and len(tok) == 4 and year is None:
            year = int(tok)
        elif _is_number(tok) and len(tok) <= 2 and day is None:
            day = int(tok)
            i += 1 if nxt in ("st", "nd", "rd", "th") else 0
        elif tok in words.MONTHS and month is None:
            month = words.MONTHS[tok]
        elif tok in words.WEEKDAYS and weekday is None:
            weekday = (_original(s, tok), words.WEEKDAYS[tok])
        elif tok not in words.FILLERS:
            raise _not_understood(field, text, _original(s, tok))
        i += 1
    return _Point(year, month, day, period, weekday)


def _is_number(token: str) -> bool:
    return token.isascii() and token.isdigit()  # "²" and "٣" are digits to str.isdigit


def _ordinal(token: str) -> int | None:
    return words.ROMAN.get(token) or (int(token) if _is_number(token) and len(token) == 1 else None)


def _original(s: str, token: str) -> str:
    """The token as the user wrote it (case kept), for the message."""
    m = re.search(re.escape(token), s, re.IGNORECASE)
    return m.group(0) if m else token


def _two_digit_year(s: str, text: str, field: str) -> None:
    """Refuse DD/MM/YY, saying the four-digit form to write (the century by POSIX's %y rule,
    00-68 in the 2000s, only as an example: the user decides)."""
    if m := _SHORT_YEAR.fullmatch(s):
        day, sep, month, short = m.groups()
        year = int(short) + (2000 if int(short) < 69 else 1900)
        raise ValidationError(
            field,
            text,
            "a two-digit year ({year}); write all four digits, e.g. '{example}'",
            year=short,
            example=f"{day}{sep}{month}{sep}{year}",
        )


def _fiscal(s: str, text: str, field: str) -> _Point | None:
    """`TA 2024`, `T.A. 2024`, `tahun anggaran 2024`: the year; None when s is not one."""
    m = _FISCAL.match(s)
    if m is None:
        return None
    point = _numeric(s[m.end() :].strip())
    if point is None or point.month is not None:
        raise ValidationError(
            field, text, "a fiscal year (TA) is a whole year; write e.g. '{example}'",
            example="TA 2024",
        )  # fmt: skip
    return point


def _point(s: str, text: str, field: str) -> _Point:
    s = s.strip().removeprefix("~").strip()  # "~2025-08": the tool's short form of a range
    if not s:
        raise ValidationError(field, text, "is empty")
    if point := _numeric(s):
        return point
    _two_digit_year(s, text, field)
    if point := _fiscal(s, text, field):
        return point
    if (m := _MIDNIGHT.fullmatch(s)) and (point := _numeric(m.group(1))) and point.day:
        return point
    m = _WEEKDAY_FIRST.fullmatch(s)
    if m and m.group(1).lower() in words.WEEKDAYS and (point := _numeric(m.group(2))):
        return replace(point, weekday=(m.group(1), words.WEEKDAYS[m.group(1).lower()]))
    return _words(s, text, field)


def _check_weekday(point: _Point, day: datetime.date, text: str, field: str) -> None:
    """A weekday written beside the date must be that date's: otherwise one of the two is a
    typo, and storing the date would keep a day the source may not say."""
    if point.weekday is None or point.weekday[1] == day.weekday():
        return
    raise ValidationError(
        field,
        text,
        "{date} is a {weekday}, not {given}; check the day and the weekday",
        date=day.isoformat(),
        weekday=Said(words.WEEKDAY_FULL_NAMES[day.weekday()][0], "weekday"),
        given=point.weekday[0],
    )


def _resolve(point: _Point, text: str, field: str, insist: bool) -> FuzzyDate:
    """The interval a complete point or period denotes."""
    if point.year is None:
        if point.month is not None or point.period is not None:
            raise ValidationError(
                field, text, "has no year; give all four digits, e.g. '27 Mei 2025'"
            )
        raise _not_understood(field, text, text)
    if point.month is None and point.day is not None:
        raise _not_understood(field, text, str(point.day))
    whole = interval(text, field, point.year, point.month, point.day, insist)
    if whole.precision == "day" and whole.start is not None:
        _check_weekday(point, whole.start, text, field)
    if point.period is None:
        return whole
    kind, n = point.period
    assert whole.start is not None and whole.end is not None
    if point.day is not None or (kind != "third" and point.month is not None):
        raise _not_understood(field, text, text)
    if kind == "third" and point.month is not None:  # awal/akhir Agustus: days 1-10, 21-31
        first = whole.start.replace(day=1 + 10 * (n - 1))
        last = whole.end if n == 3 else whole.start.replace(day=10 * n)
        return FuzzyDate(first, last, "range")
    size = {"third": 4, "quarter": 3, "half": 6}[kind]
    if n > 12 // size:
        raise ValidationError(field, text, _NO_SUCH_PERIOD[kind], n=n)
    first = whole.start.replace(month=1 + size * (n - 1))
    return FuzzyDate(first, month_end(point.year, size * n), "range")


def _single(s: str, text: str, field: str, insist: bool) -> FuzzyDate:
    return _resolve(_point(s, text, field), text, field, insist)


def _range(left: str, right: str, text: str, field: str, insist: bool) -> FuzzyDate:
    """Two ends; the first may borrow its month and year from the second ("1-11 Agustus 2025")."""
    last = _single(right, text, field, insist)
    end = _point(right, text, field)
    start = _point(left, text, field)
    if start.year is None and start.period is None:
        month = start.month or (end.month if start.day is not None else None)
        start = _Point(end.year, month, start.day, weekday=start.weekday)
    first = _resolve(start, text, field, insist)
    assert first.start is not None and last.end is not None
    if last.end < first.start:
        raise ValidationError(field, text, "range ends before it starts")
    return FuzzyDate(first.start, last.end, "range")


def _split(s: str, text: str, field: str, insist: bool) -> FuzzyDate | None:
    """The range s denotes, or None when no separator splits it into two readable ends."""
    error: ValidationError | None = None
    for sep in (_STRONG_SEP, _WEAK_SEP):
        for m in sep.finditer(s):
            left, right = s[: m.start()], s[m.end() :]
            if not left.strip() or not right.strip():
                continue
            try:
                return _range(left, right, text, field, insist)
            except ValidationError as e:
                error = error or e
        if error is not None:
            raise error
    return None


@functools.lru_cache(maxsize=4096)
def parse_date(text: str, field: str = "date") -> FuzzyDate:
    """Parse any form of the grammar above: "2025-05-27", "Agustus 2025", "27/5/2025",
    "awal 2025", "Q3 2024", "1 s.d. 11 Agustus 2025", "sebelum Mei 2015", "sejak 1992"...

    Raises ValidationError naming the field and what was not understood.
    """
    s = " ".join(text.split())
    # The forms spreadsheets repeat ("2021-05-03", "3 Mei 2021", "3/5/2021") go straight to
    # the calendar: a large import meets thousands of distinct dates.
    if m := _COMMON.fullmatch(s):
        day, name, year = m.groups()
        month = words.MONTHS.get(name.lower())
        if month is not None:
            return interval(text, field, int(year), month, int(day) if day else None)
    if point := _numeric(s):
        return _resolve(point, text, field, False)
    insist = s.endswith(INSIST)
    s = s.replace(INSIST, "").strip()
    if not s:
        raise ValidationError(field, text, "is empty")
    if len(s) > MAX_DATE_CHARS:  # every split of a range is tried: keep that cheap
        raise ValidationError(field, text, "too long for a date (at most {n})", n=MAX_DATE_CHARS)
    m = _PREFIX.match(s)
    rest = s[m.end() :] if m else s
    _two_digit_year(rest, text, field)  # before a split reads "5-3-24" as a range
    if m and m.group("by"):
        return FuzzyDate(None, _single(rest, text, field, insist).end, "by")
    try:
        point = _point(rest, text, field)
    except ValidationError as error:
        # Not one date: two ends of a range, or nothing the grammar knows (said by the first
        # reading, which names the piece it could not place).
        found = _split(rest, text, field, insist)
        if found is None:
            raise error from None
        return found
    return _resolve(point, text, field, insist)
