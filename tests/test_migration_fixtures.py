"""Every released schema upgrades to the current one with every row intact (issue 9).

tests/fixtures/NN-<migration>.db is the registry a kerjasama with migrations 1..NN left behind
(made by tests/fixtures/make_fixtures.py, never rewritten). Each is copied, opened by the
current code (which migrates it) and compared, table by table and row by row, on the columns
the old version had.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from conftest import Run

from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.database.migrations import MIGRATIONS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FILES = sorted(FIXTURES.glob("*.db"))
# Rows a migration itself rewrites: the schema version it records, and the search synonyms
# (data derived from the vocabularies, refreshed by migrations that extend them).
DERIVED = {"kerjasama_meta", "search_terms", "_kerjasama_migrations"}
# Tables a migration adds rows to, keeping every old one (m029: the built-in sectors agriculture,
# fisheries and maritime, their words and their default object).
EXTENDED = {"sectors", "sector_aliases", "sector_objects"}


def _seconds(value: object) -> object:
    try:
        return int(dt.datetime.fromisoformat(str(value)).timestamp())
    except ValueError:
        return value


# Columns a migration stores in another form, with how an old value reads in the new one (m010:
# a record's times, Unix seconds instead of ISO text).
REWRITTEN = {
    ("records", "created_at"): _seconds,
    ("records", "updated_at"): _seconds,
}
# Columns a migration drops on purpose (m012: the digest that only said whether an import
# changes a record; it is computed from the stored values now). Every other column stays.
DROPPED = {("records", "fingerprint")}


def _plain_tables(conn: sqlite3.Connection) -> list[str]:
    kinds = {row[1]: row[2] for row in conn.execute("PRAGMA table_list") if row[0] == "main"}
    return sorted(n for n, kind in kinds.items() if kind == "table" and not n.startswith("sqlite_"))


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> Counter:
    names = ", ".join(f'"{c}"' for c in columns)
    return Counter(conn.execute(f'SELECT {names} FROM "{table}"').fetchall())


def _rows_of(fixture: Path, table: str, columns: list[str]) -> Counter:
    """The fixture's rows of `table` as the current schema stores them (REWRITTEN)."""
    same = lambda value: value  # noqa: E731
    forms = [REWRITTEN.get((table, c), same) for c in columns]
    old = sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return Counter(
            tuple(form(v) for form, v in zip(forms, row, strict=True))
            for row in _rows(old, table, columns).elements()
        )
    finally:
        old.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


# Schemas that shipped in a release: m001..m004 in the order they apply (m002 came last).
# When a release ships a newer schema, run tests/fixtures/make_fixtures.py and raise this.
RELEASED = 4


def test_every_released_schema_has_a_fixture():
    names = {path.name for path in FILES}
    for index, fn in enumerate(MIGRATIONS[:RELEASED], start=1):
        expected = f"{index:02d}-{fn.__name__}.db"
        assert expected in names, f"run tests/fixtures/make_fixtures.py to add {expected}"


@pytest.mark.parametrize("fixture", FILES, ids=[path.stem for path in FILES])
def test_fixture_upgrades_to_the_current_schema_with_every_row(fixture, tmp_path):
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    old = sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        applied = [r[0] for r in old.execute("SELECT name FROM _kerjasama_migrations ORDER BY id")]
        count = int(fixture.name.split("-", 1)[0])
        assert applied == [fn.__name__ for fn in MIGRATIONS[:count]], "fixture misnamed"
        before = {
            table: (_columns(old, table), _rows(old, table, _columns(old, table)))
            for table in _plain_tables(old)
        }
    finally:
        old.close()
    assert sum(len(rows) for _cols, rows in before.values()) > 50  # seed + imported rows

    store = open_store(copy)  # migrates
    try:
        conn = store.conn
        now = [r[0] for r in conn.execute("SELECT name FROM _kerjasama_migrations ORDER BY id")]
        assert now == [fn.__name__ for fn in MIGRATIONS]
        assert store.meta("schema_version") == str(len(MIGRATIONS))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table, (columns, rows) in before.items():
            if table in DERIVED:
                continue
            columns = [c for c in columns if (table, c) not in DROPPED]
            assert set(columns) <= set(_columns(conn, table)), f"{table}: a column was dropped"
            if any((table, c) in REWRITTEN for c in columns):
                rows = _rows_of(fixture, table, columns)
            if table in EXTENDED:
                assert not rows - _rows(conn, table, columns), f"{table}: a row was lost"
                continue
            assert _rows(conn, table, columns) == rows, f"{table}: rows changed on upgrade"
        applied_rows = _rows(conn, "_kerjasama_migrations", ["name"])
        assert all(applied_rows[(name,)] == 1 for name in applied)
    finally:
        store.close()

    # The upgraded registry works: the imported rows are listed and found by search.
    run = Run(copy)
    titles = {row["title"] for row in run.json("list")}
    assert "Fixture MoU with Nagoya" in titles
    assert run.json("search", "Hamburg")
