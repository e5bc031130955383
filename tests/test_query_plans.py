"""The read path at scale: statuses worked out per row without the view, pages read from the
date index, cross-tables from one GROUP BY, and the index set each query plan relies on."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest
from conftest import Run

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.store.briefing.aggregates import stats_table
from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.queries import reader
from kerjasama_cli.store.queries.validity import (
    STATUS_SQL,
    VALID_UNTIL_SQL,
    VIEW_STATUS_SQL,
    VIEW_VALID_UNTIL_SQL,
)


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


TYPES = ["loi", "mou", "sister_city", "agreement", "programme", "other"]
EVENTS = ["renewal", "visit", "meeting"]


def _random_registry(conn: sqlite3.Connection, seed: int, n: int = 400) -> None:
    """Records in every validity situation the rules tell apart: superseding types and not,
    two local parties, proposed later documents, renewals (with and without their own term),
    stated final statuses, unknown starts and ends."""
    rng = random.Random(seed)
    now = "2025-01-01T00:00:00+00:00"
    conn.execute("BEGIN")
    for i in range(4):
        conn.execute(
            "INSERT INTO partners (key, name, kind, country) VALUES (?, ?, 'city', 'KR')",
            (f"p{i}", f"Partner {i}"),
        )
    partner_ids = [r[0] for r in conn.execute("SELECT id FROM partners")]
    agreements: list[int] = []
    for i in range(n):
        kind = "event" if agreements and rng.random() < 0.3 else "agreement"
        type_ = rng.choice(EVENTS if kind == "event" else TYPES)
        start = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000))
        end = start + dt.timedelta(days=rng.choice([0, 0, 30, 400]))
        precision = "day"
        date_start: str | None = start.isoformat()
        date_end: str | None = end.isoformat()
        if rng.random() < 0.08:
            date_start, precision = None, "by"
        if rng.random() < 0.04:
            date_start = date_end = None
            precision = "unknown"
        cursor = conn.execute(
            "INSERT INTO records (key, kind, type, partner_id, agreement_id, local_party,"
            " date_start, date_end, date_precision, status, term_years, end_date,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                f"r{i}",
                kind,
                type_,
                rng.choice([*partner_ids, None]) if rng.random() < 0.1 else rng.choice(partner_ids),
                rng.choice(agreements) if kind == "event" and rng.random() < 0.8 else None,
                "DKI Jakarta" if rng.random() < 0.85 else "Provinsi Jawa Barat",
                date_start,
                date_end,
                precision,
                rng.choice([None, None, None, "active", "renewed", "proposed", "ended", "expired"]),
                rng.choice([None, None, 1, 2.5, 5]),
                rng.choice([None, None, None, "2024-12-31", "2026-03-01"]),
                now,
                now,
            ),
        )
        if kind == "agreement":
            agreements.append(cursor.lastrowid)
    conn.execute("COMMIT")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_status_without_the_view_is_the_views_status(tmp_path, monkeypatch, seed):
    """STATUS_SQL and VALID_UNTIL_SQL (filters, stats) answer exactly what the record_validity
    view's versions (frozen in browse_records) answer, on any day; so do the statuses list, show
    and timeline print (row_status, from VALID_UNTIL_SQL and SUPERSEDED_SQL)."""
    path = tmp_path / "registry.db"
    for today in ("2012-06-01", "2019-03-15", "2025-06-01", "2031-01-01"):
        monkeypatch.setenv("KERJASAMA_TODAY", today)
        store = open_store(path)
        try:
            if today == "2012-06-01":
                _random_registry(store.conn, seed)
            rows = store.conn.execute(
                f"SELECT r.id, {STATUS_SQL}, {VIEW_STATUS_SQL}, {VALID_UNTIL_SQL},"
                f" {VIEW_VALID_UNTIL_SQL} FROM records r ORDER BY r.id"
            ).fetchall()
            # What list, show and timeline print: the status worked out in Python per row.
            read = reader.query_rows(store.conn, RecordFilter(), "id")
        finally:
            store.close()
        assert len(rows) == 400
        assert [(r[0], r[1], r[3]) for r in rows] == [(r[0], r[2], r[4]) for r in rows]
        assert [(r["id"], r["status"], r["valid_until"]) for r in read] == [
            (r[0], r[1], r[3]) for r in rows
        ]
        statuses = {r[1] for r in rows}
        assert {"superseded", "active", "expired"} <= statuses, statuses


def _ids(rows):
    return [r["id"] for r in rows]


@pytest.mark.parametrize("sort", list(reader.SORTS))
def test_every_sort_reverses_and_pages(run, sort):
    """A page is the head of the whole list, in either direction (`--reverse` of the date
    sort used to be an SQL syntax error: its terms were split at the commas inside COALESCE)."""
    whole = run.json("list", "--sort", sort)
    backwards = run.json("list", "--sort", sort, "--reverse")
    assert _ids(backwards) == _ids(whole)[::-1]
    assert _ids(run.json("list", "--sort", sort, "--limit", "7")) == _ids(whole)[:7]
    page = run.json("list", "--sort", sort, "--reverse", "--limit", "5")
    assert page == backwards[:5]


def test_a_filtered_page_is_the_head_of_the_filtered_list(run):
    for args in (["--kind", "agreement"], ["--country", "KR"], ["--status", "active"]):
        whole = run.json("list", *args)
        assert whole and run.json("list", *args, "--limit", "3") == whole[:3]


@pytest.mark.parametrize(
    "dims", [("year", "type"), ("country", "type"), ("governor", "type"), ("status", "year")]
)
def test_cross_table_margins_are_the_one_way_counts(run, dims):
    """A cross-table without sectors reads the records once: its margins are the sums of its
    cells, equal to the one-way counts (distinct partners, which do not add up, are left out)."""
    run("list", "--limit", "1")  # the seeded registry
    store = open_store(run.db)
    try:
        cross = stats_table(store.conn, RecordFilter(), dims)
        for dim in dims:
            one_way = stats_table(store.conn, RecordFilter(), [dim])
            expected = [
                (e[0], {k: e[1][k] for k in ("count", "agreements", "events")})
                for e in one_way.axes[dim]
                if e[1]["count"]
            ]
            got = [
                (e[0], {k: e[1][k] for k in ("count", "agreements", "events")})
                for e in cross.axes[dim]
            ]
            assert got == expected
            assert all(e[1]["partners"] is None for e in cross.axes[dim])
        assert cross.total == stats_table(store.conn, RecordFilter(), [dims[0]]).total
        assert sum(cross.cells.values()) == cross.total["count"]
    finally:
        store.close()


def _plan(conn: sqlite3.Connection, sql: str, params=()) -> str:
    return "\n".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_query_plans_use_the_lean_index_set(run):
    run("list", "--limit", "1")
    store = open_store(run.db)
    conn = store.conn
    try:
        indexes = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' "
                "AND sql IS NOT NULL"
            )
        }
        assert indexes == {
            "records_sort",
            "records_partner",
            "records_governor",
            "records_agreement",
            "records_local_party",
            # m024: the agreements by partner, local party and start, for the reported
            # figures (store/briefing/counts_table.py).
            "records_in_force",
        }
        # A page in date order reads the first entries of records_sort: no sort of the table.
        page = _plan(
            conn, f"SELECT r.id {reader.ROWS_FROM} ORDER BY {reader.order_by('date')} LIMIT 5"
        )
        assert "records_sort" in page and "TEMP B-TREE" not in page
        backwards = _plan(
            conn, f"SELECT r.id FROM records r ORDER BY {reader.order_by('date', True)} LIMIT 5"
        )
        assert "records_sort" in backwards and "TEMP B-TREE" not in backwards
        # A status looks up renewals by agreement and later documents by partner and type.
        status = _plan(conn, f"SELECT {STATUS_SQL} FROM records r WHERE r.id = 1")
        assert "records_agreement (agreement_id=?)" in status
        assert "records_partner (partner_id=? AND kind=? AND type=? AND date_start>?)" in status
        # Never by government: m030 first widened records_local_party to (local_party,
        # local_country), and the planner took it for an LoI's later documents, reading every
        # record of the government per row (`list --status active` at 20,000 records of one
        # government: 7 s, against 0.4 s; quadratic at the streaming tests' 200,000).
        assert "records_local_party" not in status, status
    finally:
        store.close()


def test_a_large_import_rebuilds_the_date_index(empty_run):
    """store/imports/indexes.py drops the secondary indexes of a large import (here: batches of 10
    into an empty registry) and builds them again from their own SQL: the date index, an
    expression index, comes back as it was and serves the pages again."""
    from kerjasama_cli.files.input_types import Row
    from kerjasama_cli.store.imports.rowwise import import_rows

    def indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        return conn.execute(sql).fetchall()

    store = open_store(empty_run.db)
    try:
        before = indexes(store.conn)
        rows = [
            Row(i + 2, [], {"partner": f"Kota {i}", "country": "JP", "type": "mou",
                            "date": f"2020-01-{28 - i % 28:02d}"})
            for i in range(55)
        ]  # fmt: skip
        result = import_rows(store, iter(rows), batch_size=10)
        assert result.committed and result.counts["inserted"] == 55
        assert indexes(store.conn) == before
        page = f"SELECT r.id FROM records r ORDER BY {reader.order_by('date')} LIMIT 3"
        assert "records_sort" in _plan(store.conn, page)
    finally:
        store.close()
    listed = empty_run.json("list")
    assert [r["date_start"] for r in listed] == sorted(r["date_start"] for r in listed)
    assert empty_run.json("list", "--limit", "3") == listed[:3]
