"""Validity: derived statuses, `--status`, `list --expiring`, and the status SQL for counts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import Run
from validity_fixture import CASES, TODAY, add_cases

from kerjasama_cli.store.database.connection import open_store


@pytest.fixture(scope="module")
def cases_template(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registry of every case, added once for the module (twenty-odd `add`s were most of
    each test's time); each test gets a copy."""
    db = tmp_path_factory.mktemp("validity") / "empty.db"
    shutil.copyfile(empty_template, db)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KERJASAMA_TODAY", TODAY)
        patch.setenv("KERJASAMA_LANG", "en")
        add_cases(Run(db))
    return db


@pytest.fixture
def registry(cases_template, tmp_path, monkeypatch):
    monkeypatch.setenv("KERJASAMA_TODAY", TODAY)
    shutil.copyfile(cases_template, tmp_path / "empty.db")
    return Run(tmp_path / "empty.db")


def by_key(rows):
    return {r["key"]: r for r in rows}


@pytest.mark.parametrize("key", list(CASES))
def test_each_status(registry, key):
    _args, status, source, until = CASES[key]
    row = by_key(registry.json("list"))[key]
    assert (row["status"], row["status_source"], row["valid_until"]) == (status, source, until)


def test_every_status_word_occurs():
    assert {c[1] for c in CASES.values()} >= {
        "active",
        "expiring",
        "expired",
        "ended",
        "superseded",
        "proposed",
        "renewed",
    }


def test_today_moves_statuses(registry, monkeypatch):
    monkeypatch.setenv("KERJASAMA_TODAY", "2020-01-01")
    rows = by_key(registry.json("list"))
    assert rows["busan"]["status"] == "active"  # not yet within 180 days of its end
    assert rows["osaka"]["status"] == "active"
    monkeypatch.setenv("KERJASAMA_TODAY", "2031-01-01")
    assert by_key(registry.json("list"))["hanoi"]["status"] == "expired"


def test_status_filter_takes_derived_and_indonesian_words(registry):
    assert {r["key"] for r in registry.json("list", "--status", "expired")} == {"osaka", "dubai"}
    assert {r["key"] for r in registry.json("list", "--status", "akan berakhir")} == {
        "busan",
        "madrid",
    }
    both = registry.json("list", "--status", "superseded", "--status", "berakhir")
    assert {r["key"] for r in both} == {"lyon-loi", "kobe-mou", "perth"}
    result = registry("list", "--status", "dormant", code=2)
    assert "--status" in result.stderr and "dormant" in result.stderr


@pytest.mark.parametrize(
    "period, keys",
    [
        ("180d", ["busan", "madrid"]),
        ("6m", ["busan", "madrid"]),
        ("1y", ["busan", "madrid", "penang"]),
        ("90 days", ["busan"]),
        ("15 bulan", ["busan", "madrid", "penang", "seoul"]),
        ("2y", ["busan", "madrid", "penang", "seoul"]),
        ("5d", []),
    ],
)
def test_expiring_lists_soonest_first(registry, period, keys):
    # Bogota (proposed) ends in a month and Perth (ended) later: neither is in force.
    assert [r["key"] for r in registry.json("list", "--expiring", period)] == keys


def test_expiring_table_shows_end_and_status(registry):
    out = registry("list", "--expiring", "1y").stdout
    assert "Until" in out and "2025-06-14" in out and "expiring" in out
    assert out.index("Busan") < out.index("Madrid") < out.index("Penang")


def test_expiring_bad_period_is_error(registry):
    result = registry("list", "--expiring", "soon", code=2)
    assert "--expiring" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_today_is_error(registry, monkeypatch):
    monkeypatch.setenv("KERJASAMA_TODAY", "someday")
    result = registry("list", code=2)
    assert "KERJASAMA_TODAY" in result.stderr


def test_show_says_where_status_comes_from(registry):
    page = registry("show", "dubai").stdout
    assert "expired (derived; stated: active)" in page
    assert "superseded (derived: by #" in registry("show", "lyon-loi").stdout
    assert "renewed by #" in registry("show", "seoul").stdout
    assert "2024-02-01" in page


def test_status_sql_groups_for_counts(registry, monkeypatch):
    """What `stats --by status` needs: one expression over `records r` to group on."""
    from kerjasama_cli.store.queries.reader import STATUS_SQL

    store = open_store(registry.db)
    try:
        counts = dict(
            store.conn.execute(
                f"SELECT {STATUS_SQL} AS status, count(*) FROM records r "
                "WHERE r.kind = 'agreement' GROUP BY 1"
            ).fetchall()
        )
    finally:
        store.close()
    expected: dict[str, int] = {}
    for _args, status, _source, _until in CASES.values():
        if status:
            expected[status] = expected.get(status, 0) + 1
    assert counts == expected


def test_seed_statuses_are_stated_active_without_validity(run):
    rows = [r for r in run.json("list") if r["kind"] == "agreement"]
    assert rows and {(r["status"], r["status_source"]) for r in rows} == {("active", "stated")}


def test_stats_by_status_counts_derived_statuses(registry):
    groups = {g["status"]: g["count"] for g in registry.json("stats", "--by", "status")}
    expected: dict[str | None, int] = {}
    for _args, status, _source, _until in CASES.values():
        expected[status] = expected.get(status, 0) + 1  # None: the renewal event
    assert groups == expected
