"""The store: creation, seeding, refusal of foreign files, migrations, pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kerjasama_cli.store import migrations
from kerjasama_cli.store.connection import ENV_VAR, StoreRefused, open_store, resolve_path


def test_missing_database_is_created_and_seeded_with_notice(run, db_path):
    assert not db_path.exists()
    result = run("list", "--format", "json")
    assert db_path.exists()
    assert "loaded the bundled seed" in result.stderr
    assert "loaded" not in result.stdout
    second = run("list", "--format", "json")
    assert "loaded the bundled seed" not in second.stderr


def test_init_empty_has_schema_but_no_records(empty_run):
    assert empty_run.json("list") == []


def test_init_refuses_existing_file(run, db_path):
    run("list")
    result = run("init", code=2)
    assert "already exists" in result.stderr


def test_pragmas_wal_and_foreign_keys(tmp_path):
    store = open_store(tmp_path / "x.db")
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert store.meta("schema_version") == str(len(migrations.MIGRATIONS))


@pytest.mark.parametrize(
    "content, message",
    [
        (b"this is a spreadsheet, not a database\n" * 10, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 100, "database"),
    ],
)
def test_corrupt_file_is_refused_untouched(run, db_path, content, message):
    db_path.write_bytes(content)
    result = run("list", code=2)
    assert message in result.stderr
    assert str(db_path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert db_path.read_bytes() == content
    assert not Path(f"{db_path}-wal").exists()


def test_foreign_sqlite_database_is_refused_untouched(run, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    result = run("list", code=2)
    assert "not a kerjasama database" in result.stderr
    assert db_path.read_bytes() == before


def test_newer_schema_is_refused_untouched(run, db_path):
    run("list")
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(
        "INSERT INTO _kerjasama_migrations (name, applied_at) VALUES ('m999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    result = run("list", code=2)
    assert "newer" in result.stderr and "m999_from_the_future" in result.stderr
    assert db_path.read_bytes() == before


def test_migrations_are_ordered_named_and_recorded(tmp_path):
    store = open_store(tmp_path / "m.db")
    names = [r[0] for r in store.conn.execute("SELECT name FROM _kerjasama_migrations ORDER BY id")]
    assert names == [fn.__name__ for fn in migrations.MIGRATIONS]
    assert all(name.startswith("m0") for name in names)


def test_reopening_runs_no_migration_twice(tmp_path):
    path = tmp_path / "m.db"
    open_store(path).close()
    store = open_store(path)
    assert migrations.migrate(store.conn) == []


def test_path_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.db"))
    assert resolve_path(tmp_path / "opt.db") == tmp_path / "opt.db"
    assert resolve_path(None) == tmp_path / "env.db"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_path(None).name == "kerjasama.db"


def test_env_var_selects_database(tmp_path):
    from typer.testing import CliRunner

    from kerjasama_cli.cli.app import app

    target = tmp_path / "from-env.db"
    result = CliRunner().invoke(app, ["list", "--format", "json"], env={ENV_VAR: str(target)})
    assert result.exit_code == 0, result.stderr
    assert target.exists()


def test_per_command_db_option(tmp_path):
    from typer.testing import CliRunner

    from kerjasama_cli.cli.app import app

    target = tmp_path / "cmd.db"
    result = CliRunner().invoke(app, ["list", "--db", str(target), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert target.exists()


def test_open_store_refuses_missing_when_not_creating(tmp_path):
    with pytest.raises(Exception, match="no such database"):
        open_store(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_store_refused_is_usage_error():
    assert StoreRefused.exit_code == 2
