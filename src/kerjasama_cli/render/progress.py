"""`import`'s progress bar: on stderr, only on a terminal and when the input's size is known."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Any


def import_progress(source: Any) -> tuple[Callable[[], None], Callable[[], None]]:
    """(tick, stop) for a source with `name`, `size` and `position()`: a rich bar on a terminal,
    else two functions that do nothing (rich is imported only for the bar)."""
    if not sys.stderr.isatty() or not getattr(source, "size", None):
        return (lambda: None), (lambda: None)
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    from kerjasama_cli.render.console import console

    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=console(stderr=True),
        transient=True,
        auto_refresh=False,  # a refresh thread starves while the import holds the GIL
    )
    task = progress.add_task(f"importing {source.name}", total=source.size)
    progress.start()

    def tick() -> None:
        with contextlib.suppress(OSError):
            progress.update(task, completed=source.position(), refresh=True)

    return tick, progress.stop
