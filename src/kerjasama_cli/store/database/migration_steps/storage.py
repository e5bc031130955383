"""Issue 12, bytes and reads: the indexes the queries use (m008, m011), the copies a record no
longer keeps (m010, m012)."""

from __future__ import annotations

import sqlite3

from kerjasama_cli.store.database.migration_steps.script import run_script


def m008_partner_dates_index(conn: sqlite3.Connection) -> None:
    # Every status (store/queries/validity.py) looks for a later agreement of the same partner; by
    # partner alone that read all of the partner's records, each one a row fetch (225 us a
    # record at 100,000). By partner, kind and date the first entry is the candidate.
    run_script(
        conn,
        """
        DROP INDEX records_partner;
        CREATE INDEX records_partner ON records (partner_id, kind, date_start)
        """,
    )


def m010_compact_storage(conn: sqlite3.Connection) -> None:
    # A million records took 863 bytes each (issue 12). Two copies go, every row stays:
    # - the search index keeps no copy of the text (121 bytes a record): an external-content
    #   FTS5 table over the same `search_source` view, kept by before/after triggers
    #   (store/fulltext/external.py); rebuilt here from the view;
    # - a bulk import logs one history row for the id range it inserted instead of one per
    #   record (117 bytes a record with its index entry): `last_id` ends the range, and the
    #   partial index finds the range that holds an id (store/safety/history.py). Existing rows
    #   stay;
    # - record_sectors is keyed by (record, sector) without a rowid (a table and two indexes
    #   were one table and one index: 37 bytes a record); a sector's place in its record's list,
    #   which the rowid's order gave, is the new `position` column.
    # - a record's fingerprint is 8 bytes, not 16 hex digits (store/records/columns.py: same value);
    # - a record's created_at and updated_at are Unix seconds (INTEGER), not ISO text: 4 bytes
    #   each instead of 25. A text SQLite cannot read as a time stays as it was.
    # The views that read sectors in rowid order are re-created reading `position`.
    if sqlite3.sqlite_version_info < (3, 35, 0):
        # ALTER TABLE ... DROP COLUMN (3.35): said plainly rather than as a syntax error.
        raise sqlite3.DatabaseError(
            f"SQLite 3.35 or later is needed; this Python has SQLite {sqlite3.sqlite_version}"
        )
    from kerjasama_cli.store.database.frozen import drop_index_triggers
    from kerjasama_cli.store.database.frozen.m010 import (
        BROWSE_VIEW_M010_SQL,
        SEARCH_VIEW_SQL,
        SOURCE,
        VIEW,
        create_external_index,
    )

    drop_index_triggers(conn)  # they read the view, which reads record_sectors
    run_script(
        conn,
        f"""
        DROP VIEW {SOURCE};
        DROP VIEW {VIEW};
        CREATE TABLE record_sectors_m010 (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            sector TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (record_id, sector)
        ) WITHOUT ROWID;
        INSERT INTO record_sectors_m010 (record_id, sector, position)
            SELECT record_id, sector, row_number() OVER (PARTITION BY record_id ORDER BY rowid) - 1
            FROM record_sectors;
        DROP TABLE record_sectors;
        ALTER TABLE record_sectors_m010 RENAME TO record_sectors;
        CREATE INDEX record_sectors_sector ON record_sectors (sector);
        ALTER TABLE history ADD COLUMN last_id INTEGER;
        CREATE INDEX history_ranges ON history (entity, last_id) WHERE last_id IS NOT NULL
        """,
    )
    conn.execute(BROWSE_VIEW_M010_SQL)
    conn.execute(SEARCH_VIEW_SQL)
    create_external_index(conn)
    conn.create_function("kerjasama_unhex", 1, _unhex, deterministic=True)
    # The columns are made again as INTEGER (ALTER TABLE cannot change a type; rebuilding
    # `records` would need the foreign keys off): new ones filled, old ones dropped, renamed.
    seconds = (
        "CASE WHEN {0} GLOB '[0-9][0-9][0-9][0-9]-*' "
        "THEN COALESCE(CAST(strftime('%s', {0}) AS INTEGER), {0}) ELSE {0} END"
    )
    run_script(
        conn,
        f"""
        ALTER TABLE records ADD COLUMN m010_created INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE records ADD COLUMN m010_updated INTEGER NOT NULL DEFAULT 0;
        UPDATE records SET m010_created = {seconds.format("created_at")},
            m010_updated = {seconds.format("updated_at")},
            fingerprint = CASE WHEN typeof(fingerprint) = 'text' AND length(fingerprint) = 16
                THEN kerjasama_unhex(fingerprint) ELSE fingerprint END;
        ALTER TABLE records DROP COLUMN created_at;
        ALTER TABLE records DROP COLUMN updated_at;
        ALTER TABLE records RENAME COLUMN m010_created TO created_at;
        ALTER TABLE records RENAME COLUMN m010_updated TO updated_at
        """,
    )


def _unhex(text: str) -> bytes | str:
    """16 hex digits as their 8 bytes (anything else as it is: an older digest never matches)."""
    try:
        return bytes.fromhex(text)
    except ValueError:
        return text


def m011_query_indexes(conn: sqlite3.Connection) -> None:
    # Fewer indexes, each serving a query (EXPLAIN QUERY PLAN; tests/test_query_plans.py):
    # - records_sort: the date order every list, timeline and show prints (store/queries/reader.py
    #   DATE_ORDER), so `list --limit 50` reads 50 entries instead of sorting the table;
    #   it replaces records_date, whose (date_start, date_end) order no query asked for.
    # - records_partner gains the type: a status looks for a later document of the types that
    #   supersede it (store/queries/validity.py), one seek per type instead of a row fetch per
    #   later agreement of the partner.
    # - records_type (kind, type) goes: no read needs it, and the renewal lookup of every
    #   status chose it over records_agreement, reading every renewal event of the registry.
    run_script(
        conn,
        """
        DROP INDEX IF EXISTS records_date;
        DROP INDEX IF EXISTS records_type;
        DROP INDEX IF EXISTS records_partner;
        CREATE INDEX records_sort ON records (
            COALESCE(date_start, date_end) IS NULL, COALESCE(date_start, date_end), date_end);
        CREATE INDEX records_partner ON records (partner_id, kind, type, date_start)
        """,
    )


def m012_no_fingerprint(conn: sqlite3.Connection) -> None:
    # Nine bytes a record less (issue 12), and no digest to compute per imported row:
    # - `fingerprint` goes. Whether an import changes a stored record is decided by comparing
    #   with a digest of what is stored, computed a batch of keys at a time
    #   (store/records/columns.py, `stored_digests`);
    # - records_agreement holds only the events that belong to an agreement: every query asks
    #   for `agreement_id = ?`, which a NULL never matches, and most records have none.
    run_script(
        conn,
        """
        ALTER TABLE records DROP COLUMN fingerprint;
        DROP INDEX IF EXISTS records_agreement;
        CREATE INDEX records_agreement ON records (agreement_id) WHERE agreement_id IS NOT NULL
        """,
    )
