"""A record the registry already holds under another key: same partner, type, date and local
party (issue 19). `add` and `import` refuse such a record unless told it is another (`--new`, a
key given on purpose, or a title that differs from the stored one's); `check` lists the pairs
already stored (store/dossier/checks.py)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.records import Record

# Records alike: one partner, kind, type, date (start, end, precision) and local party, and no
# two different titles. Uses records_partner (partner_id, kind, type, date_start).
_SAME = (
    "SELECT id, key, title FROM records WHERE partner_id = ? AND kind = ? AND type = ?"
    " AND date_start IS ? AND date_end IS ? AND date_precision IS ? AND local_party = ?"
    " AND (title IS NULL OR ? IS NULL OR title = ? COLLATE NOCASE) AND id < ?"
    " ORDER BY id LIMIT 1"
)


@dataclass(frozen=True)
class Existing:
    """The stored record a new one repeats."""

    id: int
    key: str
    title: str | None


def same_record(
    conn: sqlite3.Connection, record: Record, partner_id: int, below: int | None = None
) -> Existing | None:
    """A stored record (with an id below `below`: those before an import) that `record`
    repeats, or None."""
    date = record.date
    row = conn.execute(
        _SAME,
        (
            partner_id,
            record.kind,
            record.type,
            date.start.isoformat() if date.start else None,
            date.end.isoformat() if date.end else None,
            date.precision,
            record.local_party,
            record.title,
            record.title,
            below if below is not None else 1 << 62,
        ),
    ).fetchone()
    return Existing(*row) if row else None


def repeated(field: str, value: str, existing: Existing, option: str = "--new") -> ValidationError:
    """The one-line refusal: which record it repeats, and the ways on."""
    title = f', "{existing.title}"' if existing.title else ""
    return ValidationError(
        field,
        value,
        "same partner, type and date as record {id} ({key}); "
        "`kerjasama edit {id}` changes it, {option} adds another",
        id=existing.id,
        key=f"{existing.key}{title}",
        option=option,
    )
