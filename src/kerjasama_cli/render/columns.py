"""The keys of the machine formats (this module imports nothing)."""

# The JSON/CSV contract of a record, in order (docs/guide/search.md, "JSON output"): `list`,
# `show`, the records of `partners show` and `list --by-governor`.
LIST_COLUMNS = [
    "id",
    "key",
    "kind",
    "type",
    "partner",
    "country",
    "region",
    "date",
    "date_label",
    "date_precision",
    "date_start",
    "date_end",
    "governor",
    "governor_basis",
    "governor_candidates",
    "sectors",
    "status",
    "status_source",
    "valid_until",
    "title",
    "local_party",
    "local_country",
]

# `search`: the record's keys after where and how well it matched.
SEARCH_RESULT_COLUMNS = ["rank", "score", "matched_in", "snippet", *LIST_COLUMNS]
