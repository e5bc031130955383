"""The import's writer thread (store/imports/writer_thread.py): batches are written on a second
thread, and a failure there still rolls the whole import back, leaving nothing behind."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest
from conftest import Run

from kerjasama_cli.files.input_types import Row
from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.imports.rowwise import import_rows
from kerjasama_cli.store.imports.writer_thread import BatchWriter


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def _rows(count: int) -> list[Row]:
    return [
        Row(
            i + 2,
            [],
            {
                "partner": f"Kota {i % 30}",
                "country": "KR",
                "type": "mou",
                "date": (dt.date(2010, 1, 1) + dt.timedelta(days=i)).isoformat(),
                "sectors": "banjir;pendidikan" if i % 2 else "",
                "partner_signatories": "Kim (Mayor)" if i % 3 == 0 else "",
            },
        )
        for i in range(count)
    ]


def test_batches_are_inserted_on_another_thread_with_every_row(run, db_path):
    run("list")  # create and seed
    store = open_store(db_path)
    conn = store.conn
    try:
        conn.create_function("thread_id", 0, threading.get_ident)
        conn.execute("CREATE TEMP TABLE writers (thread INTEGER)")
        conn.execute(
            "CREATE TEMP TRIGGER note_writer AFTER INSERT ON records "
            "BEGIN INSERT INTO writers VALUES (thread_id()); END"
        )
        result = import_rows(store, iter(_rows(700)), batch_size=100)
        assert result.committed and result.counts["inserted"] == 700
        threads = {t for (t,) in conn.execute("SELECT DISTINCT thread FROM writers")}
        assert threads and threading.get_ident() not in threads
        new = conn.execute("SELECT count(*) FROM records WHERE key LIKE 'kota-%'").fetchone()[0]
        sectors = conn.execute(
            "SELECT count(*) FROM record_sectors s JOIN records r ON r.id = s.record_id "
            "WHERE r.key LIKE 'kota-%'"
        ).fetchone()[0]
        people = conn.execute(
            "SELECT count(*) FROM record_people p JOIN records r ON r.id = p.record_id "
            "WHERE r.key LIKE 'kota-%'"
        ).fetchone()[0]
        assert (new, sectors, people) == (700, 700, 234)
    finally:
        store.close()
    assert threading.active_count() == 1  # the writer thread has ended


def test_a_failure_in_the_writer_thread_rolls_the_whole_import_back(run, db_path, snapshot):
    run("list")
    before = snapshot(db_path)
    store = open_store(db_path)
    try:
        # A real SQLite error, raised inside the fourth batch's insert on the writer thread.
        store.conn.execute(
            "CREATE TEMP TRIGGER refuse AFTER INSERT ON records "
            "WHEN (SELECT count(*) FROM records WHERE key LIKE 'kota-%') > 350 "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
        with pytest.raises(sqlite3.IntegrityError, match="refused by the test"):
            import_rows(store, iter(_rows(700)), batch_size=100)
        assert not store.conn.in_transaction
    finally:
        store.close()
    assert snapshot(db_path) == before
    assert threading.active_count() == 1


def test_a_batch_is_split_into_statements_within_the_variable_limit(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None, check_same_thread=False)
    conn.execute("CREATE TABLE t (a, b, c)")
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 30)  # 10 rows of 3 per statement
    writer = BatchWriter(conn)
    try:
        rows = [(i, f"x{i}", None) for i in range(1234)]
        writer.submit([("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", rows), ("ignored", [])])
        writer.wait()
        assert conn.execute("SELECT a, b, c FROM t ORDER BY rowid").fetchall() == rows
        assert {count for _, count in writer.statements} <= {1, 2, 4, 8}
    finally:
        writer.close()
        conn.close()


def _search_rows(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall()


def test_batches_indexed_on_the_writer_thread_match_a_rebuilt_search_index(run, db_path):
    """Each batch's search rows are written as the batch is (store/fulltext/bulk.index_new):
    over many batches, the index is what a full rebuild makes, and search finds them."""
    from kerjasama_cli.store.fulltext.schema import reindex

    run("list")
    store = open_store(db_path)
    try:
        automerge = "SELECT * FROM search_index_config WHERE k = 'automerge'"
        before = store.conn.execute(automerge).fetchall()
        result = import_rows(store, iter(_rows(700)), batch_size=64)
        assert result.committed and result.counts["inserted"] == 700
        imported = _search_rows(store.conn)
        assert store.conn.execute(automerge).fetchall() == before  # turned off only for the load
        with store.transaction() as conn:
            reindex(conn)
        assert _search_rows(store.conn) == imported
    finally:
        store.close()
    found = run.json("search", "Kota 29", "--limit", "100")
    assert len(found) == 700 // 30  # rows 29, 59, ... of the 700 name Kota 29
