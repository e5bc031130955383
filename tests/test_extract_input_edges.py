"""`extract FILE…` on the inputs a reviewer tries first and the tests of the formats did not
(issue 23, i44h): a text saved as UTF-16 or with a BOM, an empty file, a directory, a binary
file, a file far larger than an article, a PDF of several pages, a Word document whose letterhead
is in its header and whose facts are in a table. Each article is new text with invented places
and people; every file is made here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Run, run_module
from pdf_files import text_pdf

from kerjasama_cli.files.articles import MAX_ARTICLE_CHARS, read_article


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


# A regency's release about a letter of intent with a town the gazetteer lacks.
ARTICLE = (
    "Pemerintah Kabupaten Temanggung menandatangani letter of intent (LoI) dengan Kota "
    "Rennfeld, Jerman, Selasa (4/2/2025).\n\n"
    "LoI itu diteken Bupati Temanggung Agus Setyawan dan Wali Kota Rennfeld Uwe Kessler di "
    "Pendopo Pengayoman. “Kami ingin petani kopi kami belajar dari Rennfeld,” kata Agus."
)


def _drafted(drafts: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(d["partner"], d["type"], d["date"]) for d in drafts]


def _one_line(result, path: object, *words: str) -> None:
    """One line on stderr, naming the input, holding `words`; nothing on stdout."""
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"kerjasama: error: {path}: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_a_text_saved_as_utf16_or_with_a_bom_is_read(run, tmp_path: Path, encoding: str) -> None:
    # Notepad's "Unicode" is UTF-16 with its byte order mark; "-le"/"-be" write none (the text
    # itself tells the order: every other byte of Latin text is zero).
    path = tmp_path / f"rilis-{encoding}.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    assert _drafted(run.json("extract", str(path))) == [("Rennfeld", "loi", "2025-02-04")]


def test_utf16_on_stdin_is_read_too(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "extract", "-", "--format", "json"],
        input=ARTICLE.encode("utf-16"),
        capture_output=True,
        env={"KERJASAMA_DB": str(tmp_path / "k.db"), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert b'"partner": "Rennfeld"' in result.stdout


@pytest.mark.parametrize("content", [b"", b"  \r\n\n\t \n", "\ufeff\n".encode()])
def test_an_empty_file_is_one_line_exit_2(run, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kosong.txt"
    path.write_bytes(content)
    _one_line(run("extract", str(path), code=2), path, "empty", "article")
    result = run("extract", str(path), "--lang", "id", code=2)
    _one_line(result, path, "kosong")


def test_empty_stdin_is_one_line_exit_2(run) -> None:
    _one_line(run("extract", "-", input="", code=2), "<stdin>", "empty")


def test_a_directory_is_one_line_that_asks_for_a_file(run, tmp_path: Path) -> None:
    folder = tmp_path / "artikel"
    folder.mkdir()
    _one_line(run("extract", str(folder), code=2), folder, "directory", "article file")
    _one_line(run("extract", str(folder), "--lang", "id", code=2), folder, "direktori")


def test_a_missing_file_among_good_ones_is_one_line_and_no_drafts(run, tmp_path: Path) -> None:
    good = tmp_path / "ada.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "tidak-ada.txt"
    _one_line(run("extract", str(good), str(missing), code=2), missing, "No such file")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("foto.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        ("foto.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4),
        ("data.bin", b"\x00\x01\x02\x03" * 512),
    ],
)
def test_a_binary_file_is_no_article_one_line_exit_2(
    run, tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _one_line(run("extract", str(path), code=2), path, "not text")
    _one_line(run("extract", str(path), "--lang", "id", code=2), path, "bukan teks")


def test_a_file_far_larger_than_an_article_is_refused_at_once(tmp_path: Path) -> None:
    # An article is a few thousand characters (the corpus's longest, 3,559); a log or a book
    # given by mistake would keep the rules busy for many minutes. A real process, timed: the
    # refusal comes before any rule reads the text.
    paragraph = "Warga menikmati taman kota yang baru dibuka pemerintah setempat pekan lalu. "
    huge = tmp_path / "arsip.txt"
    huge.write_text(ARTICLE + "\n\n" + paragraph * (MAX_ARTICLE_CHARS // len(paragraph) + 2))
    result = run_module("extract", str(huge), db=tmp_path / "k.db")
    assert result.returncode == 2
    _one_line(result, huge, "characters", f"{MAX_ARTICLE_CHARS:,}")


def test_a_file_of_more_bytes_than_any_article_is_refused_by_its_size(run, tmp_path: Path) -> None:
    from kerjasama_cli.files.articles import MAX_ARTICLE_BYTES

    disk = tmp_path / "image.pdf"
    with disk.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        out.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: nothing written, nothing read
    _one_line(run("extract", str(disk), code=2), disk, "MB", "at most")


def test_a_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    text = ARTICLE + "\n\n" + "x" * (MAX_ARTICLE_CHARS - len(ARTICLE) - 10)
    article = read_article("panjang.txt", text.encode())
    assert article.text.startswith("Pemerintah Kabupaten Temanggung")


def test_a_pdf_of_several_pages_is_read_whole(run, tmp_path: Path) -> None:
    # The release's second page tells the second record; a page number stands between.
    pages = [
        [
            "SIARAN PERS",
            "Bagian Kerja Sama Setda Kabupaten Temanggung",
            "",
            "Pemerintah Kabupaten Temanggung menandatangani letter of intent (LoI)",
            "dengan Kota Rennfeld, Jerman, Selasa (4/2/2025), di Pendopo Pengayoman.",
            "",
            "1",
        ],
        [
            "Pada hari yang sama, Bupati Temanggung Agus Setyawan juga menerima",
            "kunjungan Wali Kota Oberhain, Austria, Lukas Berger, Selasa (4/2/2025).",
            "",
            "2",
        ],
    ]
    pdf = tmp_path / "rilis.pdf"
    pdf.write_bytes(text_pdf(pages))
    drafts = run.json("extract", str(pdf))
    assert sorted(_drafted(drafts)) == [
        ("Oberhain", "visit", "2025-02-04"),
        ("Rennfeld", "loi", "2025-02-04"),
    ]


def test_a_word_letter_with_its_letterhead_in_the_header_and_facts_in_a_table(
    run, tmp_path: Path
) -> None:
    import docx

    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "PEMERINTAH KABUPATEN TEMANGGUNG"
    header.add_paragraph("Bagian Kerja Sama Sekretariat Daerah")
    document.add_heading("Laporan Kegiatan Kerja Sama Luar Negeri", level=1)
    table = document.add_table(rows=3, cols=2)
    rows = [
        ("Hari/tanggal", "Selasa, 4 Februari 2025"),
        ("Kegiatan", "Penandatanganan letter of intent dengan Kota Rennfeld, Jerman"),
        ("Penandatangan", "Bupati Temanggung Agus Setyawan dan Wali Kota Rennfeld Uwe Kessler"),
    ]
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Demikian laporan ini disampaikan.")
    path = tmp_path / "laporan.docx"
    document.save(path)
    article = read_article(str(path), path.read_bytes())
    assert article.text.startswith("PEMERINTAH KABUPATEN TEMANGGUNG")
    assert "Kegiatan: Penandatanganan letter of intent dengan Kota Rennfeld, Jerman" in article.text
    (draft,) = run.json("extract", str(path))
    assert (draft["partner"], draft["type"], draft["date"]) == ("Rennfeld", "loi", "2025-02-04")
    assert draft["local_party"] == "Temanggung"
    assert draft["evidence"]["partner"].startswith("Kegiatan: Penandatanganan")


_BODY = """<p>Pemerintah Kabupaten Temanggung menandatangani nota kesepahaman dengan Kota Rennfeld,
Jerman, di bidang pariwisata, Selasa (4/2).</p>
<p>Baca juga: <a href="/x">Wali Kota Kagoshima kunjungi Solo pekan depan</a></p>
<p>Nota kesepahaman itu ditandatangani Bupati Temanggung Agus Setyawan dan Wali Kota Rennfeld
Uwe Kessler di Pendopo Pengayoman.</p>
<p>Kerja sama itu mencakup promosi wisata kopi Temanggung di Eropa selama lima tahun ke
depan, kata Kepala Bagian Kerja Sama Setda Temanggung.</p>"""
_COOKIE = (
    '<div class="cookie-banner">Situs ini menggunakan cookie agar pengalaman Anda di Kota '
    "Kagoshima dan di mana saja lebih baik. <button>Setuju</button></div>"
)
_COMMENTS = (
    '<section id="comments"><h3>Komentar</h3><div class="comment"><p>Semoga kerja sama '
    "dengan Kota Kagoshima, Jepang, juga segera diteken pemkab!</p></div></section>"
)
_NAV = '<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/dunia">Dunia</a></nav>'


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        (  # JSON-LD only: no og or article meta
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
            '"NewsArticle", "headline": "Temanggung gandeng Rennfeld", "datePublished": '
            '"2025-02-05T09:30:00+07:00"}</script>',
            "",
        ),
        ("", '<time datetime="2025-02-05T09:30:00+07:00">5 Februari 2025</time>'),
        ("", '<div class="byline">Oleh Redaksi | Rabu, 5 Februari 2025 09:30 WIB</div>'),
    ],
)
def test_a_saved_page_dated_by_json_ld_time_or_an_indonesian_byline_without_its_furniture(
    run, tmp_path: Path, head: str, byline: str
) -> None:
    # The page's date resolves the body's "Selasa (4/2)"; the cookie banner, the comments and
    # the "Baca juga" link each name a town (Kagoshima) that must draft nothing.
    page = (
        f"<!doctype html><html lang='id'><head><title>Temanggung gandeng Rennfeld</title>{head}"
        f"</head><body>{_COOKIE}{_NAV}<article><h1>Temanggung gandeng Rennfeld</h1>{byline}"
        f"{_BODY}</article>{_COMMENTS}</body></html>"
    )
    path = tmp_path / "halaman.html"
    path.write_text(page, encoding="utf-8")
    drafts = run.json("extract", str(path))
    assert _drafted(drafts) == [("Rennfeld", "mou", "2025-02-04")]
    assert drafts[0]["source"]["published"] == "2025-02-05"
    assert "Kagoshima" not in str(drafts)
