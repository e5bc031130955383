"""Local governments: find one by name or alias, create, change (renames follow everywhere).

Records, leaders and reported figures name their government by its canonical name in their
`local_party` column; every write resolves what it was given (a name or an alias, any case) to
that name first, so `Jakarta` in an imported file is DKI Jakarta. A rename rewrites those columns
and keeps the old name as an alias.

Over 400 lines: local governments' look-ups (by name or alias, the home government) and their writes
(create, rename, which follows everywhere); the look-ups are the natural cut (STYLE.md §3 names them
`names.py`) once the branches using them have landed.
"""

from __future__ import annotations

import difflib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.governments import LocalGovernment
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.store.queries.name_match import name_part, use_name_match
from kerjasama_cli.store.safety import history

ENTITY = "government"


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class GovernmentBook:
    """Every government's name and aliases, loaded once; new ones wait in `pending`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.by_name: dict[str, str] = {}
        self.countries: dict[str, str | None] = {}
        rows = conn.execute(
            "SELECT name, name, country, 0, id FROM local_governments UNION ALL "
            "SELECT a.alias, g.name, g.country, 1, g.id FROM local_government_aliases a "
            "JOIN local_governments g ON g.id = a.government_id ORDER BY 4, 5"
        )
        for text, name, country, _, _ in rows:
            self.by_name.setdefault(_fold(text), name)
            self.countries[name] = country
        self.pending: dict[str, LocalGovernment] = {}

    def find(self, text: str) -> str | None:
        """The canonical name `text` (a name or alias) denotes, or None."""
        return self.by_name.get(_fold(text))

    def resolve(self, text: str, country: str | None = None) -> str:
        """The canonical name of `text`, creating a new government (pending) when unknown."""
        text = " ".join(text.split())
        found = self.find(text)
        if found is not None:
            return found
        self.pending[text] = LocalGovernment(slugify(text, country), text, country)
        self.by_name[_fold(text)] = text
        self.countries[text] = country
        return text

    def write_new(self, conn: sqlite3.Connection, log: history.HistoryBuffer | None = None) -> int:
        """Insert the pending governments (they are new by construction: `find` did not know
        them) in one executemany, with their history rows (through `log` when given)."""
        if not self.pending:
            return 0
        # The book was read before the write lock: another process may have written the same
        # government since (two `add`s on a new registry, one of them seeding it). Skip those.
        names = {r[0].casefold() for r in conn.execute("SELECT name FROM local_governments")}
        for name in [n for n, g in self.pending.items() if g.name.casefold() in names]:
            del self.pending[name]
        if not self.pending:
            return 0
        keys = {r[0] for r in conn.execute("SELECT key FROM local_governments")}
        (next_id,) = conn.execute(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM local_governments"
        ).fetchone()
        rows, entries = [], []
        for government in self.pending.values():
            key, n = government.key, 2
            while key in keys:
                key, n = f"{government.key}-{n}", n + 1
            keys.add(key)
            rows.append((next_id, key, government.name, government.country))
            changes = history.inserted({"name": government.name, "country": government.country})
            entries.append((ENTITY, next_id, key, history.INSERT, changes))
            next_id += 1
        conn.executemany(
            "INSERT INTO local_governments (id, key, name, country) VALUES (?, ?, ?, ?)", rows
        )
        for entry in entries:
            if log is not None:
                log.add(*entry)
            else:
                history.log(conn, *entry)
        self.pending.clear()
        return len(rows)

    def close_names(self, text: str) -> list[str]:
        """Up to three names or aliases close to `text`, as canonical names."""
        close = difflib.get_close_matches(_fold(text), list(self.by_name), n=6, cutoff=0.5)
        return list(dict.fromkeys(self.by_name[c] for c in close))[:3]


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
    row = conn.execute(
        "SELECT id, key, country, region, kind, notes FROM local_governments "
        "WHERE name = ? COLLATE NOCASE",
        (government.name,),
    ).fetchone()
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


def aliases_of(conn: sqlite3.Connection, gov_id: int) -> list[str]:
    """A government's aliases, in the order they were added."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM local_government_aliases WHERE government_id = ? ORDER BY rowid",
            (gov_id,),
        )
    ]


def load_government(conn: sqlite3.Connection, gov_id: int) -> LocalGovernment:
    """One government, whole."""
    row = conn.execute(
        "SELECT key, name, country, region, kind, notes FROM local_governments WHERE id = ?",
        (gov_id,),
    ).fetchone()
    return LocalGovernment(
        key=row[0],
        name=row[1],
        country=row[2],
        region=row[3],
        kind=row[4],
        aliases=tuple(aliases_of(conn, gov_id)),
        notes=row[5],
    )


def find_government(conn: sqlite3.Connection, ref: str, field: str = "--local-party") -> int:
    """The id of the government `ref` (id, key, name or alias) names; exit 2 with the closest
    names when there is none."""
    row = conn.execute(
        "SELECT id FROM local_governments WHERE id = ? OR key = ? OR name = ? COLLATE NOCASE "
        "UNION ALL SELECT government_id FROM local_government_aliases "
        "WHERE alias = ? COLLATE NOCASE LIMIT 1",
        (ref, ref, ref.strip(), ref.strip()),
    ).fetchone()
    if row is None:
        book = GovernmentBook(conn)
        raise ValidationError(
            field,
            ref,
            "no such local government (see `kerjasama governments list`)",
            book.close_names(ref),
        )
    return int(row[0])


def kinds_shown(conn: sqlite3.Connection, local_parties: Sequence[str] = ()) -> list[str | None]:
    """The kinds of the governments whose records a view shows: the ones `local_parties` name
    (`--local-party`, repeatable), else every government that has records (the home one in an
    empty registry)."""
    if local_parties:
        kinds: list[str | None] = []
        for name in local_parties:
            row = conn.execute(
                "SELECT kind FROM local_governments WHERE name = ? COLLATE NOCASE OR key = ? "
                "OR id IN (SELECT government_id FROM local_government_aliases "
                "WHERE alias = ? COLLATE NOCASE) LIMIT 1",
                (name.strip(), name.strip(), name.strip()),
            ).fetchone()
            kinds.append(row[0] if row else None)
        return kinds
    # One probe of the records_local_party index per government, not a scan of the records.
    kinds = [
        row[0]
        for row in conn.execute(
            "SELECT kind FROM local_governments g "
            "WHERE EXISTS (SELECT 1 FROM records r WHERE r.local_party = g.name)"
        )
    ]
    if kinds:
        return kinds
    home = home_government(conn)
    return [home.kind if home else None]


def kinds_of(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> list[str | None]:
    """The kinds of the governments these records' `local_party` names (one query per name)."""
    names = {row.get("local_party") for row in rows}
    if not names:
        return kinds_shown(conn)
    return [kinds_shown(conn, [name])[0] if name else None for name in sorted(names, key=str)]


def government_name(conn: sqlite3.Connection, ref: str, field: str = "--local-party") -> str:
    """The canonical name of the government `ref` names (exit 2 when unknown)."""
    gov_id = find_government(conn, ref, field)
    return str(
        conn.execute("SELECT name FROM local_governments WHERE id = ?", (gov_id,)).fetchone()[0]
    )


def government_rows(
    conn: sqlite3.Connection,
    text: str | None = None,
    country: str | None = None,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    """Governments with their aliases and counts of records and leaders, by name."""
    clauses, params = [], []
    if text:
        use_name_match(conn)  # as `list -p` matches partners (store/queries/name_match.py)
        clauses.append(
            "(kerjasama_contains(g.name, ?) OR g.key = ? OR g.id IN (SELECT government_id "
            "FROM local_government_aliases WHERE kerjasama_contains(alias, ?)))"
        )
        part = name_part(text)
        params += [part, text, part]
    if country:
        clauses.append("g.country = ?")
        params.append(country)
    if kind:
        clauses.append("g.kind = ?")
        params.append(kind)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT g.id, g.key, g.name, g.country, g.region, g.kind, g.notes, "
        "(SELECT json_group_array(alias) FROM (SELECT alias FROM local_government_aliases "
        " WHERE government_id = g.id ORDER BY rowid)) AS aliases, "
        "(SELECT COUNT(*) FROM records r WHERE r.local_party = g.name) AS records, "
        "(SELECT COUNT(*) FROM leaders l WHERE l.local_party = g.name) AS leaders "
        f"FROM local_governments g{where} ORDER BY g.name COLLATE NOCASE"
    )
    import json

    names = (
        "id",
        "key",
        "name",
        "country",
        "region",
        "kind",
        "notes",
        "aliases",
        "records",
        "leaders",
    )
    rows = []
    for row in conn.execute(sql, params):
        item = dict(zip(names, row, strict=True))
        item["aliases"] = json.loads(item["aliases"])
        rows.append(item)
    return rows


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
        clash = GovernmentBook(conn).find(new_name)
        if clash is not None and clash != old.name:
            raise ValidationError(
                "--name", new_name, "is already the local government {name}", name=repr(clash)
            )
        conn.execute("UPDATE local_governments SET name = ? WHERE id = ?", (new_name, gov_id))
        for table in ("records", "leaders", "reported_figures"):
            conn.execute(
                f"UPDATE {table} SET local_party = ? WHERE local_party = ?", (new_name, old.name)
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
        conn.execute(
            "UPDATE records SET local_country = ? WHERE local_party = ? AND local_country IS ?",
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
                owner=repr(owner),
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


def home_government(conn: sqlite3.Connection) -> LocalGovernment | None:
    """The registry's home government (kerjasama_meta's home_party), if any."""
    row = conn.execute(
        "SELECT g.id FROM kerjasama_meta m JOIN local_governments g ON g.name = m.value "
        "WHERE m.key = 'home_party'"
    ).fetchone()
    return load_government(conn, row[0]) if row else None


def with_name(government: LocalGovernment, name: str) -> LocalGovernment:
    """A copy under another name (used when the seed's home is started under --home)."""
    return replace(government, name=name, key=slugify(name, government.country), aliases=())


def local_party_of(
    conn: sqlite3.Connection, text: str | None, country: str | None
) -> tuple[str, str | None, GovernmentBook]:
    """`add`/`edit`'s local party: the home government when `text` is empty, else the
    government it names by name or alias; with the local country (the given one, else the
    government's).

    An unknown name is refused with the closest names rather than created: a typo would
    otherwise become a new government whose records silently leave the home government's
    answers (`governments add` creates one on purpose; imports may create them, and say so).
    """
    book = GovernmentBook(conn)
    home = conn.execute("SELECT value FROM kerjasama_meta WHERE key = 'home_party'").fetchone()
    if text and text.strip():
        wanted = " ".join(text.split())
        if book.find(wanted) is None:
            raise ValidationError(
                "--local-party",
                wanted,
                "no such local government; add it first with "
                "`kerjasama governments add '{name}' --country CC`",
                book.close_names(wanted),
                name=wanted,
            )
    else:
        wanted = home[0] if home else "DKI Jakarta"
    name = book.resolve(wanted, country)
    return name, country or book.countries.get(name), book
