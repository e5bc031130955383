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


def governor_key(alias: str) -> str:
    """The governor group key over a row alias with governor_basis and local_party columns: the
    leader term's key, or why there is none with its government (`grouping.split_basis`)."""
    return (
        f"COALESCE(l.key, {alias}.governor_basis || '{BASIS_SEP}' || "
        f"COALESCE({alias}.local_party, ''))"
    )


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
        from kerjasama_cli.store.parties.government_lookups import namesakes
        from kerjasama_cli.store.queries.filters import local_party_names

        if namesakes(conn, f.local_parties):
            return None  # the table holds names, not countries: London, CA is read from records
        # The table holds each government's name: `--local-party Bandung` means Kota Bandung.
        parties = local_party_names(conn, f.local_parties)
        where = f"WHERE {c.records} > 0 AND g.local_party IN ({', '.join('?' * len(parties))})"
        return _by_governor(conn, dims, c, where, list(parties))
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
