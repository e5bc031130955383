"""The reads of a period's report (`report --period`, issue 22) that `stats` does not already
give: activity per partnership, agreements that lapsed or were renewed, the stages reached."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.store.queries.filters import where_clause
from kerjasama_cli.store.queries.validity import (
    STATUS_SQL,
    VALID_UNTIL_BASIS_SQL,
    VALID_UNTIL_SQL,
)

_FROM = "FROM records r LEFT JOIN partners p ON p.id = r.partner_id"


def _and(where: str) -> str:
    return " AND " if where else " WHERE "


def activity(conn: sqlite3.Connection, f: RecordFilter) -> list[dict[str, Any]]:
    """Per partnership (a partner and a local government, its name and country): documents
    and events in the filter's period, and the last day
    (`last`, the latest possible one), with the start and precision of the date it ends
    (`last_start`, `last_precision`: the bare columns of the row holding the max, in SQLite),
    so that an MoU of March 2025 is shown as that month, not as its 31st."""
    where, params = where_clause(conn, f)
    rows = conn.execute(
        "SELECT COALESCE(p.name, '—'), r.local_party, sum(r.kind = 'agreement'), "
        f"sum(r.kind = 'event'), max(r.date_end), r.date_start, r.date_precision, "
        f"r.local_country {_FROM}{where} "
        "GROUP BY r.partner_id, r.local_party, r.local_country ORDER BY count(*) DESC, 1",
        params,
    ).fetchall()
    keys = (
        *("partner", "local_party", "documents", "events", "last", "last_start", "last_precision"),
        "local_country",
    )
    return [dict(zip(keys, row, strict=True)) for row in rows]


def lapsed_and_renewed(
    conn: sqlite3.Connection, f: RecordFilter, start: dt.date, end: dt.date
) -> list[dict[str, Any]]:
    """Agreements whose validity ended in the period (`lapsed`, or `ended` when said so) and
    renewal events dated in it (`renewed`). The filter applies, but not its dates: an
    agreement signed years earlier lapses in this period."""
    from dataclasses import replace

    undated = replace(f, date_from=None, date_to=None)
    where, params = where_clause(conn, undated)
    found = []
    for rid, key, title, partner, text, status in conn.execute(
        f"SELECT r.id, r.key, r.title, p.name, {VALID_UNTIL_BASIS_SQL}, {STATUS_SQL} "
        f"{_FROM}{where}"
        f"{_and(where)}r.kind = 'agreement' AND {VALID_UNTIL_SQL} BETWEEN ? AND ? "
        "ORDER BY 5, r.id",
        [*params, start.isoformat(), end.isoformat()],
    ):
        # the latest day it can be valid, and what its term was counted from if not a day
        until, _, basis = text.partition(" ")
        what = "renewed" if status == "renewed" else "ended" if status == "ended" else "lapsed"
        if status in ("active", "expiring"):
            what = "ends"  # a period still running: it ends within it
        found.append(
            {
                "what": what,
                "date": until,
                "valid_basis": basis,
                "record": rid,
                "key": key,
                "title": title,
                "partner": partner,
            }
        )
    for rid, key, title, partner, day in conn.execute(
        f"SELECT r.id, r.key, r.title, p.name, r.date_end {_FROM}{where}{_and(where)}"
        "r.type = 'renewal' AND r.date_end BETWEEN ? AND ? ORDER BY r.date_end, r.id",
        [*params, start.isoformat(), end.isoformat()],
    ):
        found.append(
            {
                "what": "renewed",
                "date": day,
                "record": rid,
                "key": key,
                "title": title,
                "partner": partner,
            }
        )
    found.sort(key=lambda row: (row["date"] or "", row["record"]))
    return found


def stages_reached(
    conn: sqlite3.Connection, f: RecordFilter, start: dt.date, end: dt.date
) -> list[dict[str, Any]]:
    """Each stage a partnership reached in the period: the first evidence of it dated there."""
    from dataclasses import replace

    from kerjasama_cli.store.dossier.stages import LATEST_SQL, partnership_heads, partnership_state

    undated = replace(f, date_from=None, date_to=None)
    where, params = where_clause(conn, undated)
    # A partnership whose last record or evidence predates the period reached nothing in it.
    heads = partnership_heads(conn, where, [*params, start.isoformat()], f"max({LATEST_SQL}) >= ?")
    found = []
    for rid, partner in heads:
        state = partnership_state(conn, rid)
        for entry in state.reached:
            date = entry.date
            if date is None or date.start is None or date.end is None:
                continue
            if date.end < start or date.start > end:
                continue  # reached before (or after) the period
            found.append(
                {
                    "partner": partner or "—",
                    "stage": entry.stage,
                    "date": date.iso() or "",
                    "current": entry.stage == state.current,
                }
            )
    found.sort(key=lambda row: (row["date"], row["partner"]))
    return found
