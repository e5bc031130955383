"""A few real subprocesses: the installed entry points, pipes, NO_COLOR, lazy imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import COLOUR, run_module


def test_python_m_list_json_through_a_pipe(tmp_path):
    result = run_module("list", "--format", "json", db=tmp_path / "e.db")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"Shanghai", "Chungcheongnam-do", "Kuala Lumpur"} <= {r["partner"] for r in rows}
    assert "loaded the bundled seed" in result.stderr


def test_piped_table_has_no_colour_even_without_no_color(tmp_path):
    result = run_module("list", db=tmp_path / "e.db", env={"COLUMNS": "80"})
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout
    assert "Shanghai (CN)" in result.stdout


def test_no_color_is_honoured_on_a_forced_terminal(tmp_path):
    env = {"FORCE_COLOR": "1", "NO_COLOR": "1", "TTY_COMPATIBLE": "1"}
    result = run_module("show", "Shanghai", db=tmp_path / "e.db", env=env)
    assert result.returncode == 0
    assert "\x1b[1m" in result.stdout  # a terminal: bold is not colour, NO_COLOR allows it
    assert not COLOUR.search(result.stdout)
    plain = run_module("show", "Shanghai", db=tmp_path / "e.db", env={"FORCE_COLOR": "1"})
    assert COLOUR.search(plain.stdout) or "\x1b[" in plain.stdout


def test_validation_error_is_one_line_exit_2_without_traceback(tmp_path):
    db = tmp_path / "e.db"
    run_module("list", db=db)
    result = run_module(
        "add",
        "--partner",
        "Busan",
        "--country",
        "Korsel",
        "--type",
        "mou",
        "--date",
        "31 April 2025",
        db=db,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "--date" in result.stderr and "31 April 2025" in result.stderr


def test_list_does_not_import_heavy_modules(tmp_path):
    db = tmp_path / "e.db"
    run_module("list", db=db)
    code = (
        "import sys\n"
        "from kerjasama_cli.cli.app import app\n"
        "try:\n    app(['list', '--format', 'json'], prog_name='kerjasama')\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('yaml', 'sqlite_utils', 'pycountry', 'dateutil', 'platformdirs')"
        " if m in sys.modules]\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "KERJASAMA_DB": str(db)},
        timeout=60,
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_shell_completion_script(tmp_path, shell):
    # Typer guesses the shell from the process tree (shellingham), which depends on how pytest
    # was started; with detection off, `--show-completion SHELL` names it, as a user can too.
    result = run_module(
        "--show-completion",
        shell,
        db=tmp_path / "e.db",
        env={"SHELL": f"/bin/{shell}", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
    )
    assert result.returncode == 0
    assert "kerjasama" in result.stdout.lower() or "_KERJASAMA" in result.stdout


def test_concurrent_writer_waits_instead_of_failing(tmp_path):
    import sqlite3
    import time

    db = tmp_path / "e.db"
    run_module("list", db=db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another user is in the middle of a write
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kerjasama_cli",
            "add",
            "--partner",
            "Busan",
            "--country",
            "KR",
            "--type",
            "mou",
            "--date",
            "2025",
        ],
        env={**os.environ, "KERJASAMA_DB": str(db)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    assert proc.poll() is None, "the second writer should be waiting on the lock"
    holder.execute("COMMIT")
    holder.close()
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert int(out.strip()) > 0
