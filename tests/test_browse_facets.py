"""browse_facets (m015, store/serve/browse_table.py): the records page's stored facet values stay
exactly what the base tables say after every kind of write, and the upgrade fills them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import Run

from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.serve.browse_table import COLUMNS, ROW_SELECT, TABLE

FIXTURE = Path(__file__).parent / "fixtures" / "12-m012_no_fingerprint.db"


def _stale(db: Path) -> list[tuple]:
    """Rows of browse_facets that differ from the base tables (either way), with their ids;
    and the public flag (m023) where it differs from the rule's view."""
    conn = sqlite3.connect(db)
    try:
        stored = set(conn.execute(f"SELECT {', '.join(COLUMNS)} FROM {TABLE}"))
        derived = set(conn.execute(ROW_SELECT))
        flagged = {i for (i,) in conn.execute(f"SELECT id FROM {TABLE} WHERE public")}
        public = {i for (i,) in conn.execute("SELECT id FROM public_record_ids")}
    finally:
        conn.close()
    wrong = [(i, "public") for i in sorted(flagged ^ public)]
    return sorted(stored ^ derived, key=lambda row: row[0]) + wrong


def test_every_write_keeps_the_browse_table_current(run: Run, db_path: Path, tmp_path: Path):
    run("init")
    assert not _stale(db_path)
    new = run("add", "--partner", "Busan", "--country", "KR", "--type", "mou", "--date",
              "2020-03-02", "--term-years", "5", "--title", "MoU with Busan").stdout.strip()  # fmt: skip
    assert not _stale(db_path)
    run("edit", new, "--date", "2019", "--partner", "Osaka", "--country", "JP")
    assert not _stale(db_path)
    run(
        "add",
        "--partner",
        "Osaka",  # the MoU's partner since the edit: a parent is of the record's partnership
        "--country",
        "JP",
        "--type",
        "renewal",
        "--date",
        "2024-03-02",
        "--agreement",
        new,
    )  # fmt: skip  (renewal: the agreement's validity moves)
    assert not _stale(db_path)
    run("partners", "edit", "Shanghai", "--country", "TW")
    assert not _stale(db_path)
    run("leaders", "edit", "pramono-anung-2025", "--name", "Pramono A.")
    assert not _stale(db_path)
    run("leaders", "delete", "pramono-anung-2025", "--yes")
    assert not _stale(db_path)
    csv = tmp_path / "rows.csv"
    csv.write_text(
        "key,kind,partner,country,type,date,title\n"
        "x-1,agreement,Osaka,JP,mou,2021-04-01,Osaka MoU\n"
        "x-2,event,Osaka,JP,visit,2022-05-01,Osaka visit\n",
        encoding="utf-8",
    )
    run("import", str(csv))
    assert not _stale(db_path)
    run("delete", new, "--yes")
    assert not _stale(db_path)
    conn = sqlite3.connect(db_path)
    assert (
        conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()
        == conn.execute("SELECT count(*) FROM records").fetchone()
    )


def test_upgrade_fills_the_browse_table(tmp_path: Path):
    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    open_store(copy).close()  # migrates
    assert not _stale(copy)
    conn = sqlite3.connect(copy)
    assert conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0] > 20


def test_a_facet_reads_one_index_not_the_view(run: Run, db_path: Path):
    """The view flattens: a facet or a count never computes the view's other columns."""
    run("init")
    conn = sqlite3.connect(db_path)
    for column in ("country", "type", "governor", "year"):
        plan = " ".join(
            row[3]
            for row in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT {column}, count(*) FROM (SELECT * FROM "
                f"browse_records) GROUP BY {column}"
            )
        )
        assert plan == f"SCAN b USING COVERING INDEX {TABLE}_{column}", plan


def test_a_facet_under_a_filter_reads_one_index_alone(run: Run, db_path: Path):
    """m021: under a filter on a facet column whose values hold a large share of the records
    (type, governor; with or without other filters) each facet is counted from one index
    range, never a browse_facets row per match (at a million records a filter matching a fifth
    of them made that 90-150 ms a facet)."""
    run("init")
    conn = sqlite3.connect(db_path)
    columns = ("country", "type", "governor", "year")
    filters = [("type",), ("governor",), ("country", "type"), ("type", "governor", "year")]
    for where in filters:
        condition = " AND ".join(f"{c} = ?" for c in where)
        for column in columns:
            plan = [
                row[3]
                for row in conn.execute(
                    f"EXPLAIN QUERY PLAN SELECT {column}, count(*) FROM (SELECT * FROM "
                    f"browse_records WHERE {condition}) GROUP BY {column}",
                    ["x"] * len(where),
                )
            ]
            assert plan[0].startswith("SEARCH b USING COVERING INDEX"), (where, column, plan)
            assert len([p for p in plan if p.startswith(("SEARCH", "SCAN"))]) == 1, plan
