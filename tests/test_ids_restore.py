"""Issue 19: ids are never reused, a record's history never mixes with another's, and
`history restore CHANGE_ID` brings a deleted record back or undoes an update."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import Run

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "12-m012_no_fingerprint.db"


def _registry(tmp_path: Path) -> Run:
    """The registry the released schema (m012) left, upgraded by the command that opens it."""
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURE, copy)
    return Run(copy)


def _added(result) -> int:
    """The id `add` printed on stdout."""
    return int(result.stdout.strip())


def test_a_deleted_id_is_not_given_again_and_histories_stay_apart(tmp_path):
    run = _registry(tmp_path)
    first = _added(
        run("add", "-p", "Hanoi", "-c", "VN", "-t", "mou", "-d", "2024-01-01", "--title", "A")
    )
    assert first == 26
    run("delete", str(first), "--yes")
    second = _added(run("add", "-p", "Hanoi", "-t", "mou", "-d", "2024-01-01", "--title", "B"))
    assert second == 27
    shown = run.json("show", str(second))
    assert [(c["action"], c["changes"].get("title")) for c in shown["changes"]] == [
        ("insert", [None, "B"])
    ]


def test_an_id_deleted_before_the_upgrade_is_not_given_again(tmp_path):
    """The old kerjasama deleted record 25 (and logged it); the upgraded file keeps 25 out."""
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURE, copy)
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM citations WHERE entity = 'record' AND entity_id = 25")
        conn.execute("DELETE FROM records WHERE id = 25")
        conn.execute(
            "INSERT INTO history (at, command, entity, entity_id, entity_key, action, changes)"
            " VALUES ('2025-01-01T00:00:00+00:00', 'delete', 'record', 25,"
            " 'busan-kr-visit-2023-05-27', 'delete', '{\"type\": [\"visit\", null]}')"
        )
    conn.close()
    run = Run(copy)
    assert _added(run("add", "-p", "Hanoi", "-c", "VN", "-t", "mou", "--title", "New")) == 26


def test_an_import_after_a_delete_takes_new_ids(tmp_path):
    run = _registry(tmp_path)
    run("delete", "25", "--yes")
    csv = tmp_path / "new.csv"
    csv.write_text("mitra,negara,jenis,tanggal\nHanoi,VN,mou,2024-02-02\nHue,VN,mou,2024-02-03\n")
    run("import", str(csv))
    ids = sorted(r["id"] for r in run.json("list", "-c", "VN"))
    assert ids == [26, 27]
    assert run.json("show", "26")["changes"][0]["action"] == "insert"
    assert len(run.json("show", "26")["changes"]) == 1


def test_history_restore_brings_a_deleted_record_back_under_its_own_id(tmp_path):
    run = _registry(tmp_path)
    before = run.json("show", "24")
    run("delete", "24", "--yes")
    change = run.json("history", "-n", "1")[0]
    assert change["action"] == "delete" and change["entity_id"] == 24
    result = run("history", "restore", str(change["id"]))
    assert result.stderr == (
        f"kerjasama: restored 24 (hamburg-de-agreement-2019), deleted by change {change['id']}\n"
    )
    after = run.json("show", "24")
    for field in ("key", "title", "type", "partner", "date", "sectors", "signatories", "sources"):
        assert after[field] == before[field], field
    last = run.json("history", "-n", "1")[0]
    assert (last["command"], last["action"], last["entity_id"]) == ("history restore", "insert", 24)
    # Restoring it twice is refused in one line.
    result = run("history", "restore", str(change["id"]), code=2)
    assert result.stderr == f"kerjasama: error: CHANGE_ID {change['id']}: record 24 exists again\n"


def test_history_restore_undoes_an_update_and_can_itself_be_undone(tmp_path):
    run = _registry(tmp_path)
    title = run.json("show", "23")["title"]
    run("edit", "23", "--title", "Wrong", "--summary", "Oops")
    edit = run.json("history", "-n", "1")[0]
    result = run("history", "restore", str(edit["id"]))
    assert result.stderr.endswith("): title, summary\n")
    shown = run.json("show", "23")
    assert (shown["title"], shown["summary"]) == (title, None)
    undo = run.json("history", "-n", "1")[0]
    assert undo["command"] == "history restore"
    assert undo["changes"] == {"title": ["Wrong", title], "summary": ["Oops", None]}
    # The edit can no longer be undone: the record no longer holds what it wrote.
    result = run("history", "restore", str(edit["id"]), code=2)
    assert "changed again since: title, summary" in result.stderr
    run("history", "restore", str(undo["id"]))
    assert run.json("show", "23")["title"] == "Wrong"


def test_history_restore_refuses_what_it_cannot_undo(tmp_path):
    run = _registry(tmp_path)
    assert run("history", "restore", "99999", code=2).stderr == (
        "kerjasama: error: CHANGE_ID 99999: no such change (see `kerjasama history`)\n"
    )
    first = run.json("history", "--entity", "partner", "-n", "1")[0]["id"]
    result = run("history", "restore", str(first), code=2)
    assert "that change is to the partner entry " in result.stderr
    assert "only changes to records can be restored" in result.stderr
    assert " a partner" not in result.stderr  # no article before the entity's code
    said = run("--lang", "id", "history", "restore", str(first), code=2).stderr
    assert "hanya perubahan pada catatan yang dapat dipulihkan" in said
    assert run("history", "undo", code=2).stderr.startswith("kerjasama: error: history 'undo'")
