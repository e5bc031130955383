"""`extract` on web pages as Indonesian sites and browsers save them, and on stdin, walked as a
new user (issue 23, i48h): a page declared windows-1252 or ISO-8859-1 (or declaring nothing,
not UTF-8), a page saved as one .mhtml file, a page with no date of its own but dated links
beside the article, a short title, and `-` with nothing piped (stdin a terminal). Every file is
made here, small; the places and people are invented."""

from __future__ import annotations

import os
import pty
import quopri
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Run

from kerjasama_cli.files.articles import read_article


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


BODY = """<p>Pemerintah Kabupaten Temanggung menandatangani nota kesepahaman dengan Kota Rennfeld,
Jerman, di bidang pariwisata, Selasa (4/2).</p>
<p>Nota kesepahaman itu ditandatangani Bupati Temanggung Agus Setyawan dan Wali Kota Rennfeld
Uwe Kessler di Pendopo Pengayoman.</p>
<p>Kerja sama senilai 5 juta euro itu mencakup promosi wisata kopi Temanggung di Eropa, kata
Jürgen Müller, konsultan dari Rennfeld.</p>"""


def _page(head: str = "", extra: str = "", body: str = BODY) -> str:
    return (
        f"<!doctype html><html lang='id'><head><title>Temanggung gandeng Rennfeld</title>{head}"
        f"</head><body><nav><a href='/'>Beranda</a></nav><article><h1>Temanggung gandeng "
        f"Rennfeld</h1>{body}</article>{extra}</body></html>"
    )


_DATED = '<meta name="pubdate" content="2025-02-05">'


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        ('<meta charset="windows-1252">' + _DATED, "cp1252"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">' + _DATED,
            "latin-1",
        ),
        (_DATED, "cp1252"),  # declared nowhere: HTML's default for an Indonesian reader
    ],
)
def test_a_page_in_a_windows_or_latin_charset_is_read(
    run, tmp_path: Path, head: str, codec: str
) -> None:
    # An older portal's page: refused before as "not UTF-8 text; save the article as UTF-8".
    path = tmp_path / "berita.html"
    path.write_bytes(_page(head).encode(codec))
    assert "Jürgen Müller" in read_article(str(path), path.read_bytes()).text
    (draft,) = run.json("extract", str(path))
    assert (draft["partner"], draft["type"], draft["date"]) == ("Rennfeld", "mou", "2025-02-04")


def _mhtml(page: str) -> bytes:
    """A page as Chrome saves it as "Webpage, Single File": MIME, quoted-printable, CRLF."""
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    text = (
        "From: <Saved by Blink>\n"
        "Snapshot-Content-Location: https://jateng.example.id/berita/temanggung-rennfeld\n"
        "Subject: Temanggung gandeng Rennfeld\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----Batas--"\n\n\n'
        "------Batas--\nContent-Type: text/html\nContent-ID: <frame-1@mhtml.blink>\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "Content-Location: https://jateng.example.id/berita/temanggung-rennfeld\n\n"
        f"{body}\n"
        "------Batas--\nContent-Type: text/css\nContent-Transfer-Encoding: quoted-printable\n"
        "Content-Location: https://jateng.example.id/gaya.css\n\nbody {}\n"
        "------Batas----\n"
    )
    return text.replace("\n", "\r\n").encode("ascii")


def test_a_page_saved_as_one_mhtml_file_is_read_as_its_page(run, tmp_path: Path) -> None:
    # Read as text before: no draft, and "From: <Saved by Blink>" as the article's title.
    path = tmp_path / "Temanggung gandeng Rennfeld.mhtml"
    path.write_bytes(_mhtml(_page(_DATED)))
    (draft,) = run.json("extract", str(path))
    assert (draft["partner"], draft["type"], draft["date"]) == ("Rennfeld", "mou", "2025-02-04")
    assert draft["source"]["published"] == "2025-02-05"
    assert "Blink" not in str(draft)


def test_an_mhtml_file_without_a_page_is_one_line(run, tmp_path: Path) -> None:
    path = tmp_path / "kosong.mhtml"
    path.write_bytes(
        b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; "
        b'boundary="b"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\nbody {}\r\n--b--\r\n'
    )
    for lang, words in (("en", "no web page"), ("id", "tidak berisi halaman web")):
        result = run("extract", str(path), "--lang", lang, code=2)
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith(f"kerjasama: error: {path}: ")
        assert words in result.stderr, result.stderr


_BESIDE = (
    '<aside><h3>Berita terkait</h3><ul><li><a href="/a">Festival kopi Temanggung</a> '
    "<span>12/08/2023</span></li><li><a href='/b'>Wisata</a> <span>Senin, 3 Juni 2024</span>"
    "</li></ul></aside><footer>Copyright © 2019 Portal Temanggung</footer>"
)


def test_a_page_without_its_own_date_is_not_dated_by_the_links_beside_it(
    run, tmp_path: Path
) -> None:
    # trafilatura's wide search dated it by a related article (12/08/2023): a publication
    # date nobody wrote, which would date "Selasa (4/2)" in a wrong year.
    path = tmp_path / "tanpa-tanggal.html"
    path.write_text(_page(extra=_BESIDE), encoding="utf-8")
    (draft,) = run.json("extract", str(path))
    assert draft["source"]["published"] is None
    assert draft["date"] is None and "date" in draft["missing"]


def test_a_page_dated_only_by_its_byline_paragraph_still_is(run, tmp_path: Path) -> None:
    byline = "<p>Selasa, 12 Maret 2024 10:15 WIB</p>"
    path = tmp_path / "byline.html"
    path.write_text(_page(extra=_BESIDE, body=byline + BODY), encoding="utf-8")
    (draft,) = run.json("extract", str(path))
    assert draft["source"]["published"] == "2024-03-12"


def test_the_pages_own_title_and_site_name_are_the_sources(run, tmp_path: Path) -> None:
    # "title: (not found)" for a page whose <title> says it (three words: too short for the
    # text's own guess), and the site's name from og:site_name.
    head = _DATED + '<meta property="og:site_name" content="Jateng Pos">'
    path = tmp_path / "halaman.html"
    path.write_text(_page(head), encoding="utf-8")
    (draft,) = run.json("extract", str(path))
    assert draft["source"]["title"] == "Temanggung gandeng Rennfeld"
    assert draft["source"]["publication"] == "Jateng Pos"
    assert draft["source"]["key"] == "jateng-pos-2025-02-05"
    text = read_article(str(path), path.read_bytes()).text
    assert text.count("Temanggung gandeng Rennfeld") == 1  # the title once, not twice


def test_stdin_a_terminal_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    # `kerjasama extract -` typed at a prompt waited, silently, for an end of file.
    primary, secondary = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kerjasama_cli", "extract", "-", "--lang", "en"],
            stdin=secondary,
            capture_output=True,
            text=True,
            env={**os.environ, "KERJASAMA_DB": str(tmp_path / "k.db")},
            timeout=60,
        )
    finally:
        os.close(secondary)
        os.close(primary)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("kerjasama: error: <stdin>: "), result.stderr
    assert result.stderr.count("\n") == 1 and "pipe" in result.stderr
    assert not (tmp_path / "k.db").exists()


def test_a_page_behind_a_long_comment_is_still_a_page(run, tmp_path: Path) -> None:
    # "<html" further than 512 bytes in (a saved-from comment, an old IE conditional block):
    # read as plain text, tags and all, and drafted nothing.
    lead = "<!-- saved from url=(0040)https://jateng.example.id/berita/1 -->\n"
    lead += (
        "<!--[if lt IE 9]><script src='/js/html5shiv.js'></script>" + " " * 600 + "<![endif]-->\n"
    )
    path = tmp_path / "berita.htm"
    path.write_text(lead + _page(_DATED), encoding="utf-8")
    (draft,) = run.json("extract", str(path))
    assert (draft["partner"], draft["date"]) == ("Rennfeld", "2025-02-04")


def test_html_copied_from_a_browser_and_piped_in_is_read_as_a_page(run) -> None:
    # What a clipboard's text/html holds: no <html>, no doctype, a fragment of the page.
    fragment = "<meta charset='utf-8'><div class='detail'><h1>Temanggung gandeng Rennfeld</h1>"
    result = run("extract", "-", "--format", "json", input=fragment + BODY + "</div>")
    import json

    (draft,) = json.loads(result.stdout)
    assert draft["partner"] == "Rennfeld"
    assert "<" not in str(draft["evidence"]), draft["evidence"]


def test_a_stray_byte_on_stdin_names_its_line(run) -> None:
    # Text pasted from a Windows program: one curly quote in cp1252 on the third line.
    data = "Baris satu.\r\nBaris dua.\r\nKata \u201ckerja sama\u201d itu.\r\n".encode("cp1252")
    for lang, words in (("en", "not UTF-8 text (line 3)"), ("id", "bukan teks UTF-8 (baris 3)")):
        result = run("extract", "-", "--lang", lang, input=data, code=2)
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("kerjasama: error: <stdin>: "), result.stderr
        assert words in result.stderr, result.stderr


def test_a_page_without_article_text_says_what_to_give(run, tmp_path: Path) -> None:
    path = tmp_path / "galeri.html"
    path.write_text(
        "<!doctype html><html><body><article><h1>Galeri</h1><img src='1.jpg'></article>"
        "</body></html>",
        encoding="utf-8",
    )
    for lang, words in (("en", "save the article's own page"), ("id", "simpan halaman artikelnya")):
        result = run("extract", str(path), "--lang", lang, code=2)
        assert result.stderr.count("\n") == 1, result.stderr
        assert words in result.stderr, result.stderr


def test_a_page_heavy_with_scripts_is_judged_by_its_article_not_its_bytes(
    run, tmp_path: Path
) -> None:
    # A news page as saved: some 400 KB of inline scripts and styles around a short article
    # was refused as "more than an article holds" (the page's characters counted, not the
    # article's).
    script = "<script>window.__STATE__ = " + '"x",' * 100_000 + "0;</script>"
    path = tmp_path / "berita-lengkap.html"
    path.write_text(_page(_DATED + script), encoding="utf-8")
    assert path.stat().st_size > 400_000
    (draft,) = run.json("extract", str(path))
    assert draft["partner"] == "Rennfeld"


def test_a_page_of_more_markup_than_any_news_page_is_refused_before_it_is_parsed(
    run, tmp_path: Path
) -> None:
    # trafilatura took minutes on a 9 MB page of menus: refused by its markup's size at once.
    from kerjasama_cli.files.article_html import MAX_PAGE_CHARS

    menu = "<li><a href='/x'>Berita daerah</a></li>" * (MAX_PAGE_CHARS // 30)
    path = tmp_path / "raksasa.html"
    path.write_text(_page(_DATED, extra=f"<ul>{menu}</ul>"), encoding="utf-8")
    result = run("extract", str(path), code=2)
    assert result.stderr.count("\n") == 1 and "more than an article holds" in result.stderr
