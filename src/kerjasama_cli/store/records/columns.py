"""The columns a record is stored in, and the digest that says whether it changed.

Shared by `writer.save_record` (one record) and the bulk import (a batch at a time), so both
store the same values and compute the same digest.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
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


def people_text(people: Iterable[tuple[object, object, object]]) -> str:
    """A record's people, (side, name, title) each, as they enter its digest."""
    return repr(tuple(map(tuple, people)))


def digest(content: tuple[object, ...], record: Record) -> bytes:
    """A digest of everything a record says (its `record_content` and its lists): equal digests
    mean nothing to update. Compared with `stored_digests` of the record as stored."""
    return _hash(
        content,
        people_text((p.side, p.name, p.title) for p in record.people) if record.people else "",
        "\x1c".join(record.sectors),
        "\x1c".join(record.sources),
    )


def _hash(content: tuple[object, ...], people: str, sectors: str, sources: str) -> bytes:
    # marshal (format 2: no shared references, so equal values give equal bytes, interned or
    # not) of plain tuples is fast: a re-import compares a million. 8 bytes: the digest only
    # tells "changed" from "unchanged" for one key.
    return _blake2b(_dumps((content, people, sectors, sources), 2), digest_size=8).digest()


# A record's lists as stored, each a JSON array in its order: people as [side, name, title] by
# position, sectors by position, sources' keys in citation order. (`load_record` reads them so.)
LISTS_SQL = """
  (SELECT json_group_array(json_array(side, name, title)) FROM
      (SELECT side, name, title FROM record_people WHERE record_id = r.id ORDER BY position)),
  (SELECT json_group_array(sector) FROM
      (SELECT sector FROM record_sectors WHERE record_id = r.id ORDER BY position)),
  (SELECT json_group_array(key) FROM
      (SELECT s.key FROM citations c JOIN sources s ON s.id = c.source_id
       WHERE c.entity = 'record' AND c.entity_id = r.id ORDER BY c.rowid))"""

# What `digest` covers, as stored: the content columns, then the lists.
_STORED_SQL = f"""
SELECT r.key, r.id, {", ".join(f"r.{c}" for c in CONTENT_COLUMNS)},{LISTS_SQL}
FROM json_each(?) j JOIN records r ON r.key = j.value
"""


def stored_digests(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, tuple[int, bytes]]:
    """The id and `digest` of each stored record among `keys`, computed from what is stored (a
    batch of keys in one query): no digest is kept in the table (m012, 9 bytes a record)."""
    found = {}
    width = len(CONTENT_COLUMNS)
    for row in conn.execute(_STORED_SQL, (json.dumps(list(keys)),)):
        people, sectors, sources = (json.loads(lists) for lists in row[2 + width :])
        found[row[0]] = (
            row[1],
            _hash(
                tuple(row[2 : 2 + width]),
                people_text(people) if people else "",
                "\x1c".join(sectors),
                "\x1c".join(sources),
            ),
        )
    return found
