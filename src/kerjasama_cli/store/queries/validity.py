"""Validity in SQL: when each agreement's validity ends, and its status, stated or derived.

`record_validity` (a view, migration m004_validity, frozen in store/database/frozen/m004.py)
holds what does not depend on the day: `valid_until` and `superseded_by` (`show` reads it).
`STATUS_SQL` adds today (the connection's `kerjasama_today()`, see
store/database/connection.py) and is an expression over `records r`, so any query can filter,
sort or group on it: `SELECT {STATUS_SQL} AS status, count(*) ... GROUP BY 1`.

The rules (docs/guide/search.md, "Validity and status"):
- only agreements (documents) have a validity and a status: an event has none, even where a
  registry holds one given before `add`, `edit` and `import` refused it (domain/record_rules.py);
- a stated proposed, ended, expired or superseded is final;
- otherwise, in this order: superseded when a later document with the same partner (and local
  government, its name and country) takes its place (domain/validity.py SUPERSEDED_BY: an LoI
  gives way to a later LoI, MoU, sister-city agreement or PKS; an MoU or sister-city agreement
  to a later one); expired when its validity ended before today; expiring when it ends within
  EXPIRING_DAYS; else the stated status (active, renewed) or active;
- validity ends on the stated end date, else `term_years` after the latest day the document can
  date from (the day before the anniversary); a `renewal` event linked to the agreement starts
  a new term from its own date (its own end date or term, else the agreement's term);
- no end date and no term: the agreement stays active until something says otherwise.
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.validity import EXPIRING_DAYS, FINAL_STATUSES, SUPERSEDED_BY

VIEW = "record_validity"


def _quoted(words: tuple[str, ...]) -> str:
    return ", ".join(f"'{w}'" for w in words)


def _term_end(start: str, years: str, then: str = "") -> str:
    # Whole months, so a 1.5-year term is 18 calendar months. THEN: text appended to the day
    # (VALID_UNTIL_BASIS_SQL's), worked out only for a record with a term.
    return (
        f"CASE WHEN {years} IS NOT NULL AND {start} IS NOT NULL THEN date({start}, "
        f"'+' || CAST(round({years} * 12) AS INTEGER) || ' months', '-1 day'){then} END"
    )


_FINAL = _quoted(FINAL_STATUSES)

# The stored columns as an export writes them (store/records/entries.py, export_flat.py): the
# status, term or end date an older event row still holds is left out, as the rules above give
# an event none, so an export imports again. A renewal keeps its term and end date: it starts its
# agreement's new term.
EVENT_STATUS = "CASE WHEN r.kind = 'event' THEN NULL ELSE r.status END"
EVENT_TERM = "CASE WHEN r.kind = 'event' AND r.type <> 'renewal' THEN NULL ELSE {column} END"

# Status and validity read from the `record_validity` view (m004; its SQL is frozen in
# store/database/frozen/m004.py), which works out `superseded_by` (the id of the first later
# document) and `valid_until` in one row: each use is a scalar subquery over the view. m006 put
# these two, as they read here, into its `browse_records` (store/database/frozen/m006.py); they
# stay as the view's reading that tests/test_query_plans.py holds STATUS_SQL and
# VALID_UNTIL_SQL equal to.
VIEW_STATUS_SQL = f"""(CASE
  WHEN r.kind <> 'agreement' THEN NULL
  WHEN r.status IN ({_FINAL}) THEN r.status
  ELSE (SELECT CASE
      WHEN v.superseded_by IS NOT NULL THEN 'superseded'
      WHEN v.valid_until < kerjasama_today() THEN 'expired'
      WHEN v.valid_until <= date(kerjasama_today(), '+{EXPIRING_DAYS} days') THEN 'expiring'
      ELSE COALESCE(r.status, 'active') END
    FROM {VIEW} v WHERE v.record_id = r.id)
END)"""
VIEW_VALID_UNTIL_SQL = f"(SELECT v.valid_until FROM {VIEW} v WHERE v.record_id = r.id)"

# The same rules without the view, for every read that derives a status per row (list, show,
# timeline, stats --by status, --status): at a million records the view's subqueries were most
# of a `list`. The renewal is looked up by `agreement_id` alone (records_agreement); only the
# types SUPERSEDED_BY names look for a later document, each by (partner, kind, type, date) in
# records_partner, and only whether one exists (the view finds which, for `show`).
_RENEWAL = "FROM records e WHERE e.agreement_id = r.id AND e.kind = 'event' AND e.type = 'renewal'"
_LATEST_RENEWAL = f"{_RENEWAL} ORDER BY e.date_end IS NULL, e.date_end DESC, e.id DESC LIMIT 1"

# The last day an agreement is valid (NULL: open-ended, or an event): an expression over `r`.
VALID_UNTIL_SQL = f"""(CASE
  WHEN r.kind <> 'agreement' THEN NULL
  WHEN EXISTS (SELECT 1 {_RENEWAL}) THEN (SELECT COALESCE(e.end_date,
      {_term_end("e.date_end", "COALESCE(e.term_years, r.term_years)")}) {_LATEST_RENEWAL})
  ELSE COALESCE(r.end_date, {_term_end("r.date_end", "r.term_years")})
END)"""


def _basis(x: str, years: str) -> str:
    # What a term was counted from when that date is not a day (domain/validity.py's
    # validity_end reads it): `PRECISION START MONTHS`, `-` for a start that is not known.
    return (
        f"(CASE WHEN {x}.date_precision = 'day' THEN '' ELSE ' ' || {x}.date_precision || ' ' "
        f"|| COALESCE({x}.date_start, '-') || ' ' || CAST(round({years} * 12) AS INTEGER) END)"
    )


# VALID_UNTIL_SQL's day followed, when the term was counted from a date that is not a day, by
# what it was counted from (`2025-03-30 month 2020-03-01 60`): what a row read fetches, so that
# people read the end at the precision it is known to (domain/validity.py `validity_end`) while
# the status counts from the day. One expression: the renewal is looked up once a row, and the
# basis is worked out only for an agreement with a term (~0.5 us each; nothing for the rest).
_RENEWAL_YEARS = "COALESCE(e.term_years, r.term_years)"
VALID_UNTIL_BASIS_SQL = f"""(CASE
  WHEN r.kind <> 'agreement' THEN NULL
  WHEN EXISTS (SELECT 1 {_RENEWAL}) THEN (SELECT COALESCE(e.end_date,
      {_term_end("e.date_end", _RENEWAL_YEARS, " || " + _basis("e", _RENEWAL_YEARS))})
      {_LATEST_RENEWAL})
  ELSE COALESCE(r.end_date,
      {_term_end("r.date_end", "r.term_years", " || " + _basis("r", "r.term_years"))})
END)"""


def _superseded() -> str:
    """SQL: whether a later document of the same partner and local government (its name and
    country: m030) supersedes `r`. `+`: looked up by partner (records_partner), never by the
    government, whose records may be the whole table."""
    whens = " ".join(
        f"""WHEN '{kind}' THEN EXISTS (SELECT 1 FROM records later
       WHERE later.partner_id = r.partner_id AND later.kind = 'agreement'
         AND later.type IN ({_quoted(types)}) AND later.date_start > r.date_end
         AND +later.local_party = r.local_party AND +later.local_country IS r.local_country
         AND later.id <> r.id AND COALESCE(later.status, '') <> 'proposed')"""
        for kind, types in SUPERSEDED_BY.items()
    )
    return f"(CASE r.type {whens} ELSE 0 END)"


# The status every command shows, filters and counts: an expression over `records r`.
STATUS_SQL = f"""(CASE
  WHEN r.kind <> 'agreement' THEN NULL
  WHEN r.status IN ({_FINAL}) THEN r.status
  WHEN {_superseded()} THEN 'superseded'
  WHEN {VALID_UNTIL_SQL} < kerjasama_today() THEN 'expired'
  WHEN {VALID_UNTIL_SQL} <= date(kerjasama_today(), '+{EXPIRING_DAYS} days') THEN 'expiring'
  ELSE COALESCE(r.status, 'active')
END)"""

# Whether a later document supersedes an agreement whose stated status is not final (0 for the
# rest): what a row read fetches beside VALID_UNTIL_SQL, so that `row_status` applies the rules
# in Python without working out the validity three times a row as STATUS_SQL does.
SUPERSEDED_SQL = (
    f"(CASE WHEN r.kind = 'agreement' AND COALESCE(r.status, '') NOT IN ({_FINAL}) "
    f"THEN {_superseded()} ELSE 0 END)"
)

_FINAL_SET = frozenset(FINAL_STATUSES)


def status_days(conn: sqlite3.Connection) -> tuple[str, str]:
    """Today and the last day of the expiring window, as STATUS_SQL sees them."""
    today, soon = conn.execute(
        f"SELECT kerjasama_today(), date(kerjasama_today(), '+{EXPIRING_DAYS} days')"
    ).fetchone()
    return today, soon


def row_status(
    kind: str,
    stated: str | None,
    valid_until: str | None,
    superseded: int,
    days: tuple[str, str],
) -> str | None:
    """STATUS_SQL's answer for a row, from its VALID_UNTIL_SQL and SUPERSEDED_SQL
    (tests/test_query_plans.py holds the two equal)."""
    if kind != "agreement":
        return None  # an event has no validity, whatever an older row says
    if stated in _FINAL_SET:
        return stated
    if superseded:
        return "superseded"
    if valid_until is not None:
        if valid_until < days[0]:
            return "expired"
        if valid_until <= days[1]:
            return "expiring"
    return stated or "active"
