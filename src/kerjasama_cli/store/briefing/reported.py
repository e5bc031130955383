"""`stats --reported`: each figure the bureau reported beside the registry's own count.

The rules for what counts as "the same thing" live in domain/figures.py; this module turns them
into SQL over the records of the figure's own local party.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from kerjasama_cli.domain.figures import RULES, FigureRule, rule_for
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.store.queries.reader import citations, overlap_clauses


def in_force_clause(
    rule: FigureRule, party: str, start: str, end: str, country: str | None = None
) -> str:
    """SQL over `records r JOIN partners p`: agreements of the rule's kind certainly made by
    `end` and not ended before `start`, of local party `party` (and, given `country`, of that
    country when it is not NULL: London, GB's figure counts none of London, CA's records).

    `party`, `country`, `start` and `end` are SQL expressions (`?` placeholders, or columns of
    an outer query such as the `reported_figures` row); they appear in that order, `country`
    and `start` twice. The rule's kinds and types come from fixed vocabularies and are inlined
    as literals.
    """

    def listed(values: tuple[str, ...]) -> str:
        return ", ".join("'" + v.replace("'", "''") + "'" for v in values)

    clauses = [
        "r.kind = 'agreement'",
        f"r.local_party = {party} COLLATE NOCASE",
        *([f"({country} IS NULL OR r.local_country IS {country})"] if country else []),
        f"r.date_end IS NOT NULL AND r.date_end <= {end}",
        "COALESCE(r.status, '') != 'proposed'",
        f"(r.end_date IS NULL OR {start} IS NULL OR r.end_date >= {start})",
    ]
    if rule.partner_kinds:
        clauses.append(f"p.kind IN ({listed(rule.partner_kinds)})")
    if rule.types:
        clauses.append(f"r.type IN ({listed(rule.types)})")
    if rule.domestic:
        # Domestic agreements are few: browse_facets' partial index lists them (m015), so the
        # count reads those instead of every record.
        clauses.append("r.id IN (SELECT id FROM browse_facets WHERE domestic)")
        clauses.append("p.country = r.local_country")
    else:
        clauses.append(
            "(p.country IS NULL OR r.local_country IS NULL OR p.country != r.local_country)"
        )
    return " AND ".join(clauses)


def _in_force(
    rule: FigureRule, party: str, start: str | None, end: str, country: str | None = None
) -> tuple[str, list[Any]]:
    """in_force_clause with placeholders, and its parameters in their order of appearance."""
    clause = in_force_clause(rule, "?", "?", "?", country="?")
    return clause, [party, country, country, end, start, start]


def _recorded(
    conn: sqlite3.Connection,
    rule: FigureRule,
    party: str,
    start: str | None,
    end: str,
    country: str | None = None,
) -> tuple[list[str], list[str]]:
    """Names counted (partners, or agreements' partners), and those formed within the period,
    of the government `party` (of `country`, when given)."""
    where, params = _in_force(rule, party, start, end, country)
    if rule.unit == "partners":
        # Partner by partner (issue 20: a scan of every agreement took ~0.5 s a figure at a
        # million records): in records_in_force (m024) a partner's first agreement in force, in
        # start order, is a seek and a few index entries; those without a start, whose date
        # orders them by their end, are a range of their own. The same names, first starts
        # and order as a GROUP BY p.id over the agreements.
        kinds = ", ".join("'" + k + "'" for k in rule.partner_kinds)
        mine = f"FROM records r WHERE r.partner_id = p.id AND {where}"
        sql = (
            "SELECT name, CASE WHEN undated IS NULL THEN dated ELSE '' END FROM (SELECT p.name, "
            f"(SELECT min(r.date_end) {mine} AND r.date_start IS NULL) AS undated, "
            f"(SELECT r.date_start {mine} AND r.date_start IS NOT NULL "
            "ORDER BY r.date_start LIMIT 1) AS dated FROM partners p"
            + (f" WHERE p.kind IN ({kinds})" if kinds else "")
            + ") WHERE undated IS NOT NULL OR dated IS NOT NULL "
            "ORDER BY min(COALESCE(undated, dated), COALESCE(dated, undated)), name"
        )
        params = params * 2
    else:
        sql = (
            "SELECT COALESCE(p.name, r.title, r.key), COALESCE(r.date_start, '') FROM records r "
            f"JOIN partners p ON p.id = r.partner_id WHERE {where} "
            "ORDER BY COALESCE(r.date_start, r.date_end), r.id"
        )
    found = conn.execute(sql, params).fetchall()
    names = [name for name, _ in found]
    new = [name for name, first in found if start and first and first >= start]
    return names, new


def reported_rows(conn: sqlite3.Connection, f: RecordFilter, lang: str = "id") -> list[dict]:
    """Every reported figure (of the filter's local party and date range) with its comparison.

    Each dict: key, subject, label, local_party, period (ISO at its precision), period_label,
    period_start, period_end, reported, qualifier, recorded (None when not comparable),
    recorded_new (None without a period start), recorded_partners, unit, statement,
    reported_by, sources.
    """
    clauses, params = [], []
    if f.local_parties:  # `london-ca`: London, CA's figures, not London, GB's
        from kerjasama_cli.store.briefing.counted import government_clause

        clause, values = government_clause(conn, f.local_parties, "f", none=None)
        clauses.append(clause)
        params.extend(values)
    overlap, days = overlap_clauses("period_start", "period_end", f.date_from, f.date_to)
    clauses.extend(overlap)
    params.extend(days)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    figures = conn.execute(
        "SELECT id, key, local_party, subject, count, qualifier, period_start, period_end, "
        "period_precision, statement, reported_by, local_country FROM reported_figures f"
        f"{where} ORDER BY period_end IS NULL, period_end, period_start, key",
        params,
    ).fetchall()
    rows = []
    for (
        fid,
        key,
        party,
        subject,
        count,
        qualifier,
        start,
        end,
        precision,
        statement,
        by,
        country,
    ) in figures:
        rule = rule_for(subject)
        period = FuzzyDate(_day(start), _day(end), precision)
        recorded = new = names = None
        if rule.comparable and end:
            names, new_names = _recorded(conn, rule, party, start, end, country)
            recorded = len(names)
            new = len(new_names) if start else None
        rows.append(
            {
                "key": key,
                "subject": subject,
                "label": rule.label,
                "local_party": party,
                "period": period.iso(),
                "period_label": period.label(lang),
                "period_start": start,
                "period_end": end,
                "reported": count,
                "qualifier": qualifier,
                "recorded": recorded,
                "recorded_new": new,
                "recorded_partners": names,
                "unit": rule.unit if rule.comparable else None,
                "statement": statement,
                "reported_by": by,
                "sources": citations(conn, "figure", fid),
                "local_country": country,
            }
        )
    # Period order; within a period the comparable figures first, in the rules' order.
    rank = {subject: i for i, subject in enumerate(RULES)}
    rows.sort(
        key=lambda r: (
            r["period_end"] is None,
            r["period_end"] or "",
            r["recorded"] is None,
            rank.get(r["subject"], len(rank)),
            r["key"],
        )
    )
    return rows


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
