"""A date written as text with a midnight time, as spreadsheets, pandas and JSON writers keep a
date ("2025-03-05 00:00:00", "2025-03-05T00:00:00", "5/3/2025 0:00"), is that day, in `add`,
CSV, JSON and a workbook's text cell alike: the one date grammar (`domain/dates.py`) reads it, as
a YAML or workbook datetime at midnight already was (tests/test_user_walk_left.py). Any other
time of day is refused, with the line it had."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.fuzzy_date import FuzzyDate

MIDNIGHTS = [
    "2025-03-05 00:00:00",  # pandas' to_csv, Excel's CSV of a date cell
    "2025-03-05T00:00:00",  # pandas' to_json(date_format="iso"), isoformat()
    "2025-03-05T00:00:00.000",
    "2025-03-05T00:00:00.000Z",  # JavaScript's toISOString of a date made in UTC
    "2025-03-05 00:00:00+07:00",
    "2025-03-05 00:00",
    "05/03/2025 00:00:00",  # day first, as the grammar reads 05/03/2025
    "5/3/2025 0:00",
]
NOT_MIDNIGHT = ["2025-03-05 10:30:00", "2025-03-05T00:00:01", "2025-03-05T00:30", "2025-03 00:00"]


@pytest.mark.parametrize("text", MIDNIGHTS)
def test_a_midnight_time_is_the_day_itself(text: str) -> None:
    assert parse_date(text) == parse_date("2025-03-05")
    assert parse_date(text).precision == "day"


@pytest.mark.parametrize("text", NOT_MIDNIGHT)
def test_any_other_time_of_day_is_still_refused(empty_run, text: str) -> None:
    result = empty_run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", text, code=2)
    assert result.stderr.strip().endswith(f"--date '{text}': has a time of day; give the date only")


def test_add_takes_a_midnight_date_and_end_date_as_the_day(empty_run) -> None:
    empty_run(
        "add",
        "-p",
        "Busan",
        "-c",
        "KR",
        "-t",
        "mou",
        "-d",
        "2025-03-05 00:00:00",
        "--end-date",
        "2030-03-04T00:00:00",
    )
    [row] = empty_run.json("list")
    assert (row["date"], row["date_precision"], row["valid_until"]) == (
        "2025-03-05",
        "day",
        "2030-03-04",
    )


def test_csv_and_json_imports_take_midnight_dates_and_refuse_other_times(
    empty_run, tmp_path: Path
) -> None:
    sheet = tmp_path / "bureau.csv"
    sheet.write_text(
        "partner,country,type,date,end_date\n"
        "Busan,KR,mou,2025-03-05 00:00:00,2030-03-04 00:00:00\n"
        "Osaka,JP,loi,2025-03-06 14:30:00,\n",
        encoding="utf-8",
    )
    rejects = tmp_path / "r.csv"
    result = empty_run("import", str(sheet), "--skip-invalid", "--rejects", str(rejects))
    [reject] = [line for line in result.stderr.splitlines() if ":3:" in line]
    assert reject.endswith("date '2025-03-06 14:30:00': has a time of day; give the date only")
    rows = [
        {"partner": "Varna", "country": "BG", "type": "visit", "date": "2024-11-20T00:00:00"},
        {"partner": "Perth", "country": "AU", "type": "visit", "date": "2024-11-21T00:00:00.000Z"},
    ]
    document = tmp_path / "visits.json"
    document.write_text(json.dumps(rows), encoding="utf-8")
    empty_run("import", str(document))
    dates = {r["partner"]: (r["date"], r["date_precision"]) for r in empty_run.json("list")}
    assert dates == {
        "Busan": ("2025-03-05", "day"),
        "Varna": ("2024-11-20", "day"),
        "Perth": ("2024-11-21", "day"),
    }
    [busan] = empty_run.json("list", "-p", "Busan")
    assert busan["valid_until"] == "2030-03-04"


def test_a_workbook_text_cell_with_a_midnight_time_is_its_day(empty_run, tmp_path: Path) -> None:
    # A date cell typed as text (a column formatted as text, a sheet made from a CSV).
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["partner", "country", "type", "date"])
    book.active.append(["Busan", "KR", "mou", "2025-03-05 00:00:00"])
    path = tmp_path / "bureau.xlsx"
    book.save(path)
    empty_run("import", str(path))
    [row] = empty_run.json("list")
    assert row["date"] == "2025-03-05"


def test_a_midnight_range_end_reads_as_its_day() -> None:
    assert parse_date("2025-03-01 00:00:00..2025-03-05 00:00:00") == FuzzyDate(
        parse_date("2025-03-01").start, parse_date("2025-03-05").end, "range"
    )
