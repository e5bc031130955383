"""`--format markdown` shows every value as it is stored: a partner, title, signatory, leader or
statement holding `*`, `_`, a backtick, `|`, HTML, a link, `~~` or an entity renders as that text,
not as markup, and a record stays one table row on one line.

The markdown is rendered by a CommonMark parser with GitHub's tables and strikethrough
(markdown-it-py, which rich already brings), and the text of the rendered cells, headings and
bullets is compared with the stored values."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

PARTNER = "A*b*_c_`d`|e <b>x</b> [x](y) &amp; ~~s~~ \\* #"
TITLE = "T **bold** _it_ `code` | pipe <i>h</i> [l](http://e.x) ![i](p.png) &copy; ~del~ \\_ end #"
SIGNER = "Jo*e_ <u>Lee</u>"
LEADER = "Ha*r_i <b>D</b> ~~x~~ #"
STATEMENT = "We *said* 23 | <em>so</em> [src](http://x.y) ~~maybe~~"
# Markup a value may hold and the rendered HTML must never show (what the table and our own
# `_note_` and `**Total**` put there is <table>, <th>, <td>, <h3>, <p>, <em>, <strong>, <ul>, <li>).
FOREIGN = ("<a ", "<code", "<b>", "<i>", "<u>", "<del", "<s>", "<img", "<br")


class _Text(HTMLParser):
    """The text of every cell, heading, paragraph and list item of rendered markdown."""

    BLOCKS = ("td", "th", "h3", "p", "li")

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self.BLOCKS:
            self._open.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS and self._open:
            self.blocks.append("".join(self._open.pop()).strip())

    def handle_data(self, data: str) -> None:
        for part in self._open:
            part.append(data)


def _render(markdown: str) -> tuple[str, list[str]]:
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    reader = _Text()
    reader.feed(html)
    return html, reader.blocks


def _shows(markdown: str, *values: str) -> list[str]:
    """Assert MARKDOWN renders with no markup of a value's and returns the blocks' text."""
    html, blocks = _render(markdown)
    for tag in FOREIGN:
        assert tag not in html, f"{tag} in {html}"
    for value in values:
        assert any(value in block for block in blocks), (value, blocks, markdown)
    return blocks


@pytest.fixture
def hostile(empty_run, tmp_path: Path):
    run = empty_run
    run(
        "leaders",
        "add",
        "--name",
        LEADER,
        "--title",
        "Plh Gubernur",
        "--from",
        "2025-06-01",
        "--to",
        "2025-06-30",
    )
    run(
        "add",
        "-p",
        PARTNER,
        "-c",
        "KR",
        "-t",
        "mou",
        "-d",
        "2025-06-10",
        "--title",
        TITLE,
        "--signatory",
        f"{SIGNER}, Mayor",
        "--summary",
        "first *line*\nsecond <i>line</i> | x",
    )
    figures = tmp_path / "figures.yaml"
    figures.write_text(
        "reported_figures:\n"
        "  - key: f\n    subject: sister cities\n    count: 23\n    period: 2025\n"
        f"    statement: '{STATEMENT}'\n    reported_by: '{SIGNER}'\n",
        encoding="utf-8",
    )
    run("import", str(figures))
    return run


def _one_line_row(markdown: str, start: str) -> str:
    rows = [line for line in markdown.splitlines() if line.startswith(start)]
    assert len(rows) == 1, markdown
    return rows[0]


def test_list_markdown_shows_partner_and_title_as_stored(hostile):
    md = hostile("list", "--format", "markdown", "--limit", "10").stdout  # a page: held
    _one_line_row(md, "| 1 |")
    _shows(md, f"{PARTNER} (KR)", TITLE, LEADER)


def test_list_markdown_streamed_and_by_governor_show_values_as_stored(hostile):
    # without --limit the table is written as the rows come; --by-governor: a heading per leader
    _shows(hostile("list", "--format", "markdown").stdout, TITLE, LEADER)
    md = hostile("list", "--by-governor", "--format", "markdown").stdout
    blocks = _shows(md, TITLE)
    assert any(b.startswith(LEADER + " (") for b in blocks), blocks


def test_timeline_markdown_shows_signatories_partner_and_title_as_stored(hostile):
    md = hostile("timeline", "--format", "markdown").stdout
    _one_line_row(md, "| 10 June 2025 |")
    _shows(md, PARTNER, TITLE, f"{SIGNER} (Mayor)")
    by_governor = hostile("timeline", "--by", "governor", "--format", "markdown").stdout
    blocks = _shows(by_governor, TITLE)
    assert any(b.startswith(LEADER) for b in blocks), blocks


def test_stats_markdown_shows_a_leader_as_stored_and_keeps_its_bold_total(hostile):
    md = hostile("stats", "--by", "governor", "--format", "markdown").stdout
    html, blocks = _render(md)
    _shows(md, LEADER)
    assert "<strong>Total</strong>" in html


def test_stats_reported_markdown_shows_statement_and_source_as_stored(hostile):
    md = hostile("stats", "--reported", "--format", "markdown").stdout
    html, _ = _render(md)
    _shows(md, STATEMENT, SIGNER)
    assert html.count("<strong>") == 1  # the figure's own line, nothing from the statement


def test_partners_list_markdown_shows_the_name_as_stored(hostile):
    md = hostile("partners", "list", "--format", "markdown").stdout
    _one_line_row(md, "| 1 |")
    _shows(md, PARTNER)


def test_search_markdown_bolds_the_match_only_and_keeps_a_passage_on_one_line(hostile):
    md = hostile("search", "second", "--format", "markdown").stdout
    _one_line_row(md, "| 1 |")
    html, _ = _render(md)
    _shows(md, PARTNER, TITLE, "<i>line</i> | x")
    assert html.count("<strong>") == 1 and "<strong>second</strong>" in html
