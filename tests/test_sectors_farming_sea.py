"""The sectors agriculture, fisheries and maritime (issue 23, stop 39): the corpus names them as
fields in 33 and 23 batches. Every place the vocabulary reaches knows them: add, edit, import and
every --sector in both languages, show and stats in Indonesian, search, `sectors list`, and a
registry made before them, which migration m029 gives their rows without touching its own."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import Run

FIXTURE = Path(__file__).parent / "fixtures" / "27-m027_event_no_status.db"
NEW = ("agriculture", "fisheries", "maritime")


def test_the_words_of_both_languages_name_the_new_sectors(empty_run, tmp_path) -> None:
    empty_run(
        "add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "2025-05",
        "--sector", "Pertanian", "--sector", "perikanan", "--sector", "kemaritiman",
    )  # fmt: skip
    (row,) = empty_run.json("list")
    assert row["sectors"] == ["agriculture", "fisheries", "maritime"]
    for word in ("agriculture", "perkebunan", "food security", "aquaculture", "kelautan"):
        assert len(empty_run.json("list", "--sector", word)) == 1, word
    shown = empty_run("show", "1", "--lang", "id").stdout
    assert "pertanian, perikanan, kelautan" in shown
    assert "agriculture, fisheries, maritime" in empty_run("show", "1").stdout
    assert "perikanan" in empty_run("stats", "--by", "sector", "--lang", "id").stdout
    for word in ("pertanian", "peternakan", "perikanan", "kelautan"):
        assert "1 match" in empty_run("search", word).stdout, word
    data = tmp_path / "in.csv"
    data.write_text(
        "partner,country,type,date,sectors\nTokyo,JP,loi,2022,peternakan;budidaya ikan\n",
        encoding="utf-8",
    )
    empty_run("import", str(data))
    assert empty_run.json("list", "-p", "Tokyo")[0]["sectors"] == ["agriculture", "fisheries"]


def test_sectors_list_shows_them_built_in_with_their_labels(empty_run) -> None:
    rows = {r["code"]: r for r in empty_run.json("sectors", "list")}
    assert [rows[c]["label_id"] for c in NEW] == ["pertanian", "perikanan", "kelautan"]
    assert all(rows[c]["builtin"] for c in NEW)
    assert "peternakan" in rows["agriculture"]["aliases"]
    refused = empty_run("sectors", "add", "pertanian", code=2)
    assert "sector 'pertanian': already names the sector agriculture" in refused.stderr


def _rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def test_m029_adds_them_and_keeps_what_the_bureau_made(tmp_path) -> None:
    # A registry of the previous schema whose bureau had added its own `agriculture` (with a
    # word of its own) and given "pertanian" to another sector of its own, `farming`.
    db = tmp_path / "old.db"
    shutil.copy(FIXTURE, db)
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        INSERT INTO sectors (code, label_id, label_en) VALUES
            ('agriculture', 'agrikultur', 'agriculture'), ('farming', 'tani', 'farming');
        INSERT INTO sector_aliases (alias, code) VALUES
            ('agrikultur', 'agriculture'), ('pertanian', 'farming'), ('tani', 'farming');
        """
    )
    conn.commit()
    conn.close()
    before = {t: _rows(db, t) for t in ("sectors", "sector_aliases", "sector_objects")}
    run = Run(db)
    rows = {r["code"]: r for r in run.json("sectors", "list")}
    after = {t: _rows(db, t) for t in before}
    # Every row is kept; the bureau's agriculture is now the built-in one, with its labels.
    assert set(before["sector_aliases"]) < set(after["sector_aliases"])
    assert set(before["sector_objects"]) < set(after["sector_objects"])
    assert {r for r in before["sectors"] if r[0] != "agriculture"} < set(after["sectors"])
    assert ("agriculture", "agrikultur", "agriculture", 1) in after["sectors"]
    assert rows["agriculture"]["builtin"] and not rows["farming"]["builtin"]
    assert rows["fisheries"]["label_id"] == "perikanan" and rows["maritime"]["builtin"]
    # A word the bureau gave its own sector stays that sector's row.
    assert ("pertanian", "farming") in after["sector_aliases"]
    assert ("fisheries", "regional_promotion") in after["sector_objects"]
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "2024", "--sector", "agrikultur")
    assert "1 match" in run("search", "agrikultur").stdout
