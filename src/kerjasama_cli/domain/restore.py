"""Undo a change from the history: a record's values as history stores them, back to a Record.

History keeps a record's fields as `domain.tabular.record_values` gives them (a delete keeps
every field that had a value, an update each changed field's old and new value), so restoring is
`record_values` read backwards, and undoing an update is valid only while the record still
holds what that update wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.fuzzy_date import UNKNOWN
from kerjasama_cli.domain.records import Record
from kerjasama_cli.domain.tabular import parse_person

_EMPTY = (None, "", [])


def record_from_values(key: str, values: Mapping[str, Any]) -> Record:
    """The Record whose `record_values` are `values` (missing fields empty)."""
    get = values.get
    people = [parse_person(p, "home", "signatories") for p in get("signatories") or []]
    people += [
        parse_person(p, "partner", "partner_signatories") for p in get("partner_signatories") or []
    ]
    end = get("end_date")
    return Record(
        key=key,
        kind=str(get("kind")),
        type=str(get("type")),
        partner=get("partner"),
        date=parse_date(get("date")) if get("date") else UNKNOWN,
        local_party=get("local_party") or "",
        local_country=get("local_country"),
        title=get("title"),
        summary=get("summary"),
        status=get("status"),
        place=get("place"),
        leader=get("leader"),
        people=tuple(people),
        sectors=tuple(get("sectors") or ()),
        notes=get("notes"),
        date_note=get("date_note"),
        agreement=get("agreement"),
        term_years=get("term_years"),
        end_date=dt.date.fromisoformat(end) if end else None,
        sources=tuple(get("sources") or ()),
    )


def undone(current: Mapping[str, Any], changes: Mapping[str, list[Any]]) -> dict[str, Any]:
    """`current` (record_values) with each changed field back to its old value."""
    return {**current, **{name: old for name, (old, _new) in changes.items()}}


def changed_since(current: Mapping[str, Any], changes: Mapping[str, list[Any]]) -> list[str]:
    """The fields of an update that hold another value now than the one it wrote."""
    return [
        name
        for name, (_old, new) in changes.items()
        if current.get(name) != new and not (current.get(name) in _EMPTY and new in _EMPTY)
    ]
