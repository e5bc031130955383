"""Write records: upsert by stable key, so applying the same data twice changes nothing.

Over 400 lines: the upsert of every entity a dataset holds (sources, leaders, partners, records with
their people, sectors and citations, reported figures) and the governor attribution kept beside each
record, in one module so that every write path (add, edit, import, restore, seed) goes through the
same statements.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.governors import attribute
from kerjasama_cli.domain.records import Dataset, Leader, Partner, Record, ReportedFigure, Source
from kerjasama_cli.domain.tabular import record_values
from kerjasama_cli.store.database.ids import next_id, next_logged_id
from kerjasama_cli.store.queries.reader import load_leaders
from kerjasama_cli.store.records.columns import (  # noqa: F401 - re-exported for importers
    CONTENT_COLUMNS,
    RECORD_COLUMNS,
    digest,
    record_content,
    stamp,
    stored_digests,
)
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


class GovernorIndex:
    """Leader terms per local party, loaded once per write batch."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._by_party: dict[str, list[Leader]] = {}
        for leader in load_leaders(conn):
            self._by_party.setdefault(leader.local_party, []).append(leader)
        self._ids: dict[str, int] = dict(conn.execute("SELECT key, id FROM leaders"))

    def terms(self, local_party: str) -> list[Leader]:
        """The leader terms of a local party, in load order."""
        return self._by_party.get(local_party, [])

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
        old = loaded or load_record(conn, record_id)
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


def refresh_governors(conn: sqlite3.Connection) -> None:
    """Recompute every record's governor after the leaders changed (terms are data)."""
    from kerjasama_cli.store.queries.reader import load_records

    governors = GovernorIndex(conn)
    for record_id, record in load_records(conn):
        columns = governors.columns(record)
        conn.execute(
            "UPDATE records SET governor_id = ?, governor_basis = ?, governor_candidates = ? "
            "WHERE id = ?",
            (*columns.values(), record_id),
        )


def apply_dataset(
    conn: sqlite3.Connection,
    dataset: Dataset,
    merger: Any = None,
    named: Mapping[str, frozenset[str]] | None = None,
) -> Counter[str]:
    """Write a whole dataset (call inside a transaction); count inserted/updated/unchanged.
    With a `merger` (store/imports/merge.MergeWriter), a record the registry holds changes only
    in the fields its entry names (`named`, by key)."""
    from kerjasama_cli.store.fulltext.upkeep import deferred

    with deferred(conn):  # the search index is brought up to date once, at the end
        return _apply_dataset(conn, dataset, merger, named or {})


def _canonical(conn: sqlite3.Connection, dataset: Dataset) -> Dataset:
    """The dataset with every local party named by its government's canonical name; the
    governments it brings (and any new local party it names) written first."""
    from dataclasses import replace

    from kerjasama_cli.domain.governments import check_terms
    from kerjasama_cli.store.parties.governments import GovernmentBook, save_government

    for government in filter(None, [dataset.home_government, *dataset.governments]):
        save_government(conn, government)
    book = GovernmentBook(conn)
    leaders = [replace(x, local_party=book.resolve(x.local_party)) for x in dataset.leaders]
    records = [
        replace(r, local_party=book.resolve(r.local_party, r.local_country))
        for r in dataset.records
    ]
    figures = [replace(f, local_party=book.resolve(f.local_party)) for f in dataset.figures]
    book.write_new(conn)
    if leaders:  # with the terms already stored: two full governors never overlap
        stored = {x.key: x for x in load_leaders(conn)}
        stored.update((x.key, x) for x in leaders)
        check_terms(list(stored.values()), "from")
    return replace(dataset, leaders=leaders, records=records, figures=figures)


def _apply_dataset(
    conn: sqlite3.Connection,
    dataset: Dataset,
    merger: Any,
    named: Mapping[str, frozenset[str]],
) -> Counter[str]:
    counts: Counter[str] = Counter()
    dataset = _canonical(conn, dataset)
    if dataset.home_party:
        conn.execute(
            "INSERT OR IGNORE INTO kerjasama_meta VALUES ('home_party', ?)", (dataset.home_party,)
        )
        conn.execute(
            "INSERT OR IGNORE INTO kerjasama_meta VALUES ('home_country', ?)",
            (dataset.home_country,),
        )
    if dataset.sectors:
        from kerjasama_cli.store.records.sectors import imported

        imported(conn, dataset.sectors)
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
        stored = None
        if merger is not None and record.key in named:
            stored = conn.execute("SELECT id FROM records WHERE key = ?", (record.key,)).fetchone()
        if stored is not None:
            counts[merger.save(conn, stored[0], record, named[record.key], governors)[1]] += 1
        else:
            counts[save_record(conn, record, governors)[1]] += 1
    for figure in dataset.figures:
        counts[save_figure(conn, figure)[1]] += 1
    return counts
