"""`extract` on PDF files as offices publish them, walked as a new user (issue 23, i48h): a
release set in two narrow columns, a letterhead and a footer repeated on every page, words
hyphenated at a line's end, a file protected by a password or encrypted for its owner only (AES).
Every file is made here, small; the places and people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run, run_module, without_module
from pdf_files import column, encrypted_pdf, placed_pdf, text_pdf

from kerjasama_cli.files.articles import read_article


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _drafted(drafts: list[dict]) -> list[tuple[str, str, str | None]]:
    return sorted((d["partner"], d["type"], d["date"]) for d in drafts)


def _text(path: Path) -> str:
    return read_article(str(path), path.read_bytes()).text


def test_a_release_in_two_narrow_columns_is_read_sentence_by_sentence(run, tmp_path: Path) -> None:
    # Lines of some 32 characters: a column that narrow broke every sentence into pieces that
    # were never joined, and the release drafted nothing.
    left = [
        "Pemerintah Kabupaten Temanggung",
        "menandatangani nota kesepahaman",
        "dengan Kota Rennfeld, Jerman, di",
        "bidang pariwisata, Selasa",
        "(4/2/2025), di Pendopo Pengayoman.",
    ]
    right = [
        "Pada hari yang sama, Bupati",
        "Temanggung Agus Setyawan juga",
        "menerima kunjungan Wali Kota",
        "Oberhain, Austria, Lukas Berger,",
        "Selasa (4/2/2025).",
    ]
    pdf = tmp_path / "rilis-dua-kolom.pdf"
    title = [(40, 800, "SIARAN PERS PEMKAB TEMANGGUNG")]
    pdf.write_bytes(placed_pdf([title + column(40, 770, left) + column(310, 770, right)]))
    assert "dengan Kota Rennfeld, Jerman, di bidang pariwisata, Selasa (4/2/2025)" in _text(pdf)
    assert _drafted(run.json("extract", str(pdf))) == [
        ("Oberhain", "visit", "2025-02-04"),
        ("Rennfeld", "mou", "2025-02-04"),
    ]


def test_a_word_hyphenated_at_a_lines_end_is_whole_again(run, tmp_path: Path) -> None:
    lines = [
        "Pemerintah Kabupaten Temanggung menandatangani nota kesepa-",
        "haman dengan Kota Rennfeld, Jerman, untuk memperkuat kerja-",
        "sama kota-kota kedua negara di bidang pariwisata, Selasa (4/2/2025),",
        "di Pendopo Pengayoman, Kabupaten Temanggung, dan kerja sama Asia-",
        "Pasifik.",
    ]
    pdf = tmp_path / "rilis.pdf"
    pdf.write_bytes(text_pdf([lines]))
    text = _text(pdf)
    assert "nota kesepahaman dengan Kota Rennfeld" in text
    assert "memperkuat kerjasama kota-kota" in text  # a doubled word keeps its hyphen
    assert "Asia-Pasifik" in text  # so does a compound of two names
    assert _drafted(run.json("extract", str(pdf))) == [("Rennfeld", "mou", "2025-02-04")]


def test_a_letterhead_and_footer_on_every_page_stay_out_of_the_sentences(
    run, tmp_path: Path
) -> None:
    def furniture(page: int) -> list[tuple[int, int, str]]:
        return [
            (40, 820, "PEMERINTAH KABUPATEN TEMANGGUNG - BAGIAN KERJA SAMA SETDA"),
            (40, 20, f"Jl. Pahlawan No. 1 Temanggung - Telp (0293) 491004 - Halaman {page} dari 2"),
        ]

    first = [
        "Pemerintah Kabupaten Temanggung menandatangani nota kesepahaman dengan Kota",
        "Rennfeld, Jerman, di bidang pariwisata, Selasa (4/2/2025), di Pendopo Pengayoman.",
    ]
    second = [
        "Pada hari yang sama, Bupati Temanggung Agus Setyawan menerima kunjungan Wali Kota",
        "Oberhain, Austria, Lukas Berger, Selasa (4/2/2025).",
    ]
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(
        placed_pdf([furniture(1) + column(40, 780, first), furniture(2) + column(40, 780, second)])
    )
    text = _text(pdf)
    # the letterhead once, on a line of its own (it names the office that writes); the
    # footer's address and page numbers not at all
    assert text.count("PEMERINTAH KABUPATEN TEMANGGUNG") == 1
    assert "PEMERINTAH KABUPATEN TEMANGGUNG - BAGIAN KERJA SAMA SETDA\n" in text
    assert "Pahlawan" not in text and "Halaman" not in text
    drafts = run.json("extract", str(pdf))
    assert _drafted(drafts) == [
        ("Oberhain", "visit", "2025-02-04"),
        ("Rennfeld", "mou", "2025-02-04"),
    ]
    for draft in drafts:
        assert draft["evidence"]["partner"].startswith(("Pemerintah Kabupaten", "Pada hari"))


def _release(tmp_path: Path) -> bytes:
    return text_pdf(
        [
            [
                "Pemerintah Kabupaten Temanggung menandatangani nota kesepahaman dengan Kota",
                "Rennfeld, Jerman, di bidang pariwisata, Selasa (4/2/2025).",
            ]
        ]
    )


def test_a_pdf_its_owner_protected_without_a_password_to_open_is_read(run, tmp_path: Path) -> None:
    # "Restrict editing" in Acrobat: encrypted (RC4 or AES), opened by anyone, printing or
    # copying barred. AES was a traceback (pypdf's DependencyError).
    for algorithm in ("RC4-128", "AES-128"):
        pdf = tmp_path / f"terbatas-{algorithm}.pdf"
        pdf.write_bytes(encrypted_pdf(_release(tmp_path), "", algorithm))
        assert _drafted(run.json("extract", str(pdf))) == [("Rennfeld", "mou", "2025-02-04")]


def test_an_aes_pdf_without_the_cryptography_package_is_one_line_exit_1(tmp_path: Path) -> None:
    pdf = tmp_path / "terbatas.pdf"
    pdf.write_bytes(encrypted_pdf(_release(tmp_path), "", "AES-128"))
    env = without_module("cryptography", tmp_path)
    # one process (each costs seconds): in Indonesian, which also proves the catalogue entry
    result = run_module("extract", str(pdf), "--lang", "id", db=tmp_path / "k.db", env=env)
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(f"kerjasama: error: {pdf}: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "terenkripsi" in result.stderr and "cryptography" in result.stderr


def test_a_pdf_that_asks_for_a_password_is_one_line_saying_so(run, tmp_path: Path) -> None:
    pdf = tmp_path / "rahasia.pdf"
    pdf.write_bytes(encrypted_pdf(_release(tmp_path), "rahasia"))
    for lang, words in (("en", "password"), ("id", "kata sandi")):
        result = run("extract", str(pdf), "--lang", lang, code=2)
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith(f"kerjasama: error: {pdf}: ")
        assert words in result.stderr, result.stderr
        assert "decrypted" not in result.stderr  # pypdf's words, in English


@pytest.mark.parametrize("where", [b"BT /F1", b"<< /Type /Catalog"])
def test_a_damaged_pdf_is_one_line_without_pypdfs_bytes(run, tmp_path: Path, where: bytes) -> None:
    # pypdf's reason quoted the damaged bytes as Python shows them: "Invalid Elementary Object
    # starting with b'\xc1' @0: b'\xc1\xff\x00 /F1 10 Tf ...'", a repr in the user's line.
    pdf = tmp_path / "rusak.pdf"
    pdf.write_bytes(_release(tmp_path).replace(where, b"\xc1\xff\x00 " + where, 1))
    for lang, words in (
        ("en", "not a readable PDF (damaged"),
        ("id", "PDF tidak dapat dibaca (rusak"),
    ):
        result = run("extract", str(pdf), "--lang", lang, code=2)
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith(f"kerjasama: error: {pdf}: ")
        assert words in result.stderr, result.stderr
        assert "b'" not in result.stderr and "\\x" not in result.stderr, result.stderr


def test_a_list_s_items_stay_on_their_own_lines(tmp_path: Path) -> None:
    lines = [
        "Kegiatan yang dilaksanakan pada kunjungan kerja ke Kota Rennfeld meliputi",
        "1. Penandatanganan nota kesepahaman dengan Kota Rennfeld di Balai Kota",
        "2. Kunjungan ke pusat pengolahan sampah Kota Rennfeld pada hari yang",
        "sama dengan penandatanganan.",
    ]
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(text_pdf([lines]))
    assert _text(pdf).splitlines() == [
        "Kegiatan yang dilaksanakan pada kunjungan kerja ke Kota Rennfeld meliputi",
        "1. Penandatanganan nota kesepahaman dengan Kota Rennfeld di Balai Kota",
        "2. Kunjungan ke pusat pengolahan sampah Kota Rennfeld pada hari yang sama dengan "
        "penandatanganan.",
    ]
