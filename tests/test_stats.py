"""`stats`: counts on the seed, term order, the cross-table, reported figures, formats."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import COLOUR, Run, run_in_terminal, run_module


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def by_group(rows):
    return {r["group"]: r for r in rows}


def test_korean_partners(run):
    rows = by_group(run.json("stats", "--by", "country"))
    korea = rows["KR"]
    assert (korea["count"], korea["agreements"], korea["events"], korea["partners"]) == (4, 3, 1, 3)
    # JSON is for machines: English names whatever --lang says.
    assert korea["country"] == "KR" and korea["country_name"] == "South Korea"
    in_indonesian = by_group(run.json("stats", "--by", "country", "--lang", "id"))
    assert in_indonesian["KR"]["country_name"] == "South Korea"
    listed = run.json("list", "--country", "Korsel")
    assert {r["partner"] for r in listed} == {"Gyeonggi-do", "Chungcheongnam-do", "Jeju"}
    english = by_group(run.json("stats", "--lang", "en"))  # --by country is the default
    assert english["KR"]["country_name"] == "South Korea"


def test_country_counts_match_list(run):
    rows = run.json("stats")
    assert sum(r["count"] for r in rows) == 22  # each record has at most one country
    for row in rows:
        if row["country"]:
            assert len(run.json("list", "--country", row["country"])) == row["count"]
    assert rows[-1]["group"] == "no country" and rows[-1]["count"] == 3  # C40, CityNet, unnamed
    counts = [r["count"] for r in rows[:-1]]
    assert counts == sorted(counts, reverse=True)


def test_governor_rows_follow_term_order_with_empty_terms(run):
    rows = run.json("stats", "--by", "governor")
    terms = [r for r in rows if r.get("term_start")]
    assert len(terms) == 18  # every term in the seed, including those with nothing
    assert [t["term_start"] for t in terms] == sorted(t["term_start"] for t in terms)
    assert terms[0]["governor"] == "Sutiyoso" and terms[0]["count"] == 0
    named = {(r["group"], r.get("term_start")): r for r in rows}
    pramono = named[("Pramono Anung", "2025-02-20")]
    assert (pramono["count"], pramono["agreements"], pramono["events"]) == (4, 3, 1)
    assert pramono["term_end"] == "2030-02-20" and pramono["governor_title"] == "Gubernur"
    assert named[("Heru Budi Hartono", "2022-10-17")]["count"] == 3  # not Jeju
    assert named[("Teguh Setyabudi", "2024-10-18")]["count"] == 0  # not Jeju either
    # The groups without a leader come last, named, never merged into a neighbour.
    assert [r["group"] for r in rows[18:]] == ["undetermined", "date unknown"]
    assert named[("undetermined", None)]["count"] == 1
    assert named[("date unknown", None)]["count"] == 11
    assert sum(r["count"] for r in rows) == 22


def test_pramono_2025_agreements(run):
    rows = run.json(
        "stats",
        "--by",
        "governor",
        "--governor",
        "Pramono",
        "--kind",
        "agreement",
        "--from",
        "2025",
        "--to",
        "2025",
    )
    assert [(r["group"], r["count"]) for r in rows] == [("Pramono Anung", 3)]
    types = by_group(
        run.json("stats", "--by", "type", "--governor", "Pramono", "--kind", "agreement")
    )
    assert {k: v["count"] for k, v in types.items()} == {"loi": 2, "sister_city": 1}


def test_governor_filter_with_a_basis(run):
    rows = run.json("stats", "--by", "governor", "--governor", "undetermined")
    assert [(r["group"], r["count"]) for r in rows] == [("undetermined", 1)]
    rows = run.json("stats", "--by", "country", "--governor", "Ahok")
    assert [(r["group"], r["count"]) for r in rows] == [("KR", 1)]


def test_by_year_keeps_in_force_by_items_out_of_2024(run):
    rows = run.json("stats", "--by", "year")
    assert [(r["group"], r["count"]) for r in rows] == [
        ("2015", 1),
        ("2020", 1),
        ("2021", 1),
        ("2023", 3),
        ("2024", 1),
        ("2025", 4),
        ("date unknown", 11),
    ]
    assert rows[-1]["year"] is None


def test_a_date_spanning_two_years_has_its_own_group(empty_run):
    empty_run(
        "add",
        "--partner",
        "Busan",
        "--country",
        "KR",
        "--type",
        "mou",
        "--date",
        "2024-11..2025-02",
    )
    empty_run("add", "--partner", "Busan", "--type", "visit", "--date", "2025-03-01")
    rows = empty_run.json("stats", "--by", "year")
    assert [(r["group"], r["year"], r["count"]) for r in rows] == [
        ("2024–2025", "2024-2025", 1),
        ("2025", "2025", 1),
    ]
    items = empty_run.json("timeline")
    assert [i["group"] for i in items] == ["2024–2025", "2025"]


def test_sector_counts_a_record_once_per_sector(run):
    rows = by_group(run.json("stats", "--by", "sector"))
    for sector in ("health", "technology", "flood_management"):
        assert rows[sector]["count"] == len(run.json("list", "--sector", sector))
    assert rows["health"]["count"] == 3
    assert rows["no sector"]["count"] == len([r for r in run.json("list") if not r["sectors"]])
    table = run("stats", "--by", "sector", env={"COLUMNS": "80"}).stdout
    total = next(line for line in table.splitlines() if line.startswith("Total"))
    assert total.split()[1:] == ["22", "17", "15"]  # distinct records, not the sum of rows


def test_status_groups(run):
    rows = by_group(run.json("stats", "--by", "status"))
    assert rows["active"]["count"] == 17
    assert rows["no status"]["count"] == 5 and rows["no status"]["status"] is None


def test_cross_table_country_by_type(run):
    rows = run.json("stats", "--by", "country", "--by", "type")
    cells = {(r["country"], r["type"]): r["count"] for r in rows}
    assert cells[("KR", "mou")] == 1
    assert cells[("KR", "loi")] == 1
    assert cells[("KR", "sister_city")] == 1
    assert cells[("KR", "office_opening")] == 1
    assert cells[("CN", "invitation")] == 2
    assert cells[(None, "other")] == 2
    assert ("KR", "visit") not in cells
    assert sum(cells.values()) == 22
    assert all({"group", "country", "type", "count"} <= set(r) for r in rows)
    assert rows[0]["group"].startswith("CN / ")


def test_cross_table_text(run):
    text = run("stats", "--by", "country", "--by", "type", env={"COLUMNS": "140"}).stdout
    lines = text.splitlines()
    header = lines[0].split()
    assert header[:3] == ["Country", "\\", "Type"]
    korea = next(line for line in lines if line.startswith("South Korea (KR)"))
    assert korea.split()[3:] == ["·", "·", "·", "1", "1", "1", "·", "1", "4", "██████████"]
    total = next(line for line in lines if line.startswith("Total"))
    assert total.split()[-1] == "22"
    # At 80 columns the same table is drawn the other way round, codes across, and fits.
    narrow = run_in_terminal("stats", "--by", "country", "--by", "type", db=run.db, columns=80)
    assert narrow.splitlines()[0].split()[:3] == ["Type", "\\", "Country"]
    assert max(len(line) for line in narrow.splitlines()) <= 80


def test_cross_table_by_governor_keeps_undetermined(run):
    rows = run.json("stats", "--by", "governor", "--by", "type")
    cells = {(r["governor"], r["type"]): r["count"] for r in rows}
    assert cells[("undetermined", "sister_city")] == 1
    assert cells[("Pramono Anung", "loi")] == 2
    assert all("term_start" in r for r in rows if r["governor"] == "Pramono Anung")


def test_table_has_bar_and_total_and_fits_80_columns(run):
    run("stats")
    for dims in (["country"], ["governor"], ["type"], ["year"], ["sector"], ["status"]):
        args = [a for d in dims for a in ("--by", d)]
        text = run_in_terminal("stats", *args, db=run.db, columns=80)
        lines = text.splitlines()
        assert max(len(line) for line in lines) <= 80, dims
        assert any("█" in line for line in lines)
        assert any(line.startswith("Total") for line in lines)
        piped = run("stats", *args, env={"COLUMNS": "80"}).stdout
        assert "\x1b[" not in piped
    text = run("stats", "--by", "governor", env={"COLUMNS": "80"}).stdout
    pramono = next(line for line in text.splitlines() if line.startswith("Pramono Anung"))
    assert pramono.split()[2:7] == ["2025-02-20–in", "office", "4", "3", "3"]
    date_unknown = next(line for line in text.splitlines() if line.startswith("date unknown"))
    # The largest group has the longest bar.
    assert date_unknown.count("█") > pramono.count("█") > 0


def test_csv_and_json_carry_no_decoration(run):
    text = run("stats", "--by", "governor", "--format", "csv").stdout
    assert "█" not in text and "\x1b[" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == [
        "group",
        "governor",
        "governor_title",
        "term_start",
        "term_end",
        "count",
        "agreements",
        "events",
        "partners",
        "local_party",  # each row's government, last: no column before it moved (chores 36)
        "local_country",  # and its country (m030: London, GB and London, CA are two)
    ]
    assert len(rows) == 20
    cross = run("stats", "--by", "year", "--by", "type", "--format", "csv").stdout
    assert cross.splitlines()[0] == "group,year,type,count,agreements,events,partners"
    raw = run("stats", "--format", "json").stdout
    assert "█" not in raw and "\x1b[" not in raw


def test_reported_figures_beside_recorded_counts(run):
    figures = {f["key"]: f for f in run.json("stats", "--reported")}
    sister = figures["sister-cities-2024"]
    assert (sister["subject"], sister["period"], sister["reported"]) == ("sister_city", "2024", 23)
    assert sister["recorded"] == 3 and sister["recorded_new"] == 1
    assert sister["recorded_partners"] == ["Gyeonggi-do", "Shanghai", "Jeju"]
    assert sister["statement"].startswith("Total pada tahun 2024, ada 23")
    assert "MimbarKepri.co" in sister["source"]
    pramono = figures["sister-cities-pramono-first-six-months-2025"]
    assert (pramono["reported"], pramono["recorded_new"]) == (3, 3)
    assert figures["city-partners-2015"]["recorded"] == 4
    assert figures["city-partners-2015"]["recorded_new"] is None  # no period start
    assert figures["foreign-institutions-2024"]["recorded"] == 4
    assert figures["domestic-agreements-2024"]["recorded"] == 0
    assert figures["hospitals-green-recovery-2024"]["recorded"] is None
    text = run("stats", "--reported", env={"COLUMNS": "80"}).stdout
    assert "sister cities, 2024: reported 23, recorded 3 (1 new in the period)" in text
    assert "foreign institutions, 2024: reported 19, recorded 4" in text
    assert "hospitals, 2024: reported 27; the registry does not count this" in text
    on_terminal = run_in_terminal("stats", "--reported", db=run.db, columns=80)
    assert max(len(line) for line in on_terminal.splitlines()) <= 80


def test_reported_counts_follow_the_registry(run):
    run(
        "add",
        "--partner",
        "Busan",
        "--country",
        "KR",
        "--partner-kind",
        "city",
        "--type",
        "sister_city",
        "--date",
        "2024-06-01",
    )
    run(
        "add",
        "--partner",
        "Tokyo",
        "--country",
        "JP",
        "--type",
        "sister_city",
        "--date",
        "2025-01-10",
    )  # after 2024: not in force in 2024
    run(
        "add",
        "--partner",
        "Osaka",
        "--country",
        "JP",
        "--type",
        "sister_city",
        "--date",
        "2024-03-01",
        "--status",
        "proposed",
    )  # proposed is not in force
    sister = {f["key"]: f for f in run.json("stats", "--reported")}["sister-cities-2024"]
    assert sister["recorded"] == 4 and sister["recorded_new"] == 2
    assert "Busan" in sister["recorded_partners"]


def test_reported_csv_and_period_filter(run):
    text = run("stats", "--reported", "--format", "csv", "--from", "2025").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["key"] for r in rows] == ["sister-cities-pramono-first-six-months-2025"]
    assert rows[0]["reported"] == "3" and rows[0]["recorded"] == "6"


@pytest.mark.parametrize(
    "args",
    [
        ["--reported", "--country", "KR"],
        ["--reported", "--by", "year"],
        ["--by", "country", "--by", "type", "--by", "year"],
        ["--by", "type", "--by", "type"],
    ],
)
def test_invalid_combinations_are_one_line_errors(run, db_path, snapshot, args):
    run("stats")
    before = snapshot(db_path)
    result = run("stats", *args, code=2)
    assert result.stderr.count("\n") == 1 and "--" in result.stderr
    assert snapshot(db_path) == before


def test_unknown_dimension_is_usage_error(run):
    assert "month" in run("stats", "--by", "month", code=2).stderr


def test_stats_no_color_on_a_forced_terminal(tmp_path):
    env = {"FORCE_COLOR": "1", "NO_COLOR": "1", "TTY_COMPATIBLE": "1", "COLUMNS": "80"}
    result = run_module("stats", "--by", "governor", db=tmp_path / "s.db", env=env)
    assert result.returncode == 0, result.stderr
    assert not COLOUR.search(result.stdout)
    assert "Pramono Anung" in result.stdout
