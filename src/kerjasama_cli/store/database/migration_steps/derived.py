"""What is derived from the records and kept beside them: the search index (m003, rebuilt over
each record's own text by m007), validity (m004), and the views `serve` reads (m006, m009, the
public subset m022, an event's status m027); each reads the SQL frozen for it in `frozen/`."""

from __future__ import annotations

import sqlite3


def m003_search_index(conn: sqlite3.Connection) -> None:
    # The FTS5 index over records, partners, people, sectors and sources, kept by triggers.
    from kerjasama_cli.store.database.frozen.m003 import create_search_index

    create_search_index(conn)


def m004_validity(conn: sqlite3.Connection) -> None:
    # When each agreement's validity ends and what superseded it (statuses:
    # store/queries/validity.py).
    from kerjasama_cli.store.database.frozen.m004 import VIEW_SQL

    conn.execute(VIEW_SQL)
    conn.execute("CREATE INDEX records_agreement ON records (agreement_id)")


def m006_browse_records(conn: sqlite3.Connection) -> None:
    # A flat, read-only view of the records for Datasette (`kerjasama serve`):
    # store/serve/browse.py.
    from kerjasama_cli.store.database.frozen.m006 import BROWSE_VIEW_SQL

    conn.execute(BROWSE_VIEW_SQL)


def m007_search_own_text(conn: sqlite3.Connection) -> None:
    # Each record's own words in the index; vocabularies and aliases expanded at query time
    # (store/fulltext/index.py). Rebuilds the index.
    from kerjasama_cli.store.database.frozen.m007 import create_own_text_index

    create_own_text_index(conn)


def m009_partner_map(conn: sqlite3.Connection) -> None:
    # One row per partner with its coordinates (m005) for the map in `kerjasama serve`.
    from kerjasama_cli.store.database.frozen.m009 import PARTNER_MAP_SQL

    conn.execute(PARTNER_MAP_SQL)


def m022_public_records(conn: sqlite3.Connection) -> None:
    # Issue 26, the public subset (domain/public.py): `public_record_ids`, the records of
    # partnerships that have signed, and `public_records`, their public fields, which
    # `serve --public`, serve's anonymous visitors and `report --public` read. Views only: no
    # row changes.
    from kerjasama_cli.store.database.frozen.m022 import PUBLIC_VIEWS_M022_SQL

    for statement in PUBLIC_VIEWS_M022_SQL:
        conn.execute(statement)


def m027_event_no_status(conn: sqlite3.Connection) -> None:
    # An event has no validity (domain/record_rules.py): `add`, `edit` and `import` refuse an
    # event's status, and the CLI's reads (store/queries/validity.py) count none; the web's
    # `browse_records` view (m015) still showed the stated status of an event a registry already
    # held, so the records page, its facets and `partner_history` read it as `active`. The view
    # again, with that status NULL. A view only: every row is kept as it is. Frozen SQL:
    # store/database/frozen/m027.py.
    from kerjasama_cli.store.database.frozen.m027 import SQL

    for statement in SQL:
        conn.execute(statement)
