"""`stats` output: the CSV's columns and the markdown of either table. The tables themselves are
`stats_table.py` (one dimension) and `stats_cross.py` (two), their words `stats_labels.py`;
STYLE.md §2 ex. 3 (a `Dimension` object) would gather a dimension's keys and labels in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from kerjasama_cli.domain.stats import StatsTable
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.stats_cross import cross_cells
from kerjasama_cli.render.stats_labels import notes
from kerjasama_cli.render.stats_table import one_way_cells

COUNT_KEYS = ["count", "agreements", "events", "partners"]
# Columns each dimension contributes to CSV (and the keys its JSON objects carry).
DIM_KEYS = {
    "country": ["country", "country_name"],
    "governor": ["governor", "governor_title", "term_start", "term_end"],
    "type": ["type"],
    "year": ["year"],
    "sector": ["sector"],
    "status": ["status"],
    "local_party": ["local_party"],
    "family": ["family"],
    "object": ["object"],
    "stage": ["stage"],
}


def csv_columns(dims: Sequence[str]) -> list[str]:
    """`group`, the dimensions' keys, then the counts; by governor, each row's government last,
    and by governor or local party its country (added after the counts, so that no column of an
    older reader moves)."""
    keys = [k for d in dims for k in DIM_KEYS[d]]
    last = ["local_party"] if "governor" in dims and "local_party" not in keys else []
    if "governor" in dims or "local_party" in dims:
        last.append("local_country")
    return ["group", *keys, *COUNT_KEYS, *last]


def render_markdown(table: StatsTable, lang: str | None = None) -> None:
    """`stats --format markdown`: the counts (or the cross-table) as a table, then the notes."""
    import sys

    from kerjasama_cli.render.markdown import strong
    from kerjasama_cli.render.markdown import table as md_table

    t = translator(lang)
    if len(table.dims) == 2:
        heads, rows, footer = cross_cells(table, t)
        right = range(1, len(heads))
    else:
        heads, rows, footer, n = one_way_cells(table, t)
        right = range(n, len(heads))
    bold = [strong(c) if c else "" for c in footer]
    sys.stdout.write(md_table(heads, [*rows, bold], right=right) + "\n")
    sys.stdout.write("".join(f"_{note}_\n" for note in notes(table, t)))
