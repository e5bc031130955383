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

from kerjasama_cli.domain.search import VOCABULARY_COLUMNS, Expander

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
