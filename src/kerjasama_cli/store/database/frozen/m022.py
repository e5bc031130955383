"""m022_public_records' views. Frozen at commit bc328ae from store/serve/public.py
PUBLIC_VIEWS_M022_SQL: what m022 executes, byte for byte. Never edit: a change is a new
migration."""

from __future__ import annotations

# public_record_ids and public_records.
PUBLIC_VIEWS_M022_SQL: tuple[str, ...] = (
    (
        "\n"
        "CREATE VIEW public_record_ids AS\n"
        "WITH signing AS MATERIALIZED (\n"
        "  SELECT owner, position FROM stage_lists WHERE stage = 'signing'),\n"
        "signed_stages AS MATERIALIZED (\n"
        "  SELECT sl.owner, sl.stage, sl.types FROM stage_lists sl\n"
        "  JOIN signing g ON g.owner = sl.owner AND sl.position >= g.position),\n"
        "signed_types AS MATERIALIZED (\n"
        "  SELECT s.owner, j.value AS type FROM signed_stages s, json_each(s.types) j),\n"
        "owners AS MATERIALIZED (SELECT DISTINCT owner FROM stage_lists WHERE owner <> ''),\n"
        "signed AS MATERIALIZED (\n"
        "  SELECT COALESCE(r.partner_id, -r.id) AS partnership, r.local_party FROM records r\n"
        "    LEFT JOIN owners o ON o.owner = r.local_party\n"
        "    JOIN signed_types t ON t.owner = COALESCE(o.owner, '') AND t.type = r.type\n"
        "    WHERE r.kind <> 'event'\n"
        "  UNION\n"
        "  SELECT COALESCE(r.partner_id, -r.id), r.local_party FROM evidence e\n"
        "    JOIN records r ON r.id = e.record_id\n"
        "    LEFT JOIN owners o ON o.owner = r.local_party\n"
        "    JOIN signed_stages s ON s.owner = COALESCE(o.owner, '') AND s.stage = e.stage)\n"
        "SELECT r.id FROM records r\n"
        "WHERE EXISTS (SELECT 1 FROM signed s\n"
        "  WHERE s.partnership = COALESCE(r.partner_id, -r.id) AND s.local_party = r.local_party)\n"
    ),
    (
        "\n"
        "CREATE VIEW public_records AS\n"
        "SELECT b.id,\n"
        "  b.key,\n"
        "  b.kind,\n"
        "  b.type,\n"
        "  b.partner,\n"
        "  b.partner_kind,\n"
        "  b.country,\n"
        "  b.region,\n"
        "  b.date,\n"
        "  b.date_precision,\n"
        "  b.year,\n"
        "  b.date_start,\n"
        "  b.date_end,\n"
        "  b.governor,\n"
        "  b.sectors,\n"
        "  b.status,\n"
        "  b.valid_until,\n"
        "  b.title,\n"
        "  b.signatories,\n"
        "  (SELECT group_concat(x, '; ') FROM (SELECT NULLIF(trim(COALESCE(s.publication, '') || COALESCE(', “' || s.title || '”', '') || COALESCE(', ' || s.published, '') || COALESCE(', ' || s.url, ''), ', '), '') AS x FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.entity = 'record' AND c.entity_id = b.id ORDER BY s.published, s.key)) AS sources,\n"
        "  b.summary,\n"
        "  b.place,\n"
        "  b.local_party\n"
        "FROM browse_records b\n"
        "WHERE b.id IN (SELECT id FROM public_record_ids)\n"
    ),
)
