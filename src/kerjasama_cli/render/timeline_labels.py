"""How a timeline says each thing, the same in every form (rich and plain text, markdown, JSON,
`list --by-governor`): the markers and their legend, a date at its precision, who signed, the
partner, and a group's heading."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.fuzzy_date import FuzzyDate, month_name
from kerjasama_cli.domain.grouping import Group, group_label
from kerjasama_cli.domain.records import Person
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.fields import fuzzy_date, lang_of
from kerjasama_cli.render.markdown import heading as md_heading

DOCUMENT_MARK, EVENT_MARK = "●", "○"
APPROX = "~"


def legend(lang: str) -> str:
    """The key to the markers, one line at 80 columns."""
    t = translator(lang)
    return (
        f"{DOCUMENT_MARK} {t('signed document')}  {EVENT_MARK} {t('event')}  "
        f"{APPROX} {t('day unknown')}  {t.ctx('date', 'by')} …: {t('in force by, start unknown')}"
    )


def md_legend(lang: str) -> str:
    """The key to the markers, for markdown."""
    t = translator(lang)
    by = t.ctx("date", "by")
    text = t("{approx} the exact day is not known; “{by} …”: in force by that date, start unknown.")
    return "_" + text.format(approx=APPROX, by=by) + "_"


People = Mapping[int, Sequence[Person]]
# A group and its rows, which may be an iterator consumed once (a streamed timeline).
GroupRows = tuple[Group, Iterable[dict[str, Any]]]


def dated(row: dict[str, Any], lang: str) -> str:
    """The date at its precision, `~` in front when only a month, year or range is known.

    `~Agustus 2025`, `~2024`, `~1–11 Agustus 2025`; "in force by" dates read `sebelum 12 Mei 2015`
    (the word marks them). A range within one year is written compactly.
    """
    return _dated(row["date_start"], row["date_end"], row["date_precision"], lang_of(lang))


@functools.lru_cache(maxsize=1 << 17)
def _dated(start: str | None, end: str | None, precision: str, lang: str) -> str:
    # Once per distinct date and language: a timeline of 70,000 records has a few thousand.
    date = fuzzy_date(start, end, precision)
    if date.precision == "range" and date.start and date.end:
        return APPROX + _range_label(date.start, date.end, lang)
    return (APPROX if date.precision in ("month", "year") else "") + date.label(lang)


def _range_label(start: dt.date, end: dt.date, lang: str) -> str:
    """`1–11 Agustus 2025`, `20 Februari – 11 Agustus 2025`, `Januari – Maret 2025`, ..."""
    month = functools.partial(month_name, lang=lang)
    # (the month's last day by the calendar: adding a day overflows on 9999-12-31)
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if start.year != end.year or (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return FuzzyDate(start, end, "range").label(lang)
    if whole_months:
        if start.month == end.month:
            return f"{month(start.month)} {start.year}"
        return f"{month(start.month)} – {month(end.month)} {end.year}"
    if start.month == end.month:
        return f"{start.day}–{end.day} {month(end.month)} {end.year}"
    return f"{start.day} {month(start.month)} – {end.day} {month(end.month)} {end.year}"


def people_line(
    row: dict[str, Any], people: Sequence[Person], titles: bool = True, lang: str = "id"
) -> str:
    """`Name (title); Name (title)`, or the leader a source credits, or ''."""
    if people:
        return "; ".join(f"{p.name} ({p.title})" if p.title and titles else p.name for p in people)
    if row.get("leader"):
        return translator(lang)("credited to {name}").format(name=row["leader"])
    return ""


def partner_text(row: dict[str, Any], lang: str = "id") -> str:
    """`Shanghai (CN)`, or the title's stand-in when no partner is named."""
    name = row.get("partner") or translator(lang)("(partner not named)")
    return f"{name} ({row['country']})" if row.get("country") else name


def heading_detail(group: Group, lang: str) -> str:
    """What follows a heading: the term for leaders, country and kind for partners, a note;
    a governor group's government first when several are shown (`Kota Surabaya — …`)."""
    detail = _detail(group, lang)
    if group.several and group.local_party:
        return f"{group.local_party} — {detail}" if detail else group.local_party
    return detail


def _detail(group: Group, lang: str) -> str:
    t = translator(lang)
    if group.term is not None:
        return group.term.label(lang)
    first = group.rows[0] if group.rows else (group.first or {})
    if first.get("partner_key") and group.key == first.get("partner_key"):
        country = first.get("country")
        where = f"{country_name(country, t.lang)} ({country})" if country else t("no country")
        kind = first.get("partner_kind")
        return f"{where}, {t.partner_kind(kind)}" if kind else where
    return t(group.note) if group.note else ""


def heading(group: Group, lang: str) -> Any:
    """A group's heading: its label in bold, the detail (term, country, note) dimmed."""
    from rich.text import Text

    text = Text(group_label(group, lang), style="bold")
    detail = heading_detail(group, lang)
    if detail:
        text.append("  " + detail, style="dim")
    return text


def candidates_line(candidates: Sequence[str], lang: str) -> str:
    """`candidates: A / B`: the leaders an undetermined record may belong to."""
    return translator(lang)("candidates:") + " " + " / ".join(candidates)


def markdown_heading(group: Group, lang: str) -> str:
    """A group's `###` heading and the blank line after it: its label, the detail in brackets."""
    detail = heading_detail(group, lang)
    label = group_label(group, lang) or ""
    return "### " + md_heading(label + (f" ({detail})" if detail else "")) + "\n\n"
