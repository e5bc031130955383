"""The columns a record is stored in, and the digest that says whether it changed.

Shared by `writer.save_record` (one record) and the bulk import (a batch at a time), so both
store the same values and compute the same digest.
"""

from __future__ import annotations

import datetime as dt
from hashlib import blake2b as _blake2b
from marshal import dumps as _dumps

from kerjasama_cli.domain.records import Record

# Columns of `records` that a write sets: the content, then what is derived from it.
CONTENT_COLUMNS = (
    "key",
    "kind",
    "type",
    "partner_id",
    "agreement_id",
    "local_party",
    "local_country",
    "date_start",
    "date_end",
    "date_precision",
    "date_note",
    "title",
    "summary",
    "status",
    "place",
    "leader",
    "notes",
    "term_years",
    "end_date",
)
RECORD_COLUMNS = (
    *CONTENT_COLUMNS,
    "governor_id",
    "governor_basis",
    "governor_candidates",
    "fingerprint",
    "updated_at",
)


def stamp(at: str) -> int:
    """A record's `created_at`/`updated_at` for a time as history writes it (ISO, UTC): Unix
    seconds. An integer takes 4 bytes where the text took 25, twice a record (m010)."""
    return int(dt.datetime.fromisoformat(at).timestamp())


def record_content(record: Record, partner: int | None, agreement: int | None) -> tuple:
    """The values of CONTENT_COLUMNS (the partner's and agreement's ids resolved)."""
    # Inline ISO dates, no helper calls: the bulk import calls this once per row.
    date = record.date
    start, end, until = date.start, date.end, record.end_date
    return (
        record.key,
        record.kind,
        record.type,
        partner,
        agreement,
        record.local_party,
        record.local_country,
        start.isoformat() if start else None,
        end.isoformat() if end else None,
        date.precision,
        record.date_note,
        record.title,
        record.summary,
        record.status,
        record.place,
        record.leader,
        record.notes,
        record.term_years,
        until.isoformat() if until else None,
    )


def digest(content: tuple[object, ...], record: Record) -> bytes:
    """A digest of everything a record says (its `record_content` and its lists); equal digests
    mean nothing to update. marshal (format 2: no shared references, so equal values give equal
    bytes) of plain tuples is fast: the bulk import computes one per row."""
    people = tuple((p.side, p.name, p.title) for p in record.people) if record.people else ()
    data = (content, people, record.sectors, record.sources)
    # 64 bits as 8 bytes (not sha1's 40 hex digits, nor 16): it only tells "changed" from
    # "unchanged" for one key, and at a million records every byte of a row counts (issue 12).
    # A digest of an older form never matches; save_record then compares the stored values
    # (`_same_as_stored`). m010 turned the 16-digit ones into these bytes.
    return _blake2b(_dumps(data, 2), digest_size=8).digest()
