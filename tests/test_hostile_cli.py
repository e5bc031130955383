"""Issue 9, command-line part: hostile option values end in one clear line and exit 2.

Each test here was written from a failure seen on `main` (a traceback, SQLite's own message, a
Python repr in a message, an impossible date pair stored) before the fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Run

from kerjasama_cli.cli.app import app
from kerjasama_cli.domain.errors import ValidationError, shown
from kerjasama_cli.domain.limits import (
    MAX_NAME_CHARS,
    MAX_QUERY_CHARS,
    MAX_QUERY_DEPTH,
    MAX_REPEATS,
)


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


HUGE = "x" * 100_000


def one_error_line(result) -> str:
    # (the first command on a fresh database also says it loaded the seed)
    lines = [
        x for x in result.stderr.strip().splitlines() if not x.startswith("kerjasama: created")
    ]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kerjasama: error: ") or lines[0].startswith("kerjasama "), lines
    assert "Traceback" not in result.stderr and "None" not in result.stderr
    return lines[0]


# -- found #3: nested parentheses crashed the query parser -------------------------------------


@pytest.mark.parametrize("command", [["search"], ["list", "--query"], ["stats", "--query"]])
def test_deeply_nested_query_is_a_usage_error(run, command):
    query = "(" * 300 + "jeju" + ")" * 300
    line = one_error_line(run(*command, query, code=2))
    assert f"more than {MAX_QUERY_DEPTH} levels deep" in line
    assert len(line) < 300


def test_nesting_at_the_limit_still_searches(run):
    query = "(" * MAX_QUERY_DEPTH + "jeju" + ")" * MAX_QUERY_DEPTH
    assert run.json("search", query)  # the seed has Jeju


def test_query_longer_than_the_limit_is_refused(run):
    query = " OR ".join(["jeju"] * 1000)
    line = one_error_line(run("search", query, code=2))
    assert f"at most {MAX_QUERY_CHARS:,}" in line and "characters" in line


def test_long_not_chain_within_the_limit_does_not_crash(run):
    query = "jeju" + " NOT x" * ((MAX_QUERY_CHARS - 4) // 6)
    result = run.runner.invoke(app, ["--db", str(run.db), "search", query])
    assert result.exit_code in (0, 1, 2)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr


# -- found #5: a 100,000-character filter reached SQLite ---------------------------------------

FILTERS = [
    "--partner",
    "--governor",
    "--local-party",
    "--country",
    "--type",
    "--sector",
    "--kind",
    "--status",
    "--from",
    "--to",
    "--expiring",
    "--query",
]


@pytest.mark.parametrize("option", FILTERS)
def test_every_filter_value_is_bounded(run, option):
    line = one_error_line(run("list", option, HUGE, code=2))
    assert option in line
    assert "100,000 characters" in line and "at most" in line
    assert len(line) < 300  # the value is abbreviated, not echoed


def test_partner_filter_at_the_limit_is_an_ordinary_empty_result(run):
    assert run.json("list", "--partner", "x" * MAX_NAME_CHARS) == []


def test_control_characters_in_a_filter_are_named(run):
    line = one_error_line(run("list", "--partner", "Bu\x1b[31msan", code=2))
    assert "--partner" in line and "U+001B" in line and "\x1b" not in line


def test_an_option_repeated_without_end_is_refused(run):
    args = [a for _ in range(MAX_REPEATS + 1) for a in ("--country", "KR")]
    line = one_error_line(run("list", *args, code=2))
    assert "--country" in line and f"at most {MAX_REPEATS} times" in line


@pytest.mark.parametrize("command", [["list"], ["history"], ["search", "jeju"]])
def test_a_limit_past_sqlite_integers_is_a_usage_error(run, command):
    result = run(*command, "--limit", "99999999999999999999", code=2)
    assert "Traceback" not in result.stderr and "OverflowError" not in result.stderr
    assert "--limit" in result.stderr and len(result.stderr.splitlines()) == 1


# -- found #7: None and Python reprs in messages -------------------------------------------------


def test_delete_without_yes_names_the_option_without_none(run):
    line = one_error_line(run("delete", "1", code=2))
    assert line == ("kerjasama: error: --yes: needed to delete without a terminal to confirm on")


def test_a_missing_value_is_never_printed_as_none():
    assert ValidationError("type", None, "is required").message == "type: is required"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("Busan", "'Busan'"),
        (["x"], "['x']"),
        ({"a": 1}, "{'a': 1}"),
        (True, "true"),
        (7, "7"),
        ("a\x00b", "'a\\x00b'"),
        ("y" * 100, "'" + "y" * 60 + "…' (100 characters)"),
    ],
)
def test_shown_quotes_values_for_people(value, expected):
    assert shown(value) == expected


def test_shown_survives_an_integer_too_long_to_print():
    assert shown(10**5000) == "a number too long to print"


def test_a_huge_id_is_abbreviated_in_the_message(run):
    line = one_error_line(run("show", HUGE, code=2))
    assert "(100,000 characters)" in line and len(line) < 300


# -- found #8: an end of validity before the date was stored -----------------------------------


def test_add_refuses_an_end_before_the_date(run, db_path: Path, snapshot):
    run("list")
    before = snapshot(db_path)
    line = one_error_line(
        run(
            "add",
            "-p",
            "Busan",
            "-c",
            "KR",
            "-t",
            "mou",
            "--date",
            "2025-01-01",
            "--end-date",
            "2024-01-01",
            code=2,
        )
    )
    assert "--end-date '2024-01-01'" in line and "before the record's date 2025-01-01" in line
    assert snapshot(db_path) == before


def test_an_end_inside_a_year_only_date_is_possible(run):
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "2025", "--end-date", "2025-03-01")
    line = one_error_line(
        run(
            "add",
            "-p",
            "Busan",
            "-c",
            "KR",
            "-t",
            "mou",
            "--date",
            "2025-06",
            "--end-date",
            "2025-03-01",
            code=2,
        )
    )
    assert "before the record's date 2025-06" in line


def test_edit_refuses_to_produce_an_end_before_the_date(run, db_path: Path, snapshot):
    out = run(
        "add",
        "-p",
        "Busan",
        "-c",
        "KR",
        "-t",
        "mou",
        "--date",
        "2024-01-01",
        "--end-date",
        "2026-01-01",
    )
    record_id = out.stdout.strip()
    before = snapshot(db_path)
    line = one_error_line(run("edit", record_id, "--end-date", "2023-12-31", code=2))
    assert "--end-date '2023-12-31'" in line
    line = one_error_line(run("edit", record_id, "--date", "2027", code=2))
    assert "--date '2027'" in line and "after the record's end date 2026-01-01" in line
    assert snapshot(db_path) == before
    run("edit", record_id, "--date", "2025", "--end-date", "2027-01-01")  # both moved: fine


@pytest.mark.parametrize("value", ["inf", "nan", "1e308", "101", "-1"])
def test_add_refuses_an_impossible_term(run, value):
    result = run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--term-years", value, code=2)
    assert "--term-years" in one_error_line(result)


@pytest.mark.parametrize("value", ["inf", "nan", "1e400", "101"])
def test_edit_refuses_an_impossible_term(run, value):
    line = one_error_line(run("edit", "1", "--term-years", value, code=2))
    assert f"--term-years '{value}'" in line


def test_import_refuses_an_end_before_the_date(run, tmp_path: Path):
    csv = tmp_path / "bad.csv"
    csv.write_text("partner,country,type,date,end_date\nBusan,KR,mou,2025-01-01,2024-01-01\n")
    result = run("import", str(csv), code=2)
    assert "end_date" in result.stderr and "before the record's date" in result.stderr
    assert run.json("list", "--partner", "Busan") == []


def test_yaml_import_refuses_an_end_before_the_date(run, tmp_path: Path):
    doc = tmp_path / "bad.yaml"
    doc.write_text(
        "agreements:\n  - {partner: Busan, type: mou, date: 2025-01-01, end_date: 2024-01-01}\n"
        "partners:\n  - {key: busan, name: Busan, kind: city, country: KR}\n"
    )
    result = run("import", str(doc), code=2)
    assert "end_date" in result.stderr and "before the record's date" in result.stderr


def test_add_refuses_control_characters_and_huge_names(run, db_path: Path, snapshot):
    run("list")
    before = snapshot(db_path)
    line = one_error_line(run("add", "-p", "Bu\x00san", "-c", "KR", "-t", "mou", code=2))
    assert "--partner" in line and "U+0000" in line
    line = one_error_line(run("add", "-p", HUGE, "-c", "KR", "-t", "mou", code=2))
    assert "--partner" in line and "100,000 characters" in line
    line = one_error_line(
        run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--signatory", HUGE, code=2)
    )
    assert "--signatory" in line
    assert snapshot(db_path) == before


def test_multi_line_summary_is_still_accepted(run):
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--summary", "line one\nline two\ttab")


# -- found by the property tests (tests/test_property_cli.py) ----------------------------------


@pytest.mark.parametrize("command", [["history"], ["list"], ["search", "jeju"]])
def test_a_usage_error_abbreviates_a_huge_value(run, command):
    """Click's own messages quoted a 5,000-digit --limit whole: a 5,091-character line."""
    result = run(*command, "--limit", "9" * 5000, code=2)
    line = one_error_line(result)
    assert "--limit" in line and "(5,000 characters)" in line and len(line) < 300


def test_a_range_ending_on_the_last_representable_day_reads_in_the_timeline(run):
    """`timeline` crashed with OverflowError: it added a day to 9999-12-31 to test for a whole
    month."""
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "0001-01-01..9999-12-31!")
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "9999-11-01..9999-12-31!")
    text = run("timeline", "--lang", "en", "--partner", "Busan").stdout
    assert "November – December 9999" in text
    run("timeline", "--by", "governor", "--format", "json")


def test_an_expiry_window_past_the_calendar_ends_on_its_last_day(run):
    """`--expiring 1m` when today is December 9999 was a ValueError (year 10000)."""
    for period in ("1m", "100d", "99999w"):
        run("list", "--expiring", period, env={"KERJASAMA_TODAY": "9999-12-01"})


def test_add_and_import_hold_text_to_the_same_bounds(run, tmp_path: Path):
    """One rule for both ways in (domain/schema.py): what `add` refuses, `import` refuses."""
    long_name = "B" * (MAX_NAME_CHARS + 1)
    added = one_error_line(run("add", "-p", long_name, "-c", "KR", "-t", "mou", code=2))
    doc = tmp_path / "one.ndjson"
    doc.write_text(json.dumps({"partner": long_name, "country": "KR", "type": "mou"}) + "\n")
    imported = run("import", str(doc), code=2).stderr
    reason = f"at most {MAX_NAME_CHARS:,} are allowed"
    assert reason in added and reason in imported
    line = one_error_line(
        run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--title", "a\nb", code=2)
    )
    assert "--title" in line and "line break" in line


def test_the_readme_bad_input_session_is_real(db_path: Path):
    """The session in the "Bad input" section of docs/guide/safety.md is what the tool prints
    (run by bash)."""
    import os
    import re
    import subprocess
    import sys

    page = Path(__file__).resolve().parents[1] / "docs" / "guide" / "safety.md"
    section = page.read_text(encoding="utf-8").split("## Bad input", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```console\n(.*?)```", section, re.S)
    env = {**os.environ, "KERJASAMA_DB": str(db_path)}
    program = f"{sys.executable} -m kerjasama_cli"
    subprocess.run(f"{program} list", shell=True, env=env, capture_output=True, check=True)
    sessions = re.findall(r"^\$ (.*)\n((?:(?!\$ ).*\n)*)", block, re.M)
    assert len(sessions) == 4
    for command, expected in sessions:
        shell = command.replace("kerjasama ", f"{program} ", 1)
        done = subprocess.run(shell, shell=True, env=env, capture_output=True, text=True)
        assert done.returncode == 2, (command, done.stderr)
        assert done.stdout + done.stderr == expected, command
