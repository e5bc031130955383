"""`list --sort end` reads the validity browse_facets stores, through m025's index: the same
order, byte for byte, as the order it worked out per row before (the last day of validity,
open-ended and unknown last, ties by date then id), on every path that sorts by it."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import Run
from test_query_plans import _random_registry

from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.queries import reader
from kerjasama_cli.store.queries.validity import VALID_UNTIL_SQL

# The order as it was worked out per row before m025 (store/queries/reader.py at a09eb7b).
_OLD_TERMS = (
    f"{VALID_UNTIL_SQL} IS NULL",
    VALID_UNTIL_SQL,
    "COALESCE(r.date_start, r.date_end)",
    "r.id",
)


def _old_order(db, where: str = "", reverse: bool = False) -> list[int]:
    terms = [f"{t} DESC" if reverse else t for t in _OLD_TERMS]
    conn = sqlite3.connect(db)
    try:
        return [
            i
            for (i,) in conn.execute(
                f"SELECT r.id FROM records r {where} ORDER BY {', '.join(terms)}"
            )
        ]
    finally:
        conn.close()


@pytest.fixture(params=[1, 2])
def registry(request, seeded_run: Run, monkeypatch) -> Run:
    """The seed and 400 records in every validity situation: shared last days (the same end
    date, the same term from the same start), open-ended agreements, events, renewals, unknown
    dates."""
    monkeypatch.setenv("KERJASAMA_TODAY", "2025-06-01")
    seeded_run("governments", "add", "Provinsi Jawa Barat", "--country", "ID")
    store = open_store(seeded_run.db)
    try:
        _random_registry(store.conn, request.param)
    finally:
        store.close()
    return seeded_run


def _ids(rows) -> list[int]:
    return [r["id"] for r in rows]


def test_the_stored_order_is_the_order_worked_out_per_row(registry: Run):
    old = _old_order(registry.db)
    conn = sqlite3.connect(registry.db)
    until = [u for (u,) in conn.execute(f"SELECT {VALID_UNTIL_SQL} FROM records r")]
    conn.close()
    # The registry has what the order must tell apart: ties, open-ended, unknown dates.
    known = [u for u in until if u is not None]
    assert len(known) - len(set(known)) > 5 and until.count(None) > 50
    assert _ids(registry.json("list", "--sort", "end")) == old
    assert _ids(registry.json("list", "--sort", "end", "--reverse")) == old[::-1]
    assert _ids(registry.json("list", "--sort", "end", "--limit", "9")) == old[:9]
    # The piped table (each line starts with its id) and the grouped list read the same order.
    lines = registry("list", "--sort", "end").stdout.splitlines()[1:-1]
    assert [int(line.split()[0]) for line in lines] == old
    agreements = _old_order(registry.db, "WHERE r.kind = 'agreement'")
    assert _ids(registry.json("list", "--sort", "end", "--kind", "agreement")) == agreements
    # Grouped under each governor's term: each group in the same order.
    groups = [_ids(g["records"]) for g in registry.json("list", "--sort", "end", "--by-governor")]
    assert sum(len(g) for g in groups) > 300
    for ids in groups:
        assert ids == [i for i in old if i in set(ids)]


def test_a_write_moves_the_record_in_the_order(registry: Run):
    old = _old_order(registry.db)
    conn = sqlite3.connect(registry.db)
    # The last open-ended agreement: given an end date, it moves ahead of the open-ended.
    (last,) = conn.execute(
        f"SELECT r.id FROM records r WHERE r.kind = 'agreement' AND {VALID_UNTIL_SQL} IS NULL "
        "AND COALESCE(r.status, '') <> 'proposed' ORDER BY r.id DESC LIMIT 1"
    ).fetchone()
    conn.close()
    registry("edit", str(last), "--end-date", "2040-01-01")
    now = _old_order(registry.db)
    assert now.index(last) < old.index(last)
    assert _ids(registry.json("list", "--sort", "end")) == now


def test_the_sort_reads_the_index_in_order(registry: Run):
    store = open_store(registry.db)
    try:
        sql = (
            f"SELECT r.id {reader.ROWS_FROM}{reader.sort_join('end')} "
            f"ORDER BY {reader.order_by('end')}"
        )
        plan = " ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    finally:
        store.close()
    # The first two terms from browse_facets_end; only each run of equal days is sorted.
    assert "browse_facets_end" in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan
