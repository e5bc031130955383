"""The schema, as ordered, named migrations (after simonw's `llm`).

Each step moves the schema one step; `migrate` runs the pending ones in order, each in its own
transaction, and records its name. Never edit a released migration: add a new one at the end of
`MIGRATIONS`.

The steps live in store/database/migration_steps/, one module per group; their order is this
list, not the order of imports or of their numbers (m002 runs fourth, after m004: it was
written then, and released registries hold it there). The names are the identity: a registry
records them, a fixture per released schema (tests/fixtures/NN-NAME.db) is named by them, and
a name listed twice is refused here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from kerjasama_cli.store.database.migration_steps import (
    cooperation,
    derived,
    first_schema,
    identity,
    local_governments,
    million_records,
    storage,
)
from kerjasama_cli.store.database.migration_steps.script import Migration


def in_order(*steps: Migration) -> list[Migration]:
    """STEPS as the list `migrate` applies, refusing a name given twice (sqlite-utils'
    `Migrations` does the same): two steps of one name would leave one of them unapplied."""
    names = [step.__name__ for step in steps]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValueError(f"migration named twice: {', '.join(twice)}")
    return list(steps)


MIGRATIONS: list[Migration] = in_order(
    first_schema.m001_core_tables,
    derived.m003_search_index,
    derived.m004_validity,
    first_schema.m002_history,
    local_governments.m005_local_governments,
    derived.m006_browse_records,
    derived.m007_search_own_text,
    storage.m008_partner_dates_index,
    derived.m009_partner_map,
    storage.m010_compact_storage,
    storage.m011_query_indexes,
    storage.m012_no_fingerprint,
    cooperation.m016_sectors,
    local_governments.m019_local_country,
    cooperation.m017_families_stages,
    cooperation.m018_documents,
    million_records.m015_browse_facets,
    identity.m013_ids_never_reused,
    identity.m014_merge_alias_duplicates,
    million_records.m021_facet_indexes,
    identity.m020_history_actor,
    derived.m022_public_records,
    million_records.m023_public_flag,
    million_records.m024_partner_counts,
    million_records.m025_valid_until_index,
    million_records.m026_public_flag_moved_record,
    derived.m027_event_no_status,
    local_governments.m028_government_by_country,
    cooperation.m029_sectors_agriculture_fisheries_maritime,
    local_governments.m030_government_keys,
)


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied to this database, in order."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_kerjasama_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _kerjasama_migrations ORDER BY id")]


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[str]:
    """Apply every pending migration (or the first `upto`), each in its own transaction.

    Returns the names applied. Safe when several processes open a new file at once: each step
    checks again, under the write lock, whether another process has just applied it.
    """
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_kerjasama_migrations'"
    ).fetchone():
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _kerjasama_migrations "
            "(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
        )
    wanted = MIGRATIONS if upto is None else MIGRATIONS[:upto]
    if set(applied(conn)) >= {fn.__name__ for fn in wanted}:
        return []  # the usual case: nothing to do, and no write lock taken
    ran = []
    for fn in wanted:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if fn.__name__ in applied(conn):
                conn.execute("ROLLBACK")
                continue
            fn(conn)
            conn.execute(
                "INSERT INTO _kerjasama_migrations (name, applied_at) VALUES (?, ?)",
                (fn.__name__, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
            conn.execute(
                "INSERT OR REPLACE INTO kerjasama_meta (key, value) VALUES ('schema_version', ?)",
                (str(MIGRATIONS.index(fn) + 1),),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        ran.append(fn.__name__)
    return ran
