"""Counting for `stats` and the extra reads `timeline` needs. GROUP BY happens in SQL.

Every count runs over the same `records r LEFT JOIN partners p` and the same `where_clause` as
`list`, so a group's count is exactly the number of rows `list` prints with the same filters plus
that group's own filter. Counts are of distinct records (a record with three sectors counts once
per sector row, once in the total).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.grouping import (
    SPECIAL_GOVERNOR_GROUPS,
    Term,
    split_basis,
    year_label,
    year_order,
)
from kerjasama_cli.domain.records import Person
from kerjasama_cli.domain.stats import Key, StatsTable
from kerjasama_cli.store.briefing.counted import government_of, governor_key
from kerjasama_cli.store.briefing.government_groups import (
    government,
    leader_terms,
    pair,
    shared_for,
    with_government,
)
from kerjasama_cli.store.briefing.government_groups import governments as government_labels
from kerjasama_cli.store.briefing.government_groups import label as government_label
from kerjasama_cli.store.dossier.cooperation import FAMILY_SQL, OBJECT_JOIN
from kerjasama_cli.store.dossier.stages import STAGE_JOIN, STAGE_SQL
from kerjasama_cli.store.queries.reader import where_clause
from kerjasama_cli.store.queries.validity import STATUS_SQL

# Each dimension's group key as SQL; NULL is the dimension's "none" group. The year rule mirrors
# domain.grouping.year_group: the year both ends of the date share, "YYYY-YYYY" for a span, NULL
# when the start is unknown ("in force by ..." items have no year).
_KEY_SQL = {
    "country": "p.country",
    "type": "r.type",
    "status": STATUS_SQL,  # stated or derived (store/queries/validity.py)
    "sector": "rs.sector",
    "year": "CASE WHEN r.date_start IS NULL OR r.date_end IS NULL THEN NULL "
    "WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4) "
    "ELSE substr(r.date_start, 1, 4) || '-' || substr(r.date_end, 1, 4) END",
    # A leader term's key, or why there is none (undetermined, not_recorded, date_unknown) with
    # the government it is of (counted.governor_key: the same key from the counts table).
    "governor": governor_key("r"),
    # The government: its name and country (London, GB and London, CA are two: m028).
    "local_party": "r.local_party || char(31) || COALESCE(r.local_country, '')",
    # Issue 22: derived or set by hand (store/dossier/cooperation.py, store/dossier/stages.py).
    "family": FAMILY_SQL,
    "object": "ro.object",
    "stage": STAGE_SQL,
}

# Keys grouped by the columns they are made of (each group one key, the same groups).
_GROUP_SQL = {"local_party": "r.local_party, r.local_country"}

_PARTNER_JOIN = "LEFT JOIN partners p ON p.id = r.partner_id\n"
_LEADER_JOIN = "LEFT JOIN leaders l ON l.id = r.governor_id\n"
_SECTOR_JOIN = "LEFT JOIN record_sectors rs ON rs.record_id = r.id\n"
# Dimensions with several rows per record (joined, counted distinct), and their joins.
_MULTI = {"sector": _SECTOR_JOIN, "object": OBJECT_JOIN}

# With the sector join a record has one row per sector, so records are counted distinct.
_COUNTS = """COUNT(DISTINCT r.id) AS count,
       COUNT(DISTINCT CASE WHEN r.kind = 'agreement' THEN r.id END) AS agreements,
       COUNT(DISTINCT CASE WHEN r.kind = 'event' THEN r.id END) AS events,
       COUNT(DISTINCT r.partner_id) AS partners"""
# Without it each record is one row: plain counts, no sort per group (at 1,000,000 records the
# DISTINCTs took most of a `stats`).
_ROW_COUNTS = """count(*) AS count,
       COALESCE(sum(r.kind = 'agreement'), 0) AS agreements,
       COALESCE(sum(r.kind = 'event'), 0) AS events,
       COUNT(DISTINCT r.partner_id) AS partners"""
_USES = {alias: re.compile(rf"\b{alias}\.") for alias in ("p", "l")}

_NONE_LABELS = {
    "country": "no country",
    "type": "no type",
    "status": "no status",
    "sector": "no sector",
    "year": "date unknown",
    "local_party": "no local party",
    "family": "no family",
    "object": "no object",
    "stage": "no stage",
}
_ZERO = {"count": 0, "agreements": 0, "events": 0, "partners": 0}


def _query(
    conn: sqlite3.Connection, f: RecordFilter, dims: Sequence[str], partners: bool = True
) -> list[tuple]:
    from kerjasama_cli.store.briefing.counted import counted

    # Unfiltered (or by kind): from the counts the writer keeps, not from every record.
    found = counted(conn, f, dims, partners)
    return found if found is not None else from_records(conn, f, dims)


def from_records(conn: sqlite3.Connection, f: RecordFilter, dims: Sequence[str]) -> list[tuple]:
    """`_query`'s rows counted from the records themselves (any filter)."""
    where, params = where_clause(conn, f)
    if tuple(dims) == ("country",):
        return _by_partner(where, params, conn)
    keys = [f"{_KEY_SQL[d]} AS k{i}" for i, d in enumerate(dims)]
    # Only the joins the keys and the filter use: each costs a lookup per record.
    join = _joins(" ".join([*keys, where]))
    join += "".join(_MULTI[d] for d in dims if d in _MULTI)
    join += STAGE_JOIN if "stage" in dims else ""
    counts = _COUNTS if set(dims) & set(_MULTI) else _ROW_COUNTS
    # A government's key grouped by its columns (m030), not by the joined text: the name leads,
    # in records_local_party's order.
    groups = [_GROUP_SQL.get(d, f"k{i}") for i, d in enumerate(dims)]
    group = f" GROUP BY {', '.join(groups)}" if dims else ""
    sql = f"SELECT {', '.join([*keys, counts])} FROM records r\n{join}{where}{group}"
    return conn.execute(sql, params).fetchall()


def _joins(where: str) -> str:
    """The partner and leader joins `where` reads (each costs a look-up per record)."""
    join = _PARTNER_JOIN if _USES["p"].search(where) else ""
    return join + (_LEADER_JOIN if _USES["l"].search(where) else "")


def _by_partner(where: str, params: list[Any], conn: sqlite3.Connection) -> list[tuple]:
    """Counts by the partner's country, counted per partner first: the records are read in
    records_partner's order (partner, kind: the index alone when the filter reads nothing
    else), no partner looked up per record, no sort of every record for the count of distinct
    partners (each partner is in one country: one row of the inner count). At a million
    records 0.3 s where the per-record join took 0.7-1.2 s."""
    inner = (
        "SELECT r.partner_id, count(*) AS n, sum(r.kind = 'agreement') AS a,"
        f" sum(r.kind = 'event') AS e FROM records r\n{_joins(where)}{where} GROUP BY r.partner_id"
    )
    sql = (
        "SELECT p.country AS k0, sum(c.n), sum(c.a), sum(c.e), count(c.partner_id)"
        f" FROM ({inner}) c LEFT JOIN partners p ON p.id = c.partner_id GROUP BY k0"
    )
    return conn.execute(sql, params).fetchall()


def totals(conn: sqlite3.Connection, f: RecordFilter) -> dict[str, int]:
    """Distinct records, agreements, events and partners matching the filter."""
    row = _query(conn, f, [])[0]
    return dict(zip(("count", "agreements", "events", "partners"), row, strict=True))


def people_by_record(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, list[Person]]:
    """Signatories/participants of many records at once, in the order given."""
    wanted = list(ids)
    found: dict[int, list[Person]] = {}
    for i in range(0, len(wanted), 500):  # stay far below SQLite's parameter limit
        chunk = wanted[i : i + 500]
        for record_id, side, name, title in conn.execute(
            "SELECT record_id, side, name, title FROM record_people "
            f"WHERE record_id IN ({', '.join('?' * len(chunk))}) ORDER BY record_id, position",
            chunk,
        ):
            found.setdefault(record_id, []).append(Person(side, name, title))
    return found


# -- one-way and two-way counts -----------------------------------------------------------------


def _describe(
    dim: str, key: Key, terms: dict[str, Term], lang: str, shared: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The public keys for one group of one dimension: `group`, the dimension, its labels.
    `shared`: the names several governments share, which a government's group shows with its
    country ("London (CA)")."""
    if dim == "country":
        if key is None:
            return {"group": _NONE_LABELS[dim], "country": None, "country_name": None}
        from kerjasama_cli.domain.countries import country_name

        return {"group": key, "country": key, "country_name": country_name(key, lang)}
    if dim == "governor":
        term = terms.get(key or "")
        if term is None:  # a basis: undetermined, not_recorded, date_unknown
            from kerjasama_cli.domain.governors import BASIS_LABELS

            basis, _ = split_basis(key)
            label = BASIS_LABELS.get(basis, basis)
            return {"group": label, "governor": label, "governor_title": None}
        return {
            "group": term.name,
            "governor": term.name,
            "governor_title": term.title,
            "term_start": term.start.isoformat(),
            "term_end": term.end.isoformat() if term.end else None,
        }
    if dim == "year":
        return {"group": year_label(key), "year": key}
    if dim == "local_party" and key is not None:
        name, country = government_of(key)
        return {
            "group": government_label(name, country, shared),
            "local_party": name,
            "local_country": country,
        }
    return {"group": key if key is not None else _NONE_LABELS[dim], dim: key}


def _order(dim: str, entries: list[tuple[Key, dict[str, Any]]], terms: list[Term]) -> None:
    """Sort one dimension's groups in place: terms, years, else by count; 'none' groups last.

    Governors: each government's terms, then its groups without a leader (undetermined, not
    recorded, date unknown); governments in the order of their first term."""
    if dim == "governor":
        rank = {t.key: i for i, t in enumerate(terms)}
        by_key = {t.key: t for t in terms}
        # as timeline and list --by-governor order them, a government by its name and country
        parties = {party: i for i, party in enumerate(dict.fromkeys(pair(t) for t in terms))}
        special = {b: len(rank) + i for i, b in enumerate(SPECIAL_GOVERNOR_GROUPS)}

        def place(entry: tuple[Key, dict[str, Any]]) -> tuple[int, int, str]:
            key = entry[0] or ""
            party = government(dim, key, by_key)
            first = parties.get(party, len(parties))
            basis = split_basis(key)[0]
            return first, rank.get(key, special.get(basis, 10**6)), key

        entries.sort(key=place)
    elif dim == "year":
        entries.sort(key=lambda e: year_order(e[0]))
    else:
        entries.sort(key=lambda e: (e[0] is None, -e[1]["count"], str(e[1]["group"]).casefold()))


def _one_way(
    conn: sqlite3.Connection, f: RecordFilter, dim: str, lang: str, zero_terms: bool
) -> tuple[list[tuple[Key, dict[str, Any]]], list[Term]]:
    counted = {row[0]: dict(zip(_ZERO, row[1:], strict=True)) for row in _query(conn, f, [dim])}
    return _entries(conn, f, dim, counted, lang, zero_terms, shared_for(conn, [dim], f))


def _entries(
    conn: sqlite3.Connection,
    f: RecordFilter,
    dim: str,
    counted: dict[Key, dict[str, Any]],
    lang: str,
    zero_terms: bool,
    shared: frozenset[str] = frozenset(),
) -> tuple[list[tuple[Key, dict[str, Any]]], list[Term]]:
    """One dimension's groups, described and in display order, from their counts."""
    terms: list[Term] = []
    if dim == "governor":
        referenced = [k for k in counted if k and split_basis(k)[1] is None]
        terms = leader_terms(conn, f, referenced)
        if zero_terms:  # a term in which nothing was recorded is an answer too
            for term in terms:
                counted.setdefault(term.key, dict(_ZERO))
    by_key = {t.key: t for t in terms}
    entries = [
        (k, with_government(dim, k, {**_describe(dim, k, by_key, lang, shared), **v}, by_key))
        for k, v in counted.items()
    ]
    _order(dim, entries, terms)
    return entries, terms


def _margins(cross: list[tuple], dims: tuple[str, str]) -> dict[str, dict[Key, dict[str, Any]]]:
    """Each dimension's counts summed over the cells of a cross-table without sectors, where
    every record is in exactly one cell. Distinct partners do not add up across cells: a
    margin's `partners` is None (no output shows it; `total` has the exact figure)."""
    margins: dict[str, dict[Key, dict[str, Any]]] = {dim: {} for dim in dims}
    for k_a, k_b, count, agreements, events, _partners in cross:
        for dim, key in ((dims[0], k_a), (dims[1], k_b)):
            group = margins[dim].setdefault(key, {**_ZERO, "partners": None})
            group["count"] += count
            group["agreements"] += agreements
            group["events"] += events
    return margins


def stats_table(
    conn: sqlite3.Connection,
    f: RecordFilter,
    dims: Sequence[str],
    lang: str = "en",
    total: bool = True,
    cell_partners: bool = True,
) -> StatsTable:
    """Counts by one dimension (every term listed, for governors) or a two-way cross-table.

    A cross-table reads the records once (the cells) plus once for the total; its margins are
    the sums of the cells, except with sectors, where a record counts in several cells and each
    margin is counted on its own. By country the total is the sum of the groups (every record
    and every partner is in exactly one): no pass of its own. `total=False`: the caller does
    not read `total` (left empty), which spares a pass over the records. `cell_partners=False`:
    nor each cell's distinct partners (None), which lets the counts tables answer.
    """
    dims = tuple(dims)
    if "governor" in dims:  # a governor's figures are those of the government they led
        from kerjasama_cli.store.queries.reader import governor_scope

        f = governor_scope(conn, f)
    heads = _head_kinds(conn, f) if "governor" in dims else []
    shared = shared_for(conn, dims, f)
    if len(dims) == 1:
        entries, _ = _one_way(conn, f, dims[0], lang, zero_terms=True)
        if dims == ("country",):
            counted = {k: sum(e[1][k] for e in entries) for k in _ZERO}
        else:
            counted = totals(conn, f) if total else {}
        return StatsTable(
            dims,
            [e[1] for e in entries],
            counted,
            {dims[0]: entries},
            head_kinds=heads,
            governments=government_labels(entries, shared) if dims == ("governor",) else [],
        )
    counted = totals(conn, f) if total else {}
    (a, b), axes, all_terms = dims, {}, {}
    cross = _query(conn, f, dims, cell_partners)
    margins = None if set(dims) & set(_MULTI) else _margins(cross, (a, b))
    for dim in dims:
        if margins is None:
            entries, terms = _one_way(conn, f, dim, lang, zero_terms=False)
        else:
            entries, terms = _entries(
                conn, f, dim, margins[dim], lang, zero_terms=False, shared=shared
            )
        axes[dim] = entries
        all_terms.update({t.key: t for t in terms})
    rank = {dim: {k: i for i, (k, _) in enumerate(axes[dim])} for dim in dims}
    rows, cells = [], {}
    for k_a, k_b, *counts in cross:
        cells[(k_a, k_b)] = counts[0]
        da, db = (
            _describe(a, k_a, all_terms, lang, shared),
            _describe(b, k_b, all_terms, lang, shared),
        )
        row = {"group": f"{da.pop('group')} / {db.pop('group')}", **da, **db}
        row.update(zip(_ZERO, counts, strict=True))
        for dim, key in ((a, k_a), (b, k_b)):
            with_government(dim, key, row, all_terms)
        rows.append(((rank[a][k_a], rank[b][k_b]), row))
    rows.sort(key=lambda item: item[0])
    governments = government_labels(axes["governor"], shared) if "governor" in dims else []
    return StatsTable(dims, [r for _, r in rows], counted, axes, cells, heads, governments)


def _head_kinds(conn: sqlite3.Connection, f: RecordFilter) -> list[str | None]:
    from kerjasama_cli.store.parties.government_lookups import kinds_shown

    return kinds_shown(conn, f.local_parties)
