"""Write records and the entries they cite: upsert by stable key, so applying the same data twice
changes nothing, every change logged in the history. Every write path (add, edit, import,
restore, seed) goes through these statements; a whole dataset through `applying.py`, a record's
governor columns from `governor_index.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.records import Leader, Partner, Record, ReportedFigure, Source
from kerjasama_cli.domain.tabular import record_values
from kerjasama_cli.store.database.ids import next_id, next_logged_id
from kerjasama_cli.store.records.columns import (
    RECORD_COLUMNS,
    digest,
    record_content,
    stamp,
    stored_digests,
)
from kerjasama_cli.store.records.governor_index import GovernorIndex
from kerjasama_cli.store.records.parents import check_children, check_parent
from kerjasama_cli.store.safety import history

INSERTED, UPDATED, UNCHANGED = "inserted", "updated", "unchanged"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# The history table's name for the entries of each table.
_ENTITY = {"sources": "source", "leaders": "leader", "partners": "partner"}
_ENTITY["reported_figures"] = "figure"


def _upsert_changes(
    conn: sqlite3.Connection, table: str, values: dict[str, object]
) -> tuple[int, str, dict[str, list[object]]]:
    """Insert or update the row with `values['key']`; report which happened and what changed."""
    columns = list(values)
    row = conn.execute(
        f"SELECT id, {', '.join(columns)} FROM {table} WHERE key = ?", (values["key"],)
    ).fetchone()
    fields = {k: v for k, v in values.items() if k != "key"}
    if row is None:
        # A partner takes an id never given before (m013), a leader term one no history row
        # names (a term can be deleted: its id must not come back); sources keep SQLite's.
        given: dict[str, int] = {}
        if table == "partners":
            given = {"id": next_id(conn, table)}
        elif table == "leaders":
            given = {"id": next_logged_id(conn, "leaders", "leader")}
        cursor = conn.execute(
            f"INSERT INTO {table} ({', '.join([*given, *columns])}) "
            f"VALUES ({', '.join('?' * (len(given) + len(columns)))})",
            [*given.values(), *values.values()],
        )
        return int(cursor.lastrowid or 0), INSERTED, history.inserted(fields)
    if tuple(row[1:]) == tuple(values.values()):
        return int(row[0]), UNCHANGED, {}
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row[0]])
    old = dict(zip(columns[1:], row[2:], strict=True))
    return int(row[0]), UPDATED, history.diff(old, fields)


def _log(
    conn: sqlite3.Connection, table: str, entry_id: int, key: str, outcome: str, changes: dict
) -> None:
    if outcome != UNCHANGED:
        action = history.INSERT if outcome == INSERTED else history.UPDATE
        history.log(conn, _ENTITY.get(table, table), entry_id, key, action, changes)


def _upsert(conn: sqlite3.Connection, table: str, values: dict[str, object]) -> tuple[int, str]:
    """Insert or update the row with `values['key']`, logging the change in the history."""
    entry_id, outcome, changes = _upsert_changes(conn, table, values)
    _log(conn, table, entry_id, str(values["key"]), outcome, changes)
    return entry_id, outcome


def _cite(
    conn: sqlite3.Connection, entity: str, entity_id: int, keys: Sequence[str]
) -> list[str] | None:
    """Make the entity cite exactly `keys`; untouched (None) when it already does.

    Returns the keys it cited before a change.
    """
    ids = []
    for key in keys:
        row = conn.execute("SELECT id FROM sources WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise ValidationError("sources", key, "no such source key")
        ids.append(row[0])
    old = conn.execute(
        "SELECT c.source_id, s.key FROM citations c JOIN sources s ON s.id = c.source_id "
        "WHERE c.entity = ? AND c.entity_id = ? ORDER BY c.rowid",
        (entity, entity_id),
    ).fetchall()
    if {r[0] for r in old} == set(ids):
        return None
    conn.execute("DELETE FROM citations WHERE entity = ? AND entity_id = ?", (entity, entity_id))
    conn.executemany(
        "INSERT OR IGNORE INTO citations (entity, entity_id, source_id) VALUES (?, ?, ?)",
        [(entity, entity_id, source_id) for source_id in ids],
    )
    return [r[1] for r in old]


def save_source(conn: sqlite3.Connection, source: Source) -> tuple[int, str]:
    """Upsert one source by key."""
    return _upsert(
        conn,
        "sources",
        {
            "key": source.key,
            "publication": source.publication,
            "title": source.title,
            "author": source.author,
            "url": source.url,
            "published": source.published.iso(),
            "file": source.file,
        },
    )


def save_leader(conn: sqlite3.Connection, leader: Leader) -> tuple[int, str]:
    """Upsert one leader term by key."""
    return _upsert(
        conn,
        "leaders",
        {
            "key": leader.key,
            "local_party": leader.local_party,
            "name": leader.name,
            "title": leader.title,
            "term_start": leader.start.isoformat(),
            "term_end": _iso(leader.end),
            "note": leader.note,
            "aliases": json.dumps(list(leader.aliases), ensure_ascii=False),
            "local_country": leader.local_country,
        },
    )


def save_partner(conn: sqlite3.Connection, partner: Partner) -> tuple[int, str]:
    """Upsert a partner by key, with its aliases and citations."""
    partner_id, outcome, changes = _upsert_changes(
        conn,
        "partners",
        {
            "key": partner.key,
            "name": partner.name,
            "kind": partner.kind,
            "country": partner.country,
            "region": partner.region,
            "notes": partner.notes,
        },
    )
    old = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias", (partner_id,)
        )
    ]
    if set(old) != set(partner.aliases):
        conn.execute("DELETE FROM partner_aliases WHERE partner_id = ?", (partner_id,))
        conn.executemany(
            "INSERT OR IGNORE INTO partner_aliases (partner_id, alias) VALUES (?, ?)",
            [(partner_id, alias) for alias in partner.aliases],
        )
        outcome = UPDATED if outcome == UNCHANGED else outcome
        changes["aliases"] = [old or None, list(partner.aliases)]
    if partner.sources:
        cited = _cite(conn, "partner", partner_id, partner.sources)
        if cited is not None:
            outcome = UPDATED if outcome == UNCHANGED else outcome
            changes["sources"] = [cited or None, list(partner.sources)]
    _log(conn, "partners", partner_id, partner.key, outcome, changes)
    return partner_id, outcome


def partner_id(conn: sqlite3.Connection, ref: str) -> int:
    """The partner a key, name or alias refers to (case-insensitive), in that order: a key is
    one partner's, while a renamed partner may carry another's key as its name (two Jejus: the
    key `jeju` is the KR one even when the older CN partner is now named Jeju)."""
    row = conn.execute(
        "SELECT id FROM (SELECT 0 AS rank, id FROM partners WHERE key = ? "
        "UNION ALL SELECT 1, id FROM partners WHERE name = ? COLLATE NOCASE "
        "UNION ALL SELECT 2, partner_id FROM partner_aliases WHERE alias = ? COLLATE NOCASE) "
        "ORDER BY rank, id LIMIT 1",
        (ref, ref, ref),
    ).fetchone()
    if row is None:
        raise ValidationError("partner", ref, "no such partner; give --country to create it")
    return int(row[0])


def _record_id(conn: sqlite3.Connection, key: str) -> int:
    row = conn.execute("SELECT id FROM records WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise ValidationError("agreement", key, "no such agreement key")
    return int(row[0])


def _check_tree(
    conn: sqlite3.Connection,
    record_id: int | None,
    content: tuple,
    record: Record,
    old: Record | None,
) -> None:
    """Refuse a parent that closes a loop or is another partnership's, and a parent moved to
    another partnership than its children's (store/records/parents.py), before anything is
    written. Asked only of what changed, so a registry stored before the rule keeps taking
    edits of other fields."""
    partner, parent, party = content[3], content[4], content[5]
    if old is None or old.agreement != record.agreement:
        if parent is not None:
            check_parent(conn, record_id, parent, partner, party, given=record.agreement)
    elif parent is not None and (old.partner, old.local_party) != (record.partner, party):
        check_parent(conn, None, parent, partner, party, "partner", record.partner)
    moved = old is not None and (old.partner, old.local_party) != (record.partner, party)
    if record_id is not None and moved:
        check_children(conn, record_id, partner, party, "partner", record.partner)


def save_record(
    conn: sqlite3.Connection,
    record: Record,
    governors: GovernorIndex,
    record_id: int | None = None,
    loaded: Record | None = None,
) -> tuple[int, str]:
    """Upsert an agreement or event by key, with people, sectors, citations and history; a new
    one takes `record_id` when given (a restored record's own id), else a new id. `loaded`:
    the record as stored, when the caller has loaded it already (an import's merge)."""
    from kerjasama_cli.store.records.entries import load_record

    content = record_content(
        record,
        partner_id(conn, record.partner) if record.partner else None,
        _record_id(conn, record.agreement) if record.agreement else None,
    )
    stored = stored_digests(conn, [record.key]).get(record.key)
    row = (stored[0],) if stored else None
    if stored is not None and stored[1] == digest(content, record):
        return stored[0], UNCHANGED
    old = (loaded or load_record(conn, stored[0])) if stored else None
    _check_tree(conn, stored[0] if stored else None, content, record, old)
    now = stamp(_now())
    values = (*content, *governors.columns(record).values(), now)
    if row is None:
        record_id, outcome = record_id or next_id(conn, "records"), INSERTED
        conn.execute(
            f"INSERT INTO records (id, {', '.join(RECORD_COLUMNS)}, created_at) "
            f"VALUES ({', '.join('?' * (len(values) + 2))})",
            [record_id, *values, now],
        )
        changes = history.inserted(record_values(record))
    else:
        record_id, outcome = int(row[0]), UPDATED
        changes = history.diff(record_values(old) if old else {}, record_values(record))
        assignments = ", ".join(f"{c} = ?" for c in RECORD_COLUMNS)
        conn.execute(f"UPDATE records SET {assignments} WHERE id = ?", [*values, record_id])
        conn.execute("DELETE FROM record_people WHERE record_id = ?", (record_id,))
        conn.execute("DELETE FROM record_sectors WHERE record_id = ?", (record_id,))
    conn.executemany(
        "INSERT INTO record_people (record_id, position, side, name, title) VALUES (?, ?, ?, ?, ?)",
        [(record_id, i, p.side, p.name, p.title) for i, p in enumerate(record.people)],
    )
    conn.executemany(
        "INSERT INTO record_sectors (record_id, sector, position) VALUES (?, ?, ?)",
        [(record_id, sector, i) for i, sector in enumerate(record.sectors)],
    )
    _cite(conn, "record", record_id, record.sources)
    action = history.INSERT if outcome == INSERTED else history.UPDATE
    history.log(conn, "record", record_id, record.key, action, changes)
    return record_id, outcome


def save_figure(conn: sqlite3.Connection, figure: ReportedFigure) -> tuple[int, str]:
    """Upsert a reported figure by key."""
    figure_id, outcome, changes = _upsert_changes(
        conn,
        "reported_figures",
        {
            "key": figure.key,
            "local_party": figure.local_party,
            "subject": figure.subject,
            "count": figure.count,
            "qualifier": figure.qualifier,
            "period_start": _iso(figure.period.start),
            "period_end": _iso(figure.period.end),
            "period_precision": figure.period.precision,
            "statement": figure.statement,
            "reported_by": figure.reported_by,
            "local_country": figure.local_country,
        },
    )
    cited = _cite(conn, "figure", figure_id, figure.sources)
    if cited is not None and outcome != INSERTED:
        outcome = UPDATED
        changes["sources"] = [cited or None, list(figure.sources)]
    elif cited is not None:
        changes["sources"] = [None, list(figure.sources)]
    _log(conn, "reported_figures", figure_id, figure.key, outcome, changes)
    return figure_id, outcome
