"""Frozen SQL of migration m028_government_by_country: a local government is identified by its
name and its country (London, GB and London, CA are two), where m005 made the name alone unique.
Never edit: a later change is a new migration."""

# The table is rebuilt without m005's UNIQUE on the name (SQLite cannot drop a constraint). Its
# aliases are kept aside first: with foreign keys on, dropping the governments would cascade.
REBUILD = [
    "CREATE TEMP TABLE m028_aliases AS "
    "SELECT rowid AS position, government_id, alias FROM local_government_aliases",
    "DROP TABLE local_government_aliases",
    "CREATE TABLE local_governments_m028 (\n"
    "            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,\n"
    "            name TEXT NOT NULL COLLATE NOCASE,\n"
    "            country TEXT, region TEXT, kind TEXT, notes TEXT\n"
    "        )",
    "INSERT INTO local_governments_m028 (id, key, name, country, region, kind, notes) "
    "SELECT id, key, name, country, region, kind, notes FROM local_governments ORDER BY id",
    "DROP TABLE local_governments",
    "ALTER TABLE local_governments_m028 RENAME TO local_governments",
    # One government per name and country; a government of no country is one more.
    "CREATE UNIQUE INDEX local_governments_name_country "
    "ON local_governments (name COLLATE NOCASE, COALESCE(country, ''))",
    "CREATE TABLE local_government_aliases (\n"
    "            government_id INTEGER NOT NULL REFERENCES local_governments(id) ON DELETE CASCADE,\n"
    "            alias TEXT NOT NULL, PRIMARY KEY (government_id, alias)\n"
    "        )",
    "INSERT INTO local_government_aliases (government_id, alias) "
    "SELECT government_id, alias FROM m028_aliases ORDER BY position",
    "DROP TABLE m028_aliases",
    "CREATE INDEX local_government_aliases_alias\n"
    "            ON local_government_aliases (alias COLLATE NOCASE)",
    # A leader's term belongs to one government: its name and now its country.
    "ALTER TABLE leaders ADD COLUMN local_country TEXT",
    "UPDATE leaders SET local_country = (SELECT g.country FROM local_governments g "
    "WHERE g.name = leaders.local_party)",
]

# Each (name, country) that records name under a government of another country.
STRANGERS = (
    "SELECT DISTINCT g.id, g.name, r.local_country FROM local_governments g "
    "JOIN records r ON r.local_party = g.name "
    "WHERE g.country IS NOT NULL AND r.local_country IS NOT NULL AND r.local_country <> g.country "
    "ORDER BY g.id, r.local_country"
)

# The records of the new government lose the governor another government's leaders gave them
# (a government made here has no leader terms: store/records/governor_index.py then says
# date_unknown or not_recorded, as domain/governors.py attribute does with no terms).
UNGOVERN = (
    "UPDATE records SET governor_id = NULL, governor_candidates = '[]', "
    "governor_basis = CASE WHEN date_start IS NULL THEN 'date_unknown' ELSE 'not_recorded' END "
    "WHERE local_party = ? AND local_country = ?"
)

# `browse_records` (m027's view, store/database/frozen/m027.py) with one change: the local party of
# a name two governments share carries its country, "London (CA)", so that Datasette's records
# page and its local_party facet tell London, GB and London, CA apart.
BROWSE_VIEW = [
    "DROP VIEW browse_records",
    "CREATE VIEW browse_records AS SELECT\n  b.id AS id,\n  (SELECT r.key FROM records r WHERE r.id = b.id) AS key,\n  (SELECT r.kind FROM records r WHERE r.id = b.id) AS kind,\n  b.type AS type,\n  (SELECT p.name FROM records r JOIN partners p ON p.id = r.partner_id WHERE r.id = b.id) AS partner,\n  (SELECT p.kind FROM records r JOIN partners p ON p.id = r.partner_id WHERE r.id = b.id) AS partner_kind,\n  b.country AS country,\n  (SELECT p.region FROM records r JOIN partners p ON p.id = r.partner_id WHERE r.id = b.id) AS region,\n  (SELECT CASE\n  WHEN r.date_end IS NULL THEN NULL\n  WHEN r.date_precision = 'by' THEN 'by ' || r.date_end\n  WHEN r.date_start IS NULL THEN NULL\n  WHEN r.date_precision = 'day' THEN r.date_start\n  WHEN r.date_precision = 'month' THEN substr(r.date_start, 1, 7)\n  WHEN r.date_precision = 'year' THEN substr(r.date_start, 1, 4)\n  WHEN r.date_start = r.date_end THEN r.date_start\n  WHEN substr(r.date_start, 1, 7) = substr(r.date_end, 1, 7) THEN substr(r.date_start, 1, 7)\n  WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4)\n  ELSE r.date_start || '/' || r.date_end END FROM records r WHERE r.id = b.id) AS date,\n  (SELECT r.date_precision FROM records r WHERE r.id = b.id) AS date_precision,\n  b.year AS year,\n  (SELECT r.date_start FROM records r WHERE r.id = b.id) AS date_start,\n  (SELECT r.date_end FROM records r WHERE r.id = b.id) AS date_end,\n  b.governor AS governor,\n  (SELECT group_concat(sector, ', ') FROM (SELECT sector FROM record_sectors s WHERE s.record_id = b.id ORDER BY s.position)) AS sectors,\n  (SELECT (CASE\n  WHEN r.kind <> 'agreement' THEN NULL\n  WHEN r.status IN ('proposed', 'ended', 'expired', 'superseded') THEN r.status\n  WHEN (CASE r.type WHEN 'loi' THEN EXISTS (SELECT 1 FROM records later\n       WHERE later.partner_id = r.partner_id AND later.kind = 'agreement'\n         AND later.type IN ('loi', 'mou', 'sister_city', 'agreement')\n         AND later.date_start > r.date_end\n         AND later.local_party = r.local_party AND later.id <> r.id\n         AND COALESCE(later.status, '') <> 'proposed')\n     WHEN 'mou' THEN EXISTS (SELECT 1 FROM records later\n       WHERE later.partner_id = r.partner_id AND later.kind = 'agreement'\n         AND later.type IN ('mou', 'sister_city') AND later.date_start > r.date_end\n         AND later.local_party = r.local_party AND later.id <> r.id\n         AND COALESCE(later.status, '') <> 'proposed')\n     WHEN 'sister_city' THEN EXISTS (SELECT 1 FROM records later\n       WHERE later.partner_id = r.partner_id AND later.kind = 'agreement'\n         AND later.type IN ('mou', 'sister_city') AND later.date_start > r.date_end\n         AND later.local_party = r.local_party AND later.id <> r.id\n         AND COALESCE(later.status, '') <> 'proposed') ELSE 0 END) THEN 'superseded'\n  WHEN b.valid_until < date('now') THEN 'expired'\n  WHEN b.valid_until <= date(date('now'), '+180 days') THEN 'expiring'\n  ELSE COALESCE(r.status, 'active')\nEND) FROM records r WHERE r.id = b.id) AS status,\n  b.valid_until AS valid_until,\n  (SELECT r.title FROM records r WHERE r.id = b.id) AS title,\n  (SELECT group_concat(x, '; ') FROM (SELECT rp.name || COALESCE(' (' || rp.title || ')', '') AS x FROM record_people rp WHERE rp.record_id = b.id ORDER BY rp.position)) AS signatories,\n  (SELECT group_concat(x, '; ') FROM (SELECT trim(COALESCE(s.publication, '') || COALESCE(', “' || s.title || '”', '') || COALESCE(', ' || s.published, '') || COALESCE(', ' || COALESCE(s.url, s.file), ''), ', ') AS x FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.entity = 'record' AND c.entity_id = b.id ORDER BY s.published, s.key)) AS sources,\n  (SELECT r.summary FROM records r WHERE r.id = b.id) AS summary,\n  (SELECT r.place FROM records r WHERE r.id = b.id) AS place,\n  (SELECT r.local_party || CASE WHEN EXISTS (SELECT 1 FROM local_governments g\n     WHERE g.name = r.local_party AND g.country IS NOT r.local_country)\n   THEN ' (' || COALESCE(r.local_country, '—') || ')' ELSE '' END\n   FROM records r WHERE r.id = b.id) AS local_party\nFROM browse_facets b",
]
