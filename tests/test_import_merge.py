"""Issue 19: an import changes only what the file says; `--replace` is explicit; conflicts with
edits made since the file's last import keep the newer value. Real registries, the real CLI."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import Run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


BUREAU = "mitra,negara,jenis,tanggal,judul\nGyeonggi-do,Korsel,mou,2015-05-12,MoU Gyeonggi\n"
KEPT = ("summary", "notes", "sectors", "signatories", "sources", "place", "status")


def _show(run: Run, ref: str = "1") -> dict:
    return run.json("show", ref)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    """Files named as a user names them: relative to the working directory."""
    monkeypatch.chdir(tmp_path)


def _write(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return name


def test_a_partial_spreadsheet_keeps_what_it_does_not_mention(run, tmp_path):
    before = _show(run)
    bureau = _write(tmp_path, "bureau.csv", BUREAU)
    result = run("import", bureau)
    assert "0 inserted, 1 updated, 0 unchanged, 0 rejected" in result.stderr
    assert "cleared" not in result.stderr
    after = _show(run)
    assert after["title"] == "MoU Gyeonggi"
    for field in KEPT:
        assert after[field] == before[field], field
    assert after["sources"] and after["signatories"] and after["summary"]
    # The history says only the title changed.
    assert after["changes"][-1]["changes"] == {
        "title": [before["title"], "MoU Gyeonggi"],
    }


def test_the_dry_run_shows_old_and_new_values_and_writes_nothing(run, tmp_path, db_path):
    _show(run)
    bureau = _write(tmp_path, "bureau.csv", BUREAU)
    before = db_path.read_bytes()
    result = run("import", bureau, "--dry-run")
    lines = result.stderr.splitlines()
    assert lines[0] == "kerjasama: bureau.csv: would change 1 (gyeonggi-do-mou-2015-05-12):"
    assert lines[1].startswith('kerjasama:   title: "Memorandum of Understanding on')
    assert lines[1].endswith(' → "MoU Gyeonggi"')
    assert lines[-1].endswith("would insert 0, update 1, leave 0 unchanged; 0 rejected")
    assert len(lines) == 3
    assert db_path.read_bytes() == before


def test_a_json_row_that_changes_one_title_changes_only_the_title(run, tmp_path):
    before = _show(run, "2")
    row = {"key": before["key"], "partner": before["partner"], "type": before["type"]}
    row["title"] = "Only the title"
    path = _write(tmp_path, "one.json", json.dumps([row]))
    run("import", path)
    after = _show(run, "2")
    assert after["title"] == "Only the title"
    for field in (*KEPT, "date", "place", "local_party"):
        assert after[field] == before[field], field


def test_list_columns_add_what_is_new(run, tmp_path):
    before = _show(run)
    assert "culture" not in before["sectors"]
    path = _write(
        tmp_path,
        "sectors.csv",
        "mitra,negara,jenis,tanggal,bidang\nGyeonggi-do,Korsel,mou,2015-05-12,culture;health\n",
    )
    run("import", path)
    assert _show(run)["sectors"] == [*before["sectors"], "culture"]
    result = run("import", path)  # nothing new the second time
    assert "0 updated, 1 unchanged" in result.stderr


def test_replace_is_explicit_and_its_dry_run_names_every_field_it_clears(run, tmp_path):
    _show(run)
    bureau = _write(tmp_path, "bureau.csv", BUREAU)
    result = run("import", bureau, "--replace", "--dry-run")
    for field in ("summary", "notes", "sectors", "signatories", "sources"):
        assert f"kerjasama:   {field}: " in result.stderr, field
        assert f"{field} 1" in result.stderr.splitlines()[-1]
    assert "would be 9 fields cleared" in result.stderr
    result = run("import", bureau, "--replace")
    assert "1 updated" in result.stderr and "; 9 fields cleared (" in result.stderr
    after = _show(run)
    assert after["summary"] is None and after["sources"] == [] and after["sectors"] == []


def test_clear_empty_makes_an_empty_cell_clear(run, tmp_path):
    _show(run)
    path = _write(
        tmp_path,
        "empty.csv",
        "mitra,negara,jenis,tanggal,ringkasan\nGyeonggi-do,KR,mou,2015-05-12,\n",
    )
    assert "1 unchanged" in run("import", path).stderr  # an empty cell leaves the summary
    assert _show(run)["summary"]
    result = run("import", path, "--clear-empty")
    assert "1 field cleared (summary 1)" in result.stderr
    assert _show(run)["summary"] is None


def test_a_reimport_keeps_the_edits_made_since_and_says_so(run, tmp_path):
    master = _write(
        tmp_path,
        "master.csv",
        "mitra,negara,jenis,tanggal,judul,ringkasan\nHanoi,VN,mou,2030-01-02,First,Sum\n",
    )
    assert "1 inserted" in run("import", master).stderr
    (record,) = [r for r in run.json("list", "-p", "Hanoi") if r["date"] == "2030-01-02"]
    run("edit", str(record["id"]), "--title", "Edited by hand")
    result = run("import", master)
    assert (
        f"kerjasama: master.csv: conflict: {record['id']} ({record['key']}) title: kept "
        '"Edited by hand" (changed by edit since), '
    ) in result.stderr
    assert 'the file says "First"; --overwrite takes the file value' in result.stderr
    assert "0 updated, 1 unchanged" in result.stderr
    assert _show(run, str(record["id"]))["title"] == "Edited by hand"
    # A field nobody edited still follows the file.
    Path(master).write_text(
        "mitra,negara,jenis,tanggal,judul,ringkasan\nHanoi,VN,mou,2030-01-02,First,New sum\n"
    )
    result = run("import", master)
    assert "conflict" in result.stderr and "1 updated" in result.stderr
    shown = _show(run, str(record["id"]))
    assert (shown["title"], shown["summary"]) == ("Edited by hand", "New sum")
    run("import", master, "--overwrite")
    assert _show(run, str(record["id"]))["title"] == "First"


def test_another_file_is_not_this_file(run, tmp_path):
    """An edit made before a file ever imported the record is no conflict for that file."""
    run("edit", "1", "--title", "Edited first")
    bureau = _write(tmp_path, "bureau.csv", BUREAU)
    result = run("import", bureau)
    assert "conflict" not in result.stderr
    assert _show(run)["title"] == "MoU Gyeonggi"


# --- the property: importing any subset of columns changes no field the file does not name ---

# Columns and a value each for record 1 of the seed (Gyeonggi-do, mou, 2015-05-12).
VALUES = {
    "title": "A new title",
    "summary": "A new summary",
    "notes": "New notes",
    "place": "Seoul",
    "status": "expired",
    "sectors": "culture",
    "signatories": "Someone New (Official)",
    "date_note": "as stated",
    "leader": "Somebody",
}
IDENTITY = "mitra,negara,jenis,tanggal"
IDENTITY_ROW = "Gyeonggi-do,KR,mou,2015-05-12"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("merge") / "seeded.db"
    Run(path)("list", "-n", "1")
    return path


def _fields(db: Path) -> dict:
    """Record 1's own fields as the history names them, read from the file."""
    from kerjasama_cli.domain.tabular import record_values
    from kerjasama_cli.store.records.entries import load_record

    conn = sqlite3.connect(db)
    try:
        record = load_record(conn, 1)
    finally:
        conn.close()
    assert record is not None
    return record_values(record)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    columns=st.lists(st.sampled_from(sorted(VALUES)), unique=True, max_size=len(VALUES)),
    empty=st.lists(st.sampled_from(sorted(VALUES)), unique=True),
)
def test_any_subset_of_columns_changes_only_the_fields_it_names(seeded, tmp_path, columns, empty):
    db = tmp_path / f"copy-{len(columns)}-{len(empty)}.db"
    shutil.copy(seeded, db)
    before = _fields(db)
    header = ",".join([IDENTITY, *columns])
    cells = ["" if c in empty else f'"{VALUES[c]}"' for c in columns]
    csv = tmp_path / "subset.csv"
    csv.write_text(f"{header}\n{','.join([IDENTITY_ROW, *cells])}\n", encoding="utf-8")
    Run(db)("import", str(csv))
    after = _fields(db)
    named = {c for c in columns if c not in empty}
    for field in before:
        if field not in named:
            assert after[field] == before[field], field
    for field in named - {"sectors", "signatories"}:
        assert after[field] == VALUES[field], field
    if "sectors" in named:
        assert after["sectors"] == [*before["sectors"], "culture"]
    if "signatories" in named:
        assert after["signatories"] == [*before["signatories"], VALUES["signatories"]]
    db.unlink()


def test_the_bulk_path_declines_updates_and_both_paths_agree(run, tmp_path, db_path):
    """The set-wise path writes only new records; a file that updates goes row by row, so
    both obey one merge rule. Checked on the database itself."""
    _show(run)
    bureau = _write(tmp_path, "bureau.csv", BUREAU + "Hanoi,VN,mou,2031-01-01,New one\n")
    run("import", bureau)
    conn = sqlite3.connect(db_path)
    summary = conn.execute("SELECT summary FROM records WHERE id = 1").fetchone()[0]
    assert summary and summary.startswith("MoU initiating")
    assert conn.execute("SELECT count(*) FROM records WHERE title = 'New one'").fetchone() == (1,)


def test_a_yaml_document_changes_only_what_its_entries_say(run, tmp_path):
    before = _show(run)
    doc = _write(
        tmp_path,
        "master.yaml",
        "agreements:\n  - key: gyeonggi-do-mou-2015-05-12\n    partner: gyeonggi-do\n"
        "    type: mou\n    date: 2015-05-12\n    title: From a master\n    sectors: [culture]\n",
    )
    result = run("import", doc)
    assert "0 inserted, 1 updated" in result.stderr
    after = _show(run)
    assert after["title"] == "From a master"
    assert after["sectors"] == [*before["sectors"], "culture"]
    for field in ("summary", "notes", "signatories", "sources", "place"):
        assert after[field] == before[field], field
    run("edit", "1", "--title", "By hand")
    result = run("import", doc)
    assert 'conflict: 1 (gyeonggi-do-mou-2015-05-12) title: kept "By hand"' in result.stderr
    assert _show(run)["title"] == "By hand"


def test_a_dry_run_over_many_records_shows_five_then_counts(run, tmp_path):
    rows = run.json("list", "--kind", "agreement")[:8]
    lines = ["kunci,mitra,jenis,catatan"]
    lines += [f"{r['key']},{r['partner']},{r['type']},Checked in 2026" for r in rows]
    path = _write(tmp_path, "notes.csv", "\n".join(lines) + "\n")
    result = run("import", path, "--dry-run")
    shown = [line for line in result.stderr.splitlines() if "would change" in line]
    assert len(shown) == 5
    assert "kerjasama: notes.csv: fields changed in all: notes 8" in result.stderr
    assert "would insert 0, update 8" in result.stderr
