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
