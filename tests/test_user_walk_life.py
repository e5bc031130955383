"""Defects a demanding new user met in the parts earlier walks left out (session 35): the legal
life of a cooperation, briefings, the bureau's own workbooks, two colleagues' registries and
undoing a change, in Indonesian. Each is driven through the CLI on a real SQLite file: the
failing command first, then what it must do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


# -- a term as the bureau writes it: "5 tahun" ----------------------------------------------------


@pytest.mark.parametrize("text", ["5 tahun", "5 Tahun", "5 (lima) tahun", "5 thn", "5 years"])
def test_a_term_written_with_its_unit_is_read(run: Run, tmp_path: Path, text: str) -> None:
    # The bureau's sheet says "Masa Berlaku: 5 tahun"; import refused the row with "Masa
    # Berlaku '5 tahun': must be a number of years", which it is.
    sheet = tmp_path / "bureau.csv"
    sheet.write_text(
        f'Nama Mitra,Negara,Jenis,Tanggal,Masa Berlaku\nBangkok,Thailand,MoU,5 Maret 2024,"{text}"\n',
        encoding="utf-8",
    )
    run("import", str(sheet))
    [row] = run.json("list", "-p", "Bangkok")
    assert row["valid_until"] == "2029-03-04"
    run("add", "-p", "Hanoi", "-c", "VN", "-t", "mou", "-d", "2024-03-05", "--term-years", text)
    [added] = run.json("list", "-p", "Hanoi")
    assert added["valid_until"] == "2029-03-04"


@pytest.mark.parametrize("text", ["5 bulan", "tahun 5", "lima tahun", "5 tahun 3"])
def test_a_term_in_other_words_is_still_refused_in_one_line(
    run: Run, db_path: Path, snapshot: Callable[[Path], bytes], text: str
) -> None:
    before = snapshot(db_path)
    result = run("add", "-p", "Hanoi", "-c", "VN", "-t", "mou", "--term-years", text, code=2)
    [line] = result.stderr.splitlines()
    assert line == f"kerjasama: error: --term-years '{text}': must be a number of years"
    assert snapshot(db_path) == before


# -- what an import would change, in the user's language -----------------------------------------


def test_an_import_names_what_it_changes_in_indonesian(run: Run, tmp_path: Path) -> None:
    # A colleague's export imported with --dry-run said "title: ..." and "term_years: 3.0 → 5.0"
    # among Indonesian words: the field names in English, the term as Python prints a float
    # (`history` says "masa berlaku (tahun): 3 → 5").
    run("add", "-p", "Busan", "-c", "KR", "-t", "agreement", "-d", "2022-06-01",
        "--term-years", "3", "--title", "PKS Busan")  # fmt: skip
    colleague = Run(tmp_path / "colleague.db")
    colleague("init", "--empty")
    colleague("add", "-p", "Busan", "-c", "KR", "-t", "agreement", "-d", "2022-06-01",
              "--term-years", "5", "--title", "PKS Busan (Ani)")  # fmt: skip
    shared = tmp_path / "ani.csv"
    colleague("export", "-o", str(shared))
    said = run("--lang", "id", "import", str(shared), "--dry-run").stderr
    assert "  masa berlaku (tahun): 3 → 5" in said.splitlines()[2]
    assert "title" not in said and "term_years" not in said and "3.0" not in said
    english = run("--lang", "en", "import", str(shared), "--dry-run").stderr
    assert "kerjasama:   term_years: 3 → 5" in english.splitlines()


def test_an_import_conflict_names_the_field_in_indonesian(run: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "bureau.csv"
    sheet.write_text(
        "mitra,negara,jenis,tanggal,judul\nBusan,Korsel,mou,2024-03-05,MoU Busan\n",
        encoding="utf-8",
    )
    run("import", str(sheet))
    run("edit", "busan-kr-mou-2024-03-05", "--title", "Diubah tangan")
    sheet.write_text(
        "mitra,negara,jenis,tanggal,judul\nBusan,Korsel,mou,2024-03-05,MoU Busan 2\n",
        encoding="utf-8",
    )
    said = run("--lang", "id", "import", str(sheet)).stderr
    [conflict] = [line for line in said.splitlines() if "konflik" in line]
    assert "busan-kr-mou-2024-03-05) judul: dipertahankan" in conflict


# -- undoing a change, said in the user's language ------------------------------------------------


def test_history_restore_names_the_fields_in_indonesian(run: Run) -> None:
    # `history restore` of an edit said "dibatalkan: title, end_date" where `edit` had said
    # "diubah ...: judul, akhir masa berlaku".
    run("edit", "1", "--title", "Judul baru", "--end-date", "2030-01-01")
    [change] = run.json("history", "-n", "1")
    said = run("--lang", "id", "history", "restore", str(change["id"])).stderr
    assert said.strip().endswith("dibatalkan: judul, akhir masa berlaku"), said
    run("edit", "1", "--title", "Lagi")
    [again] = run.json("history", "-n", "1")
    english = run("--lang", "en", "history", "restore", str(again["id"])).stderr
    assert english.strip().endswith(": title"), english


def test_a_restore_refused_for_a_later_change_names_the_fields_in_indonesian(run: Run) -> None:
    run("edit", "1", "--title", "Satu")
    [change] = run.json("history", "-n", "1")
    run("edit", "1", "--title", "Dua")
    result = run("--lang", "id", "history", "restore", str(change["id"]), code=2)
    [line] = result.stderr.splitlines()
    assert "judul" in line and "title" not in line


# -- the period report: the office's title, not a document's --------------------------------------


def test_the_period_report_calls_a_heads_title_jabatan(run: Run, tmp_path: Path) -> None:
    # "Ditandatangani per kepala daerah" had the columns "Kepala daerah | Judul | Dokumen":
    # "Judul" is a document's title; the column holds the office (Pj Gubernur).
    page = tmp_path / "laporan.html"
    run("--lang", "id", "report", "-o", str(page), "--period", "2025")
    signed = page.read_text(encoding="utf-8").split('id="period-signed"', 1)[1]
    signed = signed.split("</section>", 1)[0]
    assert "<th>Jabatan</th>" in signed.replace(' class="num"', "") and "Judul" not in signed


# -- a JSON list that is not of records, in Indonesian ---------------------------------------------


def test_a_json_list_of_numbers_is_refused_in_indonesian(run: Run, tmp_path: Path) -> None:
    # "c.json#1: record 1: diharapkan pemetaan ..." left the word "record" in English.
    path = tmp_path / "c.json"
    path.write_text("[1, 2]", encoding="utf-8")
    result = run("--lang", "id", "import", str(path), code=2)
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"kerjasama: {path}#1: catatan 1: "), first


# -- the bureau's workbook: every unknown column at once, the running number, a title row ---------


def test_every_unknown_column_is_named_in_the_one_line(run: Run, tmp_path: Path) -> None:
    # Each run named one unknown column: fix, run again, be told of the next.
    sheet = tmp_path / "bureau.csv"
    sheet.write_text(
        "Kota Kerja Sama,Negeri,Jenis,Tanggal,Pejabat\nLyon,Prancis,mou,5 Maret 2024,Ani\n",
        encoding="utf-8",
    )
    result = run("import", str(sheet), "--dry-run", code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kerjasama: error: {sheet}:1: column 'Kota Kerja Sama': unknown header")
    assert "'Negeri'" in line and "'Pejabat'" in line


def test_the_running_number_and_kota_mitra_columns_are_read(run: Run, tmp_path: Path) -> None:
    # A bureau's list starts with "No" (1, 2, 3...) and names the partner "Kota Mitra":
    # both were refused as unknown headers.
    sheet = tmp_path / "bureau.csv"
    sheet.write_text(
        "No,Kota Mitra,Negara,Jenis,Tanggal\n1,Lyon,Prancis,mou,5 Maret 2024\n"
        "2,Nantes,Prancis,loi,Maret 2024\n",
        encoding="utf-8",
    )
    run("import", str(sheet))
    assert {r["partner"] for r in run.json("list", "--country", "FR")} == {"Lyon", "Nantes"}


def test_a_title_row_above_the_headers_is_said(run: Run, tmp_path: Path) -> None:
    # A sheet with its title in A1 and the headers in row 3 said only "column 'DAFTAR ...':
    # unknown header": the way out (--header-row) was not named.
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DAFTAR KERJA SAMA LUAR NEGERI"])
    sheet.append([])
    sheet.append(["Nama Mitra", "Negara", "Jenis", "Tanggal"])
    sheet.append(["Bangkok", "Thailand", "MoU", "5 Maret 2024"])
    path = tmp_path / "bureau.xlsx"
    book.save(path)
    result = run("import", str(path), "--dry-run", code=2)
    [line] = result.stderr.splitlines()
    assert "'DAFTAR KERJA SAMA LUAR NEGERI'" in line and "--header-row" in line
    indonesian = run("--lang", "id", "import", str(path), "--dry-run", code=2).stderr
    assert "--header-row" in indonesian and "unknown" not in indonesian
    run("import", str(path), "--header-row", "3")
    assert len(run.json("list", "-p", "Bangkok")) == 1


# -- help in Indonesian names the arguments as its usage line does -----------------------------


@pytest.mark.parametrize(
    ("args", "english"),
    [
        (("evidence", "add"), ("RECORD", "STAGE")),
        (("evidence", "list"), ("RECORD",)),
        (("history",), ("CHANGE_ID",)),
    ],
)
def test_indonesian_help_names_arguments_as_its_usage_does(
    run: Run, args: tuple[str, ...], english: tuple[str, ...]
) -> None:
    # "Cara pakai: kerjasama evidence add [OPSI] CATATAN TAHAP" above "Catat bahwa kemitraan
    # RECORD mencapai STAGE": two names for one argument.
    shown = run("--lang", "id", *args, "--help").stdout
    for word in english:
        assert word not in shown


# -- a country as Indonesian officials write it --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Republik Korea", "KR"),  # Kemlu's name for South Korea
        ("Inggris Raya", "GB"),
        ("Persatuan Emirat Arab", "AE"),  # Kemlu's name for the UAE
        ("PEA", "AE"),  # not UEA: "Dubes UEA" in real27 then drafts a signatory it should not
        ("Skotlandia", "GB"),
        ("Irlandia Utara", "GB"),
        ("Tahta Suci", "VA"),
        ("Libanon", "LB"),
        ("Makau", "MO"),
    ],
)
def test_a_country_in_indonesian_official_usage_is_known(run: Run, name: str, code: str) -> None:
    # `--country "Republik Korea"` and "Persatuan Emirat Arab" said "unknown country" (the
    # ministry's own names), and a bureau sheet's rows with them were refused.
    run("add", "-p", "Kota Uji", "-c", name, "-t", "visit", "-d", "2024-05-01", "--title", "Uji")
    [row] = run.json("list", "-p", "Kota Uji")
    assert row["country"] == code


# -- an agreement turned into a visit by mistake: refused in the user's words ---------------------


def test_a_type_change_to_an_event_is_refused_in_indonesian(run: Run) -> None:
    # "--type 'kunjungan': visit adalah kegiatan ... masih memuat status 'proposed',
    # term_years '5'": the type, the fields and the status in English under --lang id.
    run("add", "-p", "Perth", "-c", "AU", "-t", "mou", "-d", "2024-03-05", "--term-years", "5",
        "--status", "proposed", "--title", "MoU Perth")  # fmt: skip
    result = run("--lang", "id", "edit", "perth-au-mou-2024-03-05", "--type", "kunjungan", code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith("kerjasama: error: --type 'kunjungan': kunjungan adalah kegiatan")
    assert "status 'diusulkan'" in line and "masa berlaku (tahun) '5'" in line
    assert "visit" not in line and "proposed" not in line and "term_years" not in line
    english = run("edit", "perth-au-mou-2024-03-05", "--type", "visit", code=2).stderr
    assert "a visit is an event" in english and "status 'proposed', term_years '5'" in english


# -- types and statuses as the bureau writes them -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "field", "code"),
    [
        (("-t", "provinsi kembar"), "type", "sister_city"),
        (("-t", "kunjungan kerja"), "type", "visit"),
        (("-t", "kunker"), "type", "visit"),
        (("-t", "mou", "--status", "usulan"), "status", "proposed"),
        (("-t", "mou", "--status", "kadaluarsa", "-d", "2015-01-01"), "status", "expired"),
        (("-t", "mou", "--status", "habis masa berlaku", "-d", "2015"), "status", "expired"),
    ],
)
def test_a_type_or_status_in_the_bureaus_words_is_read(
    run: Run, args: tuple[str, ...], field: str, code: str
) -> None:
    # "provinsi kembar" (Jakarta's sister provinces), "kunjungan kerja" (a working visit),
    # "usulan" (a proposal) and "kadaluarsa" (the common spelling) were refused.
    run("add", "-p", "Kota Uji", "-c", "JP", "--title", "Uji", *args)
    [row] = run.json("list", "-p", "Kota Uji")
    assert row[field] == code


# -- a passage found in an attached document, said in Indonesian ----------------------------------


def test_search_names_a_passage_from_a_document_in_indonesian(run: Run, tmp_path: Path) -> None:
    # `search mangrove` under --lang id printed "document: …Kesepahaman antara…" where a
    # passage from a title says "judul: ".
    text = tmp_path / "mou-perth.txt"
    text.write_text("Nota Kesepahaman tentang pengelolaan mangrove.\n", encoding="utf-8")
    run("attach", "1", str(text))
    shown = run("--lang", "id", "search", "mangrove").stdout
    assert "dokumen: " in shown and "document:" not in shown
    assert "document: " in run("search", "mangrove").stdout


# -- delete, then undo: the record comes back with its evidence and its documents ------------------


def test_restoring_a_deleted_record_brings_back_its_evidence_and_documents(
    run: Run, tmp_path: Path
) -> None:
    # `delete` took a record's evidence (a DPRD decision and its number) and its attached MoU
    # with it, without a line in the history; `history restore` brought the record back bare:
    # the decision's number was lost for good.
    run("add", "-p", "Perth", "-c", "AU", "-t", "mou", "-d", "2024-03-05", "--title", "MoU Perth")
    key = "perth-au-mou-2024-03-05"
    run(
        "evidence",
        "add",
        key,
        "persetujuan DPRD",
        "--date",
        "2024-01-10",
        "--number",
        "12/DPRD/2024",
    )
    scan = tmp_path / "mou-perth.txt"
    scan.write_text("Nota Kesepahaman Jakarta–Perth tentang mangrove.\n", encoding="utf-8")
    run("attach", key, str(scan), "--original-at", "Kemlu")
    before = run.json("evidence", "list", key)
    page = run.json("show", key)
    run("delete", key, "--yes")
    logged = run.json("history", "-n", "5")
    assert {(h["entity"], h["action"]) for h in logged} >= {
        ("record", "delete"),
        ("evidence", "delete"),
        ("document", "delete"),
    }
    [deleted] = [h for h in logged if h["entity"] == "record"]
    said = run("history", "restore", str(deleted["id"])).stderr
    assert "1 piece of evidence" in said and "1 document" in said, said
    assert run.json("evidence", "list", key) == before
    again = run.json("show", key)
    assert again["documents"] == page["documents"]
    assert "mangrove" in run("search", "mangrove").stdout


def test_restoring_a_delete_leaves_evidence_deleted_before_it_deleted(run: Run) -> None:
    # Only what the record's delete took comes back: evidence the user deleted just before,
    # by `evidence delete`, stays deleted.
    run("add", "-p", "Perth", "-c", "AU", "-t", "mou", "-d", "2024-03-05", "--title", "MoU Perth")
    key = "perth-au-mou-2024-03-05"
    run("evidence", "add", key, "penjajakan", "--date", "2023-05")
    run("evidence", "add", key, "persetujuan DPRD", "--date", "2024-01-10")
    [wrong] = [
        e["id"]
        for s in run.json("evidence", "list", key)["stages"]
        for e in s["evidence"]
        if s["stage"] == "exploration"
    ]
    run("evidence", "delete", str(wrong))
    run("delete", key, "--yes")
    [deleted] = [h for h in run.json("history", "-n", "3") if h["entity"] == "record"]
    run("history", "restore", str(deleted["id"]))
    stages = {s["stage"] for s in run.json("evidence", "list", key)["stages"] if s["evidence"]}
    assert "dprd_approval" in stages and "exploration" not in stages


# -- a bureau's SOP written with the stages' Indonesian names --------------------------------------


def test_stages_set_reads_the_regulations_stages_by_their_names(run: Run) -> None:
    # `stages set prakarsa penjajakan "persetujuan DPRD" ...` made a list of new keys
    # (prakarsa, persetujuan_dprd) beside the regulation's: evidence of `dprd_approval`, which
    # `evidence add ... "persetujuan DPRD"` had stored, was no stage of the list any more.
    run("evidence", "add", "1", "persetujuan DPRD", "--date", "2015-04")
    result = run("stages", "set", "prakarsa", "penjajakan", "pernyataan kehendak:loi",
                 "persetujuan DPRD", "penandatanganan:mou,agreement,sister_city", "pelaksanaan",
                 "Rapat Koordinasi TKKSD", "--local-party", "DKI Jakarta")  # fmt: skip
    keys = [s["stage"] for s in run.json("stages", "list", "--local-party", "DKI Jakarta")]
    assert keys == [
        "initiative", "exploration", "loi", "dprd_approval", "signing", "implementation",
        "rapat_koordinasi_tkksd",
    ]  # fmt: skip
    assert "'persetujuan DPRD' → dprd_approval" in result.stderr
    reached = {s["stage"] for s in run.json("evidence", "list", "1")["stages"] if s["evidence"]}
    assert "dprd_approval" in reached


def test_list_stage_takes_a_stages_name(run: Run) -> None:
    # `list --stage "persetujuan DPRD"` said "--stage 'persetujuan_dprd': in no stage list",
    # where `evidence add` and `import` take the name.
    run("add", "-p", "Perth", "-c", "AU", "-t", "other", "-d", "2024", "--title", "Usulan")
    run("evidence", "add", "perth-au-other-2024", "persetujuan DPRD", "--date", "2024-04")
    by_key = run.json("list", "--stage", "dprd_approval")
    assert by_key and run.json("list", "--stage", "persetujuan DPRD") == by_key


def test_the_stage_list_heading_has_no_brackets_in_brackets(run: Run) -> None:
    # "Tahapan (daftar baku (menurut peraturan))" under --lang id.
    for args in (("stages", "list"), ("show", "1"), ("evidence", "list", "1")):
        shown = run("--lang", "id", *args).stdout
        assert "Tahapan (daftar baku menurut peraturan)" in shown and "))" not in shown


# -- the team's accounts: a table with its headings and the bureau's clock ------------------------


def test_users_list_reads_as_the_other_tables(run: Run) -> None:
    # `users list` printed "ani  2026-12-07T15:13:17+00:00": no headings, the stored UTC stamp
    # where `history` shows the local time with its offset.
    run("users", "add", "ani", "--password-stdin", input="s3cret-pass\n")
    lines = run("--lang", "id", "users", "list").stdout.splitlines()
    assert lines[0].split() == ["Nama", "Ditambahkan", "(waktu", "setempat)"]
    assert lines[1].startswith("ani ") and "T" not in lines[1] and lines[1][-6] in "+-"
    [account] = run.json("users", "list")
    assert "T" in account["added"]  # the machine format keeps the stored stamp
