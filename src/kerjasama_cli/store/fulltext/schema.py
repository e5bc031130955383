"""The full-text index (migration m003_search_index): one FTS5 row per record, kept by triggers.

A record's searchable text lives in several tables (its partner and the partner's aliases, its
people, sectors and sources), so sqlite-utils' single-table `enable_fts` cannot keep it in sync.
Instead every trigger that touches one of those tables recomputes the whole FTS row of each
affected record from the same SELECT. The FTS table stores its own copy of the text (a few kB
per record) because `snippet()` needs it.

Frozen: m003 builds exactly this. Changing the columns or the triggers needs a new migration
(which can drop and re-create them with this module's helpers): m007_search_own_text did, see
store/fulltext/index.py for the index's text (each record's own words, no vocabulary), and
store/fulltext/external.py for the table as it is now (m010: no copy of the text, before/after
triggers). `reindex` serves every version, as `deferred` (store/fulltext/upkeep.py) does.
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.search import SEARCH_COLUMNS

TABLE = "search_index"

# Porter stems English (cities -> city) on top of unicode61, which folds case and accents;
# Indonesian words pass through it unchanged for practical purposes. Prefix indexes make
# `transport*` cheap.
TOKENIZE = "porter unicode61 remove_diacritics 2"

_SEP = "'; '"

SOURCE = "search_source"

# The text of every record's FTS row: the view `search_source` (record_id, then the columns).
# Triggers select from the view rather than repeat this query: the schema, parsed by every
# connection, stays small.
ROW_SELECT = f"""
SELECT r.id AS record_id,
  r.title,
  replace(r.type, '_', ' ') || COALESCE(' (' || (SELECT group_concat(t.term, ', ')
      FROM search_terms t WHERE t.vocabulary = 'type' AND t.slug = r.type) || ')', ''),
  (SELECT p.name || COALESCE({_SEP} || (SELECT group_concat(a.alias, {_SEP})
        FROM partner_aliases a WHERE a.partner_id = p.id), '')
     FROM partners p WHERE p.id = r.partner_id),
  (SELECT group_concat(x, {_SEP}) FROM (
      SELECT rp.name || COALESCE(', ' || rp.title, '') AS x
        FROM record_people rp WHERE rp.record_id = r.id
      UNION ALL SELECT r.leader WHERE r.leader IS NOT NULL
      UNION ALL SELECT DISTINCT j.value
        FROM leaders l, json_each(l.aliases) j
        WHERE l.name IN (SELECT rp.name FROM record_people rp WHERE rp.record_id = r.id)
           OR l.name = r.leader)),
  (SELECT group_concat(x, {_SEP}) FROM (
      SELECT replace(rs.sector, '_', ' ') || COALESCE(' (' || (SELECT group_concat(t.term, ', ')
             FROM search_terms t WHERE t.vocabulary = 'sector' AND t.slug = rs.sector) || ')', '')
             AS x
        FROM record_sectors rs WHERE rs.record_id = r.id ORDER BY rs.rowid)),
  (SELECT p.country || COALESCE(' ' || p.region, '') || COALESCE({_SEP} ||
        (SELECT group_concat(t.term, {_SEP}) FROM search_terms t
          WHERE t.vocabulary = 'country' AND t.slug = p.country), '')
     FROM partners p WHERE p.id = r.partner_id),
  r.summary,
  r.place,
  (SELECT group_concat(x, {_SEP}) FROM (
      SELECT trim(COALESCE(s.title, '') || COALESCE(' (' || s.publication || ')', '')) AS x
        FROM citations c JOIN sources s ON s.id = c.source_id
        WHERE c.entity = 'record' AND c.entity_id = r.id ORDER BY s.published, s.key)),
  trim(COALESCE(r.notes, '') || ' ' || COALESCE(r.date_note, '')),
  (SELECT p.notes FROM partners p WHERE p.id = r.partner_id)
FROM records r
"""


def refresh_statements(ids: str) -> tuple[str, str]:
    """The two statements that rewrite the FTS rows of the records whose id satisfies `ids`."""
    chosen = f"(SELECT r.id FROM records r WHERE {ids})"
    return (
        f"DELETE FROM {TABLE} WHERE rowid IN {chosen}",
        f"INSERT INTO {TABLE} (rowid, {', '.join(SEARCH_COLUMNS)}) "
        f"SELECT * FROM {SOURCE} WHERE record_id IN {chosen}",
    )


def refresh_sql(ids: str) -> str:
    """The same statements as one trigger body."""
    return "".join(f"{statement};\n" for statement in refresh_statements(ids))


# (trigger name, event, table, WHEN condition or "", condition on r.id) for every change that
# alters some record's searchable text.
M003_TRIGGERS: list[tuple[str, str, str, str, str]] = [
    ("records", "INSERT", "records", "", "r.id = NEW.id"),
    (
        "records",
        "UPDATE OF title, type, summary, notes, place, date_note, leader, partner_id",
        "records",
        "",
        "r.id = NEW.id",
    ),
    (
        "partners",
        "UPDATE OF name, notes, country, region",
        "partners",
        "",
        "r.partner_id = NEW.id",
    ),
    ("partner_aliases", "INSERT", "partner_aliases", "", "r.partner_id = NEW.partner_id"),
    ("partner_aliases", "DELETE", "partner_aliases", "", "r.partner_id = OLD.partner_id"),
    (
        "partner_aliases",
        "UPDATE",
        "partner_aliases",
        "",
        "r.partner_id IN (OLD.partner_id, NEW.partner_id)",
    ),
    ("record_people", "INSERT", "record_people", "", "r.id = NEW.record_id"),
    ("record_people", "DELETE", "record_people", "", "r.id = OLD.record_id"),
    ("record_people", "UPDATE", "record_people", "", "r.id IN (OLD.record_id, NEW.record_id)"),
    ("record_sectors", "INSERT", "record_sectors", "", "r.id = NEW.record_id"),
    ("record_sectors", "DELETE", "record_sectors", "", "r.id = OLD.record_id"),
    ("record_sectors", "UPDATE", "record_sectors", "", "r.id IN (OLD.record_id, NEW.record_id)"),
    ("citations", "INSERT", "citations", "NEW.entity = 'record'", "r.id = NEW.entity_id"),
    ("citations", "DELETE", "citations", "OLD.entity = 'record'", "r.id = OLD.entity_id"),
    (
        "citations",
        "UPDATE",
        "citations",
        "'record' IN (OLD.entity, NEW.entity)",
        "r.id IN (OLD.entity_id, NEW.entity_id)",
    ),
    (
        "sources",
        "UPDATE OF title, publication",
        "sources",
        "",
        "r.id IN (SELECT entity_id FROM citations WHERE entity = 'record' AND source_id = NEW.id)",
    ),
    (
        "leaders",
        "INSERT",
        "leaders",
        "",
        "(r.leader = NEW.name OR r.id IN "
        "(SELECT record_id FROM record_people WHERE name = NEW.name))",
    ),
    (
        "leaders",
        "UPDATE OF name, aliases",
        "leaders",
        "",
        "(r.leader IN (OLD.name, NEW.name) OR r.id IN "
        "(SELECT record_id FROM record_people WHERE name IN (OLD.name, NEW.name)))",
    ),
    (
        "leaders",
        "DELETE",
        "leaders",
        "",
        "(r.leader = OLD.name OR r.id IN "
        "(SELECT record_id FROM record_people WHERE name = OLD.name))",
    ),
]


DEFERRED = "EXISTS (SELECT 1 FROM search_state WHERE key = 'deferred')"


def create_search_index(conn: sqlite3.Connection) -> None:
    """Create the term tables, the FTS table and its triggers, and index every record."""
    # Synonyms the index adds beside a slug or code: sector and type names in English and
    # Indonesian, country names and aliases. Data, refreshed by fill_terms().
    conn.execute(
        "CREATE TABLE search_terms (vocabulary TEXT NOT NULL, slug TEXT NOT NULL, "
        "term TEXT NOT NULL, PRIMARY KEY (vocabulary, slug, term))"
    )
    conn.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(SEARCH_COLUMNS)}, "
        f"tokenize = '{TOKENIZE}', prefix = '2 3')"
    )
    names = ", ".join(("record_id", *SEARCH_COLUMNS))
    conn.execute(f"CREATE VIEW {SOURCE} ({names}) AS {ROW_SELECT}")
    # While a bulk write runs (see `deferred`), triggers only queue the affected ids.
    conn.execute("CREATE TABLE search_pending (record_id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE search_state (key TEXT PRIMARY KEY)")
    create_triggers(conn, M003_TRIGGERS)
    fill_terms(conn)


def create_triggers(conn: sqlite3.Connection, triggers: list[tuple[str, str, str, str, str]]):
    """The triggers that keep each record's FTS row (also used by m007_search_own_text)."""
    for i, (name, event, table, when, ids) in enumerate(triggers):
        verb = event.split()[0].lower()
        suffix = {"insert": "ai", "update": "au", "delete": "ad"}[verb]
        condition = f"({when}) AND " if when else ""
        conn.execute(
            f"CREATE TRIGGER {TABLE}_{name}_{suffix}{i} AFTER {event} ON {table} FOR EACH ROW "
            f"WHEN {condition}NOT {DEFERRED} BEGIN {refresh_sql(ids)} END"
        )
        conn.execute(
            f"CREATE TRIGGER {TABLE}_{name}_{suffix}{i}_queued AFTER {event} ON {table} "
            f"FOR EACH ROW WHEN {condition}{DEFERRED} BEGIN INSERT OR IGNORE INTO "
            f"search_pending (record_id) SELECT r.id FROM records r WHERE {ids}; END"
        )
    # A deleted record's row goes; nothing is left to recompute.
    conn.execute(
        f"CREATE TRIGGER {TABLE}_records_ad AFTER DELETE ON records FOR EACH ROW "
        f"BEGIN DELETE FROM {TABLE} WHERE rowid = OLD.id; END"
    )


def fill_terms(conn: sqlite3.Connection) -> None:
    """(Re)write the synonym table from the vocabularies and country names, then reindex.

    A later migration calls this again when the vocabularies grow.
    """
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.countries import country_terms

    rows = [("sector", slug, term) for slug, terms in vocab.SECTORS.items() for term in terms]
    for types in (vocab.AGREEMENT_TYPES, vocab.EVENT_TYPES):
        rows += [("type", slug, term) for slug, terms in types.items() for term in terms]
    rows += [("country", code, term) for code, term in country_terms()]
    conn.execute("DELETE FROM search_terms")
    conn.executemany(
        "INSERT OR IGNORE INTO search_terms (vocabulary, slug, term) VALUES (?, ?, ?)", rows
    )
    reindex(conn)


def is_external(conn: sqlite3.Connection) -> bool:
    """Whether the schema's search index is m010's (reads its text from the view)."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchone()
    return bool(row) and "content = " in row[0]


def reindex(conn: sqlite3.Connection) -> None:
    """Rebuild every record's FTS row from scratch."""
    if is_external(conn):  # m010: the index reads its text from the view itself
        conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
        return
    conn.execute(f"DELETE FROM {TABLE}")
    conn.execute(f"INSERT INTO {TABLE} (rowid, {', '.join(SEARCH_COLUMNS)}) SELECT * FROM {SOURCE}")
