"""`kerjasama serve`: the real Datasette server on a free localhost port, read-only.

One server (a real subprocess) serves a seeded registry for the whole module; the tests read its
pages and JSON API and compare them with what the CLI says about the same file.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator

import pytest
from browser import dump_dom
from conftest import Run, run_module
from serving import Server, database_line, rows, serving

pytest.importorskip("datasette", reason="the web extra is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("serve")
    db = folder / "registry.db"
    run = Run(db)
    run("init")
    # A hand-set place (kept over the gazetteer's) and one the gazetteer cannot find.
    run("partners", "edit", "Shanghai", "--lat", "31.5", "--lon", "121.5")
    run("partners", "edit", "Gyeonggi-do", "--lat", "37.27", "--lon", "127.01")
    with serving(db, folder / "serve.log", env={"KERJASAMA_LANG": "en"}) as server:
        yield server


def test_index_has_title_and_description(server):
    status, html = server.get("/")
    assert status == 200
    assert "International Cooperation Registry" in html and "Read-only" in html
    # The counts under the registry's name, joined as a sentence (Datasette's template put the
    # comma before the views after a line break: "16 hidden tables , 8 views").
    counts = next(iter(server.json("/.json").values()))  # type: ignore[attr-defined]
    line = database_line(html)
    assert line == (
        f"{counts['table_rows_sum']:,} rows in {counts['tables_count']} tables, "
        f"{counts['hidden_table_rows_sum']:,} rows in {counts['hidden_tables_count']} hidden "
        f"tables, {counts['views_count']} views"
    ), line


def test_flat_view_rows_are_the_records(server):
    cli = Run(server.db).json("list")
    view = rows(server, "browse_records")
    assert sorted(r["id"] for r in view) == sorted(r["id"] for r in cli)
    by_id = {r["id"]: r for r in view}
    for record in cli:
        row = by_id[record["id"]]
        assert row["partner"] == record["partner"] and row["country"] == record["country"]
        assert row["type"] == record["type"] and row["title"] == record["title"]
        expected_date = record["date"] or (
            f"by {record['date_end']}" if record["date_precision"] == "by" else None
        )
        assert row["date"] == expected_date
        assert row["sectors"] == (", ".join(record["sectors"]) or None)
        if record["governor"]:
            assert row["governor"] == record["governor"]
    gyeonggi = by_id[1]
    assert "CNN Indonesia" in gyeonggi["sources"] and "Nam Kyung Pil" in gyeonggi["signatories"]


def test_a_date_known_only_by_a_day_reads_as_the_cli_shows_it(server):
    # The page showed the view's "by 2015-05-12"; `kerjasama show` says "by 12 May 2015".
    status, page = server.get(f"/{server.name}/browse_records?id=2")
    assert status == 200 and "by 12 May 2015" in page and "by 2015-05-12" not in page
    assert "by 12 May 2015" in Run(server.db)("show", "2").stdout
    status, page = server.get(f"/{server.name}/browse_records?id=1")  # a day stays as it is
    assert status == 200 and "2015-05-12" in page


def test_facets_by_country_type_governor_year(server):
    data = server.json(f"/{server.name}/browse_records.json?_size=0")
    facets = data["facet_results"]
    assert {"country", "type", "governor", "year"} <= set(facets)
    countries = {r["value"]: r["count"] for r in facets["country"]["results"]}
    stats = Run(server.db).json("stats", "--by", "country")
    assert countries == {g["country"]: g["count"] for g in stats if g["country"]}


def test_column_descriptions_in_the_language(server):
    status, html = server.get(f"/{server.name}/browse_records")
    assert status == 200
    assert "Partner (city, province, institution)" in html and "Mitra (kota" not in html
    from kerjasama_cli.web.metadata import build

    indonesian = build("registry", lang="id")
    assert indonesian["title"] == "Registri Kerja Sama Internasional"
    table = indonesian["databases"]["registry"]["tables"]["browse_records"]
    assert table["columns"]["partner"] == "Mitra (kota, provinsi, lembaga)"
    queries = indonesian["databases"]["registry"]["queries"]
    assert queries["expiring_soon"]["title"] == "Perjanjian yang segera berakhir (hari, bawaan 180)"


def test_full_text_search(server):
    found = rows(server, "browse_records?_search=Shanghai")
    cli = Run(server.db).json("search", "Shanghai")
    assert found and sorted(r["id"] for r in found) == sorted(r["id"] for r in cli)


@pytest.mark.parametrize("term", ["banjir", "Korsel", "kota kembar", "Rotterdam", "flood"])
def test_one_search_the_search_box_the_canned_query_and_the_cli(server, term):
    """The records page's search box reads the words as `kerjasama search` does (aliases,
    both languages): it finds what the canned query and the CLI find."""
    box = sorted(
        r["id"] for r in rows(server, f"browse_records?_search={urllib.parse.quote(term)}")
    )
    canned = sorted(r["id"] for r in rows(server, f"search?q={urllib.parse.quote(term)}"))
    cli = sorted(r["id"] for r in Run(server.db).json("search", term))
    assert box and box == canned == cli
    if term == "banjir":  # through the sector vocabulary: flood management, in English
        assert box == [9, 11]


@pytest.mark.parametrize("term", ["banjir", "Korsel", "kota kembar", "Rotterdam"])
def test_canned_search_expands_indonesian_terms_as_the_cli_does(server, term):
    found = sorted(r["id"] for r in rows(server, f"search?q={urllib.parse.quote(term)}"))
    cli = sorted(r["id"] for r in Run(server.db).json("search", term))
    assert found and found == cli


def test_canned_query_with_a_parameter(server):
    history = rows(server, "partner_history?partner=Shanghai")
    cli = Run(server.db).json("list", "--partner", "Shanghai")
    assert [r["id"] for r in history] == [r["id"] for r in cli]
    assert rows(server, "partner_history?partner=Atlantis") == []


@pytest.mark.parametrize("typed", ["RÖTTERDAM", "Kota_Rotterdam", "shanghai"])
def test_canned_partner_history_matches_names_as_list_does(server, typed):
    """The canned query kept LIKE (ASCII case only, `_` any character) after `list -p` came to
    fold case and accents: `RÖTTERDAM` found nothing, `Kota_Rotterdam` matched an alias."""
    history = rows(server, f"partner_history?partner={urllib.parse.quote(typed)}")
    cli = Run(server.db).json("list", "--partner", typed)
    assert sorted(r["id"] for r in history) == sorted(r["id"] for r in cli)
    assert bool(cli) == (typed != "Kota_Rotterdam")


def test_canned_queries_listed_and_counting(server):
    data = server.json(f"/{server.name}.json")
    names = {q["name"] for q in data["queries"]}
    assert names == {
        "agreements_per_governor",
        "partners_per_country",
        "expiring_soon",
        "partner_history",
        "reported_vs_recorded",
        "search",
        "partner_map",  # a canned query over the view of that name: places from serve's memory
    }
    per_country = {r["country"]: r["partners"] for r in rows(server, "partners_per_country")}
    assert per_country["KR"] == 3 and per_country["US"] == 2
    governors = {r["governor"]: r["agreements"] for r in rows(server, "agreements_per_governor")}
    assert governors["Pramono Anung"] == 3 and governors["Sutiyoso"] == 0


def test_reported_vs_recorded_matches_stats(server):
    web = {r["key"]: r["recorded"] for r in rows(server, "reported_vs_recorded")}
    cli = {r["key"]: r["recorded"] for r in Run(server.db).json("stats", "--reported")}
    assert web == cli and web["city-partners-2015"] == 4


def test_expiring_soon_takes_days(server):
    assert rows(server, "expiring_soon?days=30") == []  # the seed has nothing ending soon


def test_writes_are_refused(server, snapshot):
    before = snapshot(server.db)
    status, body = server.post(f"/{server.name}/records/-/insert", {"row": {"key": "x"}})
    assert status == 403 and "read-only" in body
    status, body = server.get(f"/{server.name}.json?sql=delete+from+records")
    assert status == 400 and "SELECT" in body
    assert snapshot(server.db) == before


def test_new_records_show_on_reload(server):
    before = len(rows(server, "browse_records"))
    Run(server.db)(
        "add", "--partner", "Busan", "--country", "KR", "--type", "mou",
        "--date", "2026-03-02", "--title", "MoU with Busan",
    )  # fmt: skip
    after = rows(server, "browse_records")
    assert len(after) == before + 1 and any(r["partner"] == "Busan" for r in after)


def test_browser_renders_the_records_page(server):
    dom = dump_dom(f"{server.base}/{server.name}/browse_records?country=KR")
    assert 'class="rows-and-columns"' in dom
    assert dom.count('<td class="col-partner') >= 3 and "Gyeonggi-do" in dom
    assert "facet-info" in dom or "facet-results" in dom


def test_without_the_web_extra_one_line_exit_2(tmp_path):
    fake = tmp_path / "shadow" / "datasette"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('datasette is not installed')\n")
    result = run_module("serve", db=tmp_path / "r.db", env={"PYTHONPATH": str(fake.parent)})
    assert result.returncode == 2
    # As the README says it: from a checkout `pip install '.[web]'` (the bare package name
    # alone would fetch kerjasama from PyPI instead of the checkout), else from PyPI.
    assert result.stderr == (
        "kerjasama: error: serve needs the web extra: in a checkout of kerjasama, "
        "pip install '.[web]'; else pip install 'kerjasama[web]'\n"
    )
    assert not (tmp_path / "r.db").exists()


def test_offline_base_map_tiles(server):
    status, svg = server.get(f"/{server.name}/-/kerjasama-tiles/2/3/1.svg")  # East Asia
    assert status == 200 and svg.startswith("<svg") and 'd="M' in svg
    status, ocean = server.get("/-/kerjasama-tiles/9/0/0.svg")  # beyond the zoom range: blank
    assert status == 200 and 'd="M' not in ocean


def test_tiles_cover_land_not_sea():
    from kerjasama_cli.web.tiles import tile

    assert len(tile(3, 6, 3)) > len(tile(3, 0, 4)) * 5  # China vs the mid-Pacific


def test_map_coordinates_from_gazetteer_and_by_hand(server):
    places = {r["partner"]: r for r in rows(server, "partner_map")}
    assert (places["Shanghai"]["latitude"], places["Shanghai"]["longitude"]) == (31.5, 121.5)
    assert places["Gyeonggi-do"]["latitude"] == 37.27  # set by hand, found by no gazetteer
    heidelberg = places["Heidelberg"]  # placed by serve's gazetteer step
    assert abs(heidelberg["latitude"] - 49.41) < 0.05 and abs(heidelberg["longitude"] - 8.69) < 0.05
    assert places["C40"]["latitude"] is None  # an organisation gets no pin
    assert places["Shanghai"]["records"] == 4 and places["Shanghai"]["agreements"] == 1
    # serve placed it in its own memory: nothing in the registry, no history row
    stored = Run(server.db).json("partners", "show", "Heidelberg")
    assert stored.get("latitude") is None
    changes = Run(server.db).json("history", "--entity", "partner")
    assert not any(c.get("command") == "serve" for c in changes)


def test_browser_draws_the_partner_map(server):
    dom = dump_dom(f"{server.base}/{server.name}/partner_map", wait_ms=6000)
    assert "leaflet-container" in dom
    markers = dom.count("leaflet-marker-icon")
    assert markers >= 3  # single pins and clusters, drawn by the cluster-map plugin
    assert "-/kerjasama-tiles/" in dom  # the offline base map's tiles, not a tile server
    assert "tile.openstreetmap.org" not in dom
