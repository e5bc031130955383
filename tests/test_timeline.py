"""`timeline`: order, grouping, markers and formats, on the bundled seed."""

from __future__ import annotations

import pytest
from conftest import COLOUR, Run, run_in_terminal, run_module


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


TIMELINE_KEYS = {"date", "kind", "type", "partner", "country", "governor", "title"}
SEED_PARTNERS = [
    "Gyeonggi-do",
    "Washington DC",
    "New York City",
    "Pyongyang",
    "Mumbai",
    "Shanghai",
    "Chungcheongnam-do",
    "Jeju",
    "Rotterdam",
    "Hiroshima Global Academy",
    "C40",
    "CityNet",
    "Australia",
    "Heidelberg",
    "Kuala Lumpur",
]


def keys(items):
    return [i["key"] for i in items]


def test_json_contract_and_year_order(run):
    items = run.json("timeline")
    assert len(items) == 22
    assert all(set(i) >= TIMELINE_KEYS for i in items)
    assert {i["kind"] for i in items} == {"agreement", "event"}
    years = [i["group"] for i in items]
    # Year groups ascending, then the items whose start is unknown, never in between.
    assert years == sorted(years, key=lambda y: (y == "date unknown", y))
    assert items[0]["key"] == "gyeonggi-do-mou-2015-05-12"
    by_2025 = [i["key"] for i in items if i["group"] == "2025"]
    assert by_2025 == [
        "heidelberg-sister-city-2025",  # 20 Feb .. 11 Aug 2025: sorts at its earliest day
        "chungcheongnam-do-loi-2025-05-27",
        "kuala-lumpur-loi-2025-08",
        "kuala-lumpur-governor-visit-2025-08",
    ]


def test_in_force_by_items_have_no_year(run):
    items = run.json("timeline")
    unknown = [i for i in items if i["group"] == "date unknown"]
    assert len(unknown) == 11
    assert {i["date_precision"] for i in unknown} == {"by"}
    assert all(i["date"] is None for i in unknown)
    # ...so the 2024 heading holds only what is known to be of 2024: Jeju.
    assert [i["partner"] for i in items if i["group"] == "2024"] == ["Jeju"]


def test_mixed_precision_dates_sort_among_exact_ones(empty_run):
    r = empty_run
    for date, title in [
        ("2024-03-15", "exact March"),
        ("2024", "year only"),
        ("Maret 2024", "month only"),
        ("2024-02-10", "exact February"),
        ("2024-03-01..2024-03-20", "a range in March"),
        ("by 2024-01-31", "in force by January"),
        ("2023-12-31", "last year"),
    ]:
        r(
            "add",
            "--partner",
            "Busan",
            "--country",
            "KR",
            "--type",
            "mou",
            "--date",
            date,
            "--title",
            title,
        )
    items = r.json("timeline")
    assert [i["title"] for i in items] == [
        "last year",
        "year only",  # 2024 = 1 Jan .. 31 Dec: first in its year, before the exact days
        "exact February",
        "a range in March",  # 1-20 March and all of March start together: the shorter first
        "month only",
        "exact March",
        "in force by January",  # no known start: with the undated, after every year
    ]
    approximate = {i["title"]: i["approximate"] for i in items}
    assert approximate["exact March"] is False and approximate["month only"] is True
    text = r("timeline", "--lang", "id", env={"COLUMNS": "100"}).stdout
    assert "~2024 " in text and "~Maret 2024" in text and "~1–20 Maret 2024" in text
    assert " 15 Maret 2024" in text and "~15 Maret" not in text
    assert "sebelum Januari 2024" in text
    assert text.index("~2024 ") < text.index("10 Februari 2024") < text.index("~Maret 2024")


def test_events_are_marked_apart_from_documents(run):
    text = run("timeline", "--partner", "Shanghai", env={"COLUMNS": "80"}).stdout
    lines = [line for line in text.splitlines() if "2020" in line or "2023" in line]
    mou = next(line for line in lines if " MoU " in line)
    visit = next(line for line in lines if " visit " in line)
    assert "●" in mou and "○" not in mou
    assert "○" in visit and "●" not in visit
    assert "○ event" in text  # the legend says which is which


def test_english_month_names(run):
    assert "27 Mei 2025" in run("timeline", "--country", "KR", "--lang", "id").stdout
    english = run("timeline", "--country", "KR", "--lang", "en").stdout
    assert "27 May 2025" in english and "Mei" not in english


def test_by_governor_lists_every_term_and_keeps_undetermined_apart(run):
    text = run("timeline", "--by", "governor", "--lang", "en", env={"COLUMNS": "80"}).stdout
    headings = [line for line in text.splitlines() if line and not line.startswith(" ")]
    assert headings[0].startswith("Sutiyoso  Gubernur, 6 October 1997 – 7 October 2007")
    # Terms in which nothing happened are there, with their title and term.
    block = text.split("Teguh Setyabudi  Pj Gubernur, 18 October 2024 – 20 February 2025")[1]
    assert block.lstrip("\n").startswith("  nothing recorded")
    assert any(
        h.startswith("Pramono Anung  Gubernur, 20 February 2025 – in office") for h in headings
    )
    assert any(h.startswith("undetermined") for h in headings)
    # Jeju (2024, three office-holders) is in its own group, not under Heru or Teguh.
    items = run.json("timeline", "--by", "governor")
    jeju = next(i for i in items if i["partner"] == "Jeju")
    assert jeju["group"] == "undetermined" and jeju["governor"] is None
    assert jeju["governor_candidates"] == [
        "Heru Budi Hartono",
        "Joko Agus Setyono",
        "Teguh Setyabudi",
    ]
    after = " ".join(text.split("candidates:")[1].split()[:10])
    assert after == "Heru Budi Hartono / Joko Agus Setyono / Teguh Setyabudi"
    heru = [i["key"] for i in items if i["group"] == "Heru Budi Hartono"]
    assert len(heru) == 3 and "jeju-sister-city-2024" not in heru


def test_governor_filter_pramono_2025_agreements(run):
    items = run.json("timeline", "--governor", "Pramono", "--kind", "agreement", "--from", "2025")
    assert sorted((i["partner"], i["type"]) for i in items) == [
        ("Chungcheongnam-do", "loi"),
        ("Heidelberg", "sister_city"),
        ("Kuala Lumpur", "loi"),
    ]
    text = run("timeline", "--by", "governor", "--governor", "Pramono").stdout
    assert text.startswith("Pramono Anung")
    assert "Anies Baswedan" not in text and "Kuala Lumpur (MY)" in text


def test_by_partner_groups_each_history(run):
    items = run.json("timeline", "--by", "partner")
    groups = list(dict.fromkeys(i["group"] for i in items))
    assert groups[-1] == "(partner not named)"
    assert groups[:-1] == sorted(groups[:-1], key=str.casefold)
    shanghai = [i["type"] for i in items if i["group"] == "Shanghai"]
    assert shanghai == ["mou", "visit", "invitation", "invitation"]
    text = run("timeline", "--by", "partner", "--partner", "Shanghai").stdout
    assert text.startswith("Shanghai  China (CN), city")
    # Indonesian officials write Tiongkok (pycountry's Indonesian name is "Cina").
    text = run("timeline", "--by", "partner", "--partner", "Shanghai", "--lang", "id").stdout
    assert text.startswith("Shanghai  Tiongkok (CN), kota")


def test_markdown_is_plain_tables_for_a_briefing(run):
    md = run("timeline", "--country", "KR", "--format", "markdown", "--lang", "id").stdout
    assert "\x1b[" not in md and "●" not in md and "█" not in md
    heading = "### 2015\n\n| Tanggal | Kategori | Jenis | Mitra | Negara | Penanda tangan |"
    assert md.startswith(heading)
    row = next(line for line in md.splitlines() if "Chungcheongnam-do" in line and "LoI" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[:5] == [
        "27 Mei 2025",
        "dokumen",
        "LoI",
        "Chungcheongnam-do",
        "Korea Selatan (KR)",
    ]
    assert "Pramono Anung (Gubernur DKI Jakarta)" in cells[5]
    assert "| ~2021 | kegiatan | pembukaan kantor |" in md


def test_markdown_by_governor_shows_empty_terms(run):
    md = run("timeline", "--by", "governor", "--format", "markdown", "--lang", "en").stdout
    assert (
        "### Joko Agus Setyono (Plh Gubernur, 17 October 2024 – 18 October 2024)\n\n_Nothing recorded._"
        in md
    )


def test_pipe_in_a_title_does_not_break_markdown(empty_run):
    empty_run(
        "add",
        "--partner",
        "Busan",
        "--country",
        "KR",
        "--type",
        "mou",
        "--date",
        "2025",
        "--title",
        "A | B",
    )
    md = empty_run("timeline", "--format", "markdown").stdout
    assert "A \\| B" in md


@pytest.mark.parametrize("by", ["year", "governor", "partner"])
def test_fits_80_columns_without_cutting_partner_names(run, by):
    piped = run("timeline", "--by", by, env={"COLUMNS": "80"}).stdout
    assert "\x1b[" not in piped  # piped: no colour
    assert all(line == line.rstrip() for line in piped.splitlines())
    text = run_in_terminal("timeline", "--by", by, db=run.db, columns=80)
    assert max(len(line) for line in text.splitlines()) <= 80
    if by != "partner":  # grouped by partner, the partner is the heading
        lines = text.splitlines()
        for name in SEED_PARTNERS:
            assert any(name in line for line in lines), name


def test_bad_by_is_usage_error(run):
    result = run("timeline", "--by", "month", code=2)
    assert "month" in result.stderr


def test_timeline_no_color_on_a_forced_terminal(tmp_path):
    env = {"FORCE_COLOR": "1", "NO_COLOR": "1", "TTY_COMPATIBLE": "1", "COLUMNS": "80"}
    result = run_module("timeline", db=tmp_path / "t.db", env=env)
    assert result.returncode == 0, result.stderr
    assert not COLOUR.search(result.stdout)
    assert "Gyeonggi-do (KR)" in result.stdout


def test_list_by_governor_groups_under_terms(run):
    text = run(
        "list", "--by-governor", "--from", "2024", "--lang", "id", env={"COLUMNS": "80"}
    ).stdout
    assert (
        "Teguh Setyabudi  Pj Gubernur, 18 Oktober 2024 – 20 Februari 2025\n  tidak ada yang tercatat"
        in text
    )
    assert "Anies Baswedan" not in text  # his term ended before 2024
    pramono = text.split("Pramono Anung  Gubernur")[1].split("\n\n")[0]
    rows = pramono.splitlines()[2:-1]  # below the term and the headings
    assert len(rows) == 4 and all("Pramono Anung" in line for line in rows)
    groups = run.json("list", "--by-governor")
    assert [g["count"] for g in groups if g["governor"] == "Pramono Anung"] == [4]
    assert [g["basis"] for g in groups if g["governor"] is None] == ["undetermined", "date_unknown"]
    assert sum(g["count"] for g in groups) == 22
    assert groups[0]["governor"] == "Sutiyoso" and groups[0]["records"] == []
