"""Reasons said by the checks every value passes, in one language (chores after issue 30).

Under `--lang id` a too-long `--title`, a control character in an imported cell, a number where
text is expected, a stage that is not in the party's list, a lone `AND` in a search and a draft
`extract --import` refused printed English reasons after the Indonesian prefix. Each case below
printed English before the change; the English lines stay English.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Run
from test_error_language import _one_indonesian_line
from test_error_language_values import english_left
from test_import_stage import HOUSTON


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


ADD = ["add", "--partner", "Shanghai", "--type", "mou", "--date", "2020"]
_RECORD = {"type": "mou", "partner": "Shanghai", "date": "2020"}


@pytest.mark.parametrize(
    "args, indonesian",
    [
        ([*ADD, "--title", "x" * 1200], "karakter"),
        ([*ADD, "--title", "a\nb"], "baris"),
        ([*ADD, "--title", "a\x01b"], "U+0001"),
        (["list", "--partner", "x" * 1200], "karakter"),
        (["search", "a AND"], "AND"),
        (["search", "OR b"], "OR"),
        (["search", "NOT a"], "NOT"),
        (["search", "()"], "()"),
        (["evidence", "add", "1", "x y!"], "tahap"),
    ],
)
def test_check_reasons_speak_indonesian(run: Run, args: list[str], indonesian: str):
    line = _one_indonesian_line(run("--lang", "id", *args, code=2).stderr)
    assert english_left(line) == [], line
    assert indonesian in line
    assert english_left(run("--lang", "en", *args, code=2).stderr)


def _import_lines(run: Run, path: Path, lang: str) -> list[str]:
    stderr = run("--lang", lang, "import", str(path), code=2).stderr
    return [line for line in stderr.splitlines() if f"{path.name}#" in line or ":2:" in line]


# Field names are named as the file gives them (`date`, `title`), and the stage keys as typed.
_FIELDS = ("date", "title", "sectors", "signatories", "stage", "full", "loi")


def test_wrong_types_in_an_import_speak_indonesian(run: Run, tmp_path: Path):
    path = tmp_path / "r.json"
    record = {
        "type": "mou",
        "partner": "Shanghai",
        "date": {"x": 1},
        "title": 5,
        "sectors": [1],
        "signatories": [{"name": 3}],
    }
    path.write_text(json.dumps([record]), encoding="utf-8")
    lines = _import_lines(run, path, "id")
    assert len(lines) == 4, lines
    for line in lines:
        assert english_left(line, _FIELDS) == [], line
    assert all(english_left(line, _FIELDS) for line in _import_lines(run, path, "en"))


@pytest.mark.parametrize(
    "cells, indonesian",
    [
        ("mou,Shanghai,2020,zzz", "tahap"),
        ('mou,Shanghai,2020,"a\x01"', "U+0001"),
        ("mou,Shanghai,2020," + "x" * 1200, "karakter"),
    ],
)
def test_bad_cells_in_an_import_speak_indonesian(run: Run, tmp_path: Path, cells, indonesian):
    path = tmp_path / "r.csv"
    header = "type,partner,date,stage" if "zzz" in cells else "type,partner,date,title"
    path.write_text(f"{header}\n{cells}\n", encoding="utf-8")
    (line,) = _import_lines(run, path, "id")
    assert english_left(line, _FIELDS) == [], line
    assert indonesian in line
    (english,) = _import_lines(run, path, "en")
    assert english_left(english, _FIELDS), english


def test_a_refused_draft_speaks_indonesian(run: Run, tmp_path: Path):
    article = tmp_path / "houston.txt"
    article.write_text(HOUSTON, encoding="utf-8")
    saved = tmp_path / "drafts.yaml"
    saved.write_text(run("extract", str(article)).stdout, encoding="utf-8")
    run("import", str(saved))  # Palembang, whose own stage list leaves out exploration
    run("stages", "set", "--local-party", "Palembang", "initiative", "loi:loi", "signing:mou")
    stderr = run("--lang", "id", "extract", str(article), "--import", "--yes", code=2).stderr
    (line,) = [line for line in stderr.splitlines() if "#1" in line]
    assert english_left(line, _FIELDS) == [], line
    assert "'exploration'" in line and "Palembang" in line
    english = run("--lang", "en", "extract", str(article), "--import", "--yes", code=2).stderr
    assert "draft #1: stage 'exploration': not a stage of Palembang's stage list" in english


@pytest.mark.parametrize(
    "name, text, indonesian",
    [
        ("long.csv", "type,partner,date," + "h" * 300 + "\nmou,Shanghai,2020,x\n", "kolom"),
        ("control.csv", "type,partner,date,ti\x01tle\nmou,Shanghai,2020,x\n", "kolom"),
        ("unknown.csv", "type,partner,date,titel\nmou,Shanghai,2020,x\n", "kolom"),
        ("many.json", json.dumps([{**_RECORD, "sectors": ["a"] * 300}]), "lagi"),
        ("deep.json", json.dumps([{**_RECORD, "sectors": [[[1]]]}]), "daftar"),
    ],
)
def test_the_words_around_a_value_speak_indonesian(
    run: Run, tmp_path: Path, name, text, indonesian
):
    """The field's label (`column`) and the summary of a long list (`… 297 more`)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    stderr = run("--lang", "id", "import", str(path), code=2).stderr
    line = stderr.splitlines()[0]
    assert english_left(line, _FIELDS) == [], line
    assert indonesian in line
    assert english_left(run("--lang", "en", "import", str(path), code=2).stderr, _FIELDS)


def test_history_names_every_kind_of_entry_in_indonesian(run: Run, tmp_path: Path):
    """`tambah government`, `ubah setting`: the kind of entry a change is to, in the language."""
    import sqlite3

    document = tmp_path / "surat.txt"
    document.write_text("isi\n", encoding="utf-8")
    run("classify", "1", "--family", "ksdpl")
    run("attach", "1", str(document))
    run("settings", "set", "dormant_years", "2")
    conn = sqlite3.connect(run.db)
    kinds = {kind for (kind,) in conn.execute("SELECT DISTINCT entity FROM history")}
    conn.close()
    assert {"government", "classification", "document", "setting"} <= kinds
    shown = run("--lang", "id", "history", "-n", "1000").stdout
    words = set(shown.split())  # the action column: `tambah catatan`, `ubah pengaturan`
    assert not words & {"government", "classification", "document", "setting"}, shown


def test_restoring_a_change_to_another_entry_names_its_kind_in_indonesian(run: Run):
    import sqlite3

    conn = sqlite3.connect(run.db)
    (change,) = conn.execute("SELECT min(id) FROM history WHERE entity = 'government'").fetchone()
    conn.close()
    line = _one_indonesian_line(
        run("--lang", "id", "history", "restore", str(change), code=2).stderr
    )
    assert "pemerintah daerah" in line and "government" not in line
    english = run("--lang", "en", "history", "restore", str(change), code=2).stderr
    assert "that change is to the government entry" in english


def test_a_workbook_row_wider_than_its_header_speaks_indonesian(run: Run, tmp_path: Path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["type", "partner", "date"])
    sheet.append(["mou", "Shanghai", "2020", "beyond"])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    (line,) = [x for x in run("--lang", "id", "import", str(path), code=2).stderr.splitlines()[:1]]
    assert english_left(line, _FIELDS) == [], line
    assert "3" in line and "kolom" in line
    english = run("--lang", "en", "import", str(path), code=2).stderr
    assert "has a value beyond the header's 3 columns" in english


def test_an_unknown_partner_in_a_file_and_its_homonym_line_speak_indonesian(
    run: Run, tmp_path: Path
):
    # `import` of a partner the registry lacks said "berikan a country untuk membuatnya"; a new
    # partner named like one in another country got a whole English line in an Indonesian run.
    missing = tmp_path / "missing.csv"
    missing.write_text("partner,type,date\nAtlantis,visit,2024-05-01\n", encoding="utf-8")
    lines = run("--lang", "id", "import", str(missing), code=2).stderr.splitlines()
    line = next(line for line in lines if ":2: partner 'Atlantis'" in line)
    reason = line.split("'Atlantis': ", 1)[1]  # the field keeps the file's column name
    assert english_left(reason) == [] and "a country" not in reason, line
    homonym = tmp_path / "homonym.csv"
    homonym.write_text(
        "partner,country,type,date\nShanghai,JP,visit,2024-05-01\n", encoding="utf-8"
    )
    said = run("--lang", "id", "import", str(homonym)).stderr.strip().splitlines()
    assert len(said) == 2 and "Shanghai (JP; juga CN)" in said[0], said
    assert all(english_left(line) == [] for line in said), said
    stateless = tmp_path / "stateless.csv"  # named like CityNet, an organisation of no country
    stateless.write_text(
        "partner,country,type,date\nCityNet,JP,visit,2024-05-01\n", encoding="utf-8"
    )
    said = run("--lang", "id", "import", str(stateless)).stderr.strip().splitlines()
    assert "CityNet (JP; juga tanpa negara)" in said[0], said
    english = run("--lang", "en", "import", str(missing), code=2).stderr
    assert "needs its country" in english
