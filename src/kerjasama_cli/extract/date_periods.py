"""Periods told back from the article's own date, at the precision their words name.

"tahun lalu" (the year before publication), "bulan ini", "earlier this month", "dua hari lalu";
and a month told without its year ("pada Agustus", "akhir Agustus lalu", "in late March"), the
latest such month, or the next one when told as still to come ("Mei mendatang"). The part of a
month ("akhir", "late") keeps the month: the registry's grammar has thirds of a year, not of a
month, and the month holds the part. Split from dates.py (issue 23, i33d).
"""

from __future__ import annotations

import datetime as dt
import re

_COMPARED = re.compile(
    r"\b(?:dibanding(?:kan)?(?: dengan)?|daripada|than|compared (?:to|with)|sejak|since|"
    r"hingga|sampai|until|pada periode)\s+(?:the\s+)?(?:akhir\s+|awal\s+|end of\s+)?$",
    re.I,
)
# "dua tahun lalu", "beberapa puluh tahun lalu", "sejak ratusan tahun lalu", "a few years": a
# count, told roughly
_COUNTED = re.compile(
    r"(?:\d|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|puluh|"
    r"puluhan|belas|ratus|ratusan|ribuan|se|a few|several|many))\s*$",
    re.I,
)
_COUNTS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "two": 2, "three": 3, "four": 4, "five": 5}


def period(g: dict[str, str | None], published: dt.date | None, before: str) -> str | None:
    """ "tahun lalu" (the year before publication), "bulan ini", "earlier this month", "dua
    hari lalu": the period the words name, at its own precision. "dua tahun lalu", "10 tahun
    lalu" (a count of years, told roughly) and "setahun lalu" are left alone."""
    if published is None:
        return None
    week = g.get("week")
    if week:
        if week[0].isupper() and week.lower().startswith("minggu"):
            return None  # "Minggu lalu": last Sunday (a weekday), not last week
        # the week before publication's, or the seven days before it: both in one month or unsure
        first, last = published - dt.timedelta(days=published.weekday() + 7), published
        return f"{first:%Y-%m}" if (first.year, first.month) == (last.year, last.month) else None
    if g.get("n"):
        count = _COUNTS.get(g["n"].lower()) or int(g["n"])
        return (published - dt.timedelta(days=count)).isoformat()
    unit = (g.get("unit") or g.get("unit2") or "").lower()
    which = (g.get("which") or g.get("which2") or "").lower()
    if _COUNTED.search(before):
        return None
    if _COMPARED.search(before):
        return None  # "naik dibanding tahun lalu", "than last year": a comparison, no event
    if re.search(r"\b(?:must|should|harus|seharusnya|mestinya)\b[^.,;]{0,30}$", before, re.I):
        return None  # "must be renewed last year also": what was due, not what happened
    back = 0 if which in ("ini", "this", "earlier this") else 1
    if unit in ("tahun", "year"):
        return f"{published.year - back:04d}"
    month = published.month - back or 12
    year = published.year - (1 if back and published.month == 1 else 0)
    return f"{year:04d}-{month:02d}"


# "pada Agustus mendatang", "next August": a month still to come.
_AHEAD_AFTER = re.compile(r"\s+(?:mendatang|depan|nanti|yang akan datang)\b", re.I)
_AHEAD_BEFORE = re.compile(r"\b(?:next|coming|upcoming)\s+$", re.I)


def month_back(month: int, published: dt.date, before: str, rest: str) -> str:
    """The month told without its year: the latest such month up to publication, or the next
    one when told as a plan (`before` and `rest` are the words around it)."""
    if _AHEAD_AFTER.match(rest) or _AHEAD_BEFORE.search(before):
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


__all__ = ["month_back", "period"]
