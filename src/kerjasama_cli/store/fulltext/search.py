"""Full-text search: ranked record ids, the passage each one matched in, then the rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.search import SEARCH_COLUMNS, to_fts
from kerjasama_cli.store.fulltext.index import expander
from kerjasama_cli.store.queries.reader import ROW_SQL, _fetch, _iter, where_clause

# bm25 weight of a match in each column (SEARCH_COLUMNS order): a word in a title says more
# about a record than the same word in its notes or its partner's notes.
WEIGHTS: dict[str, float] = {
    "title": 10.0,
    "type": 4.0,
    "partner": 6.0,
    "people": 5.0,
    "sectors": 4.0,
    "country": 3.0,
    "summary": 3.0,
    "place": 2.0,
    "sources": 1.0,
    "notes": 1.0,
    "partner_notes": 0.5,
}

# Control characters cannot occur in the indexed text, so they mark matches unambiguously;
# the renderer turns them into bold (terminal) or ** (pipes, JSON, CSV).
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_TOKENS = 14
_LOOKUPS = 200  # up to this many results, snippets are computed by rowid lookups


def _matching(
    conn: sqlite3.Connection, text: str, f: RecordFilter, field: str
) -> tuple[str, str, list[Any]]:
    """The FTS query of `text`, and the FROM and WHERE (with their arguments) of its matches
    that also pass the filter."""
    fts = to_fts(text, field, expander(conn))
    where, params = where_clause(conn, f)
    # `+rowid`: a plain `rowid IN` makes FTS5 run the query once per id (1.7 s at 10,000). No
    # filter, no IN: it would list every record id first (1,000,000 of them at scale).
    narrow = (
        " AND +rowid IN (SELECT r.id FROM records r LEFT JOIN partners p ON p.id = r.partner_id "
        f"LEFT JOIN leaders l ON l.id = r.governor_id{where})"
        if where
        else ""
    )
    return fts, f"FROM search_index WHERE search_index MATCH ?{narrow}", [fts, *params]


def search_count(conn: sqlite3.Connection, text: str, f: RecordFilter, field: str = "TEXT") -> int:
    """How many records `search_rows` finds for `text` and the filter."""
    fts, matches, args = _matching(conn, text, f, field)
    found = int(_execute(conn, f"SELECT count(*) {matches}", args, text, field)[0][0])
    return found + sum(1 for _ in _document_matches(conn, fts, text, f))  # issue 22


def search_rows(
    conn: sqlite3.Connection,
    text: str,
    f: RecordFilter,
    limit: int | None = None,
    field: str = "TEXT",
) -> Iterable[dict[str, Any]]:
    """Records matching `text` and the filter, best first, each with `rank`, `score`,
    `matched_in` (the column the passage comes from) and `snippet` (with match markers).

    Without a limit, or above HELD_LIMIT, streamed (`_stream`): every match may be the whole
    registry. A smaller page is ranked first and only its rows and passages are read."""
    fts, matches, args = _matching(conn, text, f, field)
    weights = ", ".join(str(WEIGHTS[c]) for c in SEARCH_COLUMNS)
    sql = f"SELECT rowid, bm25(search_index, {weights}) AS score {matches} ORDER BY score, rowid"
    if limit is None or limit > HELD_LIMIT:
        rows = _stream(conn, fts, f, text, field, limit)
        return _with_documents(conn, rows, fts, text, f, limit)
    sql += " LIMIT ?"
    args.append(limit)
    ranked = _execute(conn, sql, args, text, field)
    in_documents = dict(_document_matches(conn, fts, text, f, limit - len(ranked)))
    ranked += [(record_id, 0.0) for record_id in in_documents]
    if not ranked:
        return []
    ids = [row[0] for row in ranked]
    passages = {**in_documents, **_snippets(conn, fts, ids, text, field)}
    rows = {}
    for chunk in _chunks(ids):  # SQLite limits the number of parameters of one statement
        rows.update((row["id"], row) for row in _fetch(conn, _by_ids(chunk), chunk))
    found = []
    for rank, (record_id, score) in enumerate(ranked, start=1):
        row = rows[record_id]
        column, snippet = passages.get(record_id, (None, None))
        row.update(rank=rank, score=round(-score, 6), matched_in=column, snippet=snippet)
        found.append(row)
    return found


def _document_matches(
    conn: sqlite3.Connection, fts: str, text: str, f: RecordFilter, limit: int | None = None
) -> Iterator[tuple[int, tuple[str, str]]]:
    """Records whose attached documents match and whose own text does not (those are found
    already), that pass the filter, in rank order, each with its passage: matched in
    `document` (issue 22). Ranked after every match in the records; nothing is collected."""
    from kerjasama_cli.store.dossier.attachments import has_documents, matching_records

    if (limit is not None and limit <= 0) or not has_documents(conn):
        return
    where, params = where_clause(conn, f)
    seen: set[int] = set()  # records with several matching documents: bounded by documents
    for record_id, _name, passage in matching_records(
        conn, to_fts(text, "TEXT"), fts, where, params
    ):
        if record_id not in seen:
            seen.add(record_id)
            yield record_id, ("document", passage)
            if limit is not None and len(seen) >= limit:
                return


def _with_documents(
    conn: sqlite3.Connection,
    rows: Iterator[dict[str, Any]],
    fts: str,
    text: str,
    f: RecordFilter,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """The streamed matches, then the records found only in their documents (LIMIT in all)."""
    rank = 0
    for row in rows:
        rank = row["rank"]
        yield row
    left = None if limit is None else limit - rank
    for record_id, (column, snippet) in _document_matches(conn, fts, text, f, left):
        rank += 1
        (row,) = _fetch(conn, _by_ids([record_id]), [record_id])
        row.update(rank=rank, score=0.0, matched_in=column, snippet=snippet)
        yield row


def _stream(
    conn: sqlite3.Connection,
    fts: str,
    f: RecordFilter,
    text: str,
    field: str,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Every match (the first LIMIT), best first, as it is consumed: one query ranks the
    matches and computes each one's row and passages (SQLite's sorter holds them, spilling to
    disk, never this process). Nothing grows with the number of matches."""
    where, params = where_clause(conn, f)
    sql = stream_sql(where)
    markers = [MARK_START, MARK_END] * len(SEARCH_COLUMNS)
    args = [*markers, fts, *params]
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    try:
        rows = _iter(conn, sql, args)
        for rank, row in enumerate(rows, start=1):
            column = snippet = None
            for i, name in enumerate(SEARCH_COLUMNS):
                passage = row.pop(f"passage_{i}")
                if column is None and passage and MARK_START in passage:
                    column, snippet = name, passage
            row.update(rank=rank, score=round(-row["score"], 6), matched_in=column, snippet=snippet)
            yield row
    except sqlite3.OperationalError as error:
        if "fts5" in str(error):
            raise ValidationError(
                field, text, "not a valid search ({error})", error=error
            ) from None
        raise


# A `--limit` up to this is a page: ranked first, then only its rows and passages read (a
# dozen matches of a million records in a fraction of the time), held. Above it, streamed.
HELD_LIMIT = 10_000


def stream_sql(where: str) -> str:
    """The streamed search's query: ROW_SQL's columns, the score and every column's passage
    (2 × len(SEARCH_COLUMNS) marker parameters), of the matches of one FTS parameter that
    pass `where` (a filter's WHERE clause, or ""), best first."""
    weights = ", ".join(str(WEIGHTS[c]) for c in SEARCH_COLUMNS)
    passages = "".join(
        f", snippet(search_index, {i}, ?, ?, '…', {SNIPPET_TOKENS}) AS passage_{i}"
        for i in range(len(SEARCH_COLUMNS))
    )
    select, rest = ROW_SQL.split("FROM records r", 1)
    return (
        f"{select.rstrip()}, bm25(search_index, {weights}) AS score{passages}\n"
        f"FROM search_index JOIN records r ON r.id = search_index.rowid{rest}"
        f"WHERE search_index MATCH ?{' AND ' + where.removeprefix(' WHERE ') if where else ''}"
        " ORDER BY score, r.id"
    )


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _by_ids(ids: list[int]) -> str:
    return f"{ROW_SQL} WHERE r.id IN ({', '.join('?' * len(ids))})"


def _execute(
    conn: sqlite3.Connection, sql: str, args: list[Any], text: str, field: str
) -> list[tuple[Any, ...]]:
    return _cursor(conn, sql, args, text, field).fetchall()


def _cursor(
    conn: sqlite3.Connection, sql: str, args: list[Any], text: str, field: str
) -> sqlite3.Cursor:
    try:
        return conn.execute(sql, args)
    except sqlite3.OperationalError as error:
        # to_fts only emits well-formed expressions; this is a safety net, not the usual path.
        if "fts5" in str(error):
            raise ValidationError(
                field, text, "not a valid search ({error})", error=error
            ) from None
        raise


def _snippets(
    conn: sqlite3.Connection, fts: str, ids: list[int], text: str, field: str
) -> dict[int, tuple[str, str]]:
    """For each id, the most telling column with a match (in SEARCH_COLUMNS order) and its
    passage."""
    columns = ", ".join(
        f"snippet(search_index, {i}, ?, ?, '…', {SNIPPET_TOKENS})"
        for i in range(len(SEARCH_COLUMNS))
    )
    markers = [MARK_START, MARK_END] * len(SEARCH_COLUMNS)
    sql = f"SELECT rowid, {columns} FROM search_index WHERE search_index MATCH ?"
    args: list[Any] = [*markers, fts]
    wanted = set(ids)
    if len(ids) <= _LOOKUPS:
        # FTS5 looks each id up (fast for a few); for many, one pass over all matches is faster.
        sql += f" AND rowid IN ({', '.join('?' * len(ids))})"
        args += ids
    found: dict[int, tuple[str, str]] = {}
    for row in _execute(conn, sql, args, text, field):
        if row[0] not in wanted:
            continue
        for name, passage in zip(SEARCH_COLUMNS, row[1:], strict=True):
            if passage and MARK_START in passage:
                found[row[0]] = (name, passage)
                break
    return found
