"""Shared fixtures: real SQLite files in temporary directories, the CLI driven as users drive it."""

from __future__ import annotations

import json
import os
import re
import shutil
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


ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run_in_terminal(*args: str, db: Path, columns: int = 80, env: dict | None = None) -> str:
    """`python -m kerjasama_cli ARGS` with stdout on a pseudo-terminal `columns` wide, as a
    person at a terminal sees it: the text, escapes removed, one string with `\n` line ends."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    full_env = {**os.environ, "KERJASAMA_DB": str(db), "COLUMNS": str(columns), **(env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "kerjasama_cli", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
        env=full_env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    text = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    return ESCAPE.sub("", text)


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


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read English output unless they pass `--lang id` (or set KERJASAMA_LANG): what they
    see must not depend on the machine's locale, and English matches the strings in the code.
    Tests of the default language itself delete the variable."""
    monkeypatch.setenv("KERJASAMA_LANG", "en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "registry.db"


@pytest.fixture
def run(db_path: Path) -> Run:
    """A CLI bound to a fresh database (seeded on first use)."""
    return Run(db_path)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registry a first command makes (every migration, the bundled seed), made once."""
    db = tmp_path_factory.mktemp("seeded") / "registry.db"
    Run(db)("list", "--limit", "1", env={"KERJASAMA_LANG": "en"})
    return db


@pytest.fixture
def seeded_run(seeded_template: Path, db_path: Path) -> Run:
    """A CLI bound to a copy of the seeded registry: for tests that need the seed, not its
    making (seeding a new file costs ~0.4 s, and hundreds of tests start from the seed). A
    module opts in by defining its `run` fixture as this one; `run` itself keeps the first
    command's creating and seeding the file. The seed's rows carry the session's first
    times: a test that compares them with its own start stays on `run`."""
    shutil.copyfile(seeded_template, db_path)
    return Run(db_path)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database created with `init --empty`, made once."""
    db = tmp_path_factory.mktemp("empty") / "empty.db"
    Run(db)("init", "--empty", env={"KERJASAMA_LANG": "en"})
    return db


@pytest.fixture
def empty_run(empty_template: Path, tmp_path: Path) -> Run:
    """A CLI bound to a database created with `init --empty` (a copy of one made once a
    session: the test gets the file as `init --empty` leaves it, without ~0.3 s of making)."""
    shutil.copyfile(empty_template, tmp_path / "empty.db")
    return Run(tmp_path / "empty.db")


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
