"""Families and objects of records (migration m017): the SQL that derives them, and their edits.

A record's family is the one set by hand (record_families) or else the one its partner's kind
implies; its objects are its own (record_objects) or else those its sectors serve
(record_object_view). Both are read through the fragments below, over `records r` and
`partners p`, by the filters, `stats` and the report.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from kerjasama_cli.domain.cooperation import LOCAL_GOVERNMENT_KINDS, Classification
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.store.safety import history

_LOCAL_KINDS = ", ".join(f"'{k}'" for k in LOCAL_GOVERNMENT_KINDS)
FAMILY_SQL = (
    "COALESCE((SELECT rf.family FROM record_families rf WHERE rf.record_id = r.id), "
    f"CASE WHEN p.kind IN ({_LOCAL_KINDS}) THEN 'ksdpl' WHEN p.kind IS NOT NULL THEN 'ksdll' END)"
)
OBJECT_JOIN = "LEFT JOIN record_object_view ro ON ro.record_id = r.id\n"
OBJECTS_OF_SQL = "SELECT record_id FROM record_object_view WHERE object IN ({})"


def record_id(conn: sqlite3.Connection, ref: str, field: str = "RECORD") -> tuple[int, str]:
    """A record's id and key from its id or key."""
    row = conn.execute("SELECT id, key FROM records WHERE id = ? OR key = ?", (ref, ref)).fetchone()
    if row is None:
        raise ValidationError(field, ref, "no record by that id or key")
    return int(row[0]), str(row[1])


def classification(conn: sqlite3.Connection, rid: int) -> Classification:
    """The family and objects of one record."""
    key, family, family_set = conn.execute(
        f"SELECT r.key, {FAMILY_SQL}, EXISTS (SELECT 1 FROM record_families WHERE record_id = r.id)"
        " FROM records r LEFT JOIN partners p ON p.id = r.partner_id WHERE r.id = ?",
        (rid,),
    ).fetchone()
    own = [
        o
        for (o,) in conn.execute(
            "SELECT object FROM record_objects WHERE record_id = ? ORDER BY object", (rid,)
        )
    ]
    objects = own or [
        o
        for (o,) in conn.execute(
            "SELECT object FROM record_object_view WHERE record_id = ? ORDER BY object", (rid,)
        )
    ]
    return Classification(rid, key, family, bool(family_set), tuple(objects), bool(own))


def classify(
    conn: sqlite3.Connection,
    rid: int,
    family: str | None = None,
    objects: Sequence[str] | None = None,
    derive_family: bool = False,
) -> Classification:
    """Set a record's family (or go back to the derived one) and/or its objects (an empty
    sequence: back to those of its sectors). Logged in the history; call inside a transaction."""
    before = classification(conn, rid)
    if derive_family:
        conn.execute("DELETE FROM record_families WHERE record_id = ?", (rid,))
    elif family is not None:
        conn.execute("INSERT OR REPLACE INTO record_families VALUES (?, ?)", (rid, family))
    if objects is not None:
        conn.execute("DELETE FROM record_objects WHERE record_id = ?", (rid,))
        conn.executemany(
            "INSERT INTO record_objects (record_id, object) VALUES (?, ?)",
            [(rid, o) for o in objects],
        )
    after = classification(conn, rid)
    changes = history.diff(
        {"family": before.family, "family_set": before.family_set, "objects": list(before.objects)},
        {"family": after.family, "family_set": after.family_set, "objects": list(after.objects)},
    )
    if changes:
        history.log(conn, "classification", rid, after.key, history.UPDATE, changes)
    return after
