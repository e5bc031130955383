"""m009_partner_map's view. Frozen at commit bc328ae from store/serve/browse.py PARTNER_MAP_SQL:
what m009 executes, byte for byte. Never edit: a change is a new migration."""

from __future__ import annotations

# One row per partner with its coordinates.
PARTNER_MAP_SQL = (
    "\n"
    "CREATE VIEW partner_map AS\n"
    "SELECT p.id, p.name AS partner, p.kind, p.country, p.region, p.latitude, p.longitude,\n"
    "  count(r.id) AS records,\n"
    "  count(CASE WHEN r.kind = 'agreement' THEN 1 END) AS agreements,\n"
    "  count(CASE WHEN r.kind = 'event' THEN 1 END) AS events,\n"
    "  (SELECT group_concat(DISTINCT x.type) FROM records x WHERE x.partner_id = p.id) AS types,\n"
    "  min(COALESCE(r.date_start, r.date_end)) AS first_date,\n"
    "  max(r.date_end) AS last_date\n"
    "FROM partners p\n"
    "LEFT JOIN records r ON r.partner_id = p.id\n"
    "GROUP BY p.id\n"
    "ORDER BY p.country IS NULL, p.country, p.name\n"
)
