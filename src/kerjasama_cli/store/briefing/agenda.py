"""The agenda's reads (domain/agenda.py): agreements ending, partnerships' last activity, the
settings table. Every query runs over the same `records r LEFT JOIN partners p` and the same
filter as `list`, so `agenda --local-party ...` narrows it like any other read."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from kerjasama_cli.domain.agenda import (
    SETTINGS,
    AgendaSettings,
    Item,
    parse_setting,
    report_dues,
    warning,
)
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.validity import add_days, add_months
from kerjasama_cli.store.dossier.stages import LATEST_SQL
from kerjasama_cli.store.queries.filters import where_clause
from kerjasama_cli.store.queries.validity import (
    STATUS_SQL,
    VALID_UNTIL_BASIS_SQL,
    VALID_UNTIL_SQL,
)
from kerjasama_cli.store.safety import history

_FROM = "FROM records r LEFT JOIN partners p ON p.id = r.partner_id"
_IN_FORCE = f"{STATUS_SQL} IN ('active', 'expiring', 'renewed')"


def stored_settings(conn: sqlite3.Connection) -> dict[str, str]:
    """The settings rows of the registry (names without a row take their defaults)."""
    return dict(conn.execute("SELECT key, value FROM settings"))


def agenda_settings(conn: sqlite3.Connection) -> AgendaSettings:
    """The registry's agenda settings as values."""
    return AgendaSettings.from_stored(stored_settings(conn))


def settings_rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every setting: name, value, default, whether it was set, and what it means."""
    stored = stored_settings(conn)
    return [
        {
            "name": n,
            "value": stored.get(n, s.default),
            "default": s.default,
            "set": n in stored,
            "help": s.help,
        }
        for n, s in SETTINGS.items()
    ]


def set_setting(conn: sqlite3.Connection, name: str, value: str | None) -> None:
    """Store a setting (inside a transaction); None goes back to the default."""
    old = stored_settings(conn).get(name)
    if value is None:
        parse_setting(name, SETTINGS[name].default if name in SETTINGS else "")
        conn.execute("DELETE FROM settings WHERE key = ?", (name,))
    else:
        parsed = parse_setting(name, value)
        value = ",".join(map(str, parsed)) if isinstance(parsed, list) else str(parsed)
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (name, value))
    if old != value:
        history.log(conn, "setting", None, name, history.UPDATE, {"value": [old, value]})


def _rows(
    conn: sqlite3.Connection, f: RecordFilter, select: str, extra: str, params: list[Any]
) -> list[tuple]:
    where, wparams = where_clause(conn, f)
    glue = " AND " if where else " WHERE "
    return conn.execute(
        f"SELECT {select} {_FROM}{where}{glue}{extra}", [*wparams, *params]
    ).fetchall()


def expiring(
    conn: sqlite3.Connection, f: RecordFilter, today: dt.date, end: dt.date, s: AgendaSettings
) -> list[Item]:
    """Agreements in force ending by `end` (plus the notice months), as expiry and notice items."""
    horizon = add_months(end, s.notice_months)
    rows = _rows(
        conn,
        f,
        f"r.id, r.key, r.title, p.name, {VALID_UNTIL_BASIS_SQL}",
        f"r.kind = 'agreement' AND {_IN_FORCE} AND {VALID_UNTIL_SQL} BETWEEN ? AND ?",
        [today.isoformat(), horizon.isoformat()],
    )
    items: list[Item] = []
    for rid, key, title, partner, text in rows:
        # the latest day it can be valid, and what its term was counted from if not a day
        until, _, basis = text.partition(" ")
        valid = {"valid_until": until, "valid_basis": basis}
        ends = dt.date.fromisoformat(until)
        if ends <= end:
            items.append(
                Item(
                    ends,
                    "expiring",
                    partner,
                    rid,
                    key,
                    title,
                    details={"ends": until, "warning_months": warning(ends, today, s.warn_months)},
                    valid=valid,
                )
            )
        notice = add_months(ends, -s.notice_months)
        if notice <= end:
            items.append(
                Item(
                    notice,
                    "renewal_notice",
                    partner,
                    rid,
                    key,
                    title,
                    overdue=notice < today,
                    details={"ends": until},
                    valid=valid,
                )
            )
    return items


def last_activity(conn: sqlite3.Connection, f: RecordFilter) -> list[tuple]:
    """Per partnership: (partner, local party, its country, last day of activity, the id, key
    and title of the record of it, and that record's date_start, date_end and date_precision).
    A partnership is a partner and a local government, its name and country (m028). Activity is
    any dated record (visit, programme, meeting, document) or evidence; the aggregate's bare
    columns come from the row holding the max (SQLite)."""
    where, params = where_clause(conn, f)
    glue = " AND" if where else " WHERE"
    return conn.execute(
        f"SELECT p.name, r.local_party, r.local_country, max({LATEST_SQL}) AS last, r.id, "
        "r.key, r.title, "
        f"r.date_start, r.date_end, r.date_precision "
        f"{_FROM}{where}{glue} r.partner_id IS NOT NULL "
        "GROUP BY r.partner_id, r.local_party, r.local_country HAVING last <> ''",
        params,
    ).fetchall()


def _activity_date(
    conn: sqlite3.Connection,
    rid: int,
    last: str,
    start: str | None,
    end: str | None,
    precision: str,
) -> dict[str, Any]:
    """The dates of what `last` comes from: the record's own, or its evidence's when later."""
    if end != last:
        row = conn.execute(
            "SELECT date_start, date_end, date_precision FROM evidence "
            "WHERE record_id = ? AND date_end = ? LIMIT 1",
            (rid, last),
        ).fetchone()
        if row is not None:
            start, end, precision = row
    return {"date_start": start, "date_end": end, "date_precision": precision}


def _dates_of(date: FuzzyDate | None) -> dict[str, Any] | None:
    """A date as the row keys `render.fields.short_date` reads."""
    if date is None:
        return None
    return {
        "date_start": date.start.isoformat() if date.start else None,
        "date_end": date.end.isoformat() if date.end else None,
        "date_precision": date.precision,
    }


def dormant(
    conn: sqlite3.Connection, f: RecordFilter, today: dt.date, end: dt.date, s: AgendaSettings
) -> list[Item]:
    """Partnerships without activity for `dormant_years`, by the day they became dormant."""
    items: list[Item] = []
    for partner, party, country, last, rid, key, title, *dates in last_activity(conn, f):
        since = add_months(dt.date.fromisoformat(last), 12 * s.dormant_years)
        if since <= end:
            items.append(
                Item(
                    since,
                    "dormant",
                    partner,
                    rid,
                    key,
                    title,
                    overdue=since < today,
                    details={"last_activity": last, "local_party": party, "local_country": country},
                    activity=_activity_date(conn, rid, last, *dates),
                )
            )
    return items


def waiting(
    conn: sqlite3.Connection, f: RecordFilter, today: dt.date, end: dt.date, s: AgendaSettings
) -> list[Item]:
    """Proposals at one stage for more than `waiting_days` since their latest evidence."""
    from kerjasama_cli.store.dossier.stages import (
        SIGNED_TYPES_SQL,
        partnership_heads,
        partnership_state,
    )

    where, params = where_clause(conn, f)
    # Only partnerships without a signed document can be proposals: no state to derive for
    # the others (most of a registry).
    unsigned = f"sum(r.kind = 'agreement' AND r.type IN ({SIGNED_TYPES_SQL})) = 0"
    heads = partnership_heads(conn, where, params, unsigned)
    items: list[Item] = []
    for rid, partner in heads:
        state = partnership_state(conn, rid)
        last = state.last_date()
        if not state.proposal or state.current is None or last is None:
            continue
        due = add_days(last, s.waiting_days)
        if due <= end:
            key, title, party, country = conn.execute(
                "SELECT key, title, local_party, local_country FROM records WHERE id = ?", (rid,)
            ).fetchone()
            items.append(
                Item(
                    due,
                    "waiting",
                    partner,
                    rid,
                    key,
                    title,
                    overdue=due < today,
                    details={
                        "local_party": party,
                        "stage": state.current,
                        "next": state.next,
                        "since": last.isoformat(),
                        "local_country": country,
                    },
                    activity=_dates_of(state.last_evidence_date()),
                )
            )
    return items


def reports(
    conn: sqlite3.Connection, f: RecordFilter, today: dt.date, end: dt.date, s: AgendaSettings
) -> list[Item]:
    """Periodic reports and trip reports due from today to `end`."""
    # The periodic report goes upward from the local government and names no partner, so a
    # filter on partners (or places) leaves it out rather than pretend it is theirs.
    items: list[Item] = []
    if not (f.partners or f.involving):
        items = [
            Item(
                due,
                "report",
                None,
                details={"period_start": a.isoformat(), "period_end": b.isoformat()},
            )
            for a, b, due in report_dues(today, end, s)
        ]
    first_trip = add_days(today, -s.trip_report_days)
    for rid, key, title, partner, day, place in _rows(
        conn,
        f,
        "r.id, r.key, r.title, p.name, r.date_end, r.place",
        "r.kind = 'event' AND r.type = 'visit' AND r.date_end BETWEEN ? AND ? "
        "AND r.place IS NOT NULL AND r.place <> r.local_party",
        [first_trip.isoformat(), end.isoformat()],
    ):
        due = add_days(dt.date.fromisoformat(day), s.trip_report_days)
        if today <= due <= end:
            items.append(
                Item(due, "trip_report", partner, rid, key, title, details={"place": place})
            )
    return items


def agenda(conn: sqlite3.Connection, f: RecordFilter, today: dt.date, end: dt.date) -> list[Item]:
    """Everything that falls due up to `end`, soonest first (overdue items first of all)."""
    if end < today:
        raise ValidationError("--within", end.isoformat(), "ends before today")
    s = agenda_settings(conn)
    items = [
        *expiring(conn, f, today, end, s),
        *dormant(conn, f, today, end, s),
        *waiting(conn, f, today, end, s),
        *reports(conn, f, today, end, s),
    ]
    items.sort(key=lambda i: (i.day, i.kind, i.partner or "", i.record_id or 0))
    return items
