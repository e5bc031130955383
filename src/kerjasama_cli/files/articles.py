"""Article files for `extract`: plain text, a saved web page, a PDF or a Word document, as text.

The format is told by the file's first bytes, not its name ("%PDF", a ZIP holding
word/document.xml, "<html"/"<!doctype"), so a page saved as `article.txt` is still read as a page.
HTML, PDF and DOCX need the `extract` extra (trafilatura, pypdf, python-docx), imported here
only when such a file is read: plain text needs nothing.

A saved page gives its main text with trafilatura (navigation, comments and related-article
lists dropped) and its own title and date from its metadata (og:title, article:published_time,
<time datetime>, JSON-LD), which the extractor uses when the text itself shows no date.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass

from kerjasama_cli.domain.errors import KerjasamaError, Said, filled, install_command

# How to install the readers, in the message's language (as serve's hint, web/server.py).
INSTALL = install_command("extract")


def t(message: str, **values: str | Said) -> str:
    """A message in the user's language: MESSAGE is the catalogue's msgid (English), its
    `{name}` fields filled after translation (the file name, the library's own words; a `Said`
    in the same language)."""
    from kerjasama_cli.i18n import translator

    translate = translator()
    return translate(message).format(**filled(values, translate))


class ArticleFileError(KerjasamaError):
    """An article file that cannot be read as what it is (exit 2, nothing written)."""

    exit_code = 2


class MissingExtraError(KerjasamaError):
    """A format whose reader is an optional dependency that is not installed (exit 1)."""


@dataclass(frozen=True)
class ArticleText:
    """An article's text and what its file says about it (title and date, when it does)."""

    name: str
    text: str
    kind: str  # "text", "html", "pdf" or "docx"
    title: str | None = None
    published: dt.date | None = None


def kind_of(data: bytes) -> str:
    """The format of an article file from its first bytes."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512]:
        return "html"
    return "text"


def read_article(name: str, data: bytes) -> ArticleText:
    """The text of one article file (name is shown in errors: a path or "<stdin>")."""
    kind = kind_of(data)
    if kind == "pdf":
        return ArticleText(name, _pdf_text(name, data), "pdf")
    if kind == "docx":
        return ArticleText(name, _docx_text(name, data), "docx")
    text = _decode(name, data)
    if kind == "html":
        return _html(name, text)
    return ArticleText(name, text, "text")


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleFileError(
            t("{name}: not UTF-8 text; save the article as UTF-8", name=name)
        ) from None


def _html(name: str, page: str) -> ArticleText:
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError(
            t(
                "{name}: reading a web page needs the extract extra: {install}",
                name=name,
                install=INSTALL,
            )
        ) from None
    found = trafilatura.bare_extraction(
        page, include_comments=False, include_tables=False, with_metadata=True
    )
    body = getattr(found, "text", None) if found is not None else None
    if isinstance(found, dict):  # older trafilatura returns a dict
        body = found.get("text")
    if not body or len(body.split()) < 8:
        raise ArticleFileError(
            t("{name}: the web page has no article text that could be found", name=name)
        )
    title = _meta(found, "title")
    published = _date(_meta(found, "date"))
    # The title leads the text, as on the page; the date goes to the extractor as the
    # publication date (the page's own, unless --published says otherwise).
    text = f"{title}\n\n{body}" if title else body
    return ArticleText(name, text, "html", title, published)


def _meta(found: object, key: str) -> str | None:
    value = found.get(key) if isinstance(found, dict) else getattr(found, key, None)
    return str(value).strip() or None if value else None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _pdf_text(name: str, data: bytes) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise MissingExtraError(
            t(
                "{name}: reading a PDF needs the extract extra: {install}",
                name=name,
                install=INSTALL,
            )
        ) from None
    # pypdf logs its own warnings about odd PDFs ("EOF marker not found") to stderr: the one
    # line below is ours (documents/reader.py quiets it the same way).
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise ArticleFileError(
            t("{name}: not a readable PDF ({error})", name=name, error=str(error))
        ) from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise ArticleFileError(
            t("{name}: the PDF has no text layer (a scan?); nothing to read", name=name)
        )
    return _unwrap(text)


def _unwrap(text: str) -> str:
    """PDF lines are broken where the column was narrow: a long line that does not end a
    sentence goes on in the next one (short lines are headings, datelines, signatures)."""
    paragraphs = re.split(r"\n\s*\n", text)
    joined = []
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        out: list[str] = []
        for line in lines:
            if out and len(out[-1]) >= 40 and not re.search(r"[.!?:”\"]$", out[-1]):
                out[-1] = f"{out[-1]} {line}"
            else:
                out.append(line)
        joined.append("\n".join(out))
    return "\n\n".join(joined)


def _docx_text(name: str, data: bytes) -> str:
    try:
        import docx
    except ImportError:
        raise MissingExtraError(
            t(
                "{name}: reading a Word document needs the extract extra: {install}",
                name=name,
                install=INSTALL,
            )
        ) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ArticleFileError(
            t("{name}: not a readable Word document ({error})", name=name, error=str(error))
        ) from None
    except Exception as error:  # python-docx raises its own PackageNotFoundError
        if type(error).__name__ == "PackageNotFoundError":
            raise ArticleFileError(t("{name}: not a Word document (.docx)", name=name)) from None
        raise
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    if not paragraphs:
        raise ArticleFileError(t("{name}: the Word document has no text", name=name))
    return "\n\n".join(paragraphs)
