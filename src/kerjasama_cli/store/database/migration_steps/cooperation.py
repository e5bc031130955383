"""Issues 21 and 22, the life of a cooperation: the sectors a bureau extends (m016), families,
objects, stage lists, evidence and settings (m017), documents attached to records (m018)."""

from __future__ import annotations

import sqlite3

from kerjasama_cli.store.database.migration_steps.script import run_script


def m016_sectors(conn: sqlite3.Connection) -> None:
    # Sectors the bureau can extend (issue 21): `sectors add/alias` write here, and every
    # --sector, add, edit and import reads the code's vocabulary (domain/vocab.py) together with
    # these rows. Seeded with that vocabulary as it stood (codes, Indonesian and English labels,
    # folded synonyms), frozen here, so a registry carries its own list when exported; a sector
    # a record already uses but the vocabulary lacks becomes a row too (every row is kept).
    run_script(
        conn,
        """
        CREATE TABLE sectors (
            code TEXT PRIMARY KEY,
            label_id TEXT NOT NULL,
            label_en TEXT NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sector_aliases (
            alias TEXT PRIMARY KEY,
            code TEXT NOT NULL REFERENCES sectors (code)
        );
        INSERT INTO sectors (code, label_id, label_en) VALUES
            ('trade', 'perdagangan', 'trade'), ('economy', 'ekonomi', 'economy'),
            ('investment', 'investasi', 'investment'), ('culture', 'kebudayaan', 'culture'),
            ('tourism', 'pariwisata', 'tourism'), ('education', 'pendidikan', 'education'),
            ('health', 'kesehatan', 'health'), ('technology', 'teknologi', 'technology'),
            ('sports', 'olahraga', 'sports'), ('environment', 'lingkungan hidup', 'environment'),
            ('flood_management', 'penanggulangan banjir', 'flood management'),
            ('waste', 'pengelolaan sampah', 'waste'), ('transport', 'transportasi', 'transport'),
            ('energy', 'energi', 'energy'),
            ('urban_planning', 'penataan kota', 'urban planning'),
            ('civil_service', 'aparatur sipil negara', 'civil service'),
            ('student_exchange', 'pertukaran pelajar dan mahasiswa', 'student exchange'),
            ('labour', 'ketenagakerjaan', 'labour'),
            ('friendship', 'persahabatan', 'friendship'),
            ('sustainable_development', 'pembangunan berkelanjutan', 'sustainable development'),
            ('innovation', 'inovasi', 'innovation'),
            ('green_building', 'gedung hijau', 'green building'),
            ('climate', 'iklim', 'climate'), ('governance', 'tata kelola', 'governance'),
            ('finance', 'keuangan', 'finance'), ('logistics', 'logistik', 'logistics'),
            ('scholarship', 'beasiswa', 'scholarship'),
            ('social_welfare', 'kesejahteraan sosial', 'social welfare');
        UPDATE sectors SET builtin = 1;
        INSERT INTO sector_aliases (alias, code) VALUES
            ('perdagangan', 'trade'), ('ekonomi', 'economy'), ('economic', 'economy'),
            ('investasi', 'investment'), ('budaya', 'culture'), ('kebudayaan', 'culture'),
            ('cultural exchange', 'culture'), ('pertukaran budaya', 'culture'),
            ('pariwisata', 'tourism'), ('wisata', 'tourism'), ('pendidikan', 'education'),
            ('kesehatan', 'health'), ('teknologi', 'technology'), ('olahraga', 'sports'),
            ('olah raga', 'sports'), ('sport', 'sports'), ('lingkungan', 'environment'),
            ('lingkungan hidup', 'environment'), ('banjir', 'flood_management'),
            ('penanggulangan banjir', 'flood_management'), ('flood', 'flood_management'),
            ('floods', 'flood_management'), ('flooding', 'flood_management'),
            ('sampah', 'waste'), ('pengelolaan sampah', 'waste'), ('waste management', 'waste'),
            ('transportasi', 'transport'), ('transportation', 'transport'),
            ('mobility', 'transport'), ('energi', 'energy'), ('penataan kota', 'urban_planning'),
            ('tata kota', 'urban_planning'), ('urban development', 'urban_planning'),
            ('asn', 'civil_service'), ('aparatur sipil negara', 'civil_service'),
            ('civil servants', 'civil_service'), ('pertukaran pelajar', 'student_exchange'),
            ('pertukaran mahasiswa', 'student_exchange'),
            ('pertukaran pelajar dan mahasiswa', 'student_exchange'), ('labor', 'labour'),
            ('tenaga kerja', 'labour'), ('ketenagakerjaan', 'labour'), ('workforce', 'labour'),
            ('persahabatan', 'friendship'),
            ('pembangunan berkelanjutan', 'sustainable_development'),
            ('sustainability', 'sustainable_development'), ('inovasi', 'innovation'),
            ('gedung hijau', 'green_building'), ('iklim', 'climate'),
            ('perubahan iklim', 'climate'), ('climate change', 'climate'),
            ('decarbonisation', 'climate'), ('dekarbonisasi', 'climate'),
            ('tata kelola', 'governance'), ('tata kelola kota', 'governance'),
            ('city governance', 'governance'), ('keuangan', 'finance'), ('financial', 'finance'),
            ('logistik', 'logistics'), ('beasiswa', 'scholarship'),
            ('scholarships', 'scholarship'), ('kesejahteraan', 'social_welfare'),
            ('kesejahteraan masyarakat', 'social_welfare'), ('welfare', 'social_welfare');
        INSERT OR IGNORE INTO sectors (code, label_id, label_en)
            SELECT DISTINCT sector, replace(sector, '_', ' '), replace(sector, '_', ' ')
            FROM record_sectors
        """,
    )


# The frozen data of m017: the regulation's stage list and the sector -> object defaults, as
# they were when the migration was written (domain/stages.py and domain/cooperation.py may move
# on; a registry keeps what it was given, and a bureau edits its own copy).
M017_STAGES = (
    ("initiative", "[]"),
    ("exploration", "[]"),
    ("loi", '["loi"]'),
    ("cooperation_plan", "[]"),
    ("dprd_approval", "[]"),
    ("central_approval", "[]"),
    ("drafting", "[]"),
    ("full_powers", "[]"),
    ("signing", '["mou", "agreement", "sister_city"]'),
    ("implementation", '["programme", "visit", "meeting", "office_opening"]'),
    ("evaluation", "[]"),
    ("renewal", '["renewal"]'),
    ("amendment", "[]"),
    ("termination", "[]"),
)


M017_SECTOR_OBJECTS = {
    "science_technology": "technology innovation education scholarship",
    "cultural_exchange": "culture sports student_exchange friendship",
    "capacity_building": "civil_service urban_planning flood_management waste transport "
    "environment health governance climate energy green_building sustainable_development "
    "social_welfare labour logistics finance",
    "regional_promotion": "trade economy investment tourism",
}


# The stage of every partnership (domain/stages.py, computed in one pass for `--stage` and
# `stats --by stage`): the furthest stage of its local party's list (its own, else the
# default '') that an evidence row or a record's type proves; an event proves a stage from
# `signing` on only once something else proves signing or later. A partnership is a partner
# and a local party; a record without a partner is its own (-id).
M017_PARTNERSHIP_STAGES = """
CREATE VIEW partnership_stages AS
WITH part AS (
  SELECT r.id, COALESCE(r.partner_id, -r.id) AS partnership, r.local_party, r.kind, r.type,
    COALESCE((SELECT s.owner FROM stage_lists s WHERE s.owner = r.local_party LIMIT 1), '')
      AS owner
  FROM records r),
typed AS (
  SELECT sl.owner, sl.position, j.value AS type FROM stage_lists sl, json_each(sl.types) j),
proof AS (
  SELECT p.partnership, p.local_party, p.owner, t.position, p.kind = 'event' AS event
    FROM part p JOIN typed t ON t.owner = p.owner AND t.type = p.type
  UNION ALL
  SELECT p.partnership, p.local_party, p.owner, sl.position, 0
    FROM evidence e JOIN part p ON p.id = e.record_id
    JOIN stage_lists sl ON sl.owner = p.owner AND sl.stage = e.stage),
marked AS (
  SELECT proof.*, COALESCE((SELECT s.position FROM stage_lists s
      WHERE s.owner = proof.owner AND s.stage = 'signing'), 1000000) AS signing
  FROM proof),
best AS (
  SELECT partnership, local_party, owner,
    max(CASE WHEN event = 0 OR position < signing THEN position END) AS unsigned_top,
    max(event = 0 AND position >= signing) AS signed, max(position) AS top
  FROM marked GROUP BY partnership, local_party, owner)
SELECT b.partnership, b.local_party, sl.stage
FROM best b JOIN stage_lists sl ON sl.owner = b.owner
  AND sl.position = CASE WHEN b.signed THEN b.top ELSE b.unsigned_top END
"""


def m017_families_stages(conn: sqlite3.Connection) -> None:
    # Issue 22, the legal life of a cooperation. Every table is new: no record row changes.
    # - A record's family (KSDPL/KSDLL) is derived when read, from its partner's kind
    #   (store/dossier/cooperation.py FAMILY_SQL), so every existing record has one at once and it
    #   follows a corrected partner kind; record_families keeps only the families someone set
    #   by hand. Objects likewise: a record's own (record_objects), else those of its sectors
    #   (sector_objects, a bureau's table), read through record_object_view.
    # - stage_lists: the stages in order, per local government ('' = the regulation's list),
    #   with the record types that prove a stage; evidence: dated rows proving a stage.
    # - settings: the periods and thresholds of `agenda` and the reports (issue 22: "periods
    #   are settings, not constants").
    run_script(
        conn,
        """
        CREATE TABLE record_families (
            record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
            family TEXT NOT NULL CHECK (family IN ('ksdpl', 'ksdll'))
        );
        CREATE TABLE record_objects (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            object TEXT NOT NULL, PRIMARY KEY (record_id, object)
        ) WITHOUT ROWID;
        CREATE TABLE sector_objects (sector TEXT PRIMARY KEY, object TEXT NOT NULL);
        CREATE VIEW record_object_view AS
            SELECT record_id, object FROM record_objects
            UNION
            SELECT rs.record_id, so.object FROM record_sectors rs
            JOIN sector_objects so ON so.sector = rs.sector
            WHERE NOT EXISTS (SELECT 1 FROM record_objects o WHERE o.record_id = rs.record_id);
        CREATE TABLE stage_lists (
            owner TEXT NOT NULL, position INTEGER NOT NULL, stage TEXT NOT NULL,
            types TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (owner, stage)
        );
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL DEFAULT 'unknown',
            number TEXT, document TEXT, note TEXT, source TEXT
        );
        CREATE INDEX evidence_record ON evidence (record_id, stage);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)
        """,
    )
    conn.execute(M017_PARTNERSHIP_STAGES)
    conn.executemany(
        "INSERT INTO stage_lists (owner, position, stage, types) VALUES ('', ?, ?, ?)",
        [(i, stage, types) for i, (stage, types) in enumerate(M017_STAGES)],
    )
    conn.executemany(
        "INSERT INTO sector_objects (sector, object) VALUES (?, ?)",
        [(s, o) for o, sectors in M017_SECTOR_OBJECTS.items() for s in sectors.split()],
    )


def m018_documents(conn: sqlite3.Connection) -> None:
    # Issue 22: documents attached to records, kept inside the registry (docs/design.md,
    # "Documents inside the registry"): one file to back up, copy and restore, and an attach
    # is part of the same transaction as the rest. Content-addressed: one row per distinct
    # file (sha256), however many records it is attached to; its text is indexed for search
    # in document_index (an external-content FTS5 table over documents.text, same tokenizer
    # as the records' index; filled by store/dossier/attachments.py, there are no triggers). The
    # bytes have a table of their own: a row read or updated is read whole, and a 50 MB BLOB beside
    # the text would be read by every search snippet and every listing.
    run_script(
        conn,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
            media_type TEXT NOT NULL, text TEXT, added_at TEXT NOT NULL
        );
        CREATE TABLE document_content (
            id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            content BLOB NOT NULL
        );
        CREATE TABLE record_documents (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            name TEXT NOT NULL, original_location TEXT, treaty_reference TEXT,
            attached_at TEXT NOT NULL,
            PRIMARY KEY (record_id, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX record_documents_document ON record_documents (document_id);
        CREATE VIRTUAL TABLE document_index USING fts5(
            text, content = 'documents', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2'
        )
        """,
    )


def m029_sectors_agriculture_fisheries_maritime(conn: sqlite3.Connection) -> None:
    # Issue 23 (stop 39): agriculture, fisheries and maritime join the code's vocabulary (the
    # corpus names agriculture as a field in 33 batches, fisheries or the sea in 23). A registry
    # gets their rows as m016 gave the others (built-in, labels, words, searchable) and m017's
    # default object; a bureau's own sector of the same code becomes built-in with its labels,
    # and a word it gave another sector stays there. Rows are only added. Frozen data:
    # store/database/frozen/m029.py.
    from kerjasama_cli.store.database.frozen import m029

    for code, label_id, label_en in m029.SECTORS:
        conn.execute(m029.INSERT_SECTOR, (code, label_id, label_en))
        conn.execute(m029.MARK_BUILTIN, (code,))
        conn.executemany(m029.INSERT_ALIAS, [(word, code) for word in m029.WORDS[code]])
        conn.execute(m029.INSERT_OBJECT, (code, m029.OBJECT))
        labels = conn.execute(m029.LABELS, (code,)).fetchone()
        aliases = [alias for (alias,) in conn.execute(m029.ALIASES, (code,))]
        words = dict.fromkeys([*m029.WORDS[code], *labels, *aliases])
        conn.execute(m029.DELETE_VOCAB, (code,))
        conn.execute(m029.INSERT_VOCAB, (code, "; ".join(words)))
