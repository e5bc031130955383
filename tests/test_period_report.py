"""Issue 22, point 6: `report --period` (HTML sections and an xlsx workbook of the same tables,
the agenda among them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def _section(html: str, sheet: str) -> str:
    match = re.search(rf'<section id="period-{sheet}">(.*?)</section>', html, re.S)
    assert match, sheet
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip()


@pytest.fixture
def period_run(run: Run, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("KERJASAMA_TODAY", "2025-12-01")
    # An MoU of 2020 with a 5-year term lapses in 2025; one renewed in 2025 goes on.
    run(
        "add",
        "--partner",
        "Shanghai",
        "--type",
        "mou",
        "--date",
        "2020-03-01",
        "--term-years",
        "5",
        "--title",
        "MoU on river cleaning",
    )
    mou = run.json("list", "--partner", "Shanghai", "--type", "mou")
    key = [r["key"] for r in mou if r["title"] == "MoU on river cleaning"][0]
    run(
        "add",
        "--partner",
        "Jeju",
        "--type",
        "agreement",
        "--date",
        "2020-06-01",
        "--term-years",
        "5",
        "--title",
        "PKS on tourism",
    )
    run(
        "add",
        "--partner",
        "Kuala Lumpur",
        "--type",
        "mou",
        "--date",
        "2025-10-20",
        "--title",
        "MoU Kuala Lumpur sister city",
        "--sector",
        "budaya",
    )
    run(
        "evidence",
        "add",
        "kuala-lumpur-loi-2025-08",
        "dprd_approval",
        "--date",
        "2025-09-15",
        "--number",
        "Keputusan DPRD 7/2025",
    )
    run.mou_key = key  # type: ignore[attr-defined]
    return run


def test_the_period_report_has_every_table(period_run: Run, tmp_path: Path):
    out, book = tmp_path / "laporan.html", tmp_path / "laporan.xlsx"
    result = period_run("report", "--period", "2025", "-o", str(out), "--xlsx", str(book))
    assert "wrote" in result.stderr
    html = out.read_text(encoding="utf-8")
    assert "Report for the period 2025-01-01 – 2025-12-31" in html
    new = _section(html, "new")
    assert re.search(r"KSDPL cultural exchange \d", new)  # the Kuala Lumpur MoU, by its sector
    assert "KSDLL" not in new  # no institution signed anything in 2025
    stages = _section(html, "stages")
    assert "Kuala Lumpur DPRD approval 2025-09-15" in stages
    assert "Kuala Lumpur signing 2025-10-20" in stages
    signed = _section(html, "signed")
    assert "Pramono Anung Gubernur" in signed
    lapsed = _section(html, "lapsed")
    assert "2025-02-28 lapsed Shanghai" in lapsed and "MoU on river cleaning" in lapsed
    assert "2025-05-31 lapsed Jeju" in lapsed
    activity = _section(html, "activity")
    assert activity.startswith("Activity per partnership Partner Local party Documents Events Last")
    agenda = _section(html, "agenda")
    assert "Shanghai (last activity 2023-04-27)" in agenda

    from openpyxl import load_workbook

    workbook = load_workbook(book, read_only=True)
    assert workbook.sheetnames == ["new", "stages", "signed", "activity", "lapsed", "agenda"]
    rows = list(workbook["new"].iter_rows(values_only=True))
    assert rows[0][0] == "New cooperation by family and object"
    assert rows[1] == ("Family", "Object", "Documents")
    assert any(row[:2] == ("KSDPL", "cultural exchange") for row in rows)
    stage_rows = list(workbook["stages"].iter_rows(values_only=True))
    assert ("Kuala Lumpur", "DPRD approval", "2025-09-15") in stage_rows


def test_from_and_to_make_a_period_report_too(period_run: Run):
    html = period_run("report", "--from", "2025-07", "--to", "2025-12").stdout
    assert "Report for the period 2025-07-01 – 2025-12-31" in html
    assert "2025-02-28" not in _section(html, "lapsed")  # before the period
    plain = period_run("report").stdout
    assert 'id="period"' not in plain


def test_period_input_errors(period_run: Run, tmp_path: Path):
    result = period_run("report", "--period", "2025", "--from", "2024", code=2)
    assert "give --period or --from/--to, not both" in result.stderr
    result = period_run("report", "--period", "sometime", code=2)
    assert result.stderr.startswith("kerjasama: error: --period 'sometime'")
    result = period_run("report", "--xlsx", str(tmp_path / "x.xlsx"), code=2)
    assert "needs a period" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_the_period_report_in_indonesian(period_run: Run):
    html = period_run("report", "--period", "2025", "--lang", "id").stdout
    assert "Laporan periode 2025-01-01 – 2025-12-31" in html
    assert "Kerja sama baru menurut jenis dan objek" in html
    assert "persetujuan DPRD" in html
