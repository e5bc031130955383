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
