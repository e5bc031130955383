"""What `extract` needs from the registry: partners with aliases, home leaders, and the record a
draft would update (same partner, type and date)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PartnerRow:
    """A partner and every alias it is known by."""

    key: str
    name: str
    kind: str
    country: str | None
    region: str | None
    aliases: tuple[str, ...]


def partners(conn: sqlite3.Connection) -> list[PartnerRow]:
    """Every partner, oldest first, with its aliases."""
    aliases: dict[int, list[str]] = {}
    for partner_id, alias in conn.execute("SELECT partner_id, alias FROM partner_aliases"):
        aliases.setdefault(partner_id, []).append(alias)
    return [
        PartnerRow(key, name, kind, country, region, tuple(aliases.get(pid, ())))
        for pid, key, name, kind, country, region in conn.execute(
            "SELECT id, key, name, kind, country, region FROM partners ORDER BY id"
        )
    ]


def leaders(conn: sqlite3.Connection, local_party: str) -> dict[str, list[str]]:
    """The local party's leaders: full name -> aliases (Basuki Tjahaja Purnama -> [Ahok, ...])."""
    found: dict[str, list[str]] = {}
    for name, aliases in conn.execute(
        "SELECT name, aliases FROM leaders WHERE local_party = ? ORDER BY term_start",
        (local_party,),
    ):
        known = found.setdefault(name, [])
        for alias in json.loads(aliases or "[]"):
            if alias not in known:
                known.append(alias)
    return found


def matching_record(
    conn: sqlite3.Connection,
    partner_key: str,
    rtype: str,
    date_start: str | None,
    date_end: str | None,
) -> str | None:
    """The key of the record of this partner and type on this date (None: no date), if any."""
    row = conn.execute(
        "SELECT r.key FROM records r JOIN partners p ON p.id = r.partner_id "
        "WHERE p.key = ? AND r.type = ? AND r.date_start IS ? AND r.date_end IS ? "
        "ORDER BY r.id LIMIT 1",
        (partner_key, rtype, date_start, date_end),
    ).fetchone()
    return row[0] if row else None


def governments(conn: sqlite3.Connection) -> dict[str, str]:
    """Every local government's name and alias (as written) to its name, for `extract`."""
    rows = conn.execute(
        "SELECT name, name FROM local_governments UNION ALL SELECT a.alias, g.name "
        "FROM local_government_aliases a JOIN local_governments g ON g.id = a.government_id"
    )
    return {text: name for text, name in rows}


def drafted_record(
    conn: sqlite3.Connection,
    source_key: str,
    rtype: str,
    date_start: str | None,
    partner: str | None,
) -> tuple[int, str] | None:
    """The record an imported draft became: cited by the article's source, of its type and
    date, and of its partner (by name or alias) when several qualify; (id, key) or None."""
    rows = conn.execute(
        "SELECT r.id, r.key, p.id, p.name FROM records r "
        "JOIN citations c ON c.entity = 'record' AND c.entity_id = r.id "
        "JOIN sources s ON s.id = c.source_id LEFT JOIN partners p ON p.id = r.partner_id "
        "WHERE s.key = ? AND r.type = ? AND r.date_start IS ? ORDER BY r.id",
        (source_key, rtype, date_start),
    ).fetchall()
    if len(rows) > 1 and partner:
        folded = partner.casefold()
        rows = [
            row
            for row in rows
            if (row[3] or "").casefold() == folded
            or conn.execute(
                "SELECT 1 FROM partner_aliases WHERE partner_id = ? AND lower(alias) = ?",
                (row[2], folded),
            ).fetchone()
        ]
    return (rows[0][0], rows[0][1]) if rows else None


def add_stages(conn: sqlite3.Connection, items: list[tuple[int, str, str, str | None]]) -> int:
    """Store each (record id, record key, stage, source key) as an evidence row of the record,
    dated like it (inside the caller's transaction); a row already there is not added twice."""
    import datetime as dt

    from kerjasama_cli.domain.dates import FuzzyDate
    from kerjasama_cli.domain.stages import Evidence
    from kerjasama_cli.store.dossier.stages import add_evidence

    added = 0
    for record_id, key, stage, source in items:
        start, end, precision = conn.execute(
            "SELECT date_start, date_end, date_precision FROM records WHERE id = ?", (record_id,)
        ).fetchone()
        if conn.execute(
            "SELECT 1 FROM evidence WHERE record_id = ? AND stage = ?", (record_id, stage)
        ).fetchone():
            continue
        day = dt.date.fromisoformat
        date = FuzzyDate(day(start) if start else None, day(end) if end else None, precision)
        add_evidence(conn, record_id, key, Evidence(stage, date, record_id, source=source))
        added += 1
    return added
