"""The store: creation, seeding, refusal of foreign files, migrations, pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kerjasama_cli.store.database import migrations
from kerjasama_cli.store.database.connection import ENV_VAR, StoreRefused, open_store, resolve_path


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


# -- damaged and unusual files (issue 9) ------------------------------------------------------


def _records(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT key, title FROM records ORDER BY key").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_truncated_registry_is_refused_in_one_line_and_left_untouched(run, db_path, keep):
    run("list")
    data = db_path.read_bytes()
    db_path.write_bytes(data[: int(len(data) * keep)])
    before = db_path.read_bytes()
    for args in (["list"], ["add", "--partner", "Busan", "--type", "mou"], ["stats"]):
        result = run(*args, code=2)
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and "Traceback" not in line, line
        assert str(db_path) in line and "left untouched" in line
    assert db_path.read_bytes() == before


def _big_batch(path: Path, rows: int) -> Path:
    import json

    path.write_text(
        "".join(
            json.dumps(
                {
                    "partner": f"Full {i}",
                    "country": "JP",
                    "type": "mou",
                    "date": "2020",
                    "title": f"A long title to fill pages {i} " + "x" * 200,
                }
            )
            + "\n"
            for i in range(rows)
        )
    )
    return path


def _pages(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("room", [1, 6, 40, 150])
def test_full_disk_during_import_is_one_line_and_writes_nothing(run, db_path, tmp_path, room):
    """SQLITE_FULL, simulated by capping the file's pages (PRAGMA max_page_count), with room
    for a few more pages so that the disk fills at different stages of the import. A real
    process: SQLite rolls the transaction back itself there, which the import must expect."""
    from conftest import run_module

    from kerjasama_cli.store.database.connection import MAX_PAGES_ENV

    run("list")
    before = _records(db_path)
    cap = {MAX_PAGES_ENV: str(_pages(db_path) + room)}
    batch = _big_batch(tmp_path / "big.ndjson", 2000)
    result = run_module("import", str(batch), db=db_path, env=cap)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert line == f"kerjasama: error: {db_path}: database or disk is full; nothing was written"
    assert _records(db_path) == before
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[
            0
        ]
    finally:
        conn.close()
    # Once there is room again, the same import goes through.
    run("import", str(batch))
    assert len(_records(db_path)) == len(before) + 2000


def test_full_disk_during_add_is_one_line_and_writes_nothing(run, db_path):
    from kerjasama_cli.store.database.connection import MAX_PAGES_ENV

    run("list")
    before = _records(db_path)
    cap = {MAX_PAGES_ENV: str(_pages(db_path))}
    result = run(
        "add",
        "--partner",
        "Nagoya",
        "--country",
        "JP",
        "--type",
        "mou",
        "--title",
        "y" * 900,
        "--summary",
        "z" * 9000,  # within the option limits, but more than the pages left
        code=1,
        env=cap,
    )
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "full" in result.stderr and str(db_path) in result.stderr
    assert _records(db_path) == before


def test_a_migration_named_twice_is_refused():
    # Two steps of one name: a registry that records the first would never apply the second.
    step = migrations.MIGRATIONS[0]
    with pytest.raises(ValueError, match="migration named twice: m001_core_tables"):
        migrations.in_order(step, migrations.MIGRATIONS[1], step)
    assert migrations.in_order(*migrations.MIGRATIONS) == migrations.MIGRATIONS
