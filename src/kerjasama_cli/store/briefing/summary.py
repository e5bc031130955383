"""What a briefing of a large registry lists instead of every record: the partners with the most
records (report/data.py; the most recent records and the counts by year come from reader.py and
aggregates.py)."""

from __future__ import annotations

import sqlite3
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.store.queries.filters import where_clause


def largest_partners(conn: sqlite3.Connection, f: RecordFilter, limit: int) -> list[dict[str, Any]]:
    """The `limit` partners with the most records matching `f`, most first: name, key, country,
    records, agreements, events. Unfiltered (or by kind): from the writer's per-partner counts
    (m024); else counted from the records."""
    from kerjasama_cli.store.briefing.counted import largest

    kept = largest(conn, f, limit)
    rows = kept if kept is not None else largest_from_records(conn, f, limit)
    return [dict(zip(_NAMES, row, strict=True)) for row in rows]


_NAMES = ("partner", "partner_key", "country", "records", "agreements", "events")


def largest_from_records(conn: sqlite3.Connection, f: RecordFilter, limit: int) -> list[tuple]:
    """largest_partners' rows counted from the records matching `f` (any filter)."""
    where, params = where_clause(conn, f)
    # Joined only when a filter reads them: SQLite keeps an unused LEFT JOIN in an aggregate
    # (a look-up per record: 2.8 s instead of 0.3 s at a million, unfiltered).
    joins = "".join(
        join
        for alias, join in (
            ("p.", " LEFT JOIN partners p ON p.id = r.partner_id"),
            ("l.", " LEFT JOIN leaders l ON l.id = r.governor_id"),
        )
        if alias in where
    )
    sql = (
        "SELECT p.name AS partner, p.key AS partner_key, p.country, n.records, n.agreements, "
        "n.events FROM (SELECT r.partner_id, count(*) AS records, "
        "sum(r.kind = 'agreement') AS agreements, sum(r.kind = 'event') AS events "
        f"FROM records r{joins}{where} GROUP BY r.partner_id "
        "ORDER BY records DESC, r.partner_id LIMIT ?) n JOIN partners p ON p.id = n.partner_id "
        "ORDER BY n.records DESC, p.name"
    )
    return conn.execute(sql, [*params, limit]).fetchall()
