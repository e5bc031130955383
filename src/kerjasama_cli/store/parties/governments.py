"""Local governments written: created (or given the aliases and details they lack), and
changed, where a rename follows everywhere.

Records, leaders and reported figures name their government by its canonical name in their
`local_party` column; every write resolves what it was given (a name or an alias, any case) to
that name first, so `Jakarta` in an imported file is DKI Jakarta. A rename rewrites those columns
and keeps the old name as an alias. The look-ups are `government_lookups.py`, the names a batch
resolves against `government_book.py`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from kerjasama_cli.domain.errors import ValidationError, shown
from kerjasama_cli.domain.governments import LocalGovernment
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.store.parties.government_book import ENTITY, GovernmentBook
from kerjasama_cli.store.parties.government_lookups import aliases_of, load_government
from kerjasama_cli.store.safety import history


def _unique_key(conn: sqlite3.Connection, base: str) -> str:
    key, n = base, 2
    while conn.execute("SELECT 1 FROM local_governments WHERE key = ?", (key,)).fetchone():
        key, n = f"{base}-{n}", n + 1
    return key


def save_government(
    conn: sqlite3.Connection,
    government: LocalGovernment,
    log: history.HistoryBuffer | None = None,
) -> tuple[int, bool]:
    """Insert a government (or add the aliases and details an existing one lacks).

    Returns its id and whether anything changed. Existing details are never overwritten here:
    `governments edit` changes them.
    """
    # The government of that name and country (m028); one given without a country is the one
    # government of that name, when only one has it, and the one government of that name and
    # no country takes the country given (an `add` on a new registry wrote the home government
    # before the seed gave its details).
    rows = conn.execute(
        "SELECT id, key, country, region, kind, notes FROM local_governments "
        "WHERE name = ? COLLATE NOCASE ORDER BY id",
        (government.name,),
    ).fetchall()
    own = [r for r in rows if (r[2] or "").upper() == (government.country or "").upper()]
    alone = len(rows) == 1 and (government.country is None or rows[0][2] is None)
    row = own[0] if own else rows[0] if alone else None
    changes: dict[str, list[Any]] = {}
    if row is None:
        key = _unique_key(conn, government.key)
        cursor = conn.execute(
            "INSERT INTO local_governments (key, name, country, region, kind, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                key,
                government.name,
                government.country,
                government.region,
                government.kind,
                government.notes,
            ),
        )
        gov_id, action = int(cursor.lastrowid or 0), history.INSERT
        changes = history.inserted(
            {
                "name": government.name,
                "country": government.country,
                "region": government.region,
                "kind": government.kind,
                "notes": government.notes,
            }
        )
        old_aliases: list[str] = []
    else:
        gov_id, key, action = int(row[0]), row[1], history.UPDATE
        for column, old, new in zip(
            ("country", "region", "kind", "notes"),
            row[2:],
            (government.country, government.region, government.kind, government.notes),
            strict=True,
        ):
            if old is None and new is not None:
                conn.execute(
                    f"UPDATE local_governments SET {column} = ? WHERE id = ?", (new, gov_id)
                )
                changes[column] = [None, new]
        old_aliases = aliases_of(conn, gov_id)
    new_aliases = [a for a in government.aliases if a not in old_aliases and a != government.name]
    if new_aliases:
        conn.executemany(
            "INSERT OR IGNORE INTO local_government_aliases (government_id, alias) VALUES (?, ?)",
            [(gov_id, a) for a in new_aliases],
        )
        changes["aliases"] = [old_aliases or None, [*old_aliases, *new_aliases]]
    if changes or action == history.INSERT:
        if log is not None:
            log.add(ENTITY, gov_id, key, action, changes)
        else:
            history.log(conn, ENTITY, gov_id, key, action, changes)
    return gov_id, bool(changes) or action == history.INSERT


def edit_government(
    conn: sqlite3.Connection,
    gov_id: int,
    values: dict[str, Any],
    add_aliases: list[str],
    remove_aliases: list[str],
) -> dict[str, list[Any]]:
    """Change a government (inside a transaction); a new name renames it in every record, leader
    and figure and keeps the old name as an alias, and a new country becomes its records' local
    country. Returns the changes (logged in history)."""
    old = load_government(conn, gov_id)
    changes: dict[str, list[Any]] = {}
    new_name = values.get("name")
    if new_name and new_name != old.name:
        country = values.get("country", old.country)
        book = GovernmentBook(conn)
        found = book.lookup(new_name, country) if country else None
        clash = found.name if found is not None else None if country else book.find(new_name)
        if clash is not None and clash != old.name:
            raise ValidationError(
                "--name", new_name, "is already the local government {name}", name=shown(clash)
            )
        conn.execute("UPDATE local_governments SET name = ? WHERE id = ?", (new_name, gov_id))
        # of this government, not a namesake's (m028; a figure's country: m029)
        for table in ("records", "leaders", "reported_figures"):
            conn.execute(
                f"UPDATE {table} SET local_party = ? WHERE local_party = ? "
                "AND (local_country IS ? OR local_country IS NULL)",
                (new_name, old.name, old.country),
            )
        conn.execute(
            "UPDATE kerjasama_meta SET value = ? WHERE key = 'home_party' AND value = ?",
            (new_name, old.name),
        )
        conn.execute(
            "DELETE FROM local_government_aliases WHERE government_id = ? AND alias = ?",
            (gov_id, new_name),
        )
        add_aliases = [old.name, *add_aliases]
        changes["name"] = [old.name, new_name]
    for column in ("country", "region", "kind", "notes"):
        if column in values and values[column] != getattr(old, column):
            conn.execute(
                f"UPDATE local_governments SET {column} = ? WHERE id = ?", (values[column], gov_id)
            )
            changes[column] = [getattr(old, column), values[column]]
    if "country" in changes:  # a corrected country follows into the records, as a name does
        for table in ("records", "leaders", "reported_figures"):
            conn.execute(
                f"UPDATE {table} SET local_country = ? WHERE local_party = ? "
                "AND local_country IS ?",
                (values["country"], values.get("name") or old.name, old.country),
            )
    before = aliases_of(conn, gov_id)
    for alias in remove_aliases:
        if alias not in before:
            raise ValidationError(
                "--remove-alias", alias, "is not an alias of {name}", name=old.name
            )
        conn.execute(
            "DELETE FROM local_government_aliases WHERE government_id = ? AND alias = ?",
            (gov_id, alias),
        )
    book = GovernmentBook(conn)
    for alias in add_aliases:
        owner = book.find(alias)
        if owner is not None and owner not in (old.name, new_name):
            raise ValidationError(
                "--add-alias",
                alias,
                "already names the local government {owner}",
                owner=shown(owner),
            )
        conn.execute(
            "INSERT OR IGNORE INTO local_government_aliases (government_id, alias) VALUES (?, ?)",
            (gov_id, alias),
        )
    after = aliases_of(conn, gov_id)
    if after != before:
        changes["aliases"] = [before or None, after or None]
    if changes:
        current = load_government(conn, gov_id)
        history.log(conn, ENTITY, gov_id, current.key, history.UPDATE, changes)
    return changes


def with_name(government: LocalGovernment, name: str) -> LocalGovernment:
    """A copy under another name (used when the seed's home is started under --home)."""
    return replace(government, name=name, key=slugify(name, government.country), aliases=())
