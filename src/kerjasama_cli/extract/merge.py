"""Drafts as import rows, and a draft that matches a registry record merged into that record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def merged_row(existing: Mapping[str, Any], draft: Mapping[str, Any]) -> dict[str, Any]:
    """The existing record's values, with what the draft adds: its sectors and sources joined,
    people and other empty fields filled. Nothing the registry already holds is overwritten, so
    importing a re-read article never undoes a reviewer's edits."""
    row = {k: v for k, v in existing.items() if v not in (None, [], "")}
    for field, value in draft.items():
        if value in (None, [], ""):
            continue
        if field in ("sectors", "sources"):
            row[field] = list(dict.fromkeys([*(existing.get(field) or []), *value]))
        elif field in ("partner", "partner_kind", "country", "region"):
            continue  # the key names the partner; its details stay as registered
        elif not existing.get(field):
            row[field] = value
    row.pop("partner", None)
    return row
