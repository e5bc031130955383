"""Who changed what (issue 26, m020): every history row names the person, `KERJASAMA_USER`
when set, else the operating system's user; rows from before the migration say "unknown"."""

from __future__ import annotations

import getpass
import json
import shutil
import sqlite3
from pathlib import Path

from conftest import Run

FIXTURES = Path(__file__).parent / "fixtures"


def _history(run: Run, *args: str, env: dict | None = None) -> list[dict]:
    return json.loads(run("history", "--format", "json", *args, env=env).stdout)


def test_each_change_names_its_person_in_every_format(run: Run):
    run("edit", "jeju-sister-city-2024", "--title", "Jeju", env={"KERJASAMA_USER": "siti"})
    run("edit", "jeju-sister-city-2024", "--status", "expired", env={"KERJASAMA_USER": ""})
    latest, before = _history(run, "--limit", "2")
    assert before["actor"] == "siti"
    assert latest["actor"] == getpass.getuser()  # an empty KERJASAMA_USER names nobody
    lines = run("history", "--format", "ndjson", "--limit", "2").stdout.splitlines()
    assert [json.loads(line)["actor"] for line in lines] == [getpass.getuser(), "siti"]
    table = run("history", "--limit", "2").stdout
    assert "Who" in table.splitlines()[0] and "siti" in table
    assert "Siapa" in run("--lang", "id", "history", "--limit", "2").stdout
    page = run("show", "jeju-sister-city-2024").stdout
    tail = page[page.index("Changes to this record") :]
    assert "siti" in tail
    shown = json.loads(run("show", "jeju-sister-city-2024", "--format", "json").stdout)
    assert [c["actor"] for c in shown["changes"]][-2:] == ["siti", getpass.getuser()]


def test_an_import_names_its_person_on_every_row(run: Run, tmp_path: Path):
    rows = tmp_path / "rows.csv"
    rows.write_text("partner,country,type,date\nBusan,KR,mou,2025\nOsaka,JP,visit,2024\n")
    run("import", str(rows), env={"KERJASAMA_USER": "budi"})
    changes = _history(run, "--limit", "4")
    assert changes and all(c["actor"] == "budi" for c in changes if c["command"] == "import")


def test_rows_before_the_migration_say_unknown_and_a_backup_keeps_the_actor(tmp_path: Path):
    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / "19-m014_merge_alias_duplicates.db", db)
    run = Run(db)
    old = _history(run, "--limit", "500")
    assert old and {c["actor"] for c in old} == {"unknown"}
    record = next(c["entity_id"] for c in old if c["entity"] == "record")
    run("edit", str(record), "--summary", "checked", env={"KERJASAMA_USER": "ana"})
    assert _history(run, "--limit", "1")[0]["actor"] == "ana"
    copy = tmp_path / "copy.db"
    run("backup", str(copy))
    conn = sqlite3.connect(copy)
    try:
        actors = dict(conn.execute("SELECT actor, count(*) FROM history GROUP BY actor"))
    finally:
        conn.close()
    # (a bulk import's one row for a range of records lists as one change per record)
    assert actors["ana"] == 1 and actors["unknown"] == len({c["id"] for c in old})


def test_unknown_is_said_in_the_language_and_json_keeps_the_code(tmp_path: Path):
    """`history --lang id` printed the English word `unknown` in the Siapa column for rows from
    before m020 (and `show` the same); JSON keeps the stored code."""
    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / "19-m014_merge_alias_duplicates.db", db)
    run = Run(db)
    table = run("history", "--limit", "3", "--lang", "id").stdout
    assert "tidak diketahui" in table and "unknown" not in table
    assert "unknown" in run("history", "--limit", "3", "--lang", "en").stdout
    assert {c["actor"] for c in _history(run, "--limit", "3", "--lang", "id")} == {"unknown"}
    record = next(c["entity_key"] for c in _history(run, "--limit", "50") if c["entity_key"])
    page = run("show", record, "--lang", "id").stdout
    assert "tidak diketahui" in page[page.index("Perubahan") :]
