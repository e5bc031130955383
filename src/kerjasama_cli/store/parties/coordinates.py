"""Partners' coordinates (partners.latitude/longitude, migration m005): which lack them.

Only `partners edit --lat --lon` stores coordinates; `serve` places the others from the
gazetteer in its own memory (web/locate.py), never in the registry.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


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
