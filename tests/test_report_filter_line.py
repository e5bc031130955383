"""The report's filter line ("Saringan: ...", "Filters: ...") says each filter as the reader gave
it (chores 36): a month-precise bound as the month ("Mei 2024"), a year as the year, never a day
the user did not type; every filter by its word in the language, values as text, never a Python
tuple."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _filter_line(run: Run, tmp_path: Path, lang: str, *args: str) -> str:
    out = tmp_path / f"report-{lang}.html"
    run("--lang", lang, "report", *args, "-o", str(out))
    page = out.read_text(encoding="utf-8")
    word = "Saringan" if lang == "id" else "Filters"
    found = re.search(rf"{word}: ([^<]*)", page)
    assert found, page[:2000]
    return html.unescape(found.group(1)).strip()


@pytest.mark.parametrize(
    ("lang", "args", "said"),
    [
        ("id", ("--from", "2024-05", "--to", "2025"), "tanggal dari Mei 2024; tanggal sampai 2025"),
        ("en", ("--from", "2024-05", "--to", "2025"), "date from May 2024; date to 2025"),
        ("id", ("--from", "2019"), "tanggal dari 2019"),
        ("en", ("--to", "Mei 2024"), "date to May 2024"),
        ("id", ("--from", "2024-05-03"), "tanggal dari 3 Mei 2024"),  # a day stays a day
        ("en", ("--from", "2019..2020"), "date from 2019"),
        ("id", ("--period", "2024"), "tanggal dari 2024; tanggal sampai 2024"),
        ("en", ("--period", "2025-01..2025-06"), "date from January 2025; date to June 2025"),
    ],
)
def test_a_bound_is_said_at_the_precision_it_was_given(
    run: Run, tmp_path: Path, lang: str, args: tuple[str, ...], said: str
) -> None:
    assert _filter_line(run, tmp_path, lang, *args) == said


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "mitra Shanghai, Seoul; kepala daerah Anies Baswedan; pihak daerah DKI Jakarta; "
            "melibatkan Jakarta; jenis kerja sama KSDPL; tahapan penandatanganan",
        ),
        (
            "en",
            "partner Shanghai, Seoul; governor Anies Baswedan; local party DKI Jakarta; "
            "involving Jakarta; family KSDPL; stage signing",
        ),
    ],
)
def test_every_filter_is_said_in_words_never_as_a_tuple(
    run: Run, tmp_path: Path, lang: str, said: str
) -> None:
    line = _filter_line(
        run, tmp_path, lang,
        "-p", "Shanghai", "-p", "Seoul", "-g", "Anies Baswedan", "--local-party", "DKI Jakarta",
        "--involving", "Jakarta", "--family", "ksdpl", "--stage", "signing",
    )  # fmt: skip
    assert "(" not in line and "'" not in line, line
    assert line == said


def test_every_filter_has_its_words_in_the_filter_line() -> None:
    # RecordFilter.describe() (English field names, no caller) is gone: the report's line is
    # the one description of a filter, so a filter added later must be said there too.
    import dataclasses

    from kerjasama_cli.domain.filters import RecordFilter
    from kerjasama_cli.report.strings import _FILTER_WORDS

    unsaid = {"public", "date_from_grain", "date_to_grain"}  # the page says it; the dates do
    fields = {f.name for f in dataclasses.fields(RecordFilter)}
    assert fields - unsaid == set(_FILTER_WORDS)
