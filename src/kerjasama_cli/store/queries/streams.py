"""Reads that stream: rows in the order a grouped printout shows them, each with its people.

A timeline grouped by year used to read every matching record, fetch every one's people and sort
them in Python (3.1 GB at a million records). Here SQL sorts them exactly as `domain.grouping`
does (year group, then `FuzzyDate.sort_key`, then id), with each record's people in the same
query, so the renderer writes each group as its rows arrive and never holds more than a chunk.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.grouping import BASIS_SEP
from kerjasama_cli.domain.records import Person
from kerjasama_cli.store.queries.filters import where_clause
from kerjasama_cli.store.queries.reader import ROWS_FROM, TIMELINE_SQL, _iter

# `grouping.year_group` in SQL: NULL (date unknown) when a bound is missing or the date is only
# "in force by"; the year, or `first-last` for a span (ISO dates: the year is the first four).
YEAR_GROUP_SQL = """(CASE
  WHEN r.date_start IS NULL OR r.date_end IS NULL OR r.date_precision IN ('by', 'unknown')
  THEN NULL
  WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4)
  ELSE substr(r.date_start, 1, 4) || '-' || substr(r.date_end, 1, 4)
END)"""

# `FuzzyDate.sort_key` then the id (`grouping.chronological`): an unknown date sorts last and
# ties with every other unknown one; the precisions rank as dates._PRECISION_RANK.
_UNKNOWN = "(r.date_precision = 'unknown' OR r.date_end IS NULL)"
CHRONOLOGICAL_SQL = f"""{_UNKNOWN},
  CASE WHEN {_UNKNOWN} THEN NULL ELSE COALESCE(r.date_start, r.date_end) END,
  CASE WHEN {_UNKNOWN} THEN NULL ELSE r.date_end END,
  CASE r.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2
    WHEN 'range' THEN 3 WHEN 'by' THEN 4 ELSE 5 END,
  r.id"""


# A record's signatories or participants in order, as [side, name, title] arrays ('[]': none).
_PEOPLE_SQL = """(SELECT json_group_array(json_array(side, name, title)) FROM
    (SELECT side, name, title FROM record_people WHERE record_id = r.id ORDER BY position))"""
TIMELINE_PEOPLE_SQL = TIMELINE_SQL.replace(
    "\nFROM records r", f",\n       {_PEOPLE_SQL} AS people\nFROM records r", 1
)


def timeline_by_year(conn: sqlite3.Connection, f: RecordFilter) -> Iterator[dict[str, Any]]:
    """Records matching `f` (TIMELINE_SQL's columns, and `people`: their signatories as JSON)
    in `grouping.by_year`'s order, streamed."""
    where, params = where_clause(conn, f)
    order = f"{YEAR_GROUP_SQL} IS NULL, {YEAR_GROUP_SQL}, {CHRONOLOGICAL_SQL}"
    return _iter(conn, f"{TIMELINE_PEOPLE_SQL}{where} ORDER BY {order}", params)


def with_people(
    rows: Iterable[dict[str, Any]], people: dict[int, list[Person]]
) -> Iterator[dict[str, Any]]:
    """The rows as they come (from `timeline_by_year`); while one is being consumed, `people`
    holds its signatories or participants, by its id (as `aggregates.people_by_record`)."""
    loads = json.loads
    for row in rows:
        people.clear()
        found = row.pop("people")
        if found != "[]":
            people[row["id"]] = [Person(side, name, title) for side, name, title in loads(found)]
        yield row
    people.clear()


# -- grouped by governor or by partner ---------------------------------------------------------

# A row's group, as `grouping.governor_group_key` and `grouping.partner_groups` key them.
GOVERNOR_GROUP_SQL = (
    "COALESCE(NULLIF(l.key, ''), COALESCE(NULLIF(r.governor_basis, ''), 'not_recorded') "
    f"|| '{BASIS_SEP}' || COALESCE(r.local_party, ''))"
)
PARTNER_GROUP_SQL = "COALESCE(p.key, '')"

# CHRONOLOGICAL_SQL as one text that sorts the same way (ISO dates are ten characters; an
# unknown date has none): what finds each partner's first row by date.
_CHRONOLOGICAL_TEXT = f"""printf('%d|%10s|%10s|%d|%020d', {_UNKNOWN},
  CASE WHEN {_UNKNOWN} THEN '' ELSE COALESCE(r.date_start, r.date_end) END,
  CASE WHEN {_UNKNOWN} THEN '' ELSE r.date_end END,
  CASE r.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2
    WHEN 'range' THEN 3 WHEN 'by' THEN 4 ELSE 5 END,
  r.id)"""


def governors_found(
    conn: sqlite3.Connection, f: RecordFilter
) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """The distinct (governor_key, governor, governor_basis, local_party) of the records
    matching `f`."""
    where, params = where_clause(conn, f)
    sql = f"SELECT DISTINCT l.key, l.name, r.governor_basis, r.local_party {ROWS_FROM}{where}"
    return conn.execute(sql, params).fetchall()


def partners_found(
    conn: sqlite3.Connection, f: RecordFilter
) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """The distinct (partner_key, partner, country, partner_kind) of the records matching `f`,
    in the order of each partner's first record by date (`grouping.chronological`)."""
    where, params = where_clause(conn, f)
    sql = (
        f"SELECT p.key, p.name, p.country, p.kind {ROWS_FROM}{where} "
        f"GROUP BY {PARTNER_GROUP_SQL} "
        f"ORDER BY min({_CHRONOLOGICAL_TEXT})"
    )
    return conn.execute(sql, params).fetchall()


def grouped_rows(
    conn: sqlite3.Connection,
    select: str,
    f: RecordFilter,
    group_sql: str,
    ranks: dict[str, int] | None,
    order: str = CHRONOLOGICAL_SQL,
) -> Iterator[dict[str, Any]]:
    """SELECT's rows (TIMELINE_PEOPLE_SQL, ROW_SQL: ending with ROWS_FROM) matching `f`, each
    with its `group_key` (GROUP_SQL), sorted by their group's place in RANKS and then ORDER
    (in no order without RANKS), streamed: SQL sorts, this process holds a chunk. The rank
    is looked up in Python (one call a row): the groups are few, and a join on an expression
    would not be planned well."""
    where, params = where_clause(conn, f)
    head, rest = select.split("\nFROM records r", 1)
    sql = f"{head},\n       {group_sql} AS group_key\nFROM records r{rest}{where}"
    if ranks is not None:
        conn.create_function("kerjasama_group_rank", 1, ranks.get, deterministic=True)
        sql += f" ORDER BY kerjasama_group_rank({group_sql}), {order}"
    return _iter(conn, sql, params)


def group_counts(conn: sqlite3.Connection, f: RecordFilter, group_sql: str) -> dict[str, int]:
    """How many records matching `f` fall in each group (GROUP_SQL's value)."""
    where, params = where_clause(conn, f)
    sql = f"SELECT {group_sql}, count(*) {ROWS_FROM}{where} GROUP BY 1"
    return dict(conn.execute(sql, params).fetchall())
