"""Read whole entries back as domain objects: for `export`, `edit` and history diffs.

Export order is deterministic (date, then key; keys elsewhere) and never depends on row ids, so
exporting, importing into an empty database and exporting again gives the same bytes.
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
from kerjasama_cli.domain.records import Person, Record
from kerjasama_cli.store.queries.validity import EVENT_STATUS, EVENT_TERM
from kerjasama_cli.store.records.columns import LISTS_SQL

_RECORD_SQL = f"""
SELECT r.id, r.key, r.kind, r.type, p.key, r.date_start, r.date_end, r.date_precision,
       r.local_party, r.local_country, r.title, r.summary, {EVENT_STATUS}, r.place, r.leader,
       r.notes, r.date_note, a.key, {EVENT_TERM.format(column="r.term_years")},
       {EVENT_TERM.format(column="r.end_date")},{LISTS_SQL},
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


def _compact(item: dict[str, Any], optional: tuple[str, ...]) -> dict[str, Any]:
    """Drop the optional keys that are empty, as the seed file does."""
    return {k: v for k, v in item.items() if k not in optional or v not in (None, [], "")}


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


_PARTNERS_SQL = """
SELECT p.key, p.name, p.kind, p.country, p.region,
       (SELECT json_group_array(alias) FROM
          (SELECT alias FROM partner_aliases a WHERE a.partner_id = p.id ORDER BY alias)),
       p.notes,
       (SELECT json_group_array(key) FROM
          (SELECT s.key FROM citations c JOIN sources s ON s.id = c.source_id
           WHERE c.entity = 'partner' AND c.entity_id = p.id ORDER BY c.rowid))
FROM partners p
"""
_SOURCES_SQL = "SELECT key, publication, title, author, url, published, file FROM sources s"


def export_document(conn: sqlite3.Connection, f: RecordFilter | None = None) -> dict[str, Any]:
    """The `data/seed.yaml` shape: everything needed to rebuild the matching records.

    With a filter, only the partners and sources the selected records cite come along, and the
    reported figures (registry-wide statements, not records) are left out. The partners and
    the records are iterators, read as the writer consumes them (`files.writers`), in this
    order: the document is never held whole, whatever the size of the registry.
    """
    from kerjasama_cli.store.queries.reader import ROWS_FROM, where_clause

    f = f or RecordFilter()
    meta = dict(conn.execute("SELECT key, value FROM kerjasama_meta"))
    home, home_country = meta.get("home_party"), meta.get("home_country")
    whole = f == RecordFilter()
    # The selection's partners and cited sources, worked out in SQL (set-wise).
    partner_where, source_where, params = "", "", []
    if not whole:
        where, params = where_clause(conn, f)
        selected = f"SELECT r.id {ROWS_FROM}{where}"
        partner_ids = f"SELECT r.partner_id {ROWS_FROM}{where}"
        partner_where = f" WHERE p.id IN ({partner_ids})"
        source_where = (
            " WHERE s.id IN (SELECT c.source_id FROM citations c WHERE "
            f"(c.entity = 'record' AND c.entity_id IN ({selected})) OR "
            f"(c.entity = 'partner' AND c.entity_id IN ({partner_ids})))"
            # and those the records' evidence cites
            f" OR s.key IN (SELECT e.source FROM evidence e WHERE e.record_id IN ({selected}))"
        )
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
                figure["local_country"] = row["local_country"]
            figures.append(figure)
    sources = _dicts(
        conn, f"{_SOURCES_SQL}{source_where} ORDER BY key COLLATE BINARY", tuple(params * 3)
    )
    leaders = []
    for row in _dicts(conn, "SELECT * FROM leaders ORDER BY term_start, key"):
        leader = {"key": row["key"], "name": row["name"], "title": row["title"]}
        leader.update(
            {
                # stored as ISO; written with '!' outside 1900-2100, so import reads them back
                "from": day_text(row["term_start"]),
                "to": day_text(row["term_end"]),
                "note": row["note"],
            },
            aliases=json.loads(row["aliases"]),
        )
        if row["local_party"] != home:
            leader["local_party"] = row["local_party"]
            leader["local_country"] = row["local_country"]  # London, GB's or London, CA's
        leaders.append(leader)
    document: dict[str, Any] = {"version": 1}
    if home:
        country = export_code(home_country) if home_country else None
        document["home"] = {"local_party": home, "local_country": country}

    def entries(events: bool) -> Iterator[dict[str, Any]]:
        return _entries(conn, f, events, home, home_country)

    document.update(
        leaders=leaders,
        sources=sources,
        partners=_partners(
            conn, f"{_PARTNERS_SQL}{partner_where} ORDER BY p.key COLLATE BINARY", params
        ),
        agreements=entries(events=False),
        events=entries(events=True),
        reported_figures=figures,
    )
    evidence_where = "" if whole else f" WHERE e.record_id IN ({selected})"
    if conn.execute(f"SELECT 1 FROM evidence e{evidence_where} LIMIT 1", params).fetchone():
        # the stages the records' evidence proves, as data/seed.yaml gives them: import
        # stores them again (an export without them lost every stage on the way)
        document["evidence"] = _evidence(conn, evidence_where, params)
    from kerjasama_cli.store.records.sectors import exported

    added = exported(conn)
    if added:  # the bureau's own sectors travel with the records that use them
        document["sectors"] = added
    return document


@functools.lru_cache(maxsize=1 << 16)
def _spec(start: str | None, end: str | None, precision: str) -> str | dict[str, str] | None:
    return FuzzyDate(_day(start), _day(end), precision).to_spec()


def _entries(
    conn: sqlite3.Connection,
    f: RecordFilter,
    events: bool,
    home: str | None,
    home_country: str | None,
) -> Iterator[dict[str, Any]]:
    """The seed-shaped entry of each matching record (events or agreements), in export order,
    made from the query's columns without building a Record first (most of a large export's
    time went there): the optional keys left out when empty, the local party when it is not
    the home government."""
    from kerjasama_cli.store.queries.reader import where_clause

    where, params = where_clause(conn, f)
    kind_clause = "r.kind = 'event'" if events else "r.kind <> 'event'"
    where = f"{where} AND {kind_clause}" if where else f" WHERE {kind_clause}"
    cursor = conn.execute(_RECORD_SQL + where + EXPORT_ORDER, params)
    loads, spec, people_key = json.loads, _spec, "participants" if events else "signatories"
    while rows := cursor.fetchmany(1000):
        # the rows' lists decoded in one call a chunk rather than three a row
        lists = loads("[" + ",".join(f"[{r[20]},{r[21]},{r[22]}]" for r in rows) + "]")
        for row, (people, sectors, sources) in zip(rows, lists, strict=True):
            item: dict[str, Any] = {"key": row[1], "partner": row[4]}
            if events:
                item["agreement"] = row[17]
            date = spec(row[5], row[6], row[7])
            item.update(
                {
                    "type": row[3],
                    # a dict shared by two entries would be written as a YAML alias
                    "date": dict(date) if isinstance(date, dict) else date,
                    "date_note": row[16],
                    "title": row[10],
                    "summary": row[11],
                    "status": row[12],
                    "place": row[13],
                    "leader": row[14],
                    people_key: [
                        {"side": side, "name": name, "title": title} for side, name, title in people
                    ],
                    "sectors": sectors,
                    "notes": row[15],
                }
            )
            # the optional keys, left out when empty (as _compact does)
            if row[18] is not None:
                item["term_years"] = _whole(row[18])
            if row[19]:
                item["end_date"] = day_text(row[19])  # stored as ISO; '!' past 2100
            item["sources"] = sources
            if (row[8], row[9]) != (home, home_country):
                item["local_party"] = row[8]
                item["local_country"] = export_code(row[9]) if row[9] else None
            yield item


_EVIDENCE_SQL = """
SELECT r.key, e.stage, e.date_start, e.date_end, e.date_precision, e.number, e.document,
       e.note, e.source
FROM evidence e JOIN records r ON r.id = e.record_id
"""


def _evidence(conn: sqlite3.Connection, where: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    """The `evidence:` entries of the selected records (domain/stages.parse_evidence_items reads
    them back), by record key, then in the order they were stored."""
    sql = f"{_EVIDENCE_SQL}{where} ORDER BY r.key COLLATE BINARY, e.id"
    for key, stage, start, end, precision, number, document, note, source in conn.execute(
        sql, params
    ):
        date = _spec(start, end, precision)
        item = {
            "record": key,
            "stage": stage,
            "date": dict(date) if isinstance(date, dict) else date,
        }
        item.update(number=number, document=document, note=note, source=source)
        yield _compact(item, ("number", "document", "note", "source"))


def _partners(conn: sqlite3.Connection, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    loads = json.loads
    for key, name, kind, country, region, aliases, notes, sources in conn.execute(sql, params):
        partner = {"key": key, "name": name, "kind": kind}
        partner["country"] = export_code(country) if country else None
        partner.update(region=region, aliases=loads(aliases), notes=notes, sources=loads(sources))
        yield _compact(partner, ("region",))


def _whole(number: float | None) -> float | int | None:
    """`5.0` -> `5`; other numbers (and None) as they are."""
    return int(number) if isinstance(number, float) and number.is_integer() else number
