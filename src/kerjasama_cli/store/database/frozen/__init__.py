"""What the migrations execute, frozen beside them (store/database/migrations.py): a migration
must do forever what it did when released, so it reads these modules, one per migration, never
live store or domain code, which will change. A module here is never edited: a change to the
schema is a new migration. tests/test_migrations_frozen.py pins what they build by a hash."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def rows(name: str) -> list[list[object]]:
    """The rows a migration inserted, frozen as JSON beside its module (NAME, one row a line)."""
    return json.loads((Path(__file__).parent / name).read_text(encoding="utf-8"))


def drop_index_triggers(conn: sqlite3.Connection) -> None:
    """Drop every trigger that keeps the search index (m003's `search_index_` prefix), as
    store/fulltext/external.py drop_triggers did at commit bc328ae (m007, m010)."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        ("search_index_%",),
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
