"""Attribute a record to the home leader in office on its date.

A date is an interval (see `dates.FuzzyDate`), so attribution is interval overlap with the
leaders' terms. A named home signatory wins, then a leader the source credits; where the interval
still spans several terms the governor is *undetermined* and the candidates are listed, never
guessed. A boundary day belongs to both neighbours (docs/domain.md), so it is undetermined too
unless someone is named. A running term's end is its scheduled end (Pramono Anung: 2030-02-20),
and no date after a term's end is attributed to its holder, not even through a named signatory:
an MoU dated 2099 is "not recorded".
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.records import Leader, Person

# How a record got (or did not get) its governor; stored beside it and shown to users.
NAMED = "signatory"  # a home signatory is a recorded leader
CREDITED = "credited"  # the source credits a leader
BY_DATE = "date"  # exactly one term overlaps the date
UNDETERMINED = "undetermined"  # several terms overlap and nothing names the leader
NOT_RECORDED = "not_recorded"  # the date lies outside every recorded term
DATE_UNKNOWN = "date_unknown"  # no start date: cannot say who signed

BASIS_LABELS = {
    NAMED: "named signatory",
    CREDITED: "credited by source",
    BY_DATE: "in office on the date",
    UNDETERMINED: "undetermined",
    NOT_RECORDED: "not recorded",
    DATE_UNKNOWN: "date unknown",
}


@dataclass(frozen=True)
class Attribution:
    """The outcome: a leader term (or None), why, and the candidates when undetermined."""

    leader: Leader | None
    basis: str
    candidates: tuple[Leader, ...] = ()


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(text.replace(".", " ").lower().split())


def overlapping(date: FuzzyDate, leaders: Sequence[Leader]) -> list[Leader]:
    """Terms whose days intersect the date's interval, in term order."""
    return [term for term in leaders if date.overlaps(term.start, term.end)]


def leaders_named(name: str, leaders: Sequence[Leader]) -> list[Leader]:
    """Every term of the person called `name` (or one of their aliases)."""
    wanted = _fold(name)
    return [term for term in leaders if wanted in {_fold(n) for n in term.names()}]


def ended_before(term: Leader, date: FuzzyDate) -> bool:
    """Whether the term (or its scheduled end, for a running one) is over before the date's
    earliest possible day."""
    return term.end is not None and date.start is not None and term.end < date.start


def in_office(end: dt.date | None, today: dt.date | None = None) -> bool:
    """Whether a term with this end (a running term's scheduled end; None: open) is still
    running today, so it reads "in office" rather than ending on a future day."""
    if end is None:
        return True
    if today is None:
        from kerjasama_cli.domain.validity import today as current_day

        today = current_day()
    return end > today


def _covers(term: Leader, start: object, end: object) -> bool:
    return term.start <= start and (term.end is None or (end is not None and end <= term.end))  # type: ignore[operator]


def _innermost(date: FuzzyDate, terms: list[Leader]) -> list[Leader]:
    """Drop a titular term when an acting stint nested inside it covers the whole date.

    An acting official (Plt) serving inside a governor's term holds the office on those days.
    """
    inner = [t for t in terms if _covers(t, date.start, date.end)]
    nested = [
        t
        for t in inner
        if any(o is not t and _covers(o, t.start, t.end or dt.date.max) for o in terms)
    ]
    return nested if len(nested) == 1 else terms


def _pick_term(terms: list[Leader], date: FuzzyDate) -> Leader | None:
    """Of one person's terms, the one matching the date (a person can hold several).

    A term that ended before the date can begin is never picked, even for a named signatory:
    whoever signed in 2099, it was not as the holder of a term that ends in 2030.
    """
    terms = [t for t in terms if not ended_before(t, date)]
    if len(terms) == 1:
        return terms[0]
    matching = overlapping(date, terms)
    return matching[0] if matching else None


def attribute(
    date: FuzzyDate,
    people: Sequence[Person],
    credited: str | None,
    leaders: Sequence[Leader],
) -> Attribution:
    """Decide which leader term a record belongs to; see the module docstring for the rules."""
    for person in people:
        if person.side == "home":
            term = _pick_term(leaders_named(person.name, leaders), date)
            if term is not None:
                return Attribution(term, NAMED)
    if credited:
        term = _pick_term(leaders_named(credited, leaders), date)
        if term is not None:
            return Attribution(term, CREDITED)
    if date.start is None:
        return Attribution(None, DATE_UNKNOWN)
    terms = _innermost(date, overlapping(date, leaders))
    if len(terms) == 1:
        return Attribution(terms[0], BY_DATE)
    if terms:
        return Attribution(None, UNDETERMINED, tuple(terms))
    return Attribution(None, NOT_RECORDED)
