"""`kerjasama backup` and `kerjasama restore` (issue 9: backups and damaged files)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def _records(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT key, title, date_start FROM records ORDER BY key").fetchall()
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


@pytest.fixture
def seeded(run, db_path):
    run("list")
    run("add", "--partner", "Busan", "--country", "KR", "--type", "mou", "--date", "2019")
    return run


def test_backup_is_a_complete_self_contained_copy(seeded, db_path, tmp_path):
    target = tmp_path / "copy.db"
    result = seeded("backup", str(target))
    assert result.stdout == ""
    assert "backed up" in result.stderr and str(target) in result.stderr
    assert "23 records" in result.stderr
    assert _records(target) == _records(db_path)
    assert _integrity(target) == "ok"
    assert not Path(f"{target}-wal").exists()  # one file: rollback journal mode
    assert _leftovers(tmp_path) == []


def test_backup_refuses_to_overwrite_without_force(seeded, tmp_path):
    target = tmp_path / "copy.db"
    target.write_bytes(b"precious")
    result = seeded("backup", str(target), code=2)
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_bytes() == b"precious"
    seeded("backup", str(target), "--force")
    assert _integrity(target) == "ok"


@pytest.mark.parametrize("name", ["missing/copy.db", "."])
def test_backup_refuses_a_bad_target(seeded, tmp_path, name):
    target = tmp_path / name
    result = seeded("backup", str(target), code=2)
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "missing").exists()


def test_backup_of_a_missing_registry_creates_nothing(tmp_path):
    run = Run(tmp_path / "none.db")
    result = run("backup", str(tmp_path / "copy.db"), code=1)
    assert "no such database" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_backup_while_another_process_imports_is_consistent(seeded, db_path, tmp_path):
    before = len(_records(db_path))
    batch = tmp_path / "many.ndjson"
    rows = 4000
    batch.write_text(
        "".join(
            json.dumps({"partner": f"Town {i}", "country": "JP", "type": "mou", "date": "2020"})
            + "\n"
            for i in range(rows)
        )
    )
    importer = subprocess.Popen(
        [sys.executable, "-m", "kerjasama_cli", "--db", str(db_path), "import", str(batch)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    counts = []
    try:
        deadline = time.monotonic() + 60
        n = 0
        while importer.poll() is None and time.monotonic() < deadline:
            target = tmp_path / f"copy{n}.db"
            seeded("backup", str(target))
            assert _integrity(target) == "ok"
            counts.append(len(_records(target)))
            n += 1
    finally:
        _, err = importer.communicate(timeout=120)
    assert importer.returncode == 0, err
    assert counts, "no backup ran while the import did"
    # Each copy holds the registry before the import or after it, never a part of it.
    assert set(counts) <= {before, before + rows}
    final = tmp_path / "final.db"
    seeded("backup", str(final))
    assert len(_records(final)) == before + rows


def test_restore_puts_the_copy_back_and_says_what_it_replaced(seeded, db_path, tmp_path):
    target = tmp_path / "copy.db"
    seeded("backup", str(target))
    original = _records(db_path)
    seeded("delete", "1", "--yes")
    assert len(_records(db_path)) == len(original) - 1
    result = seeded("restore", str(target), "--yes")
    assert "was 22 records" in result.stderr and "now 23 records" in result.stderr
    assert _records(db_path) == original
    assert _integrity(db_path) == "ok"
    assert seeded.json("show", "1")  # the registry works as before
    seeded("add", "--partner", "Nagoya", "--country", "JP", "--type", "mou")
    assert _leftovers(tmp_path) == []


def test_restore_keeps_the_registry_file_mode(seeded, db_path, tmp_path):
    target = tmp_path / "copy.db"
    seeded("backup", str(target))
    db_path.chmod(0o640)
    seeded("restore", str(target), "--yes")
    assert db_path.stat().st_mode & 0o777 == 0o640


def test_restore_without_yes_and_without_terminal_changes_nothing(seeded, db_path, tmp_path):
    target = tmp_path / "copy.db"
    seeded("backup", str(target))
    seeded("delete", "1", "--yes")
    before = _records(db_path)
    result = seeded("restore", str(target), code=2)
    assert "--yes" in result.stderr and "None" not in result.stderr
    assert _records(db_path) == before


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a database at all\n" * 100)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _scribbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 40), 4096):
        data[offset + 8 : offset + 200] = b"\xff" * 192  # page headers and cell pointers
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _kerjasama_migrations (name, applied_at) VALUES ('m999_x', 'x')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "damage, message",
    [
        (_garbage, "not a SQLite database"),
        (_truncated, ""),
        (_scribbled, ""),
        (_foreign, "not a kerjasama registry"),
        (_newer, "newer"),
    ],
)
def test_restore_refuses_a_bad_copy_and_changes_nothing(seeded, db_path, tmp_path, damage, message):
    copy = tmp_path / "copy.db"
    seeded("backup", str(copy))
    damage(copy)
    seeded("delete", "1", "--yes")
    before = db_path.read_bytes()
    result = seeded("restore", str(copy), "--yes", code=2)
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    assert str(copy) in line and message in line
    assert db_path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_restore_replaces_a_damaged_registry(seeded, db_path, tmp_path):
    copy = tmp_path / "copy.db"
    seeded("backup", str(copy))
    original = _records(copy)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    _garbage(db_path)
    seeded("list", code=2)
    result = seeded("restore", str(copy), "--yes")
    assert "not a readable kerjasama registry" in result.stderr
    assert _records(db_path) == original


def test_restore_into_a_new_registry(tmp_path, seeded):
    copy = tmp_path / "copy.db"
    seeded("backup", str(copy))
    fresh = Run(tmp_path / "fresh.db")
    result = fresh("restore", str(copy), "--yes")
    assert "no registry yet" in result.stderr
    assert _records(tmp_path / "fresh.db") == _records(copy)


def test_backup_and_restore_are_in_help(run):
    for command in ("backup", "restore"):
        result = run(command, "--help")
        assert "PATH" in result.stdout
    assert "--force" in run("backup", "--help").stdout
    assert "--yes" in run("restore", "--help").stdout


def test_restore_refuses_while_another_process_has_the_registry_open(seeded, db_path, tmp_path):
    copy = tmp_path / "copy.db"
    seeded("backup", str(copy))
    seeded("delete", "1", "--yes")
    before = _records(db_path)
    other = sqlite3.connect(db_path)  # another program reading the registry (WAL mode)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        other.execute("SELECT count(*) FROM records").fetchone()
        result = seeded("restore", str(copy), "--yes", code=1)
        assert "in use by another process" in result.stderr and str(db_path) in result.stderr
        assert other.execute("SELECT count(*) FROM records").fetchone()[0] == len(before)
    finally:
        other.close()
    assert _records(db_path) == before
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_backup_onto_the_registrys_own_companion_files_is_refused(seeded, db_path, suffix):
    """`backup registry.db-wal --force` said "backed up … to registry.db-wal" and SQLite then
    deleted that file as its own write-ahead log: the backup the user was promised was gone."""
    target = Path(f"{db_path}{suffix}")
    result = seeded("backup", str(target), "--force", code=2)
    assert result.stderr.strip() == (
        f"kerjasama: error: {target}: is the registry's own {suffix} file; choose another file"
    )
