"""`kerjasama serve` on a registry big enough to show a per-row cost (200,000 generated records,
bench/data.py, loaded by the set-wise import once per session): every page and canned query
answers (Datasette refuses a query over its 1 s limit with a 400), the facets are computed (not
timed out), and the records page renders with its facets in headless Chromium.

No timings are asserted (bench/serve.py measures them); a design with a per-row cost fails here
as a 400 or a timed-out facet: the m006 view's count alone took ~7 s at this size.
"""

from __future__ import annotations

import csv
import importlib.util
import sqlite3
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import dump_dom
from conftest import early
from serving import Server, rows, serving

pytest.importorskip("datasette", reason="the web extra is not installed")

BENCH = Path(__file__).parent.parent / "bench"
RECORDS = 200_000
FACETS = ("country", "type", "governor", "year")


def _big_registry(folder: Path) -> Path:
    """A seeded registry with RECORDS generated records (about 30 s to build), in FOLDER."""
    # bench/data.py, loaded from its file: this runs beside the tests (conftest's `early`), so it
    # must not put bench/ on the import path they use.
    spec = importlib.util.spec_from_file_location("bench_data", BENCH / "data.py")
    assert spec is not None and spec.loader is not None
    data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(data)
    csv_path = folder / "records.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(data.HEADER)
        writer.writerows(data.iter_rows(RECORDS))
    db = folder / "big.db"
    for args in (("init",), ("import", str(csv_path))):
        done = subprocess.run(
            [sys.executable, "-m", "kerjasama_cli", "--db", str(db), *args],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
    return db


# Built beside the tests from the start of the session (conftest's `early`).
EARLY = {"big_registry": _big_registry}


@pytest.fixture(scope="session")
def big_registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registry of RECORDS generated records, built once."""
    return early(__name__, "big_registry", tmp_path_factory)  # type: ignore[return-value]


@pytest.fixture(scope="module")
def big(big_registry: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with serving(big_registry, tmp_path_factory.mktemp("big-serve") / "serve.log") as server:
        yield server


def _count(db: Path, sql: str, *params: object) -> int:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def test_records_page_counts_and_facets_every_record(big: Server):
    page = big.json(f"/{big.name}/browse_records.json?_size=50")
    assert page["filtered_table_rows_count"] == _count(big.db, "SELECT count(*) FROM records")
    facets = page["facet_results"]  # a facet that timed out is left out of them
    assert set(facets) >= set(FACETS)
    korea = {v["value"]: v["count"] for v in facets["country"]["results"]}["KR"]
    assert korea == _count(
        big.db,
        "SELECT count(*) FROM records r JOIN partners p ON p.id = r.partner_id "
        "WHERE p.country = 'KR'",
    )
    assert len(page["rows"]) == 50
    # the next page: other records, still newest first
    after = big.json(page["next_url"].split(big.base, 1)[-1])
    ids = [r[0] for r in page["rows"]] + [r[0] for r in after["rows"]]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 100


def test_records_page_filter_facet_and_search(big: Server):
    kr = big.json(f"/{big.name}/browse_records.json?country=KR&_facet=status&_size=5")
    assert kr["filtered_table_rows_count"] > 1000 and all(r[6] == "KR" for r in kr["rows"])
    found = big.json(f"/{big.name}/browse_records.json?_search=banjir&_size=5")
    assert set(found["facet_results"]) >= set(FACETS)
    from kerjasama_cli.domain.search import to_fts
    from kerjasama_cli.store.fulltext.index import expander

    conn = sqlite3.connect(f"{big.db.resolve().as_uri()}?mode=ro", uri=True)
    expected = conn.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ?",
        (to_fts("banjir", "q", expander(conn)),),
    ).fetchone()[0]
    conn.close()
    assert found["filtered_table_rows_count"] == expected > 1000


@pytest.mark.parametrize(
    "query",
    [
        "agreements_per_governor",
        "partners_per_country",
        "expiring_soon?days=3650",
        "partner_history?partner=Busan",
        "search?q=" + urllib.parse.quote("kota kembar"),
        "reported_vs_recorded",
        "partner_map",
    ],
)
def test_every_canned_query_answers(big: Server, query: str):
    name, _, params = query.partition("?")
    status, body = big.get(f"/{big.name}/{name}.json?{params}&_shape=array")
    assert status == 200, body[:300]  # 400 "SQL query took too long" past 1 s


def test_partner_history_and_page_of_the_big_partner(big: Server):
    busan = rows(big, "partner_history?partner=Busan")
    assert len(busan) >= RECORDS // 1000
    partner_id = _count(big.db, "SELECT id FROM partners WHERE name = 'Busan'")
    status, html = big.get(f"/{big.name}/partners/{partner_id}")
    assert status == 200 and "Busan" in html


def test_browser_opens_the_records_page_filtered_with_its_facets(big: Server):
    dom = dump_dom(f"{big.base}/{big.name}/browse_records?type=mou", wait_ms=5000)
    assert 'class="rows-and-columns"' in dom
    assert dom.count('<td class="col-partner type-') == 50
    for facet in FACETS:
        assert f'data-column="{facet}"' in dom, facet
    assert "timed out" not in dom


def test_canned_search_pages_a_common_word(big: Server):
    """A word in a sixth of the records: the canned search shows 100 a page, newest first, and
    the pages together are what the search box finds."""
    first = [r["id"] for r in rows(big, "search?q=banjir")]
    second = [r["id"] for r in rows(big, "search?q=banjir&page=2")]
    assert len(first) == len(second) == 100
    box = big.json(f"/{big.name}/browse_records.json?_search=banjir&_size=200&_col=id")
    assert first + second == [r[0] for r in box["rows"]]
    assert rows(big, "search?q=banjir&page=1") == rows(big, "search?q=banjir")


def test_search_box_next_page_keeps_the_matches_and_facets(big: Server):
    """The search box's next page: the following matches, newest first, the same facets."""
    first = big.json(f"/{big.name}/browse_records.json?_search=banjir&_size=50")
    second = big.json(first["next_url"].split(big.base, 1)[-1])
    ids = [r[0] for r in first["rows"]] + [r[0] for r in second["rows"]]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 100
    assert second["filtered_table_rows_count"] == first["filtered_table_rows_count"]
    assert set(second["facet_results"]) >= set(FACETS)
    for facet in FACETS:
        counts = [
            [(v["value"], v["count"]) for v in page["facet_results"][facet]["results"]]
            for page in (first, second)
        ]
        assert counts[0] == counts[1] and counts[0], facet


@pytest.fixture(scope="module")
def public(big_registry: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("big-public") / "serve.log"
    with serving(big_registry, log, args=("--public",)) as server:
        yield server


def test_public_pages_answer_with_their_facets(public: Server):
    """`serve --public` at this size: the public records page (count, facets, a filter), the
    public search's pages and the map answer; the browser draws the page with its facets."""
    page = public.json(f"/{public.name}/public_records.json?_size=50")
    assert page["filtered_table_rows_count"] == _count(
        public.db, "SELECT count(*) FROM public_record_ids"
    )
    assert set(page["facet_results"]) >= set(FACETS)
    mou = public.json(f"/{public.name}/public_records.json?type=mou&_size=5")
    assert set(mou["facet_results"]) >= set(FACETS) and all(r[3] == "mou" for r in mou["rows"])
    for query in ("search?q=banjir", "search?q=banjir&page=2", "partner_map"):
        assert len(rows(public, query)) > 50, query
    dom = dump_dom(f"{public.base}/{public.name}/public_records", wait_ms=5000)
    for facet in FACETS:
        assert f'data-column="{facet}"' in dom, facet
    assert "timed out" not in dom


def test_public_search_box_finds_what_the_public_search_finds(public: Server):
    """The public records' search box (web/search.py) at this size: the public columns' matches,
    newest first, the same records as the public `search` query's first pages, with facets."""
    box = public.json(f"/{public.name}/public_records.json?_search=banjir&_size=200&_col=id")
    assert set(box["facet_results"]) >= set(FACETS)
    pages = [r["id"] for r in rows(public, "search?q=banjir")]
    pages += [r["id"] for r in rows(public, "search?q=banjir&page=2")]
    assert [r[0] for r in box["rows"]] == pages and len(pages) == 200
    assert box["filtered_table_rows_count"] > 1000
    after = public.json(box["next_url"].split(public.base, 1)[-1])
    assert after["rows"] and after["rows"][0][0] < pages[-1]
