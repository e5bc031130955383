"""What a visitor and a member meet in `kerjasama serve --sign-in --lang id` (session 36, i44e),
against a real server on a localhost port: a bad address costs the log one line and shows an
Indonesian page; a restart keeps members signed in; Datasette's own screens speak Indonesian;
the public view's search box searches the public columns."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Run, run_module
from serving import Browser, Server, database_line, rows, serving

pytest.importorskip("datasette_auth_passwords", reason="the web extra is not installed")

PASSWORD = "correct horse battery staple"
NOTE = "ZEBRANOTE"  # a word only in a public record's notes


def _registry(folder: Path) -> Path:
    db = folder / "registry.db"
    run = Run(db)
    run("init")
    run("edit", "1", "--notes", f"Internal: {NOTE} said so")
    added = subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "--db", str(db), "users", "add", "alice",
         "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return db


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("visitors")
    db = _registry(folder)
    env = {"KERJASAMA_LANG": "id"}
    with serving(db, folder / "serve.log", args=("--sign-in",), env=env) as server:
        yield server


def _log_lines(server: Server, at_least: int) -> list[str]:
    """serve's log, once it has `at_least` lines (uvicorn writes each access line after the
    answer is sent)."""
    deadline = time.monotonic() + 10
    while True:
        lines = server.log.read_text("utf-8").splitlines()
        if len(lines) >= at_least or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


# A visitor's mistakes: addresses that are not there, and bad sort, page and size parameters.
BAD = [
    ("/nope", 404, "Halaman tidak ditemukan"),
    ("/{db}/nope", 404, "Halaman tidak ditemukan"),
    ("/{db}/public_records?_sort=zzz", 400, "zzz"),
    ("/{db}/public_records?_sort_desc=zzz", 400, "zzz"),
    ("/{db}/public_records?_next=abc", 400, "_next"),
    ("/{db}/public_records?_size=abc", 400, "_size"),
    ("/{db}/records", 403, "Tidak diizinkan"),
]


def test_a_visitors_bad_address_logs_one_line_no_traceback_and_reads_in_indonesian(
    server: Server,
) -> None:
    # Datasette logged ~150 lines of traceback with every local (the request's cookies
    # among them) for each 404 or 400: anyone on the network could fill the log.
    before = len(_log_lines(server, 0))
    for path, status, said in BAD:
        got, page = server.get(path.format(db=server.name))
        assert got == status, (path, page[:300])
        assert said in page, (path, page[-1500:])
        assert "Error " not in page and "Traceback" not in page, path
        assert re.search(rf"<h1>Galat {status}: ", page), page[-1500:]
        assert 'href="/"' in page  # a way back
    lines = _log_lines(server, before + len(BAD))
    new = lines[before:]
    assert len(new) == len(BAD), "\n".join(new[:40])
    assert all(line.startswith("INFO:") and '"GET /' in line for line in new), new
    assert "Traceback" not in "\n".join(lines)
    # Programs read the JSON answer: Datasette's English message, one line.
    status, body = server.get(f"/{server.name}/nope.json")
    assert status == 404 and json.loads(body)["error"] == "Table not found"


def test_the_public_view_searches_the_public_columns(server: Server) -> None:
    # `public_records?_search=` ignored the words (the view has no FTS table of its own), so
    # a visitor's search box showed every public record.
    every = {r["id"] for r in rows(server, "public_records")}
    found = {r["id"] for r in rows(server, "public_records?_search=Gyeonggi")}
    canned = {r["id"] for r in rows(server, "public_search?q=Gyeonggi")}
    assert found and found == canned and found < every, (found, canned)
    # Both languages, as `kerjasama search` reads words (banjir: flood).
    assert {r["id"] for r in rows(server, "public_records?_search=kota%20kembar")} == {
        r["id"] for r in rows(server, "public_search?q=kota%20kembar")
    }
    # A word only in the notes finds nothing: the visitor's search skips them.
    assert rows(server, f"public_records?_search={NOTE}") == []
    # The page has a search box and says what it searched.
    status, page = server.get(f"/{server.name}/public_records?_search=Gyeonggi")
    assert status == 200 and 'name="_search"' in page and 'value="Gyeonggi"' in page


@pytest.mark.parametrize(
    "query",
    [
        f"_search={NOTE}&_fts_table=search_index&_fts_pk=id",
        f"_search_notes={NOTE}&_fts_table=search_index",
        f"_search={NOTE}&_searchmode=raw",
    ],
)
def test_a_visitor_cannot_point_the_search_at_the_notes(server: Server, query: str) -> None:
    # `_fts_table=search_index` made Datasette match the whole index, notes included: a
    # visitor could test, word by word, what a public record's notes say.
    status, body = server.get(f"/{server.name}/public_records.json?_shape=array&{query}")
    assert NOTE not in body
    assert (status == 400 and "_search" in body or "_fts" in body) or body == "[]", body[:300]
    assert '"id": 1' not in body


def test_datasette_screens_speak_indonesian(server: Server) -> None:
    status, page = server.get(f"/{server.name}/public_records")
    assert status == 200
    text = re.sub(r"<script.*?</script>|<style.*?</style>", "", page, flags=re.DOTALL)
    # What a reader sees: the text, and the words on buttons (their `value`).
    visible = re.sub(r"<[^>]+>", " ", text) + " ".join(re.findall(r'value="([^"]*)"', text))
    for indonesian in ("baris", "Terapkan", "Cari"):
        assert indonesian in visible, indonesian
    for english in (" rows", "Apply", "Search", "sorted by", "This data as", "Advanced export",
                    "Powered by"):  # fmt: skip
        assert english not in visible, (english, visible[:3000])
    # The metadata's description said "facet" where the screens say "faset".
    assert not re.search(r"\bfacets?\b", visible, flags=re.IGNORECASE), visible[:3000]
    # Column headings, facets and filter columns in words; the addresses keep the keys.
    assert re.search(r'data-column="country"[^>]*>\s*<a [^>]*>negara', page), page[:3000]
    assert '<option value="country">negara</option>' in page
    assert re.search(r"<strong>negara\s*<span", page)
    status, filtered = server.get(f"/{server.name}/public_records.json?country=KR&_shape=array")
    assert status == 200 and {r["country"] for r in json.loads(filtered)} == {"KR"}
    status, page = server.get(f"/{server.name}/public_records?country=KR&_sort=date_start")
    assert "dengan negara = &#34;KR&#34; diurutkan menurut tanggal awal" in page, page[-3000:]
    status, login = server.get("/-/login")
    assert status == 200 and "Kata sandi" in login and "Password" not in login
    browser = Browser(server)
    status, page = browser.sign_in("alice", "not the password")
    assert status == 200 and "Nama pengguna atau kata sandi salah" in page


def _signed_in(browser: Browser) -> object:
    return browser.actor()


def test_a_restart_keeps_members_signed_in_until_the_key_is_renewed(tmp_path: Path) -> None:
    # Datasette's cookie key was random at each start: every restart signed the team out.
    db = _registry(tmp_path)
    key = db.with_name(db.name + ".serve-secret")
    with serving(db, tmp_path / "1.log", args=("--sign-in",)) as first:
        member = Browser(first)
        assert member.sign_in("alice", PASSWORD)[0] == 200 and _signed_in(member)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    kept = key.read_text()
    with serving(db, tmp_path / "2.log", args=("--sign-in",)) as second:
        member.server = second
        assert _signed_in(member) == {"id": "alice"}
    assert key.read_text() == kept
    # The key never reaches the log, the metadata or the registry.
    assert kept.strip() not in (tmp_path / "1.log").read_text() + (tmp_path / "2.log").read_text()
    assert kept.strip().encode() not in db.read_bytes()
    with serving(db, tmp_path / "3.log", args=("--sign-in", "--new-secret")) as third:
        member.server = third
        assert _signed_in(member) is None  # rotated: everyone signs in again
        assert member.sign_in("alice", PASSWORD)[0] == 200 and _signed_in(member)
    assert key.read_text() != kept
    key.unlink()  # deleting the file rotates it too
    with serving(db, tmp_path / "4.log", args=("--sign-in",)) as fourth:
        member.server = fourth
        assert _signed_in(member) is None
    assert key.exists()


def test_a_key_others_may_read_or_a_new_key_without_sign_in_is_refused(tmp_path: Path) -> None:
    db = _registry(tmp_path)
    key = db.with_name(db.name + ".serve-secret")
    key.write_text("0" * 64 + "\n")
    os.chmod(key, 0o644)
    done = run_module("serve", "--sign-in", "--port", "0", db=db, env={"KERJASAMA_LANG": "en"})
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr
    assert "others may read this sign-in key (mode 0644)" in done.stderr
    assert "chmod 600" in done.stderr and "serving" not in done.stderr
    done = run_module("serve", "--new-secret", "--port", "0", db=db, env={"KERJASAMA_LANG": "en"})
    assert done.returncode == 2
    assert done.stderr == (
        "kerjasama: error: --new-secret: only with --sign-in (the key signs members' sessions)\n"
    )


def test_every_translated_fragment_is_in_datasettes_templates() -> None:
    # The words are replaced in Datasette's own templates, not copies: a Datasette whose
    # templates changed fails here instead of showing English in silence.
    from importlib.resources import files

    from kerjasama_cli import i18n
    from kerjasama_cli.web.language import COUNTS_LINE, FILTERED, FRAGMENTS, TABLE_JS, TEXTS

    folders = [files("datasette") / "templates", files("datasette_auth_passwords") / "templates"]

    def source(name: str) -> str:
        found = [f / name for f in folders if (f / name).is_file()]
        assert found, name
        return found[0].read_text("utf-8")

    t = i18n.translator("id")
    for name, fragments in FRAGMENTS.items():
        text = source(name)
        for fragment, english in fragments:
            assert fragment in text, (name, fragment)
            assert t.ctx("datasette", english) != english, english
    for name, fragment, _ in (*FILTERED, COUNTS_LINE):
        assert fragment in source(name), (name, fragment)
    script = (files("datasette") / "static" / "table.js").read_text("utf-8")
    assert all(english in script for english in TABLE_JS)
    assert "{{ urls.static('table.js') }}" in source("table.html")
    same = {"like", "not like", "glob", "Metadata"}  # the same word in Indonesian
    assert [w for w in (*TEXTS, *TABLE_JS) if t.ctx("datasette", w) == w and w not in same] == []


def _timed_sign_in(browser: Browser, name: str, password: str) -> tuple[int, float]:
    started = time.monotonic()
    status, _ = browser.sign_in(name, password)
    return status, time.monotonic() - started


def test_sign_in_tells_no_names_and_stops_a_guesser(tmp_path: Path) -> None:
    # A wrong password for an account took ~0.5 s (PBKDF2, 480,000 rounds) and one for a name
    # with no account ~0.05 s: the time told a visitor which names exist. And nothing stopped
    # a guesser: each guess blocked the server for half a second, as often as they liked.
    db = _registry(tmp_path)
    with serving(
        db, tmp_path / "serve.log", args=("--sign-in",), env={"KERJASAMA_LANG": "id"}
    ) as s:
        guesser = Browser(s)
        known = sorted(_timed_sign_in(guesser, "alice", f"guess {i}")[1] for i in range(3))
        unknown = sorted(_timed_sign_in(guesser, "nobody", f"guess {i}")[1] for i in range(3))
        assert unknown[1] > known[1] / 3, (known, unknown)
        for i in range(4):  # ten failures from this address in a quarter of an hour
            assert guesser.sign_in("alice", f"more {i}")[0] == 200
        status, page = guesser.sign_in("alice", PASSWORD)  # even the right one, for now
        assert status == 429 and "Terlalu banyak" in page, page[-1500:]
        assert guesser.actor() is None
        said = s.log.read_text("utf-8")
        assert "Traceback" not in said and PASSWORD not in said
        # Each failure and the refusal were only access lines ("POST /-/login 200"): one line
        # each now, naming the name tried and the address, never the password.
        lines = [line for line in _log_lines(s, 0) if line.startswith("kerjasama: ")]
        failed = [line for line in lines if "gagal masuk" in line]
        assert failed.count('kerjasama: gagal masuk sebagai "alice" dari 127.0.0.1') == 7, lines
        assert failed.count('kerjasama: gagal masuk sebagai "nobody" dari 127.0.0.1') == 3, lines
        refused = [line for line in lines if "ditolak" in line]
        assert refused == [
            'kerjasama: terlalu banyak gagal masuk dari 127.0.0.1: "alice" ditolak tanpa '
            "memeriksa kata sandinya"
        ], lines
        assert not any("guess" in line or "more" in line for line in failed + refused)


def test_the_column_menu_speaks_indonesian_in_a_browser(server: Server) -> None:
    # Datasette's column menu (table.js: sort, facet, hide) is drawn by the browser.
    from browser import dump_dom

    dom = dump_dom(f"{server.base}/{server.name}/public_records")
    assert "Urutkan naik" in dom and "Jadikan faset" in dom, dom[-2000:]
    assert "Sort ascending" not in dom and "Facet by this" not in dom
    assert 'id="_search"' in dom  # the search box, now that the view searches


def test_without_sign_in_no_page_offers_a_sign_in(tmp_path: Path) -> None:
    # Under --public (and on this machine alone) every page's menu said "Masuk" (log in), to a
    # form that said there are no accounts and whose button answered a 403 in JSON.
    db = _registry(tmp_path)
    with serving(db, tmp_path / "serve.log", args=("--public",), env={"KERJASAMA_LANG": "id"}) as s:
        for path in ("/", f"/{s.name}", f"/{s.name}/public_records"):
            status, page = s.get(path)
            assert status == 200 and "/-/login" not in page, path
        status, page = s.get("/-/login")
        assert status == 404 and "Galat 404" in page


def test_a_registry_folder_serve_may_not_write_still_signs_in_for_this_run(tmp_path: Path) -> None:
    from unprivileged import unprivileged  # root without its override of file modes

    prefix = unprivileged()
    folder = tmp_path / "ro"
    folder.mkdir()
    db = _registry(folder)
    folder.chmod(0o555)
    try:
        log = tmp_path / "serve.log"
        with serving(db, log, prefix=tuple(prefix), args=("--sign-in",),
                     env={"KERJASAMA_LANG": "en"}) as s:  # fmt: skip
            member = Browser(s)
            assert member.sign_in("alice", PASSWORD)[0] == 200 and _signed_in(member)
        said = log.read_text("utf-8")
        assert "registry.db.serve-secret: cannot be written" in said, said[:2000]
        assert "members sign in again after each restart" in said
        assert not db.with_name(db.name + ".serve-secret").exists()
    finally:
        folder.chmod(0o755)


def test_the_index_counts_read_as_indonesian_writes_them(server: Server) -> None:
    # A visitor's index said "0 baris dalam 0 tabel1 tampilan": Datasette's template joined
    # the counts with no comma when a visitor sees no table, and in the member's line the
    # comma before the views stood after a line break (" , 8 tampilan").
    status, page = server.get("/")
    assert status == 200 and database_line(page) == "1 tampilan", database_line(page)
    member = Browser(server)
    assert member.sign_in("alice", PASSWORD)[0] == 200
    status, page = member.get("/")
    counts = next(iter(json.loads(member.get("/.json")[1]).values()))
    line = database_line(page)
    said = re.fullmatch(
        r"([\d.]+) baris dalam (\d+) tabel, ([\d.]+) baris dalam (\d+) tabel tersembunyi, "
        r"(\d+) tampilan",
        line,
    )
    assert said, line
    assert [int(n.replace(".", "")) for n in said.groups()] == [
        counts["table_rows_sum"], counts["tables_count"], counts["hidden_table_rows_sum"],
        counts["hidden_tables_count"], counts["views_count"],
    ]  # fmt: skip
    assert counts["tables_count"] > 1 and counts["views_count"] > 1


def test_a_date_known_only_by_a_day_reads_as_the_cli_shows_it(server: Server) -> None:
    # The view's SQL writes "by 2015-05-12", and the page showed that English even in Indonesian;
    # `kerjasama show` says "sebelum 12 Mei 2015". The JSON keeps the view's text (a contract).
    status, page = server.get(f"/{server.name}/public_records?id=3")
    assert status == 200 and "sebelum 12 Mei 2015" in page, page[-3000:]
    assert "by 2015-05-12" not in page
    shown = Run(server.db)("--lang", "id", "show", "3").stdout
    assert "sebelum 12 Mei 2015" in shown, shown
    assert rows(server, "public_records?id=3")[0]["date"] == "by 2015-05-12"
    status, page = server.get(f"/{server.name}/public_search?q=New%20York")
    assert status == 200 and "sebelum 12 Mei 2015" in page and "by 2015-05-12" not in page
