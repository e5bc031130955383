"""A registry an older version left with loops of parent agreements (#1 → #2 → #1, #5 → #5),
written here with sqlite3 as that version wrote them: every read ends and says something sane,
every view answers, `check` names each loop with the command that lifts it, and the fix works.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def looped(empty_run: Run, tmp_path: Path) -> Run:
    run = empty_run
    run("add", "-p", "Seoul", "-c", "KR", "-t", "mou", "--date", "2020-03-01", "--term-years", "5")
    run("add", "-p", "Seoul", "-c", "KR", "-t", "agreement", "--date", "2021", "--agreement", "1")
    run("add", "-p", "Seoul", "-c", "KR", "-t", "renewal", "--date", "2024-02", "--agreement", "2",
        "--term-years", "5")  # fmt: skip
    run("add", "-p", "Seoul", "-c", "KR", "-t", "visit", "--date", "2023-05-02", "--agreement", "1")
    run("add", "-p", "Tokyo", "-c", "JP", "-t", "mou", "--date", "2019")
    run("attach", "2", _text(tmp_path))
    conn = sqlite3.connect(run.db)
    with conn:  # what an older version let `edit 1 --agreement 2` and `edit 5 --agreement 5` do
        conn.execute("UPDATE records SET agreement_id = 2 WHERE id = 1")
        conn.execute("UPDATE records SET agreement_id = 5 WHERE id = 5")
    conn.close()
    return run


def _text(tmp_path: Path) -> str:
    path = tmp_path / "pks.txt"
    path.write_text("Perjanjian kerja sama Jakarta-Seoul\n", encoding="utf-8")
    return str(path)


READS = [
    ["list"],
    ["list", "--format", "json"],
    ["list", "--status", "active", "--status", "expired", "--status", "renewed"],
    ["list", "--expiring", "100y"],
    ["list", "--by-governor"],
    ["show", "1"],
    ["show", "2", "--format", "json"],
    ["show", "5"],
    ["show", "Seoul"],
    ["timeline"],
    ["timeline", "--by", "partner", "--format", "json"],
    ["stats", "--by", "stage"],
    ["stats", "--by", "status"],
    ["search", "Seoul"],
    ["export", "--format", "csv"],
    ["export", "--format", "yaml"],
    ["agenda"],
    ["agenda", "--format", "json"],
    ["classify", "2"],
    ["partners", "show", "Seoul"],
    ["history"],
]


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_every_read_ends_on_a_looped_registry(looped: Run, args) -> None:
    result = looped(*args)
    assert "Traceback" not in result.stderr
    assert result.stdout.strip() or args[0] in {"agenda"}


def test_the_report_and_every_view_end(looped: Run, tmp_path: Path) -> None:
    looped("report", "-o", str(tmp_path / "r.html"))
    conn = sqlite3.connect(looped.db)
    views = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]
    assert views
    for view in views:  # validity, stages, the public subset: each reads the loop once
        conn.execute(f'SELECT count(*) FROM "{view}"').fetchone()
    conn.close()


def test_show_says_what_the_loop_stores(looped: Run) -> None:
    page = looped.json("show", "2")
    # the renewal under #2 still moves #2's validity; the record reads back as stored
    assert page["id"] == 2 and page["valid_until"]


def test_check_names_each_loop_and_its_fix(looped: Run) -> None:
    found = looped.json("check", "--only", "parent-loops")
    assert [(f["records"], f["fix"]) for f in found] == [
        ([1, 2], "kerjasama edit 1 --agreement ''"),
        ([5], "kerjasama edit 5 --agreement ''"),
    ]
    assert "#1 → #2 → #1" in found[0]["message"]
    said = looped("--lang", "id", "check", "--only", "parent-loops").stdout
    assert "saling menjadi perjanjian induk" in said
    looped("edit", "1", "--agreement", "")  # the fix: lifts #1 to the top
    looped("edit", "5", "--agreement", "")
    assert looped.json("check", "--only", "parent-loops") == []


def test_other_fields_of_a_looped_record_can_still_be_edited(looped: Run) -> None:
    # The rule is asked of what changes: the title of #1 is no new loop.
    looped("edit", "1", "--title", "MoU Jakarta-Seoul")
    # A walk up from #2 meets the stored loop #2 → #1 → #2 and ends there: #4 is in no loop.
    looped("edit", "4", "--agreement", "2")
