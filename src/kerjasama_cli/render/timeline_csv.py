"""`timeline --format csv`: the JSON items (`render.timeline.stream_items`) as flat rows.

The columns are the items' keys in their order, but for the people: JSON gives `signatories`
as objects with a side; CSV splits them by side as `export` and `import` write them,
`signatories` (home) and `partner_signatories`, each `Name (Title)` joined by `;`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

COLUMNS: tuple[str, ...] = (
    *("id", "key", "date", "date_label", "date_precision", "date_start", "date_end"),
    *("approximate", "kind", "type", "partner", "country"),
    *("governor", "governor_basis", "governor_candidates", "title"),
    *("signatories", "partner_signatories", "group_by", "group", "local_party"),
)


def _person(person: dict[str, Any]) -> str:
    return f"{person['name']} ({person['title']})" if person.get("title") else person["name"]


def rows(items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each item with its people as two lists of `Name (Title)`, by side."""
    for item in items:
        people = item["signatories"]
        yield {
            **item,
            "signatories": [_person(p) for p in people if p["side"] == "home"],
            "partner_signatories": [_person(p) for p in people if p["side"] != "home"],
        }


def write(items: Iterable[dict[str, Any]]) -> None:
    """The items as CSV on stdout, a header then one row a record, as they come."""
    from kerjasama_cli.render.machine import write_csv

    write_csv(rows(items), COLUMNS)
