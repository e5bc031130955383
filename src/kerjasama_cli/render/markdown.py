"""GitHub-flavoured Markdown tables for pasting into briefing notes (`--format markdown`)."""

from __future__ import annotations

from collections.abc import Sequence


def cell(text: object) -> str:
    """A table cell: pipes escaped, line breaks flattened (a cell is one line)."""
    return ("" if text is None else str(text)).replace("|", "\\|").replace("\n", " ")


def table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = ()
) -> str:
    """A header row, an alignment row (`---:` for the `right` columns) and one line per row."""
    align = "|" + "|".join("---:" if i in right else "---" for i in range(len(headers))) + "|\n"

    return row_line(headers) + align + "".join(row_line(r) for r in rows)


def row_line(cells: Sequence[object]) -> str:
    """One table row, its line break included."""
    return "| " + " | ".join(cell(c) for c in cells) + " |\n"
