"""Ctrl-C (issue 19): a long command stopped by SIGINT says so in one line, exits 130, and the
registry is as it was. A real process, a real signal, a 300,000-row import."""

from __future__ import annotations

import os
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
    import data  # bench/data.py

    csv_path, _ = data.write(tmp_path_factory.mktemp("interrupt"), 300_000)
    return csv_path


def _start(db: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "KERJASAMA_DB": str(db), "KERJASAMA_LANG": "en"}
    return subprocess.Popen(
        [sys.executable, "-m", "kerjasama_cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


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


def test_ctrl_c_during_a_large_import(tmp_path: Path, big_csv: Path) -> None:
    db = tmp_path / "registry.db"
    assert _start(db, "list").wait(timeout=60) == 0  # seeded
    before = _state(db)
    process = _start(db, "import", str(big_csv))
    time.sleep(1.5)  # well inside the import (300,000 rows take several seconds)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert err == LINE
    assert _state(db) == before and before[0] == "ok"
    # The registry takes the next command as if nothing had happened.
    assert _start(db, "list").wait(timeout=60) == 0


def test_ctrl_c_in_indonesian(tmp_path: Path, big_csv: Path) -> None:
    db = tmp_path / "registry.db"
    assert _start(db, "list").wait(timeout=60) == 0
    process = _start(db, "--lang", "id", "import", str(big_csv))
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert err == "kerjasama: dihentikan: tidak ada yang ditulis\n"
