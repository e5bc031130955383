"""m014_merge_alias_duplicates, its record merge: frozen with the migration
(store/database/migrations.py says why it merges). A migration never calls live store code, which
will change; this module is the migration's own and is never edited once released."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3


def slug(text: str) -> str:
    # domain/keys.slug_part as it stood at m014, frozen here (a migration never calls live code).
    import re
    import unicodedata

    norm = unicodedata.normalize("NFKD", text)
    slug = re.sub(r"[^a-z0-9]+", "-", norm.encode("ascii", "ignore").decode().lower()).strip("-")
    return slug or re.sub(r"[\W_]+", "-", norm.lower()).strip("-")


FILL = ("title", "summary", "status", "place", "leader", "notes", "date_note", "agreement_id")


def _values(conn: sqlite3.Connection, record_id: int) -> dict[str, object]:
    row = conn.execute(f"SELECT key, {', '.join(FILL)} FROM records WHERE id = ?", (record_id,))
    return dict(zip(("key", *FILL), row.fetchone(), strict=True))


def merge_group(
    conn: sqlite3.Connection,
    keeper: tuple[int, str, bool],
    others: list[tuple[int, str, bool]],
    stem: str,
    names: dict[str, tuple[str, list[str], str | None]],
) -> None:
    """Merge `others` (id, the name its key used, whether that is the government's own) into
    `keeper`: its empty fields, sectors, people, citations and events; each other deleted with
    a history row of its values; the keeper keyed by the government's own name."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    command = "migrate m014_merge_alias_duplicates"
    keep_id = keeper[0]
    log = (
        "INSERT INTO history (at, command, entity, entity_id, entity_key, action, changes)"
        " VALUES (?, ?, 'record', ?, ?, ?, ?)"
    )
    for other_id, _name, _canonical in others:
        old, keep = _values(conn, other_id), _values(conn, keep_id)
        filled = {f: [None, old[f]] for f in FILL if keep[f] is None and old[f] is not None}
        for name, (_, value) in filled.items():
            conn.execute(f"UPDATE records SET {name} = ? WHERE id = ?", (value, keep_id))
        conn.execute(
            "INSERT OR IGNORE INTO record_sectors (record_id, sector, position)"
            " SELECT ?, sector, position + 1000 FROM record_sectors WHERE record_id = ?",
            (keep_id, other_id),
        )
        conn.execute(
            "INSERT INTO record_people (record_id, position, side, name, title)"
            " SELECT ?, position + 1000, side, name, title FROM record_people p"
            " WHERE record_id = ? AND NOT EXISTS (SELECT 1 FROM record_people k"
            "  WHERE k.record_id = ? AND k.side = p.side AND k.name = p.name)",
            (keep_id, other_id, keep_id),
        )
        conn.execute(
            "INSERT OR IGNORE INTO citations (entity, entity_id, source_id)"
            " SELECT 'record', ?, source_id FROM citations"
            " WHERE entity = 'record' AND entity_id = ?",
            (keep_id, other_id),
        )
        conn.execute(
            "UPDATE records SET agreement_id = ? WHERE agreement_id = ?", (keep_id, other_id)
        )
        values = {k: [v, None] for k, v in old.items() if v is not None and k != "key"}
        values["merged_into"] = [None, keep["key"]]
        conn.execute("DELETE FROM citations WHERE entity = 'record' AND entity_id = ?", (other_id,))
        conn.execute("DELETE FROM records WHERE id = ?", (other_id,))
        conn.execute(log, (now, command, other_id, old["key"], "delete", json.dumps(values)))
        if filled:
            conn.execute(log, (now, command, keep_id, keep["key"], "update", json.dumps(filled)))
    if not keeper[2]:  # the oldest stays: keyed now by the government's own name
        party = conn.execute(
            "SELECT local_party, local_country FROM records WHERE id = ?", (keep_id,)
        ).fetchone()
        canonical = names.get(party[0].casefold(), (party[0], [], None))[0]
        tail = f"-{slug(canonical)}" + (f"-{slug(party[1])}" if party[1] else "")
        old_key = conn.execute("SELECT key FROM records WHERE id = ?", (keep_id,)).fetchone()[0]
        new_key = stem + tail
        if not conn.execute("SELECT 1 FROM records WHERE key = ?", (new_key,)).fetchone():
            conn.execute("UPDATE records SET key = ? WHERE id = ?", (new_key, keep_id))
            conn.execute(
                log,
                (now, command, keep_id, new_key, "update", json.dumps({"key": [old_key, new_key]})),
            )
