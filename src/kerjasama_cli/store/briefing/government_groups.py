"""The government of a `stats` group (store/briefing/aggregates.py), and the leader terms a
grouping by governor shows. A government is its name and its country (m028), so London, GB's
groups are not London, CA's; people read one as "London (CA)" where another government has its
name, as `show` and Datasette's records page do."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.grouping import Term, split_basis
from kerjasama_cli.domain.stats import Key
from kerjasama_cli.store.briefing.counted import government_of
from kerjasama_cli.store.queries.reader import governor_ids


def label(name: str | None, country: str | None, shared: frozenset[str]) -> str:
    """A government as people read it: "London (CA)" where another shares its name."""
    return f"{name} ({country or '—'})" if name in shared else name or ""


def shared_names(conn: sqlite3.Connection, among: Sequence[str] | None = None) -> frozenset[str]:
    """The names two governments (of two countries) share, London, GB and London, CA: of all
    of them, or of the names `among` (a few look-ups in local_governments_name_country instead
    of a pass over every government)."""
    where = "" if among is None else " WHERE name IN (SELECT value FROM json_each(?))"
    params = () if among is None else (json.dumps(list(among)),)
    sql = f"SELECT name FROM local_governments{where} GROUP BY name COLLATE NOCASE"
    return frozenset(row[0] for row in conn.execute(f"{sql} HAVING count(*) > 1", params))


def government(dim: str, key: Key, terms: dict[str, Term]) -> tuple[str | None, str | None]:
    """The government a governor group belongs to, its name and country: its term's, or the
    one its basis is of."""
    term = terms.get(key or "")
    if term is not None:
        return term.local_party, term.local_country
    return government_of(split_basis(key)[1])


def with_government(
    dim: str, key: Key, row: dict[str, Any], terms: dict[str, Term]
) -> dict[str, Any]:
    """A governor group's row with `local_party` and `local_country` last (after the counts:
    no CSV column moves)."""
    if dim == "governor" and "local_party" not in row:
        row["local_party"], row["local_country"] = government(dim, key, terms)
    return row


def pair(term: Term) -> tuple[str | None, str | None]:
    """A leader term's government: its name and country."""
    return term.local_party, term.local_country


def governments(entries: list[tuple[Key, dict[str, Any]]], shared: frozenset[str]) -> list[str]:
    """The governments of a governor dimension's groups, in display order, as people read them
    ("London (CA)" where two share the name: render/stats_labels.py government_label)."""
    return list(
        dict.fromkeys(
            label(e[1]["local_party"], e[1].get("local_country"), shared)
            for e in entries
            if e[1].get("local_party")
        )
    )


def shared_for(conn: sqlite3.Connection, dims: Sequence[str], f: RecordFilter) -> frozenset[str]:
    """shared_names, read only for the dimensions that show a government, and only among the
    governments the filter names when it names some (always, by governor: governor_scope)."""
    if not {"local_party", "governor"} & set(dims):
        return frozenset()
    if f.local_parties:
        from kerjasama_cli.store.queries.filters import local_party_names

        return shared_names(conn, local_party_names(conn, f.local_parties))
    return shared_names(conn)


def leader_terms(
    conn: sqlite3.Connection, f: RecordFilter, include: Iterable[str] = ()
) -> list[Term]:
    """The leader terms a grouping by governor shows, in term order.

    Those of the filter's local party, its governor (none when it asks for a basis such as
    'undetermined'), overlapping its date range, plus any term named in `include` (terms that
    rows are attributed to, so no row loses its heading).
    """
    clauses, params = [], []
    if f.local_parties:
        from kerjasama_cli.store.parties.government_lookups import namesakes
        from kerjasama_cli.store.queries.filters import local_party_names

        parties = local_party_names(conn, f.local_parties)
        clauses.append(f"local_party IN ({', '.join('?' * len(parties))})")
        params.extend(parties)
        shared = namesakes(conn, f.local_parties)
        if shared:  # London, CA's mayors, not London, GB's (m028)
            clauses.append(
                "(local_party NOT IN (SELECT value FROM json_each(?)) OR local_party || char(31)"
                " || COALESCE(local_country, '') IN (SELECT value FROM json_each(?)))"
            )
            params.extend(json.dumps(x) for x in shared)
    if f.governors:
        ids = [i for name in f.governors for i in governor_ids(conn, name)[0]]
        clauses.append(f"id IN ({', '.join('?' * len(ids))})" if ids else "0")
        params.extend(ids)
    if f.date_from:
        clauses.append("(term_end IS NULL OR term_end >= ?)")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append("term_start <= ?")
        params.append(f.date_to.isoformat())
    wanted = " AND ".join(clauses) or "1"
    extra = sorted(set(include))
    sql = (
        "SELECT id, key, name, title, term_start, term_end, local_party, local_country "
        "FROM leaders "
        f"WHERE ({wanted}) OR key IN ({', '.join('?' * len(extra))}) ORDER BY term_start, id"
    )
    return [
        Term(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), _day(r[5]), r[6], r[7])
        for r in conn.execute(sql, [*params, *extra])
    ]


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
