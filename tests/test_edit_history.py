"""`edit`, `delete` and `history`: every change from any command is recorded."""

from __future__ import annotations

import json

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def _history(run, *args: str) -> list[dict]:
    return json.loads(run("history", "--format", "json", *args).stdout)


def _record(run, ref: str) -> dict:
    return json.loads(run("show", ref, "--format", "json").stdout)


def test_seed_and_add_are_in_the_history(run):
    new_id = run(
        "add", "--partner", "Busan", "--country", "KR", "--type", "mou", "--date", "2025"
    ).stdout.strip()
    latest = _history(run, "--limit", "1")[0]
    assert (latest["command"], latest["action"], latest["entity"]) == ("add", "insert", "record")
    assert latest["entity_id"] == int(new_id)
    assert latest["changes"]["partner"] == [None, "busan-kr"]
    assert latest["changes"]["date"] == [None, "2025"]
    everything = _history(run, "--limit", "500")
    assert {h["command"] for h in everything} == {"seed", "add"}
    partner = [h for h in everything if h["entity"] == "partner" and h["command"] == "add"]
    assert partner[0]["entity_key"] == "busan-kr"


def test_edit_validates_like_add_and_records_old_and_new_values(run, snapshot):
    record = _record(run, "shanghai-mou-2020-10-23")
    result = run(
        "edit",
        "shanghai-mou-2020-10-23",
        "--status",
        "berakhir",
        "--sector",
        "kesehatan",
        "--sector",
        "banjir",
        "--end-date",
        "2025-10-23",
    )
    assert "edited" in result.stderr
    after = _record(run, str(record["id"]))
    assert after["status"] == "ended" and after["sectors"] == ["health", "flood_management"]
    assert after["key"] == record["key"]  # the key is the identity: it stays
    change = _history(run, "--limit", "1")[0]
    assert change["command"] == "edit" and change["action"] == "update"
    assert change["changes"] == {
        "status": ["active", "ended"],
        "sectors": [[], ["health", "flood_management"]],
        "end_date": [None, "2025-10-23"],
    }
    before = snapshot(run.db)
    bad = run("edit", str(record["id"]), "--date", "2025-02-30", "--title", "x", code=2)
    assert "--date '2025-02-30': no such day" in bad.stderr
    assert snapshot(run.db) == before
    run("edit", str(record["id"]), "--country", "Grece", code=2)  # needs --partner
    assert snapshot(run.db) == before
    run("edit", "no-such-record", "--title", "x", code=2)


def test_edit_to_a_new_partner_creates_it_and_clearing_works(run):
    record = _record(run, "jeju-sister-city-2024")
    run("edit", str(record["id"]), "--partner", "Busan", "--country", "Korsel", "--notes", "")
    after = _record(run, str(record["id"]))
    assert after["partner"] == "Busan" and after["notes"] is None
    change = _history(run, "--limit", "1")[0]
    assert change["changes"]["partner"] == ["jeju", "busan-kr"]
    assert change["changes"]["notes"][1] is None
    unchanged = run("edit", str(record["id"]), "--partner", "Busan")
    assert "unchanged" in unchanged.stderr


def test_show_ends_with_the_records_changes(run):
    run("edit", "jeju-sister-city-2024", "--status", "expired")
    page = run("show", "jeju-sister-city-2024").stdout
    tail = page[page.index("Changes to this record") :]
    assert "seed" in tail and "insert" in tail
    assert "edit" in tail and "status: active → expired" in tail
    shown = _record(run, "jeju-sister-city-2024")
    assert [c["command"] for c in shown["changes"]] == ["seed", "edit"]


def test_delete_needs_yes_without_a_terminal(run, snapshot):
    run("list")
    before = snapshot(run.db)
    refused = run("delete", "jeju-sister-city-2024", code=2)
    assert "--yes" in refused.stderr
    assert snapshot(run.db) == before


def test_delete_removes_the_record_and_history_keeps_it(run):
    agreement = _record(run, "shanghai-mou-2020-10-23")
    events = [h for h in agreement["history"] if h["kind"] == "event"]
    run("delete", str(agreement["id"]), "--yes")
    run("show", "shanghai-mou-2020-10-23", code=2)
    changes = _history(run, "--limit", "10")
    deleted = [c for c in changes if c["action"] == "delete"]
    assert deleted[0]["entity_key"] == "shanghai-mou-2020-10-23"
    assert deleted[0]["command"] == "delete"
    assert deleted[0]["changes"]["type"] == ["mou", None]
    assert deleted[0]["changes"]["date"] == ["2020-10-23", None]
    # its events stay, without the link, and that is recorded too
    unlinked = {c["entity_key"] for c in changes if c["changes"].get("agreement")}
    assert unlinked == {e["key"] for e in events}
    assert all(_record(run, e["key"])["id"] for e in events)


def test_history_table_and_entity_filter(run):
    run("edit", "jeju-sister-city-2024", "--title", "Jeju sister province")
    table = run("history", "--limit", "3").stdout
    assert "edit" in table and "update record" in table and "jeju-sister-city-2024" in table
    assert "title:" in table
    partners = _history(run, "--entity", "partner", "--limit", "100")
    assert partners and {h["entity"] for h in partners} == {"partner"}


def test_deleted_record_comes_back_with_a_reimport(run, tmp_path):
    exported = tmp_path / "all.csv"
    run("export", "-o", str(exported))
    run("delete", "jeju-sister-city-2024", "--yes")
    result = run("import", str(exported))
    assert "1 inserted" in result.stderr
    assert _record(run, "jeju-sister-city-2024")["partner"] == "Jeju"


def test_piped_history_and_show_keep_whole_values(run):
    """Through a pipe `history` and `show` cut an old or new value at 40 characters
    ("Memorandum of Understanding on friendsh… → MoU Shanghai"): piped text is never cut, and
    `grep` for a word of the old title found nothing."""
    old = _record(run, "shanghai-mou-2020-10-23")["title"]
    assert len(old) > 60
    run("edit", "shanghai-mou-2020-10-23", "--title", "MoU Shanghai")
    table = run("history", "--limit", "1", "--lang", "en").stdout
    assert f"title: {old} → MoU Shanghai" in table and "…" not in table
    page = run("show", "shanghai-mou-2020-10-23", "--lang", "en").stdout
    tail = page[page.index("Changes to this record") :]
    assert f"title: {old} → MoU Shanghai" in tail


def test_history_as_csv_one_change_a_row(run):
    """`history --format csv` was refused ("'csv' is not one of 'table', 'json', 'ndjson'"):
    issue 25 asks every machine format of `history`. The changes are a JSON cell, never a
    Python repr, and the rows are the JSON output's."""
    import csv
    import io

    run("edit", "jeju-sister-city-2024", "--title", 'Jeju, "sister" province')
    text = run("history", "--limit", "5", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    as_json = _history(run, "--limit", "5")
    assert [int(r["id"]) for r in rows] == [h["id"] for h in as_json]
    assert list(rows[0]) == [
        "id", "at", "actor", "command", "entity", "entity_id", "entity_key", "action", "changes"
    ]  # fmt: skip
    assert json.loads(rows[0]["changes"]) == as_json[0]["changes"]
    assert rows[0]["changes"].startswith('{"title": [') and "None" not in text
