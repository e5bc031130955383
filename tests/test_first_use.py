"""Defects a demanding new user met (chores after issue 33), each driven through the CLI on a
real registry: a partner listed with English words inside an Indonesian error, an alias that
makes a name ambiguous, Click's own range messages, and an import that silently chose between
two partners of one name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run
from test_error_language_values import english_left


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def test_a_name_two_partners_bear_is_listed_in_the_users_language(run: Run, snapshot):
    """`partners edit NAME` where NAME is Heidelberg (DE) and an alias of CityNet (no country)
    listed the stateless one as `(no country)` inside the Indonesian line."""
    run("partners", "edit", "CityNet", "--add-alias", "Heidelberg")
    before = snapshot(run.db)
    for args in (
        ["partners", "edit", "Heidelberg", "--notes", "x"],
        ["partners", "delete", "Heidelberg", "--yes"],
        ["partners", "merge", "Heidelberg", "Shanghai", "--yes"],
    ):
        line = run("--lang", "id", *args, code=2).stderr.strip()
        assert "#9 Heidelberg (DE), #14 CityNet (—)" in line, line
        assert english_left(line) == [], line
    assert snapshot(run.db) == before


@pytest.mark.parametrize(
    "partner, alias, holder",
    [
        ("New York City", "Washington DC", "#3 Washington DC"),  # another partner's name
        ("New York City", "washington", "#3 Washington DC"),  # its alias, in any case
        ("Washington DC", "Kota New York", "#4 New York City"),
    ],
)
def test_an_alias_another_partner_of_the_country_holds_is_refused(
    run: Run, snapshot, partner: str, alias: str, holder: str
):
    """`partners edit N --add-alias NAME` took a name another partner of N's country already
    answered to; `add -p NAME` then could not tell them apart. Refused, naming the holder."""
    before = snapshot(run.db)
    line = run("partners", "edit", partner, "--add-alias", alias, code=2).stderr
    assert line.count("\n") == 1 and line.startswith("kerjasama: error: --add-alias"), line
    assert f"'{alias}'" in line and f"{holder} in US" in line, line
    said = run("--lang", "id", "partners", "edit", partner, "--add-alias", alias, code=2)
    assert english_left(said.stderr) == [], said.stderr
    assert snapshot(run.db) == before
    # A partner of another country may answer to it: a country tells the two apart.
    run("partners", "edit", "Shanghai", "--add-alias", alias)
    assert alias in run.json("partners", "list", "--name", "Shanghai")[0]["aliases"]


SHANGHAI_TWICE = "names 2 partners: #7 Shanghai (CN), #16 Shanghai (JP)"


def test_an_import_row_naming_two_partners_without_a_country_is_refused(
    run: Run, snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """With Shanghai in CN and in JP, an imported row `Shanghai` with no country went to the
    older (CN) in silence, where `add` refuses and names both. The row is refused with add's
    words; a row that gives the country goes to that one."""
    # --skip-invalid writes its rejects file in the current directory: here, not the checkout.
    monkeypatch.chdir(tmp_path)
    run("add", "-p", "Shanghai", "-c", "JP", "-t", "visit", "-d", "2025-09-04", "--new-partner")
    path = tmp_path / "visits.csv"
    path.write_text(
        "partner,country,type,date\n"
        "Shanghai,,visit,2025-10-01\n"
        "Shanghai,JP,visit,2025-10-02\n"
        "Shanghai,Tiongkok,visit,2025-10-03\n",
        encoding="utf-8",
    )
    before = snapshot(run.db)
    lines = run("import", str(path), code=2).stderr.splitlines()
    assert lines[0] == (
        f"kerjasama: {path}:2: partner 'Shanghai': {SHANGHAI_TWICE}; give its country to choose one"
    ), lines
    assert lines[-1].startswith(f"kerjasama: {path}: 1 rejected, nothing written"), lines
    assert snapshot(run.db) == before
    said = run("--lang", "id", "import", str(path), code=2).stderr.splitlines()[0]
    assert english_left(said, ("partner",)) == [], said
    run("import", str(path), "--skip-invalid")
    assert "Shanghai,,visit,2025-10-01,2," in (tmp_path / "visits.rejects.csv").read_text("utf-8")
    rows = run.json("list", "--from", "2025-10-01", "--to", "2025-10-31")
    assert sorted((r["date"], r["country"]) for r in rows) == [
        ("2025-10-02", "JP"),
        ("2025-10-03", "CN"),
    ]


def test_a_partner_an_import_creates_makes_its_name_ambiguous_for_later_rows(
    run: Run, tmp_path: Path
):
    """A file that creates Shanghai (JP) and then names `Shanghai` alone: the later row names
    two partners (the set-wise path and the row path alike), and is refused."""
    rows = "".join(f"Kota {i},KR,visit,2025-11-{i:02d}\n" for i in range(1, 29))
    path = tmp_path / "new.csv"
    path.write_text(
        f"partner,country,type,date\nShanghai,JP,visit,2025-10-01\n{rows}Shanghai,,mou,2025-10-02\n",
        encoding="utf-8",
    )
    lines = run("import", str(path), code=2).stderr.splitlines()
    assert any(
        f"{path}:31: partner 'Shanghai': names 2 partners: #7 Shanghai (CN)" in line
        and "Shanghai (JP); give its country to choose one" in line
        for line in lines
    ), lines


ADD = ["add", "-p", "Shanghai", "-t", "mou", "-d", "2020"]


@pytest.mark.parametrize(
    "args, english",
    [
        (
            [*ADD, "--term-years", "500"],
            "--term-years '500': must be a number of years from 0 to 100",
        ),
        ([*ADD, "--term-years", "abc"], "--term-years 'abc': must be a number of years"),
        ([*ADD, "--term-years", "-1"], "--term-years '-1': must not be negative"),
        (["list", "--limit", "0"], "--limit '0': must be a whole number from 1 to 10000000"),
        (["list", "-n", "abc"], "--limit 'abc': must be a whole number from 1 to 10000000"),
        (["search", "Seoul", "-n", "-3"], "--limit '-3': must be a whole number from 1 to"),
        (["history", "-n", "0"], "--limit '0': must be a whole number from 1 to 10000000"),
        (["import", "x.xlsx", "--header-row", "0"], "--header-row '0': must be a whole number"),
        (["serve", "--port", "99999"], "--port '99999': must be a whole number from 0 to 65535"),
    ],
)
def test_a_number_out_of_range_is_said_in_the_projects_form(
    run: Run, snapshot, args: list[str], english: str
):
    """`add --term-years 500` printed Click's own `Invalid value for '--term-years': 500.0 is
    not in the range 0<=x<=100.0.` (a value the user never typed, and a formula); `list -n abc`
    `'abc' is not a valid int range`. One line of the project's form, in either language."""
    run("list", "-n", "1")
    before = snapshot(run.db)
    line = run(*args, code=2).stderr
    assert line.startswith(f"kerjasama: error: {english}") and line.count("\n") == 1, line
    said = run("--lang", "id", *args, code=2).stderr
    assert said.startswith("kerjasama: error: --") and said.count("\n") == 1, said
    assert english_left(said) == [], said
    assert snapshot(run.db) == before


@pytest.mark.parametrize(
    "option", ["--partner", "--governor", "--from", "--to", "--expiring", "--sector", "--type"]
)
def test_an_empty_filter_is_refused_not_ignored(run: Run, option: str):
    """`list --partner ''` (a script's empty variable) listed every record, and `--governor ''`
    a dozen, as if the filter held; `--country ''` already said `is empty`. Every filter does."""
    line = run("list", option, "", code=2).stderr
    assert line == f"kerjasama: error: {option} '': is empty\n", line
    assert run("list", option, "  ", "--format", "json", code=2).stdout == ""
    said = run("--lang", "id", "stats", option, "", code=2).stderr
    assert said.startswith(f"kerjasama: error: {option} '': ") and english_left(said) == [], said


def test_add_keeps_text_as_import_reads_it_back(run: Run, tmp_path: Path):
    """`add --key ' x ' --title ''` stored the key with its spaces (`show x` found nothing, and
    an export imported back gave key `x`: another record) and an empty title as '' (null once
    imported). `add` trims and empties as `edit` and `import` do."""
    args = ["add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2024", "--key", " busan-x "]
    run(*args, "--title", "", "--notes", "  kept  ", "--place", " ")
    shown = run.json("show", "busan-x")
    assert (shown["key"], shown["title"], shown["notes"], shown["place"]) == (
        "busan-x",
        None,
        "kept",
        None,
    )
    exported = run("export", "--format", "ndjson").stdout
    path = tmp_path / "all.ndjson"
    path.write_text(exported, encoding="utf-8")
    run("import", str(path))
    assert run("export", "--format", "ndjson").stdout == exported


@pytest.mark.parametrize("key", ["12", "007"])
def test_add_refuses_a_key_that_reads_as_an_id(run: Run, snapshot, key: str):
    """`add --key 12` was accepted, but `show 12`, `edit 12` and `delete 12` reach record #12
    (id first): the new record could be named only by its own id."""
    run("list", "-n", "1")
    before = snapshot(run.db)
    line = run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--key", key, code=2).stderr
    assert line.startswith(f"kerjasama: error: --key '{key}': is only digits"), line
    assert line.count("\n") == 1
    said = run("--lang", "id", "add", "-p", "Busan", "-c", "KR", "-t", "mou", "--key", key, code=2)
    assert english_left(said.stderr) == [], said.stderr
    assert snapshot(run.db) == before


def test_a_csv_row_of_empty_cells_is_skipped_as_in_a_workbook(run: Run, tmp_path: Path):
    """A sheet saved as CSV keeps its blank rows as `,,,`: each was rejected ("type: is
    required", "partner: is required") and the whole import refused, while the same sheet
    read as .xlsx skips them. A row of empty cells holds nothing to lose: skipped."""
    path = tmp_path / "sheet.csv"
    path.write_text(
        "partner,country,type,date\nLyon,FR,visit,2024-06-04\n,,,\n , ,\nNice,FR,mou,2024\n,,,\n",
        encoding="utf-8",
    )
    said = run("import", str(path)).stderr
    assert said.strip().endswith("2 inserted, 0 updated, 0 unchanged, 0 rejected (2 new partners)")
    assert {r["partner"] for r in run.json("list", "--country", "FR")} == {"Lyon", "Nice"}
    only = tmp_path / "blank.csv"
    only.write_text("partner,country,type,date\n,,,\n", encoding="utf-8")
    assert f"no records in {only}" in run("import", str(only), code=2).stderr


@pytest.mark.parametrize(
    "date, said",
    [("2024", "2024"), ("2024-03", "2024-03"), ("by 2015-05", "by 2015-05"), ("", "-")],
)
def test_check_names_the_date_of_duplicates_as_it_was_given(run: Run, date: str, said: str):
    """Two MoUs with Busan dated `2024` were reported as `date (2024-01-01)`, a day nobody
    gave (and `by 2015-05` as `-`): the date is said at its precision."""
    for _ in range(2):
        run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", date, "--new")
    finding = run.json("check", "--only", "duplicate-records")[-1]
    assert finding["details"]["date"] == said, finding
    assert f"and date ({said});" in finding["message"]


@pytest.mark.parametrize(
    "args, named",
    [
        (["import", ""], "FILE"),
        (["extract", ""], "FILE"),
        (["export", "-o", ""], "--output"),
        (["report", "-o", ""], "--output"),
        (["backup", ""], "PATH"),
        (["restore", "", "--yes"], "PATH"),
        (["attach", "1", ""], "FILE"),
        (["leaders", "import", ""], "FILE"),
    ],
)
def test_an_empty_file_name_is_said_empty(run: Run, snapshot, args: list[str], named: str):
    """`backup ''` said `.: is a directory`, `import ''` `: is a directory`, `restore ''`
    `.: no such file`: the empty name became the current directory. Said as given."""
    run("list", "-n", "1")
    before = snapshot(run.db)
    line = run(*args, code=2).stderr
    assert line == f"kerjasama: error: {named} '': is empty; expected a file name\n", line
    said = run("--lang", "id", *args, code=2).stderr
    assert said.startswith(f"kerjasama: error: {named} '': ") and english_left(said) == [], said
    assert snapshot(run.db) == before


def test_a_key_given_twice_in_a_file_asks_for_another_key_not_a_key_column(
    run: Run, tmp_path: Path
):
    """Two rows keyed `k-1` with different titles: the rejection said "give each a key
    column" to a file that has one. With its own keys the row needs another key; without,
    a key column is the remedy."""
    keyed = tmp_path / "keyed.csv"
    keyed.write_text(
        "key,partner,country,type,date,title\n"
        "k-1,Lyon,FR,visit,2024-07-01,First\nk-1,Lyon,FR,visit,2024-07-02,Second\n",
        encoding="utf-8",
    )
    line = run("import", str(keyed), code=2).stderr.splitlines()[0]
    assert line == (
        f"kerjasama: {keyed}:3: key 'k-1': appears earlier in the file with different "
        "values; give each row its own key"
    ), line
    said = run("--lang", "id", "import", str(keyed), code=2).stderr.splitlines()[0]
    assert english_left(said, ("key",)) == [], said
    derived = tmp_path / "derived.csv"
    derived.write_text(
        "partner,country,type,date,title\nLyon,FR,visit,2024-07-01,A\nLyon,FR,visit,2024-07-01,A\n"
        "Lyon,FR,visit,2024-07-01,B\n",
        encoding="utf-8",
    )
    assert "give each a key column" in run("import", str(derived), code=2).stderr


def test_a_partner_filter_matches_whatever_the_case_and_accents(run: Run):
    """`add -p Osaka -c JP` files the visit under Ōsaka (its key is `osaka-jp`), yet
    `list -p Osaka` and `list -p ōsaka` said `0 records` (SQLite's LIKE folds ASCII only), and
    `-p 'Kota_Lama'` matched any character for `_`. The search already folds accents."""
    run("add", "-p", "Ōsaka", "-c", "JP", "-t", "mou", "-d", "2024")
    run("add", "-p", "Osaka", "-c", "JP", "-t", "visit", "-d", "2024-05-05")
    run("add", "-p", "KotaXLama", "-c", "JP", "-t", "visit", "-d", "2024-05-06")
    for typed in ("Osaka", "ōsaka", "ŌSAKA", "saka"):
        rows = run.json("list", "-p", typed)
        assert sorted(r["type"] for r in rows) == ["mou", "visit"], typed
        assert [p["name"] for p in run.json("partners", "list", "--name", typed)] == ["Ōsaka"]
    assert run.json("list", "-p", "Kota_Lama") == []
    assert run.json("partners", "list", "--name", "Kota_Lama") == []
    run("add", "-p", "上海", "-c", "CN", "-t", "visit", "-d", "2024-05-07")
    assert [r["partner"] for r in run.json("list", "-p", "上海")] == ["上海"]


@pytest.mark.parametrize(
    "option, reason",
    [("--partner", "is empty"), ("--local-party", "is empty"), ("--within", "not a period")],
)
def test_agenda_refuses_an_empty_option(run: Run, option: str, reason: str):
    """`agenda --partner ''` (and `--local-party ''`, `--within ''`) listed everything due, as
    if no option were given, where `list --partner ''` now says `is empty`."""
    line = run("agenda", option, "", code=2).stderr
    assert line.startswith(f"kerjasama: error: {option} '': {reason}") and line.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["partners", "list", "--name", ""],
        ["partners", "list", "--name", "Seoul", "--name", " "],
        ["governments", "list", "--name", ""],
        ["leaders", "list", "--local-party", ""],
    ],
)
def test_an_empty_name_filter_on_the_entity_lists_is_refused(run: Run, args: list[str]):
    """`partners list --name ''`, `governments list --name ''` and `leaders list
    --local-party ''` listed every entry, as if no filter were given."""
    line = run(*args, code=2).stderr
    assert line.startswith("kerjasama: error: --") and "'': is empty" in line.replace("' '", "''")
    assert line.count("\n") == 1


@pytest.mark.parametrize(
    "home, country, line",
    [
        ("", "ID", "--home '': is empty"),
        ("  ", None, "--home '  ': is empty"),
        ("Kota Surabaya", "", "--home-country '': is empty"),
    ],
)
def test_init_refuses_an_empty_home(tmp_path: Path, home: str, country: str | None, line: str):
    """`init --empty --home '' --home-country ID` made a registry whose home government had no
    name (`created empty database … (home: , 0 leader terms)`); `--home-country ''` was told to
    give --home-country. Refused, and no file is left."""
    db = tmp_path / "new.db"
    args = [
        "init",
        "--empty",
        "--home",
        home,
        *(["--home-country", country] if country is not None else []),
    ]
    said = Run(db)(*args, code=2).stderr
    assert said == f"kerjasama: error: {line}\n", said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args, english",
    [
        (
            ["list", "--format", "xml"],
            "--format 'xml': not one of table, json, csv, ndjson, markdown",
        ),
        (["list", "--sort", "nope"], "--sort 'nope': not one of date, partner, country, type"),
        (["stats", "--by", "nope"], "--by 'nope': not one of country, governor, type, year"),
        (["show", "1", "--format", "csv"], "--format 'csv': not one of table, json"),
        (["history", "--entity", "nope"], "--entity 'nope': not one of record"),
    ],
)
def test_a_value_not_among_the_choices_is_said_in_the_projects_form(
    run: Run, args: list[str], english: str
):
    """`list --format xml` said Click's `kerjasama list: error: Invalid value for '--format' /
    '-f': 'xml' is not one of 'table', 'json', …` where the project's own choices (`--type`)
    say `kerjasama: error: --type 'x': not one of …`. One form for both, in either language."""
    line = run(*args, code=2).stderr
    assert line.startswith(f"kerjasama: error: {english}") and line.count("\n") == 1, line
    said = run("--lang", "id", *args, code=2).stderr
    # The choices are what the user types (`country`, `record`): English codes in any language.
    assert "bukan salah satu dari" in said, said
    assert english_left(said.split("bukan salah satu dari")[0]) == [], said
