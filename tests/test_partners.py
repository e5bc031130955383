"""`kerjasama partners` and the rule against accidental partners, on real SQLite files."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import Run, run_module


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def _partner_rows(run, *args):
    return run.json("partners", "list", *args)


def test_add_refuses_a_known_name_under_another_country_and_changes_nothing(run, snapshot):
    run("list")
    before = snapshot(run.db)
    result = run("add", "-p", "Shanghai", "-c", "JP", "-t", "visit", "-d", "2025-09-04", code=2)
    line = result.stderr.strip()
    assert line.count("\n") == 0
    assert (
        "Shanghai is partner #7 in CN; pass --new-partner to record a different Shanghai in JP"
        in line
    )
    assert snapshot(run.db) == before
    run("add", "-p", "Shanghai", "-c", "JP", "-t", "visit", "-d", "2025-09-04", "--new-partner")
    assert {(r["name"], r["country"]) for r in _partner_rows(run, "--name", "Shanghai")} == {
        ("Shanghai", "CN"),
        ("Shanghai", "JP"),
    }


def test_edit_refuses_a_homonym_and_points_country_fixes_to_partners_edit(run):
    result = run("edit", "1", "--country", "JP", code=2)
    assert "kerjasama partners edit gyeonggi-do --country" in result.stderr
    result = run("edit", "1", "--partner", "Shanghai", "--country", "JP", code=2)
    assert "pass --new-partner" in result.stderr


def test_list_filters_counts_and_formats(run):
    rows = _partner_rows(run, "--country", "Korsel")
    assert {r["name"]: r["records"] for r in rows} == {
        "Chungcheongnam-do": 2,
        "Gyeonggi-do": 1,
        "Jeju": 1,
    }
    assert _partner_rows(run, "--name", "DBKL")[0]["name"] == "Kuala Lumpur"  # by alias
    assert {r["kind"] for r in _partner_rows(run, "--kind", "provinsi")} == {"province"}
    csv_text = run("partners", "list", "-c", "KR", "-f", "csv").stdout.splitlines()
    assert csv_text[0].startswith("id,key,name,kind,country,region,latitude,longitude,aliases")
    assert len(csv_text) == 4
    table = run("partners", "list", "-c", "KR").stdout
    assert "Chungcheongnam-do" in table and table.rstrip().endswith("3 partners")
    run("partners", "list", "--kind", "planet", code=2)


def test_coordinates_are_validated_and_listed(run, snapshot):
    assert len(_partner_rows(run, "--no-coordinates", "-c", "KR")) == 3
    run("partners", "edit", "Jeju", "--lat", "33.4996", "--lon", "126.5312")
    rows = {r["name"]: r for r in _partner_rows(run, "-c", "KR")}
    assert (rows["Jeju"]["latitude"], rows["Jeju"]["longitude"]) == (33.4996, 126.5312)
    assert "Jeju" not in {r["name"] for r in _partner_rows(run, "--no-coordinates")}
    before = snapshot(run.db)
    for args, field in (
        (["--lat", "91", "--lon", "0"], "--lat '91': must be between -90 and 90"),
        (["--lat", "0", "--lon", "-180.5"], "--lon '-180.5': must be between -180 and 180"),
        (["--lat", "north", "--lon", "0"], "--lat 'north': must be decimal degrees"),
        (["--lat", "1"], "needs --lat and --lon together"),
    ):
        assert field in run("partners", "edit", "Jeju", *args, code=2).stderr
    assert snapshot(run.db) == before


def test_edit_fixes_a_mistyped_country_everywhere(run):
    busan = run("add", "-p", "Busan", "-c", "JP", "-t", "mou", "-d", "2025-05-27").stdout.strip()
    run("partners", "edit", "Busan", "--country", "Korsel", "--add-alias", "Pusan")
    assert run.json("show", busan)["country"] == "KR"
    assert [r["id"] for r in run.json("list", "-c", "KR", "-p", "Pusan")] == [int(busan)]
    assert run.json("search", "Pusan")[0]["id"] == int(busan)  # the index follows
    changes = run.json("history", "--entity", "partner")
    assert changes[0]["command"] == "partners edit"
    assert changes[0]["changes"]["country"] == ["JP", "KR"]
    assert changes[0]["changes"]["aliases"] == [None, ["Pusan"]]
    # A region that is not in the new country is refused rather than left wrong.
    result = run("partners", "edit", "Jeju", "--country", "JP", code=2)
    assert "region KR-49 is not in JP" in result.stderr


def test_merge_moves_records_and_aliases_and_keeps_the_old_spelling(run):
    run("add", "-p", "Shangai", "-c", "CN", "-t", "visit", "-d", "2025-09-04")
    moved = run.json("list", "-p", "Shangai")
    assert len(moved) == 1
    before = {r["id"] for r in run.json("list", "-p", "Shanghai")}
    result = run("partners", "merge", "Shangai", "Shanghai", "--yes")
    assert "1 record moved" in result.stderr
    after = {r["id"] for r in run.json("list", "-p", "Shanghai")}
    assert after == before | {moved[0]["id"]}
    shown = run.json("partners", "show", "Shanghai")
    assert "Shangai" in shown["aliases"]
    assert {r["id"] for r in shown["record_list"]} == after
    assert [r["name"] for r in _partner_rows(run, "--name", "Shangai")] == ["Shanghai"]
    assert {r["partner"] for r in run.json("search", "Shangai")} == {"Shanghai"}
    actions = [(c["entity"], c["action"]) for c in run.json("history", "-n", "3")]
    assert actions == [("partner", "delete"), ("partner", "update"), ("record", "update")]
    run("partners", "merge", "Shanghai", "7", "--yes", code=2)  # the same partner


def test_delete_only_orphans(run, snapshot):
    run("add", "-p", "Busan", "-c", "JP", "-t", "mou", "-d", "2025-05-27")
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2025-05-28", "--new-partner")
    run("edit", "23", "--partner", "Busan", "--country", "KR")
    # `show Busan` finds the one with records (record 23 is Busan KR now).
    assert run.json("show", "Busan")["country"] == "KR"
    orphans = _partner_rows(run, "--orphans")
    assert [(r["name"], r["country"]) for r in orphans] == [("Busan", "JP")]
    before = snapshot(run.db)
    assert "has 2 records" in run("partners", "delete", "busan-kr", code=2).stderr
    assert snapshot(run.db) == before
    run("partners", "delete", "busan-jp", "--yes")
    assert not _partner_rows(run, "--orphans")
    exported = json.loads(run("export", "-f", "json").stdout)
    assert "busan-jp" not in {p["key"] for p in exported["partners"]}


def test_show_a_name_several_partners_share_lists_them(run):
    run("add", "-p", "Cordoba", "-c", "AR", "-t", "visit", "-d", "2024")
    run("add", "-p", "Cordoba", "-c", "ES", "-t", "visit", "-d", "2024", "--new-partner")
    result = run("partners", "show", "Cordoba")
    assert "names 2 partners" in result.stderr
    assert "AR" in result.stdout and "ES" in result.stdout
    listed = run("show", "Cordoba", "-f", "json")
    assert {p["country"] for p in json.loads(listed.stdout)} == {"AR", "ES"}
    assert "no partner" in run("partners", "show", "Atlantis", code=2).stderr


def test_partners_commands_in_a_real_process(tmp_path):
    db = tmp_path / "p.db"
    assert run_module("partners", "list", "-c", "MY", "-f", "json", db=db).returncode == 0
    bad = run_module("partners", "edit", "Kuala Lumpur", "--kind", "moon", db=db)
    assert bad.returncode == 2
    assert bad.stderr.startswith("kerjasama: error: --kind 'moon'")
    assert "Traceback" not in bad.stderr
    ok = run_module("partners", "edit", "DBKL", "--lat", "3.139", "--lon", "101.6869", db=db)
    assert ok.returncode == 0, ok.stderr
    conn = sqlite3.connect(db)
    assert conn.execute(
        "SELECT latitude, longitude FROM partners WHERE name = 'Kuala Lumpur'"
    ).fetchone() == (3.139, 101.6869)
    conn.close()


def test_imports_create_homonyms_but_the_summary_lists_them(run, tmp_path):
    path = tmp_path / "homonyms.csv"
    path.write_text(
        "partner,country,type,date\nShanghai,JP,visit,2025-09-04\nCordoba,AR,visit,2024\n",
        encoding="utf-8",
    )
    result = run("import", str(path))
    lines = result.stderr.strip().splitlines()
    assert (
        "1 new partner named like a partner in another country: Shanghai (JP; also CN)"
        in (lines[-2])
    )
    assert lines[-1].endswith("2 inserted, 0 updated, 0 unchanged, 0 rejected (2 new partners)")
    assert {r["country"] for r in _partner_rows(run, "--name", "Shanghai")} == {"CN", "JP"}


def test_partners_list_ors_a_repeated_option(run):
    # Issue 19: every repeatable filter is OR-ed within itself, AND-ed across options.
    korea = {p["name"] for p in run.json("partners", "list", "-c", "KR")}
    both = {p["name"] for p in run.json("partners", "list", "-c", "KR", "-c", "Jepang")}
    japan = {p["name"] for p in run.json("partners", "list", "-c", "JP")}
    assert korea and japan and both == korea | japan
    named = {p["name"] for p in run.json("partners", "list", "-p", "Jeju", "-p", "Kuala")}
    assert named == {"Jeju", "Kuala Lumpur"}
    cities = run.json("partners", "list", "-c", "KR", "-c", "JP", "--kind", "city")
    assert {p["name"] for p in cities} == {
        p["name"]
        for p in run.json("partners", "list", "--kind", "city")
        if p["country"] in ("KR", "JP")
    }


def test_a_record_goes_to_the_partner_its_country_names_after_a_rename(run):
    """Renaming Shanghai (CN, key `shanghai`, id 7) to Jeju gives two partners named Jeju; `add
    -p Jeju -c KR` resolves the KR one (key `jeju`) and the record must be stored under it, not
    under the older CN partner whose *name* matches that key."""
    run("partners", "edit", "7", "--name", "Jeju")
    run("add", "-p", "Jeju", "-c", "KR", "-t", "visit", "-d", "2025-09-05")
    rows = run.json("list", "--from", "2025-09-05", "--to", "2025-09-05")
    assert [(r["partner"], r["country"]) for r in rows] == [("Jeju", "KR")]
    jeju_kr = run.json("partners", "list", "--name", "Jeju", "--country", "KR")
    assert jeju_kr[0]["records"] == 2  # the seed's sister-city record and the new visit


def test_add_without_a_country_refuses_a_name_two_partners_share(run, snapshot):
    """With Shanghai in CN and in JP, `add -p Shanghai` (no --country) silently went to the
    older one; it names both and asks for the country, and nothing changes."""
    run("add", "-p", "Shanghai", "-c", "JP", "-t", "visit", "-d", "2025-09-04", "--new-partner")
    before = snapshot(run.db)
    result = run("add", "-p", "Shanghai", "-t", "visit", "-d", "2025-09-05", code=2)
    assert result.stderr.strip() == (
        "kerjasama: error: --partner 'Shanghai': names 2 partners: #7 Shanghai (CN), "
        "#16 Shanghai (JP); give --country to choose one"
    )
    assert snapshot(run.db) == before
    run("add", "-p", "Shanghai", "-c", "JP", "-t", "visit", "-d", "2025-09-05")
    assert [r["country"] for r in run.json("list", "--from", "2025-09-05")] == ["JP"]
