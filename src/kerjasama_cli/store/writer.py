"""Write records: upsert by stable key, so applying the same data twice changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Sequence

from kerjasama_cli.domain.dates import FuzzyDate
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.governors import attribute
from kerjasama_cli.domain.records import Dataset, Leader, Partner, Record, ReportedFigure, Source
from kerjasama_cli.store.reader import load_leaders

INSERTED, UPDATED, UNCHANGED = "inserted", "updated", "unchanged"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def fingerprint(item: object) -> str:
    """A digest of everything a record says; equal digests mean nothing to update."""
    return hashlib.sha1(repr(item).encode()).hexdigest()


def _upsert(conn: sqlite3.Connection, table: str, values: dict[str, object]) -> tuple[int, str]:
    """Insert or update the row with `values['key']`; report which happened."""
    columns = list(values)
    row = conn.execute(
        f"SELECT id, {', '.join(columns)} FROM {table} WHERE key = ?", (values["key"],)
    ).fetchone()
    if row is None:
        cursor = conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            list(values.values()),
        )
        return int(cursor.lastrowid or 0), INSERTED
    if tuple(row[1:]) == tuple(values.values()):
        return int(row[0]), UNCHANGED
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row[0]])
    return int(row[0]), UPDATED


def _cite(conn: sqlite3.Connection, entity: str, entity_id: int, keys: Sequence[str]) -> None:
    """Make the entity cite exactly `keys`; untouched when it already does."""
    ids = []
    for key in keys:
        row = conn.execute("SELECT id FROM sources WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise ValidationError("sources", key, "no such source key")
        ids.append(row[0])
    old = conn.execute(
        "SELECT source_id FROM citations WHERE entity = ? AND entity_id = ?", (entity, entity_id)
    ).fetchall()
    if {r[0] for r in old} == set(ids):
        return
    conn.execute("DELETE FROM citations WHERE entity = ? AND entity_id = ?", (entity, entity_id))
    conn.executemany(
        "INSERT OR IGNORE INTO citations (entity, entity_id, source_id) VALUES (?, ?, ?)",
        [(entity, entity_id, source_id) for source_id in ids],
    )


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
        },
    )


def save_partner(conn: sqlite3.Connection, partner: Partner) -> tuple[int, str]:
    """Upsert a partner by key, with its aliases and citations."""
    partner_id, outcome = _upsert(
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
    old = {
        r[0]
        for r in conn.execute(
            "SELECT alias FROM partner_aliases WHERE partner_id = ?", (partner_id,)
        )
    }
    if old != set(partner.aliases):
        conn.execute("DELETE FROM partner_aliases WHERE partner_id = ?", (partner_id,))
        conn.executemany(
            "INSERT OR IGNORE INTO partner_aliases (partner_id, alias) VALUES (?, ?)",
            [(partner_id, alias) for alias in partner.aliases],
        )
        outcome = UPDATED if outcome == UNCHANGED else outcome
    if partner.sources:
        _cite(conn, "partner", partner_id, partner.sources)
    return partner_id, outcome


def partner_id(conn: sqlite3.Connection, ref: str) -> int:
    """The partner a key, name or alias refers to (case-insensitive)."""
    row = conn.execute(
        "SELECT id FROM partners WHERE key = ? OR name = ? COLLATE NOCASE "
        "UNION ALL SELECT partner_id FROM partner_aliases WHERE alias = ? COLLATE NOCASE LIMIT 1",
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


class GovernorIndex:
    """Leader terms per local party, loaded once per write batch."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._by_party: dict[str, list[Leader]] = {}
        for leader in load_leaders(conn):
            self._by_party.setdefault(leader.local_party, []).append(leader)
        self._ids: dict[str, int] = dict(conn.execute("SELECT key, id FROM leaders"))

    def columns(self, record: Record) -> dict[str, object]:
        """The governor columns for a record."""
        found = attribute(
            record.date, record.people, record.leader, self._by_party.get(record.local_party, [])
        )
        return {
            "governor_id": self._ids.get(found.leader.key) if found.leader else None,
            "governor_basis": found.basis,
            "governor_candidates": json.dumps([c.key for c in found.candidates]),
        }


def _date_columns(date: FuzzyDate) -> dict[str, object]:
    return {
        "date_start": _iso(date.start),
        "date_end": _iso(date.end),
        "date_precision": date.precision,
    }


def save_record(
    conn: sqlite3.Connection, record: Record, governors: GovernorIndex
) -> tuple[int, str]:
    """Upsert an agreement or event by key, with people, sectors and citations."""
    digest = fingerprint(record)
    row = conn.execute(
        "SELECT id, fingerprint FROM records WHERE key = ?", (record.key,)
    ).fetchone()
    if row is not None and row[1] == digest:
        return int(row[0]), UNCHANGED
    now = _now()
    values: dict[str, object] = {
        "key": record.key,
        "kind": record.kind,
        "type": record.type,
        "partner_id": partner_id(conn, record.partner) if record.partner else None,
        "agreement_id": _record_id(conn, record.agreement) if record.agreement else None,
        "local_party": record.local_party,
        "local_country": record.local_country,
        **_date_columns(record.date),
        "date_note": record.date_note,
        "title": record.title,
        "summary": record.summary,
        "status": record.status,
        "place": record.place,
        "leader": record.leader,
        "notes": record.notes,
        "term_years": record.term_years,
        "end_date": _iso(record.end_date),
        **governors.columns(record),
        "fingerprint": digest,
        "updated_at": now,
    }
    if row is None:
        values["created_at"] = now
        columns = ", ".join(values)
        cursor = conn.execute(
            f"INSERT INTO records ({columns}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )
        record_id, outcome = int(cursor.lastrowid or 0), INSERTED
    else:
        record_id, outcome = int(row[0]), UPDATED
        assignments = ", ".join(f"{c} = ?" for c in values)
        conn.execute(
            f"UPDATE records SET {assignments} WHERE id = ?", [*values.values(), record_id]
        )
        conn.execute("DELETE FROM record_people WHERE record_id = ?", (record_id,))
        conn.execute("DELETE FROM record_sectors WHERE record_id = ?", (record_id,))
    conn.executemany(
        "INSERT INTO record_people (record_id, position, side, name, title) VALUES (?, ?, ?, ?, ?)",
        [(record_id, i, p.side, p.name, p.title) for i, p in enumerate(record.people)],
    )
    conn.executemany(
        "INSERT INTO record_sectors (record_id, sector) VALUES (?, ?)",
        [(record_id, sector) for sector in record.sectors],
    )
    _cite(conn, "record", record_id, record.sources)
    return record_id, outcome


def save_figure(conn: sqlite3.Connection, figure: ReportedFigure) -> tuple[int, str]:
    """Upsert a reported figure by key."""
    figure_id, outcome = _upsert(
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
        },
    )
    _cite(conn, "figure", figure_id, figure.sources)
    return figure_id, outcome


def refresh_governors(conn: sqlite3.Connection) -> None:
    """Recompute every record's governor after the leaders changed (terms are data)."""
    from kerjasama_cli.store.reader import load_records

    governors = GovernorIndex(conn)
    for record_id, record in load_records(conn):
        columns = governors.columns(record)
        conn.execute(
            "UPDATE records SET governor_id = ?, governor_basis = ?, governor_candidates = ? "
            "WHERE id = ?",
            (*columns.values(), record_id),
        )


def apply_dataset(conn: sqlite3.Connection, dataset: Dataset) -> Counter[str]:
    """Write a whole dataset (call inside a transaction); count inserted/updated/unchanged."""
    from kerjasama_cli.store.search_schema import deferred

    with deferred(conn):  # the search index is brought up to date once, at the end
        return _apply_dataset(conn, dataset)


def _apply_dataset(conn: sqlite3.Connection, dataset: Dataset) -> Counter[str]:
    counts: Counter[str] = Counter()
    if dataset.home_party:
        conn.execute(
            "INSERT OR IGNORE INTO kerjasama_meta VALUES ('home_party', ?)", (dataset.home_party,)
        )
        conn.execute(
            "INSERT OR IGNORE INTO kerjasama_meta VALUES ('home_country', ?)",
            (dataset.home_country,),
        )
    leaders_changed = False
    for leader in dataset.leaders:
        outcome = save_leader(conn, leader)[1]
        leaders_changed |= outcome != UNCHANGED
        counts[outcome] += 1
    for save, items in ((save_source, dataset.sources), (save_partner, dataset.partners)):
        for item in items:
            counts[save(conn, item)[1]] += 1  # type: ignore[operator]
    if leaders_changed:
        refresh_governors(conn)
    governors = GovernorIndex(conn)
    # Agreements first, so events can point at agreements from the same file.
    for record in sorted(dataset.records, key=lambda r: r.kind != "agreement"):
        counts[save_record(conn, record, governors)[1]] += 1
    for figure in dataset.figures:
        counts[save_figure(conn, figure)[1]] += 1
    return counts
