"""Read queries. Filtering, sorting and counting happen in SQL; rows come back as dicts."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from kerjasama_cli.domain.dates import FuzzyDate
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.governors import BASIS_LABELS, leaders_named
from kerjasama_cli.domain.records import Leader, Person, Record
from kerjasama_cli.store.governments import government_name
from kerjasama_cli.store.validity import STATUS_SQL, VALID_UNTIL_SQL

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
    # What needs renewal soonest: by the last day of validity, open-ended last.
    "end": (
        f"{VALID_UNTIL_SQL} IS NULL",
        VALID_UNTIL_SQL,
        "COALESCE(r.date_start, r.date_end)",
        "r.id",
    ),
}

_FROM = """FROM records r
LEFT JOIN partners p ON p.id = r.partner_id
LEFT JOIN leaders l ON l.id = r.governor_id
"""

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
       r.governor_candidates, r.status AS stated_status, {STATUS_SQL} AS status,
       {VALID_UNTIL_SQL} AS valid_until, r.title, r.summary, r.local_party, r.local_country,
       r.place, r.leader, r.notes, r.term_years, r.end_date, r.agreement_id, r.partner_id,
       {_SECTORS_SQL} AS sectors
{_FROM}"""


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def row_date(row: dict[str, Any]) -> FuzzyDate:
    """The FuzzyDate stored in a row's date columns."""
    return FuzzyDate(_day(row["date_start"]), _day(row["date_end"]), row["date_precision"])


def load_leaders(conn: sqlite3.Connection, local_party: str | None = None) -> list[Leader]:
    """Leader terms in term order (optionally of one local party)."""
    sql = "SELECT key, name, title, term_start, term_end, local_party, note, aliases FROM leaders"
    params: tuple[str, ...] = ()
    if local_party:
        sql += " WHERE local_party = ? COLLATE NOCASE"
        params = (local_party,)
    return [
        Leader(
            key=r[0],
            name=r[1],
            title=r[2],
            start=dt.date.fromisoformat(r[3]),
            end=_day(r[4]),
            local_party=r[5],
            note=r[6],
            aliases=tuple(json.loads(r[7])),
        )
        for r in conn.execute(sql + " ORDER BY term_start, id", params)
    ]


def load_records(conn: sqlite3.Connection) -> Iterator[tuple[int, Record]]:
    """Just enough of each record to attribute its governor."""
    people: dict[int, list[Person]] = {}
    for record_id, side, name, title in conn.execute(
        "SELECT record_id, side, name, title FROM record_people ORDER BY record_id, position"
    ):
        people.setdefault(record_id, []).append(Person(side, name, title))
    rows = conn.execute(
        "SELECT id, key, kind, type, date_start, date_end, date_precision, local_party, leader "
        "FROM records"
    ).fetchall()
    for r in rows:
        date = FuzzyDate(_day(r[4]), _day(r[5]), r[6])
        yield (
            r[0],
            Record(
                key=r[1],
                kind=r[2],
                type=r[3],
                partner=None,
                date=date,
                local_party=r[7],
                leader=r[8],
                people=tuple(people.get(r[0], ())),
            ),
        )


def governor_ids(conn: sqlite3.Connection, name: str) -> tuple[list[int], list[str]]:
    """Leader ids for a name or alias, or the attribution bases a keyword stands for."""
    keyword = name.strip().lower().replace(" ", "_")
    if keyword in BASIS_LABELS and keyword not in ("signatory", "credited", "date"):
        return [], [keyword]
    matches = leaders_named(name, load_leaders(conn))
    if not matches:
        leaders = load_leaders(conn)
        partial = [t for t in leaders if name.lower() in " ".join(t.names()).lower()]
        if not partial:
            names = list(dict.fromkeys(t.name for t in leaders))
            raise ValidationError("governor", name, "no such leader", _close(name, names))
        matches = partial
    ids = dict(conn.execute("SELECT key, id FROM leaders"))
    return [ids[t.key] for t in matches], []


def _close(word: str, options: list[str]) -> list[str]:
    import difflib

    return difflib.get_close_matches(word, options, n=3, cutoff=0.5)


def where_clause(conn: sqlite3.Connection, f: RecordFilter) -> tuple[str, list[Any]]:
    """SQL conditions (over `records r`, `partners p`) and parameters for a filter."""
    clauses: list[str] = []
    params: list[Any] = []

    def any_of(column: str, values: tuple[str, ...]) -> None:
        clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)

    if f.kinds:
        any_of("r.kind", f.kinds)
    if f.types:
        any_of("r.type", f.types)
    if f.countries:
        any_of("p.country", f.countries)
    if f.status:
        any_of(STATUS_SQL, f.status)
    if f.expiring_by:
        # In force today (not superseded, ended...) and valid until no later than the window.
        clauses.append(
            f"{STATUS_SQL} IN ('active', 'expiring', 'renewed') "
            f"AND {VALID_UNTIL_SQL} BETWEEN kerjasama_today() AND ?"
        )
        params.append(f.expiring_by.isoformat())
    if f.query:
        from kerjasama_cli.domain.search import to_fts
        from kerjasama_cli.store.search_index import expander

        clauses.append("r.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)")
        params.append(to_fts(f.query, "--query", expander(conn)))
    if f.sectors:
        clauses.append(
            "EXISTS (SELECT 1 FROM record_sectors s WHERE s.record_id = r.id AND s.sector IN "
            f"({', '.join('?' * len(f.sectors))}))"
        )
        params.extend(f.sectors)
    if f.partner:
        clauses.append(
            "r.partner_id IN (SELECT id FROM partners WHERE key = ? OR name LIKE ? "
            "UNION SELECT partner_id FROM partner_aliases WHERE alias LIKE ?)"
        )
        like = f"%{f.partner}%"
        params.extend([f.partner, like, like])
    if f.governor:
        ids, bases = governor_ids(conn, f.governor)
        if bases:
            any_of("r.governor_basis", tuple(bases))
        else:
            clauses.append(f"r.governor_id IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
    if f.local_party:
        clauses.append("r.local_party = ?")
        params.append(government_name(conn, f.local_party))
    elif f.governor:
        # Per-governor answers count only the records of the government whose leaders they are.
        clauses.append("r.local_party = ?")
        params.append(home_party(conn))
    if f.involving:
        clauses.append(involving_clause())
        params.extend(involving_params(conn, f.involving))
    overlap, days = overlap_clauses("r.date_start", "r.date_end", f.date_from, f.date_to)
    clauses.extend(overlap)
    params.extend(days)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def home_party(conn: sqlite3.Connection) -> str:
    """The registry's home government (its name)."""
    row = conn.execute("SELECT value FROM kerjasama_meta WHERE key = 'home_party'").fetchone()
    return str(row[0]) if row else "DKI Jakarta"


def governor_scope(conn: sqlite3.Connection, f: RecordFilter) -> RecordFilter:
    """The filter of a per-governor answer: a governor belongs to one local government, so
    without --local-party it is the home government's records that are grouped by governor."""
    from dataclasses import replace

    if f.local_party:
        return replace(f, local_party=government_name(conn, f.local_party))
    return replace(f, local_party=home_party(conn))


def involving_clause() -> str:
    """`--involving NAME`: the place is the record's local party or its partner."""
    return (
        "(r.local_party IN (SELECT value FROM json_each(?)) OR r.partner_id IN ("
        "SELECT p.id FROM partners p, json_each(?) j WHERE p.name = j.value COLLATE NOCASE "
        "UNION SELECT a.partner_id FROM partner_aliases a, json_each(?) j "
        "WHERE a.alias = j.value COLLATE NOCASE))"
    )


def involving_params(conn: sqlite3.Connection, name: str) -> list[Any]:
    """Parameters of `involving_clause`: the government `name` denotes, and the partner names
    to match (`name`, plus every name of that government: the twin-town file's partner
    "Jakarta", on Beijing's side of a pair, is DKI Jakarta)."""
    from kerjasama_cli.store.governments import GovernmentBook, find_government, load_government

    text = " ".join(name.split())
    book = GovernmentBook(conn)
    found = book.find(text)
    partner_names = [text]
    if found is not None:
        government = load_government(conn, find_government(conn, found))
        partner_names.extend(government.names())
    elif not conn.execute(
        "SELECT 1 FROM partners WHERE name = ? COLLATE NOCASE UNION ALL "
        "SELECT 1 FROM partner_aliases WHERE alias = ? COLLATE NOCASE LIMIT 1",
        (text, text),
    ).fetchone():
        raise ValidationError(
            "--involving",
            name,
            "no local government or partner by that name or alias",
            book.close_names(text),
        )
    names = json.dumps(list(dict.fromkeys(partner_names)), ensure_ascii=False)
    return [json.dumps([found] if found else [], ensure_ascii=False), names, names]


def overlap_clauses(
    start: str, end: str, date_from: dt.date | None, date_to: dt.date | None
) -> tuple[list[str], list[str]]:
    """Conditions for the interval in columns `start`..`end` to overlap `date_from`..`date_to`.

    Dates are intervals, so anything the interval could cover counts; an open start ("in force
    by ...") could lie before any `--to`, and an unknown end matches no date range.
    """
    clauses, params = [], []
    if date_from:
        clauses.append(f"{end} >= ?")
        params.append(date_from.isoformat())
    if date_to:
        clauses.append(f"{end} IS NOT NULL AND ({start} IS NULL OR {start} <= ?)")
        params.append(date_to.isoformat())
    return clauses, params


def order_by(sort: str, reverse: bool = False) -> str:
    """The ORDER BY terms of a sort (every term descending when reversed)."""
    terms = SORTS[sort]
    return ", ".join(f"{t} DESC" for t in terms) if reverse else ", ".join(terms)


def query_rows(
    conn: sqlite3.Connection,
    f: RecordFilter,
    sort: str = "date",
    reverse: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Records matching `f`, sorted and limited in SQL.

    With a limit, the page's ids come first (filter, sort and LIMIT over the narrow columns,
    the date sort straight from its index), then the page's rows: statuses, sectors and names
    are worked out for the rows shown, not for every record the filter matches.
    """
    where, params = where_clause(conn, f)
    order = order_by(sort, reverse)
    if limit is None:
        return _fetch(conn, f"{ROW_SQL}{where} ORDER BY {order}", params)
    ids = [
        row[0]
        for row in conn.execute(
            f"SELECT r.id {_FROM}{where} ORDER BY {order} LIMIT ?", [*params, limit]
        )
    ]
    return rows_by_id(conn, ids)


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
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    if not rows:
        return []
    leader_names = dict(conn.execute("SELECT key, name FROM leaders"))
    sep, loads = SECTOR_SEP, json.loads
    items = []
    for values in rows:
        item = dict(zip(names, values, strict=True))
        sectors = item["sectors"]
        item["sectors"] = sectors.split(sep) if sectors else []
        status = item["status"]
        if status is None:
            item["status_source"] = None
        else:
            item["status_source"] = "stated" if status == item["stated_status"] else "derived"
        candidates = item["governor_candidates"]
        item["governor_candidates"] = (
            [leader_names.get(k, k) for k in loads(candidates)] if candidates != "[]" else []
        )
        items.append(item)
    return items


def record_row(conn: sqlite3.Connection, ref: str) -> dict[str, Any] | None:
    """One record by id or key."""
    rows = _fetch(conn, f"{ROW_SQL} WHERE r.id = ? OR r.key = ?", [ref, ref])
    return rows[0] if rows else None


def partner_rows(conn: sqlite3.Connection, partner_id: int) -> list[dict[str, Any]]:
    """A partnership's whole history: documents and events in date order."""
    return _fetch(
        conn, f"{ROW_SQL} WHERE r.partner_id = ? ORDER BY {order_by('date')}", [partner_id]
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
    """Partners whose key, name or alias equals `text` (case-insensitive)."""
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "SELECT * FROM partners WHERE id IN (SELECT id FROM partners WHERE key = ? "
            "OR name = ? COLLATE NOCASE UNION SELECT partner_id FROM partner_aliases "
            "WHERE alias = ? COLLATE NOCASE)",
            (text, text, text),
        ).fetchall()
    finally:
        conn.row_factory = None
    return [dict(r) for r in rows]


def partner_aliases(conn: sqlite3.Connection, partner_id: int) -> list[str]:
    """A partner's aliases, alphabetically."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (partner_id,)
        )
    ]


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
