"""Shared fixtures: real SQLite files in temporary directories, the CLI driven as users drive it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kerjasama_cli.cli.app import app

REPO = Path(__file__).resolve().parents[1]

# An SGR escape that sets a foreground or background colour (bold and the like are not colour).
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")


def run_module(*args: str, db: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m kerjasama_cli ARGS` as a real process, on the database `db`."""
    full_env = {**os.environ, "KERJASAMA_DB": str(db), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
    )


class Run:
    """Invoke `kerjasama --db <tmp> ...` in-process; `.json(...)` parses stdout."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(
        self, *args: str, code: int = 0, input: str | None = None, env: dict | None = None
    ):
        result = self.runner.invoke(app, ["--db", str(self.db), *args], input=input, env=env)
        assert result.exit_code == code, (
            f"exit {result.exit_code} != {code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
            f"\nexception: {result.exception!r}"
        )
        return result

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--format", "json").stdout)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "registry.db"


@pytest.fixture
def run(db_path: Path) -> Run:
    """A CLI bound to a fresh database (seeded on first use)."""
    return Run(db_path)


@pytest.fixture
def empty_run(tmp_path: Path) -> Run:
    """A CLI bound to a database created with `init --empty`."""
    r = Run(tmp_path / "empty.db")
    r("init", "--empty")
    return r


@pytest.fixture
def snapshot() -> Callable[[Path], bytes]:
    """The bytes of a database file and its WAL, to prove a failed command changed nothing."""

    def take(path: Path) -> bytes:
        import sqlite3

        conn = sqlite3.connect(path)
        try:
            return "\n".join(conn.iterdump()).encode()
        finally:
            conn.close()

    return take
