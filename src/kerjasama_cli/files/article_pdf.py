"""A PDF article as text: pypdf's lines, put back into sentences.

pypdf gives a page's lines as they were set, so the text is mended before the rules read it:
- lines that stand on most pages (a letterhead, an address in the footer, "Halaman 2 dari 3")
  are page furniture: the letterhead is kept once, at the top (it names the office that
  writes), the rest dropped, and so are lone page numbers;
- a line that does not end a sentence goes on in the next one when it fills its column (a
  width measured on the file itself, so a release set in two narrow columns is mended as a
  full-width one is) or when the next line starts in lower case; a heading in capitals ends;
- a word hyphenated at a line's end is whole again ("kesepa-" "haman"), but a doubled word
  ("kota-" "kota") and a compound of names ("Asia-" "Pasifik") keep their hyphen.
A page break is no paragraph break: a sentence goes on across it.

A PDF encrypted only for its owner (printing or copying barred, no password to open) is read:
RC4 by pypdf itself, AES with the cryptography package (in the extract extra); one that asks
for a password is refused in one line, as is a PDF with no text layer (a scan).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from kerjasama_cli.files.article_common import (
    ArticleFileError,
    library_words,
    missing_extra,
    t,
)

# "3", "- 3 -", "Halaman 3 dari 5", "Hal. 3", "Page 3 of 5", "3/5": a page's number alone.
_PAGE_NUMBER = re.compile(
    r"(?:[-–]\s*)?(?:(?:halaman|hal\.?|page)\s*)?\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?"
    r"(?:\s*[-–])?",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?:;”\"]$")
# "1. ", "a) ", "• ": a list's next item, never the line before it going on
_LIST_ITEM = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s|[•▪●◦\-–]\s")


def pdf_text(name: str, data: bytes) -> str:
    """The text of the PDF `data` (`name` is shown in errors)."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
    except ImportError:
        raise missing_extra(
            "{name}: reading a PDF needs the extract extra: {install}", name
        ) from None
    # pypdf logs its own warnings about odd PDFs ("EOF marker not found") to stderr: the one
    # line below is ours (documents/reader.py quiets it the same way).
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("a password")
        pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
    except FileNotDecryptedError:
        raise ArticleFileError(
            t(
                "{name}: the PDF is protected by a password; save or print it as a PDF "
                "without one and give that file",
                name=name,
            )
        ) from None
    except DependencyError:  # AES, and no cryptography package to decrypt it
        raise missing_extra(
            "{name}: the PDF is encrypted (AES); reading it needs the cryptography package "
            "of the extract extra: {install}",
            name,
        ) from None
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise ArticleFileError(
            t("{name}: not a readable PDF ({error})", name=name, error=library_words(error))
        ) from None
    lines = _without_furniture(pages)
    if not any(lines):
        raise ArticleFileError(
            t("{name}: the PDF has no text layer (a scan?); nothing to read", name=name)
        )
    return mend_lines(lines)


def _key(line: str) -> str:
    """A line as it repeats from page to page: its numbers and spacing aside."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().casefold()


def _without_furniture(pages: list[list[str]]) -> list[str]:
    """The pages' lines in one list, furniture out (the letterhead kept once, first)."""
    stripped = [[line.strip() for line in page] for page in pages]
    seen_on = Counter(k for page in stripped for k in {_key(line) for line in page if line})
    furniture = (
        {k for k, n in seen_on.items() if n >= 2 and n * 2 >= len(pages)}
        if len(pages) >= 2
        else set()
    )
    out: list[str] = []
    kept: set[str] = set()
    for number, page in enumerate(stripped):
        for index, line in enumerate(page):
            if line and _PAGE_NUMBER.fullmatch(line):
                continue
            key = _key(line)
            if line and key in furniture:
                # the letterhead at the top of the first page, once; no address or number
                if number == 0 and index < 3 and "#" not in key and key not in kept:
                    kept.add(key)
                    out.extend([line, ""])
                continue
            out.append(line)
    return out


def mend_lines(lines: list[str]) -> str:
    """Lines as set in a column, joined back into the sentences they break (a blank line
    stays a paragraph break)."""
    lengths = sorted(len(line) for line in lines if line)
    # The column's width: most full lines reach it; a line much shorter ends its paragraph.
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        previous = out[-1] if out else ""
        if previous and previous[-1] in "-\u00ad" and re.search(r"\w[-\u00ad]$", previous):
            out[-1] = _unhyphenate(previous, line)
        elif previous and _goes_on(previous, line, width):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return "\n".join(out).strip()


def _goes_on(previous: str, line: str, width: int) -> bool:
    """Whether `line` continues the sentence `previous` left open."""
    if _SENTENCE_END.search(previous):
        return False
    if previous.isupper():  # "SIARAN PERS", a letterhead: a heading ends where it ends
        return False
    if _LIST_ITEM.match(line):
        return False
    return len(previous) >= 0.7 * width or line[:1].islower() or line[:1] == "("


def _unhyphenate(previous: str, line: str) -> str:
    """`previous`, ending in a hyphen, joined with the line it breaks into."""
    head = previous[:-1]
    if previous.endswith("\u00ad"):  # a soft hyphen: the word was whole
        return head + line
    fragment = re.search(r"(\w+)$", head)
    following = re.match(r"(\w+)", line)
    if not fragment or not following or not line[:1].islower():
        return previous + line  # "Asia-" "Pasifik": a compound of names keeps its hyphen
    before, after = fragment.group(1).casefold(), following.group(1).casefold()
    if before == after or before.endswith(after):  # "kota-kota", "sehari-hari"
        return previous + line
    return head + line
