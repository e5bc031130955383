"""Ctrl-C (issue 19): a long command stopped by SIGINT says so in one line, exits 130, and the
registry is as it was; a Ctrl-C that lands once the import is committing lets it finish and say
what it saved. Real processes, real signals, real imports.

Deterministic, not timed: the command is started with KERJASAMA_TEST_PAUSE=POINT, so that at
POINT it says `kerjasama: test pause: POINT` on stderr and waits for the Ctrl-C
(store/database/interrupts.py); the signal is sent only then. The signal goes to the command's
whole process group, as a terminal sends it (the set-wise import's reader process included).
A suite run as a background job of a non-interactive shell ignores SIGINT, and its children
would inherit that: each command is started with SIGINT back at its default."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))

LINE = "kerjasama: interrupted: nothing was written\n"


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    """A file large enough (over 4 MB) for the set-wise import's second reading process."""
    import data  # bench/data.py

    csv_path, _ = data.write(tmp_path_factory.mktemp("interrupt"), 40_000)
    return csv_path


@pytest.fixture(scope="module")
def small_csv(tmp_path_factory) -> Path:
    """200 visits: one batch of the row path."""
    path = tmp_path_factory.mktemp("interrupt_rows") / "visits.csv"
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["key", "partner", "country", "type", "date"])
        for i in range(200):
            partner, country = [("Busan", "South Korea"), ("Osaka", "Japan"), ("Lyon", "France")][
                i % 3
            ]
            writer.writerow(
                [f"T-{i:03d}", partner, country, "visit", f"{1990 + i // 12}-{i % 12 + 1:02d}-01"]
            )
    return path


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(db: Path, *args: str, pause: str | None = None, stdin=None) -> subprocess.Popen:
    env = {**os.environ, "KERJASAMA_DB": str(db), "KERJASAMA_LANG": "en"}
    env.pop("KERJASAMA_TEST_PAUSE", None)
    if pause is not None:
        env["KERJASAMA_TEST_PAUSE"] = pause
    return subprocess.Popen(
        [sys.executable, "-m", "kerjasama_cli", *args],
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        preexec_fn=_default_sigint,
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A registry as `list` leaves it on first use (the bundled seed), made once."""
    db = tmp_path_factory.mktemp("seeded") / "registry.db"
    assert _start(db, "list").wait(timeout=60) == 0
    return db


def _seeded(tmp_path: Path, seeded: Path) -> tuple[Path, tuple[str, int, int]]:
    db = tmp_path / "registry.db"
    shutil.copyfile(seeded, db)
    return db, _state(db)


def _paused(process: subprocess.Popen, point: str) -> None:
    """Until the command says it waits at POINT; anything else it says fails the test."""
    assert process.stderr is not None
    line = process.stderr.readline()
    if line != f"kerjasama: test pause: {point}\n":
        process.kill()
        pytest.fail(f"expected the pause at {point}, got: {line + process.stderr.read()}")


def _ctrl_c(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGINT)


def _state(db: Path) -> tuple[str, int, int]:
    conn = sqlite3.connect(db)
    try:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM records").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM partners").fetchone()[0],
        )
    finally:
        conn.close()


def _interrupted(db: Path, process: subprocess.Popen, before: tuple, line: str = LINE) -> None:
    """Exit 130, the one line, the registry as it was."""
    _out, err = process.communicate(timeout=120)
    assert (process.returncode, err) == (130, line)
    assert _state(db) == before and before[0] == "ok"


def test_ctrl_c_while_a_large_import_writes(tmp_path: Path, seeded: Path, big_csv: Path) -> None:
    """Set-wise, its rows read by a second process: the first chunk is written when the
    Ctrl-C comes; that process says nothing (no traceback of its own)."""
    db, before = _seeded(tmp_path, seeded)
    process = _start(db, "import", str(big_csv), pause="chunk")
    _paused(process, "chunk")
    _ctrl_c(process)
    _interrupted(db, process, before)
    # The registry takes the next command as if nothing had happened.
    assert _start(db, "list").wait(timeout=60) == 0


def test_ctrl_c_in_indonesian(tmp_path: Path, seeded: Path, big_csv: Path) -> None:
    db, before = _seeded(tmp_path, seeded)
    process = _start(db, "--lang", "id", "import", str(big_csv), pause="chunk")
    _paused(process, "chunk")
    _ctrl_c(process)
    _interrupted(db, process, before, "kerjasama: dihentikan: tidak ada yang ditulis\n")


def test_ctrl_c_while_the_writer_thread_writes_and_again_while_it_is_awaited(
    tmp_path: Path, seeded: Path, small_csv: Path
) -> None:
    """The row path (stdin): the writer thread holds the batch when the first Ctrl-C comes (the
    main thread waits for it); the second lands while the main thread waits for that batch
    before rolling back. Neither is lost, nothing is written after the rollback, and the line
    is said once."""
    db, before = _seeded(tmp_path, seeded)
    with small_csv.open() as stdin:
        process = _start(db, "import", "--format", "csv", "-", pause="writer", stdin=stdin)
        _paused(process, "writer")
        _ctrl_c(process)
        time.sleep(0.2)
        _ctrl_c(process)
        _interrupted(db, process, before)


def test_ctrl_c_inside_a_sql_function_is_not_taken_for_a_database_error(
    tmp_path: Path, seeded: Path
) -> None:
    """SQLite turns an exception raised inside a Python SQL function into "user-defined
    function raised exception": a Ctrl-C landing there is still a Ctrl-C."""
    db, before = _seeded(tmp_path, seeded)
    path = tmp_path / "other_party.csv"
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["partner", "country", "type", "date", "local_party"])
        writer.writerow(["Busan", "South Korea", "mou", "2021-05-03", "Kota Surabaya"])
    process = _start(db, "import", str(path), pause="sql-function")
    _paused(process, "sql-function")
    _ctrl_c(process)
    _interrupted(db, process, before)


def test_ctrl_c_during_the_commit_lets_the_import_finish_and_say_so(
    tmp_path: Path, seeded: Path, small_csv: Path
) -> None:
    """Once COMMIT has begun the import is saved: it says what it saved and succeeds, rather
    than claiming that nothing was written."""
    db, before = _seeded(tmp_path, seeded)
    process = _start(db, "import", str(small_csv), pause="commit")
    _paused(process, "commit")
    _ctrl_c(process)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    summary = f"kerjasama: {small_csv}: 200 inserted, 0 updated, 0 unchanged, 0 rejected"
    assert err.startswith(summary) and err.count("\n") == 1, err
    assert _state(db)[1] == before[1] + 200


def test_a_ctrl_c_lost_on_the_way_still_stops_the_commit(tmp_path: Path) -> None:
    """However a KeyboardInterrupt was lost on the way (a library's broad except, SQLite's
    wrapping), the commit that follows does not happen: the transaction rolls back and the
    Ctrl-C is raised again."""
    import contextlib

    from kerjasama_cli.store.database import interrupts
    from kerjasama_cli.store.database.connection import open_store

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    store = open_store(tmp_path / "registry.db")
    try:
        interrupts.begin()
        with pytest.raises(KeyboardInterrupt), store.transaction() as conn:
            conn.execute("INSERT INTO kerjasama_meta (key, value) VALUES ('lost', 'yes')")
            with contextlib.suppress(KeyboardInterrupt):  # the loss
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(5)
        assert store.meta("lost") is None
        interrupts.begin()  # the next command starts afresh
        with store.transaction() as conn:
            conn.execute("INSERT INTO kerjasama_meta (key, value) VALUES ('kept', 'yes')")
        assert store.meta("kept") == "yes"
    finally:
        store.close()
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_during_another_commands_commit_says_the_change_was_saved(
    tmp_path: Path, seeded: Path
) -> None:
    """A command that does not report after its commit (here `edit`) is stopped right after
    it, and says so truthfully: not "nothing was written"."""
    db, _ = _seeded(tmp_path, seeded)
    process = _start(db, "edit", "1", "--title", "Renamed while interrupted", pause="commit")
    _paused(process, "commit")
    _ctrl_c(process)
    _out, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (
        130,
        "kerjasama: interrupted after the changes were saved\n",
    )
    conn = sqlite3.connect(db)
    try:
        title = conn.execute("SELECT title FROM records WHERE id = 1").fetchone()[0]
    finally:
        conn.close()
    assert title == "Renamed while interrupted"


def test_ctrl_c_while_importing_into_a_registry_it_created_leaves_no_file(
    tmp_path: Path, small_csv: Path
) -> None:
    """The registry made (and seeded, a commit of its own) by this very command goes with the
    rollback: nothing was written, and it says so; it never said it created the registry (that
    is said once a command has succeeded), so nothing it said is left untrue."""
    folder = tmp_path / "new"
    folder.mkdir()
    db = folder / "registry.db"
    with small_csv.open() as stdin:
        process = _start(db, "import", "--format", "csv", "-", pause="writer", stdin=stdin)
        _paused(process, "writer")  # the first line it says: no "created" before it
        _ctrl_c(process)
        _out, err = process.communicate(timeout=120)
    assert (process.returncode, err) == (130, LINE)
    assert list(folder.iterdir()) == []
