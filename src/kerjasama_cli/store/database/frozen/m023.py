# ruff: noqa: E501 (frozen SQL, as generated)
"""m023_public_flag's frozen SQL (issue 20): the public rule's answer stored in browse_facets.

Why: the `public_records` view (m022) worked out the public ids for every query: 0.44 s at
100,000 records, ~4 s at 1,000,000, so the public records page, its facets and its search timed
out. Now `browse_facets.public` holds each record's answer to the rule (store/serve/public.py's
`public_record_ids`, which stays the rule's definition), kept current by the writers:
- the triggers below: a record's own row is written with its flag (`_SIGNED`, the rule for one
  partnership, read from indexes); a record that signs a partnership not signed before makes the
  partnership's other records public; an edit that moves a record between partnerships or
  changes its kind or type, a deletion, and any evidence row work the flag out again for the
  partnerships concerned;
- the set-wise import (store/serve/browse_table.py `filled_setwise`) and a stage-list change
  (store/dossier/stages.py) work it out again for every record from the rule, once.
The four facet indexes carry the flag last, so a facet of the public page reads one index alone.

Frozen: a change needs a new migration. Generated once from the m015/m022 SQL; never rewritten.
"""

from __future__ import annotations

# A local party's stage list: its own when it has one, else the regulation's ('').
_OWNER = (
    "(CASE WHEN EXISTS (SELECT 1 FROM stage_lists o WHERE o.owner = {l} AND o.owner <> '') "
    "THEN {l} ELSE '' END)"
)
_SIGNING = "(SELECT g.position FROM stage_lists g WHERE g.owner = {o} AND g.stage = 'signing')"
# The types that prove signing or a later stage, and those stages (m022's signed_types and
# signed_stages for one local party).
_TYPES = (
    "(SELECT j.value FROM stage_lists s, json_each(s.types) j WHERE s.owner = {o} "
    "AND s.position >= {signing})"
)
_STAGES = "(SELECT s.stage FROM stage_lists s WHERE s.owner = {o} AND s.position >= {signing})"


def signed(p: str, i: str, party: str) -> str:
    """Whether the partnership of partner `p` (NULL: the record `i` alone) and local party `l`
    has signed, as 1 or 0: a record of it that is not an event has a type proving signing, or
    an evidence row names such a stage. CASE, not OR: the evidence is looked at only when no
    record proves it (records_partner answers the first in a seek or two)."""
    o = _OWNER.format(l=party)
    types = _TYPES.format(o=o, signing=_SIGNING.format(o=o))
    stages = _STAGES.format(o=o, signing=_SIGNING.format(o=o))
    return (
        f"(CASE WHEN {p} IS NULL THEN (CASE "
        f"WHEN EXISTS (SELECT 1 FROM records x WHERE x.id = {i} AND x.kind <> 'event' "
        f"AND x.type IN {types}) THEN 1 "
        f"WHEN EXISTS (SELECT 1 FROM evidence e WHERE e.record_id = {i} AND e.stage IN {stages}) "
        "THEN 1 ELSE 0 END) ELSE (CASE "
        f"WHEN EXISTS (SELECT 1 FROM records x WHERE x.partner_id = {p} AND x.kind = 'agreement' "
        f"AND x.type IN {types} AND x.local_party = {party}) THEN 1 "
        "WHEN EXISTS (SELECT 1 FROM evidence e CROSS JOIN records x ON x.id = e.record_id "
        f"WHERE x.partner_id = {p} AND x.local_party = {party} AND e.stage IN {stages}) THEN 1 "
        "ELSE 0 END) END)"
    )


def _members(p: str, i: str, party: str) -> str:
    """The ids of the records of a partnership (an SQL list)."""
    return (
        f"(SELECT x.id FROM records x WHERE x.partner_id = {p} AND x.local_party = {party} "
        f"UNION ALL SELECT {i} WHERE {p} IS NULL)"
    )


def _again(p: str, i: str, party: str, when: str = "1") -> str:
    """A statement that works the flag out again for every record of a partnership (only the
    rows whose flag changes are written). The records of a partnership share one flag (each
    trigger leaves it so), so when one of the others already says the answer nothing is read
    further: one seek, not the partnership's every record (a partner merge moves each of its
    records into the other's partnership, one trigger each)."""
    s = signed(p, i, party)
    other = (
        "(SELECT b.public FROM records x JOIN browse_facets b ON b.id = x.id "
        f"WHERE x.partner_id = {p} AND x.local_party = {party} AND x.id IS NOT {i} LIMIT 1)"
    )
    return (
        f"UPDATE browse_facets SET public = {s} WHERE {when} AND {other} IS NOT {s} "
        f"AND id IN {_members(p, i, party)} AND public IS NOT {s};"
    )


# browse_facets' row of the records `r` (m015's ROW_SELECT with the flag).
_ROW = """SELECT r.id, r.type, p.country,
  COALESCE(l.name, replace(r.governor_basis, '_', ' ')), CASE WHEN r.date_start IS NULL OR r.date_end IS NULL OR r.date_precision IN ('by', 'unknown') THEN NULL WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4) ELSE substr(r.date_start, 1, 4) || '-' || substr(r.date_end, 1, 4) END, (CASE
  WHEN r.kind <> 'agreement' THEN NULL
  WHEN EXISTS (SELECT 1 FROM records e WHERE e.agreement_id = r.id AND e.kind = 'event'
      AND e.type = 'renewal') THEN (SELECT COALESCE(e.end_date,
      CASE WHEN COALESCE(e.term_years, r.term_years) IS NOT NULL AND e.date_end IS NOT NULL
      THEN date(e.date_end, '+' || CAST(round(COALESCE(e.term_years, r.term_years) * 12)
        AS INTEGER) || ' months', '-1 day') END)
      FROM records e WHERE e.agreement_id = r.id AND e.kind = 'event' AND e.type = 'renewal'
      ORDER BY e.date_end IS NULL, e.date_end DESC, e.id DESC LIMIT 1)
  ELSE COALESCE(r.end_date, CASE WHEN r.term_years IS NOT NULL AND r.date_end IS NOT NULL
      THEN date(r.date_end, '+' || CAST(round(r.term_years * 12) AS INTEGER) || ' months',
        '-1 day') END)
END),
  p.country = r.local_country, r.status, {signed}
FROM records r
LEFT JOIN partners p ON p.id = r.partner_id
LEFT JOIN leaders l ON l.id = r.governor_id""".replace(
    "{signed}", signed("r.partner_id", "r.id", "r.local_party")
)
_COLUMNS = "id, type, country, governor, year, valid_until, domestic, stated_status, public"


def _refresh(ids: str) -> str:
    """m015's refresh of the rows of the records `ids`, with the flag."""
    return (
        f"DELETE FROM browse_facets WHERE id IN {ids}; "
        f"INSERT INTO browse_facets ({_COLUMNS}) {_ROW} WHERE r.id IN {ids};"
    )


_MOVED = (
    "(OLD.partner_id IS NOT NEW.partner_id OR OLD.local_party IS NOT NEW.local_party "
    "OR OLD.kind IS NOT NEW.kind OR OLD.type IS NOT NEW.type)"
)
_OF_RECORD = "(SELECT {c} FROM records WHERE id = {ref}.record_id)"


def _evidence(ref: str) -> str:
    """Work the flag out again for the partnership of the record an evidence row is of."""
    p, party = (_OF_RECORD.format(c=c, ref=ref) for c in ("partner_id", "local_party"))
    return _again(p, f"{ref}.record_id", party)


TRIGGERS = (
    "browse_facets_records_insert",
    "browse_facets_records_update",
    "browse_facets_records_delete",
    "browse_facets_partners_update",
)

SQL = (
    "ALTER TABLE browse_facets ADD COLUMN public INTEGER NOT NULL DEFAULT 0",
    # The rule's answer for every record, from m022's view of it.
    "UPDATE browse_facets SET public = 1 WHERE id IN (SELECT id FROM public_record_ids)",
    *(f"DROP TRIGGER {name}" for name in TRIGGERS),
    f"""CREATE TRIGGER browse_facets_records_insert AFTER INSERT ON records BEGIN
  {_refresh("(NEW.id, NEW.agreement_id)")}
  UPDATE browse_facets SET public = 1 WHERE NEW.partner_id IS NOT NULL
   AND (SELECT public FROM browse_facets WHERE id = NEW.id)
   AND NOT EXISTS (SELECT 1 FROM records x JOIN browse_facets b ON b.id = x.id
     WHERE x.partner_id = NEW.partner_id AND x.local_party = NEW.local_party
       AND x.id <> NEW.id AND b.public)
   AND id IN {_members("NEW.partner_id", "NEW.id", "NEW.local_party")}; END""",
    f"""CREATE TRIGGER browse_facets_records_update AFTER UPDATE ON records BEGIN
  DELETE FROM browse_facets WHERE id = OLD.id AND OLD.id <> NEW.id;
  {_refresh("(NEW.id, NEW.agreement_id, OLD.agreement_id)")}
  {_again("OLD.partner_id", "OLD.id", "OLD.local_party", _MOVED)}
  {_again("NEW.partner_id", "NEW.id", "NEW.local_party", _MOVED)} END""",
    f"""CREATE TRIGGER browse_facets_records_delete AFTER DELETE ON records BEGIN
  DELETE FROM browse_facets WHERE id = OLD.id;
  {_refresh("(OLD.agreement_id)")}
  {_again("OLD.partner_id", "OLD.id", "OLD.local_party")} END""",
    f"""CREATE TRIGGER browse_facets_partners_update AFTER UPDATE OF country ON partners
  WHEN OLD.country IS NOT NEW.country BEGIN
  {_refresh("(SELECT id FROM records WHERE partner_id = NEW.id)")} END""",
    f"CREATE TRIGGER browse_facets_evidence_insert AFTER INSERT ON evidence BEGIN "
    f"{_evidence('NEW')} END",
    f"CREATE TRIGGER browse_facets_evidence_update AFTER UPDATE ON evidence BEGIN "
    f"{_evidence('OLD')} {_evidence('NEW')} END",
    f"CREATE TRIGGER browse_facets_evidence_delete AFTER DELETE ON evidence BEGIN "
    f"{_evidence('OLD')} END",
    # The facet indexes (m021's, and m015's country and year) with the flag last: a facet of the
    # public page reads one index alone, as the team's page does.
    "DROP INDEX browse_facets_country",
    "CREATE INDEX browse_facets_country ON browse_facets (country, public)",
    "DROP INDEX browse_facets_year",
    "CREATE INDEX browse_facets_year ON browse_facets (year, public)",
    "DROP INDEX browse_facets_type",
    "CREATE INDEX browse_facets_type ON browse_facets (type, country, governor, year, public)",
    "DROP INDEX browse_facets_governor",
    "CREATE INDEX browse_facets_governor ON browse_facets (governor, country, type, year, public)",
    "DROP VIEW public_records",
    """CREATE VIEW public_records AS SELECT
  b.id AS id,
  (SELECT r.key FROM records r WHERE r.id = b.id) AS key,
  (SELECT r.kind FROM records r WHERE r.id = b.id) AS kind,
  b.type AS type,
  (SELECT p.name FROM records r JOIN partners p ON p.id = r.partner_id WHERE r.id = b.id) AS partner,
  (SELECT p.kind FROM records r JOIN partners p ON p.id = r.partner_id WHERE r.id = b.id) AS partner_kind,
  b.country AS country,
  (SELECT p.region FROM records r JOIN partners p ON p.id = r.partner_id WHERE r.id = b.id) AS region,
  (SELECT CASE
  WHEN r.date_end IS NULL THEN NULL
  WHEN r.date_precision = 'by' THEN 'by ' || r.date_end
  WHEN r.date_start IS NULL THEN NULL
  WHEN r.date_precision = 'day' THEN r.date_start
  WHEN r.date_precision = 'month' THEN substr(r.date_start, 1, 7)
  WHEN r.date_precision = 'year' THEN substr(r.date_start, 1, 4)
  WHEN r.date_start = r.date_end THEN r.date_start
  WHEN substr(r.date_start, 1, 7) = substr(r.date_end, 1, 7) THEN substr(r.date_start, 1, 7)
  WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) THEN substr(r.date_start, 1, 4)
  ELSE r.date_start || '/' || r.date_end END FROM records r WHERE r.id = b.id) AS date,
  (SELECT r.date_precision FROM records r WHERE r.id = b.id) AS date_precision,
  b.year AS year,
  (SELECT r.date_start FROM records r WHERE r.id = b.id) AS date_start,
  (SELECT r.date_end FROM records r WHERE r.id = b.id) AS date_end,
  b.governor AS governor,
  (SELECT group_concat(sector, ', ') FROM (SELECT sector FROM record_sectors s WHERE s.record_id = b.id ORDER BY s.position)) AS sectors,
  (SELECT (CASE
  WHEN r.kind <> 'agreement' THEN r.status
  WHEN r.status IN ('proposed', 'ended', 'expired', 'superseded') THEN r.status
  WHEN (CASE r.type WHEN 'loi' THEN EXISTS (SELECT 1 FROM records later
       WHERE later.partner_id = r.partner_id AND later.kind = 'agreement'
         AND later.type IN ('loi', 'mou', 'sister_city', 'agreement')
         AND later.date_start > r.date_end
         AND later.local_party = r.local_party AND later.id <> r.id
         AND COALESCE(later.status, '') <> 'proposed')
     WHEN 'mou' THEN EXISTS (SELECT 1 FROM records later
       WHERE later.partner_id = r.partner_id AND later.kind = 'agreement'
         AND later.type IN ('mou', 'sister_city') AND later.date_start > r.date_end
         AND later.local_party = r.local_party AND later.id <> r.id
         AND COALESCE(later.status, '') <> 'proposed')
     WHEN 'sister_city' THEN EXISTS (SELECT 1 FROM records later
       WHERE later.partner_id = r.partner_id AND later.kind = 'agreement'
         AND later.type IN ('mou', 'sister_city') AND later.date_start > r.date_end
         AND later.local_party = r.local_party AND later.id <> r.id
         AND COALESCE(later.status, '') <> 'proposed') ELSE 0 END) THEN 'superseded'
  WHEN b.valid_until < date('now') THEN 'expired'
  WHEN b.valid_until <= date(date('now'), '+180 days') THEN 'expiring'
  ELSE COALESCE(r.status, 'active')
END) FROM records r WHERE r.id = b.id) AS status,
  b.valid_until AS valid_until,
  (SELECT r.title FROM records r WHERE r.id = b.id) AS title,
  (SELECT group_concat(x, '; ') FROM (SELECT rp.name || COALESCE(' (' || rp.title || ')', '') AS x FROM record_people rp WHERE rp.record_id = b.id ORDER BY rp.position)) AS signatories,
  (SELECT group_concat(x, '; ') FROM (SELECT NULLIF(trim(COALESCE(s.publication, '') || COALESCE(', “' || s.title || '”', '') || COALESCE(', ' || s.published, '') || COALESCE(', ' || s.url, ''), ', '), '') AS x FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.entity = 'record' AND c.entity_id = b.id ORDER BY s.published, s.key)) AS sources,
  (SELECT r.summary FROM records r WHERE r.id = b.id) AS summary,
  (SELECT r.place FROM records r WHERE r.id = b.id) AS place,
  (SELECT r.local_party FROM records r WHERE r.id = b.id) AS local_party
FROM browse_facets b
WHERE b.public""",
)
