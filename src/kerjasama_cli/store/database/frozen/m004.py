"""m004_validity's view. Frozen at commit bc328ae from store/queries/validity.py VIEW_SQL: what
m004 executes, byte for byte. Never edit: a change is a new migration."""

from __future__ import annotations

# The `validity` view (statuses are read through it).
VIEW_SQL = (
    "\n"
    "CREATE VIEW record_validity AS\n"
    "SELECT r.id AS record_id,\n"
    "  ren.id AS renewed_by,\n"
    "  CASE WHEN ren.id IS NOT NULL\n"
    "       THEN COALESCE(ren.end_date, CASE WHEN COALESCE(ren.term_years, r.term_years) IS NOT NULL AND ren.date_end IS NOT NULL THEN date(ren.date_end, '+' || CAST(round(COALESCE(ren.term_years, r.term_years) * 12) AS INTEGER) || ' months', '-1 day') END)\n"
    "       ELSE COALESCE(r.end_date, CASE WHEN r.term_years IS NOT NULL AND r.date_end IS NOT NULL THEN date(r.date_end, '+' || CAST(round(r.term_years * 12) AS INTEGER) || ' months', '-1 day') END)\n"
    "  END AS valid_until,\n"
    "  (SELECT later.id FROM records later\n"
    "     WHERE later.partner_id = r.partner_id AND later.kind = 'agreement'\n"
    "       AND later.local_party = r.local_party AND later.id <> r.id\n"
    "       AND later.date_start > r.date_end\n"
    "       AND COALESCE(later.status, '') <> 'proposed'\n"
    "       AND (CASE r.type WHEN 'loi' THEN later.type IN ('loi', 'mou', 'sister_city', 'agreement') WHEN 'mou' THEN later.type IN ('mou', 'sister_city') WHEN 'sister_city' THEN later.type IN ('mou', 'sister_city') ELSE 0 END)\n"
    "     ORDER BY later.date_start, later.id LIMIT 1) AS superseded_by\n"
    "FROM records r\n"
    "LEFT JOIN records ren ON ren.id = (\n"
    "  SELECT e.id FROM records e\n"
    "   WHERE e.agreement_id = r.id AND e.kind = 'event' AND e.type = 'renewal'\n"
    "   ORDER BY e.date_end IS NULL, e.date_end DESC, e.id DESC LIMIT 1)\n"
    "WHERE r.kind = 'agreement'\n"
)
