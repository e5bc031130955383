"""The counts the writer keeps (m024_partner_counts, store/briefing/counts_table.py): each table
equals a recount from `records` after any write, the report's figures read from them are the
ones counted from the records, their statements read no record, and a change shows on serve's
next page load."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerjasama_cli.domain.figures import RULES
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.store.briefing.aggregates import from_records
from kerjasama_cli.store.briefing.counted import counted, largest
from kerjasama_cli.store.briefing.reported import _recorded, in_force_clause
from kerjasama_cli.store.briefing.summary import largest_from_records
from kerjasama_cli.store.database.connection import open_store

_COUNTS = "count(*), sum(kind = 'agreement'), sum(kind = 'event')"
_YEAR = (
    "COALESCE(CASE WHEN date_start IS NULL OR date_end IS NULL THEN NULL "
    "WHEN substr(date_start, 1, 4) = substr(date_end, 1, 4) THEN substr(date_start, 1, 4) "
    "ELSE substr(date_start, 1, 4) || '-' || substr(date_end, 1, 4) END, '')"
)
# Each table as plain SQL over the records: what it must hold.
RECOUNT = {
    "partner_counts": f"SELECT COALESCE(partner_id, 0), {_COUNTS} FROM records GROUP BY 1",
    "governor_counts": (
        "SELECT COALESCE(governor_id, 0), governor_basis, local_party, "
        "COALESCE(local_country, ''), COALESCE(partner_id, 0), "
        f"{_COUNTS} FROM records GROUP BY 1, 2, 3, 4, 5"
    ),
    "year_counts": f"SELECT {_YEAR}, type, {_COUNTS} FROM records GROUP BY 1, 2",
}
FIXTURE = Path(__file__).parent / "fixtures" / "22-m022_public_records.db"


def stale(db: Path | sqlite3.Connection) -> dict[str, list[tuple]]:
    """Rows of each counts table that differ from the recount (either way)."""
    conn = sqlite3.connect(db) if isinstance(db, Path) else db
    found = {}
    for table, sql in RECOUNT.items():
        diff = set(conn.execute(f"SELECT * FROM {table}")) ^ set(conn.execute(sql))
        if diff:
            found[table] = sorted(diff, key=repr)
    if isinstance(db, Path):
        conn.close()
    return found


def imported(run: Run, csv: Path, *rows: str) -> None:
    """`kerjasama import` of a CSV file of `rows` (key, kind, partner, country, type, date,
    title)."""
    header = "key,kind,partner,country,type,date,title"
    csv.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    run("import", str(csv))


def test_every_write_keeps_the_counts_current(run: Run, db_path: Path, tmp_path: Path):
    run("init")
    assert not stale(db_path)
    new = run("add", "--partner", "Busan", "--country", "KR", "--type", "mou", "--date",
              "2020-03-02", "--title", "MoU with Busan").stdout.strip()  # fmt: skip
    assert not stale(db_path)
    run("edit", new, "--date", "2019", "--partner", "Osaka", "--country", "JP", "--type", "loi")
    assert not stale(db_path)
    run("add", "--partner", "Osaka", "--country", "JP", "--type", "visit", "--date", "2024-05")
    run("partners", "merge", "Osaka", "Busan", "--yes")
    assert not stale(db_path)
    run("leaders", "edit", "pramono-anung-2025", "--name", "Pramono A.")
    run("leaders", "delete", "pramono-anung-2025", "--yes")
    assert not stale(db_path)
    csv = tmp_path / "rows.csv"
    imported(
        run,
        csv,
        "x-1,agreement,Osaka,JP,mou,2021-04-01,Osaka MoU",
        "x-2,event,Kochi,JP,visit,2022-05-01,Kochi visit",
    )
    assert not stale(db_path)
    imported(run, csv, "x-1,agreement,Kochi,JP,loi,2018,Kochi LoI")  # the same key: an update
    assert not stale(db_path)
    run("delete", new, "--yes")
    assert not stale(db_path)
    conn = sqlite3.connect(db_path)
    total = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    for table in RECOUNT:
        assert conn.execute(f"SELECT sum(records) FROM {table}").fetchone()[0] == total


def test_upgrade_fills_the_counts(tmp_path: Path):
    """m024 on the registry main left (m022): every record counted once in each table."""
    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    open_store(copy).close()  # migrates
    assert not stale(copy)
    conn = sqlite3.connect(copy)
    total = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    assert total > 20
    assert conn.execute("SELECT sum(records) FROM partner_counts").fetchone()[0] == total


# -- random writes, straight in SQL (every write path ends in these statements) ----------------

PARTIES = ("DKI Jakarta", "Kota Surabaya")  # the second: no government row, no filter
TYPES = ("mou", "loi", "sister_city", "agreement", "programme", "visit", "meeting", "renewal")
DATES = [None, "1999-01-01", "2015-05-12", "2015-06-30", "2023-12-31", "2024-03-01", "2024-12-31"]
BASES = ("date", "undetermined", "not_recorded", "credited")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("counts") / "seed.db"
    Run(db)("init")
    return db


@st.composite
def writes(draw: st.DrawFn) -> list[tuple[str, dict]]:
    """A few inserts, updates and deletes of records, with values that move every key."""
    ops = []
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(("insert", "insert", "update", "delete")))
        # Any two days (a start after the end too: nothing in the tables may rely on order).
        start, end = draw(st.sampled_from(DATES)), draw(st.sampled_from(DATES))
        values = {
            "kind": draw(st.sampled_from(("agreement", "event"))),
            "type": draw(st.sampled_from(TYPES)),
            "partner": draw(st.integers(0, 8)),  # an index among the partners; 0: none
            "governor": draw(st.integers(0, 4)),  # among the leaders; 0: none
            "basis": draw(st.sampled_from(BASES)),
            "local_party": draw(st.sampled_from(PARTIES)),
            "date_start": start if start and end else None,
            "date_end": end,
            "status": draw(st.sampled_from((None, "proposed", "active", "ended"))),
            "end_date": draw(st.sampled_from((None, "2016-01-01", "2024-06-30"))),
        }
        columns = draw(st.sets(st.sampled_from(sorted(values)), min_size=1))
        ops.append((op, {k: v for k, v in values.items() if op != "update" or k in columns}))
        ops[-1][1]["pick"] = draw(st.integers(0, 10_000))
    return ops


def _apply(conn: sqlite3.Connection, ops: list[tuple[str, dict]]) -> None:
    partners = [None, *(r[0] for r in conn.execute("SELECT id FROM partners ORDER BY id"))]
    leaders = [None, *(r[0] for r in conn.execute("SELECT id FROM leaders ORDER BY id"))]
    column = {"partner": "partner_id", "governor": "governor_id", "basis": "governor_basis"}
    for n, (op, values) in enumerate(ops):
        ids = [r[0] for r in conn.execute("SELECT id FROM records ORDER BY id")]
        target = ids[values.pop("pick") % len(ids)]
        if "partner" in values:
            values["partner"] = partners[values["partner"] % len(partners)]
        if "governor" in values:
            values["governor"] = leaders[values["governor"] % len(leaders)]
        row = {column.get(k, k): v for k, v in values.items()}
        if op == "insert":
            row.update(key=f"random-{n}", date_precision="day")
            names = ", ".join(row)
            conn.execute(
                f"INSERT INTO records ({names}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        elif op == "update":
            sets = ", ".join(f"{k} = ?" for k in row)
            conn.execute(f"UPDATE records SET {sets} WHERE id = ?", [*row.values(), target])
        else:
            conn.execute("DELETE FROM records WHERE id = ?", (target,))


FILTERS = [
    RecordFilter(),
    RecordFilter(kinds=("agreement",)),
    RecordFilter(kinds=("event",)),
    RecordFilter(kinds=("agreement", "event")),
    RecordFilter(local_parties=("DKI Jakarta",)),
    RecordFilter(kinds=("event",), local_parties=("DKI Jakarta",)),
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=writes())
def test_counts_equal_a_recount_after_random_writes(seeded: Path, tmp_path: Path, ops):
    db = tmp_path / "r.db"
    shutil.copy(seeded, db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        _apply(conn, ops)
        assert not stale(conn)
        # What the report and `stats` read from the tables is what the records say.
        for f in FILTERS:
            for dims in [(), ("country",), ("governor",), ("year", "type")]:
                kept = counted(conn, f, dims, partners=False)
                if kept is None:
                    continue
                expected = from_records(conn, f, dims)
                if dims == ("year", "type"):  # no cell's partners asked
                    expected = [(*row[:-1], None) for row in expected]
                assert sorted(kept, key=repr) == sorted(expected, key=repr), (f, dims)
            if not f.local_parties:
                assert largest(conn, f, 3) == largest_from_records(conn, f, 3), f
        # Each reported figure's partners, partner by partner in records_in_force, as a
        # GROUP BY over the agreements finds them (the query before m024).
        for rule in RULES.values():
            if rule.unit != "partners":
                continue
            for start, end in [(None, "2015-05-12"), ("2024-01-01", "2024-12-31")]:
                where = in_force_clause(rule, "?", "?", "?")
                before = conn.execute(
                    "SELECT p.name, MIN(COALESCE(r.date_start, '')) FROM records r JOIN partners p "
                    f"ON p.id = r.partner_id WHERE {where} GROUP BY p.id "
                    "ORDER BY MIN(COALESCE(r.date_start, r.date_end)), p.name",
                    ["DKI Jakarta", end, start, start],
                ).fetchall()
                names, new = _recorded(conn, rule, "DKI Jakarta", start, end)
                assert names == [n for n, _ in before]
                assert new == [n for n, first in before if start and first and first >= start]
    finally:
        conn.close()


# -- what the statements read -----------------------------------------------------------------


def _plans(db: Path, action) -> Iterator[tuple[str, list[str]]]:
    """Each SELECT `action(conn)` runs, with its query plan."""
    store = open_store(db)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        action(store.conn)
        store.conn.set_trace_callback(None)
        for sql in statements:
            if sql.lstrip().upper().startswith(("SELECT", "WITH")):
                yield sql, [r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    finally:
        store.close()


# A pass over every record: a scan of the table or of one of its indexes.
FULL_SCAN = re.compile(r"^SCAN (r|records)\b")


def test_an_unfiltered_briefing_reads_no_record_per_figure(seeded: Path):
    """The report's counts come from the counts tables, its reported figures from
    records_in_force seeks; the only records read are the most recent (an index in order, 50)."""
    from kerjasama_cli.report.data import gather

    seen = list(_plans(seeded, lambda conn: gather(conn, RecordFilter(), "en", False)))
    counts = [sql for sql, _ in seen if "_counts" in sql]
    assert len(counts) >= 4  # by country, by governor, by year and type, largest partners
    for sql, plan in seen:
        scans = [line for line in plan if FULL_SCAN.match(line)]
        if "LIMIT 50" in sql.replace("\n", " "):  # the most recent records: in index order
            assert all("USING INDEX" in line for line in scans), plan
            continue
        assert scans == [], (sql, plan)
    figures = [plan for sql, plan in seen if "records r WHERE r.partner_id = p.id" in sql]
    assert figures and all(
        any("USING INDEX records_in_force" in line for line in plan) for plan in figures
    )


def test_canned_counts_read_the_counts_not_the_records(seeded: Path):
    from kerjasama_cli.store.serve.browse import CANNED

    conn = sqlite3.connect(seeded)
    plan = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {CANNED['partners_per_country'][1]}")]
    assert not any("records" in line for line in plan), plan
    assert any("partner_counts" in line or "SEARCH n" in line for line in plan), plan
    plan = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {CANNED['reported_vs_recorded'][1]}")]
    assert not any(FULL_SCAN.match(line) for line in plan), plan


# -- serve: a write shows on the next page load -----------------------------------------------


def test_a_write_shows_on_serves_next_page_load(tmp_path: Path):
    pytest.importorskip("datasette", reason="the web extra is not installed")
    from serving import rows, serving

    db = tmp_path / "registry.db"
    run = Run(db)
    run("init")

    def per_country() -> dict[str, tuple[int, int, int]]:
        return {
            r["country"]: (r["partners"], r["agreements"], r["events"])
            for r in rows(server, "partners_per_country")
        }

    def sister_cities_2024() -> int:
        web = {r["key"]: r["recorded"] for r in rows(server, "reported_vs_recorded")}
        cli = {r["key"]: r["recorded"] for r in run.json("stats", "--reported")}
        assert web == cli
        return web["sister-cities-2024"]

    with serving(db, tmp_path / "serve.log", env={"KERJASAMA_LANG": "en"}) as server:
        before, figure = per_country(), sister_cities_2024()
        assert "NZ" not in before
        new = run("add", "--partner", "Wellington", "--country", "NZ", "--type", "sister_city",
                  "--date", "2024-03-01", "--title", "Sister cities").stdout.strip()  # fmt: skip
        assert per_country()["NZ"] == (1, 1, 0)
        assert sister_cities_2024() == figure + 1
        run("add", "--partner", "Wellington", "--country", "NZ", "--type", "visit",
            "--date", "2024-05-02")  # fmt: skip
        assert per_country()["NZ"] == (1, 1, 1)
        run("edit", new, "--partner", "Hiroshima Global Academy", "--country", "JP")
        jp = before["JP"]
        assert per_country()["JP"] == (jp[0], jp[1] + 1, jp[2])
        assert per_country()["NZ"] == (1, 0, 1)
        assert sister_cities_2024() == figure  # an institution is no sister city
        run("partners", "merge", "Wellington", "Hiroshima Global Academy", "--yes")
        assert "NZ" not in per_country() and per_country()["JP"] == (jp[0], jp[1] + 1, jp[2] + 1)
        imported(
            run, tmp_path / "rows.csv", "x-1,agreement,Hiroshima Global Academy,JP,mou,2021,MoU"
        )
        assert per_country()["JP"] == (jp[0], jp[1] + 2, jp[2] + 1)
        run("delete", new, "--yes")
        assert per_country()["JP"] == (jp[0], jp[1] + 1, jp[2] + 1)
