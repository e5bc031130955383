"""An event (visit, meeting, ...) has no validity: no status, term or end date of its own.

A demanding analyst counts active agreements; a visit counted as one misstates the registry.
`add`, `edit` and `import` refuse a status or a term given for an event; `edit --type` from a
document to an event is refused while the record still carries one (clear it in the same
command); and the reads count validity for documents only, so a registry that already holds
such a row is not misstated.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _active(run: Run) -> tuple[int, int]:
    """(agreements, events) that `stats --by status` counts as active."""
    for row in run.json("stats", "--by", "status"):
        if row["status"] == "active":
            return row["agreements"], row["events"]
    return 0, 0


@pytest.mark.parametrize(
    ("option", "value"),
    [("--status", "active"), ("--term-years", "5"), ("--end-date", "2030-01-01")],
)
def test_add_refuses_a_validity_given_for_an_event(run: Run, snapshot, option, value) -> None:
    before = snapshot(run.db)
    result = run("add", "-p", "Busan", "-c", "KR", "-t", "visit", "-d", "2025-09-05",
                 option, value, code=2)  # fmt: skip
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"kerjasama: error: {option} '{value}': ")
    assert "visit is an event" in lines[0] and "document" in lines[0]
    assert snapshot(run.db) == before


def test_a_renewal_keeps_its_new_term(run: Run) -> None:
    # A renewal event starts a new term of its agreement (store/queries/validity.py).
    run("add", "-p", "Gyeonggi-do", "-t", "renewal", "-d", "2020-05-12", "--agreement", "1",
        "--term-years", "5")  # fmt: skip
    run("add", "-p", "Gyeonggi-do", "-t", "renewal", "-d", "2021-05-12", "--status", "active",
        code=2)  # fmt: skip


def test_edit_type_to_an_event_refused_while_it_carries_a_status(run: Run, snapshot) -> None:
    agreements, events = _active(run)
    before = snapshot(run.db)
    result = run("edit", "1", "--type", "visit", code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kerjasama: error: --type 'visit': ")
    assert "status 'active'" in lines[0] and "--status ''" in lines[0]
    assert snapshot(run.db) == before
    run("edit", "1", "--type", "visit", "--status", "")
    assert _active(run) == (agreements - 1, events)
    assert run.json("show", "1")["status"] is None


def test_edit_refuses_a_status_for_an_event(run: Run) -> None:
    event = run("add", "-p", "Busan", "-c", "KR", "-t", "meeting", "-d", "2025-09-05").stdout
    result = run("edit", event.strip(), "--status", "aktif", code=2)
    assert "--status 'aktif': " in result.stderr and "meeting is an event" in result.stderr


def test_import_refuses_a_status_for_an_event(run: Run, tmp_path: Path, snapshot) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("partner,country,type,date,status\nBusan,KR,visit,2025-09-05,active\n")
    before = snapshot(run.db)
    result = run("import", str(rows), code=2)
    assert "status 'active': " in result.stderr and "visit is an event" in result.stderr
    assert snapshot(run.db) == before


def test_reads_do_not_count_an_event_a_registry_already_holds_as_active(run: Run) -> None:
    agreements, events = _active(run)
    event = run("add", "-p", "Busan", "-c", "KR", "-t", "visit", "-d", "2025-09-05").stdout
    with sqlite3.connect(run.db) as conn:  # a row written before the rule (or by hand)
        conn.execute("UPDATE records SET status = 'active', term_years = 1, "
                     "end_date = '2025-12-31' WHERE id = ?", (int(event),))  # fmt: skip
        # the web's records page (`serve`) reads this view
        web = conn.execute("SELECT status FROM browse_records WHERE id = ?", (int(event),))
        assert web.fetchone() == (None,)
    conn.close()
    assert _active(run) == (agreements, events)
    ids = {r["id"] for r in run.json("list", "--status", "active")}
    assert int(event) not in ids
    assert run.json("show", event.strip())["status"] is None


@pytest.mark.parametrize("suffix", [".json", ".csv", ".yaml"])
def test_an_export_of_such_a_registry_imports_again(run: Run, tmp_path: Path, suffix) -> None:
    # The export wrote the stale status of an event the reads no longer show, and importing the
    # file back (into a new registry, or the same one) was refused: the round trip must hold.
    event = run("add", "-p", "Busan", "-c", "KR", "-t", "visit", "-d", "2025-09-05").stdout
    with sqlite3.connect(run.db) as conn:
        conn.execute("UPDATE records SET status = 'active', term_years = 1, "
                     "end_date = '2025-12-31' WHERE id = ?", (int(event),))  # fmt: skip
    conn.close()
    exported = tmp_path / f"all{suffix}"
    run("export", "-o", str(exported))
    run("import", str(exported))  # the same registry: nothing refused
    fresh = Run(tmp_path / "fresh.db")
    fresh("import", str(exported))  # a colleague's new registry
    shown = run.json("show", event.strip())
    assert shown["status"] is None and shown["type"] == "visit"
    again = fresh.json("show", shown["key"])
    assert (again["status"], again["type"], again["partner"]) == (None, "visit", shown["partner"])


def test_rejects_onto_an_unwritable_special_file_names_the_option(
    run: Run, tmp_path: Path, snapshot
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("partner,country,type,date\nBusan,KR,visit,2025-01-02\nX,KR,zzz,2025\n")
    before = snapshot(run.db)
    result = run("import", str(rows), "--skip-invalid", "--rejects", "/proc/version", code=1)
    lines = [line for line in result.stderr.splitlines() if "error" in line]
    assert lines == [lines[0]] and lines[0].startswith(
        "kerjasama: error: --rejects '/proc/version': cannot be written"
    ), result.stderr
    assert snapshot(run.db) == before
