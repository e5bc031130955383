"""The full-text index as it is now (migration m007_search_own_text): each record's own words.

m003 indexed, beside every sector, type and country, the whole vocabulary it stands for (a
flood-management record carried "banjir, penanggulangan banjir, flood, floods, flooding"; a KR
partner every name of Korea). That made `search banjir` show the vocabulary as the matched
passage, and it was most of the index. Now a record's FTS row holds only what the record says (a
sector's and type's slug as words, the country code, signatories by name, the partner's name and
aliases), and the vocabularies live once in `search_vocab`, a small FTS5 table with the same
tokenizer: a query term is looked up there and expanded to the slugs it names
(store/fulltext/search.py, `expander`), so `banjir` still finds every flood-management record, and
shows its own words.

The table keeps the name `search_index`, its columns and its triggers' names (the bulk import
drops and restores triggers by that prefix: store/fulltext/bulk.py).
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.search import SEARCH_COLUMNS, VOCABULARY_COLUMNS, Expander
from kerjasama_cli.store.fulltext.schema import (
    M003_TRIGGERS,
    SOURCE,
    TABLE,
    TOKENIZE,
    create_triggers,
    reindex,
)

VOCAB = "search_vocab"
_SEP = "'; '"

ROW_SELECT = f"""
SELECT r.id AS record_id,
  r.title,
  replace(r.type, '_', ' '),
  (SELECT p.name || COALESCE({_SEP} || (SELECT group_concat(a.alias, {_SEP})
        FROM partner_aliases a WHERE a.partner_id = p.id), '')
     FROM partners p WHERE p.id = r.partner_id),
  (SELECT group_concat(x, {_SEP}) FROM (
      SELECT rp.name || COALESCE(', ' || rp.title, '') AS x
        FROM record_people rp WHERE rp.record_id = r.id
      UNION ALL SELECT r.leader WHERE r.leader IS NOT NULL)),
  (SELECT group_concat(x, {_SEP}) FROM (
      SELECT replace(rs.sector, '_', ' ') AS x
        FROM record_sectors rs WHERE rs.record_id = r.id ORDER BY rs.rowid)),
  (SELECT p.country || COALESCE(' ' || p.region, '')
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

# m003's triggers, less the leaders' (a leader's aliases are no longer in any record's row).
_TRIGGERS = [trigger for trigger in M003_TRIGGERS if trigger[0] != "leaders"]

# A leader's row in the vocabulary: every alias of every term of that name.
_LEADER_ROWS = (
    f"INSERT INTO {VOCAB} (vocabulary, slug, terms) SELECT 'leader', l.name, "
    f"group_concat(j.value, {_SEP}) FROM leaders l, json_each(l.aliases) j "
    "WHERE l.name IN ({names}) GROUP BY l.name"
)


def create_own_text_index(conn: sqlite3.Connection) -> None:
    """Replace m003's index (view, FTS table, triggers, term table) and index every record."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (f"{TABLE}_%",)
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(f"DROP VIEW {SOURCE}")
    conn.execute(f"DROP TABLE {TABLE}")
    conn.execute("DROP TABLE search_terms")
    # No prefix indexes: they tripled the index; `transport*` scans the terms it covers instead.
    conn.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(SEARCH_COLUMNS)}, "
        f"tokenize = '{TOKENIZE}')"
    )
    names = ", ".join(("record_id", *SEARCH_COLUMNS))
    conn.execute(f"CREATE VIEW {SOURCE} ({names}) AS {ROW_SELECT}")
    create_triggers(conn, _TRIGGERS)
    conn.execute(
        f"CREATE VIRTUAL TABLE {VOCAB} USING fts5(vocabulary UNINDEXED, slug UNINDEXED, terms, "
        f"tokenize = '{TOKENIZE}')"
    )
    # Leaders are data: their aliases follow every change of the leaders table.
    for event, names in (
        ("INSERT", "NEW.name"),
        ("UPDATE OF name, aliases", "OLD.name, NEW.name"),
        ("DELETE", "OLD.name"),
    ):
        verb = event.split()[0].lower()
        conn.execute(
            f"CREATE TRIGGER {VOCAB}_leaders_{verb} AFTER {event} ON leaders FOR EACH ROW BEGIN "
            f"DELETE FROM {VOCAB} WHERE vocabulary = 'leader' AND slug IN ({names}); "
            f"{_LEADER_ROWS.format(names=names)}; END"
        )
    fill_vocabulary(conn)
    reindex(conn)


def fill_vocabulary(conn: sqlite3.Connection) -> None:
    """(Re)write the vocabulary table: sector and type words in English and Indonesian, country
    names, leaders' aliases. A later migration calls this again when the vocabularies grow."""
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.countries import country_terms

    rows: list[tuple[str, str, str]] = []
    for name, vocabulary in (
        ("sector", vocab.SECTORS),
        ("type", vocab.AGREEMENT_TYPES),
        ("type", vocab.EVENT_TYPES),
    ):
        rows += [(name, slug, "; ".join(terms)) for slug, terms in vocabulary.items() if terms]
    countries: dict[str, list[str]] = {}
    for code, term in country_terms():
        countries.setdefault(code, []).append(term)
    rows += [("country", code, "; ".join(terms)) for code, terms in countries.items()]
    conn.execute(f"DELETE FROM {VOCAB}")
    conn.executemany(f"INSERT INTO {VOCAB} (vocabulary, slug, terms) VALUES (?, ?, ?)", rows)
    conn.execute(_LEADER_ROWS.format(names="SELECT name FROM leaders"))


def expander(conn: sqlite3.Connection) -> Expander:
    """Look each query term up in the vocabularies (store/fulltext/index.py): the slugs, codes
    and leaders' names it names, as (column, words) to match in the records' own text."""

    def expand(term: str, column: str | None) -> list[tuple[str, str]]:
        try:
            found = conn.execute(
                "SELECT vocabulary, slug FROM search_vocab WHERE search_vocab MATCH ? "
                "ORDER BY vocabulary, slug",
                (f"terms : {term}",),
            ).fetchall()
        except sqlite3.OperationalError:
            return []  # a term FTS5 cannot read alone: the query reports it, unexpanded
        pairs = []
        for vocabulary, slug in found:
            target = VOCABULARY_COLUMNS[vocabulary]
            if column is None or column == target:
                words = slug if vocabulary in ("country", "leader") else slug.replace("_", " ")
                pairs.append((target, words))
        return list(dict.fromkeys(pairs))

    return expand
