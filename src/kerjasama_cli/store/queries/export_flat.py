"""`export --format csv|ndjson|xlsx`: the flat rows straight from SQL, streamed.

The rows are `domain.tabular.flat_row` of each record, made from the query's columns without
building a `Record` (and a `FuzzyDate`, and a `Person` per signatory) first: that detour was
two thirds of an export's time, which took twice as long as importing the same rows.
`tests/test_flat_reference.py` holds the two equal.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from kerjasama_cli.domain.countries import export_code
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.fuzzy_date import FuzzyDate, day_text
from kerjasama_cli.domain.tabular import FIELDS, date_text
from kerjasama_cli.store.dossier.stages import LIST_OWNER_SQL
from kerjasama_cli.store.queries.filters import where_clause
from kerjasama_cli.store.queries.validity import EVENT_STATUS, EVENT_TERM
from kerjasama_cli.store.records.entries import EXPORT_ORDER


@functools.lru_cache(maxsize=1 << 16)
def _date(start: str | None, end: str | None, precision: str) -> str | None:
    day = dt.date.fromisoformat
    return date_text(FuzzyDate(day(start) if start else None, day(end) if end else None, precision))


@functools.lru_cache(maxsize=1 << 10)
def _code(country: str | None) -> str | None:
    return export_code(country) if country else None


def _people(text: str) -> tuple[list[str], list[str]]:
    """The home and partner sides' `Name (Title)` texts (tabular.person_text)."""
    people = json.loads(text)
    return (
        [f"{n} ({t})" if t else n for side, n, t in people if side == "home"],
        [f"{n} ({t})" if t else n for side, n, t in people if side == "partner"],
    )


# exporting._RECORD_SQL with the sectors and sources joined by the unit separator (keys and
# vocabulary slugs never hold it): a split is cheaper than a JSON array per row. Last, the
# furthest stage (in its local party's list) of the record's own evidence, but for one its type
# proves (an LoI's `loi`): import stores the others as evidence again, so a round trip gives
# the same file. One index probe a record (evidence_record), nothing when it has none.
_FLAT_SQL = f"""
SELECT r.key, r.kind, r.type, p.name, p.key, p.kind, p.country, p.region,
       r.date_start, r.date_end, r.date_precision, r.date_note, r.title, r.summary, {EVENT_STATUS},
       r.place, r.leader,
       (SELECT json_group_array(json_array(side, name, title)) FROM
          (SELECT side, name, title FROM record_people WHERE record_id = r.id ORDER BY position)),
       (SELECT group_concat(sector, char(31)) FROM
          (SELECT sector FROM record_sectors WHERE record_id = r.id ORDER BY position)),
       r.notes,
       (SELECT group_concat(key, char(31)) FROM
          (SELECT s.key FROM citations c JOIN sources s ON s.id = c.source_id
           WHERE c.entity = 'record' AND c.entity_id = r.id ORDER BY c.rowid)),
       a.key, {EVENT_TERM.format(column="r.term_years")},
       {EVENT_TERM.format(column="r.end_date")}, r.local_party, r.local_country,
       (SELECT e.stage FROM evidence e
          LEFT JOIN stage_lists l ON l.stage = e.stage AND l.owner = {{owner}}
        WHERE e.record_id = r.id
          AND (l.types IS NULL OR r.type NOT IN (SELECT value FROM json_each(l.types)))
        ORDER BY l.position DESC, e.id DESC LIMIT 1)
FROM records r
LEFT JOIN partners p ON p.id = r.partner_id
LEFT JOIN records a ON a.id = r.agreement_id
""".replace("{owner}", LIST_OWNER_SQL.format(party="r.local_party"))


def iter_flat(conn: sqlite3.Connection, f: RecordFilter | None = None) -> Iterator[tuple[Any, ...]]:
    """The flat rows' values (FIELDS order) of the matching records, in export order, streamed:
    `flat_row` of each record."""
    where, params = where_clause(conn, f or RecordFilter())
    cursor = conn.execute(_FLAT_SQL + where + EXPORT_ORDER, params)
    date, code, people, sep = _date, _code, _people, "\x1f"
    while rows := cursor.fetchmany(1000):
        for (key, kind, type_, name, partner, partner_kind, country, region, start, end,
             precision, date_note, title, summary, status, place, leader, persons, sectors,
             notes, sources, agreement, term, end_date, local, local_country, stage,
             ) in rows:  # fmt: skip
            home, other = people(persons) if persons != "[]" else ([], [])
            yield (
                key, kind, type_, name, partner,
                partner_kind if partner is not None else None,
                code(country) if partner is not None else None,
                region if partner is not None else None,
                date(start, end, precision), date_note, title, summary, status, place, leader,
                home, other,
                sectors.split(sep) if sectors else [],
                notes,
                sources.split(sep) if sources else [],
                agreement, term, day_text(end_date), local, code(local_country), stage,
            )  # fmt: skip


def flat_dicts(rows: Iterator[tuple[Any, ...]]) -> Iterator[dict[str, Any]]:
    """The rows as FIELDS-keyed dicts (`flat_row`'s shape)."""
    keys = FIELDS
    for values in rows:
        yield dict(zip(keys, values, strict=True))
