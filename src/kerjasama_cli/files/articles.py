"""Article files for `extract`: plain text, a saved web page, a PDF or a Word document, as text.

The format is told by the file's first bytes, not its name ("%PDF", a ZIP holding
word/document.xml, "<html"/"<!doctype", a MIME page saved as .mhtml), so a page saved as
`article.txt` is still read as a page; an old .doc, an RTF file, a workbook or an archive is
refused in one line saying what to give (`article_docx.py`). HTML, PDF and DOCX need the
`extract` extra (trafilatura, pypdf with cryptography, python-docx), imported only when such a
file is read, by the reader of its format (`article_html.py`, `article_pdf.py`,
`article_docx.py`): plain text needs nothing.

Text is UTF-8 (a BOM dropped) or UTF-16 (told by its BOM, or by the zero byte beside each
Latin letter: Notepad's "Unicode"); other bytes are refused in one line, as `import` refuses
them (a web page alone is read in the charset it declares), and so are an empty file, an image
or another binary file, and a file far larger than an article (MAX_ARTICLE_CHARS,
MAX_ARTICLE_BYTES), which the rules would read for minutes.
"""

from __future__ import annotations

import re

from kerjasama_cli.files.article_common import (
    ArticleFileError,
    ArticleText,
    MissingExtraError,
    check_size,
    t,
)

__all__ = ["ArticleFileError", "ArticleText", "MissingExtraError", "read_article", "t"]

# An article is a few thousand characters (the labelled corpus's longest has 3,559); the rules
# take about a minute per megabyte of text, so a log, a book or a whole site's dump given by
# mistake is refused at once rather than read for many minutes. 200,000 characters is some
# sixty pages of text, well above any release or report page a person drafts from.
MAX_ARTICLE_CHARS = 200_000
# A PDF or Word file carries its images too: the file may be far larger than its text, but not
# without bound (read whole into memory).
MAX_ARTICLE_BYTES = 50 * 1024 * 1024

# How a page saved as one .mhtml file begins (Chrome's, Edge's, Firefox's add-ons').
_MIME_HEADERS = (b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:", b"snapshot")
_PAGE_TAGS = re.compile(rb"<(?:html|body)\b|</(?:p|div|h[1-6]|article|section|span|li|td)>", re.I)
# The first bytes of the image files a scan or a screenshot of an article is saved as.
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")


def kind_of(data: bytes) -> str:
    """The format of an article file from its first bytes."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(_MIME_HEADERS) and b"multipart/related" in head:
        return "mhtml"  # a page saved as one file ("Webpage, Single File")
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512]:
        return "html"
    # markup first, and a page's or a fragment's tags further in: a page behind a long comment,
    # HTML copied from a browser (no <html>, no doctype); an article's text never starts so
    if head.startswith(b"<") and _PAGE_TAGS.search(data[:65536]):
        return "html"
    return "text"


def read_article(name: str, data: bytes) -> ArticleText:
    """The text of one article file (name is shown in errors: a path or "<stdin>")."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise too_large(name, len(data))
    from kerjasama_cli.files.article_docx import refusal

    refused = refusal(name, data)  # an old .doc, an RTF file: told, not read as text
    if refused is not None:
        raise refused
    kind = kind_of(data)
    if kind == "pdf":
        from kerjasama_cli.files.article_pdf import pdf_text

        article = ArticleText(name, pdf_text(name, data), "pdf")
    elif kind == "docx":
        from kerjasama_cli.files.article_docx import docx_text

        article = ArticleText(name, docx_text(name, data), "docx")
    elif kind == "mhtml":
        from kerjasama_cli.files.article_html import html_article, mhtml_page

        article = html_article(name, mhtml_page(name, data))
    else:
        text = _decode(name, data, kind == "html")
        if not text.strip():
            raise ArticleFileError(
                t("{name}: the file is empty; give the article's text", name=name)
            )
        # told again from the text: a page saved as UTF-16 has no "<html" in its bytes
        html = kind == "html" or kind_of(text[:2048].encode("utf-8", "replace")) == "html"
        if html:  # judged by its article's text (below), not its scripts and styles
            from kerjasama_cli.files.article_html import html_article

            article = html_article(name, text)
        else:
            check_size(name, text, MAX_ARTICLE_CHARS)
            article = ArticleText(name, text, "text")
    check_size(name, article.text, MAX_ARTICLE_CHARS)
    return article


def too_large(name: str, size: int) -> ArticleFileError:
    """The refusal of a file larger than MAX_ARTICLE_BYTES (told before it is read, by its size)."""
    return ArticleFileError(
        t(
            "{name}: {size} MB, larger than an article file can be (at most {limit} MB)",
            name=name,
            size=f"{size / 1024 / 1024:,.0f}",
            limit=str(MAX_ARTICLE_BYTES // 1024 // 1024),
        )
    )


def _utf16(data: bytes) -> str | None:
    """The codec of a text saved as UTF-16: by its byte order mark, or (none written) by the
    zero byte beside each Latin letter, the high byte of every ASCII character."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:400]
    if len(head) < 8 or len(data) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.4 * len(head) / 2 and even == 0:
        return "utf-16-le"
    if even > 0.4 * len(head) / 2 and odd == 0:
        return "utf-16-be"
    return None


def _binary(text: str) -> bool:
    """Whether decoded text is mostly control characters (bytes that only decoded by chance)."""
    controls = sum(1 for ch in text[:4096] if ch < " " and ch not in "\t\n\r\f\v")
    return controls > 0.01 * min(len(text), 4096)


def _decode(name: str, data: bytes, page: bool = False) -> str:
    """Text as UTF-8 or UTF-16; a web page (`page`) also in the charset it declares."""
    codec = _utf16(data)
    if codec is not None:
        try:
            text = data.decode(codec).lstrip("\ufeff")
        except UnicodeDecodeError:
            text = None  # not UTF-16 after all: told below
        if text is not None and not _binary(text):
            return text
    if data.startswith(_IMAGES) or b"\x00" in data:
        raise ArticleFileError(
            t(
                "{name}: not text (an image or another binary file); give the article's text, "
                "a web page, a PDF or a Word document",
                name=name,
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if page:  # an older portal's page in windows-1252 or ISO-8859-1, as a browser reads it
            from kerjasama_cli.files.article_html import decode_page

            return decode_page(data)
        line = data[: error.start].count(b"\n") + 1  # where to look, as import names it
        raise ArticleFileError(
            t(
                "{name}: not UTF-8 text (line {line}); save the article as UTF-8",
                name=name,
                line=str(line),
            )
        ) from None
