"""Read whole entries back as domain objects: for `export`, `edit` and history diffs.

Export order is deterministic (date, then key; keys elsewhere) and never depends on row ids, so
exporting, importing into an empty database and exporting again gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from kerjasama_cli.domain.countries import export_code
from kerjasama_cli.domain.dates import FuzzyDate
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.records import EVENT, Person, Record
from kerjasama_cli.store.record_rows import LISTS_SQL

_RECORD_SQL = f"""
SELECT r.id, r.key, r.kind, r.type, p.key, r.date_start, r.date_end, r.date_precision,
       r.local_party, r.local_country, r.title, r.summary, r.status, r.place, r.leader,
       r.notes, r.date_note, a.key, r.term_years, r.end_date,{LISTS_SQL},
       p.name, p.kind, p.country, p.region
FROM records r
LEFT JOIN partners p ON p.id = r.partner_id
LEFT JOIN records a ON a.id = r.agreement_id
"""

EXPORT_ORDER = (
    " ORDER BY COALESCE(r.date_start, r.date_end) IS NULL, COALESCE(r.date_start, r.date_end),"
    " r.date_end, r.key"
)


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _record(row: tuple[Any, ...]) -> tuple[int, Record, dict[str, Any] | None]:
    people = tuple(Person(side, name, title) for side, name, title in json.loads(row[20]))
    record = Record(
        key=row[1],
        kind=row[2],
        type=row[3],
        partner=row[4],
        date=FuzzyDate(_day(row[5]), _day(row[6]), row[7]),
        local_party=row[8],
        local_country=row[9],
        title=row[10],
        summary=row[11],
        status=row[12],
        place=row[13],
        leader=row[14],
        notes=row[15],
        date_note=row[16],
        agreement=row[17],
        term_years=row[18],
        end_date=_day(row[19]),
        people=people,
        sectors=tuple(json.loads(row[21])),
        sources=tuple(json.loads(row[22])),
    )
    partner = None
    if row[4] is not None:
        partner = {"key": row[4], "name": row[23], "kind": row[24], "country": row[25]}
        partner["region"] = row[26]
    return row[0], record, partner


def load_record(conn: sqlite3.Connection, record_id: int) -> Record | None:
    """One record, whole, by id."""
    row = conn.execute(f"{_RECORD_SQL} WHERE r.id = ?", (record_id,)).fetchone()
    return _record(row)[1] if row else None


def iter_records(
    conn: sqlite3.Connection, f: RecordFilter | None = None
) -> Iterator[tuple[Record, dict[str, Any] | None]]:
    """Matching records with their partner's row, in export order, streamed."""
    from kerjasama_cli.store.reader import where_clause

    where, params = where_clause(conn, f or RecordFilter())
    cursor = conn.execute(_RECORD_SQL + where + EXPORT_ORDER, params)
    for row in cursor:
        _, record, partner = _record(row)
        yield record, partner


def _compact(item: dict[str, Any], optional: tuple[str, ...]) -> dict[str, Any]:
    """Drop the optional keys that are empty, as the seed file does."""
    return {k: v for k, v in item.items() if k not in optional or v not in (None, [], "")}


def _record_entry(record: Record, home: str | None, home_country: str | None) -> dict[str, Any]:
    people = [{"side": p.side, "name": p.name, "title": p.title} for p in record.people]
    item: dict[str, Any] = {"key": record.key, "partner": record.partner}
    if record.kind == EVENT:
        item["agreement"] = record.agreement
    item.update(
        {
            "type": record.type,
            "date": record.date.to_spec(),
            "date_note": record.date_note,
            "title": record.title,
            "summary": record.summary,
            "status": record.status,
            "place": record.place,
            "leader": record.leader,
            "participants" if record.kind == EVENT else "signatories": people,
            "sectors": list(record.sectors),
            "notes": record.notes,
            # 5 years is written `5`, not `5.0`; a part-year term keeps its fraction.
            "term_years": _whole(record.term_years),
            "end_date": record.end_date.isoformat() if record.end_date else None,
            "sources": list(record.sources),
        }
    )
    if (record.local_party, record.local_country) != (home, home_country):
        item["local_party"] = record.local_party
        item["local_country"] = export_code(record.local_country) if record.local_country else None
    return _compact(item, ("term_years", "end_date"))


def _citing(conn: sqlite3.Connection, entity: str, entity_id: int) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT s.key FROM citations c JOIN sources s ON s.id = c.source_id "
            "WHERE c.entity = ? AND c.entity_id = ? ORDER BY c.rowid",
            (entity, entity_id),
        )
    ]


def _dicts(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def export_document(conn: sqlite3.Connection, f: RecordFilter | None = None) -> dict[str, Any]:
    """The `data/seed.yaml` shape: everything needed to rebuild the matching records.

    With a filter, only the partners and sources the selected records cite come along, and the
    reported figures (registry-wide statements, not records) are left out.
    """
    f = f or RecordFilter()
    meta = dict(conn.execute("SELECT key, value FROM kerjasama_meta"))
    home, home_country = meta.get("home_party"), meta.get("home_country")
    records = list(iter_records(conn, f))
    whole = f == RecordFilter()
    wanted_partners = {r.partner for r, _ in records if r.partner}
    partners = []
    for row in _dicts(conn, "SELECT id, key, name, kind, country, region, notes FROM partners"):
        if not whole and row["key"] not in wanted_partners:
            continue
        aliases = [
            a[0]
            for a in conn.execute(
                "SELECT alias FROM partner_aliases WHERE partner_id = ? ORDER BY alias",
                (row["id"],),
            )
        ]
        partner = {k: row[k] for k in ("key", "name", "kind", "country", "region")}
        partner["country"] = export_code(row["country"]) if row["country"] else None
        partner.update(
            aliases=aliases, notes=row["notes"], sources=_citing(conn, "partner", row["id"])
        )
        partners.append(_compact(partner, ("region",)))
    partners.sort(key=lambda p: p["key"])
    figures = []
    if whole:
        for row in _dicts(conn, "SELECT * FROM reported_figures ORDER BY key"):
            period = FuzzyDate(
                _day(row["period_start"]), _day(row["period_end"]), row["period_precision"]
            )
            figure = {k: row[k] for k in ("key", "subject", "count", "qualifier")}
            figure.update(
                period=period.to_spec(),
                statement=row["statement"],
                reported_by=row["reported_by"],
                sources=_citing(conn, "figure", row["id"]),
            )
            if row["local_party"] != home:
                figure["local_party"] = row["local_party"]
            figures.append(figure)
    cited = {s for r, _ in records for s in r.sources}
    cited |= {s for p in partners for s in p["sources"]} | {
        s for g in figures for s in g["sources"]
    }
    sources = [
        s
        for s in _dicts(
            conn, "SELECT key, publication, title, author, url, published, file FROM sources"
        )
        if whole or s["key"] in cited
    ]
    sources.sort(key=lambda s: s["key"])
    leaders = []
    for row in _dicts(conn, "SELECT * FROM leaders ORDER BY term_start, key"):
        leader = {"key": row["key"], "name": row["name"], "title": row["title"]}
        leader.update(
            {"from": row["term_start"], "to": row["term_end"], "note": row["note"]},
            aliases=json.loads(row["aliases"]),
        )
        if row["local_party"] != home:
            leader["local_party"] = row["local_party"]
        leaders.append(leader)
    document: dict[str, Any] = {"version": 1}
    if home:
        country = export_code(home_country) if home_country else None
        document["home"] = {"local_party": home, "local_country": country}
    entries = [_record_entry(r, home, home_country) for r, _ in records]
    document.update(
        leaders=leaders,
        sources=sources,
        partners=partners,
        agreements=[e for e, (r, _) in zip(entries, records, strict=True) if r.kind != EVENT],
        events=[e for e, (r, _) in zip(entries, records, strict=True) if r.kind == EVENT],
        reported_figures=figures,
    )
    from kerjasama_cli.store.sectors import exported

    added = exported(conn)
    if added:  # the bureau's own sectors travel with the records that use them
        document["sectors"] = added
    return document


def _whole(number: float | None) -> float | int | None:
    """`5.0` -> `5`; other numbers (and None) as they are."""
    return int(number) if isinstance(number, float) and number.is_integer() else number
