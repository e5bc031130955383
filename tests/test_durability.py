"""Crashes and concurrent writers (issue 9): real processes on a real file.

- an import killed with SIGKILL at several moments leaves an intact file with exactly the
  records it had before;
- eight processes adding and one importing at once all succeed, and every record is there.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import Run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kerjasama_cli", "--db", str(db), *args]


def _state(db: Path) -> tuple[str, list[tuple], list[tuple]]:
    """Integrity verdict, every record's key and title, and the schema (tables, indexes,
    triggers): an interrupted import must leave all three as they were."""
    conn = sqlite3.connect(db)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        records = conn.execute("SELECT key, title FROM records ORDER BY key").fetchall()
        schema = conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        return verdict, records, schema
    finally:
        conn.close()


def _batch(path: Path, rows: int, prefix: str) -> Path:
    path.write_text(
        "".join(
            json.dumps(
                {
                    "partner": f"{prefix} {i}",
                    "country": "JP",
                    "type": "mou",
                    "date": f"20{10 + i % 15}-0{1 + i % 9}",
                    "title": f"{prefix} cooperation {i}",
                    "sectors": ["trade", "culture"],
                }
            )
            + "\n"
            for i in range(rows)
        )
    )
    return path


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A seeded registry, closed cleanly (no -wal), to copy for each run."""
    folder = tmp_path_factory.mktemp("base")
    db = folder / "base.db"
    Run(db)("list")
    assert not Path(f"{db}-wal").exists()
    return db


# Kill moments, as fractions of an uninterrupted import's duration: while the file is read
# and rows are validated, while they are written, and near the end (indexes, commit).
MOMENTS = (0.15, 0.4, 0.65, 0.9)
ROWS = 3000


def test_import_killed_at_several_moments_loses_nothing_and_adds_nothing(base, tmp_path):
    batch = _batch(tmp_path / "big.ndjson", ROWS, "Crash")
    # How long an uninterrupted import takes here, to spread the kills over its life.
    timed = tmp_path / "timed.db"
    shutil.copy(base, timed)
    started = time.monotonic()
    done = subprocess.run(_cli(timed, "import", str(batch)), capture_output=True, text=True)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    before = _state(base)
    complete = _state(timed)
    assert before[0] == "ok" and len(complete[1]) == len(before[1]) + ROWS
    interrupted = 0
    for moment in MOMENTS:
        db = tmp_path / f"crash-{moment}.db"
        shutil.copy(base, db)
        process = subprocess.Popen(
            _cli(db, "import", str(batch)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(duration * moment)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        after = _state(db)  # opening it replays or discards the WAL as SQLite does after a crash
        assert after[0] == "ok", f"killed at {moment:.0%}: integrity check {after[0]}"
        # All or nothing: killed before its commit, exactly the records it had before (and the
        # schema: the import drops indexes and triggers inside its transaction); killed after
        # it, every imported record.
        assert after[1:] in (before[1:], complete[1:]), f"killed at {moment:.0%}: a partial import"
        interrupted += after[1] == before[1]
    assert interrupted >= 2, f"only {interrupted} of {len(MOMENTS)} kills landed before the commit"
    # The registry stays usable after a crash: the same import, run again, goes through.
    again = subprocess.run(_cli(db, "import", str(batch)), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert _state(db)[1] == complete[1]


ADDERS = 8


def test_eight_writers_and_an_importer_at_once_all_succeed(base, tmp_path):
    db = tmp_path / "busy.db"
    shutil.copy(base, db)
    before = len(_state(db)[1])
    batch = _batch(tmp_path / "concurrent.ndjson", 1500, "Busy")
    env = {**os.environ, "NO_COLOR": "1"}
    processes = [
        subprocess.Popen(
            _cli(db, "import", str(batch)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
    ]
    for i in range(ADDERS):
        processes.append(
            subprocess.Popen(
                _cli(
                    db,
                    "add",
                    "--partner",
                    f"Writer {i}",
                    "--country",
                    "KR",
                    "--type",
                    "visit",
                    "--date",
                    f"2024-05-0{1 + i}",
                    "--title",
                    f"Concurrent visit {i}",
                ),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
        )
    results = [(p, *p.communicate(timeout=120)) for p in processes]
    for process, _out, err in results:
        assert process.returncode == 0, err
        assert "locked" not in err and "busy" not in err, err
    verdict, records, _ = _state(db)
    assert verdict == "ok"
    titles = {title for _key, title in records}
    assert {f"Concurrent visit {i}" for i in range(ADDERS)} <= titles
    assert len(records) == before + ADDERS + 1500


def test_writers_starting_together_on_a_new_registry_seed_it_once(base, tmp_path):
    """Eight `add`s on a registry that does not exist yet: one of them creates and seeds it,
    the others wait for the schema and add their record; the seed is loaded once."""
    db = tmp_path / "fresh.db"
    seeded = sqlite3.connect(base)
    try:
        seed_rows = seeded.execute("SELECT count(*) FROM history").fetchone()[0]
        seed_records = seeded.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        seeded.close()
    processes = [
        subprocess.Popen(
            _cli(
                db,
                "add",
                "--partner",
                f"Early {i}",
                "--country",
                "JP",
                "--type",
                "visit",
                "--title",
                f"Early visit {i}",
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(ADDERS)
    ]
    results = [(p, *p.communicate(timeout=120)) for p in processes]
    for process, _out, err in results:
        assert process.returncode == 0, err
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        assert records == seed_records + ADDERS
        seed_history = conn.execute(
            "SELECT count(*) FROM history WHERE command = 'seed'"
        ).fetchone()[0]
        assert seed_history == seed_rows
    finally:
        conn.close()
    notices = sum("loaded the bundled seed" in err for _p, _o, err in results)
    assert notices == 1
