"""`search` and the full-text index: ranking, snippets, aliases, errors, and sync by triggers."""

from __future__ import annotations

import csv
import io
import shlex
import sqlite3
from pathlib import Path

import pytest
from conftest import Run

from kerjasama_cli.store.database.connection import open_store


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def add(run, args: str, notes: str | None = None) -> int:
    """`kerjasama add` with shell-style arguments; returns the new id."""
    extra = ["--notes", notes] if notes else []
    return int(run("add", *shlex.split(args), *extra).stdout.strip())


def ids(rows) -> list[int]:
    return [r["id"] for r in rows]


def partners(rows) -> set[str]:
    return {r["partner"] for r in rows}


def test_title_match_ranks_above_notes_match(run):
    notes = "Mentions zebra crossings in passing, among many other street-design topics."
    notes_first = add(run, "-p Osaka -c JP -t mou -d 2020 --title 'Memorandum on ports'", notes)
    in_title = add(run, "-p Kyoto -c JP -t mou -d 2021 --title 'Zebra crossing programme'")
    rows = run.json("search", "zebra")
    assert ids(rows) == [in_title, notes_first]
    assert rows[0]["rank"] == 1 and rows[0]["score"] > rows[1]["score"]
    assert rows[0]["matched_in"] == "title" and rows[1]["matched_in"] == "notes"


def test_snippet_marks_the_match_plainly_when_piped(run):
    result = run("search", "DBKL")
    assert "**DBKL**" in result.stdout
    assert "\x1b[" not in result.stdout and "\x02" not in result.stdout
    assert "partner:" in result.stdout  # says where it matched
    rows = run.json("search", "DBKL")
    assert partners(rows) == {"Kuala Lumpur"}
    assert all("**DBKL**" in r["snippet"] and r["matched_in"] == "partner" for r in rows)


def test_snippet_is_bold_on_a_terminal(run, monkeypatch):
    from kerjasama_cli.render import search as render

    rows = [
        {
            "rank": 1,
            "id": 9,
            "type": "loi",
            "partner": "Kuala Lumpur",
            "country": "MY",
            "title": "LoI",
            "date_start": "2025-08-01",
            "date_end": "2025-08-11",
            "date_precision": "range",
            "matched_in": "partner",
            "snippet": "Kuala Lumpur; \x02DBKL\x03; Dewan",
        }
    ]
    from rich.console import Console

    # A terminal as rich's own variable declares one (piped output never imports rich).
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    buffer = io.StringIO()
    monkeypatch.setattr(
        render,
        "console",
        lambda: Console(file=buffer, force_terminal=True, width=100, color_system="standard"),
    )
    render.render_search(rows)
    text = buffer.getvalue()
    assert "\x1b[1" in text and "DBKL" in text and "**" not in text


@pytest.mark.parametrize(
    "query, expected",
    [
        ("banjir", {"Rotterdam", "Kuala Lumpur"}),  # a sector's Indonesian name
        ("flood*", {"Rotterdam", "Kuala Lumpur"}),
        ("Korsel", {"Chungcheongnam-do", "Gyeonggi-do", "Jeju"}),  # a country alias
        ('country:"Korea Selatan"', {"Chungcheongnam-do", "Gyeonggi-do", "Jeju"}),
        ("country:Tiongkok", {"Shanghai"}),
        ("Chungnam", {"Chungcheongnam-do"}),  # a partner alias
        ("DBKL", {"Kuala Lumpur"}),
        ("HIGA", {"Hiroshima Global Academy"}),
        ("people:Ahok", {"Gyeonggi-do"}),  # a signatory's alias, from the leaders table
        ('"Kim Tae Heum"', {"Chungcheongnam-do"}),
        # None: the hospital programme's partner is not named.
        ("sectors:kesehatan", {"Gyeonggi-do", "Kuala Lumpur", None}),
        ("sectors:transportasi", {"Kuala Lumpur"}),
        ("Jerman", {"Heidelberg"}),
    ],
)
def test_aliases_and_indonesian_words_are_searchable(run, query, expected):
    assert partners(run.json("search", query)) == expected


def test_country_match_ranks_above_a_source_title_that_names_it(run):
    rows = run.json("search", '"Korea Selatan"')
    korean = [r["country"] == "KR" for r in rows]
    assert korean == sorted(korean, reverse=True)  # every KR partner before any other
    assert any(r["matched_in"] == "sources" for r in rows)  # "Ahok ... dengan Korea Selatan"
    assert rows[0]["matched_in"] == "country"


def test_sister_city_phrase_and_english_stems(run):
    phrase = run.json("search", '"sister city"')
    assert {"Jeju", "Heidelberg", "Shanghai", "Kuala Lumpur"} <= partners(phrase)
    assert phrase[0]["matched_in"] == "title"
    # Porter stemming: "cities" finds "city" (and the reverse).
    assert {"Jeju", "Heidelberg"} <= partners(run.json("search", '"sister cities"'))


def test_search_is_accent_insensitive(empty_run):
    add(empty_run, "-p 'Türkiye Cities Forum' -c TR -t meeting -d 2024 --title 'À Montréal'")
    assert len(empty_run.json("search", "turkiye")) == 1
    assert len(empty_run.json("search", "montreal")) == 1
    assert len(empty_run.json("search", "Turki")) == 1  # Indonesian country name


def test_operators(run):
    both = partners(run.json("search", "banjir OR Korsel"))
    assert both == {"Rotterdam", "Kuala Lumpur", "Chungcheongnam-do", "Gyeonggi-do", "Jeju"}
    assert partners(run.json("search", "banjir NOT Rotterdam")) == {"Kuala Lumpur"}
    assert partners(run.json("search", "(banjir OR Korsel) health")) == {
        "Kuala Lumpur",
        "Gyeonggi-do",
    }


@pytest.mark.parametrize(
    "query, words",
    [
        ('"unbalanced', "unbalanced double quote"),
        ("AND", "AND needs a search term on each side"),
        ("NOT Rotterdam", "NOT needs a term before it"),
        ("(banjir", "unbalanced parenthesis"),
        ("", "is empty"),
    ],
)
def test_malformed_query_is_one_line_exit_2(run, db_path, snapshot, query, words):
    run("list")
    before = snapshot(db_path)
    for args in (["search", query], ["list", "--query", query]):
        result = run(*args, code=2)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], result.stderr
        assert "Traceback" not in result.stderr and "fts5" not in result.stderr
    assert snapshot(db_path) == before


def test_no_match_is_empty_not_an_error(run):
    assert run.json("search", "qwertyuiop") == []
    assert "0 matches" in run("search", "qwertyuiop").stdout


def test_search_takes_every_filter_and_limit(run):
    rows = run.json("search", "Korsel", "--type", "loi")
    assert partners(rows) == {"Chungcheongnam-do"} and {r["type"] for r in rows} == {"loi"}
    assert len(run.json("search", "Korsel", "--limit", "2")) == 2
    assert partners(run.json("search", "Korsel", "--from", "2024", "--to", "2024")) == {"Jeju"}


def test_search_csv(run):
    result = run("search", "banjir", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["rank"] for r in rows] == ["1", "2"]
    # The passage is the record's own words (its sector), not the vocabulary behind "banjir"
    # (issue 12: it used to read "flood management (**banjir**, flood, flooding, floods…").
    assert all("**flood management**" in r["snippet"] for r in rows)
    assert not any("banjir" in r["snippet"] or "flooding" in r["snippet"] for r in rows)
    assert {"id", "partner", "matched_in", "score", "status"} <= set(rows[0])


def test_help_documents_query_syntax(run):
    text = run("search", "--help", env={"COLUMNS": "200"}).stdout
    for word in ("phrase", "prefix", "OR", "NOT", "--query", "--country"):
        assert word in text


def test_added_record_is_searchable_at_once(run):
    add(
        run,
        "-p Busan -c Korsel -t mou -d 2025-05 --title 'Port MoU' --sector logistik "
        "--partner-signatory 'Park Heong-joon, Mayor of Busan'",
    )
    assert partners(run.json("search", "Busan")) == {"Busan"}
    assert partners(run.json("search", '"Park Heong-joon"')) == {"Busan"}
    assert "Busan" in partners(run.json("search", "logistik"))
    assert "Busan" in partners(run.json("search", "Korsel"))


def _index(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall()
    finally:
        conn.close()


def test_triggers_keep_index_equal_to_a_full_rebuild(run, db_path):
    """Every table a record's text comes from, changed directly: the index follows."""
    run("list")
    store = open_store(db_path)
    try:
        with store.transaction() as conn:
            kl = conn.execute("SELECT id FROM partners WHERE key = 'kuala-lumpur'").fetchone()[0]
            conn.execute("INSERT INTO partner_aliases VALUES (?, 'Kota KL')", (kl,))
            conn.execute("DELETE FROM partner_aliases WHERE alias = 'DBKL'")
            conn.execute(
                "UPDATE partners SET name = 'Shanghai Municipality' WHERE key = 'shanghai'"
            )
            conn.execute("UPDATE sources SET title = 'Ahok meneken MoU' WHERE key LIKE 'cnn%'")
            rec = conn.execute("SELECT id FROM records WHERE key LIKE 'jeju%'").fetchone()[0]
            conn.execute(
                "INSERT INTO record_sectors (record_id, sector, position) VALUES (?, 'tourism', 5)",
                (rec,),
            )
            conn.execute(
                "INSERT INTO record_people VALUES (?, 0, 'partner', 'Oh Young-hun', 'Gubernur')",
                (rec,),
            )
            conn.execute("UPDATE records SET notes = 'Mandarin oranges' WHERE id = ?", (rec,))
            conn.execute("DELETE FROM records WHERE key LIKE 'c40%'")
    finally:
        store.close()
    assert partners(run.json("search", "KL")) == {"Kuala Lumpur"}
    assert run.json("search", "DBKL") == []
    assert partners(run.json("search", "Municipality")) == {"Shanghai Municipality"}
    assert "Washington DC" in partners(run.json("search", "meneken"))
    assert partners(run.json("search", "pariwisata Oh Young-hun Mandarin")) == {"Jeju"}
    assert run.json("search", "C40") == []
    # The index keeps no text (m010): FTS5 checks every entry against the view's words.
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    conn.close()
    live = _index(db_path)
    store = open_store(db_path)
    try:
        from kerjasama_cli.store.fulltext.schema import reindex

        with store.transaction() as conn:
            reindex(conn)
    finally:
        store.close()
    assert _index(db_path) == live


def test_list_query_narrows_the_same_way(run):
    assert {r["id"] for r in run.json("list", "--query", "Korsel")} == {
        r["id"] for r in run.json("search", "Korsel")
    }
    assert partners(run.json("list", "-q", "Korsel", "--type", "sister_city")) == {"Jeju"}


def test_upgrading_an_older_database_indexes_its_records(tmp_path):
    """A registry made before the index existed is indexed (and gains statuses) on next open."""
    import shutil

    from conftest import Run

    # The seeded registry m001 alone left behind (tests/fixtures/make_fixtures.py). The current
    # writer cannot make it any more: it writes columns m001 did not have (m010's positions).
    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "01-m001_core_tables.db", path)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "search_index" not in tables
    run = Run(path)
    assert partners(run.json("search", "DBKL")) == {"Kuala Lumpur"}
    statuses = {r["key"]: r["status"] for r in run.json("list", "--kind", "agreement")}
    assert statuses.pop("hamburg-de-agreement-2019") == "expired"  # the fixture's, 5 years
    assert set(statuses.values()) == {"active"}


def test_bulk_writes_index_each_record_once_and_the_same(tmp_path):
    """apply_dataset defers the index to the end of the load; the result equals a rebuild."""
    from kerjasama_cli.seed import apply_seed
    from kerjasama_cli.store.fulltext.schema import reindex
    from kerjasama_cli.store.fulltext.upkeep import deferred

    path = tmp_path / "bulk.db"
    store = open_store(path)
    try:
        apply_seed(store)
        conn = store.conn
        assert conn.execute("SELECT count(*) FROM search_pending").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM search_state").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM search_index").fetchone() == (
            conn.execute("SELECT count(*) FROM records").fetchone()
        )
        loaded = _index(path)
        with store.transaction():
            reindex(conn)
        assert _index(path) == loaded
        # A failure inside a deferred block does not leave later writes deferred.
        with pytest.raises(RuntimeError), store.transaction(), deferred(conn):
            conn.execute("UPDATE records SET title = 'Zanzibar' WHERE id = 1")
            raise RuntimeError
        with store.transaction(), deferred(conn):
            conn.execute("UPDATE records SET title = 'Zanzibar' WHERE id = 1")
            assert conn.execute("SELECT count(*) FROM search_pending").fetchone() == (1,)
            with deferred(conn):  # nested: flushed by the outer block only
                conn.execute("UPDATE records SET title = 'Zanzibar port' WHERE id = 2")
            assert conn.execute("SELECT count(*) FROM search_pending").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM search_state").fetchone() == (0,)
        hits = conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH 'zanzibar' ORDER BY rowid"
        ).fetchall()
        assert hits == [(1,), (2,)]
    finally:
        store.close()


def test_index_holds_own_words_and_vocabularies_expand_at_query_time(run, db_path):
    """Issue 12: a record's FTS row has its own words only; `banjir`, `Korsel` or a leader's
    alias reach it through the vocabulary table, which follows changes to the leaders."""
    run("list")
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT sectors, country, people, type FROM search_index")
        text = " ".join(str(v) for row in rows for v in row)
        assert "banjir" not in text and "Korea Selatan" not in text and "Ahok" not in text
        assert "kota kembar" not in text
        assert "flood management" in text and "sister city" in text
    finally:
        conn.close()
    store = open_store(db_path)
    try:
        with store.transaction() as conn:
            conn.execute(
                "UPDATE leaders SET aliases = '[\"Pak Basuki\"]' WHERE aliases LIKE '%Ahok%'"
            )
    finally:
        store.close()
    assert partners(run.json("search", "people:Basuki")) == {"Gyeonggi-do"}
    assert run.json("search", "people:Ahok") == []
    assert {r["id"] for r in run.json("list", "-q", "banjir")} == {
        r["id"] for r in run.json("search", "banjir")
    }
