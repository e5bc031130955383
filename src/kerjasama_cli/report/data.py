"""What a briefing shows, gathered through the store's own queries (no SQL here).

Every section counts the same records `list` would print with the same filters: the counts come
from store/briefing/aggregates.py (`stats`), the reported figures from store/briefing/reported.py
(`stats --reported`), the timeline from store/queries/reader.py (`timeline`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.grouping import Group
from kerjasama_cli.domain.records import Person

if TYPE_CHECKING:
    from kerjasama_cli.store.briefing.aggregates import StatsTable


@dataclass
class YearBars:
    """Agreements per calendar year and type: `counts[year][type]`; `undated` have no one year."""

    years: list[str]
    types: list[str]
    counts: dict[str, dict[str, int]]
    undated: int


# Up to this many records a briefing lists every one in its timeline (the seed, a year's
# work); beyond, it summarises them (`Summary`) unless asked for the full timeline.
FULL_TIMELINE_MAX = 2000
RECENT = 50  # the most recent records a summary lists in full
LARGEST = 15  # the partners with the most records a summary lists

# What a full timeline costs per record, measured at a million records (issue 20: 292 MB of
# HTML, 64 s, 4 GB of memory): for the estimate `report` prints before writing one.
BYTES_PER_RECORD = 300
SECONDS_PER_RECORD = 64e-6
MEMORY_PER_RECORD = 4000


@dataclass
class Summary:
    """The record lists of a briefing too large to list every record."""

    recent: list[dict[str, Any]]  # the most recent RECENT records, newest first (query_rows)
    largest: list[dict[str, Any]]  # the LARGEST partners by records (store/briefing/summary.py)
    by_year: list[dict[str, Any]]  # stats rows by year (every record)


@dataclass(frozen=True)
class Cost:
    """What a full timeline of `records` records would take, estimated."""

    records: int

    @property
    def megabytes(self) -> int:
        return round(self.records * BYTES_PER_RECORD / 1e6)

    @property
    def seconds(self) -> int:
        return round(self.records * SECONDS_PER_RECORD)

    @property
    def memory_mb(self) -> int:
        return round(self.records * MEMORY_PER_RECORD / 1e6)


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
    summary: Summary | None = None  # set instead of the timeline for a large briefing

    @property
    def partners_by_country(self) -> dict[str, int]:
        """Distinct partners per ISO alpha-2 code (the map's shading)."""
        return {r["country"]: r["partners"] for r in self.countries if r.get("country")}


def _year_bars(table: StatsTable) -> YearBars:
    """The agreements of a year × type table (of every kind of record: each cell counts its
    agreements too) as bars: years with agreements, types in the order of their agreements."""
    counts: dict[str, dict[str, int]] = {}
    per_type: dict[str | None, int] = {}
    undated = 0
    for row in table.rows:
        year, kind, agreements = row["year"], row["type"], row["agreements"]
        if not agreements:
            continue
        per_type[kind] = per_type.get(kind, 0) + agreements
        if year is None or "-" in year:  # a span or no start: no single year to draw it in
            undated += agreements
            continue
        counts.setdefault(year, {})[kind or "other"] = agreements
    # As stats orders a dimension's groups: the most first, then by name; none last.
    order = sorted(per_type, key=lambda k: (k is None, -per_type[k], str(k or "").casefold()))
    types = [k for k in order if any(k in c for c in counts.values())]
    return YearBars(sorted(counts), types, counts, undated)


def gather(
    conn: sqlite3.Connection, f: RecordFilter, lang: str, full_timeline: bool | None = None
) -> Briefing:
    """Count, group and cite the records matching `f` for a briefing in `lang` (id or en).

    The timeline lists every record when `full_timeline`, or (None) when there are at most
    FULL_TIMELINE_MAX of them; otherwise the briefing carries a `Summary` instead, so that its
    time, memory and size do not grow with the registry."""
    from kerjasama_cli.report.strings import describe_filters
    from kerjasama_cli.store.briefing.aggregates import people_by_record, stats_table
    from kerjasama_cli.store.briefing.reported import reported_rows
    from kerjasama_cli.store.parties.government_lookups import kinds_of
    from kerjasama_cli.store.queries.reader import citations

    # Each figure counted once (issue 20: a briefing of a million records made ~12 passes over
    # them): the country table's total is the briefing's; the year bars and the summary's
    # counts per year share one year × type table.
    countries = stats_table(conn, f, ["country"], lang)
    governors = stats_table(conn, f, ["governor"], lang, total=False)
    years = stats_table(conn, f, ["year", "type"], lang, total=False, cell_partners=False)
    # Reported figures are totals of a local party over a period: only those filters narrow them
    # (as `stats --reported` insists); other filters leave the table as the bureau reported it.
    figure_filter = RecordFilter(
        local_parties=f.local_parties, date_from=f.date_from, date_to=f.date_to
    )
    briefing = Briefing(
        lang=lang,
        filters=describe_filters(f, lang),
        totals=countries.total,
        countries=countries.rows,
        reported=reported_rows(conn, figure_filter, lang),
        years=_year_bars(years),
        governors=governors.rows,
        timeline=[],
        leader_kinds=governors.head_kinds,
    )
    if full_timeline is None:
        full_timeline = countries.total["count"] <= FULL_TIMELINE_MAX
    rows = _records(conn, f, briefing, full_timeline, [e[1] for e in years.axes["year"]])
    briefing.people = people_by_record(conn, (r["id"] for r in rows))
    briefing.sources = {r["id"]: citations(conn, "record", r["id"]) for r in rows}
    if f.public:  # a source's local file is the office's (domain/public.py): its address only
        briefing.sources = {
            i: [{**s, "file": None} for s in cited] for i, cited in briefing.sources.items()
        }
    briefing.record_kinds = kinds_of(conn, rows)
    return briefing


def _records(
    conn: sqlite3.Connection,
    f: RecordFilter,
    briefing: Briefing,
    full: bool,
    by_year: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The records the briefing prints in full: the timeline's, or the summary's most recent
    (with `by_year`, the counts per year)."""
    from kerjasama_cli.domain.grouping import by_year as group_by_year
    from kerjasama_cli.store.briefing.summary import largest_partners
    from kerjasama_cli.store.queries.reader import query_rows, row_date

    if full:
        rows = query_rows(conn, f, "date")
        briefing.timeline = group_by_year(rows, row_date)
        return rows
    rows = query_rows(conn, f, "date", reverse=True, limit=RECENT)
    briefing.summary = Summary(
        recent=rows,
        largest=largest_partners(conn, f, LARGEST),
        by_year=by_year,
    )
    return rows
