"""`list --involving PLACE` shows the other side of each record (chores 36). A place is matched
on either side, as the local party or as the partner; the table's Partner column said only the
partner, so a journalist asking for Busan saw "Busan (KR)" on every row and never which of our
governments it was with. With --involving the column is the *other side*: the partner where the
place is the local party, the local party (with its country) where it is the partner. Every text
form says it (piped, a page, markdown, with the validity columns, on a terminal); JSON and CSV
keep their keys (both sides are there: `partner`, `local_party`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run, run_in_terminal


@pytest.fixture
def two(seeded_run: Run, tmp_path: Path) -> Run:
    """The seed (DKI Jakarta) plus Kota Surabaya's MoU with Busan and a pair recorded from
    Beijing's side, with Jakarta as its partner (as the twin-town file writes them)."""
    run = seeded_run
    run("governments", "add", "Kota Surabaya", "--country", "ID", "--alias", "Surabaya")
    run("governments", "add", "Beijing", "--country", "CN")
    sheet = tmp_path / "sides.csv"
    sheet.write_text(
        "partner,country,type,date,title,local_party\n"
        "Busan,KR,mou,2011-03,Surabaya Busan MoU,Kota Surabaya\n"
        "Jakarta,ID,sister_city,1994-08-04,Beijing Jakarta pair,Beijing\n",
        encoding="utf-8",
    )
    run("import", str(sheet))
    return run


def _line(text: str, title: str) -> str:
    return next(line for line in text.splitlines() if title in line)


@pytest.mark.parametrize(("lang", "heading"), [("en", "Other side"), ("id", "Pihak lain")])
def test_the_other_side_is_shown_in_every_text_form(two: Run, lang: str, heading: str) -> None:
    for extra in ((), ("--limit", "50"), ("-f", "markdown"), ("--status", "active")):
        text = two("--lang", lang, "list", "--involving", "Surabaya", *extra).stdout
        assert heading in text.splitlines()[0], (extra, text)
        assert "Busan (KR)" in _line(text, "Surabaya Busan MoU"), extra
        text = two("--lang", lang, "list", "--involving", "Busan", *extra).stdout
        assert heading in text.splitlines()[0], (extra, text)
        row = _line(text, "Surabaya Busan MoU")
        assert "Kota Surabaya (ID)" in row and "Busan (KR)" not in row, (extra, row)


def test_a_pair_recorded_from_the_other_side_shows_that_side(two: Run) -> None:
    text = two("list", "--involving", "Jakarta").stdout
    assert "Beijing (CN)" in _line(text, "Beijing Jakarta pair")
    # Jakarta's own records show their partners
    assert "Shanghai (CN)" in text


def test_on_a_terminal_too(two: Run) -> None:
    text = run_in_terminal("list", "--involving", "Busan", db=two.db, columns=140)
    assert "Other side" in text and "Kota Surabaya (ID)" in text, text


def test_without_involving_the_table_is_unchanged(two: Run) -> None:
    text = two("list").stdout
    assert "Other side" not in text and text.splitlines()[0].split()[3] == "Partner"


def test_json_and_csv_keep_their_keys(two: Run) -> None:
    plain = two.json("list", "--partner", "Busan")
    involving = two.json("list", "--involving", "Busan")
    assert [list(r) for r in involving] == [list(r) for r in plain[: len(involving)]]
    header = two("list", "--involving", "Busan", "-f", "csv").stdout.splitlines()[0]
    assert header == two("list", "-f", "csv").stdout.splitlines()[0]
