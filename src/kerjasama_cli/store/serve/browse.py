"""SQL for browsing the registry in Datasette (`kerjasama serve`): the canned queries and the
partner map's query, over the views the migrations made.

`browse_records` is one row per record with everything a reader wants side by side: partner,
country, type, the date at its precision, the governor, sectors, title, signatories and the
sources cited. It is an ordinary SQLite view, so any SQLite tool can read it; Datasette adds
facets and full-text search (the FTS5 table `search_index`, whose rowid is the record id) on top.
m006_browse_records made it, m010 re-made it (sectors in their `position` order) and
m015_browse_facets made it read the stored values of `browse_facets` (store/serve/browse_table.py);
`partner_map` is m009's. Their SQL is frozen as each migration executed it, in
store/database/frozen/ (m006.py, m009.py, m010.py, m015.py): a change needs a new migration.
Status is derived as store/queries/validity.py derives it, against `date('now')` rather than the
CLI's `kerjasama_today()`, which plain SQLite clients do not have.
"""

from __future__ import annotations

from kerjasama_cli.domain.figures import RULES
from kerjasama_cli.store.briefing.reported import in_force_clause
from kerjasama_cli.store.queries.reader import DATE_ORDER

VIEW = "browse_records"

# A source as a citation line: publication, “title”, date, address.
_SOURCE_SQL = (
    "trim(COALESCE(s.publication, '') || COALESCE(', \u201c' || s.title || '\u201d', '') "
    "|| COALESCE(', ' || s.published, '') || COALESCE(', ' || COALESCE(s.url, s.file), ''), ', ')"
)


def _recorded_sql() -> str:
    """The registry's count for each comparable reported figure (store/briefing/reported.py's
    rules), as one CASE over the subject of the `reported_figures f` row."""
    whens = []
    for subject, rule in RULES.items():
        where = in_force_clause(
            rule, "f.local_party", "f.period_start", "f.period_end", country="f.local_country"
        )
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
WHERE trim(COALESCE(:partner, '')) <> ''  -- an empty form names no partner (not every one)
  AND r.partner_id IN (
  SELECT p.id FROM partners p
   WHERE p.key = :partner OR kerjasama_contains(p.name, kerjasama_fold(:partner))
  UNION SELECT a.partner_id FROM partner_aliases a
   WHERE kerjasama_contains(a.alias, kerjasama_fold(:partner)))
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


MAP_VIEW = "partner_map"  # m009's view: one row per partner, its coordinates and counts

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
