"""A fuzzy date: a day, a month, a year, a range or a deadline, never more precise than the
source, kept as the interval it denotes, and its text forms (ISO at its precision, a label in
the language, the YAML/JSON spec, a record key's part).

Agreements are often dated "Agustus 2025" or "before 2015"; inventing a day would make the
registry claim knowledge it does not have, so every date is kept as the interval it denotes.
The grammar that reads dates is `dates.py`; a date written, parsed and written again must give
the same text (`to_spec` here, `parse_date_spec` there: tests/test_dates.py,
tests/test_date_grammar.py).
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year", "range", "by", "unknown"]

# Years a date may have without the user insisting (a trailing "!"): outside them, a typo.
MIN_YEAR, MAX_YEAR = 1900, 2100
INSIST = "!"

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "range": 3, "by": 4, "unknown": 5}


def month_name(month: int, lang: str = "id") -> str:
    """Full month name in the language's catalogue: `Oktober` (id), `October` (en)."""
    from kerjasama_cli.i18n import translator

    return translator(lang).month(month)


def month_end(year: int, month: int) -> datetime.date:
    """The last day of `month` in `year`."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _grain(start: datetime.date, end: datetime.date) -> str:
    """The coarsest unit both ends align to, so a range reads "2024 – 2025", not Jan 1–Dec 31."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return "year"
    if start.day == 1 and end == month_end(end.year, end.month):
        return "month"
    return "day"


def _fmt(d: datetime.date, grain: str, lang: str) -> str:
    if grain == "year":
        return str(d.year)
    if grain == "month":
        return f"{month_name(d.month, lang)} {d.year}"
    return f"{d.day} {month_name(d.month, lang)} {d.year}"


def bound_grain(date: FuzzyDate) -> str:
    """The precision a date gives a filter's bound: its own for a day, month or year; for a
    range, the coarsest unit both ends align to ("2019..2020": year); else a day."""
    if date.precision in ("day", "month", "year"):
        return date.precision
    if date.precision == "range" and date.start is not None and date.end is not None:
        return _grain(date.start, date.end)
    return "day"


def at_grain(day: datetime.date, grain: str) -> FuzzyDate:
    """The day, or the month or year that holds it, as a date to show ("Mei 2024", "2024")."""
    if grain == "year":
        return FuzzyDate(datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31), "year")
    if grain == "month":
        return FuzzyDate(day.replace(day=1), month_end(day.year, day.month), "month")
    return FuzzyDate(day, day, "day")


def _iso(d: datetime.date, grain: str) -> str:
    # Four digits always: strftime("%Y") writes year 999 as "999", which no reader takes back.
    if grain == "year":
        return f"{d.year:04d}"
    return f"{d.year:04d}-{d.month:02d}" if grain == "month" else d.isoformat()


def _end_grain(end: datetime.date) -> str:
    # A Dec 31 deadline keeps its full date: "by 2015" would read as "before 2015 began".
    if (end.month, end.day) == (12, 31):
        return "day"
    return "month" if end == month_end(end.year, end.month) else "day"


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
            return {"by": _spec_iso(self.end, _end_grain_spec(self.end))}
        assert self.start is not None
        if self.precision == "range":
            grain = _grain(self.start, self.end)
            return {"from": _spec_iso(self.start, grain), "to": _spec_iso(self.end, grain)}
        return _spec_iso(self.start, self.precision)

    def overlaps(self, start: datetime.date | None, end: datetime.date | None) -> bool:
        """Whether this date's interval meets [start, end]; None is unbounded. Unknown: False."""
        if self.precision == "unknown":
            return False
        lo, hi = self.start or datetime.date.min, self.end or datetime.date.max
        return lo <= (end or datetime.date.max) and (start or datetime.date.min) <= hi


def day_text(iso: str | None) -> str | None:
    """A full day stored as ISO (an end of validity, a leader's term) as export writes it:
    marked with INSIST when its year is out of range, so that import reads it back rather
    than refusing it."""
    return _spec_iso(datetime.date.fromisoformat(iso), "day") if iso else iso


def _spec_iso(d: datetime.date, grain: str) -> str:
    """ISO text that parse_date reads back: marked with INSIST when the year is out of range."""
    text = _iso(d, grain)
    return text if MIN_YEAR <= d.year <= MAX_YEAR else text + INSIST


def key_part(date: FuzzyDate, sep: str = "-") -> str | None:
    """The date as a record key shows it: its ISO text, or both ends of a range that shares no
    prefix (`2019-2020`), so two agreements that differ only in such dates get distinct keys."""
    iso = date.iso()
    if iso is not None or date.precision != "range" or date.start is None or date.end is None:
        return iso
    grain = _grain(date.start, date.end)
    return f"{_iso(date.start, grain)}{sep}{_iso(date.end, grain)}"


def _end_grain_spec(end: datetime.date) -> str:
    # Unlike labels, specs are read by machines: "2015" reliably means "by the end of 2015".
    if (end.month, end.day) == (12, 31):
        return "year"
    return _end_grain(end)


UNKNOWN = FuzzyDate(None, None, "unknown")
