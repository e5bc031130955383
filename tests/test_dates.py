"""Tests for fuzzy date parsing, labels, ordering and the YAML/JSON spec form."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from kerjasama_cli.domain.date_specs import parse_date_spec
from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.fuzzy_date import UNKNOWN, FuzzyDate, month_name

D = date


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2025-05-27", D(2025, 5, 27), D(2025, 5, 27), "day"),
        ("2025-05", D(2025, 5, 1), D(2025, 5, 31), "month"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
        ("27/5/2025", D(2025, 5, 27), D(2025, 5, 27), "day"),
        ("5/6/2025", D(2025, 6, 5), D(2025, 6, 5), "day"),  # day first, Indonesian style
        ("27-05-2025", D(2025, 5, 27), D(2025, 5, 27), "day"),
        ("27 Mei 2025", D(2025, 5, 27), D(2025, 5, 27), "day"),
        ("27 mei 2025", D(2025, 5, 27), D(2025, 5, 27), "day"),
        ("Agustus 2025", D(2025, 8, 1), D(2025, 8, 31), "month"),
        ("May 27, 2025", D(2025, 5, 27), D(2025, 5, 27), "day"),
        ("August 2025", D(2025, 8, 1), D(2025, 8, 31), "month"),
        ("12 Agustus 2025", D(2025, 8, 12), D(2025, 8, 12), "day"),
        ("Senin, 26 Mei 2025", D(2025, 5, 26), D(2025, 5, 26), "day"),
        ("Jumat 1 Maret 2024", D(2024, 3, 1), D(2024, 3, 1), "day"),
        ("Tuesday, 27 May 2025", D(2025, 5, 27), D(2025, 5, 27), "day"),
        ("3 Januari 2024", D(2024, 1, 3), D(2024, 1, 3), "day"),
        ("17 Agt 1945", D(1945, 8, 17), D(1945, 8, 17), "day"),
        ("1 Ags 2020", D(2020, 8, 1), D(2020, 8, 1), "day"),
        ("Agu 2020", D(2020, 8, 1), D(2020, 8, 31), "month"),
        ("Okt 2020", D(2020, 10, 1), D(2020, 10, 31), "month"),
        ("Des 2020", D(2020, 12, 1), D(2020, 12, 31), "month"),
        ("  2025-05-27 ", D(2025, 5, 27), D(2025, 5, 27), "day"),
        ("2025-02-20..2025-08-20", D(2025, 2, 20), D(2025, 8, 20), "range"),
        ("2024..2025-03", D(2024, 1, 1), D(2025, 3, 31), "range"),
        ("Feb 2025 – Agustus 2025", D(2025, 2, 1), D(2025, 8, 31), "range"),
        ("before 2015-05", None, D(2015, 5, 31), "by"),
        ("by 2015-05", None, D(2015, 5, 31), "by"),
        ("sebelum Mei 2015", None, D(2015, 5, 31), "by"),
        ("by 12 May 2015", None, D(2015, 5, 12), "by"),
        ("sebelum 2015", None, D(2015, 12, 31), "by"),
    ],
)
def test_parse_date(text: str, start: date | None, end: date, precision: str) -> None:
    assert parse_date(text) == FuzzyDate(start, end, precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2025-02-30", "no such day (February 2025 has 28 days)"),
        ("31 April 2025", "no such day (April 2025 has 30 days)"),
        ("29 Feb 2023", "no such day (February 2023 has 28 days)"),
        ("32/1/2025", "no such day (January 2025 has 31 days)"),
        ("2025-13", "no such month (13)"),
        ("27/13/2025", "no such month (13)"),
        ("soon", "not a date"),
        ("Mei", "has no year"),
        ("27 Mei", "has no year"),
        ("27 Mei 2025 10:00", "time of day"),
        ("2025-08..2025-02", "range ends before it starts"),
        ("", "is empty"),
        ("   ", "is empty"),
    ],
)
def test_parse_date_errors(text: str, reason: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_date(text, field="signed")
    assert err.value.field == "signed"
    assert err.value.value == text
    assert reason in err.value.reason


@pytest.mark.parametrize(
    ("text", "iso", "label_id", "label_en"),
    [
        ("2025-05-27", "2025-05-27", "27 Mei 2025", "27 May 2025"),
        ("2025-08", "2025-08", "Agustus 2025", "August 2025"),
        ("2024", "2024", "2024", "2024"),
        (
            "2025-02-20..2025-08-11",
            "2025",
            "20 Februari 2025 – 11 Agustus 2025",
            "20 February 2025 – 11 August 2025",
        ),
        (
            "2025-05-02..2025-05-20",
            "2025-05",
            "2 Mei 2025 – 20 Mei 2025",
            "2 May 2025 – 20 May 2025",
        ),
        ("2024..2025", None, "2024 – 2025", "2024 – 2025"),
        ("2025-02..2025-08", "2025", "Februari 2025 – Agustus 2025", "February 2025 – August 2025"),
        ("by 12 May 2015", None, "sebelum 12 Mei 2015", "by 12 May 2015"),
        ("by 2015-05", None, "sebelum Mei 2015", "by May 2015"),
        ("by 2015", None, "sebelum 31 Desember 2015", "by 31 December 2015"),
    ],
)
def test_iso_and_labels(text: str, iso: str | None, label_id: str, label_en: str) -> None:
    d = parse_date(text)
    assert d.iso() == iso
    assert d.label() == label_id
    assert d.label("id") == label_id
    assert d.label("en") == label_en


def test_unknown() -> None:
    assert UNKNOWN.iso() is None
    assert UNKNOWN.label() == "tanggal tidak diketahui"
    assert UNKNOWN.label("en") == "date unknown"
    assert UNKNOWN.to_spec() is None
    assert UNKNOWN.approximate


def test_range_iso_same_day() -> None:
    assert parse_date("2025-05-27..2025-05-27").iso() == "2025-05-27"


def test_approximate() -> None:
    assert not parse_date("2025-05-27").approximate
    for text in ("2025-05", "2025", "2025-01..2025-02", "by 2025"):
        assert parse_date(text).approximate


def test_sort_mixed_precisions() -> None:
    items = [
        UNKNOWN,
        parse_date("2024-05-27"),
        parse_date("by 2024-03"),
        parse_date("2024-05"),
        parse_date("2023-12-31"),
        parse_date("2024"),
        parse_date("2024-05-01"),
        parse_date("2024-01..2024-12"),
    ]
    ordered = sorted(items, key=FuzzyDate.sort_key)
    assert [d.to_spec() for d in ordered] == [
        "2023-12-31",
        "2024",  # starts Jan 1, same interval as the range: the year sorts first
        {"from": "2024", "to": "2024"},
        {"by": "2024-03"},
        "2024-05-01",  # same start as the month but narrower, so first
        "2024-05",
        "2024-05-27",
        None,
    ]
    shuffled = list(items)
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=FuzzyDate.sort_key) == ordered


@pytest.mark.parametrize(
    "text",
    [
        "2025-05-27",
        "2025-05",
        "2025",
        "2025-02-20..2025-08-20",
        "2024..2025",
        "2025-02..2025-08",
        "2025-05-02..2025-06",
        "by 2015-05",
        "by 2015",
        "by 12 May 2015",
    ],
)
def test_spec_round_trip(text: str) -> None:
    d = parse_date(text)
    assert parse_date_spec(d.to_spec()) == d


def test_spec_round_trip_unknown() -> None:
    assert parse_date_spec(UNKNOWN.to_spec()) == UNKNOWN


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, UNKNOWN),
        ("27 Mei 2025", FuzzyDate(D(2025, 5, 27), D(2025, 5, 27), "day")),
        (D(2025, 5, 27), FuzzyDate(D(2025, 5, 27), D(2025, 5, 27), "day")),
        # a datetime at midnight is a date kept as a datetime (YAML's, Excel's): the day
        (datetime(2025, 5, 27), FuzzyDate(D(2025, 5, 27), D(2025, 5, 27), "day")),
        (2024, FuzzyDate(D(2024, 1, 1), D(2024, 12, 31), "year")),
        ({"from": "2025-02", "to": 2025}, FuzzyDate(D(2025, 2, 1), D(2025, 12, 31), "range")),
        (
            {"from": D(2025, 2, 3), "to": "Agustus 2025"},
            FuzzyDate(D(2025, 2, 3), D(2025, 8, 31), "range"),
        ),
        ({"by": "2015-05"}, FuzzyDate(None, D(2015, 5, 31), "by")),
        ({"by": 2015}, FuzzyDate(None, D(2015, 12, 31), "by")),
    ],
)
def test_parse_date_spec(value: object, expected: FuzzyDate) -> None:
    assert parse_date_spec(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        True,
        3.5,
        [2025],
        {"from": "2025"},
        {"to": "2025"},
        {"from": "2025", "by": "2026"},
        {"from": "2026", "to": "2025"},
        {"by": "by 2025"},
        {"from": None, "to": "2025"},
        0,
        "soon",
        datetime(2025, 5, 27, 9, 30),  # a time of day: refused, as a workbook cell's is
    ],
)
def test_parse_date_spec_errors(value: object) -> None:
    with pytest.raises(ValidationError) as err:
        parse_date_spec(value, field="ended")
    assert err.value.field == "ended"


def test_overlaps() -> None:
    may = parse_date("2025-05")
    assert may.overlaps(D(2025, 5, 31), D(2025, 6, 30))
    assert may.overlaps(None, D(2025, 5, 1))
    assert may.overlaps(D(2025, 5, 31), None)
    assert may.overlaps(None, None)
    assert not may.overlaps(D(2025, 6, 1), None)
    assert not may.overlaps(None, D(2025, 4, 30))
    deadline = parse_date("by 2015")
    assert deadline.overlaps(D(1990, 1, 1), D(1990, 12, 31))
    assert not deadline.overlaps(D(2016, 1, 1), None)
    assert not UNKNOWN.overlaps(None, None)


def test_month_name() -> None:
    assert month_name(5, "id") == "Mei"
    assert month_name(8, "en") == "August"
    assert month_name(12, "id") == "Desember"
    with pytest.raises(ValueError):
        month_name(13, "id")
    with pytest.raises(ValueError):
        month_name(1, "fr")


def test_frozen() -> None:
    d = parse_date("2025")
    with pytest.raises(AttributeError):
        d.precision = "day"  # type: ignore[misc]


def test_import_is_lazy() -> None:
    # Start-up time: importing the module must not pull in dateutil.
    code = "import sys, kerjasama_cli.domain.dates; sys.exit('dateutil' in sys.modules)"
    src = Path(__file__).parents[1] / "src"
    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(src)}, check=False)
    assert result.returncode == 0
