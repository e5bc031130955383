"""A migration does forever what it did when released: the schema the released migrations build
is pinned by a hash (a change to a frozen module, or to live code a migration still calls, fails
here), and the migrations read frozen SQL (store/database/frozen/) rather than live store code."""

from __future__ import annotations

import hashlib
import sqlite3

from kerjasama_cli.store.database.migrations import MIGRATIONS, migrate

# The first 22 migrations (to m022_public_records), as main built them at commit bc328ae before
# their SQL was frozen: the sha256 of repr() of sqlite_master's (type, name, tbl_name, sql) rows
# ordered by type and name. Later migrations append and do not change it.
RELEASED = 22
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
