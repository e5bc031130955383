"""`kerjasama partners`: list, find, edit, merge and delete partners; every change logged.

Records point at partners by id, so a rename or a country fix shows in every read at once (the
search index follows through its triggers). A merge moves records, aliases and citations to the
target in one transaction; the source's name becomes an alias of the target, so the old spelling
still finds it (and an import naming it again resolves to the target).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kerjasama_cli.domain.errors import Said, ValidationError
from kerjasama_cli.domain.text_forms import clean_name
from kerjasama_cli.store.queries.name_match import folded_partner_ids, name_part, use_name_match
from kerjasama_cli.store.safety import history

_COLUMNS = (
    "id",
    "key",
    "name",
    "kind",
    "country",
    "region",
    "latitude",
    "longitude",
    "notes",
)


@dataclass(frozen=True)
class PartnerQuery:
    """What `partners list` selects: every given condition must hold; the values of one
    condition are OR-ed (`-c KR -c JP`: partners in Korea or Japan)."""

    names: tuple[str, ...] = ()  # substrings of the name, an alias or the key
    countries: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    no_coordinates: bool = False
    orphans: bool = False  # partners without records


_SELECT = (
    f"SELECT {', '.join('p.' + c for c in _COLUMNS)}, "
    "(SELECT json_group_array(alias) FROM (SELECT alias FROM partner_aliases a "
    " WHERE a.partner_id = p.id ORDER BY alias)) AS aliases, "
    "(SELECT COUNT(*) FROM records r WHERE r.partner_id = p.id) AS records "
    "FROM partners p"
)


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(_iter_rows(conn, sql, params))


def _iter_rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    names, loads = [*_COLUMNS, "aliases", "records"], json.loads
    for row in conn.execute(sql, params):
        item = dict(zip(names, row, strict=True))
        item["aliases"] = loads(item["aliases"])
        yield item


def partner_list(conn: sqlite3.Connection, q: PartnerQuery) -> Iterator[dict[str, Any]]:
    """Partners matching `q`, by name, with aliases and their number of records, as they are
    consumed (each partner's aliases and count in the same query: one query in all)."""
    clauses: list[str] = []
    params: list[Any] = []
    if q.names:
        # Case and accents folded, as `list -p` (store/queries/filters.py).
        use_name_match(conn)
        one = (
            "kerjasama_contains(p.name, ?) OR p.key = ? OR p.id IN "
            "(SELECT partner_id FROM partner_aliases WHERE kerjasama_contains(alias, ?))"
        )
        clauses.append("(" + " OR ".join([one] * len(q.names)) + ")")
        for name in q.names:
            part = name_part(name)
            params += [part, name.strip(), part]
    if q.countries:
        clauses.append(f"p.country IN ({', '.join('?' * len(q.countries))})")
        params.extend(q.countries)
    if q.kinds:
        clauses.append(f"p.kind IN ({', '.join('?' * len(q.kinds))})")
        params.extend(q.kinds)
    if q.no_coordinates:
        clauses.append("(p.latitude IS NULL OR p.longitude IS NULL)")
    if q.orphans:
        clauses.append("NOT EXISTS (SELECT 1 FROM records r WHERE r.partner_id = p.id)")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    order = "ORDER BY p.name COLLATE NOCASE, p.country, p.id"
    return _iter_rows(conn, f"{_SELECT}{where} {order}", params)


def matching_partners(conn: sqlite3.Connection, ref: str) -> list[dict[str, Any]]:
    """Partners `ref` names exactly: an id, a key, a name or an alias (any case); else a name or
    alias with accents folded too (`Malmo` for Malmö, as `list -p` finds it). Typed with format
    characters or in fullwidth, as a stored name is cleaned (`domain/text_forms.py`)."""
    text = clean_name(ref).strip()
    order = "ORDER BY p.country IS NULL, p.country, p.id"
    found = _rows(
        conn,
        f"{_SELECT} WHERE p.id IN (SELECT id FROM partners WHERE CAST(id AS TEXT) = ? OR key = ? "
        "OR name = ? COLLATE NOCASE UNION SELECT partner_id FROM partner_aliases "
        f"WHERE alias = ? COLLATE NOCASE) {order}",
        [text, text, text, text],
    )
    if found or not (ids := folded_partner_ids(conn, text)):
        return found
    return _rows(conn, f"{_SELECT} WHERE p.id IN ({', '.join('?' * len(ids))}) {order}", ids)


def one_partner(conn: sqlite3.Connection, ref: str, field: str = "PARTNER") -> dict[str, Any]:
    """The single partner `ref` names; exit 2 when none or several (naming them)."""
    found = matching_partners(conn, ref)
    if not found:
        import difflib

        names = [r[0] for r in conn.execute("SELECT DISTINCT name FROM partners")]
        close = difflib.get_close_matches(ref, names, n=3, cutoff=0.6)
        raise ValidationError(field, ref, "no partner by that id, key, name or alias", close)
    if len(found) > 1:
        # `—` for a partner of no country, as `add` lists them: a sign, in either language.
        listed = ", ".join(f"#{p['id']} {p['name']} ({p['country'] or '—'})" for p in found)
        raise ValidationError(
            field, ref, "names {n} partners: {listed}; give the id", n=len(found), listed=listed
        )
    return found[0]


@dataclass
class PartnerChanges:
    """Validated new values for `partners edit` (absent keys are left alone; None clears)."""

    values: dict[str, Any]
    add_aliases: list[str]
    remove_aliases: list[str]


def _holder(
    conn: sqlite3.Connection,
    partner_id: int,
    name: str,
    country: str | None,
    leaving: int | None = None,
) -> tuple[int, str] | None:
    """Another partner of `country` that answers to `name` (its name or an alias, any case);
    `leaving`: a partner not counted (a merge's source, deleted by it)."""
    return conn.execute(
        "SELECT id, name FROM partners WHERE id <> ? AND id IS NOT ? AND country IS ? AND "
        "(name = ? COLLATE NOCASE "
        "OR id IN (SELECT partner_id FROM partner_aliases WHERE alias = ? COLLATE NOCASE)) "
        "ORDER BY id",
        (partner_id, leaving, country, name, name),
    ).fetchone()


def _clash(conn: sqlite3.Connection, partner_id: int, name: str, country: str | None) -> None:
    row = _holder(conn, partner_id, name, country)
    if row is not None:
        raise ValidationError(
            "--name" if country is None else "--country",
            name,
            "is already partner #{id} {name} in {country}; "
            "merge them with `kerjasama partners merge {partner} {id}`",
            id=row[0],
            name=row[1],
            country=country or Said("no country"),
            partner=partner_id,
        )


def _aliases_clash(
    conn: sqlite3.Connection,
    partner_id: int,
    name: str,
    country: str | None,
    change: PartnerChanges,
) -> None:
    """Refuse a move to `country` when an alias the partner keeps (not removed by the same
    edit) already names another partner there: two partners of one country answering to one
    name, which `add -p NAME -c CC` could not tell apart (as `--add-alias` and `merge` check)."""
    kept = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (partner_id,)
        )
        if r[0] not in change.remove_aliases
    ]
    for alias in kept:
        held = _holder(conn, partner_id, alias, country)
        if held is not None:
            raise ValidationError(
                "--country",
                country or "",
                "the alias {alias} of #{partner} {partner_name} already names partner "
                "#{id} {name} in {country}; remove it with --remove-alias or merge them",
                alias=alias,
                partner=partner_id,
                partner_name=name,
                id=held[0],
                name=held[1],
                country=country or Said("no country"),
            )


def edit_partner(conn: sqlite3.Connection, partner_id: int, change: PartnerChanges) -> dict:
    """Apply `change` inside the caller's transaction; return {field: [old, new]} (logged)."""
    old = conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM partners WHERE id = ?", (partner_id,)
    ).fetchone()
    before = dict(zip(_COLUMNS, old, strict=True))
    after = {**before, **change.values}
    if (after["name"], after["country"]) != (before["name"], before["country"]):
        _clash(conn, partner_id, after["name"], after["country"])
    if after["country"] != before["country"]:
        _aliases_clash(conn, partner_id, before["name"], after["country"], change)
    changes = {k: [before[k], after[k]] for k in change.values if before[k] != after[k]}
    if changes:
        assignments = ", ".join(f"{k} = ?" for k in changes)
        conn.execute(
            f"UPDATE partners SET {assignments} WHERE id = ?",
            [*(after[k] for k in changes), partner_id],
        )
    aliases = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (partner_id,)
        )
    ]
    for alias in change.remove_aliases:
        if alias not in aliases:
            raise ValidationError(
                "--remove-alias", alias, "is not an alias of {name}", name=before["name"]
            )
        conn.execute(
            "DELETE FROM partner_aliases WHERE partner_id = ? AND alias = ?", (partner_id, alias)
        )
    for alias in change.add_aliases:
        if alias.casefold() == after["name"].casefold():
            continue
        # Two partners of one country answering to one name: `add -p NAME` could not tell
        # them apart (another country's partner may: a country chooses between them).
        held = _holder(conn, partner_id, alias, after["country"])
        if held is not None:
            raise ValidationError(
                "--add-alias",
                alias,
                "already names partner #{id} {name} in {country}",
                id=held[0],
                name=held[1],
                country=after["country"] or Said("no country"),
            )
        conn.execute(
            "INSERT OR IGNORE INTO partner_aliases (partner_id, alias) VALUES (?, ?)",
            (partner_id, alias),
        )
    new_aliases = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (partner_id,)
        )
    ]
    if new_aliases != aliases:
        changes["aliases"] = [aliases or None, new_aliases or None]
    if changes:
        history.log(conn, "partner", partner_id, before["key"], history.UPDATE, changes)
    return changes


def check_merge(conn: sqlite3.Connection, source_id: int, target_id: int) -> list[str]:
    """The names (the source's name and aliases) a merge gives the target as aliases; refused
    when one already names another partner of the target's country, as `edit --add-alias` is:
    `add -p NAME -c CC` could no longer tell the two apart. Called before the merge is asked."""
    (source_name,) = conn.execute("SELECT name FROM partners WHERE id = ?", (source_id,)).fetchone()
    target_name, target_country = conn.execute(
        "SELECT name, country FROM partners WHERE id = ?", (target_id,)
    ).fetchone()
    aliases = conn.execute(
        "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (source_id,)
    )
    names = [source_name, *(r[0] for r in aliases)]
    carried = [n for n in names if n.casefold() != target_name.casefold()]
    for name in carried:
        held = _holder(conn, target_id, name, target_country, leaving=source_id)
        if held is not None:
            raise ValidationError(
                "SOURCE",
                name,
                "would become an alias of #{target} {target_name}, but already names partner "
                "#{id} {name} in {country}",
                target=target_id,
                target_name=target_name,
                id=held[0],
                name=held[1],
                country=target_country or Said("no country"),
            )
    return carried


def merge_partners(conn: sqlite3.Connection, source_id: int, target_id: int) -> int:
    """Move every record, alias and citation of `source_id` to `target_id`, keep the source's
    name as an alias of the target and delete the source (inside the caller's transaction).
    Returns the number of records moved."""
    if source_id == target_id:
        raise ValidationError("TARGET", target_id, "is the same partner as SOURCE")
    carried = check_merge(conn, source_id, target_id)  # before any change
    source = conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM partners WHERE id = ?", (source_id,)
    ).fetchone()
    src = dict(zip(_COLUMNS, source, strict=True))
    (target_key,) = conn.execute("SELECT key FROM partners WHERE id = ?", (target_id,)).fetchone()
    moved = conn.execute(
        "SELECT id, key FROM records WHERE partner_id = ? ORDER BY id", (source_id,)
    ).fetchall()
    conn.execute(
        "UPDATE records SET partner_id = ? WHERE partner_id = ?",
        (target_id, source_id),
    )
    for record_id, key in moved:
        history.log(
            conn, "record", record_id, key, history.UPDATE, {"partner": [src["key"], target_key]}
        )
    old_aliases = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (target_id,)
        )
    ]
    conn.executemany(
        "INSERT OR IGNORE INTO partner_aliases (partner_id, alias) VALUES (?, ?)",
        [(target_id, n) for n in carried],
    )
    conn.execute(
        "INSERT OR IGNORE INTO citations (entity, entity_id, source_id) SELECT entity, ?, "
        "source_id FROM citations WHERE entity = 'partner' AND entity_id = ?",
        (target_id, source_id),
    )
    new_aliases = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (target_id,)
        )
    ]
    changes: dict[str, Any] = {"merged": [None, src["key"]]}
    if new_aliases != old_aliases:
        changes["aliases"] = [old_aliases or None, new_aliases]
    history.log(conn, "partner", target_id, target_key, history.UPDATE, changes)
    _delete(conn, source_id, src, {"merged_into": target_key})
    return len(moved)


def _delete(conn: sqlite3.Connection, partner_id: int, values: dict, extra: dict) -> None:
    aliases = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (partner_id,)
        )
    ]
    conn.execute("DELETE FROM citations WHERE entity = 'partner' AND entity_id = ?", (partner_id,))
    conn.execute("DELETE FROM partners WHERE id = ?", (partner_id,))  # aliases cascade
    gone = {k: v for k, v in values.items() if k not in ("id", "key")}
    changes = history.deleted({**gone, "aliases": aliases})
    changes.update({k: [None, v] for k, v in extra.items()})
    history.log(conn, "partner", partner_id, values["key"], history.DELETE, changes)


def delete_partner(conn: sqlite3.Connection, partner_id: int) -> None:
    """Delete a partner without records (refused, exit 2, while it has any)."""
    row = conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM partners WHERE id = ?", (partner_id,)
    ).fetchone()
    values = dict(zip(_COLUMNS, row, strict=True))
    count = conn.execute(
        "SELECT COUNT(*) FROM records WHERE partner_id = ?", (partner_id,)
    ).fetchone()[0]
    if count:
        raise ValidationError(
            "PARTNER",
            values["name"],
            "has {n} records; move them first "
            "(`kerjasama partners merge {partner} TARGET`, or `edit ID --partner ...`)"
            if count != 1
            else "has 1 record; move it first "
            "(`kerjasama partners merge {partner} TARGET`, or `edit ID --partner ...`)",
            n=count,
            partner=partner_id,
        )
    _delete(conn, partner_id, values, {})
