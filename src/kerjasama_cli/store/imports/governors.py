"""Governor columns for a bulk import, each distinct answer computed once.

Attribution (domain/governors.py) is a few dozen comparisons per record; a million-row import
asks it for ~20,000 distinct dates. Records naming nobody are keyed by their date's interval
(a C-hashed tuple) and, on a miss, by where the date falls among the local party's term
boundaries: the dates placed alike get the same answer, so attribution runs a few hundred times
rather than once per distinct date. tests/test_import_governors.py checks the answers against
`GovernorIndex.columns` for dates on, before and after every boundary.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from bisect import bisect_left, bisect_right
from typing import Any

from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.records import Record
from kerjasama_cli.store.records.governor_index import GovernorIndex


class ImportGovernors:
    """Governor columns memoised per local party, date, people and credited leader."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.index = GovernorIndex(conn)
        self.cache: dict[Any, tuple[object, ...]] = {}
        self.placed: dict[Any, tuple[object, ...]] = {}
        self.bounds: dict[tuple[str, str | None], list[dt.date]] = {}

    def columns(self, record: Record) -> tuple[object, ...]:
        date = record.date
        if record.people or record.leader:
            key: tuple[Any, ...] = (
                record.local_party,
                record.local_country,
                date,
                record.people,
                record.leader,
            )
        else:
            # The common case, keyed by what attribution reads of a date (its interval and
            # precision) rather than by the date itself, whose hash runs in Python.
            key = (record.local_party, record.local_country, date.start, date.end, date.precision)
        found = self.cache.get(key)
        if found is None:
            found = self._attribute(record)
            if len(self.cache) > 100_000:
                self.cache.clear()
            self.cache[key] = found
        return found

    def _attribute(self, record: Record) -> tuple[object, ...]:
        if record.people or record.leader:
            return tuple(self.index.columns(record).values())
        # Without a name, attribution compares the date's start and end with the party's term
        # boundaries and nothing else (domain/governors.py): dates placed alike among those
        # boundaries (before, on or after each) get the same answer, computed once.
        government = (record.local_party, record.local_country)
        place = (*government, *self._place(government, record.date))
        found = self.placed.get(place)
        if found is None:
            found = self.placed[place] = tuple(self.index.columns(record).values())
        return found

    def _place(self, government: tuple[str, str | None], date: FuzzyDate) -> tuple[Any, ...]:
        bounds = self.bounds.get(government)
        if bounds is None:
            terms = self.index.terms(*government)
            days = {d for t in terms for d in (t.start, t.end) if d is not None}
            bounds = self.bounds[government] = sorted(days)
        start, end = date.start, date.end
        return (
            None if start is None else (bisect_left(bounds, start), bisect_right(bounds, start)),
            None if end is None else (bisect_left(bounds, end), bisect_right(bounds, end)),
            date.precision == "unknown",
        )
