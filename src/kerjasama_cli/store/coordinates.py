"""Partners' coordinates (partners.latitude/longitude, migration m005): which lack them, and
filling them in. Only empty coordinates are ever filled: a value set by `partners edit --lat
--lon` (or filled before) is never overwritten.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kerjasama_cli.store import history


@dataclass(frozen=True)
class Unplaced:
    """A partner without coordinates, with what a gazetteer needs to find it."""

    id: int
    key: str
    name: str
    kind: str
    country: str | None
    region: str | None
    aliases: tuple[str, ...]


def unplaced(conn: sqlite3.Connection) -> list[Unplaced]:
    """Partners whose latitude or longitude is empty, with their aliases."""
    rows = conn.execute(
        "SELECT p.id, p.key, p.name, p.kind, p.country, p.region, "
        "(SELECT json_group_array(a.alias) FROM partner_aliases a WHERE a.partner_id = p.id) "
        "FROM partners p WHERE p.latitude IS NULL OR p.longitude IS NULL ORDER BY p.id"
    ).fetchall()
    import json

    return [Unplaced(*row[:6], tuple(json.loads(row[6] or "[]"))) for row in rows]


def fill(conn: sqlite3.Connection, found: dict[int, tuple[float, float]]) -> int:
    """Set the coordinates of partners still without them, in one transaction, with history.

    Returns how many partners were updated.
    """
    if not found:
        return 0
    done = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for partner_id, (lat, lon) in found.items():
            row = conn.execute(
                "SELECT key FROM partners WHERE id = ? AND (latitude IS NULL OR longitude IS NULL)",
                (partner_id,),
            ).fetchone()
            if row is None:  # placed meanwhile (by hand): keep that
                continue
            conn.execute(
                "UPDATE partners SET latitude = ?, longitude = ? WHERE id = ?",
                (lat, lon, partner_id),
            )
            changes = {"latitude": [None, lat], "longitude": [None, lon]}
            history.log(conn, "partner", partner_id, row[0], history.UPDATE, changes)
            done += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return done
