"""Import under abuse (issue 9, import side): every field has a declared type checked at the
edge, messages name the field, what was given and what is expected (never `None`, never a
Python repr), empty files are refused alike in every format, and hostile files end in one or a
few lines with the database file byte-for-byte as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, Run, run_module

from kerjasama_cli.domain.schema import FIELD_TYPES
from kerjasama_cli.domain.tabular import FIELDS


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


TWIN = REPO.parent / "shared" / "data" / "twin_cities_wikipedia.csv"


def _bytes(db: Path) -> bytes:
    return db.read_bytes()


def _lines(result) -> list[str]:
    return result.stderr.strip().splitlines()


def _clean(result) -> None:
    """No traceback, no None, every line ours."""
    text = result.stderr + result.stdout
    assert "Traceback" not in text
    assert result.exception is None or isinstance(result.exception, SystemExit)
    for line in _lines(result):
        assert line.startswith("kerjasama: "), line
        assert "None" not in line, line


@pytest.fixture
def seeded(run):
    run("list")  # create and seed once
    return run


def _import(run, tmp_path: Path, name: str, content: str | bytes, *args: str, code: int = 2):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    before = _bytes(run.db)
    result = run("import", str(path), *args, code=code)
    _clean(result)
    if code != 0:
        assert _bytes(run.db) == before, "a failed import changed the database file"
    return path, result


# -- found 1 and 2: wrong types ------------------------------------------------------------------

WRONG_TYPES = [
    ({"sectors": {"a": 1}}, "sectors {'a': 1}: expected text or a list of texts, not a mapping"),
    ({"partner": 5}, "partner 5: expected text, not a number"),
    ({"date": True}, "date true: expected a date"),
    ({"country": 1.5}, "country 1.5: expected text, not a number"),
    ({"title": ["x"]}, "title ['x']: expected text, not a list"),
    ({"summary": {"x": 1}}, "summary {'x': 1}: expected text"),
    ({"key": {"a": 1}}, "key {'a': 1}: expected text"),
    ({"local_party": {"a": 1}}, "local_party {'a': 1}: expected text"),
    ({"signatories": 7}, "signatories 7: expected 'Name (Title)'"),
    ({"sectors": ["trade", {"x": 1}]}, "sectors ['trade', {'x': 1}]: expected text or a list"),
    ({"signatories": [{"name": ["A"]}]}, "entry 1 name must be text, not a list"),
    ({"signatories": [None]}, "signatories [null]: expected 'Name (Title)' or a list of them"),
    ({"sectors": ["trade", None]}, "entry 2 is null"),
    ({"term_years": "lama"}, "term_years 'lama': must be a number of years"),
    ({"term_years": float("inf")}, "term_years inf: expected a number of years"),
    ({"term_years": 1e9}, "term_years 1000000000.0: must be a number of years from 0 to 100"),
    ({"date": {"from": [2020], "to": "2021"}}, "one of its ends is a list"),
    ({"date": 2024.5}, "date 2024.5: expected a date"),
    ({"end_date": False}, "end_date false: expected a date"),
]


@pytest.mark.parametrize(("bad", "message"), WRONG_TYPES)
def test_a_wrong_type_in_ndjson_is_a_rejected_record_naming_field_given_and_expected(
    seeded, tmp_path, bad, message
):
    record = {"partner": "Busan", "country": "KR", "type": "mou", **bad}
    path, result = _import(seeded, tmp_path, "bad.ndjson", json.dumps(record) + "\n")
    assert f"{path}:1: {next(iter(bad))}" in result.stderr
    assert message in result.stderr
    assert "1 rejected, nothing written" in _lines(result)[-1]


@pytest.mark.parametrize(("bad", "message"), WRONG_TYPES[:9])
def test_the_same_wrong_types_in_a_json_list_and_a_yaml_list(seeded, tmp_path, bad, message):
    import yaml

    record = {"partner": "Busan", "country": "KR", "type": "mou", **bad}
    _, result = _import(seeded, tmp_path, "bad.json", json.dumps([record]))
    assert message in result.stderr
    _, result = _import(seeded, tmp_path, "bad.yaml", yaml.safe_dump([record]))
    assert message in result.stderr


def test_a_wrong_type_in_a_seed_shaped_document_names_its_entry(seeded, tmp_path):
    content = (
        "agreements:\n"
        "  - key: busan-mou\n"
        "    partner: busan\n"
        "    type: mou\n"
        "    title: [x]\n"
        "  - key: busan-loi\n"
        "    partner: busan\n"
        "    type: loi\n"
        "    signatories: 7\n"
    )
    path, result = _import(seeded, tmp_path, "doc.yaml", content)
    assert f"{path}:2: agreements[0] (busan-mou): title ['x']: expected text" in (result.stderr)
    assert f"{path}:6: agreements[1] (busan-loi): signatories 7: expected" in result.stderr
    assert result.stderr.count(f"{path}:2:") == 1  # the location is said once, not twice


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("agreements: 5\n", "agreements 5: expected a list, one mapping per entry"),
        ("partners: {a: 1}\n", "partners {'a': 1}: expected a list"),
        ("home: 5\nagreements: []\n", "home 5: expected a mapping with local_party"),
        ("home: {local_party: [a]}\n", "home: local_party ['a']: expected text"),
        ("agreements: [5]\n", "agreements[0]: entry 5: expected a mapping of fields"),
        ("governments: 5\n", "governments 5: expected a list, one mapping per entry"),
        ("governments: [{name: [x]}]\n", "governments[0]: name ['x']: expected text"),
        ("governments: [{name: Solo, aliases: 7}]\n", "aliases 7: expected text or a list"),
    ],
)
def test_a_document_whose_sections_have_the_wrong_shape_is_one_line(
    seeded, tmp_path, content, message
):
    path, result = _import(seeded, tmp_path, "doc.yaml", content)
    assert message in result.stderr
    assert len(_lines(result)) <= 2


def test_wrong_types_are_never_stored_as_python_reprs(seeded, tmp_path):
    records = [
        {"partner": "Busan", "country": "KR", "type": "mou", "title": ["x"]},
        {"partner": "Osaka", "country": "JP", "type": "mou", "summary": {"x": 1}},
        {"partner": "Lyon", "country": "FR", "type": "mou", "signatories": 7},
    ]
    lines = "".join(json.dumps(r) + "\n" for r in records)
    rejects = str(tmp_path / "r.ndjson")
    _import(seeded, tmp_path, "bad.ndjson", lines, "--skip-invalid", "--rejects", rejects, code=0)
    shown = json.dumps(seeded.json("list"))
    assert "['x']" not in shown and "{'x': 1}" not in shown
    assert not [r for r in seeded.json("list") if r["partner"] in ("Osaka", "Lyon")]


def test_numbers_that_are_numbers_are_accepted(empty_run, tmp_path):
    """A YAML year (`date: 2024`) is an int and is read as the year; a YAML date as the day; a
    term of years may be a number; a figure's count must be one."""
    content = (
        "- {partner: Busan, country: KR, type: mou, date: 2024, term_years: 5}\n"
        "- {partner: Osaka, country: JP, type: loi, date: 2023-04-27, term_years: 2.5}\n"
    )
    _import(empty_run, tmp_path, "years.yaml", content, code=0)
    rows = {r["partner"]: r for r in empty_run.json("list")}
    assert (rows["Busan"]["date"], rows["Busan"]["date_precision"]) == ("2024", "year")
    assert rows["Osaka"]["date"] == "2023-04-27"
    document = "reported_figures:\n  - {key: f, subject: sister cities, count: 23, period: 2024}\n"
    _import(empty_run, tmp_path, "figures.yaml", document, code=0)
    bad = "reported_figures:\n  - {key: g, subject: sister cities, count: '23', period: 2024}\n"
    _, result = _import(empty_run, tmp_path, "bad-figures.yaml", bad)
    assert "count '23': expected a whole number, not text" in result.stderr


def test_every_flat_field_has_a_declared_type():
    assert set(FIELDS) <= set(FIELD_TYPES)


# -- found 7: no None, one line when every row fails alike ------------------------------------


def test_a_missing_required_value_names_the_field_without_none(seeded, tmp_path):
    path, result = _import(seeded, tmp_path, "a.ndjson", '{"partner": "Busan"}\n{bad\n')
    assert f"{path}:1: type: is required; --set type=VALUE fills" in result.stderr
    assert f"{path}:2: record: not valid JSON: Expecting property name" in result.stderr


def test_the_readme_twin_town_import_without_a_type_says_so_once(tmp_path):
    db = tmp_path / "twin.db"
    result = run_module(
        "import",
        str(TWIN),
        "--map",
        "city1=local_party",
        "--map",
        "country1=local_country",
        "--map",
        "city2=partner",
        "--map",
        "country2=country",
        db=db,
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if "loaded the bundled seed" not in line]
    assert lines == [
        f"kerjasama: error: {TWIN}: no 'type' column: add one, name it with --map HEADER=type, "
        "or use --set type=sister_city (or mou, loi, agreement, visit, ...)"
    ]


def test_one_reason_repeated_prints_a_few_rows_then_a_count(seeded, tmp_path):
    lines = "".join(json.dumps({"partner": f"K{i}", "country": "KR"}) + "\n" for i in range(100))
    path, result = _import(seeded, tmp_path, "many.ndjson", lines)
    shown = _lines(result)
    assert len(shown) == 7
    assert shown[4].startswith(f"kerjasama: {path}:5: type: is required")
    assert shown[5].startswith(f"kerjasama: {path}: … and 95 more rows: same problem — type:")
    assert "100 rejected, nothing written" in shown[6]


def test_many_different_problems_are_capped_too(seeded, tmp_path):
    rows = ["partner,country,type,date"]
    rows += [f"K{i},KR,mou,2024-13-{i % 28 + 1}" for i in range(30)]  # no such month
    rows += [f"L{i},Atlantis{i},mou,2024" for i in range(30)]  # unknown country
    rows += [f"M{i},KR,treaty{i},2024" for i in range(30)]  # unknown type
    _, result = _import(seeded, tmp_path, "mixed.csv", "\n".join(rows) + "\n")
    assert len(_lines(result)) <= 20 + 5 + 2
    assert "… and 25 more rows: same problem — date: no such month" in result.stderr


# -- found 9: short and long rows, empty files -------------------------------------------------


def test_short_and_long_csv_rows_are_rejected_with_their_line(seeded, tmp_path):
    content = (
        "partner,country,type,date\n"
        "Nagoya,JP,mou\n"
        "Busan,KR,mou,2024,extra\n"
        "Osaka,JP,mou,2024,,\n"  # empty cells after the last column: a spreadsheet's padding
    )
    path, result = _import(seeded, tmp_path, "rows.csv", content)
    assert f"{path}:2: row: has 3 cells; the header has 4, one per column" in result.stderr
    assert f"{path}:3: row: has 5 cells; the header has 4, one per column" in result.stderr
    assert f"{path}:4:" not in result.stderr
    assert "2 rejected, nothing written (the valid records would insert 1" in result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.csv", ""),
        ("header.csv", "partner,country,type,date\n"),
        ("blank-rows.csv", "partner,country,type,date\n\n\n"),
        ("empty.ndjson", ""),
        ("blank.ndjson", "\n\n  \n"),
        ("empty.json", ""),
        ("list.json", "[]"),
        ("mapping.json", "{}"),
        ("empty.yaml", ""),
        ("comment.yaml", "# nothing yet\n"),
        ("list.yaml", "[]\n"),
        ("sections.yaml", "agreements: []\nevents:\n"),
    ],
)
def test_a_file_without_records_is_refused_alike_in_every_format(seeded, tmp_path, name, content):
    path, result = _import(seeded, tmp_path, name, content)
    assert _lines(result) == [
        f"kerjasama: error: no records in {path}: the file is empty or has only a header"
    ]


# -- hostile files --------------------------------------------------------------------------------

BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "agreements:\n  - {partner: Busan, type: mou, sectors: *i, title: *i, summary: *i}\n"
    + "  - *i\n"
)

HOSTILE = [
    ("quote.csv", 'partner,country,type\n"Busan,KR,mou\nOsaka,JP,mou\n', "a quote left open?"),
    ("latin1.csv", b"partner,country,type\nBu\xffsan,KR,mou\n", "not UTF-8 text"),
    ("latin1.ndjson", b'{"partner": "Bu\xffsan"}\n', "not UTF-8 text"),
    ("latin1.json", b'[{"partner": "Bu\xffsan"}]', "not UTF-8 text"),
    ("latin1.yaml", b"- partner: Bu\xffsan\n", "not UTF-8 text"),
    ("nul.csv", "partner,country,type\nBu\x00san,KR,mou\n", "contains U+0000, a control"),
    (
        "nul.yaml",
        "- {partner: Bu\x00san, type: mou}\n",
        "nul.yaml:1: not valid YAML: the character",
    ),
    ("nul-start.yaml", "\x00", "not valid YAML: the character U+0000 is not allowed"),
    ("quoted-header.csv", '"type\nBusan\n', "column 'type\\n': contains a line break"),
    ("nul-header.csv", "ty\x00pe,partner\nmou,Busan\n", "column 'ty\\x00pe': contains U+0000"),
    ("break-key.ndjson", '{"type\\n": "mou", "partner": "B"}\n', "field 'type\\n': contains a"),
    ("escape.csv", "partner,country,type\nBu\x1bsan,KR,mou\n", "contains U+001B, a control"),
    ("nul.ndjson", '{"partner": "Bu\\u0000san", "country": "KR", "type": "mou"}\n', "U+0000"),
    ("surrogate.ndjson", '{"partner": "B\\ud800", "country": "KR", "type": "mou"}\n', "U+D800"),
    ("break.ndjson", '{"partner": "Bu\\nsan", "country": "KR", "type": "mou"}\n', "line break"),
    ("huge.csv", "partner,country,type\n" + "B" * 200_000 + ",KR,mou\n", "a cell longer than"),
    ("long.csv", "partner,country,type\n" + "B" * 5_000 + ",KR,mou\n", "at most 1,000"),
    ("long.ndjson", json.dumps({"partner": "B" * 50_000, "type": "mou"}) + "\n", "(50,000 char"),
    ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("deep.ndjson", "[" * 100_000 + "]" * 100_000 + "\n", "nested too deeply"),
    ("deep.yaml", "a: " + "[" * 100_000 + "]" * 100_000 + "\n", "not valid YAML"),
    ("bomb.yaml", BOMB, "expected text or a list of texts; entry 1 is a list"),
    ("object.yaml", "- partner: !!python/object/apply:os.system [echo pwned]\n", "python/"),
    ("tagged.yaml", "agreements:\n  - !!python/object:builtins.dict {}\n", "python/object"),
    ("scalar.json", "5", "expected a list of records or a mapping with sections"),
    ("keys.yaml", "- {1: a, partner: Busan, type: mou}\n", "field 1: expected a field name"),
    ("big-int.ndjson", '{"partner": "B", "date": ' + "9" * 5000 + "}\n", "a number too long"),
    ("big-int.json", '[{"partner": "B", "date": ' + "9" * 5000 + "}]", "a number too long"),
    ("big-int.yaml", "- {partner: B, date: " + "9" * 5000 + "}\n", "a number too long"),
    ("nan.ndjson", '{"partner": "B", "type": "mou", "term_years": NaN}\n', "term_years nan"),
]


@pytest.mark.parametrize(("name", "content", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_file_is_a_few_clear_lines_and_changes_nothing(
    seeded, tmp_path, name, content, message
):
    _, result = _import(seeded, tmp_path, name, content)
    assert message in result.stderr
    assert len(_lines(result)) <= 4
    assert all(len(line) < 400 for line in _lines(result))


def test_yaml_is_read_with_the_safe_loader(seeded, tmp_path):
    marker = tmp_path / "pwned"
    content = f"- partner: !!python/object/apply:os.system ['touch {marker}']\n  type: mou\n"
    _import(seeded, tmp_path, "object.yaml", content)
    assert not marker.exists()


def test_rejects_of_hostile_rows_are_still_written(seeded, tmp_path):
    """--skip-invalid writes what it rejected even when it cannot be text (a lone surrogate)
    or is no JSON type (a YAML date in a YAML list written as NDJSON)."""
    _import(
        seeded,
        tmp_path,
        "surrogate.ndjson",
        '{"partner": "B\\ud800", "country": "KR", "type": "mou"}\n',
        "--skip-invalid",
        "--rejects",
        str(tmp_path / "r.ndjson"),
        code=0,
    )
    assert "\\ud800" in (tmp_path / "r.ndjson").read_text(encoding="utf-8")
    _import(
        seeded,
        tmp_path,
        "dated.yaml",
        "- {partner: Busan, country: XX, type: mou, date: 2024-05-01}\n",
        "--skip-invalid",
        "--rejects",
        str(tmp_path / "r2.ndjson"),
        code=0,
    )
    rejected = json.loads((tmp_path / "r2.ndjson").read_text(encoding="utf-8"))
    assert rejected["date"] == "2024-05-01" and rejected["_line"] == 1


def test_hostile_files_in_a_real_process(tmp_path):
    db = tmp_path / "real.db"
    assert run_module("init", "--empty", db=db).returncode == 0
    before = db.read_bytes()
    for name, content in [("deep.json", "[" * 100_000 + "]" * 100_000), ("bomb.yaml", BOMB)]:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        result = run_module("import", str(path), db=db)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert 1 <= len(result.stderr.splitlines()) <= 3
        assert db.read_bytes() == before


@pytest.mark.parametrize("rejects", ["m.csv", "./m.csv", "link.csv"])
def test_rejects_onto_the_file_being_imported_is_refused(seeded, tmp_path, monkeypatch, rejects):
    """`--rejects` naming the input itself (by any spelling or a link) would overwrite the
    user's file with its rejected rows (the good rows gone from it, a large file cut while it is
    still being read): exit 2, one line, the file and the registry as they were."""
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "m.csv"
    text = "partner,country,type,date\nKobe,JP,mou,2024-01-01\nX,ZZ,mou,2024-01-01\n"
    source.write_text(text, encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(source)
    before = _bytes(seeded.db)
    result = seeded("import", "m.csv", "--skip-invalid", "--rejects", rejects, code=2)
    _clean(result)
    assert _lines(result) == [
        f"kerjasama: error: --rejects '{Path(rejects)}': is a file this command reads; "
        "give another name"
    ]
    assert source.read_text(encoding="utf-8") == text
    assert _bytes(seeded.db) == before


def test_a_term_out_of_bounds_says_the_one_bound_and_what_was_given(seeded, tmp_path):
    """Import said `term_years 'NaN': … from 0 to 1000` but `term_years 500.0: … from 0 to 100`:
    one bound (domain/limits.py), and the value as the file gave it."""
    rows = "partner,country,type,date,term_years\n" + "".join(
        f"Busan,KR,mou,2024-0{n}-01,{term}\n"
        for n, term in enumerate(["NaN", "500", "99999999999999999999999", "-1"], start=1)
    )
    _, result = _import(seeded, tmp_path, "terms.csv", rows)
    reasons = [line.split(": ", 2)[2] for line in _lines(result)[:-1]]
    assert reasons == [
        f"term_years '{given}': must be a number of years from 0 to 100"
        for given in ["NaN", "500", "99999999999999999999999", "-1"]
    ]
