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


def rich_terminal() -> bool:
    """Whether rich treats stdout as a terminal, without importing rich: TTY_COMPATIBLE=1 or a
    non-empty FORCE_COLOR say yes (TTY_COMPATIBLE=0 says no), else whether it is a tty."""
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force != ""
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
