"""A date as YAML, JSON or a workbook hold it: text (read by the grammar, `dates.py`), a date or
a midnight datetime, a year or a YYYYMMDD number, `{from, to}` or `{by}`; what
`FuzzyDate.to_spec` writes reads back equal (tests/test_dates.py)."""

from __future__ import annotations

import datetime

from kerjasama_cli.domain.dates import interval, parse_date
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.fuzzy_date import UNKNOWN, FuzzyDate


def parse_date_spec(value: object, field: str = "date") -> FuzzyDate:
    """Read a date from YAML/JSON: None, text, a date, a year number, {"from","to"} or {"by"}."""
    if value is None:
        return UNKNOWN
    if isinstance(value, str):
        return parse_date(value, field)
    if isinstance(value, datetime.datetime):
        # A date kept as a datetime (YAML's, a workbook's) is at midnight: the day itself. Any
        # other time is refused, as the same value in a workbook cell is (files/xlsx.py).
        if value.time() != datetime.time():
            shown_as = value.isoformat(" ")
            raise ValidationError(field, shown_as, "has a time of day; give the date only")
        value = value.date()
    if isinstance(value, datetime.date):
        return interval(value.isoformat(), field, value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        if 10_000_000 <= value <= 99_999_999:  # YYYYMMDD, a number in a sheet or JSON
            return parse_date(str(value), field)
        return interval(str(value), field, value, None, None)
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
