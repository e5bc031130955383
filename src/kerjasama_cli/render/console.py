"""The rich console, created on demand: colour only on a terminal, and never with NO_COLOR."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def is_terminal() -> bool:
    """True when stdout is an interactive terminal."""
    return sys.stdout.isatty()


# The width rich lays out piped output in: wide enough that no line is ever folded (one record,
# one line for grep), whatever COLUMNS says. Trailing padding is cut by `plain.emit`.
PIPE_WIDTH = 10_000


def console(stderr: bool = False) -> Console:
    """A Console that degrades to plain text when piped (rich itself honours NO_COLOR).

    Piped, it is PIPE_WIDTH columns wide, so tables and text are never wrapped.
    """
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    return Console(
        file=stream,
        highlight=False,
        no_color=bool(os.environ.get("NO_COLOR")) or not tty,
        soft_wrap=False,
        width=None if tty else PIPE_WIDTH,
    )
