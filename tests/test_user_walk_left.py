"""Defects the new user's walk (session 34, tests/test_user_walk.py) found and left, each driven
through the CLI on a real SQLite file: the failing command first, then what it must do."""

from __future__ import annotations

from pathlib import Path

from conftest import Run, run_module

# -- a new registry is announced only once it is there ------------------------------------------


def test_a_failed_command_on_a_new_registry_does_not_announce_it(run: Run) -> None:
    # `--db new.db add` with a bad date said "created new.db and loaded the bundled seed", then
    # failed and removed new.db: the user was told of a file that no longer existed.
    result = run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "soon", code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith("kerjasama: error: --date 'soon'")
    assert not run.db.exists()


def test_a_new_registry_is_announced_once_the_command_succeeded(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    done = run_module("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2025-03-03", db=db)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[-1] == f"kerjasama: created {db} and loaded the bundled seed (69 rows)"
    assert sum("loaded the bundled seed" in line for line in lines) == 1
    assert db.exists()


# -- a partner's country, by its name as every other command says it ----------------------------


def test_partners_show_names_the_country_in_the_chosen_language(seeded_run: Run) -> None:
    # `partners show Busan` said "Country  KR" where `show` says "South Korea (KR)".
    run = seeded_run
    run("add", "-p", "Busan", "-c", "KR", "-t", "visit", "-d", "2024-05-01", "--title", "Visit")
    [english] = [
        x for x in run("partners", "show", "Busan").stdout.splitlines() if x.startswith("Country")
    ]
    assert english.split() == ["Country", "South", "Korea", "(KR)"]
    shown = run("--lang", "id", "partners", "show", "Busan").stdout
    assert "Korea Selatan (KR)" in shown
    # the machine format keeps the code
    assert run.json("partners", "show", "Busan")["country"] == "KR"


# -- a partner typed with its country, as an import's partner cell reads --------------------------


def test_add_reads_a_partner_with_its_country_as_import_does(run: Run, tmp_path: Path) -> None:
    # `import` reads the cell "Varna, Bulgaria" as Varna in Bulgaria; `add -p "Varna, Bulgaria"`
    # said "no such partner; give --country to create it".
    run("add", "-p", "Varna, Bulgaria", "-t", "mou", "-d", "2025-01-01", "--title", "MoU")
    [partner] = run.json("partners", "list", "--name", "Varna")
    assert (partner["name"], partner["country"]) == ("Varna", "BG")
    sheet = tmp_path / "bureau.csv"
    sheet.write_text('mitra,jenis,tanggal\n"Varna, Bulgaria",loi,2024-01-01\n', encoding="utf-8")
    run("import", str(sheet))
    assert len(run.json("list", "-p", "Varna")) == 2
    assert len(run.json("partners", "list", "--name", "Varna")) == 1


def test_edit_moves_a_record_to_a_partner_typed_with_its_country(run: Run) -> None:
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2025-01-01", "--title", "MoU")
    run("edit", "busan-kr-mou-2025-01-01", "-p", "Plovdiv, Bulgaria")
    [row] = run.json("list", "-p", "Plovdiv")
    assert (row["partner"], row["country"]) == ("Plovdiv", "BG")


def test_a_partner_whose_country_part_is_no_country_is_refused_as_import_does(
    run: Run, tmp_path: Path
) -> None:
    result = run("add", "-p", "Varna, Bulgary", "-t", "mou", "-d", "2025-01-01", code=2)
    [line] = result.stderr.splitlines()
    assert line == (
        "kerjasama: error: --partner 'Varna, Bulgary': no such partner; give --country to create it"
    )
    sheet = tmp_path / "bureau.csv"
    sheet.write_text('mitra,jenis,tanggal\n"Varna, Bulgary",loi,2024-01-01\n', encoding="utf-8")
    rejected = run("import", str(sheet), code=2).stderr.splitlines()[0]
    assert rejected.endswith("mitra 'Varna, Bulgary': no such partner; a new one needs its country")


# -- a date stored with a time of day: midnight is the date itself, another time is refused -----


def test_an_excel_date_cell_at_midnight_reads_as_its_date(run: Run, tmp_path: Path) -> None:
    # A date typed in Excel is stored as a datetime at 00:00: the day, not a time of day; a
    # real time of day is refused in one line.
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Mitra", "Negara", "Jenis", "Tanggal", "Tanggal berakhir"])
    sheet.append(["Busan", "Korsel", "MoU", dt.datetime(2025, 3, 5), dt.datetime(2027, 3, 4)])
    sheet.append(["Osaka", "Jepang", "LoI", dt.datetime(2025, 3, 6, 14, 30), None])
    path = tmp_path / "bureau.xlsx"
    book.save(path)
    result = run("import", str(path), "--skip-invalid", "--rejects", str(tmp_path / "r.csv"))
    [reject] = [line for line in result.stderr.splitlines() if "Sheet!3" in line]
    assert reject.endswith("Tanggal '2025-03-06 14:30:00': has a time of day; give the date only")
    [row] = run.json("list", "-p", "Busan")
    assert (row["date"], row["valid_until"]) == ("2025-03-05", "2027-03-04")


def test_a_yaml_date_with_a_time_of_day_is_refused_as_a_workbook_cell_is(
    run: Run, tmp_path: Path
) -> None:
    # YAML reads `date: 2025-03-06 14:30:00` as a datetime: its time was dropped without a word,
    # where the same value in a workbook cell is refused.
    path = tmp_path / "visits.yaml"
    path.write_text(
        "- {partner: Busan, country: KR, type: mou, date: 2025-03-05 00:00:00}\n"
        "- {partner: Osaka, country: JP, type: loi, date: 2025-03-06 14:30:00}\n",
        encoding="utf-8",
    )
    result = run("import", str(path), code=2)
    [reject, _summary] = result.stderr.splitlines()
    assert reject.endswith("date '2025-03-06 14:30:00': has a time of day; give the date only")
    assert "would insert 1" in _summary
