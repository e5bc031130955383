"""The records pages at any size (issue 20): what their queries read, and facets counted once.

Plans, not timings: the public page's count and facets read the facet indexes alone (the stored
flag, m023; never the rule's view, which works the whole set out), the public search and the
search box's facets read each match's row by id from the full-text index, and nothing scans
every record. Against a real server: the facets under a search count what Datasette's own
per-facet queries count, and a record added while serve runs shows at the next load although
the counts are kept for the next page (web/facets.py).
"""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path

import pytest
from conftest import Run
from serving import serving

pytest.importorskip("datasette", reason="the web extra is not installed")

FACETS = ("country", "type", "governor", "year")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("facets") / "registry.db"
    Run(db)("list", "--limit", "1")  # seeded and migrated
    return db


def _plan(db: Path, sql: str, params: tuple = ()) -> str:
    from kerjasama_cli.web import plugin

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    plugin.prepare_connection(conn)
    try:
        return "\n".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    finally:
        conn.close()


def _facet_sql(table: str, column: str, where: str = "") -> str:
    """Datasette's column facet over a table page's query (datasette/facets.py)."""
    return (
        f"select {column} as value, count(*) as count from (select * from {table} {where}) "
        f"where {column} is not null group by {column} order by count desc, value limit 31"
    )


def _full_scans(plan: str) -> list[str]:
    """Plan lines that read a whole table (an index read whole is named as one; a row's own
    subquery, as its sectors, is not a table)."""
    return [
        line
        for line in plan.splitlines()
        if line.startswith("SCAN")
        and not any(word in line for word in ("INDEX", "VIRTUAL TABLE", "(subquery"))
    ]


@pytest.mark.parametrize("where", ["", "where type = 'mou'", "where governor = 'x'"])
@pytest.mark.parametrize("column", FACETS)
def test_public_facets_read_one_index_with_the_flag(registry: Path, column: str, where: str):
    plan = _plan(registry, _facet_sql("public_records", column, where))
    assert "COVERING INDEX browse_facets_" in plan, plan
    assert not _full_scans(plan) and "stage_lists" not in plan, plan


def test_public_count_rows_and_search_read_no_rule_and_no_whole_table(registry: Path):
    count = _plan(registry, "select count(*) from public_records")
    assert "COVERING INDEX" in count and not _full_scans(count), count
    rows = _plan(registry, "select * from public_records order by id desc limit 51")
    assert "stage_lists" not in rows and "evidence" not in rows, rows
    from kerjasama_cli.store.serve.public import public_canned

    search = _plan(registry, public_canned()["search"][1], {"q": "banjir", "page": ""})
    assert "VIRTUAL TABLE" in search and "INTEGER PRIMARY KEY" in search, search
    assert not _full_scans(search) and "stage_lists" not in search, search


def test_search_box_facets_are_one_pass_over_the_matches(registry: Path):
    from kerjasama_cli.web.facets import one_pass_sql

    page = (
        "select * from browse_records where id in (select rowid from search_index "
        "where search_index match escape_fts(:search))"
    )
    plan = _plan(registry, one_pass_sql(page, list(FACETS), 31), {"search": "banjir"})
    assert plan.count("VIRTUAL TABLE") == 1, plan  # the full-text match runs once
    assert plan.count("MATERIALIZE matched") == 1, plan  # its rows read once, each by id
    scans = [line for line in _full_scans(plan) if line != "SCAN matched"]  # the matches
    assert "INTEGER PRIMARY KEY" in plan and not scans, plan


def test_search_facets_count_what_each_facet_counts_and_follow_a_write(
    registry: Path, tmp_path: Path
):
    with serving(registry, tmp_path / "serve.log") as server:
        path = f"/{server.name}/browse_records.json?_search=Korea&_size=5"
        page = server.json(path)
        facets = page["facet_results"]
        assert set(facets) == set(FACETS), facets
        conn = sqlite3.connect(f"{registry.resolve().as_uri()}?mode=ro", uri=True)
        from kerjasama_cli.web import plugin

        plugin.prepare_connection(conn)
        matches = "id IN (SELECT rowid FROM search_index WHERE search_index MATCH escape_fts(?))"
        for column in FACETS:
            expected = dict(
                conn.execute(
                    f"SELECT {column}, count(*) FROM browse_records WHERE {matches} "
                    f"AND {column} IS NOT NULL GROUP BY {column}",
                    ("Korea",),
                ).fetchall()
            )
            shown = {v["value"]: v["count"] for v in facets[column]["results"]}
            assert shown == expected, column
        conn.close()
        assert server.json(path)["facet_results"] == facets  # the same when asked again
        before = {v["value"]: v["count"] for v in facets["country"]["results"]}
        Run(registry)(
            "add", "--type", "mou", "--partner", "Gangneung", "--country", "KR",
            "--date", "2025-02-03", "--title", "MoU Korea Gangneung",
        )  # fmt: skip
        after = server.json(path)
        assert after["filtered_table_rows_count"] == page["filtered_table_rows_count"] + 1
        now = {v["value"]: v["count"] for v in after["facet_results"]["country"]["results"]}
        assert now["KR"] == before["KR"] + 1


def test_each_facet_says_it_is_a_column_facet(registry: Path, tmp_path: Path):
    """Datasette's JSON names a column facet's type "column", and its clients read it (to draw
    a facet, to know which `_facet` argument toggles it). Ours counts differently but is a
    column facet all the same: it says so, with and without a search."""
    with serving(registry, tmp_path / "serve.log") as server:
        for query in ("?_size=5", "?_search=Korea&_size=5"):
            facets = server.json(f"/{server.name}/browse_records.json{query}")["facet_results"]
            assert set(facets) == set(FACETS), query
            assert {facet["type"] for facet in facets.values()} == {"column"}, facets


def test_every_facet_a_page_offers_answers_and_none_asks_for_an_array(
    registry: Path, tmp_path: Path
):
    """The sectors are comma text ("health, education") in the view, not JSON:
    `_facet_array=sectors` answers 400 ("malformed JSON"). No page may link to it; the facets
    the metadata configures and the one the column menu builds (`_facet=COLUMN`, table.js)
    answer, and count every value once."""
    from kerjasama_cli.web.metadata import FACETS as CONFIGURED

    with serving(registry, tmp_path / "serve.log") as server:
        # (partner_map's facets in the metadata are never drawn: the map is a canned query.)
        for table, facets in (("browse_records", CONFIGURED), ("partner_map", [])):
            status, page = server.get(f"/{server.name}/{table}")
            assert status == 200, (table, page[:300])
            links = set(re.findall(r'href="([^"]*_facet[^"]*)"', page))
            assert not [link for link in links if "_facet_array" in link], links
            for link in sorted(links):
                got, _ = server.get(html.unescape(link).removeprefix(server.base))
                assert got == 200, link
            data = server.json(f"/{server.name}/{table}.json?_size=0")
            assert set(data.get("facet_results") or ()) == set(facets), table
            assert all(f["results"] for f in (data.get("facet_results") or {}).values()), table
        sectors = server.json(f"/{server.name}/browse_records.json?_facet=sectors&_size=0")
        counted = {v["value"]: v["count"] for v in sectors["facet_results"]["sectors"]["results"]}
        assert counted and all(", " in v or v.isidentifier() for v in counted), counted
        assert [s["name"] for s in sectors["suggested_facets"] if "array" in s["toggle_url"]] == []
