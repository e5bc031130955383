"""`extract` on Word files as offices write them, and on the office files it does not read,
walked as a new user (issue 23, i48h): tracked changes, a table inside a table, a letterhead
kept in a table of the page header; an old .doc, a password-protected .docx, a workbook, an
OpenDocument text, a ZIP archive and an RTF file, each refused in one line saying what to give.
Every file is made here, small; the places and people are invented."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import Run

from kerjasama_cli.files.articles import read_article


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _text(path: Path) -> str:
    return read_article(str(path), path.read_bytes()).text


def _run(text: str, deleted: bool = False):  # noqa: ANN202 - an lxml element
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    body = OxmlElement("w:delText" if deleted else "w:t")
    body.set(qn("xml:space"), "preserve")
    body.text = text
    run.append(body)
    return run


def _revision(tag: str, text: str, deleted: bool = False):  # noqa: ANN202
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement(tag)
    mark.set(qn("w:id"), "1")
    mark.set(qn("w:author"), "Bagian Kerja Sama")
    mark.append(_run(text, deleted))
    return mark


def test_tracked_changes_read_as_the_document_now_says(run, tmp_path: Path) -> None:
    # The reviewer replaced "surat pernyataan kehendak" (an LoI) by "nota kesepahaman": the
    # inserted words were dropped (python-docx's text skips w:ins), the sentence lost its type.
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("Pemerintah Kabupaten Temanggung menandatangani ")
    paragraph._p.append(_revision("w:del", "surat pernyataan kehendak", deleted=True))
    paragraph._p.append(_revision("w:ins", "nota kesepahaman"))
    paragraph._p.append(_run(" dengan Kota Rennfeld, Jerman, Selasa (4/2/2025)."))
    path = tmp_path / "draf-revisi.docx"
    document.save(path)
    assert _text(path) == (
        "Pemerintah Kabupaten Temanggung menandatangani nota kesepahaman dengan Kota Rennfeld, "
        "Jerman, Selasa (4/2/2025)."
    )
    (draft,) = run.json("extract", str(path))
    assert (draft["partner"], draft["type"], draft["date"]) == ("Rennfeld", "mou", "2025-02-04")


def test_a_table_inside_a_table_cell_is_read(run, tmp_path: Path) -> None:
    # A report laid out in a table whose cell holds the facts' table: "has no text" before.
    import docx

    document = docx.Document()
    outer = document.add_table(rows=1, cols=1)
    inner = outer.rows[0].cells[0].add_table(rows=2, cols=2)
    rows = [
        (
            "Kegiatan",
            "Pemerintah Kabupaten Temanggung menandatangani nota kesepahaman dengan "
            "Kota Rennfeld, Jerman",
        ),
        ("Hari/tanggal", "Selasa, 4 Februari 2025"),
    ]
    for row, (label, value) in zip(inner.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    path = tmp_path / "laporan-tabel.docx"
    document.save(path)
    assert "Kegiatan: Pemerintah Kabupaten Temanggung menandatangani" in _text(path)
    (draft,) = run.json("extract", str(path))
    assert (draft["partner"], draft["type"]) == ("Rennfeld", "mou")


def test_a_letterhead_in_a_table_of_the_page_header_is_read(run, tmp_path: Path) -> None:
    # The "kop surat": the logo in one cell, the office's name in the next.
    import docx
    from docx.shared import Inches

    document = docx.Document()
    table = document.sections[0].header.add_table(rows=1, cols=2, width=Inches(6))
    table.rows[0].cells[1].text = "PEMERINTAH KABUPATEN TEMANGGUNG"
    document.add_paragraph(
        "Bupati menandatangani nota kesepahaman dengan Kota Rennfeld, Jerman, Selasa (4/2/2025)."
    )
    path = tmp_path / "surat.docx"
    document.save(path)
    assert _text(path).startswith("PEMERINTAH KABUPATEN TEMANGGUNG")
    (draft,) = run.json("extract", str(path))
    assert (draft["partner"], draft["type"]) == ("Rennfeld", "mou")


# An OLE2 compound file (old Office) names its streams in UTF-16 in its directory.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def _zip(names: dict[str, str]) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in names.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "english", "indonesian"),
    [
        ("lama.doc", _OLE + "WordDocument".encode("utf-16-le"), ".doc", ".docx"),
        ("rahasia.docx", _OLE + "EncryptedPackage".encode("utf-16-le"), "password", "sandi"),
        ("tabel.xls", _OLE + "Workbook".encode("utf-16-le"), "Office", "Office"),
        (
            "tabel.xlsx",
            _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}),
            "workbook",
            "buku kerja",
        ),
        (
            "surat.odt",
            _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
            "OpenDocument",
            "OpenDocument",
        ),
        ("arsip.zip", _zip({"artikel.txt": "Teks."}), "ZIP", "ZIP"),
        (
            "surat.rtf",
            rb"{\rtf1\ansi Pemerintah Kabupaten Temanggung menandatangani nota kesepahaman.}",
            "RTF",
            "RTF",
        ),
    ],
)
def test_an_office_file_it_does_not_read_is_one_line_naming_what_to_give(
    run, tmp_path: Path, name: str, data: bytes, english: str, indonesian: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for lang, word in (("en", english), ("id", indonesian)):
        result = run("extract", str(path), "--lang", lang, code=2)
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith(f"kerjasama: error: {path}: "), result.stderr
        assert word in result.stderr, result.stderr
        # no repr of a Python object, no library's English words
        assert "<_io" not in result.stderr and "Content_Types" not in result.stderr
        assert ".docx" in result.stderr, result.stderr  # what to give instead
    assert "not text (an image" not in run("extract", str(path), code=2).stderr


def test_every_file_that_cannot_be_read_is_named_each_on_its_line(run, tmp_path: Path) -> None:
    # Only the first was told: the user mended it, ran again, and met the next. The good
    # article drafts nothing either (nothing is written when any input fails).
    good = tmp_path / "baik.txt"
    good.write_text(
        "Pemerintah Kabupaten Temanggung menandatangani nota kesepahaman dengan Kota "
        "Rennfeld, Jerman, Selasa (4/2/2025).",
        encoding="utf-8",
    )
    old = tmp_path / "lama.doc"
    old.write_bytes(_OLE + "WordDocument".encode("utf-16-le"))
    missing = tmp_path / "tidak ada.txt"
    result = run("extract", str(old), str(good), str(missing), code=2)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith(f"kerjasama: error: {old}: an old Word document")
    assert lines[1].startswith(f"kerjasama: error: {missing}: ")


def test_a_letterhead_on_the_first_page_only_is_read(tmp_path: Path) -> None:
    # Word's "Different first page": the kop surat heads page one alone, in the first page's
    # header; the header of the pages after it was read instead.
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "PEMERINTAH KABUPATEN TEMANGGUNG"
    document.add_paragraph(
        "Bupati menandatangani nota kesepahaman dengan Kota Rennfeld, Jerman, Selasa (4/2/2025)."
    )
    path = tmp_path / "surat.docx"
    document.save(path)
    assert _text(path).startswith("PEMERINTAH KABUPATEN TEMANGGUNG\n\nBupati menandatangani")
