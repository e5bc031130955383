"""m024_partner_counts' tables, triggers and index. Frozen at commit d8b36b8 (branch i20d)
from store/briefing/counts_table.py: what m024 executes, byte for byte. Never edit: a change
is a new migration."""

from __future__ import annotations

# partner_counts, governor_counts, year_counts; their fill from the records; the insert,
# delete and per-table update triggers that keep them; records_in_force.
SQL: list[str] = [
    (
        "CREATE TABLE partner_counts (partner_id INTEGER NOT NULL, records INTEGER NOT NULL, "
        "agreements INTEGER NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (partner_id)) "
        "WITHOUT ROWID"
    ),
    (
        "CREATE TABLE governor_counts (governor_id INTEGER NOT NULL, governor_basis TEXT NOT "
        "NULL, local_party TEXT NOT NULL, partner_id INTEGER NOT NULL, records INTEGER NOT "
        "NULL, agreements INTEGER NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (governor_id, "
        "governor_basis, local_party, partner_id)) WITHOUT ROWID"
    ),
    (
        "CREATE TABLE year_counts (year TEXT NOT NULL, type TEXT NOT NULL, records INTEGER NOT "
        "NULL, agreements INTEGER NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (year, type)) "
        "WITHOUT ROWID"
    ),
    (
        "INSERT INTO partner_counts (partner_id, records, agreements, events) SELECT "
        "COALESCE(r.partner_id, 0), count(*), sum(r.kind = 'agreement'), sum(r.kind = 'event') "
        "FROM records r WHERE true GROUP BY 1 ON CONFLICT (partner_id) DO UPDATE SET records = "
        "records + excluded.records, agreements = agreements + excluded.agreements, events = "
        "events + excluded.events"
    ),
    (
        "INSERT INTO governor_counts (governor_id, governor_basis, local_party, partner_id, "
        "records, agreements, events) SELECT COALESCE(r.governor_id, 0), r.governor_basis, "
        "r.local_party, COALESCE(r.partner_id, 0), count(*), sum(r.kind = 'agreement'), "
        "sum(r.kind = 'event') FROM records r WHERE true GROUP BY 1, 2, 3, 4 ON CONFLICT "
        "(governor_id, governor_basis, local_party, partner_id) DO UPDATE SET records = "
        "records + excluded.records, agreements = agreements + excluded.agreements, events = "
        "events + excluded.events"
    ),
    (
        "INSERT INTO year_counts (year, type, records, agreements, events) SELECT "
        "COALESCE(CASE WHEN r.date_start IS NULL OR r.date_end IS NULL THEN NULL WHEN "
        "substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4) "
        "ELSE substr(r.date_start, 1, 4) || '-' || substr(r.date_end, 1, 4) END, ''), r.type, "
        "count(*), sum(r.kind = 'agreement'), sum(r.kind = 'event') FROM records r WHERE true "
        "GROUP BY 1, 2 ON CONFLICT (year, type) DO UPDATE SET records = records + "
        "excluded.records, agreements = agreements + excluded.agreements, events = events + "
        "excluded.events"
    ),
    (
        "CREATE TRIGGER record_counts_insert AFTER INSERT ON records BEGIN INSERT INTO "
        "partner_counts (partner_id, records, agreements, events) SELECT "
        "COALESCE(NEW.partner_id, 0), 1, (NEW.kind = 'agreement'), (NEW.kind = 'event') ON "
        "CONFLICT (partner_id) DO UPDATE SET records = records + excluded.records, agreements "
        "= agreements + excluded.agreements, events = events + excluded.events; INSERT INTO "
        "governor_counts (governor_id, governor_basis, local_party, partner_id, records, "
        "agreements, events) SELECT COALESCE(NEW.governor_id, 0), NEW.governor_basis, "
        "NEW.local_party, COALESCE(NEW.partner_id, 0), 1, (NEW.kind = 'agreement'), (NEW.kind "
        "= 'event') ON CONFLICT (governor_id, governor_basis, local_party, partner_id) DO "
        "UPDATE SET records = records + excluded.records, agreements = agreements + "
        "excluded.agreements, events = events + excluded.events; INSERT INTO year_counts "
        "(year, type, records, agreements, events) SELECT COALESCE(CASE WHEN NEW.date_start IS "
        "NULL OR NEW.date_end IS NULL THEN NULL WHEN substr(NEW.date_start, 1, 4) = "
        "substr(NEW.date_end, 1, 4) THEN substr(NEW.date_start, 1, 4) ELSE "
        "substr(NEW.date_start, 1, 4) || '-' || substr(NEW.date_end, 1, 4) END, ''), NEW.type, "
        "1, (NEW.kind = 'agreement'), (NEW.kind = 'event') ON CONFLICT (year, type) DO UPDATE "
        "SET records = records + excluded.records, agreements = agreements + "
        "excluded.agreements, events = events + excluded.events; END"
    ),
    (
        "CREATE TRIGGER record_counts_delete AFTER DELETE ON records BEGIN INSERT INTO "
        "partner_counts (partner_id, records, agreements, events) SELECT "
        "COALESCE(OLD.partner_id, 0), -1, -(OLD.kind = 'agreement'), -(OLD.kind = 'event') ON "
        "CONFLICT (partner_id) DO UPDATE SET records = records + excluded.records, agreements "
        "= agreements + excluded.agreements, events = events + excluded.events; DELETE FROM "
        "partner_counts WHERE partner_id = COALESCE(OLD.partner_id, 0) AND records = 0; INSERT "
        "INTO governor_counts (governor_id, governor_basis, local_party, partner_id, records, "
        "agreements, events) SELECT COALESCE(OLD.governor_id, 0), OLD.governor_basis, "
        "OLD.local_party, COALESCE(OLD.partner_id, 0), -1, -(OLD.kind = 'agreement'), "
        "-(OLD.kind = 'event') ON CONFLICT (governor_id, governor_basis, local_party, "
        "partner_id) DO UPDATE SET records = records + excluded.records, agreements = "
        "agreements + excluded.agreements, events = events + excluded.events; DELETE FROM "
        "governor_counts WHERE governor_id = COALESCE(OLD.governor_id, 0) AND governor_basis = "
        "OLD.governor_basis AND local_party = OLD.local_party AND partner_id = "
        "COALESCE(OLD.partner_id, 0) AND records = 0; INSERT INTO year_counts (year, type, "
        "records, agreements, events) SELECT COALESCE(CASE WHEN OLD.date_start IS NULL OR "
        "OLD.date_end IS NULL THEN NULL WHEN substr(OLD.date_start, 1, 4) = "
        "substr(OLD.date_end, 1, 4) THEN substr(OLD.date_start, 1, 4) ELSE "
        "substr(OLD.date_start, 1, 4) || '-' || substr(OLD.date_end, 1, 4) END, ''), OLD.type, "
        "-1, -(OLD.kind = 'agreement'), -(OLD.kind = 'event') ON CONFLICT (year, type) DO "
        "UPDATE SET records = records + excluded.records, agreements = agreements + "
        "excluded.agreements, events = events + excluded.events; DELETE FROM year_counts WHERE "
        "year = COALESCE(CASE WHEN OLD.date_start IS NULL OR OLD.date_end IS NULL THEN NULL "
        "WHEN substr(OLD.date_start, 1, 4) = substr(OLD.date_end, 1, 4) THEN "
        "substr(OLD.date_start, 1, 4) ELSE substr(OLD.date_start, 1, 4) || '-' || "
        "substr(OLD.date_end, 1, 4) END, '') AND type = OLD.type AND records = 0; END"
    ),
    (
        "CREATE TRIGGER partner_counts_update AFTER UPDATE OF partner_id, kind ON records WHEN "
        "OLD.partner_id IS NOT NEW.partner_id OR OLD.kind IS NOT NEW.kind BEGIN INSERT INTO "
        "partner_counts (partner_id, records, agreements, events) SELECT "
        "COALESCE(OLD.partner_id, 0), -1, -(OLD.kind = 'agreement'), -(OLD.kind = 'event') ON "
        "CONFLICT (partner_id) DO UPDATE SET records = records + excluded.records, agreements "
        "= agreements + excluded.agreements, events = events + excluded.events; DELETE FROM "
        "partner_counts WHERE partner_id = COALESCE(OLD.partner_id, 0) AND records = 0; INSERT "
        "INTO partner_counts (partner_id, records, agreements, events) SELECT "
        "COALESCE(NEW.partner_id, 0), 1, (NEW.kind = 'agreement'), (NEW.kind = 'event') ON "
        "CONFLICT (partner_id) DO UPDATE SET records = records + excluded.records, agreements "
        "= agreements + excluded.agreements, events = events + excluded.events; END"
    ),
    (
        "CREATE TRIGGER governor_counts_update AFTER UPDATE OF governor_id, governor_basis, "
        "local_party, partner_id, kind ON records WHEN OLD.governor_id IS NOT NEW.governor_id "
        "OR OLD.governor_basis IS NOT NEW.governor_basis OR OLD.local_party IS NOT "
        "NEW.local_party OR OLD.partner_id IS NOT NEW.partner_id OR OLD.kind IS NOT NEW.kind "
        "BEGIN INSERT INTO governor_counts (governor_id, governor_basis, local_party, "
        "partner_id, records, agreements, events) SELECT COALESCE(OLD.governor_id, 0), "
        "OLD.governor_basis, OLD.local_party, COALESCE(OLD.partner_id, 0), -1, -(OLD.kind = "
        "'agreement'), -(OLD.kind = 'event') ON CONFLICT (governor_id, governor_basis, "
        "local_party, partner_id) DO UPDATE SET records = records + excluded.records, "
        "agreements = agreements + excluded.agreements, events = events + excluded.events; "
        "DELETE FROM governor_counts WHERE governor_id = COALESCE(OLD.governor_id, 0) AND "
        "governor_basis = OLD.governor_basis AND local_party = OLD.local_party AND partner_id "
        "= COALESCE(OLD.partner_id, 0) AND records = 0; INSERT INTO governor_counts "
        "(governor_id, governor_basis, local_party, partner_id, records, agreements, events) "
        "SELECT COALESCE(NEW.governor_id, 0), NEW.governor_basis, NEW.local_party, "
        "COALESCE(NEW.partner_id, 0), 1, (NEW.kind = 'agreement'), (NEW.kind = 'event') ON "
        "CONFLICT (governor_id, governor_basis, local_party, partner_id) DO UPDATE SET records "
        "= records + excluded.records, agreements = agreements + excluded.agreements, events = "
        "events + excluded.events; END"
    ),
    (
        "CREATE TRIGGER year_counts_update AFTER UPDATE OF date_start, date_end, type, kind ON "
        "records WHEN OLD.date_start IS NOT NEW.date_start OR OLD.date_end IS NOT NEW.date_end "
        "OR OLD.type IS NOT NEW.type OR OLD.kind IS NOT NEW.kind BEGIN INSERT INTO year_counts "
        "(year, type, records, agreements, events) SELECT COALESCE(CASE WHEN OLD.date_start IS "
        "NULL OR OLD.date_end IS NULL THEN NULL WHEN substr(OLD.date_start, 1, 4) = "
        "substr(OLD.date_end, 1, 4) THEN substr(OLD.date_start, 1, 4) ELSE "
        "substr(OLD.date_start, 1, 4) || '-' || substr(OLD.date_end, 1, 4) END, ''), OLD.type, "
        "-1, -(OLD.kind = 'agreement'), -(OLD.kind = 'event') ON CONFLICT (year, type) DO "
        "UPDATE SET records = records + excluded.records, agreements = agreements + "
        "excluded.agreements, events = events + excluded.events; DELETE FROM year_counts WHERE "
        "year = COALESCE(CASE WHEN OLD.date_start IS NULL OR OLD.date_end IS NULL THEN NULL "
        "WHEN substr(OLD.date_start, 1, 4) = substr(OLD.date_end, 1, 4) THEN "
        "substr(OLD.date_start, 1, 4) ELSE substr(OLD.date_start, 1, 4) || '-' || "
        "substr(OLD.date_end, 1, 4) END, '') AND type = OLD.type AND records = 0; INSERT INTO "
        "year_counts (year, type, records, agreements, events) SELECT COALESCE(CASE WHEN "
        "NEW.date_start IS NULL OR NEW.date_end IS NULL THEN NULL WHEN substr(NEW.date_start, "
        "1, 4) = substr(NEW.date_end, 1, 4) THEN substr(NEW.date_start, 1, 4) ELSE "
        "substr(NEW.date_start, 1, 4) || '-' || substr(NEW.date_end, 1, 4) END, ''), NEW.type, "
        "1, (NEW.kind = 'agreement'), (NEW.kind = 'event') ON CONFLICT (year, type) DO UPDATE "
        "SET records = records + excluded.records, agreements = agreements + "
        "excluded.agreements, events = events + excluded.events; END"
    ),
    (
        "CREATE INDEX records_in_force ON records (partner_id, local_party COLLATE NOCASE, "
        "date_start, date_end, end_date, status, type, local_country) WHERE kind = 'agreement'"
    ),
]
