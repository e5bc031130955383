"""A saved web page as article text: its main text found by trafilatura (navigation, comments
and related-article lists dropped), its own title, site name and date from its markup.

The date is read from the page's markup only (meta tags, <time datetime>, JSON-LD, the
address): trafilatura's wider search also reads the page's free text, where the first date it
meets may be a related article's or the footer's, a publication date nobody wrote that would
put every "Selasa (4/2)" of the article in a wrong year. A date only in a byline paragraph
("Selasa, 12 Maret 2024 10:15 WIB") stays in the text, where the extractor reads it.

A page that is not UTF-8 is read in the charset it declares (<meta charset>, http-equiv), and
one that declares none as windows-1252, the web's default for an Indonesian reader. A page saved
as one .mhtml file (MIME, as "Webpage, Single File" writes it) is read as the page inside.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from typing import Any

from kerjasama_cli.files.article_common import (
    ArticleFileError,
    ArticleText,
    check_size,
    missing_extra,
    t,
)

# Scripts and styles, which trafilatura drops anyway: a saved news page carries hundreds of
# kilobytes of them (ads, the app's state) around a short article. JSON-LD stays: it dates it.
_SCRIPTS = re.compile(
    r"<script(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style[^>]*>.*?</style\s*>|<!--.*?-->",
    re.I | re.S,
)
# trafilatura's time grows faster than the page's elements (some 3 s for 8,000 links): the
# markup left once scripts and styles are out is bounded, far above a news page's.
MAX_PAGE_CHARS = 1_500_000
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# Labels the web reads as windows-1252 (the WHATWG Encoding standard): its printable 0x80-0x9F
# (curly quotes, dashes, the euro) are what such pages mean by them.
_WINDOWS_1252 = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "cp1252"}


def decode_page(data: bytes) -> str:
    """A page's bytes that are not UTF-8, in the charset the page declares, else windows-1252."""
    declared = _CHARSET.search(data[:4096])
    codec = "cp1252"
    if declared:
        label = declared.group(1).decode("ascii", "replace").lower()
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            codec = "cp1252"
        if label in _WINDOWS_1252 or codec in ("latin-1", "ascii", "utf-8"):
            codec = "cp1252"  # "utf-8" declared by a page that is not: the web's default
    return data.decode(codec, errors="replace")


def mhtml_page(name: str, data: bytes) -> str:
    """The web page inside a .mhtml file (its first text/html part)."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                charset = part.get_content_charset()
                try:
                    return payload.decode(charset) if charset else payload.decode("utf-8")
                except (LookupError, UnicodeDecodeError):
                    return decode_page(payload)
    raise ArticleFileError(
        t("{name}: the .mhtml file holds no web page; save the article's page again", name=name)
    )


def html_article(name: str, page: str) -> ArticleText:
    """The article a saved page holds: its main text, title, site name and date."""
    try:
        import trafilatura
    except ImportError:
        raise missing_extra(
            "{name}: reading a web page needs the extract extra: {install}", name
        ) from None
    # trafilatura and htmldate log their own complaints about odd pages to stderr: the one line
    # a failed read prints is ours.
    for logger in ("trafilatura", "htmldate"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    page = _SCRIPTS.sub("", page)
    check_size(name, page, MAX_PAGE_CHARS)
    found = trafilatura.bare_extraction(
        page,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,  # the markup's dates only (the module's docstring)
            "max_date": dt.date.today().isoformat(),
        },
    )
    body = _meta(found, "text") if found is not None else None
    if not body or len(body.split()) < 8:
        raise ArticleFileError(
            t(
                "{name}: the web page has no article text that could be found; save the "
                "article's own page, or copy its text into a .txt file",
                name=name,
            )
        )
    title = _meta(found, "title")
    published = _date(_meta(found, "date"))
    # The title leads the text, as on the page (once: the body often starts with its <h1>);
    # the date goes to the extractor as the publication date (the page's own, unless
    # --published says otherwise).
    first = body.lstrip().split("\n", 1)[0].strip()
    text = f"{title}\n\n{body}" if title and first != title else body
    return ArticleText(name, text, "html", title, published, _meta(found, "sitename"))


def _meta(found: Any, key: str) -> str | None:
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
