"""The schema as first released: the registry's tables (m001) and the history of every change
to them (m002)."""

from __future__ import annotations

import sqlite3

from kerjasama_cli.store.database.migration_steps.script import run_script


def m001_core_tables(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE kerjasama_meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, publication TEXT, title TEXT,
            author TEXT, url TEXT, published TEXT, file TEXT
        );
        CREATE TABLE leaders (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, local_party TEXT NOT NULL,
            name TEXT NOT NULL, title TEXT NOT NULL, term_start TEXT NOT NULL, term_end TEXT,
            note TEXT, aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE partners (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            kind TEXT NOT NULL, country TEXT, region TEXT, notes TEXT
        );
        CREATE TABLE partner_aliases (
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            alias TEXT NOT NULL, PRIMARY KEY (partner_id, alias)
        );
        CREATE TABLE records (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('agreement', 'event')),
            type TEXT NOT NULL,
            partner_id INTEGER REFERENCES partners(id),
            agreement_id INTEGER REFERENCES records(id) ON DELETE SET NULL,
            local_party TEXT NOT NULL, local_country TEXT,
            date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL, date_note TEXT,
            title TEXT, summary TEXT, status TEXT, place TEXT, leader TEXT, notes TEXT,
            term_years REAL, end_date TEXT,
            governor_id INTEGER REFERENCES leaders(id) ON DELETE SET NULL,
            governor_basis TEXT NOT NULL DEFAULT 'not_recorded',
            governor_candidates TEXT NOT NULL DEFAULT '[]',
            fingerprint TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        );
        CREATE TABLE record_people (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, side TEXT NOT NULL CHECK (side IN ('home', 'partner')),
            name TEXT NOT NULL, title TEXT, PRIMARY KEY (record_id, position)
        );
        CREATE TABLE record_sectors (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            sector TEXT NOT NULL, PRIMARY KEY (record_id, sector)
        );
        CREATE TABLE reported_figures (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, local_party TEXT NOT NULL,
            subject TEXT NOT NULL, count INTEGER NOT NULL, qualifier TEXT,
            period_start TEXT, period_end TEXT, period_precision TEXT NOT NULL,
            statement TEXT, reported_by TEXT
        );
        CREATE TABLE citations (
            entity TEXT NOT NULL CHECK (entity IN ('partner', 'record', 'figure')),
            entity_id INTEGER NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            PRIMARY KEY (entity, entity_id, source_id)
        );
        CREATE INDEX records_date ON records (date_start, date_end);
        CREATE INDEX records_partner ON records (partner_id);
        CREATE INDEX records_governor ON records (governor_id);
        CREATE INDEX records_type ON records (kind, type);
        CREATE INDEX partners_country ON partners (country);
        CREATE INDEX partner_aliases_alias ON partner_aliases (alias COLLATE NOCASE);
        CREATE INDEX record_sectors_sector ON record_sectors (sector);
        CREATE INDEX leaders_party ON leaders (local_party, term_start)
        """,
    )


def m002_history(conn: sqlite3.Connection) -> None:
    # Every insert, update and delete of a registry entry, with the command that made it.
    # entity_id has no foreign key on purpose: a deleted row keeps its history.
    run_script(
        conn,
        """
        CREATE TABLE history (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, command TEXT NOT NULL,
            entity TEXT NOT NULL, entity_id INTEGER, entity_key TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            changes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX history_entity ON history (entity, entity_id)
        """,
    )
