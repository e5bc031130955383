"""SQL for browsing the registry in Datasette (`kerjasama serve`): a flat view and canned queries.

`browse_records` (migration m006_browse_records) is one row per record with everything a reader
wants side by side: partner, country, type, the date at its precision, the governor, sectors,
title, signatories and the sources cited. It is an ordinary SQLite view, so any SQLite tool can
read it; Datasette adds facets and full-text search (the FTS5 table `search_index`, whose rowid is
the record id) on top. Status is derived as store/queries/validity.py derives it, against
`date('now')` rather than the CLI's `kerjasama_today()`, which plain SQLite clients do not have.

Frozen: m006 creates exactly BROWSE_VIEW_SQL; a change needs a new migration. m010 re-creates
it as BROWSE_VIEW_M010_SQL (sectors in their `position` order: record_sectors has no rowid).
"""

from __future__ import annotations

from kerjasama_cli.domain.figures import RULES
from kerjasama_cli.store.briefing.reported import in_force_clause
from kerjasama_cli.store.queries.reader import DATE_ORDER
from kerjasama_cli.store.queries.validity import VIEW_STATUS_SQL, VIEW_VALID_UNTIL_SQL
from kerjasama_cli.store.serve.browse_table import STATUS_SQL as FACETS_STATUS_SQL
from kerjasama_cli.store.serve.browse_table import TABLE as FACETS

VIEW = "browse_records"

# The year a record belongs to, as domain.grouping.year_group says (also `stats --by year`).
_YEAR_SQL = (
    "CASE WHEN r.date_start IS NULL OR r.date_end IS NULL "
    "OR r.date_precision IN ('by', 'unknown') THEN NULL "
    "WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4) "
    "ELSE substr(r.date_start, 1, 4) || '-' || substr(r.date_end, 1, 4) END"
)

# The date at its precision, as FuzzyDate.iso() writes it; "by 2015-05-12" for a deadline.
_DATE_SQL = """CASE
  WHEN r.date_end IS NULL THEN NULL
  WHEN r.date_precision = 'by' THEN 'by ' || r.date_end
  WHEN r.date_start IS NULL THEN NULL
  WHEN r.date_precision = 'day' THEN r.date_start
  WHEN r.date_precision = 'month' THEN substr(r.date_start, 1, 7)
  WHEN r.date_precision = 'year' THEN substr(r.date_start, 1, 4)
  WHEN r.date_start = r.date_end THEN r.date_start
  WHEN substr(r.date_start, 1, 7) = substr(r.date_end, 1, 7) THEN substr(r.date_start, 1, 7)
  WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4)
  ELSE r.date_start || '/' || r.date_end END"""

_SOURCE_SQL = (
    "trim(COALESCE(s.publication, '') || COALESCE(', \u201c' || s.title || '\u201d', '') "
    "|| COALESCE(', ' || s.published, '') || COALESCE(', ' || COALESCE(s.url, s.file), ''), ', ')"
)

BROWSE_VIEW_SQL = f"""
CREATE VIEW {VIEW} AS
SELECT r.id, r.key, r.kind, r.type,
  p.name AS partner, p.kind AS partner_kind, p.country, p.region,
  {_DATE_SQL} AS date,
  r.date_precision, {_YEAR_SQL} AS year, r.date_start, r.date_end,
  COALESCE(l.name, replace(r.governor_basis, '_', ' ')) AS governor,
  (SELECT group_concat(sector, ', ') FROM
     (SELECT sector FROM record_sectors s WHERE s.record_id = r.id ORDER BY s.rowid)) AS sectors,
  {VIEW_STATUS_SQL.replace("kerjasama_today()", "date('now')")} AS status,
  {VIEW_VALID_UNTIL_SQL} AS valid_until,
  r.title,
  (SELECT group_concat(x, '; ') FROM
     (SELECT rp.name || COALESCE(' (' || rp.title || ')', '') AS x FROM record_people rp
       WHERE rp.record_id = r.id ORDER BY rp.position)) AS signatories,
  (SELECT group_concat(x, '; ') FROM
     (SELECT {_SOURCE_SQL} AS x FROM citations c JOIN sources s ON s.id = c.source_id
       WHERE c.entity = 'record' AND c.entity_id = r.id ORDER BY s.published, s.key)) AS sources,
  r.summary, r.place, r.local_party
FROM records r
LEFT JOIN partners p ON p.id = r.partner_id
LEFT JOIN leaders l ON l.id = r.governor_id
ORDER BY COALESCE(r.date_start, r.date_end) IS NULL, COALESCE(r.date_start, r.date_end), r.id
"""


# m010: the same view, a record's sectors in their `position` order.
BROWSE_VIEW_M010_SQL = BROWSE_VIEW_SQL.replace("ORDER BY s.rowid", "ORDER BY s.position")


# The records page (m015 re-creates `browse_records` as this): the same columns as m006/m010's
# view, the faceted ones read from `browse_facets`, every other one a subquery by the record's
# id. No ORDER BY and no join: SQLite flattens the view into a count or a facet and drops every
# column the query does not use, so a facet reads one index (an ordered view is computed whole
# first: 34 s for its count at a million; a LEFT JOIN is not dropped from an aggregate, 1 to 7
# s a facet). Datasette sorts the page itself (metadata: the newest record first, by id).
def _record(expression: str, partner: bool = False) -> str:
    """`expression` (over `records r`, and `partners p` when `partner`) of the row's record."""
    join = " JOIN partners p ON p.id = r.partner_id" if partner else ""
    return f"(SELECT {expression} FROM records r{join} WHERE r.id = b.id)"


_SECTORS = (
    "(SELECT group_concat(sector, ', ') FROM (SELECT sector FROM record_sectors s "
    "WHERE s.record_id = b.id ORDER BY s.position))"
)
_SIGNATORIES = (
    "(SELECT group_concat(x, '; ') FROM (SELECT rp.name || COALESCE(' (' || rp.title || ')', '') "
    "AS x FROM record_people rp WHERE rp.record_id = b.id ORDER BY rp.position))"
)
_SOURCES = (
    f"(SELECT group_concat(x, '; ') FROM (SELECT {_SOURCE_SQL} AS x FROM citations c "
    "JOIN sources s ON s.id = c.source_id WHERE c.entity = 'record' AND c.entity_id = b.id "
    "ORDER BY s.published, s.key))"
)
_VIEW_COLUMNS = {
    "id": "b.id",
    "key": _record("r.key"),
    "kind": _record("r.kind"),
    "type": "b.type",
    "partner": _record("p.name", partner=True),
    "partner_kind": _record("p.kind", partner=True),
    "country": "b.country",
    "region": _record("p.region", partner=True),
    "date": _record(_DATE_SQL),
    "date_precision": _record("r.date_precision"),
    "year": "b.year",
    "date_start": _record("r.date_start"),
    "date_end": _record("r.date_end"),
    "governor": "b.governor",
    "sectors": _SECTORS,
    "status": _record(FACETS_STATUS_SQL),  # b.valid_until: the outer row's
    "valid_until": "b.valid_until",
    "title": _record("r.title"),
    "signatories": _SIGNATORIES,
    "sources": _SOURCES,
    "summary": _record("r.summary"),
    "place": _record("r.place"),
    "local_party": _record("r.local_party"),
}
BROWSE_VIEW_M015_SQL = (
    "CREATE VIEW browse_records AS SELECT\n  "
    + ",\n  ".join(f"{sql} AS {name}" for name, sql in _VIEW_COLUMNS.items())
    + f"\nFROM {FACETS} b"
)


def _recorded_sql() -> str:
    """The registry's count for each comparable reported figure (store/briefing/reported.py's
    rules), as one CASE over the subject of the `reported_figures f` row."""
    whens = []
    for subject, rule in RULES.items():
        where = in_force_clause(rule, "f.local_party", "f.period_start", "f.period_end")
        if rule.unit == "partners":
            # Each partner once, from the partners' side: one index seek per partner for a
            # record that counts (a count(DISTINCT) over every agreement took 0.7 s a figure
            # at a million records).
            found = (
                f"(SELECT count(*) FROM partners p WHERE EXISTS (SELECT 1 FROM records r "
                f"WHERE r.partner_id = p.id AND {where}))"
            )
        else:
            found = (
                "(SELECT count(r.id) FROM records r JOIN partners p ON p.id = r.partner_id "
                f"WHERE {where})"
            )
        whens.append(f"WHEN '{subject}' THEN {found}")
    return f"CASE WHEN f.period_end IS NULL THEN NULL ELSE CASE f.subject {' '.join(whens)} END END"


SEARCH_PAGE = 100  # records a page of the canned `search` shows

# Canned queries: name -> (title, SQL). Named parameters (:partner, :days) become form fields.
# Each answers from indexes at a million records (bench/serve.py): counts per partner come from
# records_partner, per governor from records_governor, expiring agreements from the stored
# validity's index (browse_facets_valid_until), a search from search_index.
CANNED: dict[str, tuple[str, str]] = {
    "agreements_per_governor": (
        "Agreements per governor / Perjanjian per gubernur",
        # Per leader, two ranges of records_governor (governor, kind, partner): the partners
        # come in order there, so DISTINCT needs no sort (a count(DISTINCT) over a join built
        # a temporary B-tree of every agreement: 0.7 s at a million, now ~0.4 s).
        """SELECT l.name AS governor, l.title, l.local_party, l.term_start, l.term_end,
  (SELECT count(*) FROM records r
    WHERE r.governor_id = l.id AND r.kind = 'agreement') AS agreements,
  (SELECT count(*) FROM (SELECT DISTINCT r.partner_id FROM records r
    WHERE r.governor_id = l.id AND r.kind = 'agreement' AND r.partner_id IS NOT NULL))
    AS partners
FROM leaders l
ORDER BY l.term_start, l.id""",
    ),
    "partners_per_country": (
        "Partners per country / Mitra per negara",
        # Each partner's counts from partner_counts (m024, kept by the writer): one row per
        # partner, where counting them from records_partner read a million index entries.
        """SELECT p.country, count(*) AS partners,
  COALESCE(sum(n.agreements), 0) AS agreements, COALESCE(sum(n.events), 0) AS events,
  group_concat(DISTINCT p.name) AS names
FROM partners p
LEFT JOIN partner_counts n ON n.partner_id = p.id
GROUP BY p.country
ORDER BY partners DESC, p.country""",
    ),
    "expiring_soon": (
        "Agreements expiring soon / Perjanjian yang segera berakhir (days, default 180)",
        f"""SELECT b.id, b.partner, b.country, b.type, b.date, b.title, b.valid_until,
  CAST(julianday(b.valid_until) - julianday('now') AS INTEGER) AS days_left
FROM {VIEW} b
WHERE b.valid_until >= date('now')
  AND b.valid_until <= date('now',
    '+' || CAST(COALESCE(NULLIF(:days, ''), '180') AS INTEGER) || ' days')
  AND b.status IN ('active', 'expiring', 'renewed')
ORDER BY b.valid_until, b.id""",
    ),
    "partner_history": (
        "One partner's whole history / Riwayat lengkap satu mitra (name, key or alias)",
        f"""SELECT b.id, b.date, b.kind, b.type, b.partner, b.country, b.title, b.governor,
  b.signatories, b.status, b.sources
FROM records r
JOIN {VIEW} b ON b.id = r.id
WHERE r.partner_id IN (
  SELECT p.id FROM partners p
   WHERE p.key = :partner OR p.name LIKE '%' || :partner || '%'
  UNION SELECT a.partner_id FROM partner_aliases a WHERE a.alias LIKE '%' || :partner || '%')
ORDER BY {", ".join(DATE_ORDER)}""",
    ),
    "search": (
        "Search, Indonesian terms too / Cari, termasuk istilah bahasa Indonesia (q: a word or "
        "phrase, e.g. banjir, Korsel, kota kembar; page: 100 records a page, newest first)",
        # kerjasama_fts: `kerjasama search`'s reading of the words (web/plugin.py), the same
        # the records page's search box uses.
        # A page of SEARCH_PAGE records, the newest first (`page`: 1, 2, ...): each row's
        # signatories and sources are read per row and Datasette draws each in full, so the
        # 1,000 rows it would return of a common word took ~1 s of templating at a million.
        f"""SELECT b.* FROM {VIEW} b
WHERE b.id IN (SELECT rowid FROM search_index WHERE search_index MATCH kerjasama_fts(:q))
ORDER BY b.id DESC
LIMIT {SEARCH_PAGE} OFFSET {SEARCH_PAGE} * (max(CAST(COALESCE(NULLIF(:page, ''), '1') AS INTEGER),
  1) - 1)""",
    ),
    "reported_vs_recorded": (
        "Reported vs recorded figures / Angka dilaporkan vs tercatat",
        f"""SELECT f.key, f.subject, f.local_party, f.period_start, f.period_end,
  f.count AS reported, f.qualifier, {_recorded_sql()} AS recorded, f.statement,
  (SELECT group_concat({_SOURCE_SQL}, '; ') FROM citations c JOIN sources s ON s.id = c.source_id
    WHERE c.entity = 'figure' AND c.entity_id = f.id) AS sources
FROM reported_figures f
ORDER BY f.period_end IS NULL, f.period_end, f.period_start, f.key""",
    ),
}


MAP_VIEW = "partner_map"

# One row per partner with its coordinates (partners.latitude/longitude, m005) and what the
# registry holds with it; Datasette's cluster-map plugin draws the rows that have coordinates.
# Frozen: m009_partner_map creates exactly this.
PARTNER_MAP_SQL = f"""
CREATE VIEW {MAP_VIEW} AS
SELECT p.id, p.name AS partner, p.kind, p.country, p.region, p.latitude, p.longitude,
  count(r.id) AS records,
  count(CASE WHEN r.kind = 'agreement' THEN 1 END) AS agreements,
  count(CASE WHEN r.kind = 'event' THEN 1 END) AS events,
  (SELECT group_concat(DISTINCT x.type) FROM records x WHERE x.partner_id = p.id) AS types,
  min(COALESCE(r.date_start, r.date_end)) AS first_date,
  max(r.date_end) AS last_date
FROM partners p
LEFT JOIN records r ON r.partner_id = p.id
GROUP BY p.id
ORDER BY p.country IS NULL, p.country, p.name
"""


# The partner map (`serve`'s canned query of the view's name, which Datasette shows instead of
# the view): the view's columns, with the places serve found in the gazetteer for partners that
# have none stored (kerjasama_latitude/longitude, web/plugin.py: in serve's memory, never
# written). Placed partners first, and only as many as Datasette returns (max_returned_rows,
# 1,000): their counts are index range reads in records_partner (first and last dates are of
# the records' starts), 50 ms at a million records where counting every partner's took 0.7 s.
MAP_ROWS = 1000
_PARTNER_RECORDS = "FROM records r WHERE r.partner_id = p.id"
MAP_SQL = f"""WITH shown AS MATERIALIZED (
  SELECT p.id, p.name AS partner, p.kind, p.country, p.region,
    kerjasama_latitude(p.id, p.latitude, p.kind, p.name, p.country, p.region) AS latitude,
    kerjasama_longitude(p.id, p.longitude, p.kind, p.name, p.country, p.region) AS longitude
  FROM partners p
  ORDER BY latitude IS NULL, p.country IS NULL, p.country, p.name LIMIT {MAP_ROWS})
SELECT p.*,
  (SELECT count(*) {_PARTNER_RECORDS}) AS records,
  (SELECT count(*) {_PARTNER_RECORDS} AND r.kind = 'agreement') AS agreements,
  (SELECT count(*) {_PARTNER_RECORDS} AND r.kind = 'event') AS events,
  (SELECT group_concat(DISTINCT r.type) {_PARTNER_RECORDS}) AS types,
  (SELECT min(r.date_start) {_PARTNER_RECORDS}) AS first_date,
  (SELECT max(r.date_start) {_PARTNER_RECORDS}) AS last_date
FROM shown p"""
