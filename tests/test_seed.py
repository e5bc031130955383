"""The bundled seed: every article's facts are there, cited, attributed, and idempotent."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from kerjasama_cli.seed import apply_seed, load_seed, seed_path
from kerjasama_cli.store.database.connection import open_store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def seed():
    return load_seed()


@pytest.fixture
def rows(run):
    return {r["key"]: r for r in run.json("list")}


def test_seed_ships_with_the_package():
    assert seed_path().name == "seed.yaml" and seed_path().exists()


def test_every_article_is_a_cited_source(seed):
    files = {s.file for s in seed.sources}
    assert files == {p.name for p in SEEDS.glob("*.txt")}
    cited = {k for r in seed.records for k in r.sources} | {
        k for p in seed.partners for k in p.sources
    }
    assert cited == {s.key for s in seed.sources}
    assert all(r.sources for r in seed.records), "every record cites a source"
    assert all(f.sources for f in seed.figures)


def test_leaders_are_data_with_terms(seed):
    names = [leader.name for leader in seed.leaders]
    assert names[0] == "Sutiyoso" and names[-1] == "Pramono Anung"
    # the running term carries its scheduled end (issue 9): 2025–2030
    assert seed.leaders[-1].end == dt.date(2030, 2, 20)
    assert "Ahok" in next(x for x in seed.leaders if x.name == "Basuki Tjahaja Purnama").aliases


def test_signings(rows):
    chungnam = rows["chungcheongnam-do-loi-2025-05-27"]
    assert (chungnam["type"], chungnam["date"], chungnam["country"]) == ("loi", "2025-05-27", "KR")
    assert chungnam["governor"] == "Pramono Anung"
    gyeonggi = rows["gyeonggi-do-mou-2015-05-12"]
    assert (gyeonggi["type"], gyeonggi["date"], gyeonggi["governor"]) == (
        "mou",
        "2015-05-12",
        "Basuki Tjahaja Purnama",
    )
    shanghai = rows["shanghai-mou-2020-10-23"]
    assert (shanghai["country"], shanghai["date"], shanghai["governor"]) == (
        "CN",
        "2020-10-23",
        "Anies Baswedan",
    )
    kl = rows["kuala-lumpur-loi-2025-08"]
    assert (kl["country"], kl["date"], kl["governor"]) == ("MY", "2025-08", "Pramono Anung")


def test_passing_mentions_have_what_the_source_knows(rows):
    by_partner = {r["partner"]: r for r in rows.values() if r["kind"] == "agreement"}
    for city, country in [("Pyongyang", "KP"), ("Mumbai", "IN"), ("Washington DC", "US")]:
        row = by_partner[city]
        assert row["country"] == country
        assert row["date"] is None and row["date_precision"] == "by"
        assert row["date_end"] == "2015-05-12"
        assert "2015" in row["date_label"]
    heidelberg = by_partner["Heidelberg"]
    assert heidelberg["country"] == "DE" and heidelberg["governor"] == "Pramono Anung"
    assert heidelberg["governor_basis"] == "credited"
    jeju = by_partner["Jeju"]
    assert jeju["date"] == "2024" and jeju["region"] == "KR-49"
    assert jeju["governor"] is None and jeju["governor_basis"] == "undetermined"
    assert jeju["governor_candidates"] == [
        "Heru Budi Hartono",
        "Joko Agus Setyono",
        "Teguh Setyabudi",
    ]


def test_programmes_and_institutions(rows):
    partners = {r["partner"] for r in rows.values()}
    assert {"Rotterdam", "New York City", "Hiroshima Global Academy", "C40", "CityNet"} <= partners
    programmes = [r for r in rows.values() if r["type"] == "programme"]
    assert len(programmes) == 4
    assert any("Hospital" in (r["title"] or "") for r in programmes)
    assert next(r for r in rows.values() if r["partner"] == "C40")["country"] is None


def test_events(rows):
    events = Counter(r["type"] for r in rows.values() if r["kind"] == "event")
    assert events["visit"] >= 1 and events["office_opening"] == 1 and events["invitation"] == 2
    visit = rows["shanghai-mayor-visit-2023-04-27"]
    assert visit["governor"] == "Heru Budi Hartono" and visit["date"] == "2023-04-27"
    office = rows["chungcheongnam-do-cepa-office-opening-2021"]
    assert office["date"] == "2021"


def test_signatories_with_titles(run):
    detail = run.json("show", "chungcheongnam-do-loi-2025-05-27")
    people = {(p["side"], p["name"]) for p in detail["signatories"]}
    assert {("home", "Pramono Anung"), ("partner", "Kim Tae Heum")} <= people
    assert all(p["title"] for p in detail["signatories"])
    assert detail["sources"][0]["publication"] == "MerahPutih.com"


def test_reported_figures(seed):
    figures = {(f.subject, f.period.iso()): f.count for f in seed.figures}
    assert figures[("sister_city", "2024")] == 23
    assert figures[("foreign_institution", "2024")] == 19
    assert figures[("domestic_agreement", "2024")] == 102
    assert any(f.count == 35 and f.subject == "city_partner" for f in seed.figures)


def test_show_partner_history_in_date_order(run):
    shanghai = run.json("show", "Shanghai")
    dates = [h["date_start"] for h in shanghai["history"]]
    assert dates == sorted(dates)
    assert [h["type"] for h in shanghai["history"]][0] == "mou"
    assert {h["kind"] for h in shanghai["history"]} == {"agreement", "event"}


def test_applying_the_seed_again_changes_nothing(tmp_path, snapshot):
    path = tmp_path / "s.db"
    store = open_store(path)
    first = apply_seed(store)
    before = snapshot(path)
    second = apply_seed(store)
    assert second["inserted"] == 0 and second["updated"] == 0
    assert second["unchanged"] == sum(first.values())
    assert snapshot(path) == before
