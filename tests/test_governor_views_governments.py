"""`timeline --by governor` and `list --by-governor` over several governments (chores 36), as
`stats --by governor` (tests/test_stats_governments.py): each government's terms together,
governments in the order of their first term; the groups without a leader (date unknown,
undetermined, not recorded) one per government; each heading says whose it is (JSON: the
group's `local_party`) when more than one government is shown. One government: unchanged."""

from __future__ import annotations

import csv
import io
from itertools import groupby
from pathlib import Path

import pytest
from conftest import Run
from two_governments import BOTH, add_surabaya


@pytest.fixture
def two(seeded_run: Run, tmp_path: Path) -> Run:
    return add_surabaya(seeded_run, tmp_path)


def _runs(values: list) -> list:
    """The values with consecutive repeats folded: [A, A, B, A] -> [A, B, A]."""
    return [v for v, _ in groupby(values)]


@pytest.mark.parametrize("limit", [(), ("--limit", "500")])  # streamed, and held
def test_list_keeps_each_governments_terms_together(two: Run, limit: tuple) -> None:
    groups = two.json("list", "--by-governor", *BOTH, *limit)
    assert all("local_party" in g for g in groups), groups[0]
    assert _runs([g["local_party"] for g in groups]) == ["DKI Jakarta", "Kota Surabaya"]
    unknown = {g["local_party"]: g["count"] for g in groups if g["basis"] == "date_unknown"}
    assert unknown == {"DKI Jakarta": 11, "Kota Surabaya": 1}
    # each record under its own government's heading
    for group in groups:
        assert {r["local_party"] for r in group["records"]} <= {group["local_party"]}, group
    rows = list(
        csv.DictReader(io.StringIO(two("list", "--by-governor", *BOTH, *limit, "-f", "csv").stdout))
    )
    assert _runs([r["local_party"] for r in rows]) == ["DKI Jakarta", "Kota Surabaya"]


def test_timeline_keeps_each_governments_terms_together(two: Run) -> None:
    items = two.json("timeline", "--by", "governor", *BOTH)
    assert _runs([i["local_party"] for i in items]) == ["DKI Jakarta", "Kota Surabaya"]
    groups = _runs([(i["group"], i["local_party"]) for i in items])
    assert groups.count(("date unknown", "Kota Surabaya")) == 1
    assert groups[-1] == ("date unknown", "Kota Surabaya")


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("output", ["text", "markdown"])
def test_headings_say_whose_when_several(two: Run, lang: str, output: str) -> None:
    for command in (("timeline", "--by", "governor"), ("list", "--by-governor")):
        fmt = ("-f", output if output == "markdown" or command[0] == "timeline" else "table")
        text = two("--lang", lang, *command, *BOTH, *fmt).stdout
        lines = text.splitlines()
        tri = next(line for line in lines if "Tri Rismaharini" in line and "Wali Kota" in line)
        assert "Kota Surabaya" in tri, text
        anies = next(line for line in lines if "Anies Baswedan" in line and "Gubernur" in line)
        assert "DKI Jakarta" in anies, text
        unknown = "date unknown" if lang == "en" else "tidak diketahui"
        heads = [line for line in lines if unknown in line and "Kota Surabaya" in line]
        assert heads, text


def test_one_government_is_unchanged(two: Run) -> None:
    for command in (("timeline", "--by", "governor"), ("list", "--by-governor")):
        text = two(*command).stdout
        assert "Kota Surabaya" not in text and "— DKI Jakarta" not in text, text
    groups = two.json("list", "--by-governor")
    assert {g["local_party"] for g in groups} == {"DKI Jakarta"}
