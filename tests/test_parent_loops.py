"""The parent agreement (`--agreement`, "perjanjian induk") is a tree within one partnership.

`edit 1 --agreement 2` with #2 under #1 was accepted (#1 → #2 → #1), as was an import that did
the same, and a renewal filed under another partner's MoU moved that MoU's validity. Every write
path refuses both, in one line naming the option or row, the value and the chain, exit 2, the
registry unchanged; a registry an older version left with a loop still reads, and `check` says
where the loop is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(empty_run: Run) -> Run:
    # #1 MoU, #2 agreement under #1, #3 programme under #2; #4 Tokyo's MoU
    empty_run("add", "-p", "Seoul", "-c", "KR", "-t", "mou", "--date", "2020")
    empty_run("add", "-p", "Seoul", "-c", "KR", "-t", "agreement", "--date", "2021",
              "--agreement", "1")  # fmt: skip
    empty_run("add", "-p", "Seoul", "-c", "KR", "-t", "programme", "--date", "2022",
              "--agreement", "2")  # fmt: skip
    empty_run("add", "-p", "Tokyo", "-c", "JP", "-t", "mou", "--date", "2020")
    return empty_run


def _line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kerjasama: error: "), lines[0]
    return lines[0]


def _parents(db: Path) -> dict[int, int | None]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT id, agreement_id FROM records ORDER BY id"))
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("ref", "chain"),
    [("2", "#1 → #2 → #1"), ("3", "#1 → #3 → #2 → #1"), ("seoul-kr-programme-2022", "#1 → #3")],
)
def test_edit_refuses_a_loop_of_any_length(run: Run, snapshot, ref, chain) -> None:
    before = snapshot(run.db)
    line = _line(run("edit", "1", "--agreement", ref, code=2))
    assert line.startswith(f"kerjasama: error: --agreement '{ref}': would put #1 under its own")
    assert chain in line
    assert snapshot(run.db) == before


def test_a_loop_is_refused_in_indonesian_too(run: Run) -> None:
    line = _line(run("--lang", "id", "edit", "1", "--agreement", "2", code=2))
    assert "#1 → #2 → #1" in line and "descendant" not in line


def test_a_record_may_move_up_the_chain(run: Run) -> None:
    # Not a loop: #3 moved from #2 up to #1, then #2 under the Seoul MoU's own programme is one.
    run("edit", "3", "--agreement", "1")
    run("edit", "2", "--agreement", "3")
    assert _parents(run.db) == {1: None, 2: 3, 3: 1, 4: None}


@pytest.mark.parametrize(
    "args",
    [
        ["add", "-p", "Tokyo", "-c", "JP", "-t", "visit", "--date", "2022", "--agreement", "2"],
        ["add", "-p", "Seoul", "-c", "KR", "-t", "visit", "--date", "2022", "--agreement", "4"],
        ["edit", "3", "--agreement", "4"],
    ],
)
def test_a_parent_is_of_the_same_partner(run: Run, snapshot, args) -> None:
    # A renewal under another partner's MoU moved that MoU's validity; a visit under it counted
    # in that partnership's stages.
    before = snapshot(run.db)
    line = _line(run(*args, code=2))
    assert "--agreement" in line and "own partnership" in line
    assert snapshot(run.db) == before


def test_a_parent_is_of_the_same_local_government(run: Run, snapshot) -> None:
    run("governments", "add", "Kota Surabaya", "--country", "ID")
    before = snapshot(run.db)
    line = _line(run("add", "-p", "Seoul", "-c", "KR", "-t", "visit", "--date", "2022",
                     "--agreement", "2", "--local-party", "Kota Surabaya", code=2))  # fmt: skip
    assert "a document of Seoul with DKI Jakarta" in line
    line = _line(run("edit", "2", "--local-party", "Kota Surabaya", code=2))
    assert line.startswith("kerjasama: error: --local-party 'Kota Surabaya': is #1, a document")
    line = _line(run("edit", "1", "--local-party", "Kota Surabaya", code=2))
    assert line.startswith("kerjasama: error: --local-party 'Kota Surabaya': #1 is the parent")
    assert snapshot(run.db) == before


def test_a_parent_cannot_move_away_from_its_children(run: Run, snapshot) -> None:
    before = snapshot(run.db)
    line = _line(run("edit", "2", "-p", "Tokyo", "-c", "JP", code=2))
    # #2 under Seoul's #1 and over Seoul's #3: the first it meets is named
    assert line.startswith("kerjasama: error: --partner 'Tokyo': ")
    assert snapshot(run.db) == before
    run("edit", "3", "--agreement", "")
    run("edit", "2", "--agreement", "", "-p", "Tokyo", "-c", "JP")  # alone: it may move


def _csv(tmp_path: Path, *rows: str) -> str:
    path = tmp_path / "rows.csv"
    path.write_text("key,partner,country,type,date,agreement\n" + "\n".join(rows) + "\n")
    return str(path)


def test_import_refuses_a_loop_with_stored_records(run: Run, snapshot, tmp_path) -> None:
    before = snapshot(run.db)
    result = run("import", _csv(tmp_path, "seoul-kr-mou-2020,Seoul,KR,mou,2020,"
                                "seoul-kr-programme-2022"), code=2)  # fmt: skip
    assert "rows.csv:2: agreement 'seoul-kr-programme-2022': would put #1" in result.stderr
    assert "#1 → #3 → #2 → #1" in result.stderr
    assert "would change" not in result.stderr  # a refused row is no change
    assert snapshot(run.db) == before


def test_import_refuses_a_record_under_itself(run: Run, snapshot, tmp_path) -> None:
    before = snapshot(run.db)
    row = "seoul-kr-mou-2020,Seoul,KR,mou,2020,seoul-kr-mou-2020"
    result = run("import", _csv(tmp_path, row), code=2)
    assert "#1 → #1" in result.stderr
    assert snapshot(run.db) == before


def test_import_refuses_a_loop_among_its_own_rows(run: Run, snapshot, tmp_path) -> None:
    # Two new rows under each other: neither can be written first. It said "no such agreement".
    before = snapshot(run.db)
    rows = ("x,Seoul,KR,mou,2019,y", "y,Seoul,KR,agreement,2019-05,x", "z,Seoul,KR,visit,2019,1")
    result = run("import", _csv(tmp_path, *rows), code=2)
    assert "rows.csv:2: agreement 'y': closes a loop of parent agreements" in result.stderr
    assert "x → y → x" in result.stderr and "y → x → y" in result.stderr
    assert snapshot(run.db) == before


def test_import_refuses_a_loop_of_two_stored_rows(run: Run, snapshot, tmp_path) -> None:
    # Each row alone is fine (#1 under #4's... no: both Seoul's); together they are a loop.
    run("add", "-p", "Seoul", "-c", "KR", "-t", "loi", "--date", "2019")  # #5
    before = snapshot(run.db)
    rows = ("seoul-kr-loi-2019,Seoul,KR,loi,2019,seoul-kr-mou-2020",
            "seoul-kr-mou-2020,Seoul,KR,mou,2020,seoul-kr-loi-2019")  # fmt: skip
    result = run("import", _csv(tmp_path, *rows), code=2)
    assert "#1 → #5 → #1" in result.stderr
    assert snapshot(run.db) == before


def test_import_takes_a_reorganised_chain_whatever_the_row_order(run: Run, tmp_path) -> None:
    # #1 under #3 is a loop only while #3 is under #2 under #1: the same file lifts #2 to the
    # top, later in its rows.
    rows = ("seoul-kr-mou-2020,Seoul,KR,mou,2020,seoul-kr-programme-2022",
            "seoul-kr-agreement-2021,Seoul,KR,agreement,2021,")  # fmt: skip
    run("import", "--clear-empty", _csv(tmp_path, *rows))
    assert _parents(run.db) == {1: 3, 2: None, 3: 2, 4: None}


def test_import_writes_a_chain_given_children_first(run: Run, tmp_path) -> None:
    # p under q under r, each named before its parent: every one is written, parents first.
    rows = ("p,Seoul,KR,programme,2019,q", "q,Seoul,KR,agreement,2019-05,r",
            "r,Seoul,KR,loi,2018,")  # fmt: skip
    run("import", _csv(tmp_path, *rows))
    conn = sqlite3.connect(run.db)
    chain = dict(conn.execute(
        "SELECT r.key, a.key FROM records r JOIN records a ON a.id = r.agreement_id"
        " WHERE r.key IN ('p', 'q')"))  # fmt: skip
    conn.close()
    assert chain == {"p": "q", "q": "r"}


def test_import_refuses_another_partnerships_parent(run: Run, snapshot, tmp_path) -> None:
    before = snapshot(run.db)
    rows = (
        "n,Seoul,KR,mou,2018,",
        "v,Tokyo,JP,visit,2019,n",
        "w,Tokyo,JP,visit,2019,seoul-kr-agreement-2021",
    )
    result = run("import", _csv(tmp_path, *rows), code=2)
    assert "rows.csv:3: agreement 'n': is #5, a document of Seoul" in result.stderr
    assert "rows.csv:4: agreement 'seoul-kr-agreement-2021': is #2, a document" in result.stderr
    assert snapshot(run.db) == before


def test_a_seed_shaped_import_refuses_a_loop(run: Run, snapshot, tmp_path) -> None:
    before = snapshot(run.db)
    path = tmp_path / "doc.yaml"
    path.write_text(
        "agreements:\n"
        "  - key: seoul-kr-mou-2020\n    partner: seoul-kr\n    type: mou\n    date: '2020'\n"
        "    agreement: seoul-kr-agreement-2021\n"
    )
    result = run("import", str(path), code=2)
    assert "#1 → #2 → #1" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(run.db) == before


def test_history_restore_refuses_to_bring_a_loop_back(run: Run, snapshot) -> None:
    run("edit", "2", "--agreement", "")
    cleared = max(c["id"] for c in run.json("history"))
    run("edit", "1", "--agreement", "3")  # fine now: #3 → #2, #2 at the top
    before = snapshot(run.db)
    line = _line(run("history", "restore", str(cleared), code=2))
    assert "#2 → #1 → #3 → #2" in line
    assert snapshot(run.db) == before
