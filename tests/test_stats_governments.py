"""`stats --by governor` over several governments (chores 36): a ministry analyst counting two
regions at once must see which government each row belongs to. Every governor row carries its
`local_party` (JSON, and CSV's last column, so no column moves); the rows that name no leader
(date unknown, undetermined, not recorded) are one per government instead of one mixing them;
the text table has a column for the government when more than one is counted."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import Run
from two_governments import BOTH, add_surabaya


@pytest.fixture
def two(seeded_run: Run, tmp_path: Path) -> Run:
    return add_surabaya(seeded_run, tmp_path)


def test_each_governor_row_names_its_government(two: Run) -> None:
    rows = two.json("stats", "--by", "governor", *BOTH)
    assert all("local_party" in r for r in rows), rows
    by_name = {(r["group"], r["local_party"]): r["count"] for r in rows}
    assert by_name[("Tri Rismaharini", "Kota Surabaya")] == 2
    assert by_name[("Anies Baswedan", "DKI Jakarta")] == 2
    # One "date unknown" row per government, not one adding Surabaya's undated pair to Jakarta's.
    unknown = {r["local_party"]: r["count"] for r in rows if r["group"] == "date unknown"}
    assert unknown == {"DKI Jakarta": 11, "Kota Surabaya": 1}
    # A government's terms, then its rows without a leader; governments in the order of their
    # first term (Jakarta's Sutiyoso, 1997, before Surabaya's Tri Rismaharini, 2010).
    order = [(r["group"], r["local_party"]) for r in rows]
    assert order.index(("date unknown", "DKI Jakarta")) < order.index(
        ("Tri Rismaharini", "Kota Surabaya")
    )
    assert order[-1] == ("date unknown", "Kota Surabaya")
    total = two.json("stats", *BOTH)
    assert sum(r["count"] for r in rows) == sum(r["count"] for r in total)


def test_one_government_keeps_its_rows_and_says_its_name(two: Run) -> None:
    rows = two.json("stats", "--by", "governor")
    assert {r["local_party"] for r in rows} == {"DKI Jakarta"}
    assert [r["group"] for r in rows if not r.get("term_start")] == [
        "undetermined",
        "date unknown",
    ]
    text = two("stats", "--by", "governor").stdout
    assert "Local party" not in text and "DKI Jakarta" not in text  # one government: no column


def test_csv_adds_the_government_last_so_no_column_moves(two: Run) -> None:
    out = two("stats", "--by", "governor", *BOTH, "--format", "csv").stdout
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert header == [
        "group", "governor", "governor_title", "term_start", "term_end",
        "count", "agreements", "events", "partners", "local_party", "local_country",
    ]  # fmt: skip
    assert any(r[0] == "Tri Rismaharini" and r[-2:] == ["Kota Surabaya", "ID"] for r in rows)
    # by governor and by local party at once: the column once, not twice
    out = two("stats", "--by", "governor", "--by", "local-party", *BOTH, "--format", "csv").stdout
    assert next(csv.reader(io.StringIO(out))).count("local_party") == 1


@pytest.mark.parametrize(("lang", "heading"), [("en", "Local party"), ("id", "Pihak daerah")])
def test_the_text_table_has_a_government_column_when_several_are_counted(
    two: Run, lang: str, heading: str
) -> None:
    for output in ("table", "markdown"):
        text = two("--lang", lang, "stats", "--by", "governor", *BOTH, "-f", output).stdout
        lines = text.splitlines()
        assert heading in lines[0], text
        tri = next(line for line in lines if "Tri Rismaharini" in line)
        assert "Kota Surabaya" in tri
        anies = next(line for line in lines if "Anies Baswedan" in line)
        assert "DKI Jakarta" in anies
        unknown = [line for line in lines if ("date unknown" in line or "tidak diketahui" in line)]
        assert len(unknown) == 2 and any("Kota Surabaya" in line for line in unknown), text


def test_a_cross_table_names_the_government_of_each_governor_row(two: Run) -> None:
    text = two("stats", "--by", "governor", "--by", "type", *BOTH).stdout
    tri = next(line for line in text.splitlines() if "Tri Rismaharini" in line)
    assert "Kota Surabaya" in tri, text
    cells = two.json("stats", "--by", "governor", "--by", "type", *BOTH)
    assert {
        (c["governor"], c["local_party"]) for c in cells if c["governor"] == "Tri Rismaharini"
    } == {("Tri Rismaharini", "Kota Surabaya")}


def test_the_report_names_the_government_of_each_head_when_several(two: Run, tmp_path) -> None:
    out = tmp_path / "two.html"
    two("report", *BOTH, "-o", str(out))
    section = out.read_text(encoding="utf-8").split('id="governors"')[1].split("</section>")[0]
    assert "Local party" in section and "Kota Surabaya" in section, section[:3000]
    one = tmp_path / "one.html"
    two("report", "-o", str(one))
    section = one.read_text(encoding="utf-8").split('id="governors"')[1].split("</section>")[0]
    assert "Local party" not in section


def test_the_period_report_says_whose_head_signed_when_several(two: Run, tmp_path) -> None:
    out = tmp_path / "period.html"
    two("report", "--period", "2011", *BOTH, "-o", str(out))
    page = out.read_text(encoding="utf-8")
    section = page.split('id="period-signed"')[1].split("</section>")[0]
    assert "Tri Rismaharini (Kota Surabaya)" in section, section
