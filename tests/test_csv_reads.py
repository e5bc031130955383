"""`--format csv` for the tabular reads that had only a table and JSON: `timeline`, `agenda`,
`stages list`, `settings list`, `users list`.

The CSV is JSON's records as rows: the same keys as columns, in the same order (a timeline's
`signatories` split by side, as `export` writes them: `signatories` the home side's,
`partner_signatories` the partner's, each `Name (Title)` joined by `;`), lists `;`-joined,
booleans as JSON spells them, nothing for null. One record one line, whatever its length, and the
same bytes whatever the language.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import Run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _flat(value: Any) -> str:
    """A JSON value as its CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(_flat(v) for v in value)
    return str(value)


def _csv(run: Run, *args: str) -> tuple[list[str], list[dict[str, str]]]:
    """The header and the rows of `args --format csv`, which must be one row a line."""
    text = run(*args, "--format", "csv").stdout
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    assert text.count("\n") == len(rows) + 1, text  # one row one line
    assert run("--lang", "id", *args, "--format", "csv").stdout == text  # machine output
    return list(reader.fieldnames or []), rows


def _same_as_json(run: Run, *args: str, nested: tuple[str, ...] = ()) -> list[dict[str, str]]:
    header, rows = _csv(run, *args)
    records = json.loads(run(*args, "--format", "json").stdout)
    assert len(rows) == len(records) > 0
    keys = list(dict.fromkeys(k for r in records for k in r if k not in nested))
    assert [c for c in header if c in keys] == keys or set(keys) <= set(header), (header, keys)
    for row, record in zip(rows, records, strict=True):
        for key in keys:
            assert row[key] == _flat(record.get(key)), (key, row, record)
    return rows


@pytest.mark.parametrize("by", ["year", "governor", "partner"])
def test_timeline_csv_is_the_json_records(run: Run, by: str):
    rows = _same_as_json(run, "timeline", "--by", by, nested=("signatories",))
    records = json.loads(run("timeline", "--by", by, "--format", "json").stdout)
    for row, record in zip(rows, records, strict=True):
        people = record["signatories"]
        for side, column in (("home", "signatories"), ("partner", "partner_signatories")):
            said = [
                f"{p['name']} ({p['title']})" if p["title"] else p["name"]
                for p in people
                if p["side"] == side
            ]
            assert row[column] == ";".join(said)
    assert any(row["partner_signatories"] for row in rows)


def test_timeline_csv_keeps_a_long_title_whole_on_one_line(run: Run):
    title = "Kerja sama, panjang; " + "x" * 950 + ' "kutip"'
    run("edit", "shanghai-mou-2020-10-23", "--title", title)
    header, rows = _csv(run, "timeline", "--partner", "Shanghai")
    assert title in [row["title"] for row in rows]


def test_timeline_csv_of_nothing_is_its_header(run: Run):
    text = run("timeline", "--country", "FR", "--format", "csv").stdout
    assert text.count("\n") == 1 and text.startswith("id,key,")


def test_agenda_csv_is_the_json_items(run: Run):
    rows = _same_as_json(run, "agenda")
    assert {"dormant", "waiting"} <= {row["kind"] for row in rows}


def test_agenda_csv_has_a_column_for_every_kind_of_item():
    from kerjasama_cli.domain.agenda import PUBLIC_KEYS

    # every key the store gives an item (store/briefing/agenda.py's details)
    given = {"date", "kind", "overdue", "partner", "record", "key", "title", "ends"}
    given |= {"warning_months", "last_activity", "local_party", "stage", "next", "since"}
    given |= {"period_start", "period_end", "place"}
    given |= {"local_country"}  # a partnership's government is its name and country (m030)
    assert set(PUBLIC_KEYS) == given


@pytest.mark.parametrize(
    "args",
    [["stages", "list"], ["settings", "list"]],
    ids=["stages", "settings"],
)
def test_list_csv_is_the_json_records(run: Run, args: list[str]):
    _same_as_json(run, *args)


def test_users_list_csv(run: Run):
    run("users", "add", "ani", "--password-stdin", input="rahasia-panjang-1\n")
    rows = _same_as_json(run, "users", "list")
    assert [row["name"] for row in rows] == ["ani"]


def test_check_csv_is_the_json_findings(run: Run, tmp_path: Path):
    twin = tmp_path / "visit.csv"  # a second visit of record 19's: a duplicate pair
    twin.write_text("partner,country,type,date\nShanghai,CN,visit,2023-04-27\n", encoding="utf-8")
    run("import", str(twin), "--new")
    rows = _same_as_json(run, "check", nested=("details",))
    findings = json.loads(run("check", "--format", "json").stdout)
    for row, finding in zip(rows, findings, strict=True):
        assert json.loads(row["details"]) == finding["details"]  # a JSON cell, read back exactly
    assert any(";" in row["records"] for row in rows)  # a duplicate pair's two ids


# Any one-line title a record can hold: commas, quotes, semicolons, letters of any script.
_TITLES = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85"),
    min_size=1,
    max_size=300,
).filter(lambda t: t.strip() == t and t.strip())


@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,  # the same titles on every run
    database=None,  # no .hypothesis directory in the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(title=_TITLES)
def test_timeline_and_agenda_csv_read_back_any_title(run: Run, title: str):
    run("edit", "gyeonggi-do-mou-2015-05-12", "--title", title)
    for args in (["timeline"], ["agenda"]):
        _, rows = _csv(run, *args, "--partner", "Gyeonggi-do")
        assert title in [row["title"] for row in rows], (args, title)
