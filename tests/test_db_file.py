"""Where the database file may be, and what happens when it cannot be written.

Issue 9, found #4, #6, #10 and #11: `--db ''`, a directory, a missing directory, bare
`kerjasama`, a failed command on a new file, and a registry on a read-only drive.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Run
from typer.testing import CliRunner
from unprivileged import as_user, unprivileged

from kerjasama_cli.cli.app import app


def _invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, list(args), env=env)


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("kerjasama") and ": error: " in lines[0], stderr
    assert "Traceback" not in stderr
    return lines[0]


# -- found #6: bare `kerjasama` -------------------------------------------------------------------


def test_bare_invocation_shows_help_without_an_empty_error_line():
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama_cli"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2  # click's convention for a group called without a command
    assert "Usage: kerjasama" in result.stdout + result.stderr
    assert "error" not in result.stderr
    assert "Commands" in result.stdout + result.stderr


# -- found #4: an empty --db, or a directory --------------------------------------------------


@pytest.mark.parametrize("where", ["global", "command"])
def test_empty_db_option_is_one_usage_line(tmp_path, monkeypatch, where):
    monkeypatch.chdir(tmp_path)
    args = ["--db", "", "list"] if where == "global" else ["list", "--db", ""]
    result = _invoke(*args)
    assert result.exit_code == 2, result.output
    line = _one_error_line(result.stderr)
    assert "--db" in line and "''" in line and "expected the path of a database file" in line
    assert list(tmp_path.iterdir()) == []


def test_db_pointing_at_a_directory_is_one_usage_line(tmp_path):
    result = _invoke("--db", str(tmp_path), "list")
    assert result.exit_code == 2, result.output
    line = _one_error_line(result.stderr)
    assert str(tmp_path) in line and "is a directory" in line
    assert list(tmp_path.iterdir()) == []


def test_env_var_pointing_at_a_directory_is_one_usage_line(tmp_path):
    result = _invoke("list", env={"KERJASAMA_DB": str(tmp_path)})
    assert result.exit_code == 2, result.output
    assert "is a directory" in _one_error_line(result.stderr)


# -- found #10: a missing directory; a failed command leaves no new file ------------------------


@pytest.mark.parametrize("command", [["list"], ["init"], ["init", "--empty"], ["stats"]])
def test_explicit_path_in_missing_directory_is_refused_and_not_created(tmp_path, command):
    target = tmp_path / "missing" / "dir" / "x.db"
    result = _invoke("--db", str(target), *command)
    assert result.exit_code == 2, result.output
    line = _one_error_line(result.stderr)
    assert str(target.parent) in line and "does not exist" in line
    assert not (tmp_path / "missing").exists()


def test_env_path_in_missing_directory_is_refused(tmp_path):
    target = tmp_path / "missing" / "x.db"
    result = _invoke("list", env={"KERJASAMA_DB": str(target)})
    assert result.exit_code == 2, result.output
    assert "does not exist" in _one_error_line(result.stderr)
    assert not target.parent.exists()


def test_default_location_directory_is_created(tmp_path):
    # platformdirs follows XDG_DATA_HOME on Linux: point it at a directory that does not exist.
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("KERJASAMA_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "list", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "xdg" / "kerjasama" / "kerjasama.db").is_file()


def _no_database_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if ".db" in p.name)


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--partner", "Busan", "--country", "KR", "--type", "mou", "--date", "2024-13-01"],
        ["add", "--partner", "Busan", "--country", "KR", "--type", "nonsense"],
        ["show", "no-such-record"],
        ["delete", "no-such-record", "--yes"],
        ["edit", "no-such-record", "--title", "x"],
    ],
)
def test_failed_command_on_new_path_leaves_no_file(tmp_path, args):
    target = tmp_path / "new.db"
    result = _invoke("--db", str(target), *args)
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.stderr
    assert _no_database_files(tmp_path) == []


def test_failed_command_on_new_path_leaves_no_file_in_a_real_process(tmp_path):
    target = tmp_path / "new.db"
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "--db", str(target), "add", "--partner", "X"]
        + ["--country", "KR", "--type", "mou", "--date", "2024-13-01"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert _no_database_files(tmp_path) == []


def test_failed_command_on_existing_database_keeps_it(run, db_path):
    run("list")
    run("show", "no-such-record", code=2)
    assert db_path.exists()
    assert run.json("list")


# -- found #11: a read-only registry ----------------------------------------------------------


@pytest.fixture
def shared_drive(tmp_path):
    """A seeded registry (mode 444) in a directory (mode 555); modes restored afterwards."""
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "registry.db"
    Run(db)("list")
    Run(db)("add", "--partner", "Busan", "--country", "KR", "--type", "mou", "--date", "2019")
    assert sorted(p.name for p in folder.iterdir()) == ["registry.db"]
    db.chmod(0o444)
    folder.chmod(0o555)
    yield db
    folder.chmod(0o755)
    db.chmod(0o644)


READS = [
    ["list", "--format", "json"],
    ["list", "--by-governor"],
    ["show", "1"],
    ["stats", "--by", "country"],
    ["timeline"],
    ["search", "Busan"],
    ["export", "--format", "json"],
    ["history"],
]


def test_read_only_registry_reads_work_and_writes_fail_naming_the_file(shared_drive, tmp_path):
    prefix = unprivileged()
    db = shared_drive
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import os,sys; sys.exit(os.access(sys.argv[1], 2))"]
        + [str(db)],
        timeout=60,
    )
    assert probe.returncode == 0, "the test process can still write the file: modes not applied"
    before = db.read_bytes()
    for args in READS:
        result = as_user(prefix, db, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout.strip(), args
        assert "error" not in result.stderr, (args, result.stderr)
    listed = as_user(prefix, db, "list", "--format", "json")
    assert "Busan" in listed.stdout
    batch = tmp_path / "one.ndjson"
    batch.write_text('{"partner": "Nagoya", "country": "JP", "type": "mou", "date": "2020"}\n')
    writes = [
        ["add", "--partner", "Nagoya", "--country", "JP", "--type", "mou", "--date", "2020"],
        ["edit", "1", "--title", "changed"],
        ["delete", "1", "--yes"],
        ["import", str(batch)],
    ]
    for args in writes:
        result = as_user(prefix, db, *args)
        assert result.returncode == 1, (args, result.stderr)
        line = _one_error_line(result.stderr)
        assert str(db) in line and "read-only" in line, line
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["registry.db"]  # no -wal, no -shm


def test_read_only_file_in_writable_directory_leaves_no_wal_or_shm(shared_drive):
    prefix = unprivileged()
    db = shared_drive
    db.parent.chmod(0o755)
    assert as_user(prefix, db, "list").returncode == 0
    assert as_user(prefix, db, "delete", "1", "--yes").returncode == 1
    # A -shm created now would keep the file's mode 444 and keep writes failing after a chmod.
    assert sorted(p.name for p in db.parent.iterdir()) == ["registry.db"]
    db.chmod(0o644)
    added = as_user(prefix, db, "add", "--partner", "Nagoya", "--country", "JP", "--type", "mou")
    assert added.returncode == 0, added.stderr


def test_writes_work_again_once_permissions_are_restored(shared_drive):
    prefix = unprivileged()
    db = shared_drive
    assert as_user(prefix, db, "list").returncode == 0
    assert as_user(prefix, db, "delete", "1", "--yes").returncode == 1
    db.parent.chmod(0o755)
    db.chmod(0o644)
    result = as_user(prefix, db, "add", "--partner", "Nagoya", "--country", "JP", "--type", "mou")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM partners WHERE name = 'Nagoya'").fetchone() == (
            1,
        )
    finally:
        conn.close()


def test_read_only_registry_of_an_older_schema_is_readable(tmp_path):
    """A colleague's read-only copy made by an earlier version: it cannot be upgraded in place,
    so the reads run on an upgraded copy in memory; the file is not touched."""
    prefix = unprivileged()
    fixture = sorted((Path(__file__).parent / "fixtures").glob("*.db"))[0]  # the oldest schema
    folder = tmp_path / "old"
    folder.mkdir()
    db = folder / "registry.db"
    shutil.copy(fixture, db)
    before = db.read_bytes()
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        listed = as_user(prefix, db, "list", "--format", "json")
        assert listed.returncode == 0, listed.stderr
        assert "Fixture MoU with Nagoya" in listed.stdout
        found = as_user(prefix, db, "search", "Hamburg", "--format", "json")
        assert found.returncode == 0 and "Hamburg" in found.stdout, found.stderr
        refused = as_user(prefix, db, "delete", "1", "--yes")
        assert refused.returncode == 1 and "read-only" in refused.stderr
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert db.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["registry.db"]
