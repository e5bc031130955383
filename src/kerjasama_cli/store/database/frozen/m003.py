"""m003_search_index's full-text index: the term table, the FTS5 table, the view of each
record's text, the queue, the triggers, then every record indexed. Frozen at commit bc328ae from
store/fulltext/schema.py create_search_index (statements as it executed them, in order; the synonym
rows of domain/vocab.py and domain/countries.py as it inserted them, in m003_terms.json). Never
edit: a change is a new migration."""

from __future__ import annotations

import sqlite3

from kerjasama_cli.store.database.frozen import rows

# The tables, the view and the triggers, in the order m003 created them.
CREATE: tuple[str, ...] = (
    "CREATE TABLE search_terms (vocabulary TEXT NOT NULL, slug TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (vocabulary, slug, term))",
    "CREATE VIRTUAL TABLE search_index USING fts5(title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')",
    (
        "CREATE VIEW search_source (record_id, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) AS \n"
        "SELECT r.id AS record_id,\n"
        "  r.title,\n"
        "  replace(r.type, '_', ' ') || COALESCE(' (' || (SELECT group_concat(t.term, ', ')\n"
        "      FROM search_terms t WHERE t.vocabulary = 'type' AND t.slug = r.type) || ')', ''),\n"
        "  (SELECT p.name || COALESCE('; ' || (SELECT group_concat(a.alias, '; ')\n"
        "        FROM partner_aliases a WHERE a.partner_id = p.id), '')\n"
        "     FROM partners p WHERE p.id = r.partner_id),\n"
        "  (SELECT group_concat(x, '; ') FROM (\n"
        "      SELECT rp.name || COALESCE(', ' || rp.title, '') AS x\n"
        "        FROM record_people rp WHERE rp.record_id = r.id\n"
        "      UNION ALL SELECT r.leader WHERE r.leader IS NOT NULL\n"
        "      UNION ALL SELECT DISTINCT j.value\n"
        "        FROM leaders l, json_each(l.aliases) j\n"
        "        WHERE l.name IN (SELECT rp.name FROM record_people rp WHERE rp.record_id = r.id)\n"
        "           OR l.name = r.leader)),\n"
        "  (SELECT group_concat(x, '; ') FROM (\n"
        "      SELECT replace(rs.sector, '_', ' ') || COALESCE(' (' || (SELECT group_concat(t.term, ', ')\n"
        "             FROM search_terms t WHERE t.vocabulary = 'sector' AND t.slug = rs.sector) || ')', '')\n"
        "             AS x\n"
        "        FROM record_sectors rs WHERE rs.record_id = r.id ORDER BY rs.rowid)),\n"
        "  (SELECT p.country || COALESCE(' ' || p.region, '') || COALESCE('; ' ||\n"
        "        (SELECT group_concat(t.term, '; ') FROM search_terms t\n"
        "          WHERE t.vocabulary = 'country' AND t.slug = p.country), '')\n"
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
    ),
    "CREATE TABLE search_pending (record_id INTEGER PRIMARY KEY)",
    "CREATE TABLE search_state (key TEXT PRIMARY KEY)",
    (
        "CREATE TRIGGER search_index_records_ai0 AFTER INSERT ON records FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id = NEW.id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_records_ai0_queued AFTER INSERT ON records FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id = NEW.id; END",
    (
        "CREATE TRIGGER search_index_records_au1 AFTER UPDATE OF title, type, summary, notes, place, date_note, leader, partner_id ON records FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id = NEW.id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_records_au1_queued AFTER UPDATE OF title, type, summary, notes, place, date_note, leader, partner_id ON records FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id = NEW.id; END",
    (
        "CREATE TRIGGER search_index_partners_au2 AFTER UPDATE OF name, notes, country, region ON partners FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.partner_id = NEW.id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = NEW.id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_partners_au2_queued AFTER UPDATE OF name, notes, country, region ON partners FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.partner_id = NEW.id; END",
    (
        "CREATE TRIGGER search_index_partner_aliases_ai3 AFTER INSERT ON partner_aliases FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.partner_id = NEW.partner_id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = NEW.partner_id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_partner_aliases_ai3_queued AFTER INSERT ON partner_aliases FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.partner_id = NEW.partner_id; END",
    (
        "CREATE TRIGGER search_index_partner_aliases_ad4 AFTER DELETE ON partner_aliases FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.partner_id = OLD.partner_id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id = OLD.partner_id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_partner_aliases_ad4_queued AFTER DELETE ON partner_aliases FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.partner_id = OLD.partner_id; END",
    (
        "CREATE TRIGGER search_index_partner_aliases_au5 AFTER UPDATE ON partner_aliases FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.partner_id IN (OLD.partner_id, NEW.partner_id));\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.partner_id IN (OLD.partner_id, NEW.partner_id));\n"
        " END"
    ),
    "CREATE TRIGGER search_index_partner_aliases_au5_queued AFTER UPDATE ON partner_aliases FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.partner_id IN (OLD.partner_id, NEW.partner_id); END",
    (
        "CREATE TRIGGER search_index_record_people_ai6 AFTER INSERT ON record_people FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id = NEW.record_id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.record_id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_record_people_ai6_queued AFTER INSERT ON record_people FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id = NEW.record_id; END",
    (
        "CREATE TRIGGER search_index_record_people_ad7 AFTER DELETE ON record_people FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id = OLD.record_id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.record_id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_record_people_ad7_queued AFTER DELETE ON record_people FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id = OLD.record_id; END",
    (
        "CREATE TRIGGER search_index_record_people_au8 AFTER UPDATE ON record_people FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id));\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id));\n"
        " END"
    ),
    "CREATE TRIGGER search_index_record_people_au8_queued AFTER UPDATE ON record_people FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id); END",
    (
        "CREATE TRIGGER search_index_record_sectors_ai9 AFTER INSERT ON record_sectors FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id = NEW.record_id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.record_id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_record_sectors_ai9_queued AFTER INSERT ON record_sectors FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id = NEW.record_id; END",
    (
        "CREATE TRIGGER search_index_record_sectors_ad10 AFTER DELETE ON record_sectors FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id = OLD.record_id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.record_id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_record_sectors_ad10_queued AFTER DELETE ON record_sectors FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id = OLD.record_id; END",
    (
        "CREATE TRIGGER search_index_record_sectors_au11 AFTER UPDATE ON record_sectors FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id));\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id));\n"
        " END"
    ),
    "CREATE TRIGGER search_index_record_sectors_au11_queued AFTER UPDATE ON record_sectors FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id IN (OLD.record_id, NEW.record_id); END",
    (
        "CREATE TRIGGER search_index_citations_ai12 AFTER INSERT ON citations FOR EACH ROW WHEN (NEW.entity = 'record') AND NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id = NEW.entity_id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = NEW.entity_id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_citations_ai12_queued AFTER INSERT ON citations FOR EACH ROW WHEN (NEW.entity = 'record') AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id = NEW.entity_id; END",
    (
        "CREATE TRIGGER search_index_citations_ad13 AFTER DELETE ON citations FOR EACH ROW WHEN (OLD.entity = 'record') AND NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id = OLD.entity_id);\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id = OLD.entity_id);\n"
        " END"
    ),
    "CREATE TRIGGER search_index_citations_ad13_queued AFTER DELETE ON citations FOR EACH ROW WHEN (OLD.entity = 'record') AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id = OLD.entity_id; END",
    (
        "CREATE TRIGGER search_index_citations_au14 AFTER UPDATE ON citations FOR EACH ROW WHEN ('record' IN (OLD.entity, NEW.entity)) AND NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id IN (OLD.entity_id, NEW.entity_id));\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (OLD.entity_id, NEW.entity_id));\n"
        " END"
    ),
    "CREATE TRIGGER search_index_citations_au14_queued AFTER UPDATE ON citations FOR EACH ROW WHEN ('record' IN (OLD.entity, NEW.entity)) AND EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id IN (OLD.entity_id, NEW.entity_id); END",
    (
        "CREATE TRIGGER search_index_sources_au15 AFTER UPDATE OF title, publication ON sources FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE r.id IN (SELECT entity_id FROM citations WHERE entity = 'record' AND source_id = NEW.id));\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE r.id IN (SELECT entity_id FROM citations WHERE entity = 'record' AND source_id = NEW.id));\n"
        " END"
    ),
    "CREATE TRIGGER search_index_sources_au15_queued AFTER UPDATE OF title, publication ON sources FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE r.id IN (SELECT entity_id FROM citations WHERE entity = 'record' AND source_id = NEW.id); END",
    (
        "CREATE TRIGGER search_index_leaders_ai16 AFTER INSERT ON leaders FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE (r.leader = NEW.name OR r.id IN (SELECT record_id FROM record_people WHERE name = NEW.name)));\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE (r.leader = NEW.name OR r.id IN (SELECT record_id FROM record_people WHERE name = NEW.name)));\n"
        " END"
    ),
    "CREATE TRIGGER search_index_leaders_ai16_queued AFTER INSERT ON leaders FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.leader = NEW.name OR r.id IN (SELECT record_id FROM record_people WHERE name = NEW.name)); END",
    (
        "CREATE TRIGGER search_index_leaders_au17 AFTER UPDATE OF name, aliases ON leaders FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE (r.leader IN (OLD.name, NEW.name) OR r.id IN (SELECT record_id FROM record_people WHERE name IN (OLD.name, NEW.name))));\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE (r.leader IN (OLD.name, NEW.name) OR r.id IN (SELECT record_id FROM record_people WHERE name IN (OLD.name, NEW.name))));\n"
        " END"
    ),
    "CREATE TRIGGER search_index_leaders_au17_queued AFTER UPDATE OF name, aliases ON leaders FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.leader IN (OLD.name, NEW.name) OR r.id IN (SELECT record_id FROM record_people WHERE name IN (OLD.name, NEW.name))); END",
    (
        "CREATE TRIGGER search_index_leaders_ad18 AFTER DELETE ON leaders FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN DELETE FROM search_index WHERE rowid IN (SELECT r.id FROM records r WHERE (r.leader = OLD.name OR r.id IN (SELECT record_id FROM record_people WHERE name = OLD.name)));\n"
        "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source WHERE record_id IN (SELECT r.id FROM records r WHERE (r.leader = OLD.name OR r.id IN (SELECT record_id FROM record_people WHERE name = OLD.name)));\n"
        " END"
    ),
    "CREATE TRIGGER search_index_leaders_ad18_queued AFTER DELETE ON leaders FOR EACH ROW WHEN EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred') BEGIN INSERT OR IGNORE INTO search_pending (record_id) SELECT r.id FROM records r WHERE (r.leader = OLD.name OR r.id IN (SELECT record_id FROM record_people WHERE name = OLD.name)); END",
    "CREATE TRIGGER search_index_records_ad AFTER DELETE ON records FOR EACH ROW BEGIN DELETE FROM search_index WHERE rowid = OLD.id; END",
)

TERMS_INSERT = "INSERT OR IGNORE INTO search_terms (vocabulary, slug, term) VALUES (?, ?, ?)"

# Every record's FTS row, from the view (m003's index keeps its own copy of the text).
REINDEX: tuple[str, ...] = (
    "DELETE FROM search_index",
    "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source",
)


def create_search_index(conn: sqlite3.Connection) -> None:
    """What m003 executes."""
    for statement in CREATE:
        conn.execute(statement)
    conn.execute("DELETE FROM search_terms")
    conn.executemany(TERMS_INSERT, rows("m003_terms.json"))
    for statement in REINDEX:
        conn.execute(statement)
