"""Validity of agreements: today, renewal windows, and the statuses a filter may ask for.

The status rules themselves run in SQL (store/queries/validity.py) so that filters and counts stay
in the database; this module holds what they need from outside it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from collections.abc import Mapping

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.fuzzy_date import FuzzyDate, month_end

TODAY_ENV = "KERJASAMA_TODAY"

# An agreement whose validity ends within this many days of today has the status `expiring`.
EXPIRING_DAYS = 180

# Statuses `--status` accepts: every stated status plus the derived `expiring`.
FILTER_STATUSES: Mapping[str, tuple[str, ...]] = {
    **vocab.STATUSES,
    "expiring": ("akan berakhir", "segera berakhir", "hampir berakhir", "expiring soon"),
}

# A stated status that says the agreement is no longer (or not yet) in force is final: dates
# cannot contradict it. `active` and `renewed` are claims made on the day a source reported
# them, so an end date that has passed since, or a later document, overrides them.
FINAL_STATUSES = ("proposed", "ended", "expired", "superseded")

# Which later documents (same partner, same local party) supersede a document of each type.
# A letter of intent gives way to any later LoI, MoU, sister-city agreement or PKS; an MoU or
# sister-city agreement (the framework) to a later framework. A PKS (agreement), a programme or
# `other` is never superseded by date alone: several run side by side under one framework, and
# each ends by its own term, an end date, or a stated status.
SUPERSEDED_BY: Mapping[str, tuple[str, ...]] = {
    "loi": ("loi", "mou", "sister_city", "agreement"),
    "mou": ("mou", "sister_city"),
    "sister_city": ("mou", "sister_city"),
}


def today() -> dt.date:
    """The current date, or $KERJASAMA_TODAY (YYYY-MM-DD) so tests can fix what 'today' is."""
    text = os.environ.get(TODAY_ENV)
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(TODAY_ENV, text, "not a date; use YYYY-MM-DD") from None


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole calendar months; the 31st becomes the month's last day if needed.

    A day past the calendar's ends (a term from 9999!, `settings set dormant_years 99999`) is
    its first or last day: later or earlier than any window a reader asks about, which is what
    such a day means to the agenda and to validity, rather than a ValueError."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_days(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, kept inside the calendar as `add_months` keeps it."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


_UNITS = {
    "d": "days",
    "day": "days",
    "days": "days",
    "hari": "days",
    "w": "weeks",
    "week": "weeks",
    "weeks": "weeks",
    "minggu": "weeks",
    "pekan": "weeks",
    "m": "months",
    "mo": "months",
    "month": "months",
    "months": "months",
    "bulan": "months",
    "bln": "months",
    "b": "months",  # "6b", as bureau notes shorten "6 bulan"
    "bl": "months",
    "y": "years",
    "yr": "years",
    "year": "years",
    "years": "years",
    "tahun": "years",
    "thn": "years",
    "th": "years",
}
MAX_PERIOD_YEARS = 1000  # a window past it reads no differently, and add_months stays in range
_PERIOD = re.compile(r"^\s*(\d{1,5})\s*([a-z]*)\s*$", re.IGNORECASE)


def window_end(text: str, start: dt.date, field: str = "--expiring") -> dt.date:
    """The last day of a window written `180d`, `6m`, `1y`, `90 days`, `6 bulan` from `start`.

    A bare number counts days. Months and years are calendar months, so `1y` from 2025-05-27
    ends on 2026-05-27.
    """
    m = _PERIOD.match(text or "")
    unit = _UNITS.get(m.group(2).lower() or "d") if m else None
    if m is None or unit is None:
        raise ValidationError(
            field,
            text,
            "not a period; use a number of days, months or years: 180d, 6m, 1y, '90 days'",
        )
    amount = int(m.group(1))
    months = amount * (12 if unit == "years" else 1)
    if unit not in ("days", "weeks") and months > 12 * MAX_PERIOD_YEARS:
        raise ValidationError(
            field, text, "is too long a period; at most {n} years", n=MAX_PERIOD_YEARS
        )
    try:
        if unit == "days":
            return start + dt.timedelta(days=amount)
        if unit == "weeks":
            return start + dt.timedelta(weeks=amount)
        return add_months(start, months)
    except (OverflowError, ValueError):  # past 9999-12-31: the window is open-ended
        return dt.date.max


def validity_end(last_day: dt.date, basis: str | None) -> FuzzyDate:
    """The end of an agreement's validity at the precision it is known to, for people to read.

    LAST_DAY is the latest day it can be valid, which the status and the filters count from (an
    agreement is expired only once it surely is). BASIS is None when that day is known (an end
    date, a term from a known day), else what the term was counted from, as the store writes it:
    `PRECISION START MONTHS` (`month 2020-03-01 60`). A term from a month ends in its
    anniversary month (March 2020 for five years: March 2025, not the 30th the registry does
    not know); from a year, in its anniversary year (or the months it can fall in, for a term of
    whole months but not years); from a range, in the range moved by the term; from "by", by the
    last day."""
    if not basis:
        return FuzzyDate(last_day, last_day, "day")
    precision, start_text, months_text = basis.split(" ")
    months = int(months_text)
    if precision == "by" or start_text == "-":
        return FuzzyDate(None, last_day, "by")
    first = add_months(dt.date.fromisoformat(start_text), months)
    if precision == "month":
        return FuzzyDate(first, month_end(first.year, first.month), "month")
    if precision == "year" and months % 12 == 0:
        return FuzzyDate(dt.date(first.year, 1, 1), dt.date(first.year, 12, 31), "year")
    return FuzzyDate(add_days(first, -1), last_day, "range")
