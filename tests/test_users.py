"""`users add/list/remove` (issue 26): accounts hashed in a file of their own beside the registry,
readable by its owner alone, never printed, never in the registry; `report --public` follows the
same rule as `serve --public`."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Run

pytest.importorskip("datasette_auth_passwords", reason="the web extra is not installed")

PASSWORD = "s3cret-pass phrase"


def _users(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "--db", str(db), "users", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "KERJASAMA_LANG": "en"},
    )


def test_add_list_remove_keep_only_hashes_beside_the_registry(tmp_path: Path):
    db = tmp_path / "r.db"
    Run(db)("init")
    added = _users(db, "add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout + added.stderr and added.stdout == ""
    book = tmp_path / "r.db.accounts.json"
    assert stat.S_IMODE(book.stat().st_mode) == 0o600
    text = book.read_text()
    assert PASSWORD not in text
    hashed = json.loads(text)["accounts"][0]["password_hash"]
    assert re.fullmatch(r"pbkdf2_sha256\$\d+\$[0-9a-f]+\$\S+", hashed)
    from datasette_auth_passwords.utils import verify_password

    assert verify_password(PASSWORD, hashed) and not verify_password("wrong", hashed)
    conn = sqlite3.connect(db)  # nothing of it in the registry
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    assert "pbkdf2" not in dump and "alice" not in dump
    listed = _users(db, "list", "--format", "json")
    assert [u["name"] for u in json.loads(listed.stdout)] == ["alice"]
    assert "pbkdf2" not in listed.stdout and "alice" in _users(db, "list").stdout
    again = _users(db, "add", "alice", "--password-stdin", stdin="another password\n")
    assert again.returncode == 2 and "already has an account" in again.stderr
    assert book.read_text() == text  # a refused command changes nothing
    replaced = _users(db, "add", "alice", "--replace", "--password-stdin", stdin="another one!\n")
    assert replaced.returncode == 0 and book.read_text() != text
    assert _users(db, "remove", "alice").returncode == 0
    assert json.loads(_users(db, "list", "--format", "json").stdout) == []
    gone = _users(db, "remove", "alice")
    assert (
        gone.returncode == 2 and gone.stderr.count("\n") == 1 and "no such account" in gone.stderr
    )


def test_the_count_of_accounts_is_said_in_good_grammar(tmp_path: Path):
    """`users list` said "1 accounts in ..." (and `serve --sign-in` "1 accounts see everything")."""
    db = tmp_path / "r.db"
    Run(db)("init")
    assert "0 accounts in" in _users(db, "list").stderr
    _users(db, "add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    said = _users(db, "list").stderr
    assert "1 account in" in said and "1 accounts" not in said
    _users(db, "add", "bob", "--password-stdin", stdin=PASSWORD + "\n")
    assert "2 accounts in" in _users(db, "list").stderr


@pytest.mark.parametrize(
    ("args", "stdin", "said"),
    [
        (("add", "bob", "--password-stdin"), "short\n", "too short"),
        (("add", "bob b", "--password-stdin"), PASSWORD + "\n", "NAME 'bob b'"),
        (("add", "bob"), PASSWORD + "\n", "use --password-stdin"),  # no terminal to ask on
    ],
)
def test_bad_accounts_are_one_line_and_write_nothing(tmp_path: Path, args, stdin, said):
    db = tmp_path / "r.db"
    Run(db)("init")
    result = _users(db, *args, stdin=stdin)
    assert result.returncode == 2 and said in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert PASSWORD not in result.stderr
    assert not (tmp_path / "r.db.accounts.json").exists()


def test_report_public_leaves_out_drafts_notes_and_files(run: Run, tmp_path: Path):
    run("edit", "gyeonggi-do-mou-2015-05-12", "--notes", "ZEBRA-note")
    full, public = tmp_path / "full.html", tmp_path / "public.html"
    run("report", "-o", str(full))
    said = run("report", "--public", "-o", str(public)).stderr
    assert "(12 records," in said  # of 22: the signed partnerships'
    page = public.read_text()
    assert "Gyeonggi" in page and "ZEBRA-note" not in page
    for draft in ("Chungcheongnam-do", "CEPA"):  # an LoI and an office, before any signing
        assert draft in full.read_text() and draft not in page, draft
    from kerjasama_cli.store.database.connection import open_store
    from kerjasama_cli.store.serve.public import public_ids

    store = open_store(run.db)
    try:
        ids = public_ids(store.conn)
    finally:
        store.close()
    shown = run.json("list", "--limit", "100")
    assert len(ids) == 12 and len(shown) == 22
