"""Issue 19: a record's key and identity do not depend on which alias named its local party;
m014 merges the pairs an older kerjasama made, keeping every source and history row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import Run

# Written by kerjasama before this fix (schema m012): `Surabaya,Kochi,…` and `Kota Surabaya,
# Kochi,…` imported as two records (23 with a source, a sector and a hand-edited note; 24 with
# a title and another sector), `add` of one Hanoi MoU three times, Kochi City and Hanoi City.
BEFORE = Path(__file__).resolve().parent / "fixtures" / "issue19" / "before-fix-m012.db"


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "before.db"
    shutil.copy(BEFORE, copy)
    return copy


def test_two_aliases_of_one_government_give_one_record(run, tmp_path):
    run("governments", "add", "Kota Surabaya", "-c", "ID", "--alias", "Surabaya")
    header = "pihak daerah,mitra,negara,jenis,tanggal,judul\n"
    first = tmp_path / "first.csv"
    first.write_text(header + "Surabaya,Kochi,JP,sister_city,2023-08,Kochi\n")
    second = tmp_path / "second.csv"
    second.write_text(header + "Kota Surabaya,Kochi,JP,sister_city,2023-08,Kochi\n")
    assert "1 inserted" in run("import", str(first)).stderr
    assert "0 inserted, 0 updated, 1 unchanged" in run("import", str(second)).stderr
    (record,) = run.json("list", "-p", "Kochi")
    assert record["key"] == "kochi-jp-sister-city-2023-08-kota-surabaya"
    assert record["local_party"] == "Kota Surabaya"


def test_the_home_government_by_an_alias_is_the_home_record(run, tmp_path):
    """`Jakarta` is DKI Jakarta: the row updates the seeded record, not a second one."""
    path = tmp_path / "jakarta.csv"
    path.write_text(
        "pihak daerah,mitra,negara,jenis,tanggal,catatan\n"
        "Jakarta,Gyeonggi-do,KR,mou,2015-05-12,Seen again\n"
    )
    result = run("import", str(path))
    assert "0 inserted, 1 updated" in result.stderr
    assert run.json("show", "1")["notes"] == "Seen again"


def test_m014_merges_the_alias_pairs_keeping_sources_and_history(tmp_path):
    db = _copy(tmp_path)
    old = sqlite3.connect(db)
    history_before = old.execute("SELECT count(*) FROM history").fetchone()[0]
    old.close()
    run = Run(db)
    result = run("list", "-p", "Kochi", "--format", "json")
    assert result.stderr == (
        f"kerjasama: {db}: merged 1 record that differed only by the name of their local "
        "government (m014; `kerjasama history` lists them)\n"
    )
    (kochi,) = [r for r in run.json("list", "-p", "Kochi") if r["type"] == "sister_city"]
    shown = run.json("show", str(kochi["id"]))
    assert shown["key"] == "kochi-jp-sister-city-2023-08-kota-surabaya"
    assert shown["title"] == "Kochi sister city"
    assert shown["notes"] == "edited by hand"  # the other's field, kept
    assert sorted(shown["sectors"]) == ["culture", "tourism"]
    assert [s["key"] for s in shown["sources"]] == ["cnnindonesia-2015-05-12-gyeonggi"]
    conn = sqlite3.connect(db)
    # Every history row stays; the merge adds its own (a delete and an update).
    assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == history_before + 2
    assert (
        conn.execute(
            "SELECT count(*) FROM history WHERE entity = 'record' AND entity_id = 23"
        ).fetchone()[0]
        >= 2
    )
    # The Hanoi MoUs added three times are not alias pairs: `check` lists them instead.
    assert conn.execute("SELECT count(*) FROM records WHERE title = 'MoU Hanoi'").fetchone() == (3,)
    conn.close()
    assert "merged" not in run("list", "-n", "1").stderr  # said once
