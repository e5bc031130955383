"""A registry in memory: what a new one would hold, for a command that must not create a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kerjasama_cli.store.database.connection import Store, connect
from kerjasama_cli.store.database.migrations import migrate


def memory_store(path: Path, fill: Callable[[Store], object]) -> Store:
    """What a new registry at `path` would hold (the schema, then `fill`'s rows), in memory,
    for a command that only reads a registry that does not exist yet: nothing is written, and
    `path` is only the name its messages give."""
    conn = connect(Path(":memory:"))
    migrate(conn)
    store = Store(path=path, conn=conn)  # neither created nor a new file: discard() only closes
    fill(store)
    return store
