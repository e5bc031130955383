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
drops and restores triggers by that prefix: store/fulltext/bulk.py). m007 made the own-text rows
and the vocabulary table, and m010 the `search_source` view the rows are read from today; what
each executed is frozen in store/database/frozen/ (m007.py, m010.py). This module keeps the
query side: the expander.
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.search import VOCABULARY_COLUMNS, Expander


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
