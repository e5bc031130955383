"""Printing helpers for output that may be piped into a file or a briefing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


def emit(out: Console, renderable: Any) -> None:
    """Print a renderable; when piped, without the padding rich leaves at the end of lines.

    Rich pads every table cell to its column width; in a file or a pasted briefing those trailing
    spaces are noise (and make diffs of saved output noisy), so they are cut when not on a
    terminal. On a terminal (where styles may be interleaved with the padding) it prints as is.
    """
    if out.is_terminal:
        out.print(renderable)
        return
    with out.capture() as captured:
        out.print(renderable)
    text = captured.get()
    out.file.write("".join(line.rstrip() + "\n" for line in text.splitlines()))


def text_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int = 0,
    right: Sequence[int] = (),
    flexible: int | None = None,
) -> str:
    """An aligned plain-text table for pipes and files, drawn without importing rich.

    Every column keeps its natural width, so each row is one line whatever the width; only a
    `flexible` column (if given) gets what is left of `width` (at least 10 characters) and
    folds its text over several lines.
    """
    import textwrap

    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    if flexible is not None:
        others = sum(w for i, w in enumerate(widths) if i != flexible) + 2 * (len(widths) - 1)
        widths[flexible] = max(10, min(widths[flexible], width - others))

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    out = [line(headers)]
    for row in rows:
        if flexible is None:
            out.append(line(row))
            continue
        folded = textwrap.wrap(row[flexible], widths[flexible]) or [""]
        for n, piece in enumerate(folded):
            cells = list(row) if n == 0 else [""] * len(row)
            cells[flexible] = piece
            out.append(line(cells))
    return "\n".join(out) + "\n"
