"""What an attached file is and what it says, read in bounded memory.

A 50 MB PDF must not be loaded whole: the digest is computed over 1 MB chunks, the store copies
the bytes into SQLite the same way (store/dossier/attachments.py), and the text comes from pypdf
given the open file (handed a path, pypdf reads the whole file into memory first), which reads only
the objects the pages use. DOCX text is read with the standard library: a DOCX is a zip whose
`word/document.xml` holds the paragraphs, and `ElementTree.iterparse` walks it element by
element and frees each one, where python-docx would pull in lxml (a C extension) to build the
whole tree. Text files are decoded as UTF-8 (with a BOM or not; a stray byte becomes U+FFFD).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kerjasama_cli.domain.errors import Refusal, ValidationError
from kerjasama_cli.i18n import os_reason

CHUNK = 1 << 20  # bytes read at a time
MAX_TEXT_CHARS = 2_000_000  # text kept per document for search (a long treaty is ~200,000)
PDF, DOCX, TEXT = (
    "application/pdf",
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "text/plain",
)
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class FileFacts:
    """A file's digest, size and media type."""

    path: Path
    sha256: str
    size: int
    media_type: str


def chunks(handle: BinaryIO) -> Iterator[bytes]:
    """The file's bytes, CHUNK at a time."""
    while block := handle.read(CHUNK):
        yield block


def examine(path: Path, field: str = "FILE") -> FileFacts:
    """Digest, size and media type of `path`; refuses what is not a PDF, DOCX, image or text."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
            digest = hashlib.sha256(head)
            size = len(head)
            for block in chunks(handle):
                digest.update(block)
                size += len(block)
    except FileNotFoundError:
        raise ValidationError(field, str(path), "no such file") from None
    except IsADirectoryError:
        raise ValidationError(field, str(path), "is a directory, not a file") from None
    except OSError as error:
        raise Refusal("{path}: {reason}", path=path, reason=os_reason(error)) from None
    return FileFacts(path, digest.hexdigest(), size, media_type(path, head, field))


def media_type(path: Path, head: bytes, field: str = "FILE") -> str:
    """The kind of file, from its first bytes (and, for a zip, its parts)."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04") and _is_docx(path):
        return DOCX
    for magic, kind in _IMAGES:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if b"\x00" not in head and _decodes(head):
        return TEXT
    raise ValidationError(field, str(path), "not a PDF, DOCX, image or text file")


def _decodes(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3  # cut in the middle of the last character
    return True


def _is_docx(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def extract_text(path: Path, kind: str) -> str | None:
    """The text of a PDF, DOCX or text file (None for an image, or a file that hides it);
    at most MAX_TEXT_CHARS characters."""
    if kind == PDF:
        return _bounded(_pdf_text(path))
    if kind == DOCX:
        return _bounded(_docx_text(path))
    if kind == TEXT:
        return _bounded(_plain_text(path))
    return None


def _bounded(parts: Iterator[str]) -> str | None:
    kept: list[str] = []
    total = 0
    for part in parts:
        kept.append(part[: MAX_TEXT_CHARS - total])
        total += len(kept[-1])
        if total >= MAX_TEXT_CHARS:
            break
    text = "".join(kept).strip()
    return text or None


def _pdf_text(path: Path) -> Iterator[str]:
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about odd PDFs are not ours
    with path.open("rb") as handle:  # an open file: pypdf then reads only what it needs
        try:
            reader = pypdf.PdfReader(handle)
            if reader.is_encrypted:
                return
            for page in reader.pages:
                yield (page.extract_text() or "") + "\n"
        except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError):
            return  # a damaged PDF is kept all the same, without text


def _docx_text(path: Path) -> Iterator[str]:
    import zipfile
    from xml.etree.ElementTree import ParseError, iterparse

    try:
        with zipfile.ZipFile(path) as archive, archive.open("word/document.xml") as xml:
            words: list[str] = []
            for _event, element in iterparse(xml, events=("end",)):
                if element.tag == f"{_W}t" and element.text:
                    words.append(element.text)
                elif element.tag == f"{_W}tab":
                    words.append("\t")
                elif element.tag == f"{_W}p":
                    yield "".join(words) + "\n"
                    words = []
                    element.clear()  # the paragraph is read: free it
    except (zipfile.BadZipFile, KeyError, ParseError, OSError):
        return


def _plain_text(path: Path) -> Iterator[str]:
    import codecs

    # UTF-8 (a BOM dropped); a byte that is not UTF-8 becomes U+FFFD rather than failing.
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    with path.open("rb") as handle:
        for block in chunks(handle):
            yield decoder.decode(block)
        yield decoder.decode(b"", final=True)
