"""The timeline as JSON items (and the CSV's rows, `timeline_csv.py`): one object per record
in timeline order, its group named in it. The contract is docs/guide/briefings.md."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from kerjasama_cli.domain.grouping import Group
from kerjasama_cli.domain.records import Person
from kerjasama_cli.render.fields import json_date
from kerjasama_cli.render.timeline_labels import GroupRows, People


def items(groups: Sequence[Group], people: People, by: str) -> Iterator[dict[str, Any]]:
    """The JSON contract: one object per record in timeline order (docs/guide/briefings.md), made
    as the writer consumes them."""
    return stream_items(((g, g.rows) for g in groups), people, by)


def stream_items(groups: Iterable[GroupRows], people: People, by: str) -> Iterator[dict[str, Any]]:
    """`items` of groups given with their rows, as the rows come (`grouping.stream_by_year`)."""
    no_people: tuple[Person, ...] = ()
    for group, rows in groups:
        label = group.label
        for row in rows:
            iso, date_label = json_date(row)
            precision = row["date_precision"]
            yield {
                "id": row["id"],
                "key": row["key"],
                "date": iso,
                "date_label": date_label,
                "date_precision": precision,
                "date_start": row["date_start"],
                "date_end": row["date_end"],
                "approximate": precision != "day",  # FuzzyDate.approximate
                "kind": row["kind"],
                "type": row["type"],
                "partner": row.get("partner"),
                "country": row.get("country"),
                "governor": row.get("governor"),
                "governor_basis": row.get("governor_basis"),
                "governor_candidates": row.get("governor_candidates") or [],
                "title": row.get("title"),
                "signatories": [vars(p) for p in people.get(row["id"], no_people)],
                "group_by": by,
                "group": label,
                # Last, so that no CSV column moves: whose record it is, for a registry of
                # several governments (a ministry's) where two provinces sign alike.
                "local_party": row.get("local_party"),
            }
