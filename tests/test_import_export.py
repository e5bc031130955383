"""`import` and `export`: every format in and out, all-or-nothing, rejects, dry runs, Ctrl-C."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


FORMATS = ["yaml", "json", "ndjson", "csv"]


def _summary(result) -> str:
    return result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_is_byte_identical(run, empty_run, tmp_path, fmt):
    first = tmp_path / f"first.{fmt}"
    run("export", "--format", fmt, "-o", str(first))
    assert "shanghai-mou-2020-10-23" in first.read_text(encoding="utf-8")
    imported = empty_run("import", str(first))
    assert " 0 rejected" in _summary(imported)
    second = empty_run("export", "--format", fmt).stdout
    assert second.encode("utf-8") == first.read_bytes()
    # and the records themselves came through, not just the text
    assert {r["key"] for r in empty_run.json("list")} == {r["key"] for r in run.json("list")}


@pytest.mark.parametrize("fmt", FORMATS)
def test_reimporting_an_export_changes_nothing(run, tmp_path, snapshot, fmt):
    exported = tmp_path / f"all.{fmt}"
    run("export", "-o", str(exported))  # format from the extension
    before = snapshot(run.db)
    result = run("import", str(exported))
    assert " 0 inserted, 0 updated" in _summary(result)
    assert snapshot(run.db) == before


def test_export_applies_the_list_filters(run):
    rows = list(csv.DictReader(io.StringIO(run("export", "-f", "csv", "--country", "KR").stdout)))
    assert rows and {r["country"] for r in rows} == {"KR"}
    document = json.loads(run("export", "-f", "json", "--partner", "Shanghai").stdout)
    assert {p["key"] for p in document["partners"]} == {"shanghai"}
    assert {e["key"] for e in document["events"]} >= {"shanghai-mayor-visit-2023-04-27"}
    assert document["reported_figures"] == []  # registry-wide figures only come with everything


SPREADSHEET = (
    "\ufeffMitra;Negara;Jenis;Tanggal;Bidang;Judul;Status;Penandatangan\r\n"
    'Busan;Korsel;nota kesepahaman;27 Mei 2025;"kesehatan, banjir";MoU Busan;aktif;'
    "Pramono Anung (Gubernur DKI Jakarta)\r\n"
    "Osaka;Jepang;kota kembar;2024;pendidikan;Kota kembar Osaka;;\r\n"
)


def test_spreadsheet_csv_with_bom_semicolons_and_indonesian_headers(empty_run, tmp_path):
    path = tmp_path / "kerjasama.csv"
    path.write_bytes(SPREADSHEET.encode("utf-8"))
    result = empty_run("import", str(path))
    assert "2 inserted" in _summary(result)
    rows = {r["partner"]: r for r in empty_run.json("list")}
    busan = rows["Busan"]
    assert (busan["country"], busan["type"], busan["date"]) == ("KR", "mou", "2025-05-27")
    assert busan["sectors"] == ["health", "flood_management"]
    assert busan["status"] == "active"
    assert (rows["Osaka"]["type"], rows["Osaka"]["date"]) == ("sister_city", "2024")
    shown = json.loads(empty_run("show", str(busan["id"]), "--format", "json").stdout)
    assert shown["signatories"] == [
        {"side": "home", "name": "Pramono Anung", "title": "Gubernur DKI Jakarta"}
    ]


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)


def _many(n: int) -> list[list[str]]:
    rows = [["partner", "country", "type", "date", "title"]]
    rows += [
        [f"Kota {i}", "Korsel", "mou", f"2024-01-{i % 28 + 1:02d}", f"MoU {i}"] for i in range(n)
    ]
    return rows


def test_bad_records_among_many_are_all_named_and_nothing_is_written(run, tmp_path, snapshot):
    rows = _many(60)
    rows[10] = ["Athens", "Grece", "mou", "2024-03-01", "bad country"]  # line 11
    rows[30] = ["Kota X", "Korsel", "mou", "2025-02-30", "bad date"]  # line 31
    rows[45] = ["", "Korsel", "mou", "2024-05-01", "no partner"]  # line 46
    path = tmp_path / "batch.csv"
    _write_csv(path, rows)
    run("list")  # create and seed
    before = snapshot(run.db)
    result = run("import", str(path), code=2)
    assert snapshot(run.db) == before
    errors = result.stderr
    assert f"{path}:11: country 'Grece': unknown country; did you mean 'Greece'?" in errors
    assert f"{path}:31: date '2025-02-30': no such day" in errors
    assert f"{path}:46: partner: is required" in errors  # never "partner None:"
    assert "3 rejected, nothing written (the valid records would insert 57," in _summary(result)


def test_skip_invalid_imports_the_rest_and_writes_a_fixable_rejects_file(
    empty_run, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    rows = _many(20)
    rows[5] = ["Athens", "Grece", "mou", "2024-03-01", "bad country"]
    path = tmp_path / "in" / "batch.csv"
    path.parent.mkdir()
    _write_csv(path, rows)
    result = empty_run("import", str(path), "--skip-invalid")
    summary = _summary(result)
    assert "19 inserted" in summary and "1 rejected" in summary
    assert "rejects written to batch.rejects.csv" in summary  # the default: here, named
    rejects = list(csv.DictReader((tmp_path / "batch.rejects.csv").open(encoding="utf-8")))
    assert rejects == [
        {
            "partner": "Athens",
            "country": "Grece",
            "type": "mou",
            "date": "2024-03-01",
            "title": "bad country",
            "_line": "6",
            "_reason": "country 'Grece': unknown country; did you mean 'Greece'?",
        }
    ]
    fixed = (tmp_path / "batch.rejects.csv").read_text(encoding="utf-8").replace("Grece", "Greece")
    (tmp_path / "fixed.csv").write_text(fixed, encoding="utf-8")
    again = empty_run("import", "fixed.csv")
    assert "1 inserted" in _summary(again)
    athens = [r for r in empty_run.json("list") if r["partner"] == "Athens"]
    assert athens[0]["country"] == "GR"


def test_dry_run_reports_counts_and_writes_nothing(run, tmp_path, snapshot):
    path = tmp_path / "new.csv"
    _write_csv(path, _many(7))
    run("list")
    before = snapshot(run.db)
    result = run("import", str(path), "--dry-run")
    assert "dry run, nothing written: would insert 7, update 0" in _summary(result)
    assert snapshot(run.db) == before


def test_reimport_of_same_file_changes_nothing_and_a_changed_row_updates(
    empty_run, tmp_path, snapshot
):
    path = tmp_path / "batch.csv"
    rows = _many(12)
    _write_csv(path, rows)
    empty_run("import", str(path))
    before = snapshot(empty_run.db)
    again = empty_run("import", str(path))
    assert "0 inserted, 0 updated, 12 unchanged" in _summary(again)
    assert snapshot(empty_run.db) == before
    rows[3][4] = "MoU 2, renamed"
    _write_csv(path, rows)
    changed = empty_run("import", str(path))
    assert "0 inserted, 1 updated, 11 unchanged" in _summary(changed)
    history = json.loads(empty_run("history", "--limit", "1", "--format", "json").stdout)
    assert history[0]["command"] == "import" and history[0]["action"] == "update"
    assert history[0]["changes"] == {"title": ["MoU 2", "MoU 2, renamed"]}


def test_conflicting_rows_with_one_derived_key_are_rejected(empty_run, tmp_path):
    path = tmp_path / "dup.csv"
    _write_csv(
        path,
        [
            ["partner", "country", "type", "date", "title"],
            ["Busan", "KR", "mou", "2025-05-27", "first"],
            ["Busan", "KR", "mou", "2025-05-27", "first"],  # the same row twice: fine
            ["Busan", "KR", "mou", "2025-05-27", "another"],
        ],
    )
    result = empty_run("import", str(path), code=2)
    assert f"{path}:4: key 'busan-kr-mou-2025-05-27': appears earlier in the file" in result.stderr


def test_each_flat_format_reads_the_same_records(empty_run, tmp_path):
    records = [
        {
            "mitra": "Busan",
            "negara": "KR",
            "jenis": "mou",
            "tanggal": "2025-05",
            "bidang": ["trade"],
        },
        {"partner": "Osaka", "country": "Japan", "type": "kunjungan", "date": "by 2015"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "a.ndjson").write_text(
        "\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8"
    )
    (tmp_path / "a.yaml").write_text(
        "- {mitra: Busan, negara: KR, jenis: mou, tanggal: 2025-05, bidang: [trade]}\n"
        "- {partner: Osaka, country: Japan, type: kunjungan, date: by 2015}\n",
        encoding="utf-8",
    )
    for name in ("a.json", "a.ndjson", "a.yaml"):
        result = empty_run("import", str(tmp_path / name))
        assert " 0 rejected" in _summary(result)
    rows = {r["partner"]: r for r in empty_run.json("list")}
    assert len(empty_run.json("list")) == 2  # three files, the same two records
    assert rows["Busan"]["sectors"] == ["trade"] and rows["Busan"]["date"] == "2025-05"
    assert (rows["Osaka"]["kind"], rows["Osaka"]["type"]) == ("event", "visit")
    assert rows["Osaka"]["date_precision"] == "by"


def test_ndjson_rejects_name_their_line(empty_run, tmp_path):
    path = tmp_path / "feed.ndjson"
    path.write_text(
        '{"partner": "Busan", "country": "KR", "type": "mou"}\n'
        "\n"
        '{"partner": "Busan", "country": "KR", "type": "mou"\n'
        '{"partner": "Osaka", "country": "Japa", "type": "mou"}\n'
        '{"partner": "Osaka", "negeri": "JP", "type": "mou"}\n',
        encoding="utf-8",
    )
    result = empty_run("import", str(path), code=2)
    assert f"{path}:3: record: not valid JSON:" in result.stderr
    assert "None" not in result.stderr
    assert f"{path}:4: country 'Japa': unknown country; did you mean 'Japan'?" in result.stderr
    assert f"{path}:5: field 'negeri': unknown field" in result.stderr
    assert empty_run.json("list") == []


def test_seed_shaped_yaml_reports_every_bad_entry_with_its_line(run, tmp_path, snapshot):
    path = tmp_path / "more.yaml"
    path.write_text(
        "partners:\n"
        "  - key: busan\n"
        "    name: Busan\n"
        "    country: Korsel\n"
        "agreements:\n"
        "  - key: busan-mou\n"
        "    partner: busan\n"
        "    type: mou\n"
        "    date: 2025-13\n"
        "  - key: nowhere-mou\n"
        "    partner: nowhere\n"
        "    type: mou\n"
        "  - key: busan-loi\n"
        "    partner: busan\n"
        "    type: loi\n",
        encoding="utf-8",
    )
    run("list")
    before = snapshot(run.db)
    result = run("import", str(path), code=2)
    assert snapshot(run.db) == before
    assert f"{path}:6: agreements[0] (busan-mou): date '2025-13': no such month" in result.stderr
    assert f"{path}:10: agreements[1] (nowhere-mou): partner 'nowhere': no such partner" in (
        result.stderr
    )
    skipped = run("import", str(path), "--skip-invalid", "--rejects", str(tmp_path / "r.yaml"))
    assert "2 inserted" in _summary(skipped)  # the partner and the LoI
    assert "busan-loi" in {r["key"] for r in run.json("list")}
    assert "_reason: " in (tmp_path / "r.yaml").read_text(encoding="utf-8")


def test_events_may_come_before_their_agreement(empty_run, tmp_path):
    path = tmp_path / "events.csv"
    _write_csv(
        path,
        [
            ["key", "partner", "country", "type", "date", "agreement"],
            ["visit-1", "Busan", "KR", "visit", "2025-06-01", "mou-1"],
            ["mou-1", "Busan", "KR", "mou", "2025-05-27", ""],
            ["visit-2", "Busan", "KR", "visit", "2025-07-01", "missing-mou"],
        ],
    )
    result = empty_run("import", str(path), "--skip-invalid", "--rejects", str(tmp_path / "r.csv"))
    assert "2 inserted" in _summary(result) and "1 rejected" in _summary(result)
    assert "agreement 'missing-mou': no such agreement" in result.stderr


def test_stdin_needs_a_format_and_then_works(empty_run):
    empty_run("import", "-", code=2, input="partner,country,type\nBusan,KR,mou\n")
    result = empty_run(
        "import", "-", "--format", "csv", input="partner,country,type\nBusan,KR,mou\n"
    )
    assert "1 inserted" in _summary(result)


def test_unknown_headers_and_bad_options_are_refused_before_reading(empty_run, tmp_path):
    path = tmp_path / "odd.csv"
    _write_csv(path, [["partnr", "country", "type"], ["Busan", "KR", "mou"]])
    result = empty_run("import", str(path), code=2)
    assert "column 'partnr': unknown header" in result.stderr and "'partner'" in result.stderr
    mapped = empty_run("import", str(path), "--map", "partnr=partner")
    assert "1 inserted" in _summary(mapped)
    empty_run("import", str(path), "--map", "nope=partner", code=2)
    assert "unknown field" in empty_run("import", str(path), "--set", "colour=red", code=2).stderr


def test_set_fills_only_empty_values(empty_run, tmp_path):
    path = tmp_path / "pairs.csv"
    _write_csv(path, [["partner", "country", "type"], ["Busan", "KR", ""], ["Osaka", "JP", "loi"]])
    empty_run("import", str(path), "--set", "type=sister_city")
    types = {r["partner"]: r["type"] for r in empty_run.json("list")}
    assert types == {"Busan": "sister_city", "Osaka": "loi"}


def test_an_interrupted_import_leaves_the_database_as_it_was(run, snapshot):
    from kerjasama_cli.files.input_types import Row
    from kerjasama_cli.store.database.connection import open_store
    from kerjasama_cli.store.imports.rowwise import import_rows

    run("list")  # create and seed
    before = snapshot(run.db)

    def rows():
        for i in range(1000):
            if i == 450:  # several batches are already written inside the transaction
                raise KeyboardInterrupt
            yield Row(i + 2, [], {"partner": f"Kota {i}", "country": "KR", "type": "mou"})

    store = open_store(run.db)
    try:
        with pytest.raises(KeyboardInterrupt):
            import_rows(store, rows(), batch_size=100)
    finally:
        store.close()
    assert snapshot(run.db) == before


@pytest.mark.parametrize(
    ("name", "fmt", "fix"),
    [
        ("m.xlsx", "csv", "give a name ending .csv, or leave --format out"),
        ("m.json", "xlsx", "give a name ending .xlsx, or leave --format out"),
        ("m.csv", "json", "give a name ending .json, or leave --format out"),
        ("m.YML", "ndjson", "give a name ending .ndjson, or leave --format out"),
        ("m.ods", "xlsx", "kerjasama does not write .ods files; give a name ending .xlsx"),
        ("m.txt", "xlsx", "give a name ending .xlsx"),
    ],
)
def test_an_output_name_that_contradicts_the_format_is_refused(
    run, tmp_path, monkeypatch, name, fmt, fix
):
    """`export -o m.xlsx -f csv` wrote CSV text into m.xlsx (exit 0; Excel and `import` then
    refuse it): a name whose extension says another format is one line, exit 2, no file."""
    monkeypatch.chdir(tmp_path)
    result = run("export", "-o", name, "-f", fmt, code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"kerjasama: error: --output '{name}': ")
    assert fix in lines[0] and re.search(rf"--format (is )?{fmt}\b", lines[0])
    assert list(tmp_path.iterdir()) == [run.db]


def test_the_contradiction_is_said_in_indonesian(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("--lang", "id", "export", "-o", "m.xlsx", "-f", "csv", code=2)
    assert result.stderr.strip() == (
        "kerjasama: error: --output 'm.xlsx': nama berkas menunjukkan xlsx, tetapi --format "
        "adalah csv; berikan nama berakhiran .csv, atau hilangkan --format"
    )
    assert list(tmp_path.iterdir()) == [run.db]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("m.yml", "yaml"), ("m.jsonl", "ndjson"), ("m.txt", "csv"), ("m.dat", "json"), ("m", "csv")],
)
def test_a_name_that_fits_or_says_no_format_takes_the_format_given(run, tmp_path, name, fmt):
    target = tmp_path / name
    run("export", "-o", str(target), "-f", fmt, "--country", "KR")
    assert target.read_bytes()
    again = run("import", str(target), "--format", fmt)
    assert " 0 rejected" in _summary(again)


def test_without_a_format_the_name_still_decides(run, tmp_path):
    target = tmp_path / "m.xlsx"
    run("export", "-o", str(target), "--country", "KR")
    assert target.read_bytes()[:2] == b"PK"  # a zip: the workbook


@pytest.mark.parametrize(
    ("assignment", "said"),
    [
        ("type=xx", "--set type 'xx': not one of sister_city, loi, mou"),
        ("date=2024-13", "--set date '2024-13': "),
        ("country=Grece", "--set country 'Grece': "),
        ("status=nosuch", "--set status 'nosuch': "),
        ("term_years=abc", "--set term_years 'abc': must be a number of years"),
    ],
)
def test_a_bad_set_value_is_refused_whatever_the_rows_hold(
    empty_run, tmp_path, snapshot, assignment, said
):
    """`--set type=xx` passed silently when every row had a type (the value was never used): a
    `--set` value is checked as the field's values are, once, before any row is read."""
    path = tmp_path / "full.csv"
    _write_csv(
        path,
        [
            ["partner", "country", "type", "date", "status", "term_years"],
            ["Busan", "KR", "mou", "2024-05-27", "active", "5"],
        ],
    )
    before = snapshot(empty_run.db)
    result = empty_run("import", str(path), "--set", assignment, code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("kerjasama: error: " + said), lines[0]
    assert snapshot(empty_run.db) == before
    assert set(tmp_path.iterdir()) == {path, empty_run.db}  # no rejects file


def test_a_bad_set_value_is_said_in_indonesian(empty_run, tmp_path):
    path = tmp_path / "full.csv"
    _write_csv(path, [["partner", "country", "type"], ["Busan", "KR", "mou"]])
    result = empty_run("--lang", "id", "import", str(path), "--set", "type=xx", code=2)
    assert result.stderr.startswith("kerjasama: error: --set type 'xx': bukan salah satu dari ")


def test_good_set_values_still_fill_only_the_empty_cells(empty_run, tmp_path):
    path = tmp_path / "pairs.csv"
    _write_csv(path, [["partner", "country", "type"], ["Busan", "KR", "mou"], ["Osaka", "", ""]])
    empty_run(
        "import", str(path), "--set", "type=kota kembar", "--set", "country=Jepang",
        "--set", "sectors=pendidikan", "--set", "partner=Kyoto",
    )  # fmt: skip
    found = {r["partner"]: (r["type"], r["country"]) for r in empty_run.json("list")}
    assert found == {"Busan": ("mou", "KR"), "Osaka": ("sister_city", "JP")}


def test_a_set_sector_may_be_one_the_registry_added_and_a_bad_one_is_refused(empty_run, tmp_path):
    path = tmp_path / "pairs.csv"
    _write_csv(path, [["partner", "country", "type", "sectors"], ["Busan", "KR", "mou", ""]])
    bad = empty_run("import", str(path), "--set", "sectors=air bersih", code=2)
    assert bad.stderr.startswith("kerjasama: error: --set sectors 'air bersih': ")
    empty_run("sectors", "add", "air bersih", "--en", "clean water")
    empty_run("import", str(path), "--set", "sectors=air bersih")
    assert [r["sectors"] for r in empty_run.json("list")] == [["clean_water"]]


def test_a_bad_set_value_creates_no_registry(tmp_path):
    from conftest import Run

    path = tmp_path / "one.csv"
    _write_csv(path, [["partner", "country", "type"], ["Busan", "KR", "mou"]])
    fresh = Run(tmp_path / "new.db")
    fresh("import", str(path), "--set", "type=xx", code=2)
    assert not fresh.db.exists()
