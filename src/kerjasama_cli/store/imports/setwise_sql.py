"""The set-wise import's SQL (setwise.py runs it), in the order it runs on each chunk: the
staging table, the records joined from the staged rows and the code tables (store/imports/
values.py), the check of an event's status, sectors and people, the search rows, the stages, and
the check against the records stored before the file.

The staging columns are a row's codes (files/bulk_rows.py makes them): `t` its (kind, type)
pair, `d` its date text, `p` its partner with its country, `st` its status, `se` its sectors
text, `pe` its signatories, `lo` its local party, `g` the governor question these raise.
"""

from __future__ import annotations

from kerjasama_cli.store.imports.values import TABLES
from kerjasama_cli.store.records.columns import CONTENT_COLUMNS

# The load's temporary tables: a chunk's staged rows, their record ids in order (`srow`: the
# staged row's rowid), each partner's search text, and the stored records of the file's partners.
CREATE_TEMP = (
    "CREATE TEMP TABLE bulk_stage (t INTEGER, d INTEGER, p INTEGER, st INTEGER,"
    " se INTEGER, pe INTEGER, lo INTEGER, g INTEGER, key TEXT, title TEXT, summary TEXT,"
    " place TEXT, notes TEXT, date_note TEXT, stage TEXT, leader TEXT)",
    "CREATE TEMP TABLE bulk_ord (id INTEGER PRIMARY KEY, srow INTEGER)",
    "CREATE TEMP TABLE bulk_partner_text (id INTEGER PRIMARY KEY, partner, country, notes)",
    "CREATE TEMP TABLE bulk_known (partner_id, kind, type, date_start, date_end,"
    " date_precision, local_party, title)",
    "CREATE INDEX temp.bulk_known_at ON bulk_known (partner_id, type, date_start)",
)


# The records' columns (CONTENT_COLUMNS, then the derived ones) from a staged row and its codes;
# its free texts are already `text.strip() or None` (files/bulk_rows.py).
_KEY = (
    "COALESCE(s.key, CASE WHEN p.pslug <> '' AND d.iso <> '' AND l.home"
    " THEN p.pslug || '-' || t.tslug || '-' || d.iso"
    " ELSE kerjasama_bulk_key(p.pkey, s.title, t.type, d.iso, l.named, l.country) END)"
)
_CONTENT = {
    "key": _KEY,
    "kind": "t.kind",
    "type": "t.type",
    "partner_id": "p.pid",
    "agreement_id": "NULL",
    "local_party": "l.party",
    # A row that names no country takes its government's (Kota Surabaya: ID), as the row path.
    "local_country": "COALESCE(l.country, "
    "(SELECT g.country FROM local_governments g WHERE g.name = l.party))",
    "date_start": "d.ds",
    "date_end": "d.de",
    "date_precision": "d.prec",
    "date_note": "s.date_note",
    "title": "s.title",
    "summary": "s.summary",
    "status": "st.status",
    "place": "s.place",
    "leader": "s.leader",
    "notes": "s.notes",
    "term_years": "NULL",
    "end_date": "NULL",
}
assert tuple(_CONTENT) == CONTENT_COLUMNS
# CROSS JOIN keeps SQLite's loops in this order: the chunk's ids in order, each row by rowid.
_ROWS = "FROM bulk_ord o CROSS JOIN bulk_stage s ON s.rowid = o.srow"
_SPAN = "WHERE o.id BETWEEN :first AND :last"
INSERT_RECORDS = (
    f"INSERT INTO records (id, {', '.join(CONTENT_COLUMNS)}, governor_id, governor_basis,"
    " governor_candidates, updated_at, created_at)"
    f" SELECT o.id, {', '.join(_CONTENT.values())}, g.gid, g.basis, g.cands, :now, :now {_ROWS}"
    " LEFT JOIN bulk_type t ON t.rowid = s.t LEFT JOIN bulk_date d ON d.rowid = s.d"
    " LEFT JOIN bulk_partner p ON p.rowid = s.p LEFT JOIN bulk_status st ON st.rowid = s.st"
    " LEFT JOIN bulk_local l ON l.rowid = s.lo LEFT JOIN bulk_governor g ON g.rowid = s.g"
    f" {_SPAN} ORDER BY o.id"
)
# A row of an event with a status: an event has no validity (domain/record_rules.py).
EVENT_STATUS = (
    "SELECT 1 FROM bulk_stage s JOIN bulk_type t ON t.rowid = s.t"
    " JOIN bulk_status st ON st.rowid = s.st WHERE s.rowid BETWEEN ? AND ?"
    " AND t.kind <> 'agreement' AND st.status IS NOT NULL LIMIT 1"
)
INSERT_SECTORS = (
    "INSERT INTO record_sectors (record_id, sector, position) SELECT o.id, i.sector, i.position"
    f" {_ROWS} CROSS JOIN bulk_sector_items i ON i.code = s.se {_SPAN}"
)
INSERT_PEOPLE = (
    "INSERT INTO record_people (record_id, position, side, name, title)"
    " SELECT o.id, i.position, i.side, i.name, i.title"
    f" {_ROWS} CROSS JOIN bulk_people_items i ON i.code = s.pe {_SPAN} ORDER BY o.id, i.position"
)
# The search rows as the `search_source` view gives them (store/fulltext/external.py), its
# partner columns computed once per partner.
PARTNER_TEXT = (
    "INSERT OR IGNORE INTO bulk_partner_text SELECT p.id,"
    " p.name || COALESCE('; ' || (SELECT group_concat(a.alias, '; ')"
    " FROM partner_aliases a WHERE a.partner_id = p.id), ''),"
    " p.country || COALESCE(' ' || p.region, ''), p.notes"
    " FROM partners p WHERE p.id IN (SELECT pid FROM bulk_partner WHERE rowid > ?)"
)
INSERT_SEARCH = (
    "INSERT INTO search_index (rowid, title, type, partner, people, sectors, country, summary,"
    " place, sources, notes, partner_notes)"
    " SELECT r.id, r.title, replace(r.type, '_', ' '), pt.partner,"
    " CASE WHEN r.leader IS NULL THEN pe.fts ELSE COALESCE(pe.fts || '; ', '') || r.leader END,"
    " se.fts, pt.country, r.summary, r.place, NULL,"
    " trim(COALESCE(r.notes, '') || ' ' || COALESCE(r.date_note, '')), pt.notes"
    f" {_ROWS} CROSS JOIN records r ON r.id = o.id"
    " LEFT JOIN bulk_partner_text pt ON pt.id = r.partner_id"
    " LEFT JOIN bulk_sectors se ON se.rowid = s.se LEFT JOIN bulk_people pe ON pe.rowid = s.pe"
    f" {_SPAN} ORDER BY o.id"
)
# The chunk's rows that give a stage (a draft's), with their record's key and local party.
STAGED = (
    f"SELECT r.key, s.stage, r.local_party {_ROWS} CROSS JOIN records r ON r.id = o.id"
    f" {_SPAN} AND s.stage IS NOT NULL ORDER BY o.id"
)
# The stored records of the partners the file names that existed before it (issue 19: a row
# like one of them, with no key of its own, is refused by the row path, so declined here).
KNOWN = (
    "INSERT INTO bulk_known SELECT partner_id, kind, type, date_start, date_end, date_precision,"
    " local_party, title FROM records WHERE id < :first_new AND partner_id IN"
    " (SELECT pid FROM bulk_partner WHERE rowid > :seen AND pid < :partners_new)"
)
REPEATS = (
    f"SELECT 1 {_ROWS} CROSS JOIN records n ON n.id = o.id"
    " CROSS JOIN bulk_known k ON k.partner_id = n.partner_id AND k.kind = n.kind"
    " AND k.type = n.type AND k.date_start IS n.date_start AND k.date_end IS n.date_end"
    " AND k.date_precision IS n.date_precision AND k.local_party = n.local_party"
    " AND (k.title IS NULL OR n.title IS NULL OR k.title = n.title COLLATE NOCASE)"
    f" {_SPAN} AND s.key IS NULL LIMIT 1"
)
TEMP_TABLES = (*TABLES, "bulk_stage", "bulk_ord", "bulk_partner_text", "bulk_known")
