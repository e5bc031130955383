"""Pages of labelled lines and aligned grids (`show`, the changes under it), drawn by rich on a
terminal and as plain text in a pipe.

Piped, a page is written without rich (not even imported): the same lines a wide terminal
shows, without colour or trailing spaces. A partner with a thousand records made `show` draw a
thousand grid rows through rich, three times the time of its query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kerjasama_cli.render.console import rich_terminal


@dataclass
class Block:
    """One part of a page: a bold heading line, then a grid (or a `note` when it has no rows).

    `gap` is the space between columns; the last column folds on a terminal, the others never
    wrap; `bold_first` sets the first column in bold (field labels). `blank_before` puts an
    empty line above the heading.
    """

    heading: str | None = None
    rows: list[list[str]] = field(default_factory=list)
    gap: int = 1
    bold_first: bool = False
    note: str | None = None
    blank_before: bool = True


def write_page(blocks: Sequence[Block]) -> None:
    """Print the blocks: through rich on a terminal (or one forced by FORCE_COLOR), as plain
    lines otherwise."""
    if rich_terminal():
        _rich(blocks)
        return
    import sys

    from kerjasama_cli.render.plain import grid_lines

    lines: list[str] = []
    for block in blocks:
        if block.heading is not None:
            if block.blank_before:
                lines.append("")
            lines.extend(grid_lines([[block.heading]]))
        if block.rows:
            lines.extend(grid_lines(block.rows, block.gap))
        elif block.note is not None:
            lines.extend(grid_lines([[block.note]]))
    sys.stdout.write("".join(line + "\n" for line in lines))


def _rich(blocks: Sequence[Block]) -> None:
    from rich.markup import escape
    from rich.table import Table

    from kerjasama_cli.render.console import console

    out = console()
    for block in blocks:
        if block.heading is not None:
            blank = "\n" if block.blank_before else ""
            out.print(f"{blank}[bold]{escape(block.heading)}[/bold]")
        if block.rows:
            grid = Table.grid(padding=(0, block.gap))
            columns = len(block.rows[0])
            for i in range(columns - 1):
                grid.add_column(style="bold" if i == 0 and block.bold_first else None, no_wrap=True)
            grid.add_column(overflow="fold")
            for row in block.rows:
                grid.add_row(*(escape(cell) for cell in row))
            out.print(grid)
        elif block.note is not None:
            out.print(escape(block.note))
