"""`add`, `list` and `show` driven as a user would, against real SQLite files."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import Run, run_in_terminal


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def _add_busan(run, *extra: str):
    return run(
        "add",
        "--partner",
        "Busan",
        "--country",
        "Korsel",
        "--type",
        "mou",
        "--date",
        "27 Mei 2025",
        "--sector",
        "banjir",
        "--sector",
        "trade",
        "--signatory",
        "Pramono Anung, Gubernur DKI Jakarta",
        "--partner-signatory",
        "Park Heong-joon (Mayor of Busan)",
        "--title",
        "Busan MoU",
        *extra,
    )


def test_add_prints_new_id_and_creates_partner(empty_run):
    result = _add_busan(empty_run)
    new_id = int(result.stdout.strip())
    rows = empty_run.json("list")
    assert [r["id"] for r in rows] == [new_id]
    row = rows[0]
    assert row["partner"] == "Busan"
    assert row["country"] == "KR"
    assert row["type"] == "mou"
    assert row["date"] == "2025-05-27"
    assert row["sectors"] == ["flood_management", "trade"]
    assert row["local_party"] == "DKI Jakarta"


def test_add_reuses_existing_partner_by_alias(run):
    before = {r["partner"] for r in run.json("list")}
    run("add", "--partner", "Chungnam", "--type", "visit", "--date", "2025-06")
    rows = run.json("list", "--partner", "Chungcheongnam-do")
    assert {r["partner"] for r in rows} == {"Chungcheongnam-do"}
    assert any(r["type"] == "visit" and r["kind"] == "event" for r in rows)
    assert {r["partner"] for r in run.json("list")} == before


@pytest.mark.parametrize(
    "args, field, words",
    [
        (["--country", "Narnia"], "--country", "unknown country"),
        (["--country", "Grece"], "--country", "Greece"),
        (["--date", "2025-02-30"], "--date", "no such day"),
        (["--date", "soon"], "--date", "not a date"),
        (["--type", "treaty"], "--type", "treaty"),
        (["--sector", "astrology"], "--sector", "astrology"),
        (["--status", "dormant"], "--status", "dormant"),
    ],
)
def test_add_rejects_bad_values_with_one_line_and_no_change(
    run, db_path, snapshot, args, field, words
):
    run("list")
    before = snapshot(db_path)
    base = {"--partner": "Narnia City", "--type": "mou", "--country": "KR", "--date": "2025"}
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    flat = [x for pair in base.items() for x in pair]
    result = run("add", *flat, code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert field in lines[0] and words in lines[0]
    assert "Traceback" not in result.stderr
    assert snapshot(db_path) == before


def test_add_missing_required_option_is_usage_error(run, db_path, snapshot):
    run("list")
    before = snapshot(db_path)
    result = run("add", "--type", "mou", code=2)
    assert "--partner" in result.stderr
    assert snapshot(db_path) == before


def test_add_unknown_partner_without_country_is_rejected(run):
    result = run("add", "--partner", "Atlantis", "--type", "loi", code=2)
    assert "Atlantis" in result.stderr and "--country" in result.stderr


def test_list_filters(run):
    _add_busan(run)
    korean = run.json("list", "--country", "Korea Selatan")
    assert korean and all(r["country"] == "KR" for r in korean)
    assert {r["partner"] for r in run.json("list", "--country", "KR", "--type", "mou")} >= {"Busan"}
    assert all("flood_management" in r["sectors"] for r in run.json("list", "--sector", "banjir"))
    in_2025 = run.json("list", "--from", "2025-01-01", "--to", "2025-12-31")
    assert in_2025 and all(r["date_end"] >= "2025-01-01" for r in in_2025)
    assert run.json("list", "--limit", "1").__len__() == 1


def test_list_governor_filter_uses_aliases(run):
    by_name = run.json("list", "--governor", "Basuki Tjahaja Purnama")
    by_alias = run.json("list", "--governor", "Ahok")
    assert by_name == by_alias
    assert by_name and all(r["governor"] == "Basuki Tjahaja Purnama" for r in by_name)


def test_list_unknown_governor_is_error(run):
    result = run("list", "--governor", "Nobody Atall", code=2)
    assert "--governor" in result.stderr or "governor" in result.stderr


def test_list_json_contract(run):
    rows = run.json("list")
    assert isinstance(rows, list) and rows
    for row in rows:
        for key in (
            "id",
            "partner",
            "country",
            "type",
            "date",
            "governor",
            "sectors",
            "status",
            "title",
        ):
            assert key in row
        assert isinstance(row["sectors"], list)
        assert row["date"] is None or len(row["date"]) in (4, 7, 10)


def test_list_csv_has_header_and_rows(run):
    result = run("list", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {"id", "partner", "country", "type", "date"} <= set(rows[0])
    assert len(rows) == len(run.json("list"))


def test_list_table_fits_80_columns_and_keeps_partner(run):
    run("list")
    text = run_in_terminal("list", db=run.db, columns=80)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "Chungcheongnam-do (KR)" in text
    piped = run("list", env={"COLUMNS": "80"}).stdout
    assert "\x1b[" not in piped  # no colour when not a terminal


def test_list_sort_and_reverse(run):
    rows = run.json("list", "--sort", "partner")
    names = [r["partner"] or "" for r in rows if r["partner"]]
    assert names == sorted(names, key=str.lower)
    ids = [r["id"] for r in run.json("list", "--sort", "id", "--reverse")]
    assert ids == sorted(ids, reverse=True)


def test_show_by_id_key_and_alias(run):
    row = run.json("list", "--partner", "Chungcheongnam-do", "--type", "loi")[0]
    page = run("show", str(row["id"])).stdout
    assert "Kim Tae Heum" in page and "Sources" in page
    by_alias = run.json("show", "Chungnam")
    assert by_alias["partner"] == "Chungcheongnam-do"
    assert [h["date"] for h in by_alias["history"]] == sorted(
        [h["date"] for h in by_alias["history"]], key=lambda d: d or "9999"
    )
    assert run.json("show", row["key"])["id"] == row["id"]


def test_show_unknown_is_error(run):
    result = run("show", "Atlantis", code=2)
    assert "Atlantis" in result.stderr


def test_version_and_help(run):
    from kerjasama_cli import __version__

    assert __version__ in run("--version").stdout
    for command in ("add", "list", "show", "init"):
        assert "--db" in run(command, "--help").stdout


@pytest.mark.parametrize(
    "args, words",
    [
        (["add", "--type", "mou"], "Missing option '--partner'"),
        (["list", "--limit", "0"], "--limit"),
        (["list", "--format", "xml"], "xml"),
        (["lst"], "Did you mean 'list'"),
    ],
)
def test_usage_errors_are_one_line(run, args, words):
    run("list")
    result = run(*args, code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and lines[0].startswith("kerjasama")


def test_list_by_governor_has_two_spellings(run):
    assert run("list", "--by", "governor").stdout == run("list", "--by-governor").stdout
    assert "Pramono Anung" in run("list", "--by", "governor").stdout


def test_show_of_a_misspelt_partner_suggests_the_name(run):
    """`show Shangai` said only "no record or partner by that id, key, name or alias", where
    `--country Grece` and `partners show` suggest the name meant."""
    result = run("show", "Shangai", "--lang", "en", code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kerjasama: error: ID 'Shangai'")
    assert lines[0].endswith("did you mean 'Shanghai'?")
    assert "did you mean" not in run("show", "zzzzqqq", "--lang", "en", code=2).stderr
