"""The public subset in SQL (the rule: domain/public.py): over the views m022 created, the canned
queries and map a visitor reads.

`public_record_ids` is the records of partnerships that have signed: the partnership (a partner
and a local party; a record without a partner is its own) has a record that is not an event
whose type proves signing or a later stage of its local party's stage list (its own, else the
regulation's, as `partnership_stages` reads it), or an evidence row for such a stage. It is
set-based (one pass over the records for the proofs, each record then checked against the
signed partnerships once), not the stage of every partnership worked out: 0.44 s for 100,000
records (the whole set; a query of the view reads it whole once), ~4 s at a million.
`public_records` is `browse_records`' columns for those records, the sources without a local
file's path.

m023 (store/database/frozen/m023.py) stores the rule's answer for each record in
browse_facets.public, kept current by the writers; `public_records` now reads that flag (and
the facet indexes carry it), so the public pages answer as fast as the team's at a million
records. The view stays the rule's definition: the writers that work the flag out set-wise
(browse_table.REFRESH_PUBLIC_SQL) read it, and tests check the flag against it.

m022's SQL (both views; no index of their own: the registry keeps a lean index set) is frozen
in store/database/frozen/m022.py: a change needs a new migration.
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.public import PUBLIC_RECORDS
from kerjasama_cli.store.queries.filters import PUBLIC_IDS
from kerjasama_cli.store.serve.browse import CANNED, MAP_ROWS, VIEW

# The search index's columns a visitor's words may match: not the record's nor the partner's
# notes (a match there would tell what the notes say).
_PUBLIC_SEARCH_COLUMNS = "title type partner people sectors country summary place sources"


def public_match(parameter: str) -> str:
    """`search_index MATCH` the words of `:parameter`, read as `kerjasama search` reads them,
    in the public columns alone: the public `search` query's and the public records' search
    box's condition (web/search.py)."""
    return (
        f"search_index MATCH '{{{_PUBLIC_SEARCH_COLUMNS}}} : (' || kerjasama_fts(:{parameter})"
        " || ')'"
    )


# The public records' search box (web/search.py): its words in `:kerjasama_search`.
PUBLIC_SEARCH_MATCH = public_match("kerjasama_search")


def public_canned() -> dict[str, tuple[str, str]]:
    """The canned queries a visitor may run: `store/serve/browse.py`'s own over `public_records`
    instead of `browse_records`, the search matching no notes."""
    queries = {}
    for name in ("expiring_soon", "partner_history", "search"):
        title, sql = CANNED[name]
        sql = sql.replace(f"FROM {VIEW} b", f"FROM {PUBLIC_RECORDS} b").replace(
            f"JOIN {VIEW} b", f"JOIN {PUBLIC_RECORDS} b"
        )
        sql = sql.replace("search_index MATCH kerjasama_fts(:q)", public_match("q"))
        if VIEW in sql:  # a query rewritten above must read no other view of every record
            raise AssertionError(f"canned query {name} still reads {VIEW}")
        queries[name] = (title, sql)
    return queries


# The partner map for visitors (store/serve/browse.py MAP_SQL, its columns in its order): partners
# with a public record, placed first, as many as Datasette returns, each counting its public
# records alone: the shown partners' records from records_partner, each one's flag from
# browse_facets (m023); CROSS JOIN keeps the shown partners outermost. Counting every public
# record by partner first read all the records (1.5 s at a million, over the time limit); this
# reads the shown partners' records (~0.2 s).
_PUBLIC_OF_PARTNER = (
    "FROM records r JOIN browse_facets b ON b.id = r.id AND b.public WHERE r.partner_id = p.id"
)
PUBLIC_MAP_SQL = f"""WITH shown AS MATERIALIZED (
  SELECT p.id, p.name AS partner, p.kind, p.country, p.region,
    kerjasama_latitude(p.id, p.latitude, p.kind, p.name, p.country, p.region) AS latitude,
    kerjasama_longitude(p.id, p.longitude, p.kind, p.name, p.country, p.region) AS longitude
  FROM partners p WHERE EXISTS (SELECT 1 {_PUBLIC_OF_PARTNER})
  ORDER BY latitude IS NULL, p.country IS NULL, p.country, p.name LIMIT {MAP_ROWS}),
counts AS MATERIALIZED (
  SELECT r.partner_id, count(*) AS records, sum(r.kind = 'agreement') AS agreements,
    sum(r.kind = 'event') AS events, group_concat(DISTINCT r.type) AS types,
    min(r.date_start) AS first_date, max(r.date_start) AS last_date
  FROM shown p CROSS JOIN records r ON r.partner_id = p.id
  CROSS JOIN browse_facets b ON b.id = r.id
  WHERE b.public GROUP BY r.partner_id)
SELECT p.*, c.records, c.agreements, c.events, c.types, c.first_date, c.last_date
FROM shown p JOIN counts c ON c.partner_id = p.id"""


def public_ids(conn: sqlite3.Connection) -> set[int]:
    """The ids of the public records as the rule works them out (tests, and checks of the
    stored flag; reads filter on browse_facets.public)."""
    return {row[0] for row in conn.execute(f"SELECT id FROM {PUBLIC_IDS}")}
