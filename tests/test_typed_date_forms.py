"""Dates as users type them (chores 36): ISO basic ("20240305"), a fiscal year ("TA 2024"), a
period in Indonesian short form (`--within 6b`), and a two-digit year ("5/3/24", refused with the
four-digit form to write). Every command reads them through the one grammar (domain/dates.py),
so `add`, `edit`, `import` and the filters agree; the refusals are one line, in either language."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run


def _dates(run: Run) -> dict[str, tuple[str, str]]:
    return {r["partner"]: (r["date_start"], r["date_end"]) for r in run.json("list")}


def test_add_edit_and_filters_read_iso_basic_and_fiscal_years(empty_run: Run) -> None:
    empty_run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "20240305")
    empty_run("add", "-p", "Tokyo", "-c", "JP", "-t", "mou", "--date", "TA 2023")
    assert _dates(empty_run) == {
        "Busan": ("2024-03-05", "2024-03-05"),
        "Tokyo": ("2023-01-01", "2023-12-31"),
    }
    (tokyo,) = empty_run.json("list", "-p", "Tokyo")
    empty_run("edit", str(tokyo["id"]), "--date", "T.A. 2022")
    assert _dates(empty_run)["Tokyo"] == ("2022-01-01", "2022-12-31")
    assert [r["partner"] for r in empty_run.json("list", "--from", "TA 2024")] == ["Busan"]
    assert [r["partner"] for r in empty_run.json("list", "--to", "20231231")] == ["Tokyo"]


def test_import_reads_the_same_forms_on_both_paths(empty_run: Run, tmp_path: Path) -> None:
    # A few rows take the row path; 600 take the set-wise one (store/imports/setwise.py).
    for rows in (1, 600):
        sheet = tmp_path / f"dates{rows}.csv"
        lines = ["key,partner,country,type,date"]
        for n in range(rows):
            lines.append(f"b{rows}-{n},Busan,KR,visit,20240305")
            lines.append(f"t{rows}-{n},Tokyo,JP,visit,tahun anggaran 2023")
        sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
        empty_run("import", str(sheet))
    spans = {(r["partner"], r["date_start"], r["date_end"]) for r in empty_run.json("list")}
    assert spans == {("Busan", "2024-03-05", "2024-03-05"), ("Tokyo", "2023-01-01", "2023-12-31")}


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "--date '5/3/24': a two-digit year (24); write all four digits, e.g. '5/3/2024'"),
        (
            "id",
            "--date '5/3/24': tahun dua digit (24); tulis keempat digitnya, mis. '5/3/2024'",
        ),
    ],
)
def test_a_two_digit_year_is_refused_in_one_line(
    empty_run: Run, snapshot, lang: str, said: str
) -> None:
    before = snapshot(empty_run.db)
    result = empty_run(
        "--lang", lang, "add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "5/3/24", code=2
    )
    (line,) = result.stderr.strip().splitlines()
    assert line.endswith(said), line
    assert snapshot(empty_run.db) == before
    result = empty_run("--lang", lang, "list", "--from", "5/3/24", code=2)
    assert result.stderr.strip().endswith(said.replace("--date", "--from"))


def test_import_rejects_a_two_digit_year_naming_the_row(empty_run: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "short.csv"
    sheet.write_text("partner,country,type,date\nBusan,KR,mou,5/3/24\n", encoding="utf-8")
    result = empty_run("import", str(sheet), code=2)
    assert "date '5/3/24': a two-digit year (24); write all four digits" in result.stderr
    assert empty_run.json("list") == []


def test_within_and_expiring_take_b_for_bulan(seeded_run: Run, monkeypatch) -> None:
    monkeypatch.setenv("KERJASAMA_TODAY", "2026-01-15")
    seeded_run("add", "-p", "Shanghai", "-t", "mou", "-d", "2021-04-01", "--end-date", "2026-03-31")
    assert seeded_run.json("agenda", "--within", "6b") == seeded_run.json(
        "agenda", "--within", "6 bulan"
    )
    assert seeded_run.json("list", "--expiring", "6b") == seeded_run.json(
        "list", "--expiring", "6m"
    )
    assert any(r["partner"] == "Shanghai" for r in seeded_run.json("list", "--expiring", "6b"))
