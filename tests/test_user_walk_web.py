"""A bureau head's walk through `serve` and a staffer's through `report` (session 35, i43g):
what they met that earlier walks and the serve/report tests left out, each a real registry in a
tmp dir, the briefing read as written and the server read over HTTP on a localhost port."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Run, run_module
from serving import Server, free_port, rows, serving


def _section(html: str, name: str, following: str) -> str:
    return html[html.index(f'<section id="{name}"') : html.index(f'<section id="{following}"')]


def test_the_briefing_says_a_running_term_is_in_office_as_stats_does(
    run: Run, tmp_path: Path
) -> None:
    # Pramono Anung's term is stored with its scheduled end (2030-02-20); `stats --by governor`
    # and `timeline` say "in office" while it runs, the briefing's table printed the future day.
    for lang, words, future in (
        ("en", "in office", "20 February 2030"),
        ("id", "sekarang", "20 Februari 2030"),
    ):
        target = tmp_path / f"b-{lang}.html"
        run("report", "-o", str(target), "--lang", lang)
        governors = _section(target.read_text("utf-8"), "governors", "timeline")
        row = re.search(r"<tr><td>Pramono Anung</td>.*?</tr>", governors)
        assert row, governors[:500]
        assert future not in row.group(0) and words in row.group(0), row.group(0)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    pytest.importorskip("datasette", reason="the web extra is not installed")
    folder = tmp_path_factory.mktemp("walk-web")
    db = folder / "registry.db"
    Run(db)("init")
    with serving(db, folder / "serve.log", env={"KERJASAMA_LANG": "en"}) as server:
        yield server


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("_sort=nope", "nope"),
        ("_sort_desc=nope", "nope"),
        ("_next=garbage", "_next"),
        ("_sort=year&_next=2020,5", "_next"),
        ("_through=x", "_through"),
        # Found by i44e: a JSON object without its keys, a time limit that is not a number.
        ("_through=%7B%7D", "_through"),
        ("_timelimit=abc", "_timelimit"),
    ],
)
def test_a_bad_sort_or_page_in_the_address_is_refused_as_bad_input_not_a_crash(
    server: Server, query: str, named: str
) -> None:
    # A hand-edited or truncated address is the visitor's mistake: 400 naming what is wrong,
    # as Datasette answers a bad `_size`, not a 500 "server error".
    status, body = server.get(f"/{server.name}/browse_records.json?{query}")
    assert status == 400, body[:300]
    error = json.loads(body)["error"]
    assert named in error and "\n" not in error and "Traceback" not in error, error
    status, page = server.get(f"/{server.name}/browse_records?{query}")
    assert status == 400 and named in page


@pytest.mark.parametrize("query", ["", "?q=", '?q="', "?q=%20%20"])
def test_the_search_page_opened_without_words_shows_nothing_not_an_error(
    server: Server, query: str
) -> None:
    # The database page links the canned `search` with no words: the bureau head saw
    # "fts5: syntax error" (400) before typing anything.
    status, page = server.get(f"/{server.name}/search{query}")
    assert status == 200 and "syntax error" not in page, page[-2000:]
    assert rows(server, f"search{query}") == []


def test_partner_history_opened_without_a_partner_lists_nothing(server: Server) -> None:
    # An empty form matched every partner ("" is in every name): a thousand rows of everyone's
    # history under the title "one partner's whole history".
    assert rows(server, "partner_history") == []
    assert rows(server, "partner_history?partner=") == []
    assert rows(server, "partner_history?partner=%20") == []
    assert {r["partner"] for r in rows(server, "partner_history?partner=Shanghai")} == {"Shanghai"}


# A news site's address with its tracking words: one unbroken "word" of ~230 characters.
LONG_URL = (
    "https://www.beritajakarta.id/en/read/12345/governor_signs_memorandum_of_understanding_with_"
    "gyeonggi_province_on_smart_city_flood_management_and_public_transport_cooperation_"
    "utm_source=newsletter_utm_medium=email_utm_campaign=weekly"
)


def test_a_long_web_address_or_name_stays_within_the_printed_page(run: Run, tmp_path: Path) -> None:
    # The timeline cites sources by their web address; one long address (or a long unbroken
    # name) widened the whole page to twice the A4 width, so print cut the right half off.
    from browser import dump_dom

    run("init", "--empty")
    run("add", "--partner", "Gyeonggi", "--country", "KR", "--type", "mou", "--date",
        "2024-05-12", "--title", "MoU", "--source", LONG_URL)  # fmt: skip
    run("add", "--partner", "Landeshauptstadt" * 8, "--country", "DE", "--type", "visit",
        "--date", "2023", "--title", "Kunjungan")  # fmt: skip
    target = tmp_path / "b.html"
    run("report", "-o", str(target), "--lang", "en")
    html = target.read_text("utf-8")
    assert LONG_URL in html
    # The briefing has no script of its own: a copy measures the laid-out page.
    probe = (
        "<script>addEventListener('load', () => document.body.setAttribute('data-width',"
        " document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth))"
        "</script></body>"
    )
    measured = tmp_path / "measured.html"
    measured.write_text(html.replace("</body>", probe), "utf-8")
    found = re.search(r'data-width="(\d+) (\d+)"', dump_dom(measured.as_uri(), 1000))
    assert found, "the page did not load"
    scroll, client = map(int, found.groups())
    assert scroll <= client, f"the page is {scroll} px wide in a {client} px window"


def test_a_briefing_of_no_records_says_none_under_the_map_not_a_bare_header(
    run: Run, tmp_path: Path
) -> None:
    # Filtered to nothing (or a new registry), the map's table was a header row over nothing,
    # where the other sections say "None."
    run("init", "--empty")
    for lang, none in (("en", "None."), ("id", "Tidak ada.")):
        target = tmp_path / f"b-{lang}.html"
        run("report", "-o", str(target), "--lang", lang)
        section = _section(target.read_text("utf-8"), "map", "per-year")
        assert "<table" not in section and f"<p>{none}</p>" in section, section[-600:]


@pytest.mark.parametrize(
    "passed",
    [("--host", "0.0.0.0"), ("--host=0.0.0.0",), ("-h", "0.0.0.0"), ("-h0.0.0.0",),
     ("--port", "8123"), ("-p", "8123")],
)  # fmt: skip
def test_datasettes_own_host_or_port_after_the_dashes_is_refused(
    tmp_path: Path, passed: tuple[str, ...]
) -> None:
    # `serve -- --host 0.0.0.0` went to Datasette unchecked: the whole registry (notes,
    # history) on the network with no sign-in, while serve said it served 127.0.0.1.
    pytest.importorskip("datasette", reason="the web extra is not installed")
    db = tmp_path / "r.db"
    Run(db)("init")
    port = free_port()
    result = run_module("serve", "--port", str(port), "--", *passed, db=db)
    assert result.returncode == 2, result.stderr[-500:]
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and result.stdout == "", result.stderr
    given = passed[0].split("=")[0] if passed[0].startswith("--") else passed[0][:2]
    assert lines[0].startswith(f"kerjasama: error: {given} after --: give it to serve itself")
    with socket.socket() as probe:  # nothing was bound
        probe.bind(("127.0.0.1", port))


def test_the_briefings_big_numbers_are_grouped_as_each_language_writes_them(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Indonesian summary said "1,050 catatan" (a reader of Indonesian reads the comma as a
    # decimal point: one record and a bit) beside a headline card of "1050 catatan".
    import csv
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_data", Path(__file__).parent.parent / "bench" / "data.py"
    )
    assert spec is not None and spec.loader is not None
    data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(data)
    rows_csv = tmp_path / "rows.csv"
    with rows_csv.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(data.HEADER)
        writer.writerows(data.iter_rows(1050))
    run("init", "--empty")
    run("import", str(rows_csv))
    for lang, grouped in (("id", "1.050"), ("en", "1,050")):
        target = tmp_path / f"b-{lang}.html"
        run("report", "--summary", "-o", str(target), "--lang", lang)
        html = target.read_text("utf-8")
        headline = _section(html, "headline", "map")
        assert f"<b>{grouped}</b>" in headline, headline[:400]
        timeline = html[html.index('<section id="timeline"') :]
        assert f"{grouped} " in timeline and ("1,050" not in timeline or lang == "en")
    # And the cost said before a full timeline (the limit lowered so that 1,050 is "large").
    from kerjasama_cli.report import data as report_data

    monkeypatch.setattr(report_data, "FULL_TIMELINE_MAX", 10)
    for lang, grouped in (("id", "1.050"), ("en", "1,050")):
        said = run("report", "--full-timeline", "-o", str(tmp_path / f"f-{lang}.html"),
                   "--lang", lang).stderr  # fmt: skip
        assert f" {grouped} " in said, said


def test_a_headline_of_one_says_it_in_the_singular(run: Run, tmp_path: Path) -> None:
    # "1 records", "1 events" under the headline figures of a one-record briefing.
    run("init", "--empty")
    run("add", "--partner", "Busan", "--country", "KR", "--type", "visit", "--date", "2024")
    target = tmp_path / "b.html"
    run("report", "-o", str(target), "--lang", "en")
    cards = re.findall(r'<div class="card"><b>(\d+)</b>([^<]+)</div>', target.read_text("utf-8"))
    assert cards == [("1", "record"), ("0", "agreements"), ("1", "event"), ("1", "partner"),
                     ("1", "country")]  # fmt: skip
