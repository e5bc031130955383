"""Defects a new user met walking through the CLI with real data (session 34), each driven
through the CLI on a real SQLite file: the failing command first, then what it must do."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run, run_module


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


# -- dates with their weekday, as officials and newspapers write them ---------------------------


@pytest.mark.parametrize(
    "text", ["Senin, 3/3/2025", "Senin 3/3/2025", "Senin (3/3/2025)", "Monday, 03-03-2025"]
)
def test_a_weekday_before_a_numeric_date_is_read(run: Run, text: str) -> None:
    # `import` of a bureau sheet with "Senin, 3/3/2025" refused the row ('3' not understood),
    # while "Senin, 3 Maret 2025" and "3/3/2025" were read.
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", text, "--title", "MoU")
    [row] = run.json("list", "-p", "Busan", "--type", "mou")
    assert row["date"] == "2025-03-03"


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Selasa, 3 Maret 2025", "Selasa"),
        ("Selasa, 3/3/2025", "Selasa"),
        ("Friday, March 3, 2025", "Friday"),
        ("Kamis, 20 Februari 2025 - Jumat, 11 Agustus 2025", "Jumat"),
    ],
)
def test_a_weekday_that_contradicts_the_date_is_refused(
    run: Run, db_path: Path, snapshot: Callable[[Path], bytes], text: str, given: str
) -> None:
    # 3 March 2025 is a Monday: "Selasa, 3 Maret 2025" was stored as 3 March without a word,
    # though one of the two is wrong (a day mistyped, or the weekday).
    before = snapshot(db_path)
    result = run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", text, code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kerjasama: error: --date '{text}': ")
    assert given in line and "Monday" in line and "check" in line
    assert snapshot(db_path) == before


def test_a_contradicting_weekday_is_said_in_indonesian(run: Run) -> None:
    result = run(
        "--lang", "id", "add", "-p", "Busan", "-t", "mou", "-d", "Selasa, 3/3/2025", code=2
    )
    [line] = result.stderr.splitlines()
    assert "Senin" in line and "Monday" not in line and "Selasa" in line


def test_an_import_row_with_a_weekday_and_a_numeric_date(run: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "bureau.csv"
    sheet.write_text(
        'mitra,negara,jenis,tanggal\nOsaka,Jepang,loi,"Senin, 3/3/2025"\n'
        'Lyon,Prancis,mou,"Selasa, 3/3/2025"\n',
        encoding="utf-8",
    )
    result = run("import", str(sheet), code=2)
    [reject, summary] = result.stderr.splitlines()
    assert reject.startswith(f"kerjasama: {sheet}:3: tanggal 'Selasa, 3/3/2025': ")
    assert "1 rejected" in summary and "would insert 1" in summary


# -- what falls due: a partnership's last activity at the precision it is known ------------------


def test_agenda_says_the_last_activity_at_its_own_precision(run: Run) -> None:
    # A visit known to May 2019 was shown as "last activity 2019-05-31", a day no source gave;
    # "akhir 2022" (September to December) as "2022-12-31".
    run("add", "-p", "Hanoi", "-c", "VN", "-t", "visit", "-d", "Mei 2019", "--title", "Visit")
    run("add", "-p", "Oslo", "-c", "NO", "-t", "visit", "-d", "akhir 2022", "--title", "Visit")
    lines = run("agenda").stdout.splitlines()
    [hanoi] = [line for line in lines if "Hanoi" in line]
    [oslo] = [line for line in lines if "Oslo" in line]
    assert hanoi.endswith("Hanoi (last activity 2019-05)")
    assert "2022-12-31" not in oslo and oslo.endswith("Oslo (last activity ~2022)")
    # The machine formats keep the latest possible day, from which the due day is counted.
    items = {i["partner"]: i for i in run.json("agenda") if i["kind"] == "dormant"}
    assert items["Hanoi"]["last_activity"] == "2019-05-31"
    assert items["Hanoi"]["date"] == "2022-05-31"


# -- evidence of a stage, as the bureau names it -------------------------------------------------


def test_evidence_add_takes_a_stage_by_its_name_as_import_does(run: Run) -> None:
    # The stage column of an import reads "persetujuan DPRD"; `evidence add` refused it as
    # 'persetujuan_dprd' (a value the user never typed).
    run("evidence", "add", "1", "persetujuan DPRD", "--date", "2015-04")
    run("evidence", "add", "1", "letter of intent", "--date", "2015-02")
    reached = {s["stage"] for s in run.json("evidence", "list", "1")["stages"]}
    assert {"dprd_approval", "loi"} <= reached
    result = run("evidence", "add", "1", "persetujuan DPR", code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith(
        "kerjasama: error: STAGE 'persetujuan DPR': not in the default stage list"
    )


def test_the_same_evidence_twice_is_stored_once(run: Run) -> None:
    # `evidence add` twice with the same values stored two identical rows (the seed's and an
    # import's evidence are stored once).
    args = ("evidence", "add", "1", "dprd_approval", "--date", "2015-04", "--number", "12/2015")
    first = run(*args)
    again = run(*args)
    assert "evidence" in first.stderr and "already" in again.stderr
    [dprd] = [
        s for s in run.json("evidence", "list", "1")["stages"] if s["stage"] == "dprd_approval"
    ]
    assert len(dprd["evidence"]) == 1


# -- an end of validity before the date: the values as typed, never None -------------------------


def test_an_end_before_a_range_date_names_both_as_given(run: Run) -> None:
    # Said "is before the record's date None" (a range has no ISO text) and named the end date
    # as '2018-01-01' where the user typed '1 Januari 2018'.
    add = ("add", "-p", "Busan", "-c", "KR", "-t", "agreement", "--title", "Agreement")
    result = run(*add, "-d", "2019..2020", "--end-date", "1 Januari 2018", code=2)
    [line] = result.stderr.splitlines()
    assert line == (
        "kerjasama: error: --end-date '1 Januari 2018': is before the record's date 2019..2020; "
        "an agreement cannot end before it starts"
    )


@pytest.mark.parametrize(
    ("date", "shown"), [("2030..2031", "2030..2031"), ("akhir 2030", "2030-09..2030-12")]
)
def test_an_edit_moving_the_date_past_the_end_names_the_date_as_given(
    run: Run, date: str, shown: str
) -> None:
    # Said "--date: is after ..." (the value left out) for a range, "--date '2030'" for
    # "akhir 2030".
    run("add", "-p", "Busan", "-c", "KR", "-t", "agreement", "-d", "2025-01-01",
        "--end-date", "2026-12-31", "--title", "Agreement")  # fmt: skip
    result = run("edit", "busan-kr-agreement-2025-01-01", "--date", date, code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kerjasama: error: --date '{date}': is after the record's end date")
    assert "None" not in line


def test_an_import_row_ending_before_its_date_names_the_end_as_typed(
    run: Run, tmp_path: Path
) -> None:
    sheet = tmp_path / "bureau.csv"
    sheet.write_text(
        "mitra,negara,jenis,tanggal,tanggal berakhir\nBusan,Korsel,perjanjian,2019..2020,"
        "1 Januari 2018\n",
        encoding="utf-8",
    )
    result = run("import", str(sheet), code=2)
    assert (
        f"{sheet}:2: tanggal berakhir '1 Januari 2018': is before the record's date 2019..2020"
        in (result.stderr)
    )


# -- ids typed as numbers: one line, never a traceback -------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("history", "restore", "99999999999999999999"), "CHANGE_ID"),
        (("evidence", "delete", "99999999999999999999"), "ID"),
        (("history", "restore", "abc"), "CHANGE_ID"),
        (("evidence", "delete", "abc"), "ID"),
    ],
)
def test_an_id_too_large_or_not_a_number_is_one_line(
    run: Run, db_path: Path, snapshot: Callable[[Path], bytes], args: tuple[str, ...], named: str
) -> None:
    # An id past SQLite's integers ended in a traceback (OverflowError); 'abc' in Click's
    # "'abc' is not a valid int" (Python's word, in both languages).
    run("list")
    before = snapshot(db_path)
    for lang, word in (("en", "whole number"), ("id", "bilangan bulat")):
        result = run("--lang", lang, *args, code=2)
        [line] = result.stderr.splitlines()
        assert line.startswith(f"kerjasama: error: {named} '{args[-1]}': ") and word in line
        assert "int" not in line.split(": ", 2)[2]
    assert snapshot(db_path) == before


# -- what falls due past the calendar's end: never, not a traceback ------------------------------


@pytest.mark.parametrize(
    "setting",
    [
        "dormant_years=99999",
        "warn_months=99999",
        "notice_months=99999",
        "waiting_days=99999",
        "trip_report_days=99999",
        "report_due_days=99999",
    ],
)
def test_agenda_and_report_with_the_largest_settings_accepted(
    run: Run, tmp_path: Path, setting: str
) -> None:
    # `settings set dormant_years 99999` is accepted (0 to 99999), and then `agenda` and
    # `report --period` ended in a traceback: "ValueError: year 102024 is out of range".
    name, value = setting.split("=")
    run("settings", "set", name, value)
    run("agenda")
    run("agenda", "--format", "json")
    run("report", "-o", str(tmp_path / "briefing.html"), "--period", "2025")


def test_agenda_with_an_agreement_dated_near_the_calendars_end(run: Run) -> None:
    # A date past 2100 is kept when insisted on ('!'); its term ran past year 9999 and the
    # agenda ended in a traceback.
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "9999-06-01!", "--term-years", "5",
        "--title", "Far")  # fmt: skip
    run("agenda")
    run("list", "--expiring", "1y")


# -- export then import gives the registry back, far dates included -----------------------------


@pytest.mark.parametrize("name", ["registry.csv", "registry.yaml", "registry.ndjson"])
def test_far_dates_survive_export_and_import(run: Run, tmp_path: Path, name: str) -> None:
    # An end of validity past 2100 (accepted with '!') was exported as '2130-01-01', which the
    # import then refused; a year before 1000 was written '1-01' (not a date at all).
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2025-01-01",
        "--end-date", "2130-01-01!", "--title", "Long")  # fmt: skip
    run("add", "-p", "Busan", "-t", "visit", "-d", "0999-03!", "--title", "Old")
    out = tmp_path / name
    run("export", "-p", "Busan", "-o", str(out))
    copy = Run(tmp_path / "copy.db")
    copy("init", "--empty")
    copy("import", str(out))
    rows = {r["title"]: r for r in copy.json("list", "-p", "Busan")}
    assert rows["Old"]["date"] == "0999-03" and rows["Old"]["date_start"] == "0999-03-01"
    exported = copy("export", "-p", "Busan", "--type", "mou", "--format", "ndjson").stdout
    [long] = [json.loads(line) for line in exported.splitlines()]
    assert long["end_date"] == "2130-01-01!"


def test_a_leaders_term_before_1900_survives_export_and_import(run: Run, tmp_path: Path) -> None:
    run("leaders", "add", "--name", "Old Governor", "--title", "Gubernur",
        "--from", "1890-01-01!", "--to", "1895-01-01!")  # fmt: skip
    out = tmp_path / "registry.yaml"
    run("export", "-o", str(out))
    copy = Run(tmp_path / "copy.db")
    copy("init", "--empty")
    copy("import", str(out))
    terms = {t["name"]: t for t in copy.json("leaders", "list")}
    assert terms["Old Governor"]["from"] == "1890-01-01"


# -- a file that cannot be written is named as the user gave it ---------------------------------


def test_an_output_that_cannot_be_written_is_named_not_its_temporary(
    run: Run, tmp_path: Path
) -> None:
    # On a read-only file system the clean-up of the hidden temporary failed too, and its error
    # ("ro/.x.csv.tmp: Read-only file system") replaced the one naming the file asked for. A
    # directory where the temporary goes fails the same two ways.
    (tmp_path / ".out.csv.tmp").mkdir()
    result = run("export", "-o", str(tmp_path / "out.csv"), code=1)
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kerjasama: error: {tmp_path / 'out.csv'}: cannot be written (")
    assert not (tmp_path / "out.csv").exists()


def test_a_workbook_that_cannot_be_written_is_one_line(run: Run, tmp_path: Path) -> None:
    # openpyxl's unfinished sheet printed "Exception ignored in: <generator object
    # WorksheetWriter.get_stream ...>" and two tracebacks under the error line.
    (tmp_path / ".out.xlsx.tmp").mkdir()
    result = run_module("export", "-o", str(tmp_path / "out.xlsx"), db=run.db)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kerjasama: error: {tmp_path / 'out.xlsx'}: cannot be written (")


def test_an_accounts_file_that_cannot_be_written_is_named(run: Run) -> None:
    accounts = run.db.with_name(run.db.name + ".accounts.json")
    accounts.with_name(f".{accounts.name}.tmp").mkdir()
    result = run("users", "add", "ani", "--password-stdin", input="s3cret-pass\n", code=1)
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kerjasama: error: {accounts}: cannot be written (")


# -- a partner named without its accents, as `list -p` takes it ---------------------------------


def test_show_and_partners_show_fold_accents_as_list_does(run: Run) -> None:
    # `list -p malmo` finds Malmö; `show Malmo` and `partners show Malmo` said "no partner by
    # that id, key, name or alias; did you mean 'Malmö'?", and `partners show MALMÖ` (a
    # non-ASCII capital) nothing at all.
    run("add", "-p", "Malmö", "-c", "SE", "-t", "visit", "-d", "2024-05-01", "--title", "Visit")
    assert len(run.json("list", "-p", "malmo")) == 1
    for ref in ("Malmo", "MALMÖ", "malmo"):
        assert run("show", ref).stdout.startswith("#")
        assert "Malmö" in run("partners", "show", ref).stdout
    run("partners", "edit", "Malmo", "--add-alias", "Malmoe")
    assert run.json("partners", "list", "--name", "Malmoe")[0]["name"] == "Malmö"


def test_a_folded_name_two_partners_share_is_still_ambiguous(run: Run) -> None:
    run("add", "-p", "Malmö", "-c", "SE", "-t", "visit", "-d", "2024-05-01", "--title", "A")
    run("add", "-p", "Malmô", "-c", "FR", "-t", "visit", "-d", "2024-05-02", "--title", "B")
    assert "2 partners" in run("partners", "show", "Malmo").stdout
    result = run("partners", "edit", "Malmo", "--notes", "x", code=2)
    assert "names 2 partners" in result.stderr
    # the same letters in another case name one of them
    assert "SE" in run("partners", "show", "MALMÖ").stdout


# -- a workbook's formulas: their values, or a reject, never an empty cell in silence ------------


def test_a_formula_without_a_saved_value_rejects_its_row(run: Run, tmp_path: Path) -> None:
    # A workbook written by a script (openpyxl, pandas) holds formulas with no computed value;
    # the title "=CONCATENATE(...)" and the term "=2+3" were imported as empty, without a word.
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Mitra", "Negara", "Jenis", "Tanggal", "Judul", "Masa berlaku"])
    sheet.append(["Busan", "Korsel", "MoU", "2025-03-05", '=CONCATENATE("MoU ",A2)', "=2+3"])
    sheet.append(["Osaka", "Jepang", "LoI", "2025-03-06", "LoI Osaka", 2])
    path = tmp_path / "bureau.xlsx"
    book.save(path)
    result = run("import", str(path), code=2)
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"kerjasama: {path}:Sheet!2: Judul '=CONCATENATE(")
    assert "a formula with no saved value" in lines[0]
    assert "would insert 1" in lines[-1]
    assert run.json("list", "-p", "Osaka") == []


def test_a_formula_with_its_saved_value_imports_the_value(run: Run, tmp_path: Path) -> None:
    # As Excel and LibreOffice save a formula: the formula and its computed value beside it.
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Mitra", "Negara", "Jenis", "Tanggal", "Judul"])
    sheet.append(["Busan", "Korsel", "MoU", "2025-03-05", '=CONCATENATE("MoU ",A2)'])
    written = tmp_path / "written.xlsx"
    book.save(written)
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<v></v>", b"<v>MoU Busan</v>").replace(
                    b'<c r="E2">', b'<c r="E2" t="str">'
                )
            target.writestr(item, data)
    run("import", str(saved))
    [row] = run.json("list", "-p", "Busan", "--type", "mou")
    assert row["title"] == "MoU Busan"


# -- history in Indonesian: the names of what changed too ---------------------------------------


def test_history_names_a_settings_change_in_indonesian(run: Run) -> None:
    # "value: — → 2" was left in English among Indonesian words.
    run("settings", "set", "dormant_years", "2")
    shown = run("--lang", "id", "history", "-n", "1").stdout
    assert "value" not in shown and "nilai: — → 2" in shown


# -- ids after delete: evidence too ---------------------------------------------------------------


def test_a_deleted_evidence_id_is_not_given_out_again(run: Run) -> None:
    # `evidence delete 8` then `evidence add` gave the new row id 8 again: the history of the
    # deleted row and the new one read as one entry, and "evidence 8" named two things.
    def added(stage: str) -> int:
        line = run("evidence", "add", "1", stage, "--date", "2015-04").stderr
        return int(line.split("evidence ", 1)[1].split(":", 1)[0])

    first = added("dprd_approval")
    run("evidence", "delete", str(first))
    second = added("central_approval")
    assert second > first
    logged = [h for h in run.json("history", "-n", "5") if h["entity"] == "evidence"]
    assert [h["action"] for h in logged if h["entity_id"] == first] == ["delete", "insert"]


def test_a_deleted_leader_terms_id_is_not_given_out_again(run: Run) -> None:
    # `leaders delete` of the latest term, then `leaders add`: the new term took the same id.
    add = ("leaders", "add", "--title", "Pj Gubernur")
    first = run(*add, "--name", "Zed", "--from", "2040-01-01", "--to", "2040-02-01").stderr
    first_id = int(first.split("#", 1)[1].split(" ", 1)[0])
    run("leaders", "delete", str(first_id), "--yes")
    second = run(*add, "--name", "Yan", "--from", "2041-01-01", "--to", "2041-02-01").stderr
    assert int(second.split("#", 1)[1].split(" ", 1)[0]) > first_id


def test_the_period_report_gives_a_partnerships_last_activity_at_its_precision(
    run: Run, tmp_path: Path
) -> None:
    # "Activity per partnership" said Last 2025-03-31 for an MoU of March 2025 (the interval's
    # last day, which no source gave), as the agenda did.
    run("add", "-p", "Seoul", "-c", "KR", "-t", "mou", "-d", "Maret 2025", "--title", "MoU")
    page = tmp_path / "briefing.html"
    run("report", "-o", str(page), "--period", "Q1 2025")
    html = page.read_text(encoding="utf-8")
    activity = html.split('id="period-activity"', 1)[1].split("</section>", 1)[0]
    row = activity.split("<td>Seoul</td>", 1)[1].split("</tr>", 1)[0]
    assert "2025-03-31" not in row and "<td>2025-03</td>" in row
