"""What falls due (issue 22): the agenda's items and the settings that shape it.

The periods are local practice (docs/domain.md, *The legal life of a cooperation*: a setting,
not a constant), so each lives in the registry's `settings` table (migration m017) with the
default below, and `kerjasama settings set NAME VALUE` changes it for that registry. Items are
computed, never stored: the agenda is what the records say today.

Item kinds, each with the day it falls on:
- `expiring`: an agreement in force whose validity ends; its `warning` is the smallest of the
  warning thresholds (12, 6, 3 months by default) the day falls within;
- `renewal_notice`: the last day to give notice of renewal or termination, `notice_months`
  before the end (overdue while the agreement is still in force);
- `dormant`: a partnership with no visit, programme, meeting, document or evidence for
  `dormant_years`, on the day it became so (possibly long past: still to act on);
- `waiting`: a proposal (a partnership before signing) at one stage for more than
  `waiting_days` since its latest evidence;
- `report`: the periodic report upward, `report_due_days` after each period of
  `report_period_months` months (3: quarterly, from January);
- `trip_report`: a report `trip_report_days` after each official trip abroad (a visit whose
  place is not the local party itself).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.domain.errors import ValidationError


@dataclass(frozen=True)
class Setting:
    """A setting's name, default (as stored text) and meaning."""

    name: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("warn_months", "12,6,3", "months before an agreement ends at which it is flagged"),
        Setting("notice_months", "6", "months before the end by which renewal is to be notified"),
        Setting(
            "dormant_years", "3", "years without activity after which a partnership is dormant"
        ),
        Setting("waiting_days", "180", "days at one stage after which a proposal is flagged"),
        Setting("report_period_months", "3", "months in one reporting period (3: quarterly)"),
        Setting("report_due_days", "30", "days after a period ends that its report is due"),
        Setting("trip_report_days", "7", "days after an official trip that its report is due"),
    )
}


def parse_setting(name: str, value: str) -> Any:
    """A setting's stored text as its value: a list of whole numbers for `warn_months`, else one
    whole number (0 or more). Raises ValidationError naming the setting."""
    if name not in SETTINGS:
        import difflib

        close = difflib.get_close_matches(name, list(SETTINGS), n=3, cutoff=0.5)
        raise ValidationError("NAME", name, "no such setting (`kerjasama settings list`)", close)
    parts = [p.strip() for p in str(value).split(",")]
    if not all(p.isdigit() and len(p) <= 5 for p in parts) or (
        len(parts) > 1 and name != "warn_months"
    ):  # the range said: a 21-digit number is a whole number, just too large
        if name == "warn_months":
            raise ValidationError(
                name, value, "expected whole numbers of months from 0 to 99999, e.g. 12,6,3"
            )
        raise ValidationError(name, value, "expected a whole number from 0 to 99999")
    numbers = [int(p) for p in parts]
    if name == "warn_months":
        return sorted(set(numbers), reverse=True)
    if name == "report_period_months" and numbers[0] not in (1, 2, 3, 4, 6, 12):
        raise ValidationError(name, value, "expected 1, 2, 3, 4, 6 or 12 (months dividing a year)")
    return numbers[0]


@dataclass(frozen=True)
class AgendaSettings:
    """The agenda's settings as values."""

    warn_months: tuple[int, ...] = (12, 6, 3)
    notice_months: int = 6
    dormant_years: int = 3
    waiting_days: int = 180
    report_period_months: int = 3
    report_due_days: int = 30
    trip_report_days: int = 7

    @classmethod
    def from_stored(cls, stored: dict[str, str]) -> AgendaSettings:
        """From the registry's settings rows (a missing one takes its default)."""
        values = {n: parse_setting(n, stored.get(n, s.default)) for n, s in SETTINGS.items()}
        values["warn_months"] = tuple(values["warn_months"])
        return cls(**values)


@dataclass
class Item:
    """One thing that falls due: its day, kind, what it is about, and details (`PUBLIC_KEYS`
    names every key `public` can give, the CSV's columns)."""

    day: dt.date
    kind: str
    partner: str | None
    record_id: int | None = None
    record_key: str | None = None
    title: str | None = None
    overdue: bool = False
    details: dict[str, Any] = field(default_factory=dict)
    # For people, not machines: a dormant partnership's last activity as its record dates it
    # (date_start, date_end, date_precision), since `last_activity` is its latest possible day
    # and "2019-05-31" would claim a day the source never gave for "Mei 2019"; a waiting
    # proposal's latest evidence likewise (`since`).
    activity: dict[str, Any] | None = None
    # For people too: an agreement's end as `validity_end` reads it (`valid_until`, the latest
    # day, which `ends` keeps for machines, and `valid_basis`), so that one counted from
    # "Maret 2020" is said to end in March 2025 rather than on a day no source gave.
    valid: dict[str, Any] | None = None

    def public(self) -> dict[str, Any]:
        """Stable English keys for JSON."""
        return {
            "date": self.day.isoformat(),
            "kind": self.kind,
            "overdue": self.overdue,
            "partner": self.partner,
            "record": self.record_id,
            "key": self.record_key,
            "title": self.title,
            **self.details,
        }


# Every key of `Item.public`: the common ones, then each kind's details (store/briefing/agenda.py),
# in one order: the columns of `agenda --format csv`.
PUBLIC_KEYS: tuple[str, ...] = (
    *("date", "kind", "overdue", "partner", "record", "key", "title"),
    *("ends", "warning_months"),  # expiring, notice
    *("last_activity", "local_party"),  # dormant
    *("stage", "next", "since"),  # waiting
    *("period_start", "period_end"),  # periodic report
    "place",  # trip report
    "local_country",  # dormant, waiting: the local party's (last: no column before it moves)
)


def warning(ends: dt.date, today: dt.date, warn_months: tuple[int, ...]) -> int | None:
    """The smallest warning threshold (in months) that `ends` falls within from `today`."""
    from kerjasama_cli.domain.validity import add_months

    inside = [m for m in warn_months if ends <= add_months(today, m)]
    return min(inside) if inside else None


def report_dues(
    start: dt.date, end: dt.date, settings: AgendaSettings
) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(period start, period end, due day) of each periodic report due from `start` to `end`."""
    from kerjasama_cli.domain.validity import add_days, add_months

    months = settings.report_period_months
    # The period that contains the day `report_due_days` before `start`, then onward.
    first = add_days(start, -settings.report_due_days)
    period = dt.date(first.year, (first.month - 1) // months * months + 1, 1)
    found = []
    while True:
        following = add_months(period, months)
        if following <= period:  # the calendar's last period: no later one falls due
            return found
        period_end = add_days(following, -1)
        due = add_days(period_end, settings.report_due_days)
        if due > end:
            return found
        if due >= start:
            found.append((period, period_end, due))
        period = following
