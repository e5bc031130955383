"""A Word document as article text, and the office files `extract` does not read, told apart.

A Word document gives its page header first (a letter's letterhead names the office that
writes, often in a table beside the logo: the "kop surat"), then its paragraphs and tables in
the order written, each table one paragraph of a sentence a row, a table inside a cell read in
its place. A paragraph reads as the document now says: tracked insertions in, deletions and
text moved away out (python-docx's own `text` drops the insertions).

Other office files are refused in one line that says what they are and what to give instead:
an old Word, Excel or PowerPoint file (OLE2, told by the streams it names; a .docx protected by
a password is one too), a workbook or presentation saved as .xlsx or .pptx, an OpenDocument
text, a plain ZIP archive, an RTF document.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from kerjasama_cli.domain.errors import Said
from kerjasama_cli.files.article_common import (
    ArticleFileError,
    library_words,
    missing_extra,
    t,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Text that is no longer the document's: moved elsewhere (read where it went), or shown in a
# text box's fallback copy (read once, in its choice).
_NOT_NOW = (f"{_W}moveFrom", f"{_W}del", _FALLBACK, f"{_W}txbxContent")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refusal(name: str, data: bytes) -> ArticleFileError | None:
    """Why `data` is an office file `extract` does not read, or None (it may be read)."""
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            what = Said("a Word document protected by a password; save it without one")
        elif "WordDocument".encode("utf-16-le") in data:
            what = Said("an old Word document (.doc); save it as .docx or PDF")
        else:
            what = Said("an old Microsoft Office file (.xls, .ppt); save the article as .docx")
        return ArticleFileError(t("{name}: {what}, then give that file", name=name, what=what))
    if data.lstrip(b"\xef\xbb\xbf \r\n").startswith(b"{\\rtf"):
        what = Said("an RTF document; save it as .docx, PDF or text (.txt)")
        return ArticleFileError(t("{name}: {what}, then give that file", name=name, what=what))
    return None


def _not_word(name: str, names: set[str]) -> ArticleFileError | None:
    """The refusal of a ZIP file that is no Word document, by what it holds."""
    if "word/document.xml" in names:
        return None
    if "mimetype" in names and "content.xml" in names:
        what = Said("an OpenDocument file (.odt); save it as .docx or PDF")
        return ArticleFileError(t("{name}: {what}, then give that file", name=name, what=what))
    if any(n.startswith("xl/") for n in names):
        what = Said("an Excel workbook (.xlsx)")
    elif any(n.startswith("ppt/") for n in names):
        what = Said("a PowerPoint presentation (.pptx)")
    else:
        what = Said("a ZIP archive")
    return ArticleFileError(
        t(
            "{name}: {what}, not an article; give the article's text, a web page, a PDF or a "
            "Word document (.docx)",
            name=name,
            what=what,
        )
    )


def docx_text(name: str, data: bytes) -> str:
    """The text of the Word document `data` (`name` is shown in errors)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ArticleFileError(t("{name}: not a Word document (.docx)", name=name)) from None
    wrong = _not_word(name, names)
    if wrong is not None:
        raise wrong
    try:
        import docx
    except ImportError:
        raise missing_extra(
            "{name}: reading a Word document needs the extract extra: {install}", name
        ) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ArticleFileError(
            t(
                "{name}: not a readable Word document ({error})",
                name=name,
                error=library_words(error),
            )
        ) from None
    except Exception as error:  # python-docx raises its own PackageNotFoundError
        if type(error).__name__ == "PackageNotFoundError":
            raise ArticleFileError(t("{name}: not a Word document (.docx)", name=name)) from None
        raise
    paragraphs = _header(document) + _blocks(document.element.body)
    if not paragraphs:
        raise ArticleFileError(t("{name}: the Word document has no text", name=name))
    return "\n\n".join(paragraphs)


def _header(document: Any) -> list[str]:
    """The letterhead a letter or report keeps in its page header ("PEMERINTAH KABUPATEN
    ..."), once, the first page's first: it names the office that writes. Footers (page
    numbers, addresses) are left."""
    lines: list[str] = []
    for section in document.sections:
        # "Different first page": the letterhead heads page one alone, in its own header
        first = section.different_first_page_header_footer
        for header in (section.first_page_header, section.header) if first else (section.header,):
            for line in _blocks(header._element):
                if line not in lines:
                    lines.append(line)
    return lines


def _blocks(container: Any) -> list[str]:
    """The paragraphs and tables directly in `container` (a body, a header, a table cell) in
    the order written. A table row is one line, its cells joined ("Kegiatan: Penandatanganan
    LoI ..."): a report's facts are often only there."""
    out: list[str] = []
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            line = paragraph_text(child).strip()
            if line:
                out.append(line)
        elif child.tag == f"{_W}tbl":
            rows = [_row(row) for row in child.iterchildren(f"{_W}tr")]
            # one paragraph, a sentence a row: the day in one row dates the signing in the next
            table = " ".join(r if r[-1] in ".!?" else f"{r}." for r in rows if r)
            if table:
                out.append(table)
    return out


def paragraph_text(paragraph: Any) -> str:
    """A paragraph's text as the document now says: tracked insertions in, deletions out."""
    parts: list[str] = []
    for element in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if any(a.tag in _NOT_NOW for a in element.iterancestors()):
            continue
        if element.tag == f"{_W}t":
            parts.append(element.text or "")
        else:
            parts.append("\t" if element.tag == f"{_W}tab" else "\n")
    return "".join(parts)


def _row(row: Any) -> str:
    """A table row as one line: a label and its value as "Kegiatan: ...", more cells as a list."""
    cells: list[str] = []
    for cell in row.iterchildren(f"{_W}tc"):
        text = " ".join(" ".join(_blocks(cell)).split())
        if text and (not cells or cells[-1] != text):  # a merged cell repeats its text
            cells.append(text)
    if len(cells) == 2 and len(cells[0]) <= 40:
        return f"{cells[0].rstrip(' :')}: {cells[1]}"
    return ", ".join(cells)
