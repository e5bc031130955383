"""Excel in and out: the bureau's workbooks import like CSV, and exports open in Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


openpyxl = pytest.importorskip("openpyxl")


def _bureau_workbook(path: Path, bad_date: bool = False) -> None:
    """As the bureau keeps it: a merged title row, Indonesian headers, a real date cell."""
    book = openpyxl.Workbook()
    book.active.title = "Catatan"
    ws = book.create_sheet("Kerja Sama 2025")
    ws.append(["Daftar Kerja Sama Luar Negeri Pemprov DKI Jakarta 2025"])
    ws.merge_cells("A1:F1")
    ws.append(["Mitra", "Negara", "Jenis", "Tanggal", "Bidang", "Judul"])
    ws.append(["Busan", "Korsel", "nota kesepahaman", dt.datetime(2025, 5, 27), "banjir", "MoU"])
    ws["D3"].number_format = "DD/MM/YYYY"
    ws.append(["Lyon", "Prancis", "LoI", "Agustus 2025", "kebudayaan", "LoI taman kota"])
    ws.append([])
    ws.append(["Yokohama", "Jepang", "kota kembar", 2024, "pendidikan", None])
    if bad_date:
        ws.append(["Athena", "Yunani", "LoI", "31 Juni 2025", "budaya", "LoI"])
    book.save(path)


def test_indonesian_headers_merged_title_and_a_date_cell(empty_run, tmp_path):
    path = tmp_path / "bureau.xlsx"
    _bureau_workbook(path)
    result = empty_run(
        "import", str(path), "--sheet", "Kerja Sama 2025", "--header-row", "2", "--lang", "en"
    )
    assert "3 inserted" in result.stderr
    rows = {r["partner"]: r for r in empty_run.json("list")}
    assert rows["Busan"]["date"] == "2025-05-27" and rows["Busan"]["type"] == "mou"
    assert rows["Busan"]["country"] == "KR" and rows["Busan"]["sectors"] == ["flood_management"]
    assert rows["Lyon"]["date"] == "2025-08" and rows["Lyon"]["country"] == "FR"
    assert rows["Yokohama"]["date"] == "2024" and rows["Yokohama"]["type"] == "sister_city"


def test_rejects_name_the_sheet_and_row(empty_run, tmp_path, monkeypatch):
    path = tmp_path / "bureau.xlsx"
    _bureau_workbook(path, bad_date=True)
    args = ["import", str(path), "--sheet", "Kerja Sama 2025", "--header-row", "2"]
    result = empty_run(*args, code=2)
    assert f"{path}:Kerja Sama 2025!7: Tanggal '31 Juni 2025': no such day" in result.stderr
    assert empty_run.json("list") == []  # all or nothing
    monkeypatch.chdir(tmp_path)
    empty_run(*args, "--skip-invalid")
    rejects = list(csv.reader(io.StringIO((tmp_path / "bureau.rejects.csv").read_text())))
    assert rejects[0][:6] == ["Mitra", "Negara", "Jenis", "Tanggal", "Bidang", "Judul"]
    assert rejects[1][0] == "Athena" and rejects[1][-2] == "7"


def test_first_sheet_by_default_and_a_missing_sheet_is_named(empty_run, tmp_path):
    path = tmp_path / "bureau.xlsx"
    _bureau_workbook(path)
    result = empty_run("import", str(path), code=2)  # the first sheet is empty
    assert "no records" in result.stderr
    result = empty_run("import", str(path), "--sheet", "2024", code=2)
    assert result.stderr == (
        "kerjasama: error: --sheet '2024': no such sheet in bureau.xlsx; "
        "it has 'Catatan', 'Kerja Sama 2025'\n"
    )
    assert empty_run("import", "x.csv", "--sheet", "A", code=2).stderr.count("\n") == 1


def test_export_import_export_gives_the_same_records(run, tmp_path):
    workbook = tmp_path / "registry.xlsx"
    run("export", "-o", str(workbook))
    copy = tmp_path / "copy.db"
    run("--db", str(copy), "init", "--empty")
    run("--db", str(copy), "import", str(workbook))
    original = run("export", "--format", "csv").stdout
    again = run("--db", str(copy), "export", "--format", "csv").stdout
    assert again == original and original.count("\n") == 23
    second = tmp_path / "again.xlsx"
    run("--db", str(copy), "export", "-o", str(second))
    first_rows = list(openpyxl.load_workbook(workbook).active.values)
    assert list(openpyxl.load_workbook(second).active.values) == first_rows


def test_export_is_a_workbook_people_can_use(run, tmp_path):
    workbook = tmp_path / "registry.xlsx"
    run("export", "-o", str(workbook), "--country", "KR")
    ws = openpyxl.load_workbook(workbook).active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}5"
    header = [c.value for c in ws[1]]
    assert header[:4] == ["key", "kind", "type", "partner"]
    dates = {row[0]: row[header.index("date")] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert dates["jeju-sister-city-2024"] == "2024"  # text at its own precision, not 2024.0
    assert all(isinstance(d, str) for d in dates.values())
    widths = [ws.column_dimensions[c].width for c in ("A", "K")]
    assert all(8 <= w <= 62 for w in widths)


def test_xlsx_export_needs_a_file(run):
    result = run("export", "--format", "xlsx", code=2)
    assert "-o FILE.xlsx" in result.stderr and result.stdout == ""
