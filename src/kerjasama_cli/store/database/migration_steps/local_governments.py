"""Local governments as entities with names, aliases and a country (m005), the country a record
of a second government takes from its government (m019), and a government identified by its name
and its country (m028), and keyed so wherever a name alone stood for it (m030)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from kerjasama_cli.store.database.migration_steps.script import run_script

# The bundled home government's other names (docs/domain.md, *Local governments and their
# names*), frozen here so the migration gives an existing database the same aliases a new one
# gets from data/seed.yaml.
_HOME_ALIASES = {
    "DKI Jakarta": (
        "Jakarta",
        "Pemprov DKI Jakarta",
        "Provinsi DKI Jakarta",
        "Daerah Khusus Ibukota Jakarta",
        "Special Capital Region of Jakarta",
    )
}


_HOME_DETAILS = {"DKI Jakarta": ("ID-JK", "province")}


def m005_local_governments(conn: sqlite3.Connection) -> None:
    # Local parties become entities (name, aliases, country, region, kind) that leaders belong
    # to; records and leaders keep naming them by their canonical name in `local_party`, so
    # every existing query stays valid. Partners gain coordinates (for maps), unknown = NULL.
    run_script(
        conn,
        """
        CREATE TABLE local_governments (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            country TEXT, region TEXT, kind TEXT, notes TEXT
        );
        CREATE TABLE local_government_aliases (
            government_id INTEGER NOT NULL REFERENCES local_governments(id) ON DELETE CASCADE,
            alias TEXT NOT NULL, PRIMARY KEY (government_id, alias)
        );
        CREATE INDEX local_government_aliases_alias
            ON local_government_aliases (alias COLLATE NOCASE);
        CREATE INDEX records_local_party ON records (local_party);
        ALTER TABLE partners ADD COLUMN latitude REAL;
        ALTER TABLE partners ADD COLUMN longitude REAL
        """,
    )
    from kerjasama_cli.store.database.frozen.m005 import slugify

    meta = dict(conn.execute("SELECT key, value FROM kerjasama_meta"))
    home, home_country = meta.get("home_party"), meta.get("home_country")
    taken: dict[str, str] = {}  # folded name or alias -> canonical name

    def create(name: str, country: str | None, region: str | None, kind: str | None) -> None:
        key, n = slugify(name, country) or "government", 2
        while conn.execute("SELECT 1 FROM local_governments WHERE key = ?", (key,)).fetchone():
            key, n = f"{slugify(name, country)}-{n}", n + 1
        cursor = conn.execute(
            "INSERT INTO local_governments (key, name, country, region, kind) VALUES (?,?,?,?,?)",
            (key, name, country, region, kind),
        )
        taken[name.casefold()] = name
        for alias in _HOME_ALIASES.get(name, ()) if name == home else ():
            conn.execute(
                "INSERT INTO local_government_aliases (government_id, alias) VALUES (?, ?)",
                (cursor.lastrowid, alias),
            )
            taken.setdefault(alias.casefold(), name)

    if home:
        region, kind = _HOME_DETAILS.get(home, (None, None))
        create(home, home_country, region, kind)
    # Every other local party a record, leader or figure names, with the country its records
    # give most often.
    parties = conn.execute(
        "SELECT local_party, local_country, COUNT(*) AS n FROM ("
        " SELECT local_party, local_country FROM records"
        " UNION ALL SELECT local_party, NULL FROM leaders"
        " UNION ALL SELECT local_party, NULL FROM reported_figures)"
        " GROUP BY local_party, local_country ORDER BY local_party, local_country IS NULL, n DESC"
    ).fetchall()
    for party, country, _n in parties:
        if party.casefold() not in taken:
            create(party, country, None, None)
    # A record or leader naming a government by an alias now names it by its name (so `Jakarta`
    # from a twin-town file is DKI Jakarta). Nothing is lost: the alias stays an alias, and the
    # history says what changed. An empty fingerprint makes the next import compare the content.
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rewritten = 0
    for alias, name in [(a, n) for a, n in taken.items() if a != n.casefold()]:
        rows = conn.execute(
            "SELECT id, key, local_party FROM records WHERE local_party = ? COLLATE NOCASE "
            "AND local_party <> ?",
            (alias, name),
        ).fetchall()
        rewritten += len(rows)
        for record_id, key, old in rows:
            conn.execute(
                "INSERT INTO history (at, command, entity, entity_id, entity_key, action, changes)"
                " VALUES (?, 'migrate', 'record', ?, ?, 'update', ?)",
                (now, record_id, key, json.dumps({"local_party": [old, name]}, ensure_ascii=False)),
            )
        conn.execute(
            "UPDATE records SET local_party = ?, fingerprint = '' "
            "WHERE local_party = ? COLLATE NOCASE AND local_party <> ?",
            (name, alias, name),
        )
        for table in ("leaders", "reported_figures"):
            conn.execute(
                f"UPDATE {table} SET local_party = ? WHERE local_party = ? COLLATE NOCASE",
                (name, alias),
            )
    if rewritten:
        from kerjasama_cli.store.database.frozen.m005 import refresh_governors

        refresh_governors(conn)  # records now under the home government get its governors


def m019_local_country(conn: sqlite3.Connection) -> None:
    # A record of a second government, imported without a local_country, showed
    # "local party Kota Surabaya (—)" and `local_country: null` (issue 19): it takes the
    # country its government has. Every row stays; only empty countries are filled.
    run_script(
        conn,
        """
        UPDATE records SET local_country = (
            SELECT g.country FROM local_governments g WHERE g.name = records.local_party)
        WHERE local_country IS NULL AND local_party IN (
            SELECT name FROM local_governments WHERE country IS NOT NULL)
        """,
    )


def m028_government_by_country(conn: sqlite3.Connection) -> None:
    # One name, two countries, two governments (London, GB and London, CA): m005 made the name
    # unique, so a twin-town file's London CA was stored under London GB and shown as
    # "London (GB)". The name and the country now identify a government; records keep their
    # local_party and local_country (the pair names their government), and a name whose
    # records give several countries is split: each other country gets a government of its own,
    # with its history row. Every row is kept. Datasette's `browse_records` shows such a local
    # party with its country. Frozen SQL: store/database/frozen/m028.py.
    from kerjasama_cli.store.database.frozen.m005 import slugify
    from kerjasama_cli.store.database.frozen.m028 import (
        BROWSE_VIEW,
        REBUILD,
        STRANGERS,
        UNGOVERN,
    )

    for statement in [*REBUILD, *BROWSE_VIEW]:
        conn.execute(statement)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    keys = {row[0] for row in conn.execute("SELECT key FROM local_governments")}
    for _gov_id, name, country in conn.execute(STRANGERS).fetchall():
        key, n = slugify(name, country) or "government", 2
        while key in keys:
            key, n = f"{slugify(name, country)}-{n}", n + 1
        keys.add(key)
        cursor = conn.execute(
            "INSERT INTO local_governments (key, name, country) VALUES (?, ?, ?)",
            (key, name, country),
        )
        changes = {"name": [None, name], "country": [None, country]}
        conn.execute(
            "INSERT INTO history (at, command, entity, entity_id, entity_key, action, changes)"
            " VALUES (?, 'migrate', 'government', ?, ?, 'insert', ?)",
            (now, cursor.lastrowid, key, json.dumps(changes, ensure_ascii=False)),
        )
        conn.execute(UNGOVERN, (name, country))


def m030_government_keys(conn: sqlite3.Connection) -> None:
    # m028 made a government its name and its country, but what the writer keeps still keyed
    # it by name: the validity views (an MoU of London, CA "superseded" London, GB's with the
    # same partner), the counts per governor (governor_counts: London, GB's and CA's undated
    # records were one group), the index of records by local party, and the reported figures
    # (a figure of London, GB counted London, CA's records too). Each now keys by the pair:
    # the counts table is filled again from the records (it is their GROUP BY), a figure gains
    # its government's country; every other row is untouched. Frozen SQL:
    # store/database/frozen/m030.py.
    from kerjasama_cli.store.database.frozen.m030 import SQL

    for statement in SQL:
        conn.execute(statement)
