"""What every migration step shares: its type, and a script of statements run inside the step's
transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run SCRIPT's statements, separated by ";", one by one on CONN."""
    # executescript() would commit the open transaction, so statements run one by one.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)
