"""Terminal tables never misstate (issue 19): numbers, totals and dates are printed whole or not
at all, headers break only between words, columns that do not fit are named in one line, and
titles wrap before they vanish. Drawn by a real process on a pseudo-terminal of fixed width."""

from __future__ import annotations

import re
import sys

import pytest
from conftest import REPO, Run, run_in_terminal


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


sys.path.insert(0, str(REPO / "bench"))

NOT_SHOWN = "not shown, too wide for this terminal:"


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Run:
    """The seed plus 400 bench rows: ~60 countries, every type, counts in the tens."""
    import data  # bench/data.py

    work = tmp_path_factory.mktemp("tables")
    csv_path, _ = data.write(work, 400)
    run = Run(work / "registry.db")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KERJASAMA_LANG", "en")
        run("import", str(csv_path))
    return run


def _draw(run: Run, columns: int, *args: str) -> list[str]:
    text = run_in_terminal(*args, db=run.db, columns=columns, env={"KERJASAMA_LANG": "en"})
    lines = text.splitlines()
    # Nothing wider than the terminal but the one line naming what was left out (the terminal
    # folds it; rich does not break it).
    assert all(len(line.rstrip()) <= columns for line in lines if NOT_SHOWN not in line), text
    assert sum(NOT_SHOWN in line for line in lines) <= 1
    return lines


def _header_words(lines: list[str]) -> set[str]:
    head = lines[: next(i for i, line in enumerate(lines) if line.startswith("──"))]
    return {w for line in head for w in line.split()}


@pytest.mark.parametrize("columns", [60, 80, 100, 140])
def test_cross_table_totals_are_whole_and_left_out_columns_named(big: Run, columns: int) -> None:
    lines = _draw(big, columns, "stats", "--by", "country", "--by", "type")
    by_country = {g["country"]: g["count"] for g in big.json("stats", "--by", "country")}
    english = {"mou": "MoU", "loi": "LoI"}
    types = [
        english.get(g["type"], g["type"].replace("_", " "))
        for g in big.json("stats", "--by", "type")
    ]
    total = sum(by_country.values())
    # Every row ends with its country's whole total (no `2` for `24`, no lost Total column).
    for line in lines:
        match = re.match(r"^.*\((?P<code>[A-Z]{2})\)\s.*?(?P<total>\d+)\s*$", line)
        if match:
            assert int(match["total"]) == by_country[match["code"]], line
    footer = next(line for line in lines if line.startswith("Total "))
    assert footer.split()[-1] == str(total)
    # Each type is either a header, whole words only (`sister`/`city`, never `programm`/`e`),
    # or named in the one line under the table.
    words = _header_words(lines)
    note = next((line for line in lines if NOT_SHOWN in line), "")
    for label in types:
        shown = all(w in words for w in label.split())
        assert shown != (label in note), (label, words, note)
    assert "--format csv" in note or not note
    if columns <= 100:
        assert note, "this registry's eleven types do not fit 100 columns"


@pytest.mark.parametrize("columns", [40, 60, 100])
@pytest.mark.parametrize("dim", ["governor", "country"])
def test_one_way_counts_are_whole(big: Run, columns: int, dim: str) -> None:
    lines = _draw(big, columns, "stats", "--by", dim)
    groups = big.json("stats", "--by", dim)
    footer = next(line for line in lines if line.startswith("Total "))
    assert footer.split()[1] == str(sum(g["count"] for g in groups))
    assert "…" not in "\n".join(lines)  # nothing cut with an ellipsis
    if dim == "country":  # each row's record count is the whole number
        counts = {g["country"]: g["count"] for g in groups}
        for line in lines:
            match = re.match(r"^\D+?\s(?P<code>[A-Z]{2})\s+(?P<count>\d+)\b", line)
            if match:
                assert int(match["count"]) == counts[match["code"]], line


def test_list_keeps_the_title_at_80_columns(big: Run) -> None:
    lines = _draw(big, 80, "list", "--limit", "30")
    assert "Title" in lines[0].split()
    # Titles wrap: every word of the first record's title is on the page.
    first = big.json("list", "--limit", "1")[0]
    page = " ".join(lines).split()
    assert all(word in page for word in first["title"].split())
    # Dates whole.
    for row in big.json("list", "--limit", "30"):
        assert row["date"] in " ".join(lines) or row["date_label"], row


def test_list_on_a_narrow_terminal_says_what_it_left_out(big: Run) -> None:
    lines = _draw(big, 50, "list", "--limit", "5")
    note = next(line for line in lines if NOT_SHOWN in line)
    assert "Governor" in note and "--format csv" in note
    for row in big.json("list", "--limit", "5"):
        assert any(line.lstrip().startswith(f"{row['id']} ") for line in lines), row["id"]


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_timeline_shows_titles_below_110_columns(run: Run, columns: int) -> None:
    lines = _draw(run, columns, "timeline")
    page = " ".join(lines).split()
    for row in run.json("list"):
        assert all(word in page for word in row["title"].split()), row["title"]


def test_piped_output_stays_one_row_one_line(big: Run) -> None:
    rows = big.json("list", "--limit", "40")
    text = big("list", "--limit", "40").stdout.splitlines()
    assert len(text) == 1 + len(rows) + 1  # header, one line per record, the count
    stats = big("stats", "--by", "country", "--by", "type").stdout
    assert NOT_SHOWN not in stats


@pytest.mark.parametrize("columns", [50, 80, 140])
def test_history_times_whole_and_left_out_columns_named(run: Run, columns: int) -> None:
    run("add", "-p", "Busan", "-c", "KR", "-t", "visit", "-d", "2025-01-02", "--title", "Visit")
    lines = _draw(run, columns, "history", "-n", "5")
    changes = run.json("history", "-n", "5")
    stamps = re.findall(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", "\n".join(lines))
    assert len(stamps) == len(changes)
    note = next((line for line in lines if NOT_SHOWN in line), "")
    # The changes wrap but stay; the command, then the key, are left out first, and said.
    assert "Changes" in lines[0]
    if columns < 80:
        assert "Command" in note and "--format json" in note
    if columns >= 140:
        assert not note
