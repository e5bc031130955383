"""m010_compact_storage's names, views and search index. Frozen at commit bc328ae from
store/serve/browse.py (VIEW, BROWSE_VIEW_M010_SQL), store/fulltext/schema.py (SOURCE) and
store/fulltext/external.py (create_view, create_external_index: statements as they executed them,
in order): what m010 executes, byte for byte. Never edit: a change is a new migration."""

from __future__ import annotations

import sqlite3

from kerjasama_cli.store.database.frozen import drop_index_triggers

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

# The `search_source` view as m010 leaves it (store/fulltext/external.py create_view): m007's text,
# a record's sectors in their `position` order.
SEARCH_VIEW_SQL = (
    "CREATE VIEW search_source (record_id, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) AS \n"
    "SELECT r.id AS record_id,\n"
    "  r.title,\n"
    "  replace(r.type, '_', ' '),\n"
    "  (SELECT p.name || COALESCE('; ' || (SELECT group_concat(a.alias, '; ')\n"
    "        FROM partner_aliases a WHERE a.partner_id = p.id), '')\n"
    "     FROM partners p WHERE p.id = r.partner_id),\n"
    "  (SELECT group_concat(x, '; ') FROM (\n"
    "      SELECT rp.name || COALESCE(', ' || rp.title, '') AS x\n"
    "        FROM record_people rp WHERE rp.record_id = r.id\n"
    "      UNION ALL SELECT r.leader WHERE r.leader IS NOT NULL)),\n"
    "  (SELECT group_concat(x, '; ') FROM (\n"
    "      SELECT replace(rs.sector, '_', ' ') AS x\n"
    "        FROM record_sectors rs WHERE rs.record_id = r.id ORDER BY rs.position)),\n"
    "  (SELECT p.country || COALESCE(' ' || p.region, '')\n"
    "     FROM partners p WHERE p.id = r.partner_id),\n"
    "  r.summary,\n"
    "  r.place,\n"
    "  (SELECT group_concat(x, '; ') FROM (\n"
    "      SELECT trim(COALESCE(s.title, '') || COALESCE(' (' || s.publication || ')', '')) AS x\n"
    "        FROM citations c JOIN sources s ON s.id = c.source_id\n"
    "        WHERE c.entity = 'record' AND c.entity_id = r.id ORDER BY s.published, s.key)),\n"
    "  trim(COALESCE(r.notes, '') || ' ' || COALESCE(r.date_note, '')),\n"
    "  (SELECT p.notes FROM partners p WHERE p.id = r.partner_id)\n"
    "FROM records r\n"
)

# m007's FTS table replaced by an external-content one over the view, rebuilt, and its before/after triggers (store/fulltext/external.py create_external_index).
EXTERNAL_INDEX: tuple[str, ...] = (
    "DROP TABLE search_index",
    "CREATE VIRTUAL TABLE search_index USING fts5(title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes, content = 'search_source', content_rowid = 'record_id', tokenize = 'porter unicode61 remove_diacritics 2')",
    "INSERT INTO search_index (search_index) VALUES ('rebuild')",
    "CREATE TRIGGER search_index_records_ai0 AFTER INSERT ON records FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (NEW.id); END",
    "CREATE TRIGGER search_index_records_ai0_queued AFTER INSERT ON records FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) VALUES (NEW.id); END",
    "CREATE TRIGGER search_index_records_au1_before BEFORE UPDATE OF title, type, summary, notes, place, date_note, leader, partner_id ON records FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id = NEW.id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_records_au1 AFTER UPDATE OF title, type, summary, notes, place, date_note, leader, partner_id ON records FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.id); END",
    "CREATE TRIGGER search_index_partners_au2_before BEFORE UPDATE OF name, notes, country, region ON partners FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = NEW.id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.partner_id = NEW.id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_partners_au2 AFTER UPDATE OF name, notes, country, region ON partners FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = NEW.id); END",
    "CREATE TRIGGER search_index_partner_aliases_ai3_before BEFORE INSERT ON partner_aliases FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = NEW.partner_id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.partner_id = NEW.partner_id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_partner_aliases_ai3 AFTER INSERT ON partner_aliases FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = NEW.partner_id); END",
    "CREATE TRIGGER search_index_partner_aliases_ad4_before BEFORE DELETE ON partner_aliases FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = OLD.partner_id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.partner_id = OLD.partner_id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_partner_aliases_ad4 AFTER DELETE ON partner_aliases FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = OLD.partner_id); END",
    "CREATE TRIGGER search_index_partner_aliases_au5_before BEFORE UPDATE ON partner_aliases FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id IN (OLD.partner_id, NEW.partner_id)) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.partner_id IN (OLD.partner_id, NEW.partner_id)) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_partner_aliases_au5 AFTER UPDATE ON partner_aliases FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id IN (OLD.partner_id, NEW.partner_id)); END",
    "CREATE TRIGGER search_index_record_people_ai6_before BEFORE INSERT ON record_people FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.record_id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id = NEW.record_id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_record_people_ai6 AFTER INSERT ON record_people FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.record_id); END",
    "CREATE TRIGGER search_index_record_people_ad7_before BEFORE DELETE ON record_people FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.record_id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id = OLD.record_id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_record_people_ad7 AFTER DELETE ON record_people FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.record_id); END",
    "CREATE TRIGGER search_index_record_people_au8_before BEFORE UPDATE ON record_people FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id)) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id IN (OLD.record_id, NEW.record_id)) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_record_people_au8 AFTER UPDATE ON record_people FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id)); END",
    "CREATE TRIGGER search_index_record_sectors_ai9_before BEFORE INSERT ON record_sectors FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.record_id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id = NEW.record_id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_record_sectors_ai9 AFTER INSERT ON record_sectors FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.record_id); END",
    "CREATE TRIGGER search_index_record_sectors_ad10_before BEFORE DELETE ON record_sectors FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.record_id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id = OLD.record_id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_record_sectors_ad10 AFTER DELETE ON record_sectors FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.record_id); END",
    "CREATE TRIGGER search_index_record_sectors_au11_before BEFORE UPDATE ON record_sectors FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id)) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id IN (OLD.record_id, NEW.record_id)) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_record_sectors_au11 AFTER UPDATE ON record_sectors FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id)); END",
    "CREATE TRIGGER search_index_citations_ai12_before BEFORE INSERT ON citations FOR EACH ROW WHEN NEW.entity = 'record' BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.entity_id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id = NEW.entity_id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_citations_ai12 AFTER INSERT ON citations FOR EACH ROW WHEN (NEW.entity = 'record') AND NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.entity_id); END",
    "CREATE TRIGGER search_index_citations_ad13_before BEFORE DELETE ON citations FOR EACH ROW WHEN OLD.entity = 'record' BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.entity_id) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id = OLD.entity_id) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_citations_ad13 AFTER DELETE ON citations FOR EACH ROW WHEN (OLD.entity = 'record') AND NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.entity_id); END",
    "CREATE TRIGGER search_index_citations_au14_before BEFORE UPDATE ON citations FOR EACH ROW WHEN 'record' IN (OLD.entity, NEW.entity) BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.entity_id, NEW.entity_id)) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id IN (OLD.entity_id, NEW.entity_id)) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_citations_au14 AFTER UPDATE ON citations FOR EACH ROW WHEN ('record' IN (OLD.entity, NEW.entity)) AND NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.entity_id, NEW.entity_id)); END",
    "CREATE TRIGGER search_index_sources_au15_before BEFORE UPDATE OF title, publication ON sources FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (SELECT entity_id FROM citations WHERE entity = 'record' AND source_id = NEW.id)) AND record_id NOT IN (SELECT record_id FROM search_pending); INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.id IN (SELECT entity_id FROM citations WHERE entity = 'record' AND source_id = NEW.id)) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred'); END",
    "CREATE TRIGGER search_index_sources_au15 AFTER UPDATE OF title, publication ON sources FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (SELECT entity_id FROM citations WHERE entity = 'record' AND source_id = NEW.id)); END",
    "CREATE TRIGGER search_index_records_bd BEFORE DELETE ON records FOR EACH ROW BEGIN INSERT INTO search_index (search_index, rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT 'delete', * FROM search_source WHERE record_id IN (OLD.id) AND record_id NOT IN (SELECT record_id FROM search_pending); DELETE FROM search_pending WHERE record_id = OLD.id; END",
)


def create_external_index(conn: sqlite3.Connection) -> None:
    """What m010 executes for its index (after the view)."""
    drop_index_triggers(conn)
    for statement in EXTERNAL_INDEX:
        conn.execute(statement)
