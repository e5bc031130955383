"""`history restore CHANGE_ID`: bring back a deleted record, or undo an update to one.

The record comes back under its own id (ids are never reused, m013, so it is free) and key,
with its partner, sources and agreement as they were; the restore is itself a change in the
history (command `history restore`), so it can be undone in turn.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from kerjasama_cli.domain.errors import FieldNames, Refusal, Said, ValidationError
from kerjasama_cli.domain.restore import changed_since, record_from_values, undone
from kerjasama_cli.domain.tabular import record_values
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.dossier.keeping import Dossier, restore_dossier
from kerjasama_cli.store.records.governor_index import GovernorIndex
from kerjasama_cli.store.records.writer import save_record
from kerjasama_cli.store.safety import history

FIELD = "CHANGE_ID"


@dataclass(frozen=True)
class Restored:
    """What a restore did: the record, and the fields it set back (a delete: all)."""

    record_id: int
    key: str
    action: str  # the action undone: "delete" or "update"
    fields: list[str]
    dossier: Dossier = Dossier()  # a delete undone: the evidence and documents back with it


def _change(conn: sqlite3.Connection, change_id: int) -> tuple[str, int, str, str, dict]:
    row = conn.execute(
        "SELECT entity, entity_id, entity_key, action, changes, last_id FROM history WHERE id = ?",
        (change_id,),
    ).fetchone()
    if row is None:
        raise ValidationError(FIELD, change_id, "no such change (see `kerjasama history`)")
    entity, entity_id, key, action, changes, last_id = row
    if entity != "record":
        raise Refusal(
            "CHANGE_ID {change}: that change is to the {entity} entry {key}; only changes to "
            "records can be restored",
            2,
            change=change_id,
            entity=Said(entity, "entity"),
            key=key,
        )
    if action == history.INSERT or last_id is not None:
        raise ValidationError(
            FIELD, change_id, "inserted record {id}; `kerjasama delete {id}` undoes", id=entity_id
        )
    return entity, int(entity_id), key, action, json.loads(changes)


def _check_references(conn: sqlite3.Connection, values: dict) -> None:
    """The partner and sources a restored record names must still exist."""
    partner = values.get("partner")
    if partner and not conn.execute("SELECT 1 FROM partners WHERE key = ?", (partner,)).fetchone():
        raise ValidationError("partner", partner, "no longer exists; add it again first")
    for source in values.get("sources") or []:
        if not conn.execute("SELECT 1 FROM sources WHERE key = ?", (source,)).fetchone():
            raise ValidationError("sources", source, "no longer exists")
    agreement = values.get("agreement")
    if (
        agreement
        and not conn.execute("SELECT 1 FROM records WHERE key = ?", (agreement,)).fetchone()
    ):
        values["agreement"] = None  # its agreement is gone too: the event stands alone


def restore(store: Store, change_id: int) -> Restored:
    """Undo history change `change_id` (a record's delete or update), in one transaction."""
    from kerjasama_cli.store.records.entries import load_record

    with history.command("history restore"), store.transaction() as conn:
        _, record_id, key, action, changes = _change(conn, change_id)
        current = load_record(conn, record_id)
        if action == history.DELETE:
            if current is not None:
                raise ValidationError(FIELD, change_id, "record {id} exists again", id=record_id)
            holder = conn.execute("SELECT id FROM records WHERE key = ?", (key,)).fetchone()
            if holder:
                raise ValidationError(
                    FIELD, change_id, "its key {key} is record {id}'s now", key=key, id=holder[0]
                )
            values = {name: old for name, (old, _new) in changes.items()}
            if not values.get("type") or not values.get("kind"):
                raise ValidationError(FIELD, change_id, "kept too little of the record to restore")
            _check_references(conn, values)
            record = record_from_values(key, values)
            save_record(conn, record, GovernorIndex(conn), record_id=record_id)
            dossier = restore_dossier(conn, change_id, record_id, key)
            return Restored(record_id, key, action, sorted(values), dossier)
        if current is None:
            raise ValidationError(
                FIELD,
                change_id,
                "record {id} was deleted since; restore its delete first",
                id=record_id,
            )
        now = record_values(current)
        moved = changed_since(now, changes)
        if moved:
            raise ValidationError(
                FIELD,
                change_id,
                "changed again since: {fields}; undo the later change",
                fields=FieldNames(moved),
            )
        values = undone(now, changes)
        _check_references(conn, values)
        save_record(conn, record_from_values(current.key, values), GovernorIndex(conn))
        return Restored(record_id, current.key, action, list(changes))
