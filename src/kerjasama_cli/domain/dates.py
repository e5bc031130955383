"""Fuzzy dates: a day, a month, a year, a range or a deadline, never more precise than the source.

Agreements are often dated "Agustus 2025" or "before 2015"; inventing a day would make the
registry claim knowledge it does not have, so every date is kept as the interval it denotes.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from kerjasama_cli.domain.errors import ValidationError

Precision = Literal["day", "month", "year", "range", "by", "unknown"]

_HINT = "not a date; use YYYY-MM-DD, YYYY-MM, YYYY or e.g. '27 Mei 2025'"

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_RANGE_SEP = re.compile(
    r"\s*\.\.\s*|\s+[-–—]\s+|\s+(?:to|until|sampai|hingga|s\.?d\.?)\s+", re.IGNORECASE
)
_BY_PREFIX = re.compile(r"^(?:before|by|sebelum|paling lambat)\s+(.+)$", re.IGNORECASE)
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "range": 3, "by": 4, "unknown": 5}


def month_name(month: int, lang: str = "id") -> str:
    """Full month name in the language's catalogue: `Oktober` (id), `October` (en)."""
    from kerjasama_cli.i18n import translator

    return translator(lang).month(month)


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _grain(start: datetime.date, end: datetime.date) -> str:
    """The coarsest unit both ends align to, so a range reads "2024 – 2025", not Jan 1–Dec 31."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return "year"
    if start.day == 1 and end == _month_end(end.year, end.month):
        return "month"
    return "day"


def _fmt(d: datetime.date, grain: str, lang: str) -> str:
    if grain == "year":
        return str(d.year)
    if grain == "month":
        return f"{month_name(d.month, lang)} {d.year}"
    return f"{d.day} {month_name(d.month, lang)} {d.year}"


def _iso(d: datetime.date, grain: str) -> str:
    return {"year": d.strftime("%Y"), "month": d.strftime("%Y-%m")}.get(grain, d.isoformat())


def _end_grain(end: datetime.date) -> str:
    # A Dec 31 deadline keeps its full date: "by 2015" would read as "before 2015 began".
    if (end.month, end.day) == (12, 31):
        return "day"
    return "month" if end == _month_end(end.year, end.month) else "day"


@dataclass(frozen=True, order=False)
class FuzzyDate:
    """A date known to lie somewhere between start and end (inclusive)."""

    start: datetime.date | None
    end: datetime.date | None
    precision: Precision

    def iso(self) -> str | None:
        """ISO text at the known precision; for a range the longest prefix both ends share."""
        if self.start is None or self.end is None:
            return None
        if self.precision in ("day", "month", "year"):
            return _iso(self.start, self.precision)
        a, b = self.start.isoformat(), self.end.isoformat()
        for width in (10, 7, 4):
            if a[:width] == b[:width]:
                return a[:width]
        return None

    def label(self, lang: str = "id") -> str:
        """Human text: "27 Mei 2025", "August 2025", "sebelum 12 Mei 2015", ..."""
        from kerjasama_cli.i18n import translator

        t = translator(lang)
        if self.precision == "unknown" or self.end is None:
            return t.basis("date_unknown")
        if self.precision == "by":
            return f"{t.ctx('date', 'by')} {_fmt(self.end, _end_grain(self.end), lang)}"
        assert self.start is not None
        if self.precision == "range":
            grain = _grain(self.start, self.end)
            return f"{_fmt(self.start, grain, lang)} – {_fmt(self.end, grain, lang)}"
        return _fmt(self.start, self.precision, lang)

    @property
    def approximate(self) -> bool:
        """True when the exact day is not known."""
        return self.precision != "day"

    def sort_key(self) -> tuple[int, datetime.date, datetime.date, int]:
        """Chronological key: by earliest day (deadline for "by"), then latest; unknown last."""
        if self.precision == "unknown" or self.end is None:
            return (1, datetime.date.max, datetime.date.max, _PRECISION_RANK["unknown"])
        anchor = self.start or self.end
        return (0, anchor, self.end, _PRECISION_RANK[self.precision])

    def to_spec(self) -> str | dict[str, str] | None:
        """The YAML/JSON form parse_date_spec reads back into an equal FuzzyDate."""
        if self.precision == "unknown" or self.end is None:
            return None
        if self.precision == "by":
            return {"by": _iso(self.end, _end_grain_spec(self.end))}
        assert self.start is not None
        if self.precision == "range":
            grain = _grain(self.start, self.end)
            return {"from": _iso(self.start, grain), "to": _iso(self.end, grain)}
        return _iso(self.start, self.precision)

    def overlaps(self, start: datetime.date | None, end: datetime.date | None) -> bool:
        """Whether this date's interval meets [start, end]; None is unbounded. Unknown: False."""
        if self.precision == "unknown":
            return False
        lo, hi = self.start or datetime.date.min, self.end or datetime.date.max
        return lo <= (end or datetime.date.max) and (start or datetime.date.min) <= hi


def _end_grain_spec(end: datetime.date) -> str:
    # Unlike labels, specs are read by machines: "2015" reliably means "by the end of 2015".
    if (end.month, end.day) == (12, 31):
        return "year"
    return _end_grain(end)


UNKNOWN = FuzzyDate(None, None, "unknown")


def _interval(text: str, field: str, year: int, month: int | None, day: int | None) -> FuzzyDate:
    """Check the parts exist on the calendar and turn them into the interval they denote."""
    if not 1 <= year <= 9999:
        raise ValidationError(field, text, f"no such year ({year})")
    if month is None:
        return FuzzyDate(datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")
    if not 1 <= month <= 12:
        raise ValidationError(field, text, f"no such month ({month}); months run 1-12")
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return FuzzyDate(datetime.date(year, month, 1), datetime.date(year, month, last), "month")
    if not 1 <= day <= last:
        month_text = f"{month_name(month, 'en')} {year}"
        raise ValidationError(field, text, f"no such day ({month_text} has {last} days)")
    d = datetime.date(year, month, day)
    return FuzzyDate(d, d, "day")


# Indonesian and English names of weekdays (Monday first) and months (January first), as
# written in documents and news. The full names, English then Indonesian, are what the article
# extractor knows are never places; the date parser also reads the short forms and other spellings.
WEEKDAY_FULL_NAMES: tuple[tuple[str, str], ...] = (
    ("Monday", "Senin"),
    ("Tuesday", "Selasa"),
    ("Wednesday", "Rabu"),
    ("Thursday", "Kamis"),
    ("Friday", "Jumat"),
    ("Saturday", "Sabtu"),
    ("Sunday", "Minggu"),
)
MONTH_FULL_NAMES: tuple[tuple[str, str], ...] = (
    ("January", "Januari"),
    ("February", "Februari"),
    ("March", "Maret"),
    ("April", "April"),
    ("May", "Mei"),
    ("June", "Juni"),
    ("July", "Juli"),
    ("August", "Agustus"),
    ("September", "September"),
    ("October", "Oktober"),
    ("November", "November"),
    ("December", "Desember"),
)
_WEEKDAY_OTHER_FORMS = (("Mon",), ("Tue",), ("Wed",), ("Thu",), ("Fri",), ("Sat",), ("Sun", "Ahad"))
_MONTH_OTHER_FORMS = (("Jan",), ("Feb",), ("Mar",), ("Apr",), (), ("Jun",), ("Jul",),
                      ("Agu", "Agt", "Ags", "Aug"), ("Sep", "Sept"), ("Okt", "Oct"), ("Nov",),
                      ("Des", "Dec"))  # fmt: skip


def _every_form(
    full: tuple[tuple[str, str], ...], other: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(dict.fromkeys((*o, *f))) for f, o in zip(full, other, strict=True))


# Every way each is written (the parser's tables): short forms first, then the full names.
WEEKDAY_NAMES = _every_form(WEEKDAY_FULL_NAMES, _WEEKDAY_OTHER_FORMS)
MONTH_NAMES = _every_form(MONTH_FULL_NAMES, _MONTH_OTHER_FORMS)


@functools.lru_cache(maxsize=1)
def _parserinfo() -> Any:
    from dateutil import parser  # lazy: importing dateutil slows every CLI start-up

    class _Info(parser.parserinfo):
        JUMP: ClassVar[list[str]] = [*parser.parserinfo.JUMP, "tanggal", "tgl"]
        WEEKDAYS: ClassVar[list[tuple[str, ...]]] = list(WEEKDAY_NAMES)
        MONTHS: ClassVar[list[tuple[str, ...]]] = list(MONTH_NAMES)

    return _Info(dayfirst=True)


_DAY_MONTH_YEAR = re.compile(r"(?:(\d{1,2}) )?([^\W\d_]+) ([1-9]\d{3})\Z")


def _parse_words(text: str, field: str) -> FuzzyDate:
    """Dates with month names, via dateutil; which parts were present is decided here."""
    from dateutil import parser  # lazy, see _parserinfo

    info = _parserinfo()
    # The common spreadsheet forms "3 Mei 2021" and "Mei 2021" directly: dateutil takes about
    # a millisecond each (twice), and a large import has thousands of distinct dates.
    m = _DAY_MONTH_YEAR.match(text)
    if m and (month := info.month(m.group(2))) is not None:
        day = int(m.group(1)) if m.group(1) else None
        return _interval(text, field, int(m.group(3)), month, day)
    years = re.findall(r"\b\d{4}\b", text)
    words = re.findall(r"[^\W\d_]+", text)
    if all(info.month(w) is None for w in words) or len(years) > 1:
        raise ValidationError(field, text, _HINT)
    if not years:
        raise ValidationError(field, text, "has no year; give all four digits, e.g. '27 Mei 2025'")
    # Parse against two unrelated defaults: a part that differs between the results was not
    # in the text, so it is left open instead of being invented.
    results = []
    for default in (datetime.datetime(2000, 1, 1), datetime.datetime(2001, 3, 2)):
        try:
            results.append(parser.parse(text, parserinfo=info, default=default))
        except (ValueError, OverflowError):
            results.append(None)
    a, b = results
    if a is None or b is None:
        return _explain(text, field, info, int(years[0]))
    if a.time() != datetime.time() or b.time() != datetime.time():
        raise ValidationError(field, text, "has a time of day; give the date only")
    day = a.day if a.day == b.day else None
    return _interval(text, field, a.year, a.month, day)


def _explain(text: str, field: str, info: Any, year: int) -> FuzzyDate:
    """dateutil refused the text: re-read its parts to say what is wrong, or give the hint."""
    month = next(
        (info.month(w) for w in re.findall(r"[^\W\d_]+", text) if info.month(w) is not None), None
    )
    days = [int(n) for n in re.findall(r"\b\d{1,2}\b", text)]
    if month is not None and len(days) == 1:
        _interval(text, field, year, month, days[0])  # raises "no such day (...)"
    raise ValidationError(field, text, _HINT)


def _parse_single(text: str, field: str) -> FuzzyDate:
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        return _interval(text, field, year, month, day)
    m = _DAY_FIRST.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        return _interval(text, field, year, month, day)
    return _parse_words(text, field)


@functools.lru_cache(maxsize=4096)
def parse_date(text: str, field: str = "date") -> FuzzyDate:
    """Parse "2025-05-27", "Agustus 2025", "27/5/2025", "2025-02..2025-08", "sebelum Mei 2015"...

    Raises ValidationError naming the field for impossible or unreadable dates.
    """
    s = " ".join(text.split())
    if not s:
        raise ValidationError(field, text, "is empty")
    m = _BY_PREFIX.match(s)
    if m:
        return FuzzyDate(None, _parse_single(m.group(1), field).end, "by")
    parts = _RANGE_SEP.split(s)
    if len(parts) == 2 and all(parts):
        first, last = _parse_single(parts[0], field), _parse_single(parts[1], field)
        assert first.start is not None and last.end is not None and first.end is not None
        if last.end < first.start:
            raise ValidationError(field, text, "range ends before it starts")
        return FuzzyDate(first.start, last.end, "range")
    if len(parts) > 2:
        raise ValidationError(field, text, _HINT)
    return _parse_single(s, field)


def parse_date_spec(value: object, field: str = "date") -> FuzzyDate:
    """Read a date from YAML/JSON: None, text, a date, a year number, {"from","to"} or {"by"}."""
    if value is None:
        return UNKNOWN
    if isinstance(value, str):
        return parse_date(value, field)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return FuzzyDate(value, value, "day")
    if isinstance(value, int) and not isinstance(value, bool):
        return _interval(str(value), field, value, None, None)
    if isinstance(value, dict):
        if set(value) == {"from", "to"}:
            first, last = (_spec_point(value[k], field) for k in ("from", "to"))
            assert first.start is not None and last.end is not None and first.end is not None
            if last.end < first.start:
                raise ValidationError(field, value, "range ends before it starts")
            return FuzzyDate(first.start, last.end, "range")
        if set(value) == {"by"}:
            return FuzzyDate(None, _spec_point(value["by"], field).end, "by")
    raise ValidationError(field, value, "not a date; use a date text, {from, to} or {by}")


def _spec_point(value: object, field: str) -> FuzzyDate:
    point = parse_date_spec(value, field)
    if point.precision not in ("day", "month", "year"):
        raise ValidationError(field, value, "range ends must be single dates, months or years")
    return point
