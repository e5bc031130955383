"""Read queries. Filtering, sorting and counting happen in SQL; rows come back as dicts.

The filters themselves (`where_clause` and the look-ups it needs) are in store/queries/filters.py
and importable from here as before.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.records import Person
from kerjasama_cli.store.queries.filters import (  # noqa: F401  (the names callers import from here)
    governor_ids,
    governor_scope,
    home_party,
    involving_clause,
    involving_params,
    load_leaders,
    load_records,
    overlap_clauses,
    where_clause,
)
from kerjasama_cli.store.queries.validity import (  # noqa: F401  (STATUS_SQL: for callers too)
    STATUS_SQL,
    SUPERSEDED_SQL,
    VALID_UNTIL_BASIS_SQL,
    row_status,
    status_days,
)

# Each sort as its ORDER BY terms (reversed: each term DESC). The date sort is exactly the
# expressions of m011's records_sort index (and the rowid), so a LIMIT reads the first entries
# of the index instead of sorting the table.
DATE_ORDER = (
    "COALESCE(r.date_start, r.date_end) IS NULL",
    "COALESCE(r.date_start, r.date_end)",
    "r.date_end",
    "r.id",
)
SORTS: dict[str, tuple[str, ...]] = {
    "date": DATE_ORDER,
    "partner": ("p.name IS NULL", "p.name COLLATE NOCASE", "r.date_start", "r.id"),
    "country": ("p.country IS NULL", "p.country", "p.name COLLATE NOCASE", "r.id"),
    "type": ("r.type", "r.date_start", "r.id"),
    "governor": ("l.term_start IS NULL", "l.term_start", "r.date_start", "r.id"),
    "id": ("r.id",),
    # What needs renewal soonest: by the last day of validity, open-ended last. The validity
    # is the one browse_facets stores (VALID_UNTIL_SQL's value, kept by its triggers), read in
    # m025's index on its first two terms: the first rows come at once, each run of equal days
    # sorted by the last two terms as it is reached (working VALID_UNTIL_SQL out for every
    # record and sorting them all took 2.4 s before the first row at 200,000 records).
    "end": (
        "facets.valid_until IS NULL",
        "facets.valid_until",
        "COALESCE(r.date_start, r.date_end)",
        "r.id",
    ),
}

ROWS_FROM = """FROM records r
LEFT JOIN partners p ON p.id = r.partner_id
LEFT JOIN leaders l ON l.id = r.governor_id
"""

# What a sort's terms read beside ROWS_FROM (written right after it): `end` reads the stored
# validity. Every record has its browse_facets row (written in the same transaction by the
# writers, tests/test_browse_facets.py), so the join keeps every record.
_SORT_JOINS = {"end": "JOIN browse_facets facets ON facets.id = r.id\n"}


def sort_join(sort: str) -> str:
    """The join a sort's ORDER BY needs after ROWS_FROM ("" for most)."""
    return _SORT_JOINS.get(sort, "")


# A record's sectors in the order given, joined by the unit separator (sectors are vocabulary
# slugs, which never hold it): split in Python, cheaper than a JSON array per row.
SECTOR_SEP = "\x1f"
_SECTORS_SQL = (
    "(SELECT group_concat(sector, char(31)) FROM "
    "(SELECT sector FROM record_sectors s WHERE s.record_id = r.id ORDER BY s.position))"
)

ROW_SQL = f"""
SELECT r.id, r.key, r.kind, r.type, p.name AS partner, p.key AS partner_key, p.kind AS partner_kind,
       p.country, p.region, r.date_start, r.date_end, r.date_precision, r.date_note,
       l.name AS governor, l.title AS governor_title, l.key AS governor_key, r.governor_basis,
       r.governor_candidates, r.status AS stated_status, {SUPERSEDED_SQL} AS status,
       {VALID_UNTIL_BASIS_SQL} AS valid_until, r.title, r.summary, r.local_party, r.local_country,
       r.place, r.leader, r.notes, r.term_years, r.end_date, r.agreement_id, r.partner_id,
       {_SECTORS_SQL} AS sectors
{ROWS_FROM}"""


# What a timeline prints (render/timeline_*.py, domain/grouping.py): ROW_SQL less the status, the
# validity and the sectors, the costliest columns of a row (a timeline of 68,000 of a million
# records: 30% of its SQL time). A renderer that needs them reads query_rows instead.
TIMELINE_SQL = f"""
SELECT r.id, r.key, r.kind, r.type, p.name AS partner, p.key AS partner_key, p.kind AS partner_kind,
       p.country, p.region, r.date_start, r.date_end, r.date_precision, r.date_note,
       l.name AS governor, l.title AS governor_title, l.key AS governor_key, r.governor_basis,
       r.governor_candidates, r.title, r.local_party, r.local_country, r.place, r.leader,
       r.agreement_id, r.partner_id
{ROWS_FROM}"""


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def row_date(row: dict[str, Any]) -> FuzzyDate:
    """The FuzzyDate stored in a row's date columns."""
    return FuzzyDate(_day(row["date_start"]), _day(row["date_end"]), row["date_precision"])


def order_by(sort: str, reverse: bool = False, indexed: bool = True) -> str:
    """The ORDER BY terms of a sort (every term descending when reversed).

    Not `indexed`: the date terms are written so that records_sort cannot serve them (`+x`
    is x). A filtered read of every match is cheaper sorted after the filter: walking the
    index in order fetches each record the filter then rejects (a timeline of 68,000 of a
    million records: 1.6 s in index order, 1.3 s filtered then sorted).
    """
    terms = SORTS[sort]
    if not indexed and sort == "date":
        terms = tuple(f"+{t}" if t != "r.id" else t for t in terms)
    return ", ".join(f"{t} DESC" for t in terms) if reverse else ", ".join(terms)


def query_rows(
    conn: sqlite3.Connection,
    f: RecordFilter,
    sort: str = "date",
    reverse: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Records matching `f`, sorted and limited in SQL (iter_query_rows, held as a list)."""
    return list(iter_query_rows(conn, f, sort, reverse, limit))


def iter_query_rows(
    conn: sqlite3.Connection,
    f: RecordFilter,
    sort: str = "date",
    reverse: bool = False,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Records matching `f`, sorted and limited in SQL, made as they are consumed.

    Without a limit, rows come straight off the cursor: a whole-registry read holds one chunk,
    never the registry, and a reader that stops early (a closed pipe) stops the query.
    With a limit, the page's ids come first (filter, sort and LIMIT over the narrow columns,
    the date sort straight from its index), then the page's rows: statuses, sectors and names
    are worked out for the rows shown, not for every record the filter matches.
    """
    where, params = where_clause(conn, f)
    join = sort_join(sort)
    if limit is None:
        order = order_by(sort, reverse, indexed=not where)
        return _iter(conn, f"{ROW_SQL}{join}{where} ORDER BY {order}", params)
    order = order_by(sort, reverse)
    ids = [
        row[0]
        for row in conn.execute(
            f"SELECT r.id {ROWS_FROM}{join}{where} ORDER BY {order} LIMIT ?", [*params, limit]
        )
    ]
    return iter(rows_by_id(conn, ids))


# What the piped `list` table prints (render/records.stream_list), as tuples: no status, validity
# or sectors (the costliest columns of ROW_SQL), the candidates by their count.
TABLE_SQL = f"""
SELECT r.id, r.date_start, r.date_end, r.date_precision, r.type, p.name, p.country, l.name,
       r.governor_basis, json_array_length(r.governor_candidates), r.title
{ROWS_FROM}"""


def iter_table_rows(
    conn: sqlite3.Connection, f: RecordFilter, sort: str = "date", reverse: bool = False
) -> Iterator[tuple[Any, ...]]:
    """The TABLE_SQL tuples of the records matching `f`, sorted in SQL, off the cursor a chunk
    at a time (a closed pipe stops the query)."""
    where, params = where_clause(conn, f)
    order = order_by(sort, reverse, indexed=not where)
    cursor = conn.execute(f"{TABLE_SQL}{sort_join(sort)}{where} ORDER BY {order}", params)
    while rows := cursor.fetchmany(_FETCH_CHUNK):
        yield from rows


def count_matching(conn: sqlite3.Connection, f: RecordFilter) -> int:
    """How many records match `f` (what a `list --limit` page is a part of)."""
    where, params = where_clause(conn, f)
    return int(conn.execute(f"SELECT count(*) {ROWS_FROM}{where}", params).fetchone()[0])


def timeline_rows(conn: sqlite3.Connection, f: RecordFilter) -> list[dict[str, Any]]:
    """Records matching `f` in date order, with the columns a timeline prints (TIMELINE_SQL)."""
    where, params = where_clause(conn, f)
    order = order_by("date", indexed=not where)
    return _fetch(conn, f"{TIMELINE_SQL}{where} ORDER BY {order}", params)


def rows_by_id(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """The rows of these record ids, in the order given."""
    if not ids:
        return []
    found = {
        row["id"]: row
        for row in _fetch(
            conn, f"{ROW_SQL} WHERE r.id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]
        )
    }
    return [found[i] for i in ids if i in found]


def _fetch(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows as dicts (_iter), held as a list."""
    return list(_iter(conn, sql, params))


# Rows fetched from the cursor at a time: fetchmany amortises the calls into SQLite without
# holding more than a chunk (a chunk of a thousand rows is ~1 MB).
_FETCH_CHUNK = 1000


def _iter(conn: sqlite3.Connection, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    """Rows as dicts, as they are consumed: sectors as a list, the status and where it comes
    from, the governor candidates by name (ROW_SQL; TIMELINE_SQL has no sectors or status)."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchmany(_FETCH_CHUNK)
    if not rows:
        return
    leader_names = dict(conn.execute("SELECT key, name FROM leaders"))
    full = "status" in names
    days = status_days(conn) if full else ("", "")
    sep, loads = SECTOR_SEP, json.loads
    while rows:
        for values in rows:
            item = dict(zip(names, values, strict=True))
            if full:
                sectors = item["sectors"]
                item["sectors"] = sectors.split(sep) if sectors else []
                # The query's `status` is whether a later document supersedes the row; the
                # status itself follows from it, the stated status and the validity
                # (store/queries/validity.py).
                # The last day of validity, and what its term was counted from when that was
                # not a day (VALID_UNTIL_BASIS_SQL): the end as people read it, `valid_end`.
                until = item["valid_until"]
                item["valid_until"], _, item["valid_basis"] = (until or "").partition(" ")
                item["valid_until"] = item["valid_until"] or None
                stated = item["stated_status"]
                status = row_status(item["kind"], stated, item["valid_until"], item["status"], days)
                item["status"] = status
                if status is None:
                    item["status_source"] = None
                else:
                    item["status_source"] = "stated" if status == stated else "derived"
            candidates = item["governor_candidates"]
            item["governor_candidates"] = (
                [leader_names.get(k, k) for k in loads(candidates)] if candidates != "[]" else []
            )
            yield item
        rows = cursor.fetchmany(_FETCH_CHUNK)


def record_row(conn: sqlite3.Connection, ref: str) -> dict[str, Any] | None:
    """One record by id or key."""
    rows = _fetch(conn, f"{ROW_SQL} WHERE r.id = ? OR r.key = ?", [ref, ref])
    return rows[0] if rows else None


def partner_rows(
    conn: sqlite3.Connection, partner_id: int, local_party: str | None = None
) -> list[dict[str, Any]]:
    """A partner's documents and events in date order: with `local_party`, the partnership's
    whole history (one government's records with the partner, as its stages count them)."""
    order = order_by("date", indexed=False)  # by records_partner, then sorted
    if local_party is None:
        return _fetch(conn, f"{ROW_SQL} WHERE r.partner_id = ? ORDER BY {order}", [partner_id])
    # `+local_party`: the partner's index, as `stages.partnership_records` reads it.
    return _fetch(
        conn,
        f"{ROW_SQL} WHERE r.partner_id = ? AND +r.local_party = ? ORDER BY {order}",
        [partner_id, local_party],
    )


def record_people(conn: sqlite3.Connection, record_id: int) -> list[Person]:
    """Signatories or participants, in the order given."""
    return [
        Person(side, name, title)
        for side, name, title in conn.execute(
            "SELECT side, name, title FROM record_people WHERE record_id = ? ORDER BY position",
            (record_id,),
        )
    ]


def citations(conn: sqlite3.Connection, entity: str, entity_id: int) -> list[dict[str, Any]]:
    """Sources cited by one partner, record or figure."""
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "SELECT s.key, s.publication, s.title, s.author, s.url, s.published, s.file "
            "FROM citations c JOIN sources s ON s.id = c.source_id "
            "WHERE c.entity = ? AND c.entity_id = ? ORDER BY s.published, s.key",
            (entity, entity_id),
        ).fetchall()
    finally:
        conn.row_factory = None
    return [dict(r) for r in rows]


def find_partners(conn: sqlite3.Connection, text: str) -> list[dict[str, Any]]:
    """Partners whose key, name or alias equals `text` (case-insensitive), else whose name or
    alias does with accents folded too (`Malmo` for Malmö, as `list -p` finds it)."""
    from kerjasama_cli.store.queries.name_match import folded_partner_ids

    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "SELECT * FROM partners WHERE id IN (SELECT id FROM partners WHERE key = ? "
            "OR name = ? COLLATE NOCASE UNION SELECT partner_id FROM partner_aliases "
            "WHERE alias = ? COLLATE NOCASE)",
            (text, text, text),
        ).fetchall()
        if not rows and (ids := folded_partner_ids(conn, text)):
            rows = conn.execute(
                f"SELECT * FROM partners WHERE id IN ({', '.join('?' * len(ids))})", ids
            ).fetchall()
    finally:
        conn.row_factory = None
    return [dict(r) for r in rows]


def validity(conn: sqlite3.Connection, record_id: int) -> dict[str, Any]:
    """An agreement's `valid_until`, `superseded_by` and `renewed_by` (ids), or {} for events."""
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute(
            "SELECT valid_until, superseded_by, renewed_by FROM record_validity "
            "WHERE record_id = ?",
            (record_id,),
        ).fetchone()
    finally:
        conn.row_factory = None
    return dict(row) if row else {}
