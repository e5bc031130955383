"""One notion of a spreadsheet's file name (`files/spreadsheets.py`), the same for every command
that reads or writes a file: `.xlsx` is the one workbook kerjasama reads and writes; the other
spreadsheet names (.xls, .xlsm, .xlsb, .ods, .numbers) are refused wherever a file would be
read or written under them, and a text output (the HTML briefing, drafts) is never written
under any of them. Each refusal is one line, exit 2, and leaves no file behind.

Before: `report -o r.xlsb` and `report -o r.numbers` wrote the HTML page (report's own list
lacked them), `export -f csv -o m.xlsm` wrote CSV text (the readers' list lacked .xlsm), and
`report --xlsx w.ods`, `extract -o d.xlsx` and `import --skip-invalid --rejects r.xlsx` wrote a
file its name misdescribed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kerjasama_cli.files.spreadsheets import OTHER_SPREADSHEETS, SPREADSHEET_SUFFIXES, WORKBOOK

SUFFIXES = [".xlsx", ".xls", ".xlsm", ".xlsb", ".ods", ".numbers"]
OTHERS = [s for s in SUFFIXES if s != ".xlsx"]


def test_the_cases_cover_the_one_definition():
    # A suffix added to files/spreadsheets.py gets the cases below too.
    assert WORKBOOK == ".xlsx"
    assert sorted(SPREADSHEET_SUFFIXES) == sorted(SUFFIXES)
    assert sorted(OTHER_SPREADSHEETS) == sorted(OTHERS)


def _refused(result, option: str | None = None) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("kerjasama: error: " + (f"{option} '" if option else ""))
    return lines[0]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def run(seeded_run):
    return seeded_run


@pytest.mark.parametrize("suffix", [*OTHERS, ".ODS", ".Xlsm"])
def test_import_refuses_every_other_spreadsheet_and_says_save_as_xlsx(run, place, suffix):
    book = place / f"book{suffix}"
    book.write_bytes(b"PK\x03\x04 not really")
    result = run("import", book.name, code=2)
    line = _refused(result)
    assert "save it as an Excel workbook (.xlsx)" in line
    assert _files(place) == [book.name]


def test_import_reads_xlsx_as_a_workbook(run, place):
    book = place / "book.xlsx"
    book.write_bytes(b"PK\x03\x04 not really")
    line = _refused(run("import", book.name, code=2))
    assert "not an Excel workbook (.xlsx)" in line


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_export_writes_only_xlsx_among_spreadsheets(run, place, suffix):
    name = f"m{suffix}"
    if suffix == WORKBOOK:
        run("export", "-o", name)
        assert (place / name).read_bytes()[:2] == b"PK"
    else:
        _refused(run("export", "-o", name, code=2))
        assert _files(place) == []


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_export_never_writes_text_under_a_spreadsheet_name(run, place, suffix):
    name = f"m{suffix}"
    _refused(run("export", "-f", "csv", "-o", name, code=2), "--output")
    assert _files(place) == []


@pytest.mark.parametrize("suffix", [*SUFFIXES, ".XLSB"])
def test_report_never_writes_its_html_under_a_spreadsheet_name(run, place, suffix):
    name = f"r{suffix}"
    line = _refused(run("report", "-o", name, code=2), "--output")
    assert "HTML" in line and "--xlsx" in line
    assert _files(place) == []


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_report_writes_its_workbook_only_under_xlsx(run, place, suffix):
    args = ["report", "--period", "2025", "-o", "r.html"]
    name = f"w{suffix}"
    if suffix == WORKBOOK:
        run(*args, "--xlsx", name)
        assert (place / name).read_bytes()[:2] == b"PK"
    else:
        line = _refused(run(*args, "--xlsx", name, code=2), "--xlsx")
        assert f"kerjasama does not write {suffix} files; give a name ending .xlsx" in line
        assert _files(place) == []


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_extract_never_writes_its_drafts_under_a_spreadsheet_name(run, place, suffix):
    article = place.parent / "article.txt"
    article.write_text("Jakarta and Seoul signed an MoU on 3 May 2024.\n", encoding="utf-8")
    name = f"d{suffix}"
    result = run("extract", str(article), "-o", name, code=2)
    line = _refused(result, "--output")
    assert "YAML or JSON" in line
    assert _files(place) == []


@pytest.mark.parametrize(("data", "ext"), [("good.csv", ".csv"), ("good.ndjson", ".ndjson")])
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_import_never_writes_its_rejects_under_a_spreadsheet_name(run, place, suffix, data, ext):
    source = place.parent / data
    if ext == ".csv":
        source.write_text("partner,country,type,date\nBusan,KR,mou,zz\n", encoding="utf-8")
    else:
        source.write_text('{"partner": "Busan", "country": "KR", "date": "zz"}\n', "utf-8")
    before = run.json("list")
    name = f"r{suffix}"
    args = ["import", str(source), "--skip-invalid", "--rejects", name]
    line = _refused(run(*args, code=2), "--rejects")
    assert line.endswith(f"the rejects file is text; give a name ending {ext}")
    assert _files(place) == [] and run.json("list") == before
    run(*args[:-1], f"r{ext}")  # the name the rejects' format calls for is taken
    assert _files(place) == [f"r{ext}"]


def test_the_refusals_are_said_in_indonesian(run, place):
    args = ["--lang", "id"]
    line = _refused(
        run(*args, "report", "--period", "2025", "-o", "r.html", "--xlsx", "w.ods", code=2)
    )
    assert line.endswith("kerjasama tidak menulis berkas .ods; berikan nama berakhiran .xlsx")
    article = place.parent / "article.txt"
    article.write_text("Jakarta and Seoul signed an MoU on 3 May 2024.\n", encoding="utf-8")
    line = _refused(run(*args, "extract", str(article), "-o", "d.xlsx", code=2))
    assert "YAML atau JSON" in line
    book = place / "book.xlsm"
    book.write_bytes(b"PK\x03\x04")
    line = _refused(run(*args, "import", book.name, code=2))
    assert "buku kerja Excel bermakro (.xlsm)" in line
