"""Output people can use: one record, one line in a pipe; whole names on a terminal; Markdown."""

from __future__ import annotations

import json

import pytest
from conftest import Run, run_in_terminal


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


NARROW = {"COLUMNS": "40"}


def _lines(text: str) -> list[str]:
    return text.rstrip("\n").split("\n")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_piped_list_is_one_line_per_record_at_any_width(run, lang):
    count = len(run.json("list"))
    for env in (NARROW, {"COLUMNS": "200"}):
        lines = _lines(run("list", "--lang", lang, env=env).stdout)
        assert len(lines) == count + 2  # the headings, a line per record, the count
        assert all(line == line.rstrip() for line in lines)
    gyeonggi = [line for line in lines if "Gyeonggi" in line]
    assert len(gyeonggi) == 1 and "Basuki Tjahaja Purnama" in gyeonggi[0]  # `grep` keeps it whole


def test_piped_search_history_and_stats_are_one_line_per_row(run):
    matches = run.json("search", "Korea")
    assert len(_lines(run("search", "Korea", env=NARROW).stdout)) == len(matches) + 1
    run(
        "edit",
        "jeju-sister-city-2024",
        "--title",
        "A title long enough to be folded at forty columns",
    )
    changes = run.json("history", "-n", "5")
    assert len(_lines(run("history", "-n", "5", env=NARROW).stdout)) == len(changes) + 2
    for dim in ("country", "governor", "type", "year", "sector", "status"):
        groups = run.json("stats", "--by", dim)
        text = run("stats", "--by", dim, env=NARROW).stdout
        notes = 2 if dim == "sector" else 1
        assert len(_lines(text)) == len(groups) + 2 + notes, dim
    assert "Basuki Tjahaja Purnama" in run("stats", "--by", "governor", env=NARROW).stdout


def test_piped_timeline_is_one_line_per_record(run):
    for by in ("year", "governor", "partner"):
        items = run.json("timeline", "--by", by)
        lines = _lines(run("timeline", "--by", by, env=NARROW).stdout)
        marked = [line for line in lines if line.startswith("  ") and ("●" in line or "○" in line)]
        assert len(marked) == len(items), by
        assert all(line == line.rstrip() for line in lines)


def test_piped_show_has_no_padding_and_folds_nothing(run):
    text = run("show", "Shanghai", env=NARROW).stdout
    assert all(line == line.rstrip() for line in text.split("\n"))
    first = text.split("\n")[0]
    assert first.startswith("#6 ") and first.endswith("between Jakarta and Shanghai")


def test_terminal_list_keeps_names_whole_and_wraps_the_title(run):
    # Issue 19: the title wraps before it vanishes (it used to be cut with "…" from 100
    # columns on, and left out below).
    run("list")
    wide = run_in_terminal("list", db=run.db, columns=100)
    assert max(len(line) for line in wide.split("\n")) <= 100
    rows = [line for line in wide.split("\n") if "Gyeonggi-do (KR)" in line]
    assert len(rows) == 1 and "Basuki Tjahaja Purnama" in rows[0] and "Memorandum" in rows[0]
    wider = run_in_terminal("list", db=run.db, columns=140)
    assert "Title" in wider and "…" not in wider
    assert max(len(line) for line in wider.split("\n")) <= 140
    narrow = run_in_terminal("list", db=run.db, columns=80)
    assert "Title" in narrow and "Chungcheongnam-do (KR)" in narrow and "Memorandum" in narrow
    # What did not fit is said, in one line.
    assert "not shown, too wide for this terminal: Governor;" in narrow


@pytest.mark.parametrize("columns", [80, 100])
def test_terminal_stats_by_governor_keeps_names_whole(run, columns):
    run("stats")
    text = run_in_terminal("stats", "--by", "governor", db=run.db, columns=columns)
    lines = text.split("\n")
    assert max(len(line) for line in lines) <= columns
    assert sum("Basuki Tjahaja Purnama" in line for line in lines) == 3
    assert not any(line.rstrip().endswith("Tjahaja") for line in lines)
    assert any("█" in line for line in lines)  # the bar stays


def test_markdown_for_list_stats_and_search(run):
    md = run("list", "--format", "markdown", "--country", "KR").stdout
    lines = _lines(md)
    assert lines[0] == "| ID | Date | Type | Partner | Governor | Title |"
    assert lines[1] == "|---:|---|---|---|---|---|"
    assert lines[-1] == "_4 records_" and "\x1b[" not in md
    stats = _lines(run("stats", "--format", "markdown").stdout)
    assert stats[0] == "| Country | Code | Records | Docs | Partners |"
    assert any(line.startswith("| **Total** |") for line in stats)
    found = run("search", "banjir", "--format", "markdown", "--lang", "id").stdout
    assert found.startswith("| Peringkat | ID | Tanggal |") and "**" in found


def test_markdown_heading_for_undated_items_has_no_nested_brackets(run):
    md = run("timeline", "--format", "markdown").stdout
    assert "### date unknown (start not known: in force by the date shown)" in md
    assert "((" not in md and "))" not in md


def test_history_newest_first_by_time_then_id(run):
    run("edit", "jeju-sister-city-2024", "--title", "first")
    rows = run.json("history", "-n", "80")
    times = [r["at"] for r in rows]
    assert times == sorted(times, reverse=True)
    for earlier, later in zip(rows, rows[1:], strict=False):
        if earlier["at"] == later["at"]:
            assert earlier["id"] > later["id"]
    assert "edit" in [r["command"] for r in rows]


def test_a_whole_term_shows_without_its_point_zero(run):
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2025-01-02", "--term-years", "5")
    run("edit", "busan-kr-mou-2025-01-02", "--term-years", "3")
    assert "3 years" in run("show", "busan-kr-mou-2025-01-02").stdout
    assert "term_years: 5 → 3" in run("history", "-n", "1").stdout
    exported = run("export", "--partner", "Busan").stdout
    assert "term_years: 3\n" in exported and "3.0" not in exported


def test_partners_list_markdown_and_one_line_per_partner(run):
    partners = run.json("partners", "list")
    piped = _lines(run("partners", "list", env=NARROW).stdout)
    assert len(piped) == len(partners) + 2
    md = _lines(run("partners", "list", "--format", "markdown", "--lang", "id").stdout)
    assert md[0] == "| ID | Nama | Negara | Wilayah | Kategori | Catatan | Koordinat | Nama lain |"
    assert md[1] == "|---:|---|---|---|---|---:|---|---|"
    assert len(md) == len(partners) + 4 and md[-1] == f"_{len(partners)} mitra_"


def test_json_arrays_are_one_record_per_line(run):
    text = run("list", "--format", "json").stdout
    lines = _lines(text)
    assert lines[0] == "[" and lines[-1] == "]"
    records = json.loads(text)
    assert len(lines) == len(records) + 2
    for line, record in zip(lines[1:-1], records, strict=True):
        assert json.loads(line.strip().removesuffix(",")) == record  # a whole record per line
    assert "2025 – 11 August" in text and "\\u" not in text  # UTF-8 as is, not escaped
    items = _lines(run("timeline", "--format", "json").stdout)
    assert all(line.startswith('  {"id": ') for line in items[1:-1])
    assert run("list", "--partner", "no such partner", "--format", "json").stdout == "[]\n"


def test_json_object_is_one_key_per_line_and_its_records_one_per_line(run):
    text = run("show", "Shanghai", "--format", "json").stdout
    item = json.loads(text)
    lines = _lines(text)
    assert lines[0] == "{" and lines[-1] == "}" and lines[1].startswith('  "id": ')
    start = lines.index('  "history": [')
    history = lines[start + 1 : start + 1 + len(item["history"])]
    assert [json.loads(line.strip().removesuffix(","))["id"] for line in history] == [
        h["id"] for h in item["history"]
    ]
    assert lines[start + 1 + len(item["history"])].startswith("  ]")


def test_piped_show_is_what_a_wide_terminal_shows(run):
    """Piped, `show` is drawn without rich: the same lines as rich draws on a terminal wide
    enough not to fold, wide characters and line breaks inside a field included."""
    run(
        "add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2025-01-02",
        "--title", "東京 協力 cooperation [bold]not markup[/bold]",
        "--summary", "first line\nsecond line",
        "--source", "https://example.org/busan",
        "--signatory", "Pramono Anung, Gubernur",
    )  # fmt: skip
    for ref in ("busan-kr-mou-2025-01-02", "Shanghai", "6"):
        piped = run("show", ref).stdout
        shown = run_in_terminal("show", ref, db=run.db, columns=300)
        assert _lines(piped) == [line.rstrip() for line in _lines(shown)], ref
    page = run("show", "busan-kr-mou-2025-01-02").stdout
    assert "\nsummary      first line\n             second line\n" in page
    assert "#23 東京 協力 cooperation [bold]not markup[/bold]\n" in page


def test_labels_follow_the_language_of_each_command(run):
    # Labels are remembered per distinct date: in one process each command keeps its language.
    assert "by 2024-12-31" in run("list", "--lang", "en").stdout
    assert "sebelum 2024-12-31" in run("list", "--lang", "id").stdout
    assert "by 2024-12-31" in run("list", "--lang", "en").stdout
    assert "Mei 2025" in run("show", "7", "--lang", "id").stdout
    assert "May 2025" in run("show", "7", "--lang", "en").stdout


def test_piped_pages_are_written_without_loading_rich(tmp_path):
    """Piped, show, timeline, search and history are plain text: rich (and its layout) is not
    even imported, while a terminal still gets it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "KERJASAMA_DB": str(tmp_path / "r.db"), "KERJASAMA_LANG": "en"}
    env.pop("FORCE_COLOR", None), env.pop("TTY_COMPATIBLE", None)
    subprocess.run([sys.executable, "-m", "kerjasama_cli", "init"], env=env, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    code = (
        "import sys\n"
        "from kerjasama_cli.cli.app import app\n"
        "try:\n    app(sys.argv[1:], prog_name='kerjasama')\n"
        "except SystemExit:\n    pass\n"
        "print(any(m.split('.')[0] == 'rich' for m in sys.modules), file=sys.stderr)\n"
    )
    pages = (["show", "Shanghai"], ["timeline"], ["search", "banjir"], ["history"], ["stats"])
    for args in (*pages, ["stats", "--by", "year", "--by", "type"]):
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                                text=True, env=env, timeout=60)  # fmt: skip
        assert result.stdout.count("\n") >= 3, args
        assert result.stderr.strip().splitlines()[-1] == "False", args
    forced = subprocess.run([sys.executable, "-c", code, "show", "Shanghai"], capture_output=True,
                            text=True, env={**env, "TTY_COMPATIBLE": "1"}, timeout=60)  # fmt: skip
    assert forced.stderr.strip().splitlines()[-1] == "True"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_piped_stats_are_the_lines_rich_drew(run, monkeypatch, lang):
    """Piped, `stats` tables are written without rich: the same lines rich laid out for a pipe
    (a console wide enough never to fold, no box, no colour)."""
    import sys

    from rich.console import Console

    from kerjasama_cli.render import console as consoles

    dims = [["country"], ["governor"], ["year"], ["sector"], ["year", "type"], ["country", "type"]]
    plain = {tuple(d): run("stats", "--lang", lang, *[f"--by={x}" for x in d]).stdout for d in dims}
    monkeypatch.setattr(consoles, "rich_terminal", lambda: True)
    monkeypatch.setattr(
        consoles,
        "console",
        lambda stderr=False: Console(
            file=sys.stdout,
            width=consoles.PIPE_WIDTH,
            no_color=True,
            highlight=False,
            soft_wrap=False,
            force_terminal=False,
        ),  # fmt: skip
    )
    for d in dims:
        drawn = run("stats", "--lang", lang, *[f"--by={x}" for x in d]).stdout
        assert plain[tuple(d)] == drawn, d
        assert len(_lines(drawn)) > 3


def test_json_of_terms_is_one_key_per_line_and_one_record_per_line(run):
    text = run("list", "--by-governor", "--format", "json").stdout
    terms = json.loads(text)
    lines = _lines(text)
    with_records = [t for t in terms if t["records"]]
    assert with_records and len(lines) == (
        2  # [ ]
        + sum(len(t) + 3 + len(t["records"]) for t in with_records)  # { keys, records, ] }
        + len(terms)
        - len(with_records)  # an empty term on one line
    )
    ids = [r["id"] for t in terms for r in t["records"]]
    assert [json.loads(x.strip().removesuffix(","))["id"] for x in lines if '{"id": ' in x] == ids
