"""The JSON/CSV contract of a record (docs/guide/search.md, "JSON output"): stable English keys
and codes.

`list`, `search`, `show`, `partners show` and `list --by-governor` print records as these
objects. Nothing here is imported at start-up: the command that prints imports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from kerjasama_cli.render.columns import LIST_COLUMNS
from kerjasama_cli.render.fields import json_date

if TYPE_CHECKING:
    from kerjasama_cli.domain.records import Person
    from kerjasama_cli.domain.stages import StageState


def public_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row as the JSON contract shows it: `date` at its precision (or null) and its English
    label, worked out once per distinct date."""
    item = {column: row.get(column) for column in LIST_COLUMNS}
    item["date"], item["date_label"] = json_date(row)
    return item


def public_rows(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """`public_row` of each row, as they are consumed (for streaming writers)."""
    return map(public_row, rows)


_LIST_GETTER = itemgetter(*LIST_COLUMNS)
_LISTS = [LIST_COLUMNS.index("governor_candidates"), LIST_COLUMNS.index("sectors")]


def public_cells(rows: Iterable[dict[str, Any]]) -> Iterator[list[Any]]:
    """Each row's CSV cells in LIST_COLUMNS order, as they are consumed: the cells `write_csv`
    makes of `public_row`, without the dict in between (a third of a large CSV's time). The
    rows given are completed in place with their `date` and `date_label`."""
    get, lists, dates = _LIST_GETTER, _LISTS, json_date
    for row in rows:
        row["date"], row["date_label"] = dates(row)
        cells = list(get(row))
        for i in lists:
            cells[i] = ";".join(cells[i])
        yield cells


def search_row(row: dict[str, Any]) -> dict[str, Any]:
    """A search match as its JSON/CSV contract shows it: rank, score, where it matched and the
    passage (matches marked `**`), then the record's keys."""
    from kerjasama_cli.render.search import plain_snippet

    return {
        "rank": row["rank"],
        "score": row["score"],
        "matched_in": row["matched_in"],
        "snippet": plain_snippet(row["snippet"]),
        **public_row(row),
    }


def record_document(
    row: dict[str, Any],
    *,
    people: Iterable[Person],
    sources: list[dict[str, Any]],
    history: Iterable[dict[str, Any]],
    changes: list[dict[str, Any]],
    stages: StageState,
    documents: Iterable[dict[str, Any]],
) -> dict[str, Any]:
    """`show --format json`: the record's public keys and its long fields, then its
    signatories, sources, partnership history, changes, family, objects, stages and documents."""
    from kerjasama_cli.render.stages import public_state

    item = {
        **public_row(row),
        "summary": row["summary"],
        "place": row["place"],
        "notes": row["notes"],
    }
    item["signatories"] = [vars(p) for p in people]
    item["sources"] = sources
    item["history"] = list(public_rows(history))
    item["changes"] = changes
    item["family"], item["objects"] = row["family"], row["objects"]
    item["stages"] = public_state(stages)
    item["documents"] = [{**d, "has_text": bool(d["has_text"])} for d in documents]
    return item
