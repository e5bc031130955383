"""Search results: each match with the passage where it matched, highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kerjasama_cli.render.console import console
from kerjasama_cli.render.records import partner_label, short_date

MARK_START, MARK_END = "\x02", "\x03"  # as store/search.py writes them
PLAIN_START, PLAIN_END = "**", "**"


def plain_snippet(snippet: str | None) -> str | None:
    """The passage with matches marked `**like this**` (pipes, JSON, CSV)."""
    if snippet is None:
        return None
    return snippet.replace(MARK_START, PLAIN_START).replace(MARK_END, PLAIN_END)


def column_label(column: str | None) -> str:
    """`partner_notes` -> `partner notes`."""
    return (column or "match").replace("_", " ")


def render_search(rows: Sequence[dict[str, Any]]) -> None:
    """Two lines per match: rank, id, date, type, partner and title; then where it matched."""
    from rich.text import Text

    out = console()
    bold = "bold" if out.is_terminal else ""
    width = len(str(len(rows)))
    for row in rows:
        head = Text(f"{row['rank']:>{width}}. ")
        head.append(f"#{row['id']}", style=bold)
        head.append(f"  {short_date(row)}  {row['type']}  {partner_label(row)}")
        if row.get("title"):
            head.append(f"  {row['title']}", style="dim")
        if out.is_terminal:
            from rich.padding import Padding

            head.truncate(max(out.width, 40), overflow="ellipsis")
            out.print(head, no_wrap=True)
            out.print(Padding(_passage(row, True), (0, 0, 0, width + 2)))
        else:  # one line each, whole, for grep and friends
            out.print(head, soft_wrap=True)
            out.print(Text(" " * (width + 2)) + _passage(row, False), soft_wrap=True)
    noun = "match" if len(rows) == 1 else "matches"
    out.print(f"{len(rows)} {noun}", style="dim")


def _passage(row: dict[str, Any], terminal: bool) -> Any:
    from rich.text import Text

    line = Text()
    line.append(f"{column_label(row.get('matched_in'))}: ", style="dim")
    snippet = row.get("snippet") or ""
    if not terminal:
        line.append(plain_snippet(snippet) or "")
        return line
    # Alternate plain and marked stretches; only marked ones are bold.
    for i, part in enumerate(snippet.replace(MARK_END, MARK_START).split(MARK_START)):
        line.append(part, style="bold yellow" if i % 2 else "")
    return line
