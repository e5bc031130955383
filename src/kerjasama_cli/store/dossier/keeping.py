"""A record's dossier (its evidence and its attached documents) kept by `delete` and brought
back by `history restore`.

Evidence rows and document links go with their record (ON DELETE CASCADE, m017/m018). Without
this module they went unlogged: a DPRD decision's number or the link to a signed MoU's scan was
lost for good by a `delete` the history said it could undo. `delete` now logs each of them as a
change of its own right before the record's (one transaction, so the ids follow each other, and
the newest-first history shows the record's delete on top), with every value it held;
restoring the record's delete reads those rows back. The documents'
bytes stay in the registry (a document is kept once for every record it is attached to), so a
link is restored by the file's sha256.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from kerjasama_cli.store.safety import history

EVIDENCE_COLUMNS = (
    "stage",
    "date_start",
    "date_end",
    "date_precision",
    "number",
    "document",
    "note",
    "source",
)
LINK_COLUMNS = ("name", "original_location", "treaty_reference", "attached_at")


@dataclass(frozen=True)
class Dossier:
    """What came back with a record: pieces of evidence and document links."""

    evidence: int = 0
    documents: int = 0


def log_dossier_deleted(conn: sqlite3.Connection, record_id: int, key: str) -> None:
    """Log, as deletes, the evidence and document links the record's delete takes with it
    (call inside the delete's transaction, right before the record's own history row)."""
    evidence = conn.execute(
        f"SELECT id, {', '.join(EVIDENCE_COLUMNS)} FROM evidence WHERE record_id = ? ORDER BY id",
        (record_id,),
    ).fetchall()
    for evidence_id, *values in evidence:
        kept = {c: v for c, v in zip(EVIDENCE_COLUMNS, values, strict=True) if v is not None}
        history.log(conn, "evidence", evidence_id, key, history.DELETE, history.deleted(kept))
    links = conn.execute(
        f"SELECT d.sha256, {', '.join('l.' + c for c in LINK_COLUMNS)} FROM record_documents l "
        "JOIN documents d ON d.id = l.document_id WHERE l.record_id = ? ORDER BY l.attached_at",
        (record_id,),
    ).fetchall()
    for sha256, *values in links:
        kept = {c: v for c, v in zip(LINK_COLUMNS, values, strict=True) if v is not None}
        changes = history.deleted({**kept, "sha256": sha256})
        history.log(conn, "document", record_id, key, history.DELETE, changes)


def restore_dossier(conn: sqlite3.Connection, change_id: int, record_id: int, key: str) -> Dossier:
    """Bring back the evidence and document links logged right before change `change_id` (the
    record's delete), under their own ids; each is logged as an insert (inside a transaction)."""
    (command,) = conn.execute("SELECT command FROM history WHERE id = ?", (change_id,)).fetchone()
    rows = conn.execute(
        "SELECT entity, entity_id, entity_key, action, command, changes FROM history "
        "WHERE id < ? ORDER BY id DESC",
        (change_id,),
    )
    evidence = documents = 0
    # The delete's own rows only: an `evidence delete` run just before is another change.
    for entity, entity_id, entity_key, action, by, changes in rows:
        if entity not in ("evidence", "document") or action != history.DELETE:
            break
        if entity_key != key or by != command:
            break
        values = {name: old for name, (old, _new) in json.loads(changes).items()}
        if entity == "evidence":
            evidence += _evidence_back(conn, int(entity_id), record_id, key, values)
        else:
            documents += _link_back(conn, record_id, key, values)
    return Dossier(evidence, documents)


def _evidence_back(
    conn: sqlite3.Connection, evidence_id: int, record_id: int, key: str, values: dict
) -> int:
    if conn.execute("SELECT 1 FROM evidence WHERE id = ?", (evidence_id,)).fetchone():
        return 0  # ids are never given again (m013): only a restore twice would find it
    kept = {c: values.get(c) for c in EVIDENCE_COLUMNS}
    kept["date_precision"] = kept["date_precision"] or "unknown"
    conn.execute(
        f"INSERT INTO evidence (id, record_id, {', '.join(EVIDENCE_COLUMNS)}) "
        f"VALUES (?, ?, {', '.join('?' * len(EVIDENCE_COLUMNS))})",
        (evidence_id, record_id, *kept.values()),
    )
    shown = {c: v for c, v in kept.items() if v is not None}
    history.log(conn, "evidence", evidence_id, key, history.INSERT, history.inserted(shown))
    return 1


def _link_back(conn: sqlite3.Connection, record_id: int, key: str, values: dict) -> int:
    row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (values.get("sha256"),))
    document = row.fetchone()
    if document is None or not values.get("name"):
        return 0  # the file's bytes are gone from the registry: nothing to link again
    if conn.execute(
        "SELECT 1 FROM record_documents WHERE record_id = ? AND document_id = ?",
        (record_id, document[0]),
    ).fetchone():
        return 0
    link = {c: values.get(c) for c in LINK_COLUMNS}
    link["attached_at"] = link["attached_at"] or history.now()
    conn.execute(
        "INSERT INTO record_documents (record_id, document_id, name, original_location, "
        "treaty_reference, attached_at) VALUES (?, ?, ?, ?, ?, ?)",
        (record_id, document[0], *link.values()),
    )
    shown = {c: v for c, v in link.items() if v is not None and c != "attached_at"}
    changes = history.inserted({**shown, "sha256": values["sha256"]})
    history.log(conn, "document", record_id, key, history.INSERT, changes)
    return 1
