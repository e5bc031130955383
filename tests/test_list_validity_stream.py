"""The piped `list` table with its validity columns (`--sort end`, `--status`, `--expiring`)
takes its column widths from the distinct values (store.queries.extents) and writes each row as
it comes, with no pass over every record first: its text is byte for byte the text of the
whole table measured cell by cell (render_list over the held rows, what `--limit` prints).

The registry holds every column kind in every width situation: non-ASCII partners, governors
and titles (CJK, accents, emoji, combining marks), empty and missing titles, unnamed partners,
every derived and stated status, open-ended agreements and unknown dates."""

from __future__ import annotations

import pytest
from conftest import Run
from test_query_plans import _random_registry

from kerjasama_cli.store.database.connection import open_store

# Names whose str length, display width and UTF-8 length all differ.
_PARTNERS = [
    ("上海市", "CN"),
    ("Île-de-France Région", "FR"),
    ("🌏 Ōsaka-fu 大阪府 🎌", "JP"),
    ("Nhà Trang", "VN"),  # a combining mark
    ("", None),
]
_TITLES = [
    "",
    None,
    "合作备忘录 上海",
    "Coopération décentralisée — Île-de-France 🇫🇷",
    "a title longer than every other title in this registry, with an emoji at its end 🤝",
    "trailing spaces   ",
]
_GOVERNORS = ["Ridwan Kamil", "Đặng Thị Ngọc Thịnh", "李强", "🙂"]


def _non_ascii(db) -> None:
    """Give the random registry's records non-ASCII partners, governors and titles."""
    store = open_store(db)
    conn = store.conn
    try:
        conn.execute("BEGIN")
        ids = []
        for i, (name, country) in enumerate(_PARTNERS):
            cursor = conn.execute(
                "INSERT INTO partners (key, name, kind, country) VALUES (?, ?, 'city', ?)",
                (f"wide{i}", name, country),
            )
            ids.append(cursor.lastrowid)
        leaders = []
        for i, name in enumerate(_GOVERNORS):
            cursor = conn.execute(
                "INSERT INTO leaders (key, local_party, name, title, term_start) "
                "VALUES (?, 'DKI Jakarta', ?, 'Gubernur', '2000-01-01')",
                (f"g{i}", name),
            )
            leaders.append(cursor.lastrowid)
        records = [r for (r,) in conn.execute("SELECT id FROM records ORDER BY id")]
        for n, rid in enumerate(records):
            conn.execute(
                "UPDATE records SET title = ? WHERE id = ?", (_TITLES[n % len(_TITLES)], rid)
            )
            if n % 5 == 0:
                conn.execute(
                    "UPDATE records SET partner_id = ? WHERE id = ?", (ids[n // 5 % len(ids)], rid)
                )
            if n % 7 == 0:
                leader = leaders[n % len(leaders)]
                conn.execute("UPDATE records SET governor_id = ? WHERE id = ?", (leader, rid))
        conn.execute("COMMIT")
    finally:
        store.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, seeded_template) -> Run:
    """The seed, 400 random records in every validity situation and the non-ASCII values,
    built once for the module (the reads below change nothing)."""
    import shutil

    db = tmp_path_factory.mktemp("validity_stream") / "registry.db"
    shutil.copyfile(seeded_template, db)
    run = Run(db)
    run("governments", "add", "Provinsi Jawa Barat", "--country", "ID")
    store = open_store(db)
    try:
        _random_registry(store.conn, 1)
    finally:
        store.close()
    _non_ascii(db)
    return run


@pytest.fixture
def registry(template: Run, monkeypatch) -> Run:
    monkeypatch.setenv("KERJASAMA_TODAY", "2025-06-01")
    return template


_READS = [
    ["--sort", "end"],
    ["--sort", "end", "--reverse"],
    ["--sort", "end", "--lang", "id"],
    ["--sort", "end", "--country", "CN"],
    ["--sort", "end", "--kind", "event"],
    ["--sort", "end", "--country", "FR", "--kind", "agreement"],
    ["--status", "active"],
    ["--status", "active", "--sort", "partner", "--lang", "id"],
    ["--status", "superseded", "--sort", "id"],
    ["--status", "expired", "--status", "expiring", "--sort", "end"],
    ["--status", "proposed", "--reverse"],
    ["--expiring", "2y"],
    ["--expiring", "10y", "--sort", "partner"],
    ["--sort", "end", "--query", "qqqzzz"],  # no match: the headings and "0 records"
    ["--sort", "end", "--query", "上海"],
]


@pytest.mark.parametrize("args", _READS, ids=" ".join)
def test_the_streamed_validity_table_is_the_measured_table(registry: Run, args: list[str]):
    streamed = registry("list", *args).stdout_bytes
    held = registry("list", *args, "--limit", "100000").stdout_bytes
    assert streamed == held
    assert b"Until" in streamed or b"Berlaku" in streamed or b"Sampai" in streamed


def test_the_registry_holds_what_the_widths_turn_on(registry: Run):
    """The cases above would prove little on ASCII names and one status: the table does show
    the wide names, empty titles and several statuses, each column narrowing with the filter."""
    text = registry("list", "--sort", "end").stdout
    for name in ("上海市", "🌏 Ōsaka-fu", "Nhà Trang", "李强", "(partner not named)"):
        assert name in text
    statuses = {r["status"] for r in registry.json("list", "--sort", "end")}
    assert {"active", "expired", "superseded", "ended", "proposed"} <= statuses
    lines = {
        status: registry("list", "--status", status).stdout.splitlines()[0]
        for status in ("active", "superseded")
    }
    # The status column is as wide as its widest status shown, not as the widest there is.
    assert "Status  Head" in lines["active"]
    assert "Status      Head" in lines["superseded"]
