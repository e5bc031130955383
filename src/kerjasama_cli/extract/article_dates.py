"""The dates of the article itself: its publication date in a byline, its dateline's day.

"Rabu, 28 Mei 2025" in a byline is the publication date; "JAKARTA, March 3 (Antara) -" gives the
day of the news without its year, put in the article's latest dated year. Split from dates.py
(issue 23, i33d), which reads dates in running text.
"""

from __future__ import annotations

import datetime as dt
import re

from kerjasama_cli.extract.dates import YEAR, day_or_none, find_dates, month_number

# "JAKARTA, March 3 (Antara) -", "GEORGE TOWN, Oct 28 (Bernama) --", "MEDAN, 5 Maret (ANTARA)":
# a dateline's day and month, without the year.
_DATELINE_DAY = re.compile(
    r"^[A-Z][A-Za-z .'-]{2,30},\s*(?:(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})|"
    r"(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8}))\b(?!\.?,?\s*\d)\s*(?:\(|[-–—])"
)


def dateline_day(text: str, years: frozenset[int]) -> tuple[dt.date, str] | None:
    """The day a dateline gives ("JAKARTA, March 3 (Antara) -") in the article's latest dated
    year (`years`, from `article_years`), and its text; None without a year to put it in, or
    where the article (`text`, its dateline first) names a later year."""
    m = _DATELINE_DAY.match(text)
    if m is None or len(years) != 1:
        return None
    if any(int(y) > max(years) for y in re.findall(rf"\b{YEAR}\b", text)):
        return None  # a later year told without a month: which is the story's is not known
    month = month_number(m.group("m") or m.group("m2"))
    day = (
        day_or_none(next(iter(years)), month, int(m.group("d") or m.group("d2"))) if month else None
    )
    return (day, m.group(0).rstrip("(-–— ")) if day else None


def parse_published(text: str) -> dt.date | None:
    """The first full date in a byline or dateline ("Rabu, 28 Mei 2025", "Aug 12, 2025")."""
    for mention in find_dates(text, None):
        if len(mention.iso) == 10:
            if len(text[: mention.start].split()) > _CAPTION_WORDS:
                # "Walikota Tangerang ... saat mengunjungi Kampung Markisa Gerendeng,
                # Tangerang, Sabtu 21 Juli 2018. Antara": a photo's caption, the day it was taken
                return None
            return dt.date.fromisoformat(mention.iso)
    return None


# A byline tells its date within a few words ("MINGGU, 05 JULI 2020 | 19:12 WIB", "Oleh Ani
# Rahma - Senin, 12 Juni 2023"); a line with a longer clause before the date is a caption.
_CAPTION_WORDS = 10


__all__ = ["dateline_day", "parse_published"]
