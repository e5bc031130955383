"""A registry of two governments (issue 19): `--governor` finds a leader of either, per-governor
answers stay within that leader's government, the second government's records carry its
country, repeated filters are OR-ed, and a term recorded twice is refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


@pytest.fixture
def two(run: Run, tmp_path: Path) -> Run:
    """The seed (DKI Jakarta), plus Kota Surabaya (ID) with Tri Rismaharini and two records
    imported from a CSV that names no local country, plus Kota Bandung with one."""
    run("governments", "add", "Kota Surabaya", "--country", "ID", "--alias", "Surabaya")
    run("governments", "add", "Kota Bandung", "--country", "ID")
    run(
        "leaders", "add", "--name", "Tri Rismaharini", "--title", "Wali Kota",
        "--from", "2010-09-28", "--to", "2020-09-28", "--local-party", "Surabaya",
    )  # fmt: skip
    sheet = tmp_path / "surabaya.csv"
    sheet.write_text(
        "partner,country,type,date,title,local_party\n"
        "Busan,KR,mou,2011-03,Surabaya Busan MoU,Kota Surabaya\n"
        "Kochi,JP,sister_city,2012-05,Surabaya Kochi,Surabaya\n"
        "Braunschweig,DE,sister_city,1960,Bandung Braunschweig,Kota Bandung\n"
    )
    run("import", str(sheet))
    return run


def _titles(rows: object) -> set[str]:
    return {r["title"] for r in rows}  # type: ignore[union-attr]


def test_governor_of_another_government_is_found(two: Run) -> None:
    rows = two.json("list", "--governor", "Tri Rismaharini")
    assert _titles(rows) == {"Surabaya Busan MoU", "Surabaya Kochi"}
    # The other government's governor and one of the home's, OR-ed.
    rows = two.json("list", "-g", "Tri Rismaharini", "-g", "Ahok")
    assert "Surabaya Kochi" in _titles(rows)
    assert {r["governor"] for r in rows} == {"Tri Rismaharini", "Basuki Tjahaja Purnama"}


def test_per_governor_answers_stay_in_that_leaders_government(two: Run) -> None:
    groups = two.json("stats", "--by", "governor", "--governor", "Tri Rismaharini")
    named = {g["group"]: g["count"] for g in groups}
    assert named == {"Tri Rismaharini": 2}, groups
    # Without --governor, per-governor answers are the home government's, as before.
    home = {g["group"] for g in two.json("stats", "--by", "governor")}
    assert "Tri Rismaharini" not in home and "Anies Baswedan" in home


def test_second_governments_records_carry_its_country(two: Run) -> None:
    for row in two.json("list", "--local-party", "Surabaya"):
        assert row["local_country"] == "ID", row
    record = next(r for r in two.json("list") if r["title"] == "Surabaya Kochi")
    shown = two("show", str(record["id"])).stdout
    assert "Kota Surabaya (ID)" in shown and "(—)" not in shown


def test_bulk_import_gives_the_country_too(two: Run, tmp_path: Path) -> None:
    # Enough rows for the set-wise path (store/imports/setwise.py).
    sheet = tmp_path / "many.csv"
    lines = ["partner,country,type,date,title,local_party"]
    lines += [
        f"Partner {n},KR,visit,2015-01-{n % 28 + 1:02d},Visit {n},Surabaya" for n in range(600)
    ]
    sheet.write_text("\n".join(lines) + "\n")
    two("import", str(sheet))
    conn = sqlite3.connect(two.db)
    try:
        countries = conn.execute(
            "SELECT DISTINCT local_country FROM records WHERE local_party = 'Kota Surabaya'"
        ).fetchall()
    finally:
        conn.close()
    assert countries == [("ID",)]


def test_local_party_repeated_is_ored(two: Run) -> None:
    everything = two.json("list")
    rows = two.json("list", "--local-party", "Surabaya", "--local-party", "Kota Bandung")
    assert _titles(rows) == {"Surabaya Busan MoU", "Surabaya Kochi", "Bandung Braunschweig"}
    assert len(rows) < len(everything)
    rows = two.json(
        "list", "--local-party", "Surabaya", "--local-party", "Kota Bandung", "-t", "mou"
    )
    assert _titles(rows) == {"Surabaya Busan MoU"}


def test_a_second_copy_of_a_term_is_refused(two: Run, snapshot) -> None:
    before = snapshot(two.db)
    result = two(
        "leaders", "add", "--name", "Pramono Anung", "--title", "Gubernur",
        "--from", "2025-02-20", "--to", "2030-02-20", code=2,
    )  # fmt: skip
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "already recorded" in lines[0] and "pramono-anung" in lines[0]
    assert snapshot(two.db) == before
    pramono = [g for g in two.json("stats", "--by", "governor") if g["group"] == "Pramono Anung"]
    assert len(pramono) == 1


def test_overlap_with_another_full_holder_is_refused_but_acting_stints_are_not(two: Run) -> None:
    result = two(
        "leaders", "add", "--name", "Someone Else", "--title", "Gubernur",
        "--from", "2026-01-01", code=2,
    )  # fmt: skip
    assert "overlaps the full term of Pramono Anung" in result.stderr
    # An acting stint inside a term is legitimate (docs/domain.md: a Plt during a leave).
    two(
        "leaders", "add", "--name", "Someone Else", "--title", "Plt Gubernur",
        "--from", "2026-01-01", "--to", "2026-02-01",
    )  # fmt: skip
    # ...but not twice.
    two(
        "leaders", "add", "--name", "Someone Else", "--title", "Plt Gubernur",
        "--from", "2026-01-10", "--to", "2026-02-01", code=2,
    )  # fmt: skip


def test_leaders_import_refuses_a_term_twice(run: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "leaders.json"
    term = {"name": "Tri Rismaharini", "title": "Wali Kota", "from": "2010-09-28"}
    run("governments", "add", "Kota Surabaya", "--country", "ID")
    again = {**term, "from": "2010-10-01"}  # the same term, typed again a few days off
    sheet.write_text(json.dumps([{**t, "local_party": "Kota Surabaya"} for t in (term, again)]))
    result = run("leaders", "import", str(sheet), code=2)
    assert "already recorded" in result.stderr
    # The same file line twice is one term (a re-run), not a second copy.
    sheet.write_text(json.dumps([{**term, "local_party": "Kota Surabaya"}] * 2))
    run("leaders", "import", str(sheet))
