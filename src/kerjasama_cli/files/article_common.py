"""What the article readers (`articles.py` and one module per format) share: the text they
give, and what they say when a file cannot be read (the two errors and the message maker, in
the user's language)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kerjasama_cli.domain.errors import Count, KerjasamaError, Said, filled, install_command

# How to install the readers, in the message's language (as serve's hint, web/server.py).
INSTALL = install_command("extract")


def t(message: str, **values: str | Said | Count) -> str:
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


def missing_extra(message: str, name: str) -> MissingExtraError:
    """The refusal of a format whose reader is not installed: MESSAGE names what it needs."""
    return MissingExtraError(t(message, name=name, install=INSTALL))


@dataclass(frozen=True)
class ArticleText:
    """An article's text and what its file says about it (title, site and date, when it does)."""

    name: str
    text: str
    kind: str  # "text", "html", "pdf" or "docx"
    title: str | None = None
    published: dt.date | None = None
    publication: str | None = None  # a page's site name (og:site_name)


def library_words(error: Exception) -> str | Said:
    """A reader library's reason for a damaged file, for the parentheses of our line: its own
    words when they are short plain words, else ours. pypdf quotes the damaged bytes as Python
    shows them (b'\\xc1...'), python-docx the repr of what it was given (<_io.BytesIO ...>)."""
    words = " ".join(str(error).split())
    if not words or len(words) > 80 or re.search(r"\bb['\"]|\\x[0-9a-f]{2}|<[\w.]+ object", words):
        return Said("damaged or cut short")
    return words


def check_size(name: str, text: str, limit: int) -> None:
    """Refuse TEXT longer than LIMIT characters, far more than an article holds: the user gave
    a book, a dump or a page of menus, and reading it would take minutes."""
    if len(text) > limit:
        raise ArticleFileError(
            t(
                "{name}: {count} characters of text, more than an article holds (at most "
                "{limit}); give the article alone",
                name=name,
                count=Count(len(text)),
                limit=Count(limit),
            )
        )
