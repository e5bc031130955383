"""What `stats` counts: one dimension, or a cross-table of two (store/briefing/aggregates.py
fills it in SQL; render/stats.py draws it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Key = str | None


@dataclass
class StatsTable:
    """Counts by one dimension, or a cross-table of two.

    `rows` are JSON-ready dicts in display order; `axes` holds each dimension's own one-way
    counts (the margins of a cross-table, exact even where a record has several sectors);
    `cells` maps (row key, column key) to a count; `total` counts the distinct records.
    """

    dims: tuple[str, ...]
    rows: list[dict[str, Any]]
    total: dict[str, int]
    axes: dict[str, list[tuple[Key, dict[str, Any]]]] = field(default_factory=dict)
    cells: dict[tuple[Key, Key], int] = field(default_factory=dict)
    # With a governor dimension: the kinds of the government(s) led (the heading's title).
    head_kinds: list[str | None] = field(default_factory=list)
    # With a governor dimension: the governments its rows belong to, in display order (more
    # than one: the tables name each row's).
    governments: list[str] = field(default_factory=list)

    def several_governments(self) -> bool:
        """Whether the governor rows belong to more than one government."""
        return len(self.governments) > 1
