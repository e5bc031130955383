"""What a streamed plain table needs before its first row: the distinct values of each column.

A piped `list` aligns every column to its widest cell. Holding the rows to measure them held the
registry (2.8 GB at a million records); the widths follow from far fewer values: the distinct
dates, types, partners and governors of the matching records, the largest id and the longest
title, read in one aggregate query. The renderer turns them into cells exactly as it turns rows.
The validity columns (`validity_extents`) follow from the longest last day and the distinct
statuses, worked out once per group of records that share a status.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.store.queries.filters import where_clause
from kerjasama_cli.store.queries.reader import ROWS_FROM
from kerjasama_cli.store.queries.validity import (
    SUPERSEDED_SQL,
    VALID_UNTIL_BASIS_SQL,
    row_status,
    status_days,
)

_DATES_SQL = "json_group_array(DISTINCT json_array(r.date_start, r.date_end, r.date_precision))"

# One pass: each distinct tuple as a JSON array text (DISTINCT takes one argument).
_EXTENTS_SQL = f"""
SELECT max(r.id), max(length(r.title)),
       {_DATES_SQL}, json_group_array(DISTINCT r.type),
       json_group_array(DISTINCT json_array(p.name, p.country)),
       json_group_array(DISTINCT json_array(l.name, r.governor_basis,
                                            json_array_length(r.governor_candidates))),
       json_group_array(DISTINCT r.local_party)
{ROWS_FROM}"""


@dataclass(frozen=True)
class ListExtents:
    """The distinct values behind each column of the `list` table, over the matching records."""

    max_id: int | None
    max_title: int
    dates: list[dict[str, Any]]  # date_start, date_end, date_precision
    types: list[str]
    partners: list[dict[str, Any]]  # partner, country
    governors: list[dict[str, Any]]  # governor, governor_basis, governor_candidates (a count)
    local_parties: list[dict[str, Any]]  # local_party (what heads the governor column)


def _tuples(text: str) -> list[list[Any]]:
    # Elements are arrays, or their text when DISTINCT dropped the JSON subtype.
    return [json.loads(v) if isinstance(v, str) else v for v in json.loads(text)]


def list_extents(conn: sqlite3.Connection, f: RecordFilter) -> ListExtents:
    """The distinct values of the `list` columns over the records matching `f`."""
    where, params = where_clause(conn, f)
    max_id, max_title, dates, types, partners, governors, local = conn.execute(
        _EXTENTS_SQL + where, params
    ).fetchone()
    return ListExtents(
        max_id=max_id,
        max_title=max_title or 0,
        dates=[{"date_start": s, "date_end": e, "date_precision": p} for s, e, p in _tuples(dates)],
        types=[t for t in json.loads(types) if t is not None],
        partners=[{"partner": n, "country": c} for n, c in _tuples(partners)],
        governors=[
            {"governor": g, "governor_basis": b, "governor_candidates": [None] * (n or 0)}
            for g, b, n in _tuples(governors)
        ],
        local_parties=[{"local_party": name} for name in json.loads(local)],
    )


def side_pairs(conn: sqlite3.Connection, f: RecordFilter) -> list[dict[str, Any]]:
    """The distinct (partner, country, local party, local country) of the records matching
    `f`: what `list --involving`'s other-side column is as wide as (read only then, so that a
    plain `list` pays nothing for it)."""
    where, params = where_clause(conn, f)
    sql = f"SELECT DISTINCT p.name, p.country, r.local_party, r.local_country {ROWS_FROM}{where}"
    keys = ("partner", "country", "local_party", "local_country")
    return [dict(zip(keys, row, strict=True)) for row in conn.execute(sql, params)]


def _dates(text: str) -> list[dict[str, Any]]:
    return [{"date_start": s, "date_end": e, "date_precision": p} for s, e, p in _tuples(text)]


def date_type_extents(
    conn: sqlite3.Connection, f: RecordFilter
) -> tuple[list[dict[str, Any]], list[str]]:
    """The distinct dates (as row dicts) and types of the records matching `f`: what aligns
    the plain timeline's columns."""
    where, params = where_clause(conn, f)
    dates, types = conn.execute(
        f"SELECT {_DATES_SQL}, json_group_array(DISTINCT r.type) {ROWS_FROM}{where}", params
    ).fetchone()
    return _dates(dates), [t for t in json.loads(types) if t is not None]


def local_parties(conn: sqlite3.Connection, f: RecordFilter) -> list[dict[str, Any]]:
    """The distinct `local_party` of the records matching `f` (as row dicts): what heads the
    governor column of a streamed table."""
    where, params = where_clause(conn, f)
    sql = f"SELECT DISTINCT r.local_party {ROWS_FROM}{where}"
    return [{"local_party": name} for (name,) in conn.execute(sql, params)]


# The validity columns' inputs, one group per distinct status they can give: the kind, the
# stated status, whether a later document supersedes the record, and where its last day of
# validity falls (none, before today, within the expiring window, later), ROW_SQL's very
# expressions worked out once per record, with no row made in Python.
# An end counted from a date that is not a day (VALID_UNTIL_BASIS_SQL's text with its basis) is
# shown at that date's precision: its distinct texts come back for the renderer to measure.
_VALIDITY_SQL = f"""
SELECT kind, stated, superseded, min(until),
       max(CASE WHEN counted IS NULL THEN coalesce(nullif(length(until), 0), 1) ELSE 1 END),
       json_group_array(DISTINCT counted)
FROM (SELECT kind, stated, superseded, substr(text, 1, 10) AS until,
             CASE WHEN instr(text, ' ') > 0 THEN text END AS counted
      FROM (SELECT r.kind AS kind, r.status AS stated, {SUPERSEDED_SQL} AS superseded,
                   {VALID_UNTIL_BASIS_SQL} AS text
            {ROWS_FROM}"""
_VALIDITY_GROUPS_SQL = """))
GROUP BY kind, stated, superseded,
         CASE WHEN until IS NULL THEN 0 WHEN until < ? THEN 1 WHEN until <= ? THEN 2 ELSE 3 END"""


@dataclass(frozen=True)
class ValidityExtents:
    """What the validity columns of the `list` table show over the matching records."""

    until_width: int  # the longest last day of validity (1: the "—" of a record without one)
    statuses: list[str | None]  # each distinct status (row_status's answer), None for none
    # each distinct (last day, basis) of an end counted from a date that is not a day, which
    # the renderer shows at that date's precision (domain/validity.py validity_end)
    counted: list[tuple[str, str]] = field(default_factory=list)


def validity_extents(conn: sqlite3.Connection, f: RecordFilter) -> ValidityExtents:
    """The width of the `Until` cells and the distinct statuses of the records matching `f`:
    row_status applied to one record of each group that gives the same answer."""
    where, params = where_clause(conn, f)
    days = status_days(conn)
    groups = conn.execute(_VALIDITY_SQL + where + _VALIDITY_GROUPS_SQL, [*params, *days]).fetchall()
    statuses = {row_status(kind, stated, last, sup, days) for kind, stated, sup, last, *_ in groups}
    counted = {(text[:10], text[11:]) for *_, texts in groups for text in json.loads(texts) if text}
    return ValidityExtents(
        until_width=max((width for *_, width, _ in groups), default=0),
        statuses=sorted(statuses, key=lambda s: (s is None, s or "")),
        counted=sorted(counted),
    )
