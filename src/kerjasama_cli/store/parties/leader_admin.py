"""`kerjasama leaders`: add, change, delete and import leader terms of a local government.

Terms are data: adding or changing one re-attributes every record of that government whose
governor it changes, and each such record gets a history row saying from whom to whom.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.governments import check_term, clashing_term, overlap_error
from kerjasama_cli.domain.governors import BASIS_LABELS
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.domain.records import Leader
from kerjasama_cli.store.queries.reader import load_leaders, load_records
from kerjasama_cli.store.records.governor_index import GovernorIndex
from kerjasama_cli.store.records.writer import save_leader
from kerjasama_cli.store.safety import history

# The keys of each `leader_rows` item, in the order `leaders list` prints them.
LEADER_COLUMNS = (
    "id", "key", "local_party", "name", "title", "from", "to", "note", "aliases", "records",
    "local_country",
)  # fmt: skip


def leader_rows(
    conn: sqlite3.Connection, local_party: str | None = None, local_country: str | None = None
) -> list[dict[str, Any]]:
    """Terms (of one government, its name and country, or all) with their number of
    attributed records."""
    sql = (
        "SELECT l.id, l.key, l.local_party, l.name, l.title, l.term_start, l.term_end, l.note, "
        "l.aliases, (SELECT COUNT(*) FROM records r WHERE r.governor_id = l.id), l.local_country "
        "FROM leaders l"
    )
    params: list[Any] = []
    if local_party:
        sql += " WHERE l.local_party = ?"
        params.append(local_party)
    if local_party and local_country:
        sql += " AND (l.local_country = ? OR l.local_country IS NULL)"
        params.append(local_country)
    rows = []
    for row in conn.execute(sql + " ORDER BY l.local_party, l.term_start, l.id", params):
        item = dict(zip(LEADER_COLUMNS, row, strict=True))
        item["aliases"] = json.loads(item["aliases"])
        rows.append(item)
    return rows


def find_leader(conn: sqlite3.Connection, ref: str) -> Leader:
    """A term by id or key (exit 2 naming close keys when there is none)."""
    row = conn.execute(
        "SELECT key FROM leaders WHERE CAST(id AS TEXT) = ? OR key = ?", (ref.strip(), ref.strip())
    ).fetchone()
    if row is None:
        import difflib

        keys = [r[0] for r in conn.execute("SELECT key FROM leaders")]
        close = difflib.get_close_matches(ref, keys, n=3, cutoff=0.5)
        raise ValidationError("LEADER", ref, "no leader term by that id or key", close)
    return next(x for x in load_leaders(conn) if x.key == row[0])


def unique_key(conn: sqlite3.Connection, leader: Leader) -> str:
    """`name-start` (`-2`, `-3`... if taken)."""
    base = slugify(leader.name, leader.start.isoformat())
    key, n = base, 2
    while conn.execute("SELECT 1 FROM leaders WHERE key = ?", (key,)).fetchone():
        key, n = f"{base}-{n}", n + 1
    return key


def check_against_stored(conn: sqlite3.Connection, leader: Leader) -> None:
    """The term's own dates, then no overlap with another person's full term there."""
    check_term(leader)
    others = [x for x in _namesakes(conn, leader) if x.key != leader.key]
    other = clashing_term(leader, others)
    if other is not None:
        raise overlap_error(leader, other)


def _namesakes(conn: sqlite3.Connection, leader: Leader) -> list[Leader]:
    """The stored terms of the leader's own government: London, CA's terms never clash with
    London, GB's (m028)."""
    own = (leader.local_country or "").upper()
    return [
        x
        for x in load_leaders(conn, leader.local_party)
        if not own or not x.local_country or x.local_country.upper() == own
    ]


def _label(governor_id: int | None, basis: str, names: dict[int, str]) -> str:
    if governor_id is not None:
        return names.get(governor_id, str(governor_id))
    return BASIS_LABELS.get(basis, basis)


def attributions(conn: sqlite3.Connection, parties: Sequence[str]) -> dict[int, tuple]:
    """The stored governor columns (with the key) of every record of `parties`."""
    wanted = list(dict.fromkeys(parties))
    return {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT id, key, governor_id, governor_basis, governor_candidates FROM records "
            f"WHERE local_party IN ({', '.join('?' * len(wanted))})",
            wanted,
        )
    }


def reattribute(
    conn: sqlite3.Connection,
    parties: Sequence[str],
    reason: str,
    before: dict[int, tuple] | None = None,
    names: dict[int, str] | None = None,
) -> int:
    """Recompute the governor of every record of `parties`; log each change with `reason`.

    `before` (from `attributions`, taken before the change) and `names` (of deleted terms) let
    a deletion say whose records moved. Returns how many records changed governor."""
    governors = GovernorIndex(conn)
    labels = dict(conn.execute("SELECT id, name || ' (' || title || ')' FROM leaders"))
    labels.update(names or {})
    stored = before if before is not None else attributions(conn, parties)
    changed = 0
    for record_id, record in load_records(conn):
        if record_id not in stored:
            continue
        key, old_id, old_basis, old_candidates = stored[record_id]
        columns = governors.columns(record)
        new = (columns["governor_id"], columns["governor_basis"], columns["governor_candidates"])
        if new == (old_id, old_basis, old_candidates):
            continue
        conn.execute(
            "UPDATE records SET governor_id = ?, governor_basis = ?, governor_candidates = ? "
            "WHERE id = ?",
            (*new, record_id),
        )
        old_label, new_label = _label(old_id, old_basis, labels), _label(new[0], new[1], labels)
        if old_label != new_label:
            history.log(
                conn,
                "record",
                record_id,
                key,
                history.UPDATE,
                {"governor": [old_label, new_label], "because": [None, reason]},
            )
        changed += 1
    return changed


def add_leader(conn: sqlite3.Connection, leader: Leader) -> tuple[int, int]:
    """Insert a term (validated) and re-attribute; returns its id and the records moved."""
    if not leader.key:
        leader = dataclasses.replace(leader, key=unique_key(conn, leader))
    elif conn.execute("SELECT 1 FROM leaders WHERE key = ?", (leader.key,)).fetchone():
        raise ValidationError("--key", leader.key, "already exists")
    check_against_stored(conn, leader)
    leader_id, _ = save_leader(conn, leader)
    moved = reattribute(conn, [leader.local_party], f"leaders add {leader.key}")
    return leader_id, moved


def edit_leader(conn: sqlite3.Connection, old: Leader, new: Leader) -> tuple[dict, int]:
    """Save a changed term (validated); re-attribute the governments concerned."""
    check_against_stored(conn, new)
    _, outcome = save_leader(conn, new)
    if outcome == "unchanged":
        return {}, 0
    parties = list(dict.fromkeys([old.local_party, new.local_party]))
    moved = reattribute(conn, parties, f"leaders edit {new.key}")
    changes = history.diff(_values(old), _values(new))
    return changes, moved


def delete_leader(conn: sqlite3.Connection, leader: Leader) -> int:
    """Remove a term; its records go to whoever else is in office on their dates."""
    (leader_id,) = conn.execute("SELECT id FROM leaders WHERE key = ?", (leader.key,)).fetchone()
    before = attributions(conn, [leader.local_party])
    conn.execute("DELETE FROM leaders WHERE id = ?", (leader_id,))  # records' link set to null
    history.log(
        conn, "leader", leader_id, leader.key, history.DELETE, history.deleted(_values(leader))
    )
    names = {leader_id: f"{leader.name} ({leader.title})"}
    return reattribute(conn, [leader.local_party], f"leaders delete {leader.key}", before, names)


def _values(leader: Leader) -> dict[str, Any]:
    return {
        "local_party": leader.local_party,
        "name": leader.name,
        "title": leader.title,
        "from": leader.start.isoformat(),
        "to": leader.end.isoformat() if leader.end else None,
        "note": leader.note,
        "aliases": list(leader.aliases),
    }


def import_leaders(
    conn: sqlite3.Connection, items: Sequence[tuple[str, Any]], home: str
) -> tuple[int, int, int, int]:
    """Validate and save terms (inside the caller's transaction): a term whose key exists is
    updated. Unknown governments are created. Returns (inserted, updated, unchanged, records
    re-attributed)."""
    from collections.abc import Mapping

    from kerjasama_cli.domain.dataset import parse_leader
    from kerjasama_cli.store.parties.government_book import GovernmentBook

    book = GovernmentBook(conn)
    parsed: list[tuple[str, Leader]] = []
    for location, item in items:
        try:
            if not isinstance(item, Mapping):
                raise ValidationError("entry", item, "must be a mapping of name, title, from, to")
            leader = parse_leader(item, home)
        except ValidationError as error:
            raise error.at(location) from None
        government = book.resolve_government(leader.local_party, leader.local_country)
        leader = dataclasses.replace(
            leader, local_party=government.name, local_country=government.country
        )
        parsed.append((location, leader))
    book.write_new(conn)
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    parties = list(dict.fromkeys(x.local_party for _, x in parsed))
    before = attributions(conn, parties) if parties else {}
    for _, leader in parsed:
        counts[save_leader(conn, leader)[1]] += 1
    for location, leader in parsed:  # against the stored terms and the file's others
        others = [x for x in _namesakes(conn, leader) if x.key != leader.key]
        other = clashing_term(leader, others)
        if other is not None:
            raise overlap_error(leader, other, "from").at(location)
    moved = reattribute(conn, parties, "leaders import", before) if parties else 0
    return counts["inserted"], counts["updated"], counts["unchanged"], moved
