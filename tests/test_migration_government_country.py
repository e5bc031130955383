"""m028_government_by_country on a registry the previous schema made (the m027 fixture, with the
seed and imported rows) to which main's import of twin towns added London, GB and, under it,
a record of London, CA (main stored it so: one government per name). Every row is kept; the
record of Canada gets a government of its own, and loses the British mayor as its governor."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import Run

from kerjasama_cli.store.database.connection import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "27-m027_event_no_status.db"
RECORD = (
    "INSERT INTO records (key, kind, type, partner_id, local_party, local_country, date_start, "
    "date_end, date_precision, governor_id, governor_basis) VALUES (?, 'agreement', "
    "'sister_city', ?, 'London', ?, '2018-01-01', '2018-12-31', 'year', ?, ?)"
)


def _old_registry(path: Path) -> None:
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO local_governments (key, name, country) VALUES ('london-gb', 'London', 'GB')"
    )
    leader = conn.execute(
        "INSERT INTO leaders (key, local_party, name, title, term_start) VALUES "
        "('sadiq-khan-2016', 'London', 'Sadiq Khan', 'Mayor', '2016-05-09')"
    ).lastrowid
    for key, name, country in (("seoul", "Seoul", "KR"), ("cleveland", "Cleveland", "US")):
        conn.execute(
            "INSERT INTO partners (key, name, kind, country) VALUES (?, ?, 'city', ?)",
            (key, name, country),
        )
    partner = dict(conn.execute("SELECT key, id FROM partners"))
    conn.execute(RECORD, ("seoul-london", partner["seoul"], "GB", leader, "date"))
    conn.execute(RECORD, ("cleveland-london", partner["cleveland"], "CA", leader, "date"))
    conn.commit()
    conn.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
                " AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%'"
            )
        ]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_a_name_of_two_countries_is_split_and_every_row_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_registry(path)
    before = _counts(path)
    assert before["records"] == 27 and before["local_governments"] == 2
    open_store(path).close()  # migrates
    after = _counts(path)
    grown = {t: after[t] - before.get(t, 0) for t in after if after[t] != before.get(t, 0)}
    # One government more (London, CA), its history row, and the migrations' own rows; m029,
    # which runs after it, adds its three sectors with their 18 words and objects; m030 keeps
    # every row.
    m029 = {"sectors": 3, "sector_aliases": 18, "sector_objects": 3}
    assert grown == {"local_governments": 1, "history": 1, "_kerjasama_migrations": 3, **m029}
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(
            "SELECT name, country FROM local_governments WHERE name = 'London' ORDER BY id"
        ).fetchall() == [("London", "GB"), ("London", "CA")]
        misplaced = conn.execute(
            "SELECT COUNT(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM local_governments g "
            "WHERE g.name = r.local_party AND g.country IS r.local_country)"
        ).fetchone()
        assert misplaced == (0,)
        assert conn.execute(
            "SELECT local_country FROM leaders WHERE key = 'sadiq-khan-2016'"
        ).fetchone() == ("GB",)
        # Aliases kept, in their order.
        assert conn.execute(
            "SELECT COUNT(*) FROM local_government_aliases WHERE government_id = 1"
        ).fetchone() == (5,)
    finally:
        conn.close()
    rows = {r["key"]: r for r in Run(path).json("list")}
    assert rows["seoul-london"]["governor"] == "Sadiq Khan"
    assert rows["cleveland-london"]["governor"] is None
    assert rows["cleveland-london"]["local_country"] == "CA"
    change = [c for c in Run(path).json("history", "-n", "5") if c["command"] == "migrate"]
    assert [(c["entity"], c["entity_key"]) for c in change] == [("government", "london-ca")]


def test_a_registry_of_one_country_per_name_keeps_its_governments(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    shutil.copy(FIXTURE, path)
    before = _counts(path)
    open_store(path).close()
    after = _counts(path)
    # m028 and m030 change no row here; m029 adds its three sectors with their words and objects.
    m029 = {"sectors": 3, "sector_aliases": 18, "sector_objects": 3}
    grown = {t: n - before.get(t, 0) for t, n in after.items() if n != before.get(t)}
    assert grown == {"_kerjasama_migrations": 3, **m029}
