"""Issue 20, `serve`, `report` and `stats` at a million records: the facet table and its
indexes (m015, m021), the stored public flag (m023, m026), the counts kept per partner,
governor, year and type (m024), the rows in order of their last day of validity (m025)."""

from __future__ import annotations

import sqlite3

from kerjasama_cli.store.database.migration_steps.script import run_script


def m015_browse_facets(conn: sqlite3.Connection) -> None:
    # `kerjasama serve` at a million records (issue 20): the values the records page facets,
    # filters and sorts on, stored and indexed in `browse_facets` and kept by triggers
    # (store/serve/browse_table.py); `browse_records` re-created over it without an ORDER BY, so a
    # count or a facet reads one index instead of computing the view. records_governor gains
    # the kind and partner: the per-governor counts read the index alone.
    from kerjasama_cli.store.database.frozen.m015 import BROWSE_VIEW_M015_SQL, CREATE_SQL

    for statement in CREATE_SQL:
        conn.execute(statement)
    conn.execute("DROP VIEW browse_records")
    conn.execute(BROWSE_VIEW_M015_SQL)
    run_script(
        conn,
        """
        DROP INDEX IF EXISTS records_governor;
        CREATE INDEX records_governor ON records (governor_id, kind, partner_id)
        """,
    )


def m021_facet_indexes(conn: sqlite3.Connection) -> None:
    # Issue 20: the records page's facets under a filter. Each facet column led an index of its
    # own (m015), so a facet under a filter that matches a large share of the records
    # (`?type=mou`, a fifth of them; a governor, a sixth) read the index for the matches and
    # then browse_facets' row of each for the facet's value: 90-150 ms a facet at a million
    # records. The type and governor indexes now carry the other three facet columns, so a facet
    # under a filter on either (with or without others) reads one index range alone (13-45 ms);
    # an unfiltered facet still scans one index (~50 ms). Country and year keep their narrow
    # indexes: one value of them is a few per cent of the records (a row look-up each is
    # cheap), and each wide index costs a bulk import more time than it spares there. Same
    # names, so nothing that names them changes.
    columns = ("country", "type", "governor", "year")
    for column in ("type", "governor"):
        rest = ", ".join(c for c in columns if c != column)
        conn.execute(f"DROP INDEX IF EXISTS browse_facets_{column}")
        conn.execute(f"CREATE INDEX browse_facets_{column} ON browse_facets ({column}, {rest})")


def m023_public_flag(conn: sqlite3.Connection) -> None:
    # Issue 20, the public pages at a million records: `public_records` worked the public ids
    # out on every query (~4 s at a million). Each record's answer is now stored in
    # browse_facets.public, kept current by the writers (triggers; the set-wise import and a stage
    # list's change work it out once), the facet indexes carry it, and `public_records` reads it.
    # Frozen SQL: store/database/frozen/m023.py.
    from kerjasama_cli.store.database.frozen.m023 import SQL

    for statement in SQL:
        conn.execute(statement)


def m024_partner_counts(conn: sqlite3.Connection) -> None:
    # Issue 20: `report` and `stats` counted a million records four times over (by country,
    # by governor, by year and type, the largest partners: 2.3 s of CPU) and the canned
    # `partners_per_country` counted every record per request. Three small tables of counts
    # (per partner; per governor, local party and partner; per year and type), filled here from
    # the records and kept by triggers in every writer's transaction, answer the unfiltered
    # figures in a few thousand rows; `records_in_force` lets each reported figure find a
    # partner's first agreement in force without reading records (store/briefing/counts_table.py).
    # Frozen SQL: store/database/frozen/m024.py.
    from kerjasama_cli.store.database.frozen.m024 import SQL

    for statement in SQL:
        conn.execute(statement)


def m025_valid_until_index(conn: sqlite3.Connection) -> None:
    # `list --sort end | head` at 200,000 records worked each record's validity out and sorted
    # them all before the first line (store/queries/reader.py SORTS). The sort now reads the
    # validity browse_facets stores, in this index: the rows in order of their last day of
    # validity, open-ended last. Frozen SQL: store/database/frozen/m025.py.
    from kerjasama_cli.store.database.frozen.m025 import SQL

    for statement in SQL:
        conn.execute(statement)


def m026_public_flag_moved_record(conn: sqlite3.Connection) -> None:
    # m023's update trigger cleared the public flag of a record without a partner given the
    # partner of a signed partnership (its old, partnerless "partnership" was worked out again
    # from the record itself, after the move). The trigger again, that step only for a record
    # that had a partner, and every flag worked out from the rule once. Frozen SQL:
    # store/database/frozen/m026.py.
    from kerjasama_cli.store.database.frozen.m026 import SQL

    for statement in SQL:
        conn.execute(statement)
