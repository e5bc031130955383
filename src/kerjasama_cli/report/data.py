"""What a briefing shows, gathered through the store's own queries (no SQL here).

Every section counts the same records `list` would print with the same filters: the counts come
from store/aggregates.py (`stats`), the reported figures from store/reported.py
(`stats --reported`), the timeline from store/reader.py (`timeline`).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.grouping import Group
from kerjasama_cli.domain.records import Person


@dataclass
class YearBars:
    """Agreements per calendar year and type: `counts[year][type]`; `undated` have no one year."""

    years: list[str]
    types: list[str]
    counts: dict[str, dict[str, int]]
    undated: int


@dataclass
class Briefing:
    """Everything the HTML page draws, already counted and ordered."""

    lang: str
    filters: str
    totals: dict[str, int]
    countries: list[dict[str, Any]]  # stats rows by country (country, country_name, partners...)
    reported: list[dict[str, Any]]  # reported_rows()
    years: YearBars
    governors: list[dict[str, Any]]  # stats rows by governor, every term
    timeline: list[Group]
    people: dict[int, list[Person]] = field(default_factory=dict)
    # Kinds of the governments of the per-leader table and of the records (heads' titles).
    leader_kinds: list[str | None] = field(default_factory=list)
    record_kinds: list[str | None] = field(default_factory=list)
    sources: dict[int, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def partners_by_country(self) -> dict[str, int]:
        """Distinct partners per ISO alpha-2 code (the map's shading)."""
        return {r["country"]: r["partners"] for r in self.countries if r.get("country")}


def _year_bars(conn: sqlite3.Connection, f: RecordFilter, lang: str) -> YearBars:
    from kerjasama_cli.store.aggregates import stats_table

    if f.kinds and "agreement" not in f.kinds:
        return YearBars([], [], {}, 0)
    table = stats_table(conn, dataclasses.replace(f, kinds=("agreement",)), ["year", "type"], lang)
    counts: dict[str, dict[str, int]] = {}
    undated = 0
    for (year, kind), count in table.cells.items():
        if year is None or "-" in year:  # a span or no start: no single year to draw it in
            undated += count
            continue
        counts.setdefault(year, {})[kind or "other"] = count
    types = [k for k, _ in table.axes["type"] if any(k in c for c in counts.values())]
    return YearBars(sorted(counts), types, counts, undated)


def gather(conn: sqlite3.Connection, f: RecordFilter, lang: str) -> Briefing:
    """Count, group and cite the records matching `f` for a briefing in `lang` (id or en)."""
    from kerjasama_cli.domain.grouping import by_year
    from kerjasama_cli.report.strings import describe_filters
    from kerjasama_cli.store.aggregates import people_by_record, stats_table
    from kerjasama_cli.store.governments import kinds_of
    from kerjasama_cli.store.reader import citations, query_rows, row_date
    from kerjasama_cli.store.reported import reported_rows

    countries = stats_table(conn, f, ["country"], lang)
    governors = stats_table(conn, f, ["governor"], lang)
    rows = query_rows(conn, f, "date")
    # Reported figures are totals of a local party over a period: only those filters narrow them
    # (as `stats --reported` insists); other filters leave the table as the bureau reported it.
    figure_filter = RecordFilter(
        local_parties=f.local_parties, date_from=f.date_from, date_to=f.date_to
    )
    return Briefing(
        lang=lang,
        filters=describe_filters(f, lang),
        totals=countries.total,
        countries=countries.rows,
        reported=reported_rows(conn, figure_filter, lang),
        years=_year_bars(conn, f, lang),
        governors=governors.rows,
        timeline=by_year(rows, row_date),
        people=people_by_record(conn, (r["id"] for r in rows)),
        sources={r["id"]: citations(conn, "record", r["id"]) for r in rows},
        leader_kinds=governors.head_kinds,
        record_kinds=kinds_of(conn, rows),
    )
