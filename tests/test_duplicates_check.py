"""Issue 19: duplicates are caught. `add` and `import` refuse a record with the same partner,
type and date as a stored one (exit 2, one line naming it) unless told it is another; `check`
lists the likely duplicate records and partners with the command that merges them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


BEFORE = Path(__file__).resolve().parent / "fixtures" / "issue19" / "before-fix-m012.db"
SHANGHAI_MOU = (
    "kerjasama: error: --partner 'Shanghai': same partner, type and date as record 6 "
    '(shanghai-mou-2020-10-23, "Memorandum of Understanding on friendship-city (sister-city) '
    'cooperation between Jakarta and Shanghai"); `kerjasama edit 6` changes it, --new adds '
    "another\n"
)


def _before(tmp_path: Path) -> Run:
    copy = tmp_path / "before.db"
    shutil.copy(BEFORE, copy)
    return Run(copy)


def test_add_refuses_the_same_partner_type_and_date(run, db_path):
    run("list", "-n", "1")
    before = db_path.stat().st_size, run.json("list", "-p", "Shanghai")
    result = run("add", "-p", "Shanghai", "-t", "mou", "-d", "2020-10-23", code=2)
    assert result.stderr == SHANGHAI_MOU
    assert run.json("list", "-p", "Shanghai") == before[1]
    # The same title again is the same record too.
    title = before[1][0]["title"]
    run("add", "-p", "Shanghai", "-t", "mou", "-d", "2020-10-23", "--title", title, code=2)


def test_add_takes_it_when_told_it_is_another(run):
    run("add", "-p", "Shanghai", "-t", "mou", "-d", "2020-10-23", "--title", "A second MoU")
    run("add", "-p", "Shanghai", "-t", "mou", "-d", "2020-10-23", "--new")
    run("add", "-p", "Shanghai", "-t", "mou", "-d", "2020-10-23", "--key", "shanghai-mou-x")
    assert len([r for r in run.json("list", "-p", "Shanghai") if r["type"] == "mou"]) == 4


def test_eight_adds_of_one_record_give_one(tmp_path):
    run = _before(tmp_path)
    args = ("add", "-p", "Rotterdam", "-t", "mou", "-d", "2025-01-01", "--title", "Rotterdam MoU")
    run(*args)
    for _ in range(7):
        result = run(*args, code=2)
        assert result.stderr.count("\n") == 1 and "same partner, type and date" in result.stderr
    assert len([r for r in run.json("list", "-p", "Rotterdam") if r["type"] == "mou"]) == 1


def test_import_refuses_a_row_like_a_stored_record_on_both_paths(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run("list", "-n", "1")
    Path("visit.csv").write_text("mitra,negara,jenis,tanggal\nShanghai,CN,visit,2023-04-27\n")
    result = run("import", "visit.csv", code=2)
    assert result.stderr.splitlines()[0] == (
        "kerjasama: visit.csv:2: record 'shanghai-visit-2023-04-27': same partner, type and "
        'date as record 19 (shanghai-mayor-visit-2023-04-27, "Mayor of Shanghai Gong Zheng '
        'visits Jakarta; received by Pj Governor Heru Budi Hartono"); `kerjasama edit 19` '
        "changes it, --new adds another"
    )
    assert "1 rejected, nothing written" in result.stderr
    Path("visit.ndjson").write_text(
        json.dumps({"partner": "Shanghai", "country": "CN", "type": "visit", "date": "2023-04-27"})
        + "\n"
    )
    assert "record 19" in run("import", "visit.ndjson", code=2).stderr
    assert "1 inserted" in run("import", "visit.csv", "--new").stderr
    # A key of its own says it is another record.
    Path("keyed.csv").write_text(
        "kunci,mitra,negara,jenis,tanggal\nsh-visit-b,Shanghai,CN,visit,2023-04-27\n"
    )
    assert "1 inserted" in run("import", "keyed.csv").stderr


def test_check_lists_duplicates_with_the_commands_that_merge_them(tmp_path):
    run = _before(tmp_path)
    findings = run.json("check")
    # Issue 22's checks (prerequisites, documents) come after these two.
    assert [f["check"] for f in findings][:3] == ["duplicate-records", *["similar-partners"] * 2]
    findings = [f for f in findings if f["check"] in ("duplicate-records", "similar-partners")]
    assert [(f["check"], f["records"], f["partners"], f["fix"]) for f in findings] == [
        (
            "duplicate-records",
            [25, 26, 27],
            [],
            "kerjasama delete 26 && kerjasama delete 27",
        ),
        ("similar-partners", [], [16, 18], "kerjasama partners merge 18 16"),
        ("similar-partners", [], [17, 19], "kerjasama partners merge 19 17"),
    ]
    assert findings[1]["details"]["name"] == "Kochi"
    text = run("check").stdout.splitlines()
    assert text[0].startswith("duplicate-records: records 25, 26, 27 have the same partner")
    assert text[1] == "  to merge: kerjasama delete 26 && kerjasama delete 27"
    assert run.json("check", "--only", "similar-partners")[0]["partners"] == [16, 18]
    # The suggested command does what it says; the finding goes.
    run("partners", "merge", "18", "16", "--yes")
    assert [f["partners"] for f in run.json("check", "--only", "similar-partners")] == [[17, 19]]


def test_check_refuses_an_unknown_check_in_one_line(run):
    result = run("check", "--only", "spelling", code=2)
    assert result.stderr == (
        "kerjasama: error: --only 'spelling': not one of duplicate-records, similar-partners, "
        "parent-loops, diplomatic-relations, equal-standing, objects, documents\n"
    )


def test_near_names():
    from kerjasama_cli.domain.checks import near_names

    assert near_names("Kochi", "Kochi City")
    assert near_names("Gyeonggi-do", "Gyeonggi Province")
    assert near_names("Gyeonggi-do", "Gyeongi-do")
    assert not near_names("Busan", "Bushan")  # short: a letter makes another city
    assert not near_names("Hamburg", "Hannover")


def test_a_yaml_document_refuses_a_repeated_record_too(run, tmp_path):
    run("list", "-n", "1")
    doc = tmp_path / "dup.yaml"
    doc.write_text("events:\n  - partner: shanghai\n    type: visit\n    date: 2023-04-27\n")
    result = run("import", str(doc), code=2)
    assert (
        "events[0]: record 'shanghai-visit-2023-04-27': same partner, type and date as record 19"
        in (result.stderr)
    )
    assert "1 inserted" in run("import", str(doc), "--new").stderr


def test_new_keeps_the_set_wise_path_and_both_paths_agree(tmp_path):
    """`--new` on a CSV file goes set-wise; the row path (NDJSON through `-`) gives the same
    records."""
    rows = "mitra,negara,jenis,tanggal\nShanghai,CN,visit,2023-04-27\nHanoi,VN,mou,2024-01-01\n"
    (tmp_path / "rows.csv").write_text(rows)
    bulk, slow = Run(tmp_path / "bulk.db"), Run(tmp_path / "slow.db")
    bulk("import", str(tmp_path / "rows.csv"), "--new")
    slow("import", "-", "--format", "csv", "--new", input=rows)
    assert bulk.json("list") == slow.json("list")
    assert len([r for r in bulk.json("list", "-p", "Shanghai") if r["type"] == "visit"]) == 2
