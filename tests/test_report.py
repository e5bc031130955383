"""`kerjasama report`: one self-contained HTML briefing (sections, map, offline, prints)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import png_colours, screenshot

SEED_COUNTRIES = {"KR", "CN", "MY", "DE", "NL", "US", "JP", "KP", "IN", "AU"}
SECTIONS = ["headline", "map", "per-year", "governors", "timeline"]


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from conftest import Run

    folder = tmp_path_factory.mktemp("report")
    target = folder / "briefing.html"
    result = Run(folder / "registry.db")("report", "-o", str(target), "--lang", "en")
    assert "wrote" in result.stderr and result.stdout == ""
    return target, target.read_text(encoding="utf-8")


def shaded(html: str) -> dict[str, int]:
    return {
        code: int(n)
        for code, n in re.findall(
            r'class="land shaded" data-country="(\w+)" data-partners="(\d+)"', html
        )
    }


def test_sections_in_order(seed_report):
    _, html = seed_report
    positions = [html.index(f'<section id="{name}"') for name in SECTIONS]
    assert positions == sorted(positions)
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "@page { size: A4" in html and "break-before: page" in html


def test_map_shades_the_seed_countries(seed_report):
    _, html = seed_report
    counts = shaded(html)
    assert set(counts) == SEED_COUNTRIES
    assert counts["KR"] == 3 and counts["US"] == 2
    # unshaded land is drawn too (the whole world, not just the partners)
    assert html.count('class="land"') > 150


def test_headline_and_reported_table(run, seed_report):
    _, html = seed_report
    listed = run.json("list")
    assert f'<div class="card"><b>{len(listed)}</b>records</div>' in html
    table = html[html.index('<table class="reported">') :]
    table = table[: table.index("</table>")]
    assert "partner cities" in table and "<td class=n>35</td>" in table


def test_every_record_in_the_timeline_cites_its_source(run, seed_report):
    _, html = seed_report
    listed = run.json("list")
    timeline = html[html.index('<section id="timeline"') :]
    records = re.findall(
        r'<div class="record" id="r(\d+)".*?</div>(?:<ul class="cite">.*?</ul>|<p class="cite none">.*?</p>)</div>',
        timeline,
    )
    assert sorted(map(int, records)) == sorted(r["id"] for r in listed)
    assert timeline.count('<ul class="cite">') == len(listed)  # the seed cites every record
    assert "CNN Indonesia" in timeline


def test_chart_and_governors(seed_report):
    _, html = seed_report
    chart = html[html.index('<section id="per-year"') : html.index('<section id="governors"')]
    bars = re.findall(r'data-year="(\d{4})" data-type="(\w+)" data-count="(\d+)"', chart)
    assert ("2015", "mou", "1") in bars
    governors = html[html.index('<section id="governors"') : html.index('<section id="timeline"')]
    assert "Basuki Tjahaja Purnama" in governors and "Sutiyoso" in governors  # empty terms too


def test_loads_nothing_from_the_network(seed_report):
    _, html = seed_report
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", html, re.I)
    assert "@import" not in html and "<script" not in html and "<link" not in html


def test_filters_and_language(run, tmp_path):
    target = tmp_path / "kr.html"
    run("report", "--country", "KR", "-o", str(target), "--lang", "id")
    html = target.read_text(encoding="utf-8")
    assert set(shaded(html)) == {"KR"}
    assert '<html lang="id">' in html and "Lini masa" in html and "Peta mitra" in html
    assert "Saringan: negara Korea Selatan" in html  # the filter line in the reader's words


def test_stdout_without_output(run):
    result = run("report", "--lang", "en", "--partner", "Gyeonggi")
    assert result.stdout.startswith("<!DOCTYPE html>") and "Gyeonggi" in result.stdout


def test_bad_output_directory_leaves_nothing(run, tmp_path):
    target = tmp_path / "missing" / "b.html"
    result = run("report", "-o", str(target), code=2)
    assert result.stderr.strip().count("\n") == 0
    assert (
        result.stderr.startswith("kerjasama: error: --output") and "does not exist" in result.stderr
    )
    assert not target.parent.exists() and not run.db.exists()


def test_bad_filter_is_one_line(run, tmp_path):
    target = tmp_path / "b.html"
    result = run("report", "--country", "Atlantis", "-o", str(target), code=2)
    assert result.stderr.startswith("kerjasama: error:") and not target.exists()


def test_headless_chromium_renders_it(seed_report, tmp_path):
    path, _ = seed_report
    png = screenshot(path.as_uri(), tmp_path / "briefing.png")
    # a blank page has one colour; the briefing has text, cards, a shaded map
    assert png_colours(png) > 50


def test_a_large_registry_gets_a_summary_not_every_record(run, tmp_path, monkeypatch):
    """Beyond FULL_TIMELINE_MAX records the timeline is a summary: the most recent records in
    full (with their sources), the largest partners, the records per year, and what the full
    timeline would cost. (The limit is lowered so that the seed is "large".)"""
    from kerjasama_cli.report import data

    monkeypatch.setattr(data, "FULL_TIMELINE_MAX", 10)
    monkeypatch.setattr(data, "RECENT", 5)
    target = tmp_path / "b.html"
    result = run("report", "-o", str(target), "--lang", "en")
    assert "a full timeline" not in result.stderr  # no cost line unless it is asked for
    html = target.read_text(encoding="utf-8")
    timeline = html[html.index('<section id="timeline"') :]
    assert "22 records: too many to list one by one" in timeline
    assert "kerjasama report --full-timeline (about 0 MB" in timeline
    assert timeline.count('class="record"') == 5 and timeline.count('<ul class="cite">') == 5
    newest = [r["id"] for r in run.json("list", "--reverse", "--limit", "5")]
    assert re.findall(r'class="record" id="r(\d+)"', timeline) == [str(i) for i in newest]
    largest = timeline[timeline.index('class="largest"') :]
    assert re.search(r"<td>Shanghai</td><td>China</td><td class=n>4</td>", largest)
    by_year = timeline[timeline.index('class="by-year"') :]
    assert re.search(r"<td>2023</td><td class=n>3</td>", by_year)
    for section in SECTIONS[:-1]:  # the rest of the briefing is as it was
        assert f'<section id="{section}"' in html


def test_full_timeline_says_what_it_costs_first(run, tmp_path, monkeypatch):
    from kerjasama_cli.report import data

    monkeypatch.setattr(data, "FULL_TIMELINE_MAX", 10)
    target = tmp_path / "b.html"
    result = run("report", "--full-timeline", "-o", str(target), "--lang", "en")
    # The seed-loading notice comes last, once the command has succeeded.
    first, wrote, created = result.stderr.splitlines()
    assert "loaded the bundled seed" in created
    assert first == (
        "kerjasama: a full timeline of 22 records: about 0 MB of HTML, 0 s and 0 MB of memory"
    )
    assert wrote.startswith("kerjasama: wrote")
    html = target.read_text(encoding="utf-8")
    assert html.count('class="record"') == 22 and "too many to list" not in html
    result = run("report", "--full-timeline", "-o", str(target), "--lang", "id", "--force")
    assert result.stderr.splitlines()[-2] == (
        "kerjasama: linimasa lengkap 22 catatan: sekitar 0 MB HTML, 0 detik, dan 0 MB memori"
    )


def test_summary_on_request_at_any_size(run, tmp_path):
    target = tmp_path / "b.html"
    run("report", "--summary", "-o", str(target), "--lang", "id")
    html = target.read_text(encoding="utf-8")
    assert "22 catatan: terlalu banyak" in html and "Catatan per tahun" in html


@pytest.mark.parametrize("name", ["r.xlsx", "r.XLS", "r.ods"])
def test_a_workbook_name_for_the_html_briefing_is_refused(run, tmp_path, name):
    """`report -o r.xlsx` wrote the HTML page into a file named .xlsx (Excel then refuses it):
    the workbook is `--xlsx`, so the name is refused, pointing there, and nothing is written."""
    target = tmp_path / name
    result = run("report", "--period", "2025", "-o", str(target), "--lang", "en", code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kerjasama: error: --output '")
    assert "HTML" in lines[0] and "--xlsx" in lines[0]
    assert not target.exists() and not run.db.exists()
