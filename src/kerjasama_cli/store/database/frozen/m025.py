"""m025_valid_until_index's index (branch i29b): what m025 executes, byte for byte. Never edit:
a change is a new migration."""

from __future__ import annotations

# `list --sort end` orders by (valid_until IS NULL, valid_until, date, id) over browse_facets'
# stored validity (store/queries/reader.py SORTS). browse_facets_valid_until (m015) is partial,
# without the open-ended rows, and cannot give that order; this one can, so the first rows come
# off the index instead of after a sort of every record.
SQL: list[str] = [
    "CREATE INDEX browse_facets_end ON browse_facets (valid_until IS NULL, valid_until)",
]
