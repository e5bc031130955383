"""Sectors the bureau can extend (issue 21): `sectors list|add|alias`, kept in the registry,
used by every --sector, add, edit and import, and carried by export/import."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import Run

from kerjasama_cli.domain import vocab

FIXTURE = Path(__file__).parent / "fixtures" / "12-m012_no_fingerprint.db"


def _add(run: Run, *sectors: str, code: int = 0):
    args = [a for s in sectors for a in ("--sector", s)]
    return run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "2025-05", *args, code=code)


def test_list_starts_with_the_code_vocabulary(empty_run) -> None:
    rows = empty_run.json("sectors", "list")
    assert [r["code"] for r in rows] == list(vocab.SECTORS)
    flood = next(r for r in rows if r["code"] == "flood_management")
    assert flood["label_id"] == "penanggulangan banjir" and flood["label_en"] == "flood management"
    assert "banjir" in flood["aliases"] and flood["builtin"] is True


def test_hukum_and_air_bersih_become_addable(empty_run, snapshot) -> None:
    before = snapshot(empty_run.db)
    refused = _add(empty_run, "hukum", code=2)
    assert refused.stderr.strip().splitlines()[-1] == (
        "kerjasama: error: --sector 'hukum': not a sector of this registry; "
        "add it with: kerjasama sectors add hukum"
    )
    assert snapshot(empty_run.db) == before
    assert empty_run("sectors", "add", "hukum", "--en", "law").stdout.strip() == "law"
    result = empty_run("sectors", "add", "air bersih", "--en", "clean water", "--alias", "PAM")
    assert result.stdout.strip() == "clean_water"
    _add(empty_run, "hukum", "Air Bersih", "banjir")
    (row,) = empty_run.json("list")
    assert row["sectors"] == ["law", "clean_water", "flood_management"]
    # every --sector filter reads them, by code, label or alias, in either language
    for word in ("law", "hukum", "clean water", "pam"):
        assert len(empty_run.json("list", "--sector", word)) == 1, word
        assert len(empty_run.json("timeline", "--sector", word)) == 1, word
    shown_id = empty_run("show", "1", "--lang", "id").stdout
    assert "hukum, air bersih, penanggulangan banjir" in shown_id
    assert "law, clean water, flood management" in empty_run("show", "1").stdout
    changes = [c for c in empty_run.json("history") if c["entity"] == "sector"]
    assert [(c["command"], c["action"], c["entity"], c["entity_key"]) for c in changes] == [
        ("sectors add", "insert", "sector", "clean_water"),
        ("sectors add", "insert", "sector", "law"),
    ]
    empty_run("edit", "1", "--sector", "air bersih")
    assert empty_run.json("list")[0]["sectors"] == ["clean_water"]


def test_search_finds_an_added_sector_by_its_words(empty_run) -> None:
    empty_run("sectors", "add", "hukum", "--en", "law")
    _add(empty_run, "hukum")
    assert "1 match" in empty_run("search", "hukum").stdout
    assert "0 matches" in empty_run("search", "legal").stdout
    empty_run("sectors", "alias", "law", "legal")
    assert "1 match" in empty_run("search", "legal").stdout


def test_list_shows_added_sectors_in_both_languages(empty_run) -> None:
    empty_run("sectors", "add", "hukum", "--en", "law")
    _add(empty_run, "hukum")
    assert "hukum" in empty_run("stats", "--by", "sector", "--lang", "id").stdout
    assert "law" in empty_run("stats", "--by", "sector").stdout
    text = empty_run("sectors", "list", "--lang", "id").stdout
    assert "law *" in text and "32 bidang (1 ditambahkan oleh registri ini: *)" in text
    assert "32 sectors (1 added by this registry: *)" in empty_run("sectors", "list").stdout
    csv_lines = empty_run("sectors", "list", "--format", "csv").stdout.splitlines()
    assert csv_lines[0] == "code,label_id,label_en,aliases,records,builtin"
    assert csv_lines[-1] == "law,hukum,law,,1,false"
    law = next(r for r in empty_run.json("sectors", "list") if r["code"] == "law")
    assert law == {
        "code": "law",
        "label_id": "hukum",
        "label_en": "law",
        "aliases": [],
        "records": 1,
        "builtin": False,
    }


def test_alias_and_refusals(empty_run) -> None:
    result = empty_run("sectors", "alias", "banjir", "genangan", "flood control")
    assert "flood_management: 2 new words" in result.stderr
    _add(empty_run, "genangan")
    assert empty_run.json("list", "--sector", "Flood Control")[0]["sectors"] == ["flood_management"]
    refused = empty_run("sectors", "add", "banjir", code=2)
    assert "sector 'banjir': already names the sector flood_management" in refused.stderr
    refused = empty_run("sectors", "alias", "trade", "banjir", code=2)
    assert "alias 'banjir': already names the sector flood_management" in refused.stderr
    refused = empty_run("sectors", "alias", "nothing-like-it", "x", code=2)
    assert "not a sector of this registry" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_import_lists_each_unknown_sector_once_with_a_count(empty_run, tmp_path) -> None:
    data = tmp_path / "in.csv"
    data.write_text(
        "partner,country,type,date,sectors\n"
        "Busan,KR,mou,2021,hukum\n"
        "Tokyo,JP,loi,2022,hukum\n"
        "Seoul,KR,mou,2023,air bersih\n"
        "Osaka,JP,mou,2023,trade\n",
        encoding="utf-8",
    )
    result = empty_run("import", str(data), code=2)
    lines = result.stderr.strip().splitlines()
    assert lines[0] == (
        f"kerjasama: {data}: sector 'hukum' is not in this registry (2 rows); "
        "add it with: kerjasama sectors add hukum"
    )
    assert lines[1] == (
        f"kerjasama: {data}: sector 'air bersih' is not in this registry (1 row); "
        'add it with: kerjasama sectors add "air bersih"'
    )
    assert len(lines) == 3 and "nothing written" in lines[2]
    assert empty_run.json("list") == []
    empty_run("sectors", "add", "hukum", "--en", "law")
    empty_run("sectors", "add", "air bersih", "--en", "clean water")
    empty_run("import", str(data))
    assert len(empty_run.json("list", "--sector", "hukum")) == 2


def test_export_carries_the_added_sectors(empty_run, tmp_path) -> None:
    empty_run("sectors", "add", "air bersih", "--en", "clean water", "--alias", "air minum")
    empty_run("sectors", "alias", "trade", "dagang")
    _add(empty_run, "air minum", "dagang")
    out = tmp_path / "registry.yaml"
    empty_run("export", "-o", str(out))
    other = Run(tmp_path / "other.db")
    other("init", "--empty")
    other("import", str(out))
    assert other.json("list", "--sector", "air minum")[0]["sectors"] == ["clean_water", "trade"]
    assert len(other.json("list", "--sector", "dagang")) == 1
    again = tmp_path / "again.yaml"
    other("export", "-o", str(again))
    assert _sectors_part(again) == _sectors_part(out)
    assert "label_id: air bersih" in _sectors_part(out)


def _sectors_part(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[text.index("\nsectors:") :]


def test_m016_seeds_the_vocabulary_and_keeps_unknown_codes(tmp_path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(FIXTURE, db)
    conn = sqlite3.connect(db)
    record_id = conn.execute("SELECT min(id) FROM records").fetchone()[0]
    conn.execute("INSERT INTO record_sectors VALUES (?, 'old_code', 99)", (record_id,))
    conn.commit()
    conn.close()
    run = Run(db)
    codes = {r["code"]: r for r in run.json("sectors", "list")}
    assert set(vocab.SECTORS) < set(codes)
    assert codes["old_code"]["records"] == 1 and codes["old_code"]["builtin"] is False
    conn = sqlite3.connect(db)
    builtin = conn.execute("SELECT count(*) FROM sectors WHERE builtin = 1").fetchone()[0]
    conn.close()
    assert builtin == len(vocab.SECTORS)


def test_every_unknown_sector_of_a_row_is_counted_once(empty_run, tmp_path) -> None:
    data = tmp_path / "two.csv"
    data.write_text(
        "partner,country,type,date,sectors\n"
        "Busan,KR,mou,2021,hukum;air bersih;trade\n"
        "Tokyo,JP,mou,2021,Hukum\n",
        encoding="utf-8",
    )
    lines = empty_run("import", str(data), code=2).stderr.strip().splitlines()
    assert lines[:2] == [
        f"kerjasama: {data}: sector 'hukum' is not in this registry (2 rows); "
        "add it with: kerjasama sectors add hukum",
        f"kerjasama: {data}: sector 'air bersih' is not in this registry (1 row); "
        'add it with: kerjasama sectors add "air bersih"',
    ]
    document = tmp_path / "one.yaml"
    document.write_text(
        "partners:\n- key: jeju\n  name: Jeju\n  kind: province\n  country: KR\n"
        "agreements:\n- partner: jeju\n  type: mou\n  date: 2023\n  sectors: [trade, hukum]\n",
        encoding="utf-8",
    )
    result = empty_run("import", str(document), code=2)
    assert "sector 'hukum' is not in this registry (1 entry)" in result.stderr
