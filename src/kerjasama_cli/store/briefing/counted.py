"""Counts read from the tables the writer keeps (store/briefing/counts_table.py) instead of
from every record: the unfiltered figures of `report` and `stats`, or those filtered by kind
(and, per governor, by local party), in a few thousand rows at a million records.

Each answer has exactly the rows and values `aggregates._query` computes from `records` for the
same filter and dimensions (tests/test_counts_table.py compares them); any other filter gets
None, and the caller counts the records.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.grouping import BASIS_SEP

_KINDS = ("agreement", "event")


# Between a government's name and its country in a group key: `date_unknown@London<US>CA`.
COUNTRY_SEP = "\x1f"


def governor_key(alias: str) -> str:
    """The governor group key over a row alias with governor_basis, local_party and
    local_country columns: the leader term's key, or why there is none with its government,
    name and country (`grouping.split_basis`, then `government_of`): London, GB's undated
    records are not London, CA's."""
    return (
        f"COALESCE(l.key, {alias}.governor_basis || '{BASIS_SEP}' || "
        f"COALESCE({alias}.local_party, '') || char(31) || COALESCE({alias}.local_country, ''))"
    )


def government_of(part: str | None) -> tuple[str | None, str | None]:
    """A group key's government (`London<US>CA`) as its name and country (None for none)."""
    if part is None:
        return None, None
    name, _, country = part.partition(COUNTRY_SEP)
    return name or None, country or None


@dataclasses.dataclass(frozen=True)
class Columns:
    """A counts table's columns as the filter's kinds see them (SQL expressions)."""

    records: str
    agreements: str
    events: str


def columns(f: RecordFilter) -> Columns | None:
    """The counted columns under `f`, or None when `f` narrows more than the kind."""
    if dataclasses.replace(f, kinds=(), local_parties=()) != RecordFilter():
        return None
    kinds = set(f.kinds or _KINDS)
    if not kinds <= set(_KINDS):
        return None
    agreements = "agreements" if "agreement" in kinds else "0"
    events = "events" if "event" in kinds else "0"
    records = "records" if len(kinds) == 2 else agreements if agreements != "0" else events
    return Columns(records, agreements, events)


def counted(
    conn: sqlite3.Connection, f: RecordFilter, dims: Sequence[str], partners: bool = True
) -> list[tuple[Any, ...]] | None:
    """`aggregates._query`'s rows for `dims` under `f` from the counts tables, or None when
    they cannot answer. `partners=False`: the caller reads no cell's distinct partners (a
    year × type cell's is None)."""
    c = columns(f)
    if c is None:
        return None
    sums = f"sum({c.records}), sum({c.agreements}), sum({c.events})"
    if f.local_parties:  # by local party: only governor_counts carries it
        if tuple(dims) not in ((), ("governor",)):
            return None
        # The table holds each government's name and country (m029): `--local-party Bandung`
        # means Kota Bandung, ID; `london-ca` London, CA and not London, GB.
        clause, params = government_clause(conn, f.local_parties, "g")
        return _by_governor(conn, dims, c, f"WHERE {c.records} > 0 AND {clause}", params)
    where = f"WHERE {c.records} > 0"
    if tuple(dims) == ():
        return conn.execute(
            f"SELECT COALESCE(sum({c.records}), 0), COALESCE(sum({c.agreements}), 0), "
            f"COALESCE(sum({c.events}), 0), count(NULLIF(partner_id, 0)) "
            f"FROM partner_counts {where}"
        ).fetchall()
    if tuple(dims) == ("country",):
        return conn.execute(
            f"SELECT p.country, {sums}, count(NULLIF(c.partner_id, 0)) FROM partner_counts c "
            f"LEFT JOIN partners p ON p.id = c.partner_id {where} GROUP BY p.country"
        ).fetchall()
    if tuple(dims) == ("governor",):
        return _by_governor(conn, dims, c, where, [])
    if tuple(dims) == ("year", "type") and not partners:
        return conn.execute(
            f"SELECT NULLIF(year, ''), type, {c.records}, {c.agreements}, {c.events}, NULL "
            f"FROM year_counts {where}"
        ).fetchall()
    return None


def government_clause(
    conn: sqlite3.Connection, refs: Sequence[str], alias: str, none: str | None = ""
) -> tuple[str, list[Any]]:
    """SQL over `alias` (local_party and local_country columns, `none` for no country: the
    counts tables' '', NULL elsewhere) for the governments `--local-party` values name: by
    name, and by country too where two governments share the name (as store/queries/filters.py
    reads the records), in governor_counts_government's columns. Exit 2 for an unknown one, or
    a shared name given alone."""
    from kerjasama_cli.store.parties.government_lookups import find_government

    clauses, params = [], []
    for ref in dict.fromkeys(refs):
        name, country, shared = conn.execute(
            "SELECT name, country, EXISTS (SELECT 1 FROM local_governments o "
            "WHERE o.name = g.name AND o.id <> g.id) FROM local_governments g WHERE id = ?",
            (find_government(conn, ref, "--local-party"),),
        ).fetchone()
        if shared:
            clauses.append(f"({alias}.local_party = ? AND {alias}.local_country IS ?)")
            params.extend([name, none if country is None else country])
        else:
            clauses.append(f"{alias}.local_party = ?")
            params.append(name)
    return "(" + " OR ".join(clauses) + ")", params


def _by_governor(
    conn: sqlite3.Connection, dims: Sequence[str], c: Columns, where: str, params: list[Any]
) -> list[tuple[Any, ...]]:
    """Totals or per-governor counts from governor_counts: a governor's distinct partners are
    its rows' partners (one row per governor, basis, local party and partner)."""
    sums = ", ".join(f"COALESCE(sum({x}), 0)" for x in (c.records, c.agreements, c.events))
    partners = "count(DISTINCT NULLIF(g.partner_id, 0))"
    if not dims:
        sql = f"SELECT {sums}, {partners} FROM governor_counts g {where}"
    else:
        sql = (
            f"SELECT {governor_key('g')}, {sums}, {partners} FROM governor_counts g "
            f"LEFT JOIN leaders l ON l.id = g.governor_id {where} GROUP BY 1"
        )
    return conn.execute(sql, params).fetchall()


def largest(conn: sqlite3.Connection, f: RecordFilter, limit: int) -> list[tuple[Any, ...]] | None:
    """summary.largest_partners' rows from partner_counts, or None under a filter it cannot
    answer. The same choice of partners: the `limit` largest by records then id (the records
    of no partner among them, dropped by the join, as when counted from the records)."""
    c = columns(f)
    if c is None or f.local_parties:
        return None
    return conn.execute(
        "SELECT p.name AS partner, p.key AS partner_key, p.country, n.records, n.agreements, "
        f"n.events FROM (SELECT partner_id, {c.records} AS records, {c.agreements} AS agreements,"
        f" {c.events} AS events FROM partner_counts WHERE {c.records} > 0 "
        "ORDER BY records DESC, partner_id LIMIT ?) n JOIN partners p ON p.id = n.partner_id "
        "ORDER BY n.records DESC, p.name",
        (limit,),
    ).fetchall()
