"""The bulk import's shortcuts (search triggers off, indexes rebuilt, compact history) leave the
database exactly as the slow path would: same search index, same schema, every change logged."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import Run

from kerjasama_cli.store.database.connection import open_store


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)


def _rows(n: int, title: str = "MoU") -> list[list[str]]:
    header = ["mitra", "negara", "jenis", "tanggal", "bidang", "judul", "penandatangan"]
    body = [
        [
            f"Kota {i % 7}",
            ["Korsel", "Jepang", "Belanda"][i % 3],
            ["mou", "kota kembar", "loi"][i % 3],
            f"2020-01-{i % 28 + 1:02d}" if i < 28 else f"{2000 + i % 20}-0{i % 9 + 1}",
            "banjir; pendidikan" if i % 2 else "",
            f"{title} {i}",
            "Anies Baswedan (Gubernur)" if i % 5 == 0 else "",
        ]
        for i in range(n)
    ]
    return [header, *body]


def _index(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall()
    finally:
        conn.close()


def _schema(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()


def _rebuilt(db: Path) -> list[tuple]:
    from kerjasama_cli.store.fulltext.schema import reindex

    store = open_store(db)
    try:
        with store.transaction() as conn:
            reindex(conn)
    finally:
        store.close()
    return _index(db)


def test_imported_and_updated_records_are_indexed_as_a_rebuild_would(run, tmp_path):
    run("list")  # a seeded registry: the import adds to existing partners and records
    schema = _schema(run.db)
    path = tmp_path / "batch.csv"
    rows = _rows(60)
    _write(path, rows)
    assert "60 inserted" in run("import", str(path)).stderr
    rows[5][5] = "Pengendalian banjir bersama"  # an update: its FTS row must be rewritten
    rows[6][4] = "kesehatan"
    _write(path, rows)
    assert "2 updated, 58 unchanged" in run("import", str(path)).stderr
    live = _index(run.db)
    assert _schema(run.db) == schema  # the triggers are back, word for word
    assert _rebuilt(run.db) == live
    found = run.json("search", "pengendalian")
    assert [r["title"] for r in found] == ["Pengendalian banjir bersama"]
    assert "MoU 5" in [r["title"] for r in run.json("search", "kesehatan")]


def test_triggers_work_again_after_an_import(run, tmp_path):
    path = tmp_path / "batch.csv"
    _write(path, _rows(10))
    run("import", str(path))
    run("edit", "kota-3-kr-mou-2020-01-04", "--title", "Zanzibar")
    assert [r["title"] for r in run.json("search", "zanzibar")] == ["Zanzibar"]
    assert _rebuilt(run.db) == _index(run.db)


def test_a_rolled_back_import_keeps_the_triggers(run, tmp_path, snapshot):
    run("list")
    before = snapshot(run.db)
    path = tmp_path / "batch.csv"
    rows = _rows(30)
    rows.append(["Kota X", "Atlantis", "mou", "2020-01-01", "", "bad", ""])
    _write(path, rows)
    run("import", str(path), code=2)
    run("import", str(path), "--dry-run", code=2)
    run("import", str(path), "--dry-run", "--skip-invalid")
    assert snapshot(run.db) == before


def test_every_imported_record_has_its_insert_in_the_history(empty_run, tmp_path):
    path = tmp_path / "batch.csv"
    rows = _rows(40)
    _write(path, rows)
    empty_run("import", str(path))
    records = {r["key"]: r["id"] for r in empty_run.json("list")}
    changes = json.loads(empty_run("history", "--limit", "1000", "--format", "json").stdout)
    inserts = {c["entity_key"]: c["entity_id"] for c in changes if c["entity"] == "record"}
    assert inserts == records and len(records) == 40
    # (init --empty logged the home government and its leaders, under "init")
    imported = [c for c in changes if c["command"] != "init"]
    assert {(c["command"], c["action"]) for c in imported} == {("import", "insert")}
    # The insert row is compact; an update still logs the old and the new value.
    rows[3][5] = "MoU 2, renamed"
    _write(path, rows)
    empty_run("import", str(path))
    latest = json.loads(empty_run("history", "--limit", "1", "--format", "json").stdout)[0]
    assert latest["action"] == "update" and latest["changes"] == {
        "title": ["MoU 2", "MoU 2, renamed"]
    }
    plain = empty_run("history", "--limit", "2").stdout
    assert "bulk insert (values in the record)" in plain


def test_a_large_import_rebuilds_the_indexes_it_dropped(empty_run):
    """Large against the table (here: batches of 10 into an empty one), the import drops the
    secondary indexes and builds them at the end: same schema, a sound file."""
    from kerjasama_cli.files.input_types import Row
    from kerjasama_cli.store.imports.rowwise import import_rows

    schema = _schema(empty_run.db)
    rows = [
        Row(
            i + 2, [], {"partner": f"Kota {i}", "country": "KR", "type": "mou", "sectors": "banjir"}
        )
        for i in range(55)
    ]
    store = open_store(empty_run.db)
    try:
        result = import_rows(store, iter(rows), batch_size=10)
        conn = store.conn
        assert result.committed and result.counts["inserted"] == 55
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM record_sectors WHERE sector = 'flood_management'"
        ).fetchall()
        assert "record_sectors_sector" in str(plan)
    finally:
        store.close()
    assert _schema(empty_run.db) == schema
    assert len(empty_run.json("list", "--sector", "flood_management")) == 55
