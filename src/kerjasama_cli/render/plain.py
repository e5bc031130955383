"""Printing helpers for output that may be piped into a file or a briefing."""

from __future__ import annotations

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
