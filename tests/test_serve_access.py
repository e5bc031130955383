"""Sharing without leaking (issue 26), against a real `kerjasama serve`.

The registry holds notes (the seed's, and one written here), history, a partnership still before
signing (Kuala Lumpur: an LoI and a visit) and an attached document. Anonymous visitors, under
`--sign-in` and `--public`, get 403 for every table but the public view, for a hidden column and
for SQL of their own, and none of the secrets appears in what they can read; a member who signs
in through the login form, as a browser does, reads it all. No password is ever printed or
logged, and `serve --host 0.0.0.0` without a choice exits 2 before binding.
"""

from __future__ import annotations

import re
import socket
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import Run, run_module
from serving import Browser, database_line, free_port, rows, serving

pytest.importorskip("datasette_auth_passwords", reason="the web extra is not installed")

PASSWORD = "correct horse battery staple"
NOTE = "ZEBRA-internal-note"
LETTER = "QUOKKA-internal-letter"
# The seed's records of the Kuala Lumpur partnership: an LoI and a visit, not yet signed.
DRAFTS = {"kuala-lumpur-loi-2025-08", "kuala-lumpur-governor-visit-2025-08"}


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("access")
    db = folder / "registry.db"
    run = Run(db)
    run("init")
    run("edit", "1", "--notes", NOTE)  # a signed record's note: public record, hidden field
    letter = folder / "letter.txt"
    letter.write_text(f"Internal letter about the MoU. {LETTER}\n", "utf-8")
    run("attach", "1", str(letter))
    added = subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "--db", str(db), "users", "add", "alice",
         "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout + added.stderr
    return db


def _keys(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {k for (k,) in conn.execute("SELECT key FROM records")}
    finally:
        conn.close()


def _hidden_tables(db: Path) -> list[str]:
    from kerjasama_cli.domain.public import PUBLIC_TABLES

    conn = sqlite3.connect(db)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN "
                                            "('table', 'view')")]  # fmt: skip
    finally:
        conn.close()
    return sorted(n for n in names if n not in PUBLIC_TABLES)


def _assert_public_only(reader: Browser, db: Path, queries: dict[str, str]) -> None:
    """What a visitor may and may not read (domain/public.py)."""
    name = db.stem
    for table in _hidden_tables(db):
        if table in queries:  # `--public`'s map is the public query of the view's name
            continue
        status, _ = reader.get(f"/{name}/{table}.json")
        assert status in (403, 404), (table, status)
    sql = urllib.parse.quote("select notes from records")
    for path in (
        f"/{name}.json?sql={sql}",
        f"/{name}/records.json?_col=notes",  # a hidden column
        f"/{name}/public_records.json?_where=1=1",  # a condition of one's own is SQL too
        f"/{name}.db",  # the whole file
        f"/{name}/agreements_per_governor.json",  # the team's queries count every record
        "/-/databases.json",  # the file's path on the server
    ):
        assert reader.get(path)[0] in (403, 404), path
    # What a visitor reads: signed partnerships' records, none of the drafts, no secret.
    status, body = reader.get(f"/{name}/public_records.json?_shape=array&_size=max")
    assert status == 200, body[:300]
    keys = set(re.findall(r'"key": "([^"]+)"', body))
    assert "gyeonggi-do-mou-2015-05-12" in keys and not keys & DRAFTS
    assert _keys(db) >= DRAFTS  # the drafts are there, only not shown
    assert '"notes"' not in body
    pages = [body]
    for query, params in queries.items():
        status, page = reader.get(f"/{name}/{query}.json?_shape=array&{params}")
        assert status == 200, (query, page[:300])
        pages.append(page)
    for page in pages:
        # (A signed record's summary may name Kuala Lumpur: the news said so; its keys no.)
        for secret in (NOTE, LETTER, *DRAFTS):
            assert secret not in page, secret
    # Datasette's own pages show no team query's SQL and no hidden table's name (issue 20):
    # /-/metadata would list them all, so a visitor gets 403 for it.
    assert reader.get("/-/metadata.json")[0] == 403 and reader.get("/-/metadata")[0] == 403
    team_sql = "FROM leaders l"  # agreements_per_governor's
    for page in ("plugins", "versions", "settings", "config", "actor", "messages", "patterns",
                 "allow-debug", "permissions", "threads", "databases", "metadata"):  # fmt: skip
        for path in (f"/-/{page}", f"/-/{page}.json"):
            status, body = reader.get(path)
            assert team_sql not in body and "agreements_per_governor" not in body, path
            for table in ("history", "evidence", "browse_facets", "documents"):
                assert f'"{table}"' not in body and f">{table}<" not in body, (path, table)
    # A word that is only in the notes finds nothing: the public search skips them.
    assert reader.get(f"/{name}/{next(iter(queries))}.json?_shape=array&q={NOTE}")[1] == "[]"


def test_sign_in_shows_the_team_everything_and_visitors_the_public_subset(
    registry: Path, tmp_path: Path
):
    log = tmp_path / "serve.log"
    with serving(registry, log, args=("--sign-in",)) as server:
        visitor = Browser(server)
        _assert_public_only(
            visitor,
            registry,
            {
                "public_search": "q=Gyeonggi",
                "public_partner_map": "",
                "public_partner_history": "partner=Kuala",
                "public_expiring_soon": "days=36500",
            },
        )
        assert "Gyeonggi" in visitor.get(f"/{server.name}/public_search.json?q=Gyeonggi")[1]
        # The index counts what a visitor may read, in a sentence (it said "0 tables1 view").
        status, page = visitor.get("/")
        assert status == 200 and database_line(page) == "1 view", database_line(page)
        # A wrong password signs nobody in, and says nothing of the right one.
        status, page = visitor.sign_in("alice", "not the password")
        assert status == 200 and "Invalid username or password" in page
        assert visitor.actor() is None
        # One line on stderr names the name tried and the address (serve's log), not the
        # password; a name cannot write a line of its own into the log.
        assert visitor.sign_in("x\nkerjasama: forged", "also not it")[0] == 200
        said = log.read_text("utf-8").splitlines()
        assert 'kerjasama: failed sign-in as "alice" from 127.0.0.1' in said, said[-20:]
        assert 'kerjasama: failed sign-in as "x?kerjasama: forged" from 127.0.0.1' in said
        assert not any("not the password" in line or "also not it" in line for line in said)
        member = Browser(server)
        status, _ = member.sign_in("alice", PASSWORD)
        assert status == 200 and member.actor() == {"id": "alice"}
        for table in ("history", "records", "documents", "evidence", "browse_records"):
            status, body = member.get(f"/{server.name}/{table}.json")
            assert status == 200, (table, body[:300])
        status, body = member.get(f"/{server.name}/records.json?_col=notes&_shape=array")
        assert status == 200 and NOTE in body
        sql = urllib.parse.quote("select text from documents")
        status, body = member.get(f"/{server.name}.json?sql={sql}&_shape=array")
        assert status == 200 and LETTER in body
        status, body = member.get("/-/metadata.json")  # the team reads its own metadata
        assert status == 200 and "agreements_per_governor" in body
        status, body = member.get(f"/{server.name}/partner_map.json?_shape=array")
        assert status == 200 and "Kuala Lumpur" in body
        # Still read-only for members.
        assert server.post(f"/{server.name}/records/-/insert", {"row": {}})[0] == 403
    said = log.read_text()
    assert PASSWORD not in said and "pbkdf2" not in said
    assert "sign-in required (1 account): members see everything" in said


def test_public_serves_the_subset_to_everyone(registry: Path, tmp_path: Path):
    log = tmp_path / "serve.log"
    with serving(registry, log, args=("--public",)) as server:
        visitor = Browser(server)
        _assert_public_only(
            visitor,
            registry,
            {"search": "q=Gyeonggi", "partner_map": "", "partner_history": "partner=Kuala"},
        )
        places = {r["partner"] for r in rows(server, "partner_map")}
        assert "Gyeonggi-do" in places and "Kuala Lumpur" not in places
        # No accounts to sign in with: no sign-in form, and no form may be posted.
        assert visitor.get("/-/login")[0] == 404
        fields = urllib.parse.urlencode({"username": "alice", "password": PASSWORD}).encode()
        assert visitor.get("/-/login", fields)[0] == 403
        assert visitor.actor() is None
    assert "public subset only" in log.read_text()


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "example.org"])
def test_an_open_address_needs_a_choice_and_is_refused_before_binding(registry: Path, host: str):
    port = free_port()
    result = run_module("serve", "--host", host, "--port", str(port), db=registry)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and result.stdout == ""
    assert lines[0].startswith(f"kerjasama: error: --host {host}: other machines could read")
    assert "--sign-in" in lines[0] and "--public" in lines[0]
    with socket.socket() as probe:  # nothing was bound: the port is still free
        probe.bind(("127.0.0.1", port))
    said = run_module("--lang", "id", "serve", "--host", host, "--port", str(port), db=registry)
    assert said.returncode == 2 and "pilih --sign-in" in said.stderr


def test_sign_in_and_public_together_and_sign_in_without_accounts(tmp_path: Path):
    db = tmp_path / "r.db"
    Run(db)("init")
    both = run_module("serve", "--sign-in", "--public", "--port", "0", db=db)
    assert both.returncode == 2
    assert both.stderr == "kerjasama: error: --sign-in and --public: choose one\n"
    none = run_module("serve", "--sign-in", "--host", "0.0.0.0", "--port", "0", db=db)
    assert none.returncode == 2 and "no accounts for" in none.stderr
    assert "users add NAME" in none.stderr and "serving" not in none.stderr


def test_loopback_addresses_need_no_choice():
    from kerjasama_cli.cli.web import _loopback

    assert all(_loopback(h) for h in ("127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost"))
    assert not any(_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.1", "example.org", ""))
