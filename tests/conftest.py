"""Shared fixtures: real SQLite files in temporary directories, the CLI driven as users drive it."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from typer.testing import CliRunner

from kerjasama_cli.cli.app import app

REPO = Path(__file__).resolve().parents[1]
T = TypeVar("T")

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


def without_module(name: str, tmp_path: Path) -> dict[str, str]:
    """An environment for `run_module` in which `import NAME` fails, as on an install without
    the extra that brings it: a package of that name, first on the path, that raises."""
    shadow = tmp_path / "shadow" / name
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(f"raise ImportError('{name} is not installed')\n")
    return {"PYTHONPATH": str(shadow.parent)}


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


@pytest.fixture(autouse=True)
def _no_rejects_left_in_the_working_directory() -> Iterator[None]:
    """`import --skip-invalid` writes `NAME.rejects.EXT` in the current directory; a test that
    does not run it in a temporary one (`monkeypatch.chdir(tmp_path)`, `--rejects`) leaves the
    file in the checkout, where it gets committed (`visits.rejects.csv`, chores 33)."""
    here = Path.cwd()
    before = set(here.glob("*.rejects.*"))
    yield
    left = sorted(str(path) for path in set(here.glob("*.rejects.*")) - before)
    for name in left:
        Path(name).unlink()
    assert not left, f"the test left rejects files in {here}: {left}"


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


# -- large registries made early, on the spare core ----------------------------------------------
#
# A few modules need a registry of 200,000 records (tens of seconds of import). Such a module
# names its builders in EARLY ({name: build(folder) -> value}); once the session has collected
# its tests, one process of its own (niced) runs the builders of the collected modules one after
# the other, beside the tests, and the module's fixture takes the result with `early()`. The
# suite's own work runs on one core; CI's machine has two, so the registries are ready when their
# module is reached instead of being made then. A process, not a thread: nothing a test patches
# (environment, subprocess, random) reaches the builders. A run that collects no such module
# starts nothing.
BUILD_EARLY = """
import os, pickle, sys
from pathlib import Path
os.nice(5)
sys.path.insert(0, sys.argv[1])
folder = Path(sys.argv[2])
import importlib
import traceback
for key in sys.argv[3:]:
    module, name = key.rsplit(".", 1)
    try:
        value = pickle.dumps(importlib.import_module(module).EARLY[name]((folder / key).resolve()))
    except Exception:  # the module's own fixture raises it; the next builders still run
        value = pickle.dumps(RuntimeError(f"{key} failed:\\n{traceback.format_exc()}"))
    (folder / f"{key}.tmp").write_bytes(value)
    (folder / f"{key}.tmp").rename(folder / f"{key}.pickle")
"""
_EARLY: dict[str, object] = {}


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the EARLY builders of every collected module, in one process beside the tests."""
    if session.config.option.collectonly:
        return
    modules = {id(m): m for m in (getattr(item, "module", None) for item in session.items) if m}
    # Modules in the order the tests run them, each module's builders in the order it names
    # them (the order its tests need them).
    keys = [
        f"{module.__name__}.{name}"
        for module in sorted(modules.values(), key=lambda module: module.__name__)
        for name in getattr(module, "EARLY", {})
    ]
    if not keys:
        return
    folder = Path(tempfile.mkdtemp(prefix="kerjasama-early-"))
    for key in keys:
        (folder / key).mkdir()
    log = (folder / "build.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-c", BUILD_EARLY, str(Path(__file__).parent), str(folder), *keys],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # its imports in its group: ended with it (pytest_sessionfinish)
    )
    log.close()
    _EARLY.update(folder=folder, process=process, keys=keys)


def early(module: str, name: str, tmp_path_factory: pytest.TempPathFactory) -> object:
    """What MODULE's EARLY[NAME] built: started at collection, or made now (in a folder of
    tmp_path_factory's) when it was not."""
    key = f"{module}.{name}"
    if key not in _EARLY.get("keys", []):
        import importlib

        return importlib.import_module(module).EARLY[name](tmp_path_factory.mktemp(name))
    import pickle
    import time

    folder: Path = _EARLY["folder"]  # type: ignore[assignment]
    process: subprocess.Popen = _EARLY["process"]  # type: ignore[assignment]
    result = folder / f"{key}.pickle"
    while not result.exists():
        if process.poll() is not None and not result.exists():
            raise AssertionError((folder / "build.log").read_text())
        time.sleep(0.1)
    value = pickle.loads(result.read_bytes())
    if isinstance(value, RuntimeError):  # what the builder raised, with its traceback
        raise value
    return value


def in_english(build: Callable[[Path], T]) -> Callable[[Path], T]:
    """An EARLY builder BUILD run with KERJASAMA_LANG=en, as every test runs
    (`_english_unless_asked`), the builders' process's environment left as it was."""

    def built(folder: Path) -> T:
        before = os.environ.get("KERJASAMA_LANG")
        os.environ["KERJASAMA_LANG"] = "en"
        try:
            return build(folder)
        finally:
            if before is None:
                del os.environ["KERJASAMA_LANG"]
            else:
                os.environ["KERJASAMA_LANG"] = before

    return built


def early_if_ready(module: str, name: str) -> object | None:
    """What MODULE's EARLY[NAME] built, if the builder started at collection has finished it;
    None if it has not (yet): for a caller that can make the value itself and would rather not
    wait (tests/extract_corpus.py)."""
    if f"{module}.{name}" not in _EARLY.get("keys", []):
        return None
    folder: Path = _EARLY["folder"]  # type: ignore[assignment]
    if not (folder / f"{module}.{name}.pickle").exists():
        return None
    return early(module, name, None)  # type: ignore[arg-type]  # (made: no folder needed)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """End the early builder if the session ended before it did, and remove what it made."""
    if "process" in _EARLY:
        process: subprocess.Popen = _EARLY["process"]  # type: ignore[assignment]
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
        shutil.rmtree(_EARLY["folder"], ignore_errors=True)  # type: ignore[arg-type]
