"""`kerjasama serve` never writes the registry, and refuses what it cannot serve in one line.

A read-only registry (file 444 in a directory 555, with root's override of file modes dropped by
setpriv, as tests/test_db_file.py does) is served: its pages, map, search and canned queries
answer, and afterwards the file's sha256 and the directory's listing are what they were. A busy
port, a file that is not a registry and a registry of an older schema are refused with one line
before any "serving" line.
"""

from __future__ import annotations

import hashlib
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Run, run_module
from serving import rows, serving
from unprivileged import unprivileged  # root without its override of file modes

pytest.importorskip("datasette", reason="the web extra is not installed")

FIXTURES = Path(__file__).parent / "fixtures"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_serve_on_a_read_only_registry_changes_nothing(tmp_path: Path):
    prefix = unprivileged()
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "registry.db"
    Run(db)("init")  # Heidelberg has no coordinates: serve places it, in memory only
    assert sorted(p.name for p in folder.iterdir()) == ["registry.db"]
    before = _sha256(db)
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        probe = subprocess.run([*prefix, sys.executable, "-c", "import os,sys; "
                                "sys.exit(os.access(sys.argv[1], os.W_OK))", str(db)])  # fmt: skip
        assert probe.returncode == 0, "the server could still write the file: modes not applied"
        with serving(db, tmp_path / "serve.log", tuple(prefix)) as server:
            page = server.json(f"/{server.name}/browse_records.json?_size=5")
            assert page["filtered_table_rows_count"] == 22 and page["facet_results"]
            places = {r["partner"]: r for r in rows(server, "partner_map")}
            assert abs(places["Heidelberg"]["latitude"] - 49.41) < 0.05
            found = [r["id"] for r in rows(server, "browse_records?_search=banjir")]
            assert sorted(found) == sorted(r["id"] for r in rows(server, "search?q=banjir"))
            assert sorted(found) == [9, 11]
            for name in ("agreements_per_governor", "reported_vs_recorded", "expiring_soon"):
                status, body = server.get(f"/{server.name}/{name}.json")
                assert status == 200, body[:300]
        log = (tmp_path / "serve.log").read_text()
        assert "read-only" in log and "error" not in log.lower()
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert _sha256(db) == before
    assert sorted(p.name for p in folder.iterdir()) == ["registry.db"]


def _refused(db: Path, *args: str) -> subprocess.CompletedProcess:
    done = run_module("serve", "--port", "0", *args, db=db)
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("kerjasama: error: "), (
        done.stderr
    )
    assert "serving" not in done.stderr and "Traceback" not in done.stderr
    return done


def test_a_busy_port_is_one_line_before_serving(tmp_path: Path):
    db = tmp_path / "registry.db"
    Run(db)("init")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_module("serve", "--port", str(port), db=db)
    assert done.returncode == 1
    assert done.stderr.startswith(f"kerjasama: error: --port {port}: cannot listen on ")
    assert done.stderr.count("\n") == 1 and "serving" not in done.stderr


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"key,kind\nx,agreement\n", "not a SQLite database"),
        (None, "no such registry"),
    ],
)
def test_a_file_that_is_not_a_registry_is_refused(tmp_path: Path, content: bytes | None, says):
    db = tmp_path / "notes.db"
    if content is not None:
        db.write_bytes(content)
    done = _refused(db)
    assert done.returncode == 2 and says in done.stderr
    assert (db.read_bytes() == content) if content is not None else not db.exists()


def test_another_sqlite_database_is_refused(tmp_path: Path):
    import sqlite3

    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = _sha256(db)
    done = _refused(db)
    assert done.returncode == 2 and "not a kerjasama database" in done.stderr
    assert _sha256(db) == before


def test_an_older_registry_is_not_upgraded_by_serve(tmp_path: Path):
    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / "12-m012_no_fingerprint.db", db)
    before = _sha256(db)
    done = _refused(db)
    assert done.returncode == 1 and "serve never writes it" in done.stderr
    assert _sha256(db) == before
