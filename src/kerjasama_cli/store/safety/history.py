"""The history table: every insert, update and delete, with the fields changed and the command.

The writer logs through `log` (one row) or `HistoryBuffer` (many rows, one executemany: the bulk
import path). The command name is a context variable the CLI sets once per invocation, so every
write path records it without passing it through each call.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

INSERT, UPDATE, DELETE = "insert", "update", "delete"
BULK_INSERT = "{}"  # the changes of a bulk-imported record's insert: its values are the record's
# The entities a bulk import logs as id ranges, and the table that holds each.
RANGE_TABLES = {"record": "records", "partner": "partners"}

_COMMAND: ContextVar[str] = ContextVar("kerjasama_command", default="kerjasama")
# Where an import's values came from (the file's name, m013): an import of the same file
# later compares with what it wrote then, to keep the edits made since (store/imports/merge.py).
_ORIGIN: ContextVar[str | None] = ContextVar("kerjasama_origin", default=None)

INSERT_SQL = (
    "INSERT INTO history (at, command, entity, entity_id, entity_key, action, changes, origin, "
    "actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def current_actor() -> str:
    """Who makes the changes (m020): `KERJASAMA_USER` when set (a shared account, a script
    run for someone), else the operating system's user; "unknown" when neither says."""
    import getpass
    import os

    named = os.environ.get("KERJASAMA_USER", "").strip()
    if named:
        return named
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):  # no name for this uid (a bare container)
        return "unknown"


def set_command(name: str) -> None:
    """Name the command whose writes follow (the CLI calls this once per invocation)."""
    _COMMAND.set(name)


def current_command() -> str:
    """The command name history rows are written with."""
    return _COMMAND.get()


@contextmanager
def origin(name: str | None) -> Iterator[None]:
    """Record the writes inside the block as coming from `name` (an imported file)."""
    token = _ORIGIN.set(name)
    try:
        yield
    finally:
        _ORIGIN.reset(token)


def set_origin(name: str | None) -> None:
    """Name the file the writes that follow come from (None: not a file); the CLI resets it
    with the command name at each invocation."""
    _ORIGIN.set(name)


def current_origin() -> str | None:
    """The file the writes come from, if any."""
    return _ORIGIN.get()


@contextmanager
def command(name: str) -> Iterator[None]:
    """Record the writes inside the block under `name` (e.g. "seed")."""
    token = _COMMAND.set(name)
    try:
        yield
    finally:
        _COMMAND.reset(token)


def now() -> str:
    """UTC timestamp to the second, the form history and records use."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def inserted(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Changes of an insert: every field that has a value, from null."""
    # Inlined test (not _empty): the bulk import calls this once per row.
    return {k: [None, v] for k, v in values.items() if v is not None and v != "" and v != []}


def deleted(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Changes of a delete: every field that had a value, to null."""
    return {k: [v, None] for k, v in values.items() if not _empty(v)}


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The fields whose value differs, as {field: [old, new]} (empty and null count as equal)."""
    changes = {}
    for field in dict.fromkeys([*old, *new]):
        a, b = old.get(field), new.get(field)
        if a != b and not (_empty(a) and _empty(b)):
            changes[field] = [a, b]
    return changes


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def encode(changes: Mapping[str, Any]) -> str:
    """Changes as stored: compact JSON, non-ASCII kept readable."""
    return _ENCODER.encode(changes)


def log(
    conn: sqlite3.Connection,
    entity: str,
    entity_id: int | None,
    key: str,
    action: str,
    changes: Mapping[str, Any],
) -> None:
    """Write one history row (call inside the write's transaction)."""
    conn.execute(
        INSERT_SQL,
        (
            now(),
            current_command(),
            entity,
            entity_id,
            key,
            action,
            encode(changes),
            current_origin(),
            current_actor(),
        ),
    )


class HistoryBuffer:
    """History rows collected during a batch and written with one executemany."""

    def __init__(self) -> None:
        self.rows: list[tuple[Any, ...]] = []
        self.at = now()
        self.command = current_command()
        self.origin = current_origin()
        self.actor = current_actor()

    def add(
        self, entity: str, entity_id: int, key: str, action: str, changes: Mapping[str, Any]
    ) -> None:
        self.rows.append(
            (
                self.at,
                self.command,
                entity,
                entity_id,
                key,
                action,
                encode(changes),
                self.origin,
                self.actor,
            )
        )

    def log_inserted(self, conn: sqlite3.Connection, entity: str, first_id: int) -> None:
        """The insert of every `entity` ("record" or "partner") from id `first_id` on (a bulk
        import's new ones): one row for the whole id range (m010: `entity_id` .. `last_id`),
        which `recent` and `of_entity` read as one insert per entry. Its changes are `{}`
        (BULK_INSERT): the entry itself holds the values, and every later update or delete logs
        the old value of what it changes, so none is lost. A row per record cost 117 bytes a
        record at a million; a row per partner, 3."""
        table = RANGE_TABLES[entity]
        low, last_id = conn.execute(
            f"SELECT min(id), max(id) FROM {table} WHERE id >= ?", (first_id,)
        ).fetchone()
        if low is None:
            return
        first, last = (
            conn.execute(f"SELECT key FROM {table} WHERE id = ?", (i,)).fetchone()[0]
            for i in (low, last_id)
        )
        conn.execute(
            "INSERT INTO history (at, command, entity, entity_id, entity_key, action, changes, "
            f"last_id, origin, actor) VALUES (?, ?, ?, ?, ?, '{INSERT}', '{BULK_INSERT}', ?, ?, ?)",
            (
                self.at,
                self.command,
                entity,
                low,
                f"{first} … {last}",
                last_id,
                self.origin,
                self.actor,
            ),
        )

    def take(self) -> list[tuple[Any, ...]]:
        """The rows collected so far, for the caller to insert."""
        rows, self.rows = self.rows, []
        return rows

    def flush(self, conn: sqlite3.Connection) -> None:
        if self.rows:
            conn.executemany(INSERT_SQL, self.rows)
            self.rows.clear()


_COLUMNS = "id, at, actor, command, entity, entity_id, entity_key, action, changes"


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    items = []
    for row in cursor.fetchall():
        item = dict(zip(names, row, strict=True))
        item["changes"] = json.loads(item["changes"])
        items.append(item)
    return items


def recent(
    conn: sqlite3.Connection, limit: int | None = 20, entity: str | None = None
) -> list[dict[str, Any]]:
    """The latest changes, newest first (`iter_recent`, held as a list)."""
    return list(iter_recent(conn, limit, entity))


def iter_recent(
    conn: sqlite3.Connection, limit: int | None = 20, entity: str | None = None
) -> Iterator[dict[str, Any]]:
    """The latest changes, newest first, as they are consumed: by time, then by id. Ids alone
    are not enough: a batch (an import) stamps its rows with the time it started, so rows
    written meanwhile with their own time can have lower ids and a later time. A bulk import's
    one row for an id range reads as an insert per record of that range still in the registry,
    the newest first."""
    sql = f"SELECT {_COLUMNS}, last_id FROM history"
    params: list[Any] = []
    if entity:
        sql += " WHERE entity = ?"
        params.append(entity)
    sql += " ORDER BY at DESC, id DESC"
    names = [*_COLUMNS.split(", ")]
    count = 0
    for row in conn.execute(sql, params):
        if limit is not None and count >= limit:
            break
        item = dict(zip(names, row[:-1], strict=True))
        item["changes"] = json.loads(item["changes"])
        last_id = row[-1]
        if last_id is None:
            count += 1
            yield item
            continue
        left = -1 if limit is None else limit - count
        table = RANGE_TABLES.get(item["entity"], "records")
        for entry_id, key in conn.execute(
            f"SELECT id, key FROM {table} WHERE id BETWEEN ? AND ? ORDER BY id DESC LIMIT ?",
            (item["entity_id"], last_id, left),
        ):
            count += 1
            yield {**item, "entity_id": entry_id, "entity_key": key}


def of_entity(conn: sqlite3.Connection, entity: str, entity_id: int) -> list[dict[str, Any]]:
    """One entry's changes, oldest first (a bulk import's range row, if it covers the entry,
    as that entry's insert)."""
    table = RANGE_TABLES.get(entity, "records")
    return _rows(
        conn.execute(
            f"SELECT {_COLUMNS} FROM history "
            "WHERE entity = ? AND entity_id = ? AND last_id IS NULL "
            "UNION ALL "
            "SELECT id, at, actor, command, entity, ? AS entity_id, "
            f"COALESCE((SELECT key FROM {table} WHERE id = ?), entity_key), action, changes "
            "FROM history WHERE entity = ? AND last_id IS NOT NULL AND last_id >= ? "
            "AND entity_id <= ? ORDER BY id",
            (entity, entity_id, entity_id, entity_id, entity, entity_id, entity_id),
        )
    )
