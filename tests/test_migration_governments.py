"""m005_local_governments carries a database built at the previous schema over, losing nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import Run

from kerjasama_cli.store.database import migrations
from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.database.migration_steps.local_governments import m005_local_governments

TABLES = (
    "records",
    "partners",
    "partner_aliases",
    "leaders",
    "sources",
    "citations",
    "record_people",
    "record_sectors",
    "reported_figures",
)


# m001..m004 (m005 left out, and what follows it: m010 re-creates views that read m005's columns)
_BEFORE_M005 = migrations.MIGRATIONS[: migrations.MIGRATIONS.index(m005_local_governments)]


def _previous_schema(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A registry as m001..m004 left it, holding the seed plus records whose local party is an
    alias (a twin-town import: `Jakarta`) or another government (`Kota Bandung`)."""
    with monkeypatch.context() as mp:
        mp.setattr(
            migrations,
            "MIGRATIONS",
            _BEFORE_M005,
        )
        open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO kerjasama_meta VALUES ('home_party', 'DKI Jakarta')")
    conn.execute("INSERT INTO kerjasama_meta VALUES ('home_country', 'ID')")
    conn.execute(
        "INSERT INTO partners (key, name, kind, country) VALUES ('tokyo', 'Tokyo', 'city', 'JP')"
    )
    conn.execute(
        "INSERT INTO partners (key, name, kind, country) VALUES ('sister-b', 'Braunschweig', 'city', 'DE')"
    )
    conn.execute(
        "INSERT INTO leaders (key, local_party, name, title, term_start, term_end) VALUES "
        "('sutiyoso-1997', 'DKI Jakarta', 'Sutiyoso', 'Gubernur', '1997-10-06', '2007-10-07')"
    )
    rows = [
        ("jakarta-tokyo", 1, "Jakarta", "ID", "2001-01-01", "2001-12-31", "year"),
        ("dki-tokyo", 1, "DKI Jakarta", "ID", "2002-03-04", "2002-03-04", "day"),
        ("bandung-braunschweig", 2, "Kota Bandung", "ID", "2001-01-01", "2001-12-31", "year"),
    ]
    for key, partner, party, country, start, end, precision in rows:
        conn.execute(
            "INSERT INTO records (key, kind, type, partner_id, local_party, local_country, "
            "date_start, date_end, date_precision, fingerprint, created_at, updated_at) "
            "VALUES (?, 'agreement', 'sister_city', ?, ?, ?, ?, ?, ?, 'x', 'now', 'now')",
            (key, partner, party, country, start, end, precision),
        )
    conn.commit()
    conn.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def _governments(path: Path) -> dict[str, dict]:
    conn = sqlite3.connect(path)
    try:
        found = {}
        for gid, name, country, region in conn.execute(
            "SELECT id, name, country, region FROM local_governments"
        ):
            aliases = [
                r[0]
                for r in conn.execute(
                    "SELECT alias FROM local_government_aliases WHERE government_id = ?", (gid,)
                )
            ]
            found[name] = {"country": country, "region": region, "aliases": aliases}
        return found
    finally:
        conn.close()


def test_local_parties_become_governments_and_nothing_is_lost(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    _previous_schema(path, monkeypatch)
    before = _counts(path)
    run = Run(path)
    run("list")  # opening migrates
    governments = _governments(path)
    assert set(governments) == {"DKI Jakarta", "Kota Bandung"}
    assert "Special Capital Region of Jakarta" in governments["DKI Jakarta"]["aliases"]
    assert governments["DKI Jakarta"]["region"] == "ID-JK"
    assert governments["Kota Bandung"]["country"] == "ID"
    assert _counts(path) == before  # every row kept
    rows = {r["key"]: r for r in run.json("list")}
    # `Jakarta` was an alias of the home government: now its records, under its governors.
    assert rows["jakarta-tokyo"]["local_party"] == "DKI Jakarta"
    assert rows["jakarta-tokyo"]["governor"] == "Sutiyoso"
    assert rows["bandung-braunschweig"]["governor"] is None
    assert rows["bandung-braunschweig"]["local_party"] == "Kota Bandung"
    change = [c for c in run.json("history", "-n", "50") if c["command"] == "migrate"]
    assert [(c["entity_key"], c["changes"]) for c in change] == [
        ("jakarta-tokyo", {"local_party": ["Jakarta", "DKI Jakarta"]})
    ]
    conn = sqlite3.connect(path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(partners)")}
    assert {"latitude", "longitude"} <= columns
    assert conn.execute("SELECT COUNT(*) FROM partners WHERE latitude IS NOT NULL").fetchone() == (
        0,
    )
    conn.close()
    assert len(run.json("list", "--local-party", "Pemprov DKI Jakarta")) == 2


def test_an_empty_previous_database_migrates(tmp_path, monkeypatch):
    path = tmp_path / "empty.db"
    with monkeypatch.context() as mp:
        mp.setattr(
            migrations,
            "MIGRATIONS",
            _BEFORE_M005,
        )
        open_store(path).close()
    run = Run(path)
    assert run.json("list") == []
    assert run.json("partners", "list") == []
    assert _governments(path) == {}  # no home recorded: nothing to invent
