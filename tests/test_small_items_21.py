"""The small items of issue 21, each as a user meets it."""

from __future__ import annotations

import re

import pytest
from conftest import Run, run_module


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


@pytest.mark.parametrize("command", [["list"], ["timeline"], ["stats"]])
def test_an_ambiguous_country_names_its_choices(run, command) -> None:
    result = run(*command, "--country", "Korea", code=2)
    assert result.stderr.strip().splitlines()[-1] == (
        "kerjasama: error: --country 'Korea': ambiguous: KP (North Korea) or KR (South Korea); "
        "give the code or full name"
    )


def test_add_with_an_ambiguous_country_writes_nothing(empty_run, snapshot) -> None:
    before = snapshot(empty_run.db)
    result = empty_run("add", "-p", "Busan", "-c", "Korea", "-t", "mou", code=2)
    assert "KP (North Korea) or KR (South Korea)" in result.stderr
    assert snapshot(empty_run.db) == before
    empty_run("add", "-p", "Busan", "-c", "Korea Selatan", "-t", "mou")
    assert empty_run.json("list")[0]["country"] == "KR"


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_an_old_workbook_is_told_about_xlsx(empty_run, tmp_path, suffix) -> None:
    book = tmp_path / f"kerja sama{suffix}"
    book.write_bytes(b"\xd0\xcf\x11\xe0not really")
    result = empty_run("import", str(book), code=2)
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"kerjasama: error: kerja sama{suffix}: ")
    assert "save it as an Excel workbook (.xlsx)" in line
    assert f"libreoffice --headless --convert-to xlsx 'kerja sama{suffix}'" in line


def test_an_unknown_extension_lists_xlsx(empty_run, tmp_path) -> None:
    data = tmp_path / "data.dat"
    data.write_text("x", encoding="utf-8")
    result = empty_run("import", str(data), code=2)
    assert "give --format yaml, json, ndjson, csv or xlsx" in result.stderr


@pytest.mark.parametrize("suffix", ["", "/"])
def test_importing_a_folder_says_it_is_a_directory(empty_run, tmp_path, suffix) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    result = empty_run("import", f"{folder}{suffix}", code=2)
    (line,) = result.stderr.strip().splitlines()
    assert line == (
        f"kerjasama: error: {folder}{suffix}: is a directory; give one file (e.g. {folder}/data.csv)"
    )
    # also with an explicit format
    assert "is a directory" in empty_run("import", str(folder), "--format", "csv", code=2).stderr


def test_a_limited_list_says_of_how_many(run) -> None:
    total = len(run.json("list"))
    assert total > 3
    assert run("list", "-n", "3").stdout.splitlines()[-1] == f"3 of {total} records"
    assert (
        run("list", "-n", "3", "--lang", "id").stdout.splitlines()[-1] == f"3 dari {total} catatan"
    )
    markdown = run("list", "-n", "3", "--format", "markdown").stdout
    assert markdown.strip().splitlines()[-1] == f"_3 of {total} records_"
    # a limit that shows everything, or a filter, counts what it selects
    assert run("list", "-n", str(total + 5)).stdout.splitlines()[-1] == f"{total} records"
    korea = len(run.json("list", "--country", "KR"))
    assert run("list", "-n", "1", "--country", "KR").stdout.splitlines()[-1] == (
        f"1 of {korea} records"
    )
    assert len(run.json("list", "-n", "3")) == 3  # machine output is unchanged


@pytest.mark.parametrize("word", ["dokumen", "document", "Dokumen", "documents"])
def test_kind_takes_the_word_output_uses(run, word) -> None:
    agreements = run.json("list", "--kind", "agreement")
    assert run.json("list", "--kind", word) == agreements
    assert {r["kind"] for r in agreements} == {"agreement"}
    assert run.json("list", "--kind", "kegiatan") == run.json("list", "--kind", "event")


def test_kind_refusal_names_the_words(run) -> None:
    result = run("list", "--kind", "surat", code=2)
    assert result.stderr.strip() == (
        "kerjasama: error: --kind 'surat': must be 'agreement' (document, dokumen) "
        "or 'event' (kegiatan)"
    )


def test_history_shows_local_time_with_its_offset(tmp_path) -> None:
    db = tmp_path / "r.db"
    assert run_module("init", "--empty", db=db).returncode == 0
    add = ("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "2025")
    assert run_module(*add, db=db).returncode == 0
    env = {"KERJASAMA_LANG": "en"}
    utc = run_module("history", "--format", "json", db=db, env=env)
    stored = __import__("json").loads(utc.stdout)[0]["at"]
    assert stored.endswith("+00:00")  # machine output stays UTC
    jakarta = run_module("history", db=db, env={**env, "TZ": "Asia/Jakarta"}).stdout
    assert "When (local time)" in jakarta
    import datetime as dt

    local = dt.datetime.fromisoformat(stored) + dt.timedelta(hours=7)
    assert local.strftime("%Y-%m-%d %H:%M:%S +07:00") in jakarta
    utc_text = run_module("history", db=db, env={**env, "TZ": "UTC"}).stdout
    assert re.search(r"\d{2}:\d{2}:\d{2} \+00:00", utc_text)
