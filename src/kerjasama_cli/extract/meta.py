"""What an article says about itself: publication, author, publication date, title."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kerjasama_cli.extract.article_dates import dateline_day, parse_published
from kerjasama_cli.extract.dates import article_years, find_dates
from kerjasama_cli.extract.text import Article

_DATELINE = [
    # "MerahPutih.com - ", "TEROPONGNEWS.COM, JAKARTA –", "JAKARTA, KOMPAS.com -", and with a
    # bar or a colon: "Jayapura, Euforia.id |", "JAKARTA, jeluka.id:"
    re.compile(
        r"^(?:[A-Z][A-Za-z ]{2,20},\s*)?(?P<pub>[A-Za-z][\w-]*\.(?:com|co\.id|co|id|net|org|news)"
        r"(?:\.\w{2})?)\b\s*(?:,\s*[A-Za-z ]{2,20})?\s*(?:[-–—]+|\||:)",
        re.I,
    ),
    # "Jakarta, CNN Indonesia --"
    re.compile(
        r"^[A-Z][A-Za-z ]{2,20},\s*(?P<pub>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*[-–—]{1,2}\s"
    ),
    # "GEORGE TOWN, Oct 28 (Bernama) --"
    re.compile(
        r"^[A-Z][A-Z .'-]{2,30},\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*\((?P<pub>[^)]{2,30})\)\s*[-–—]+"
    ),
    # "Jakarta (ANTARA) -", "SEOUL (Yonhap) --", "GENERAL SANTOS CITY (MindaNews / 17 Feb) –"
    re.compile(
        r"^[A-Z][A-Za-z ]{2,20}\s*\((?P<pub>[A-Za-z][\w .]{1,30}?)(?:\s*/\s*[\w .]{1,12})?\)"
        r"\s*[-–—]+"
    ),
]
# "KUALA LUMPUR:", "Jakarta -", "date 2023-06-04 MIRI (June 4):" (the day in brackets is the
# publication's, not a record's); "BASHKORTOSTAN–West Java Governor ..." (real31): a place in
# capitals run on to the first word by a long dash.
_PLAIN_DATELINE = re.compile(
    r"^\s*(?:date \d{4}-\d{2}-\d{2}\s+)?(?:[A-Z][A-Z .'-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"\s*(?:\([A-Z]?[\w /.]{1,16}\)\s*)?(?::|[-–—]{1,2})\s"
    r"|^\s*[A-Z][A-Z .'-]{2,30}[–—](?=[A-Z][a-z])"
)
_BYLINE = [
    re.compile(
        r"^(?!Penulis|Editor)(?P<a>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,4})\s*\|\s*(?!Edito"
        r"r)(?P<pub>[A-Z][\w .]+)$"
    ),
    re.compile(
        r"(?:LAPORAN|Laporan|Reporter|Penulis|Pewarta|Writer|By|Oleh)\s*[:：]?\s*"
        r"(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
    ),
    re.compile(r"^(?P<a>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,4})\s*[-–]\s*\w+,\s*\d"),
]


@dataclass(frozen=True)
class Meta:
    """The article's source details, each None where the text does not show it."""

    publication: str | None
    title: str | None
    author: str | None
    published: dt.date | None
    published_text: str | None  # where the date was read, for the reviewer
    dateline: int = 0  # length of the "JAKARTA, KOMPAS.com -" lead of the first paragraph


def _title_case(name: str) -> str:
    return name.title() if name.isupper() else name


def _dedupe(author: str) -> str:
    """ "Ananda Dimas PrasetyaAnanda Dimas Prasetya" (a page's doubled byline) -> once."""
    half = len(author) // 2
    if len(author) % 2 == 0 and author[:half] == author[half:]:
        return author[:half]
    return author


def read_meta(article: Article, published: dt.date | None = None) -> Meta:
    """Source details from the header lines and the first paragraph; `published` (the
    --published option) wins over the text."""
    publication = author = None
    date_text = None
    dateline = 0
    found_date: dt.date | None = None
    for line in article.header:
        if found_date is None:
            found_date = parse_published(line)
            date_text = line if found_date else None
        for pattern in _BYLINE:
            m = pattern.search(line)
            if m and author is None:
                author = _title_case(_dedupe(m.group("a").strip()))
                if "pub" in m.groupdict() and m.group("pub") and publication is None:
                    publication = m.group("pub").strip()
    if article.paragraphs:
        first = article.paragraphs[0]
        for pattern in _DATELINE:  # the dateline names the publication best
            m = pattern.match(first)
            if m:
                publication = m.group("pub").strip()
                dateline = m.end()
                break
        else:
            plain = _PLAIN_DATELINE.match(first)  # "KUALA LUMPUR:", "Jakarta -"
            dateline = plain.end() if plain else 0
        if found_date is None:
            head = first[:80]
            found_date = parse_published(head) if re.search(r"\d{4}", head) else None
            date_text = head if found_date else None
    if found_date is None and published is None and article.paragraphs:
        # "JAKARTA, March 3 (Antara) -": the dateline's day, in the article's latest dated year
        body = "\n\n".join(article.paragraphs)
        told = dateline_day(body, article_years(article.paragraphs))
        if told is not None:
            found_date, date_text = told
    if found_date is None and published is None:  # --published wins: no need to look
        # No byline date: the latest weekday-stamped full date of the body, as in "dikutip
        # TeropongNews, Jumat (28/4/2023)" - the day the outlet quoted its source.
        best: dt.date | None = None
        for paragraph in article.paragraphs:
            for mention in find_dates(paragraph, None):
                if mention.source and len(mention.iso) == 10:
                    day = dt.date.fromisoformat(mention.iso)
                    if best is None or day > best:
                        best, date_text = day, mention.text
        found_date = best
    if publication and publication.isupper() and "." in publication:
        publication = publication.split(".")[0].title() + "." + publication.split(".", 1)[1].lower()
    if published is not None:
        found_date, date_text = published, "--published"
    return Meta(publication, article.title, author, found_date, date_text, dateline)
