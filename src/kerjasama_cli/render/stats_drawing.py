"""What both `stats` tables are drawn with: the proportional bar in eighths of a cell, the rich
grid with its total footer (rules and bold only on a terminal), and the plain lines of a pipe."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: int, peak: int, width: int) -> str:
    """A horizontal bar `value/peak` of `width` cells, in eighths of a cell."""
    if peak <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / peak * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def write_plain(lines: list[str], notes: Sequence[str]) -> None:
    """A piped table's lines and its notes on stdout."""
    import sys

    sys.stdout.write("".join(line + "\n" for line in [*lines, *notes]))


def stats_console() -> Console:
    """The console a table is drawn on (rich imported only when one is)."""
    from kerjasama_cli.render.console import console

    return console()


def counts_grid(out: Console, title: str | None = None) -> Table:
    """A counts table with a total footer; rules and bold only on a terminal."""
    from rich import box
    from rich.table import Table

    styled = out.is_terminal
    return Table(
        box=box.SIMPLE_HEAD if styled else None,
        show_edge=False,
        pad_edge=False,
        show_footer=True,
        collapse_padding=True,
        header_style="bold" if styled else "",
        footer_style="bold" if styled else "",
        title=title,
    )
