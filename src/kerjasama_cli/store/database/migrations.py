"""The schema, as ordered, named migrations (after simonw's `llm`).

Each function moves the schema one step; `migrate` runs the pending ones in order, each in its
own transaction, and records its name. Never edit a released migration: add a new one.

Over 400 lines: the schema's whole history is one append-only list, in the order it is applied; one
file keeps that order visible and a released migration is never edited (the comments beside each say
why it exists). Splitting by era would make the order a matter of imports.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Register `fn` as the next migration."""
    MIGRATIONS.append(fn)
    return fn


def _run(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the open transaction, so statements run one by one.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


@migration
def m001_core_tables(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE kerjasama_meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, publication TEXT, title TEXT,
            author TEXT, url TEXT, published TEXT, file TEXT
        );
        CREATE TABLE leaders (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, local_party TEXT NOT NULL,
            name TEXT NOT NULL, title TEXT NOT NULL, term_start TEXT NOT NULL, term_end TEXT,
            note TEXT, aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE partners (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            kind TEXT NOT NULL, country TEXT, region TEXT, notes TEXT
        );
        CREATE TABLE partner_aliases (
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            alias TEXT NOT NULL, PRIMARY KEY (partner_id, alias)
        );
        CREATE TABLE records (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('agreement', 'event')),
            type TEXT NOT NULL,
            partner_id INTEGER REFERENCES partners(id),
            agreement_id INTEGER REFERENCES records(id) ON DELETE SET NULL,
            local_party TEXT NOT NULL, local_country TEXT,
            date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL, date_note TEXT,
            title TEXT, summary TEXT, status TEXT, place TEXT, leader TEXT, notes TEXT,
            term_years REAL, end_date TEXT,
            governor_id INTEGER REFERENCES leaders(id) ON DELETE SET NULL,
            governor_basis TEXT NOT NULL DEFAULT 'not_recorded',
            governor_candidates TEXT NOT NULL DEFAULT '[]',
            fingerprint TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        );
        CREATE TABLE record_people (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, side TEXT NOT NULL CHECK (side IN ('home', 'partner')),
            name TEXT NOT NULL, title TEXT, PRIMARY KEY (record_id, position)
        );
        CREATE TABLE record_sectors (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            sector TEXT NOT NULL, PRIMARY KEY (record_id, sector)
        );
        CREATE TABLE reported_figures (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, local_party TEXT NOT NULL,
            subject TEXT NOT NULL, count INTEGER NOT NULL, qualifier TEXT,
            period_start TEXT, period_end TEXT, period_precision TEXT NOT NULL,
            statement TEXT, reported_by TEXT
        );
        CREATE TABLE citations (
            entity TEXT NOT NULL CHECK (entity IN ('partner', 'record', 'figure')),
            entity_id INTEGER NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            PRIMARY KEY (entity, entity_id, source_id)
        );
        CREATE INDEX records_date ON records (date_start, date_end);
        CREATE INDEX records_partner ON records (partner_id);
        CREATE INDEX records_governor ON records (governor_id);
        CREATE INDEX records_type ON records (kind, type);
        CREATE INDEX partners_country ON partners (country);
        CREATE INDEX partner_aliases_alias ON partner_aliases (alias COLLATE NOCASE);
        CREATE INDEX record_sectors_sector ON record_sectors (sector);
        CREATE INDEX leaders_party ON leaders (local_party, term_start)
        """,
    )


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied to this database, in order."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_kerjasama_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _kerjasama_migrations ORDER BY id")]


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[str]:
    """Apply every pending migration (or the first `upto`), each in its own transaction.

    Returns the names applied. Safe when several processes open a new file at once: each step
    checks again, under the write lock, whether another process has just applied it.
    """
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_kerjasama_migrations'"
    ).fetchone():
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _kerjasama_migrations "
            "(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
        )
    wanted = MIGRATIONS if upto is None else MIGRATIONS[:upto]
    if set(applied(conn)) >= {fn.__name__ for fn in wanted}:
        return []  # the usual case: nothing to do, and no write lock taken
    ran = []
    for fn in wanted:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if fn.__name__ in applied(conn):
                conn.execute("ROLLBACK")
                continue
            fn(conn)
            conn.execute(
                "INSERT INTO _kerjasama_migrations (name, applied_at) VALUES (?, ?)",
                (fn.__name__, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
            conn.execute(
                "INSERT OR REPLACE INTO kerjasama_meta (key, value) VALUES ('schema_version', ?)",
                (str(MIGRATIONS.index(fn) + 1),),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        ran.append(fn.__name__)
    return ran


@migration
def m003_search_index(conn: sqlite3.Connection) -> None:
    # The FTS5 index over records, partners, people, sectors and sources, kept by triggers.
    from kerjasama_cli.store.database.frozen.m003 import create_search_index

    create_search_index(conn)


@migration
def m004_validity(conn: sqlite3.Connection) -> None:
    # When each agreement's validity ends and what superseded it (statuses:
    # store/queries/validity.py).
    from kerjasama_cli.store.database.frozen.m004 import VIEW_SQL

    conn.execute(VIEW_SQL)
    conn.execute("CREATE INDEX records_agreement ON records (agreement_id)")


@migration
def m002_history(conn: sqlite3.Connection) -> None:
    # Every insert, update and delete of a registry entry, with the command that made it.
    # entity_id has no foreign key on purpose: a deleted row keeps its history.
    _run(
        conn,
        """
        CREATE TABLE history (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, command TEXT NOT NULL,
            entity TEXT NOT NULL, entity_id INTEGER, entity_key TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            changes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX history_entity ON history (entity, entity_id)
        """,
    )


# The bundled home government's other names (docs/domain.md, *Local governments and their
# names*), frozen here so the migration gives an existing database the same aliases a new one
# gets from data/seed.yaml.
_HOME_ALIASES = {
    "DKI Jakarta": (
        "Jakarta",
        "Pemprov DKI Jakarta",
        "Provinsi DKI Jakarta",
        "Daerah Khusus Ibukota Jakarta",
        "Special Capital Region of Jakarta",
    )
}
_HOME_DETAILS = {"DKI Jakarta": ("ID-JK", "province")}


@migration
def m005_local_governments(conn: sqlite3.Connection) -> None:
    # Local parties become entities (name, aliases, country, region, kind) that leaders belong
    # to; records and leaders keep naming them by their canonical name in `local_party`, so
    # every existing query stays valid. Partners gain coordinates (for maps), unknown = NULL.
    _run(
        conn,
        """
        CREATE TABLE local_governments (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            country TEXT, region TEXT, kind TEXT, notes TEXT
        );
        CREATE TABLE local_government_aliases (
            government_id INTEGER NOT NULL REFERENCES local_governments(id) ON DELETE CASCADE,
            alias TEXT NOT NULL, PRIMARY KEY (government_id, alias)
        );
        CREATE INDEX local_government_aliases_alias
            ON local_government_aliases (alias COLLATE NOCASE);
        CREATE INDEX records_local_party ON records (local_party);
        ALTER TABLE partners ADD COLUMN latitude REAL;
        ALTER TABLE partners ADD COLUMN longitude REAL
        """,
    )
    from kerjasama_cli.store.database.frozen.m005 import slugify

    meta = dict(conn.execute("SELECT key, value FROM kerjasama_meta"))
    home, home_country = meta.get("home_party"), meta.get("home_country")
    taken: dict[str, str] = {}  # folded name or alias -> canonical name

    def create(name: str, country: str | None, region: str | None, kind: str | None) -> None:
        key, n = slugify(name, country) or "government", 2
        while conn.execute("SELECT 1 FROM local_governments WHERE key = ?", (key,)).fetchone():
            key, n = f"{slugify(name, country)}-{n}", n + 1
        cursor = conn.execute(
            "INSERT INTO local_governments (key, name, country, region, kind) VALUES (?,?,?,?,?)",
            (key, name, country, region, kind),
        )
        taken[name.casefold()] = name
        for alias in _HOME_ALIASES.get(name, ()) if name == home else ():
            conn.execute(
                "INSERT INTO local_government_aliases (government_id, alias) VALUES (?, ?)",
                (cursor.lastrowid, alias),
            )
            taken.setdefault(alias.casefold(), name)

    if home:
        region, kind = _HOME_DETAILS.get(home, (None, None))
        create(home, home_country, region, kind)
    # Every other local party a record, leader or figure names, with the country its records
    # give most often.
    parties = conn.execute(
        "SELECT local_party, local_country, COUNT(*) AS n FROM ("
        " SELECT local_party, local_country FROM records"
        " UNION ALL SELECT local_party, NULL FROM leaders"
        " UNION ALL SELECT local_party, NULL FROM reported_figures)"
        " GROUP BY local_party, local_country ORDER BY local_party, local_country IS NULL, n DESC"
    ).fetchall()
    for party, country, _n in parties:
        if party.casefold() not in taken:
            create(party, country, None, None)
    # A record or leader naming a government by an alias now names it by its name (so `Jakarta`
    # from a twin-town file is DKI Jakarta). Nothing is lost: the alias stays an alias, and the
    # history says what changed. An empty fingerprint makes the next import compare the content.
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rewritten = 0
    for alias, name in [(a, n) for a, n in taken.items() if a != n.casefold()]:
        rows = conn.execute(
            "SELECT id, key, local_party FROM records WHERE local_party = ? COLLATE NOCASE "
            "AND local_party <> ?",
            (alias, name),
        ).fetchall()
        rewritten += len(rows)
        for record_id, key, old in rows:
            conn.execute(
                "INSERT INTO history (at, command, entity, entity_id, entity_key, action, changes)"
                " VALUES (?, 'migrate', 'record', ?, ?, 'update', ?)",
                (now, record_id, key, json.dumps({"local_party": [old, name]}, ensure_ascii=False)),
            )
        conn.execute(
            "UPDATE records SET local_party = ?, fingerprint = '' "
            "WHERE local_party = ? COLLATE NOCASE AND local_party <> ?",
            (name, alias, name),
        )
        for table in ("leaders", "reported_figures"):
            conn.execute(
                f"UPDATE {table} SET local_party = ? WHERE local_party = ? COLLATE NOCASE",
                (name, alias),
            )
    if rewritten:
        from kerjasama_cli.store.database.frozen.m005 import refresh_governors

        refresh_governors(conn)  # records now under the home government get its governors


@migration
def m006_browse_records(conn: sqlite3.Connection) -> None:
    # A flat, read-only view of the records for Datasette (`kerjasama serve`):
    # store/serve/browse.py.
    from kerjasama_cli.store.database.frozen.m006 import BROWSE_VIEW_SQL

    conn.execute(BROWSE_VIEW_SQL)


@migration
def m007_search_own_text(conn: sqlite3.Connection) -> None:
    # Each record's own words in the index; vocabularies and aliases expanded at query time
    # (store/fulltext/index.py). Rebuilds the index.
    from kerjasama_cli.store.database.frozen.m007 import create_own_text_index

    create_own_text_index(conn)


@migration
def m008_partner_dates_index(conn: sqlite3.Connection) -> None:
    # Every status (store/queries/validity.py) looks for a later agreement of the same partner; by
    # partner alone that read all of the partner's records, each one a row fetch (225 us a
    # record at 100,000). By partner, kind and date the first entry is the candidate.
    _run(
        conn,
        """
        DROP INDEX records_partner;
        CREATE INDEX records_partner ON records (partner_id, kind, date_start)
        """,
    )


@migration
def m009_partner_map(conn: sqlite3.Connection) -> None:
    # One row per partner with its coordinates (m005) for the map in `kerjasama serve`.
    from kerjasama_cli.store.database.frozen.m009 import PARTNER_MAP_SQL

    conn.execute(PARTNER_MAP_SQL)


@migration
def m010_compact_storage(conn: sqlite3.Connection) -> None:
    # A million records took 863 bytes each (issue 12). Two copies go, every row stays:
    # - the search index keeps no copy of the text (121 bytes a record): an external-content
    #   FTS5 table over the same `search_source` view, kept by before/after triggers
    #   (store/fulltext/external.py); rebuilt here from the view;
    # - a bulk import logs one history row for the id range it inserted instead of one per
    #   record (117 bytes a record with its index entry): `last_id` ends the range, and the
    #   partial index finds the range that holds an id (store/safety/history.py). Existing rows
    #   stay;
    # - record_sectors is keyed by (record, sector) without a rowid (a table and two indexes
    #   were one table and one index: 37 bytes a record); a sector's place in its record's list,
    #   which the rowid's order gave, is the new `position` column.
    # - a record's fingerprint is 8 bytes, not 16 hex digits (store/records/columns.py: same value);
    # - a record's created_at and updated_at are Unix seconds (INTEGER), not ISO text: 4 bytes
    #   each instead of 25. A text SQLite cannot read as a time stays as it was.
    # The views that read sectors in rowid order are re-created reading `position`.
    if sqlite3.sqlite_version_info < (3, 35, 0):
        # ALTER TABLE ... DROP COLUMN (3.35): said plainly rather than as a syntax error.
        raise sqlite3.DatabaseError(
            f"SQLite 3.35 or later is needed; this Python has SQLite {sqlite3.sqlite_version}"
        )
    from kerjasama_cli.store.database.frozen import drop_index_triggers
    from kerjasama_cli.store.database.frozen.m010 import (
        BROWSE_VIEW_M010_SQL,
        SEARCH_VIEW_SQL,
        SOURCE,
        VIEW,
        create_external_index,
    )

    drop_index_triggers(conn)  # they read the view, which reads record_sectors
    _run(
        conn,
        f"""
        DROP VIEW {SOURCE};
        DROP VIEW {VIEW};
        CREATE TABLE record_sectors_m010 (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            sector TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (record_id, sector)
        ) WITHOUT ROWID;
        INSERT INTO record_sectors_m010 (record_id, sector, position)
            SELECT record_id, sector, row_number() OVER (PARTITION BY record_id ORDER BY rowid) - 1
            FROM record_sectors;
        DROP TABLE record_sectors;
        ALTER TABLE record_sectors_m010 RENAME TO record_sectors;
        CREATE INDEX record_sectors_sector ON record_sectors (sector);
        ALTER TABLE history ADD COLUMN last_id INTEGER;
        CREATE INDEX history_ranges ON history (entity, last_id) WHERE last_id IS NOT NULL
        """,
    )
    conn.execute(BROWSE_VIEW_M010_SQL)
    conn.execute(SEARCH_VIEW_SQL)
    create_external_index(conn)
    conn.create_function("kerjasama_unhex", 1, _unhex, deterministic=True)
    # The columns are made again as INTEGER (ALTER TABLE cannot change a type; rebuilding
    # `records` would need the foreign keys off): new ones filled, old ones dropped, renamed.
    seconds = (
        "CASE WHEN {0} GLOB '[0-9][0-9][0-9][0-9]-*' "
        "THEN COALESCE(CAST(strftime('%s', {0}) AS INTEGER), {0}) ELSE {0} END"
    )
    _run(
        conn,
        f"""
        ALTER TABLE records ADD COLUMN m010_created INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE records ADD COLUMN m010_updated INTEGER NOT NULL DEFAULT 0;
        UPDATE records SET m010_created = {seconds.format("created_at")},
            m010_updated = {seconds.format("updated_at")},
            fingerprint = CASE WHEN typeof(fingerprint) = 'text' AND length(fingerprint) = 16
                THEN kerjasama_unhex(fingerprint) ELSE fingerprint END;
        ALTER TABLE records DROP COLUMN created_at;
        ALTER TABLE records DROP COLUMN updated_at;
        ALTER TABLE records RENAME COLUMN m010_created TO created_at;
        ALTER TABLE records RENAME COLUMN m010_updated TO updated_at
        """,
    )


def _unhex(text: str) -> bytes | str:
    """16 hex digits as their 8 bytes (anything else as it is: an older digest never matches)."""
    try:
        return bytes.fromhex(text)
    except ValueError:
        return text


@migration
def m011_query_indexes(conn: sqlite3.Connection) -> None:
    # Fewer indexes, each serving a query (EXPLAIN QUERY PLAN; tests/test_query_plans.py):
    # - records_sort: the date order every list, timeline and show prints (store/queries/reader.py
    #   DATE_ORDER), so `list --limit 50` reads 50 entries instead of sorting the table;
    #   it replaces records_date, whose (date_start, date_end) order no query asked for.
    # - records_partner gains the type: a status looks for a later document of the types that
    #   supersede it (store/queries/validity.py), one seek per type instead of a row fetch per
    #   later agreement of the partner.
    # - records_type (kind, type) goes: no read needs it, and the renewal lookup of every
    #   status chose it over records_agreement, reading every renewal event of the registry.
    _run(
        conn,
        """
        DROP INDEX IF EXISTS records_date;
        DROP INDEX IF EXISTS records_type;
        DROP INDEX IF EXISTS records_partner;
        CREATE INDEX records_sort ON records (
            COALESCE(date_start, date_end) IS NULL, COALESCE(date_start, date_end), date_end);
        CREATE INDEX records_partner ON records (partner_id, kind, type, date_start)
        """,
    )


@migration
def m012_no_fingerprint(conn: sqlite3.Connection) -> None:
    # Nine bytes a record less (issue 12), and no digest to compute per imported row:
    # - `fingerprint` goes. Whether an import changes a stored record is decided by comparing
    #   with a digest of what is stored, computed a batch of keys at a time
    #   (store/records/columns.py, `stored_digests`);
    # - records_agreement holds only the events that belong to an agreement: every query asks
    #   for `agreement_id = ?`, which a NULL never matches, and most records have none.
    _run(
        conn,
        """
        ALTER TABLE records DROP COLUMN fingerprint;
        DROP INDEX IF EXISTS records_agreement;
        CREATE INDEX records_agreement ON records (agreement_id) WHERE agreement_id IS NOT NULL
        """,
    )


@migration
def m016_sectors(conn: sqlite3.Connection) -> None:
    # Sectors the bureau can extend (issue 21): `sectors add/alias` write here, and every
    # --sector, add, edit and import reads the code's vocabulary (domain/vocab.py) together with
    # these rows. Seeded with that vocabulary as it stood (codes, Indonesian and English labels,
    # folded synonyms), frozen here, so a registry carries its own list when exported; a sector
    # a record already uses but the vocabulary lacks becomes a row too (every row is kept).
    _run(
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


@migration
def m019_local_country(conn: sqlite3.Connection) -> None:
    # A record of a second government, imported without a local_country, showed
    # "local party Kota Surabaya (—)" and `local_country: null` (issue 19): it takes the
    # country its government has. Every row stays; only empty countries are filled.
    _run(
        conn,
        """
        UPDATE records SET local_country = (
            SELECT g.country FROM local_governments g WHERE g.name = records.local_party)
        WHERE local_country IS NULL AND local_party IN (
            SELECT name FROM local_governments WHERE country IS NOT NULL)
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


@migration
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
    _run(
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


@migration
def m018_documents(conn: sqlite3.Connection) -> None:
    # Issue 22: documents attached to records, kept inside the registry (docs/design.md,
    # "Documents inside the registry"): one file to back up, copy and restore, and an attach
    # is part of the same transaction as the rest. Content-addressed: one row per distinct
    # file (sha256), however many records it is attached to; its text is indexed for search
    # in document_index (an external-content FTS5 table over documents.text, same tokenizer
    # as the records' index; filled by store/dossier/attachments.py, there are no triggers). The
    # bytes have a table of their own: a row read or updated is read whole, and a 50 MB BLOB beside
    # the text would be read by every search snippet and every listing.
    _run(
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


@migration
def m015_browse_facets(conn: sqlite3.Connection) -> None:
    # `kerjasama serve` at a million records (issue 20): the values the records page facets,
    # filters and sorts on, stored and indexed in `browse_facets` and kept by triggers
    # (store/serve/browse_table.py); `browse_records` re-created over it without an ORDER BY, so a
    # count or a facet reads one index instead of computing the view. records_governor gains
    # the kind and partner: the per-governor counts read the index alone.
    from kerjasama_cli.store.database.frozen.m015 import BROWSE_VIEW_M015_SQL, CREATE_SQL

    for statement in CREATE_SQL:
        conn.execute(statement)
    conn.execute("DROP VIEW browse_records")
    conn.execute(BROWSE_VIEW_M015_SQL)
    _run(
        conn,
        """
        DROP INDEX IF EXISTS records_governor;
        CREATE INDEX records_governor ON records (governor_id, kind, partner_id)
        """,
    )


@migration
def m013_ids_never_reused(conn: sqlite3.Connection) -> None:
    # Issue 19: a deleted record's id came back for the next one, and the history of both read
    # as one (`show 23` listed A's insert and delete among B's changes); a bulk import's range
    # row would cover the newcomer too. So ids only grow: a high-water mark per table in
    # kerjasama_meta, raised by a trigger when the highest row is deleted (deletes are rare; a
    # trigger on insert would cost every row of a million-row import), and every insert takes
    # max(MAX(id), mark) + 1 (store/database/ids.py). The mark starts above every id the history has
    # ever named, so ids deleted before this migration are not given out again either.
    # AUTOINCREMENT would need the records table rebuilt with its views, triggers and indexes.
    # - history.origin: the file an import's change came from (store/imports/merge.py), so a
    #   later import of the same file can tell the edits made since.
    for entity, table in (("record", "records"), ("partner", "partners")):
        conn.execute(
            "INSERT OR REPLACE INTO kerjasama_meta (key, value) SELECT ?, max("
            f" (SELECT COALESCE(MAX(id), 0) FROM {table}),"
            " (SELECT COALESCE(MAX(max(entity_id, COALESCE(last_id, 0))), 0) FROM history"
            "  WHERE entity = ?))",
            (f"{table}_high_water", entity),
        )
        conn.execute(
            f"CREATE TRIGGER {table}_high_water AFTER DELETE ON {table} BEGIN"
            " UPDATE kerjasama_meta SET value = OLD.id"
            f" WHERE key = '{table}_high_water' AND CAST(value AS INTEGER) < OLD.id; END"
        )
    conn.execute("ALTER TABLE history ADD COLUMN origin TEXT")


# What m014 said it did, for the command that opened the registry to print (cli/invocation.py).
NOTICES: list[str] = []


@migration
def m014_merge_alias_duplicates(conn: sqlite3.Connection) -> None:
    # Issue 19: an import derived a record's key from the local party as the row named it, so
    # `Surabaya,Kochi,…,2023-08` and later `Kota Surabaya,Kochi,…` (two names of one
    # government) made two records whose keys differ only by that name. The import now keys by
    # the government's own name; this merges the pairs it made before. Two records are such a
    # pair when kind, type, partner, date and local party agree and their keys are one stem
    # followed by two names of that government. The one keyed by the government's own name
    # stays (else the oldest, re-keyed so); it gains the other's empty fields, sectors,
    # people, citations and events; the other is deleted with a history row that keeps its
    # values (its own history rows stay), so `history restore` can bring it back.
    names: dict[str, tuple[str, list[str], str | None]] = {}
    for gid, name, country in conn.execute("SELECT id, name, country FROM local_governments"):
        aliases = [
            a
            for (a,) in conn.execute(
                "SELECT alias FROM local_government_aliases WHERE government_id = ?", (gid,)
            )
        ]
        names[name.casefold()] = (name, aliases, country)
    groups = conn.execute(
        "SELECT group_concat(id) FROM records GROUP BY kind, type, partner_id, date_start,"
        " date_end, date_precision, local_party HAVING count(*) > 1"
    ).fetchall()
    from kerjasama_cli.store.database.m014_merge import merge_group, slug

    merged = 0
    for (ids,) in groups:
        rows = conn.execute(
            f"SELECT id, key, local_party, local_country FROM records WHERE id IN ({ids})"
            " ORDER BY id"
        ).fetchall()
        stems: dict[str, list[tuple[int, str, bool]]] = {}
        for record_id, key, party, country in rows:
            canonical, aliases, gov_country = names.get(party.casefold(), (party, [], None))
            for name in (canonical, *aliases):
                tails = [f"-{slug(name)}"]
                if country:
                    tails.insert(0, f"-{slug(name)}-{slug(country)}")
                tail = next((t for t in tails if key.endswith(t) and len(key) > len(t)), None)
                if tail is not None:
                    stems.setdefault(key[: -len(tail)], []).append(
                        (record_id, name, name == canonical)
                    )
                    break
        for stem, found in stems.items():
            if len(found) < 2:
                continue
            found.sort(key=lambda item: (not item[2], item[0]))
            keeper, others = found[0], found[1:]
            merged += len(others)
            merge_group(conn, keeper, others, stem, names)
    if merged:
        NOTICES.append(
            f"merged {merged} record{'s' if merged != 1 else ''} that differed only by the "
            "name of their local government (m014; `kerjasama history` lists them)"
        )


@migration
def m021_facet_indexes(conn: sqlite3.Connection) -> None:
    # Issue 20: the records page's facets under a filter. Each facet column led an index of its
    # own (m015), so a facet under a filter that matches a large share of the records
    # (`?type=mou`, a fifth of them; a governor, a sixth) read the index for the matches and
    # then browse_facets' row of each for the facet's value: 90-150 ms a facet at a million
    # records. The type and governor indexes now carry the other three facet columns, so a facet
    # under a filter on either (with or without others) reads one index range alone (13-45 ms);
    # an unfiltered facet still scans one index (~50 ms). Country and year keep their narrow
    # indexes: one value of them is a few per cent of the records (a row look-up each is
    # cheap), and each wide index costs a bulk import more time than it spares there. Same
    # names, so nothing that names them changes.
    columns = ("country", "type", "governor", "year")
    for column in ("type", "governor"):
        rest = ", ".join(c for c in columns if c != column)
        conn.execute(f"DROP INDEX IF EXISTS browse_facets_{column}")
        conn.execute(f"CREATE INDEX browse_facets_{column} ON browse_facets ({column}, {rest})")


@migration
def m020_history_actor(conn: sqlite3.Connection) -> None:
    # Issue 26, who changed what: each history row names the person who made the change
    # (KERJASAMA_USER, else the OS user: store/safety/history.py current_actor). Rows written before
    # this say "unknown": nobody recorded who made them.
    conn.execute("ALTER TABLE history ADD COLUMN actor TEXT NOT NULL DEFAULT 'unknown'")


@migration
def m022_public_records(conn: sqlite3.Connection) -> None:
    # Issue 26, the public subset (domain/public.py): `public_record_ids`, the records of
    # partnerships that have signed, and `public_records`, their public fields, which
    # `serve --public`, serve's anonymous visitors and `report --public` read. Views only: no
    # row changes.
    from kerjasama_cli.store.database.frozen.m022 import PUBLIC_VIEWS_M022_SQL

    for statement in PUBLIC_VIEWS_M022_SQL:
        conn.execute(statement)


@migration
def m023_public_flag(conn: sqlite3.Connection) -> None:
    # Issue 20, the public pages at a million records: `public_records` worked the public ids
    # out on every query (~4 s at a million). Each record's answer is now stored in
    # browse_facets.public, kept current by the writers (triggers; the set-wise import and a stage
    # list's change work it out once), the facet indexes carry it, and `public_records` reads it.
    # Frozen SQL: store/database/frozen/m023.py.
    from kerjasama_cli.store.database.frozen.m023 import SQL

    for statement in SQL:
        conn.execute(statement)


@migration
def m024_partner_counts(conn: sqlite3.Connection) -> None:
    # Issue 20: `report` and `stats` counted a million records four times over (by country,
    # by governor, by year and type, the largest partners: 2.3 s of CPU) and the canned
    # `partners_per_country` counted every record per request. Three small tables of counts
    # (per partner; per governor, local party and partner; per year and type), filled here from
    # the records and kept by triggers in every writer's transaction, answer the unfiltered
    # figures in a few thousand rows; `records_in_force` lets each reported figure find a
    # partner's first agreement in force without reading records (store/briefing/counts_table.py).
    # Frozen SQL: store/database/frozen/m024.py.
    from kerjasama_cli.store.database.frozen.m024 import SQL

    for statement in SQL:
        conn.execute(statement)


@migration
def m025_valid_until_index(conn: sqlite3.Connection) -> None:
    # `list --sort end | head` at 200,000 records worked each record's validity out and sorted
    # them all before the first line (store/queries/reader.py SORTS). The sort now reads the
    # validity browse_facets stores, in this index: the rows in order of their last day of
    # validity, open-ended last. Frozen SQL: store/database/frozen/m025.py.
    from kerjasama_cli.store.database.frozen.m025 import SQL

    for statement in SQL:
        conn.execute(statement)


@migration
def m026_public_flag_moved_record(conn: sqlite3.Connection) -> None:
    # m023's update trigger cleared the public flag of a record without a partner given the
    # partner of a signed partnership (its old, partnerless "partnership" was worked out again
    # from the record itself, after the move). The trigger again, that step only for a record
    # that had a partner, and every flag worked out from the rule once. Frozen SQL:
    # store/database/frozen/m026.py.
    from kerjasama_cli.store.database.frozen.m026 import SQL

    for statement in SQL:
        conn.execute(statement)


@migration
def m027_event_no_status(conn: sqlite3.Connection) -> None:
    # An event has no validity (domain/record_rules.py): `add`, `edit` and `import` refuse an
    # event's status, and the CLI's reads (store/queries/validity.py) count none; the web's
    # `browse_records` view (m015) still showed the stated status of an event a registry already
    # held, so the records page, its facets and `partner_history` read it as `active`. The view
    # again, with that status NULL. A view only: every row is kept as it is. Frozen SQL:
    # store/database/frozen/m027.py.
    from kerjasama_cli.store.database.frozen.m027 import SQL

    for statement in SQL:
        conn.execute(statement)
