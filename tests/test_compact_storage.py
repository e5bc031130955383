"""m010_compact_storage: the search index keeps no copy of the text, a bulk import logs one
history row for its id range; search, snippets, `show` and `history` say what they said."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from kerjasama_cli.store.database.connection import open_store

_HEADER = ["mitra", "negara", "jenis", "tanggal", "bidang", "judul", "penandatangan"]


def _write(path: Path, n: int, title: str = "Kerja sama") -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(_HEADER)
        for i in range(n):
            writer.writerow(
                [
                    f"Kota {i % 5}",
                    ["Korsel", "Jepang"][i % 5 % 2],
                    ["mou", "loi"][i % 2],
                    f"2020-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
                    "banjir; pendidikan" if i % 2 else "kesehatan",
                    f"{title} {i}",
                    "Anies Baswedan (Gubernur)" if i % 3 == 0 else "",
                ]
            )
    return path


def _index_is_sound(db: Path) -> None:
    """FTS5's own check, comparing every posting with the text the view gives (rank 1): a
    delete given other words than the entry was indexed with fails it."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()


def _tables(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def test_the_index_holds_no_copy_and_stays_sound_through_every_kind_of_change(run, tmp_path):
    run("list")
    assert "search_index_content" not in _tables(run.db)
    _index_is_sound(run.db)
    path = _write(tmp_path / "batch.csv", 30)
    run("import", str(path))
    _index_is_sound(run.db)
    # A re-import that changes records: their old words are removed before they change.
    run("import", str(_write(path, 30, title="Perjanjian")))
    _index_is_sound(run.db)
    assert len(run.json("search", "perjanjian")) == 30
    assert not [r for r in run.json("search", "kerja") if r["title"].startswith("Kerja sama")]
    run("edit", "kota-3-jp-loi-2020-04-04", "--title", "Zanzibar", "--sector", "kesehatan")
    run("partners", "edit", "Kota 1", "--add-alias", "Kotasatu", "--notes", "pelabuhan")
    run("partners", "edit", "Kota 1", "--name", "Kota Xylofon", "--remove-alias", "Kotasatu")
    _index_is_sound(run.db)
    assert [r["title"] for r in run.json("search", "zanzibar")] == ["Zanzibar"]
    assert run.json("search", "Kotasatu") == []
    assert {r["partner"] for r in run.json("search", "xylofon")} == {"Kota Xylofon"}
    run("delete", "kota-3-jp-loi-2020-04-04", "--yes")
    run("partners", "merge", "Kota 2", "Kota 4", "--yes")
    _index_is_sound(run.db)
    assert run.json("search", "zanzibar") == []


def test_snippets_show_the_records_own_words(run, tmp_path):
    run("import", str(_write(tmp_path / "batch.csv", 6)))
    found = run.json("search", "banjir", "--limit", "3")
    assert found and all("flood" in r["snippet"] for r in found)
    titled = run.json("search", "title:kerja")
    assert titled and "**Kerja**" in titled[0]["snippet"]


def test_a_bulk_import_logs_one_row_and_every_record_still_shows_its_insert(empty_run, tmp_path):
    empty_run("import", str(_write(tmp_path / "batch.csv", 25)))
    conn = sqlite3.connect(empty_run.db)
    try:
        ranges = conn.execute(
            "SELECT entity, command, entity_id, last_id FROM history WHERE last_id IS NOT NULL "
            "ORDER BY id"
        ).fetchall()
        records = conn.execute("SELECT min(id), max(id), count(*) FROM records").fetchone()
        partners = conn.execute("SELECT min(id), max(id), count(*) FROM partners").fetchone()
        logged = conn.execute("SELECT count(*) FROM history WHERE entity = 'partner'").fetchone()
    finally:
        conn.close()
    # One row for the new partners (3 bytes a record at a million), one for the records.
    assert ranges == [
        ("partner", "import", partners[0], partners[1]),
        ("record", "import", records[0], records[1]),
    ]
    assert records[2] == 25 and partners[2] > 1 and logged == (1,)
    partner = empty_run.json("partners", "show", "kota-1-jp")
    assert [(c["action"], c["entity_key"]) for c in partner["changes"]] == [("insert", "kota-1-jp")]
    shown = json.loads(empty_run("show", "kota-4-kr-mou-2020-05-05", "--format", "json").stdout)
    (insert,) = shown["changes"]
    assert (insert["command"], insert["action"], insert["entity_key"]) == (
        "import",
        "insert",
        "kota-4-kr-mou-2020-05-05",
    )
    assert insert["entity_id"] == shown["id"]
    # A later edit follows the import's insert, in order.
    empty_run("edit", "kota-4-kr-mou-2020-05-05", "--title", "Baru")
    shown = json.loads(empty_run("show", "kota-4-kr-mou-2020-05-05", "--format", "json").stdout)
    assert [c["action"] for c in shown["changes"]] == ["insert", "update"]
    # `history` reads the range as an insert per record, newest first, within --limit.
    latest = json.loads(empty_run("history", "--limit", "3", "--format", "json").stdout)
    assert [c["action"] for c in latest] == ["update", "insert", "insert"]
    assert latest[1]["entity_id"] == records[1] and latest[2]["entity_id"] == records[1] - 1


def test_a_second_import_has_its_own_range(empty_run, tmp_path):
    empty_run("import", str(_write(tmp_path / "a.csv", 5)))
    empty_run("import", str(_write(tmp_path / "b.csv", 9)))  # 4 new, 5 unchanged
    store = open_store(empty_run.db)
    try:
        from kerjasama_cli.store.safety.history import of_entity

        rows = store.conn.execute("SELECT id FROM records ORDER BY id").fetchall()
        inserts = [of_entity(store.conn, "record", rid) for (rid,) in rows]
    finally:
        store.close()
    assert [len(changes) for changes in inserts] == [1] * 9
    assert len({changes[0]["id"] for changes in inserts}) == 2  # two import rows


def test_a_registry_of_the_schema_before_upgrades_with_a_sound_index(tmp_path):
    import shutil

    fixture = Path(__file__).parent / "fixtures" / "09-m009_partner_map.db"
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    store = open_store(copy)  # migrates: the index is rebuilt from the view
    try:
        from kerjasama_cli.store.safety.history import of_entity

        conn = store.conn
        record_id = conn.execute(
            "SELECT id FROM records WHERE title = 'Fixture MoU with Nagoya'"
        ).fetchone()[0]
        # The import's per-record row of the old schema still reads as the record's insert.
        assert [c["command"] for c in of_entity(conn, "record", record_id)] == ["import"]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(records)")}
        positions = conn.execute(
            "SELECT group_concat(sector) FROM "
            "(SELECT sector FROM record_sectors WHERE record_id = ? ORDER BY position)",
            (record_id,),
        ).fetchone()[0]
    finally:
        store.close()
    assert "fingerprint" not in columns  # m012: a digest of what is stored, when needed
    assert positions == "trade,culture"  # the order the row gave, not the alphabet's
    assert "search_index_content" not in _tables(copy)
    _index_is_sound(copy)
    # The same rows twice (the fixture's copy differs from them): the second is unchanged.
    from conftest import Run
    from fixtures.make_fixtures import ROWS

    again = tmp_path / "again.ndjson"
    again.write_text("".join(json.dumps(row) + "\n" for row in ROWS))
    Run(copy)("import", str(again))
    assert "3 unchanged" in Run(copy)("import", str(again)).stderr


def test_records_store_times_as_seconds_and_no_digest(run, tmp_path):
    import time

    before = int(time.time())
    run("import", str(_write(tmp_path / "batch.csv", 3)))
    run("add", "--partner", "Busan", "--country", "KR", "--type", "mou", "--date", "2025")
    run("edit", "kota-1-jp-loi-2020-02-02", "--title", "Baru")
    conn = sqlite3.connect(run.db)
    try:
        kinds = set(conn.execute("SELECT typeof(created_at), typeof(updated_at) FROM records"))
        newest = conn.execute("SELECT min(created_at), max(updated_at) FROM records").fetchone()
    finally:
        conn.close()
    assert kinds == {("integer", "integer")}
    assert newest[0] >= before - 1 and newest[1] <= time.time() + 1


def test_an_sqlite_too_old_for_m010_is_named_and_nothing_is_left(tmp_path, monkeypatch):
    import pytest

    from kerjasama_cli.store.database.connection import StoreRefused

    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 34, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.34.1")
    with pytest.raises(StoreRefused, match="SQLite 3.35 or later is needed; this Python has"):
        open_store(tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()
