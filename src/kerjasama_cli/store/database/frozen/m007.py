"""m007_search_own_text's index: each record's own words, the vocabularies in `search_vocab`.
Frozen at commit bc328ae from store/fulltext/index.py create_own_text_index (statements as it
executed them, in order; the vocabulary rows of domain/vocab.py and domain/countries.py as it
inserted them, in m007_vocab.json). Never edit: a change is a new migration."""

from __future__ import annotations

import sqlite3

from kerjasama_cli.store.database.frozen import drop_index_triggers, rows

# m003's view and tables dropped; the new table, view, triggers and vocabulary table.
CREATE: tuple[str, ...] = (
    "DROP VIEW search_source",
    "DROP TABLE search_index",
    "DROP TABLE search_terms",
    "CREATE VIRTUAL TABLE search_index USING fts5(title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes, tokenize = 'porter unicode61 remove_diacritics 2')",
    (
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
        "        FROM record_sectors rs WHERE rs.record_id = r.id ORDER BY rs.rowid)),\n"
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
    ),
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
    "CREATE TRIGGER search_index_records_ad AFTER DELETE ON records FOR EACH ROW BEGIN DELETE FROM search_index WHERE rowid = OLD.id; END",
    "CREATE VIRTUAL TABLE search_vocab USING fts5(vocabulary UNINDEXED, slug UNINDEXED, terms, tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_vocab_leaders_insert AFTER INSERT ON leaders FOR EACH ROW BEGIN DELETE FROM search_vocab WHERE vocabulary = 'leader' AND slug IN (NEW.name); INSERT INTO search_vocab (vocabulary, slug, terms) SELECT 'leader', l.name, group_concat(j.value, '; ') FROM leaders l, json_each(l.aliases) j WHERE l.name IN (NEW.name) GROUP BY l.name; END",
    "CREATE TRIGGER search_vocab_leaders_update AFTER UPDATE OF name, aliases ON leaders FOR EACH ROW BEGIN DELETE FROM search_vocab WHERE vocabulary = 'leader' AND slug IN (OLD.name, NEW.name); INSERT INTO search_vocab (vocabulary, slug, terms) SELECT 'leader', l.name, group_concat(j.value, '; ') FROM leaders l, json_each(l.aliases) j WHERE l.name IN (OLD.name, NEW.name) GROUP BY l.name; END",
    "CREATE TRIGGER search_vocab_leaders_delete AFTER DELETE ON leaders FOR EACH ROW BEGIN DELETE FROM search_vocab WHERE vocabulary = 'leader' AND slug IN (OLD.name); INSERT INTO search_vocab (vocabulary, slug, terms) SELECT 'leader', l.name, group_concat(j.value, '; ') FROM leaders l, json_each(l.aliases) j WHERE l.name IN (OLD.name) GROUP BY l.name; END",
)

VOCAB_INSERT = "INSERT INTO search_vocab (vocabulary, slug, terms) VALUES (?, ?, ?)"

# Leaders are data: their aliases are read from the leaders table.
LEADER_ROWS = "INSERT INTO search_vocab (vocabulary, slug, terms) SELECT 'leader', l.name, group_concat(j.value, '; ') FROM leaders l, json_each(l.aliases) j WHERE l.name IN (SELECT name FROM leaders) GROUP BY l.name"

# Every record's FTS row, from the view.
REINDEX: tuple[str, ...] = (
    "DELETE FROM search_index",
    "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary, place, sources, notes, partner_notes) SELECT * FROM search_source",
)


def create_own_text_index(conn: sqlite3.Connection) -> None:
    """What m007 executes."""
    drop_index_triggers(conn)
    for statement in CREATE:
        conn.execute(statement)
    conn.execute("DELETE FROM search_vocab")
    conn.executemany(VOCAB_INSERT, rows("m007_vocab.json"))
    conn.execute(LEADER_ROWS)
    for statement in REINDEX:
        conn.execute(statement)
