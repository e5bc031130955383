"""Excel the bureau's way: `export --lang id` (CSV and xlsx) writes Indonesian headers, labels and
dates, `--excel` a ';'-separated CSV with a BOM; `import` reads them back, and round trips hold."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import Run

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.bureau import headers
from kerjasama_cli.domain.tabular import FIELDS, field_for
from kerjasama_cli.i18n import translator


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_header_and_label_reads_back(lang):
    assert [field_for(h) for h in headers(lang)] == list(FIELDS)
    t = translator(lang)
    for context, table in (
        ("type", {**vocab.AGREEMENT_TYPES, **vocab.EVENT_TYPES}),
        ("status", vocab.STATUSES),
        ("sector", vocab.SECTORS),
        ("partner kind", vocab.PARTNER_KINDS),
    ):
        for code in table:
            assert vocab.normalise(context, t.word(context, code), table) == code, (context, code)


def _rows(path) -> list[dict[str, str]]:
    text = path.read_text("utf-8-sig")
    delimiter = ";" if text.split("\n", 1)[0].count(";") > 3 else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def test_export_in_indonesian_writes_the_bureaus_words(run, tmp_path):
    out = tmp_path / "kerjasama.csv"
    run("export", "-o", str(out), "--lang", "id")
    rows = _rows(out)
    assert list(rows[0])[:4] == ["kunci", "jenis catatan", "jenis", "mitra"]
    jeju = next(r for r in rows if r["mitra"] == "Jeju")
    assert jeju["jenis"] == "kota kembar" and jeju["negara"] == "Korea Selatan"
    gyeonggi = next(r for r in rows if r["mitra"] == "Gyeonggi-do")
    assert gyeonggi["tanggal"] == "12 Mei 2015" and gyeonggi["status"] == "aktif"
    assert "pendidikan" in gyeonggi["bidang"].split(";")


def test_without_lang_the_file_keeps_codes_whatever_the_default(run, tmp_path):
    out = tmp_path / "codes.csv"
    run("export", "-o", str(out), env={"KERJASAMA_LANG": "id"})
    rows = _rows(out)
    assert "type" in rows[0] and {r["type"] for r in rows} >= {"sister_city", "mou"}
    json_id = run("export", "-f", "json", "--lang", "id").stdout
    assert json_id == run("export", "-f", "json", "--lang", "en").stdout  # JSON: English keys


def test_excel_csv_has_semicolons_and_a_bom(run, tmp_path):
    out = tmp_path / "excel.csv"
    run("export", "-o", str(out), "--excel", env={"KERJASAMA_LANG": "id"})
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].split(b"\n", 1)[0].startswith(b"kunci;jenis catatan;jenis;mitra;")
    english = tmp_path / "excel-en.csv"
    run("export", "-o", str(english), "--excel", "--lang", "en")
    assert english.read_bytes()[3:].startswith(b"key;kind;type;partner;")
    assert "--excel" in run("export", "-f", "json", "--excel", code=2).stderr


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
@pytest.mark.parametrize("options", [["--lang", "id"], ["--lang", "en"], ["--excel"], []])
def test_round_trip(run, tmp_path, suffix, options):
    if suffix == "xlsx" and options == ["--excel"]:
        options = ["--excel", "--lang", "id"]
    first = tmp_path / f"first.{suffix}"
    run("export", "-o", str(first), *options)
    again = run("import", str(first), "--dry-run").stderr
    assert "update 0" in again and "0 rejected" in again  # the same registry: nothing changes
    from conftest import Run

    fresh = Run(tmp_path / "fresh.db")
    fresh("init", "--empty")
    assert "0 rejected" in fresh("import", str(first)).stderr
    second = tmp_path / f"second.{suffix}"
    fresh("export", "-o", str(second), *options)
    if suffix == "csv":
        assert second.read_bytes() == first.read_bytes()
    else:
        from openpyxl import load_workbook

        def cells(path):
            sheet = load_workbook(path, read_only=True).active
            return [list(r) for r in sheet.iter_rows(values_only=True)]

        assert cells(second) == cells(first)
