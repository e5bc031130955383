"""A migration does forever what it did when released: it reads what is frozen beside it
(store/database/frozen/), never live code (tests/test_architecture.py), and what the released
migrations build (the schema, the rows they insert, m005's governors) is pinned here by hashes
taken on main at bc328ae, before the freeze."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from kerjasama_cli.store.database.migrations import MIGRATIONS, migrate

# The first 22 migrations (to m022_public_records), as main built them at commit bc328ae before
# their SQL was frozen: the sha256 of repr() of sqlite_master's (type, name, tbl_name, sql) rows
# ordered by type and name. Later migrations append and do not change it.
RELEASED = 22
FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA_SHA256 = "ec9b3a8ef9f703fe343701d4791fe1844fef9824b04f53f7c4de5128e98f225e"


def test_the_released_migrations_build_the_schema_they_always_built():
    assert MIGRATIONS[RELEASED - 1].__name__ == "m022_public_records"
    conn = sqlite3.connect(":memory:", isolation_level=None)
    assert len(migrate(conn, upto=RELEASED)) == RELEASED
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    assert len(rows) == 136
    assert hashlib.sha256(repr(rows).encode()).hexdigest() == SCHEMA_SHA256


def _sha(rows: list) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_the_frozen_rows_are_the_rows_main_inserted():
    # m003's synonyms (m003_terms.json) and m007's vocabularies (m007_vocab.json): the rows main
    # inserted from domain/vocab.py and domain/countries.py at bc328ae, which may change.
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, upto=2)  # m001, m003
    terms = conn.execute("SELECT * FROM search_terms ORDER BY 1, 2, 3").fetchall()
    assert len(terms) == 701
    assert _sha(terms) == "2853b94bdcedade152d70fc4ef7a1106eec3b8b37dfa54fbae682cd940ed5341"
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, upto=RELEASED)
    vocab = conn.execute(
        "SELECT vocabulary, slug, terms FROM search_vocab ORDER BY 1, 2"
    ).fetchall()
    assert len(vocab) == 290
    assert _sha(vocab) == "c4ac2cb6290549613a63cead9a1e45c091939d909c9ee9c0b08ac808e31cd7e5"


def test_m005_attributes_governors_as_main_did(tmp_path: Path):
    # m005's frozen governor refresh (store/database/frozen/m005.py) on a registry whose records
    # name the home government by an alias, so that it runs: every basis occurs, and the columns
    # are those main's live refresh_governors wrote (pinned by their hash).
    db = tmp_path / "m004.db"
    shutil.copy(FIXTURES / "04-m002_history.db", db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("INSERT OR REPLACE INTO kerjasama_meta VALUES ('home_party', 'DKI Jakarta')")
    conn.execute("UPDATE records SET local_party = 'Jakarta' WHERE id % 2 = 0")
    assert migrate(conn, upto=5)[-1] == "m005_local_governments"
    rows = conn.execute(
        "SELECT id, local_party, governor_id, governor_basis, governor_candidates FROM records"
        " ORDER BY id"
    ).fetchall()
    assert {r[1] for r in rows} == {"DKI Jakarta"}
    assert {r[3] for r in rows} == {
        "signatory", "credited", "date", "undetermined", "date_unknown"
    }  # fmt: skip
    assert _sha(rows) == "06bd3c9e5d31d53711050f52282252e801715346f9bcc5aa304abb48cfb0db7e"
