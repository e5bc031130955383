"""Grouped reads stream (issue 25): `timeline --by partner|governor` and `list --by-governor`
know their groups first and SQL sorts the rows by their group's place; what they print is what
grouping every row in Python (`domain.grouping`, the held path) gives, ties and accents too."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import Run

from kerjasama_cli.domain import grouping
from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.render.fields import row_date
from kerjasama_cli.render.timeline_items import items
from kerjasama_cli.store.briefing.aggregates import people_by_record
from kerjasama_cli.store.briefing.government_groups import leader_terms
from kerjasama_cli.store.queries.reader import governor_scope, timeline_rows

# Partners sharing a name (Santiago of Spain and of Chile, first met in that order by date,
# not in their keys' order),
# names that sort apart only when case-folded (Évora, évian, Zagreb, Ålesund), a partner
# whose first record is undated.
ROWS = [
    ["mitra", "negara", "jenis", "tanggal", "judul", "penandatangan"],
    ["Santiago", "Spanyol", "mou", "2001-05-02", "MoU Santiago ES", ""],
    ["Santiago", "Chile", "loi", "2003", "LoI Santiago CL", "Sutiyoso (Gubernur)"],
    ["Santiago", "Chile", "mou", "2021-01-04", "MoU Santiago CL", ""],
    ["Évora", "Portugal", "kunjungan", "2015-03", "Kunjungan Évora", ""],
    ["évian", "Prancis", "mou", "2012-2013", "MoU évian", ""],
    ["Zagreb", "Kroasia", "loi", "", "LoI Zagreb", ""],
    ["Zagreb", "Kroasia", "mou", "2020-07-07", "MoU Zagreb", "Anies Baswedan (Gubernur)"],
    ["Ålesund", "Norwegia", "mou", "2018", "MoU Ålesund", ""],
    ["zwolle", "Belanda", "loi", "2016-08-01", "LoI zwolle", ""],
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registry the tests read (`init`, then ROWS imported), made once: they only read it."""
    folder = tmp_path_factory.mktemp("groups")
    source = folder / "rows.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(ROWS)
    make = Run(folder / "registry.db")
    make("init", env={"KERJASAMA_LANG": "en"})
    make("import", str(source), env={"KERJASAMA_LANG": "en"})
    return make.db


@pytest.fixture
def registry(run: Any, built: Path) -> Path:
    """A copy of the built registry, bound to `run`."""
    shutil.copyfile(built, run.db)
    return Path(run.db)


def held_timeline(db: Path, by: str) -> list[dict[str, Any]]:
    """The timeline's JSON items as the held path made them: every row read, then grouped."""
    conn = sqlite3.connect(db)
    try:
        f = RecordFilter()
        if by == "governor":
            f = governor_scope(conn, f)
        rows = timeline_rows(conn, f)
        people = people_by_record(conn, (r["id"] for r in rows))
        if by == "governor":
            attributed = [r["governor_key"] for r in rows if r.get("governor_key")]
            groups = grouping.by_governor(rows, leader_terms(conn, f, attributed), row_date)
        else:
            groups = grouping.by_partner(rows, row_date)
        return json.loads(json.dumps(list(items(groups, people, by))))
    finally:
        conn.close()


@pytest.mark.parametrize("by", ["partner", "governor"])
def test_the_streamed_timeline_is_the_held_grouping(run: Any, registry: Path, by: str) -> None:
    streamed = run.json("timeline", "--by", by)
    assert streamed == held_timeline(registry, by)
    if by == "partner":
        groups = list(dict.fromkeys((i["group"], i["country"]) for i in streamed))
        # the same name in the order first met; case and accents folded as Python folds them
        assert groups.index(("Santiago", "ES")) < groups.index(("Santiago", "CL"))
        mine = [g for g, _ in groups if g in {"Zagreb", "zwolle", "Ålesund", "évian", "Évora"}]
        assert mine == ["Zagreb", "zwolle", "Ålesund", "évian", "Évora"]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_the_streamed_list_by_governor_is_the_held_one(run: Any, registry: Path, fmt: str) -> None:
    # With --limit, the rows are read first and grouped in Python.
    streamed = run("list", "--by-governor", "--format", fmt).stdout
    held = run("list", "--by-governor", "--format", fmt, "--limit", "1000").stdout
    assert streamed == held and "Santiago" in streamed


def test_the_streamed_markdown_and_validity_tables_are_the_held_ones(
    run: Any, registry: Path
) -> None:
    for args in (["--format", "markdown"], ["--sort", "end"], ["--status", "active"]):
        streamed = run("list", *args).stdout
        held = run("list", *args, "--limit", "1000").stdout
        assert streamed == held and streamed.count("\n") > 3


def test_a_terminal_still_gets_the_drawn_tables(registry: Path) -> None:
    from conftest import run_in_terminal

    env = {"KERJASAMA_LANG": "en"}
    drawn = run_in_terminal("list", "--by-governor", db=registry, columns=120, env=env)
    held = run_in_terminal("list", "--by-governor", "-n", "1000", db=registry, columns=120, env=env)
    assert drawn == held and "Santiago" in drawn
