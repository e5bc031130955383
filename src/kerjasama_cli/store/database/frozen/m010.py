"""m010_compact_storage's names and view. Frozen at commit bc328ae from store/serve/browse.py
(VIEW, BROWSE_VIEW_M010_SQL) and store/fulltext/schema.py (SOURCE): what m010 executes, byte for
byte. Never edit: a change is a new migration."""

from __future__ import annotations

# The view the search index reads a record's text from.
SOURCE = "search_source"

# The records view Datasette browses.
VIEW = "browse_records"

# browse_records re-created reading record_sectors.position.
BROWSE_VIEW_M010_SQL = (
    "\n"
    "CREATE VIEW browse_records AS\n"
    "SELECT r.id, r.key, r.kind, r.type,\n"
    "  p.name AS partner, p.kind AS partner_kind, p.country, p.region,\n"
    "  CASE\n"
    "  WHEN r.date_end IS NULL THEN NULL\n"
    "  WHEN r.date_precision = 'by' THEN 'by ' || r.date_end\n"
    "  WHEN r.date_start IS NULL THEN NULL\n"
    "  WHEN r.date_precision = 'day' THEN r.date_start\n"
    "  WHEN r.date_precision = 'month' THEN substr(r.date_start, 1, 7)\n"
    "  WHEN r.date_precision = 'year' THEN substr(r.date_start, 1, 4)\n"
    "  WHEN r.date_start = r.date_end THEN r.date_start\n"
    "  WHEN substr(r.date_start, 1, 7) = substr(r.date_end, 1, 7) THEN substr(r.date_start, 1, 7)\n"
    "  WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4)\n"
    "  ELSE r.date_start || '/' || r.date_end END AS date,\n"
    "  r.date_precision, CASE WHEN r.date_start IS NULL OR r.date_end IS NULL OR r.date_precision IN ('by', 'unknown') THEN NULL WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4) ELSE substr(r.date_start, 1, 4) || '-' || substr(r.date_end, 1, 4) END AS year, r.date_start, r.date_end,\n"
    "  COALESCE(l.name, replace(r.governor_basis, '_', ' ')) AS governor,\n"
    "  (SELECT group_concat(sector, ', ') FROM\n"
    "     (SELECT sector FROM record_sectors s WHERE s.record_id = r.id ORDER BY s.position)) AS sectors,\n"
    "  (CASE\n"
    "  WHEN r.kind <> 'agreement' THEN r.status\n"
    "  WHEN r.status IN ('proposed', 'ended', 'expired', 'superseded') THEN r.status\n"
    "  ELSE (SELECT CASE\n"
    "      WHEN v.superseded_by IS NOT NULL THEN 'superseded'\n"
    "      WHEN v.valid_until < date('now') THEN 'expired'\n"
    "      WHEN v.valid_until <= date(date('now'), '+180 days') THEN 'expiring'\n"
    "      ELSE COALESCE(r.status, 'active') END\n"
    "    FROM record_validity v WHERE v.record_id = r.id)\n"
    "END) AS status,\n"
    "  (SELECT v.valid_until FROM record_validity v WHERE v.record_id = r.id) AS valid_until,\n"
    "  r.title,\n"
    "  (SELECT group_concat(x, '; ') FROM\n"
    "     (SELECT rp.name || COALESCE(' (' || rp.title || ')', '') AS x FROM record_people rp\n"
    "       WHERE rp.record_id = r.id ORDER BY rp.position)) AS signatories,\n"
    "  (SELECT group_concat(x, '; ') FROM\n"
    "     (SELECT trim(COALESCE(s.publication, '') || COALESCE(', “' || s.title || '”', '') || COALESCE(', ' || s.published, '') || COALESCE(', ' || COALESCE(s.url, s.file), ''), ', ') AS x FROM citations c JOIN sources s ON s.id = c.source_id\n"
    "       WHERE c.entity = 'record' AND c.entity_id = r.id ORDER BY s.published, s.key)) AS sources,\n"
    "  r.summary, r.place, r.local_party\n"
    "FROM records r\n"
    "LEFT JOIN partners p ON p.id = r.partner_id\n"
    "LEFT JOIN leaders l ON l.id = r.governor_id\n"
    "ORDER BY COALESCE(r.date_start, r.date_end) IS NULL, COALESCE(r.date_start, r.date_end), r.id\n"
)
