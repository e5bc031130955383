"""The `timeline`: grouped, dated lines as text (rich), markdown for briefings, or JSON items.

Over 400 lines: one timeline in four forms (rich text, plain streamed text, markdown, JSON items),
which share the headings, date ranges and people lines, so a group is labelled the same way in each.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.fuzzy_date import FuzzyDate, month_name
from kerjasama_cli.domain.grouping import Group, group_label
from kerjasama_cli.domain.records import Person
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.fields import fuzzy_date, json_date, lang_of

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
    """What follows a heading: the term for leaders, country and kind for partners, a note."""
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


def items(groups: Sequence[Group], people: People, by: str) -> Iterator[dict[str, Any]]:
    """The JSON contract: one object per record in timeline order (docs/guide/briefings.md), made
    as the writer consumes them."""
    return stream_items(((g, g.rows) for g in groups), people, by)


def stream_items(groups: Iterable[GroupRows], people: People, by: str) -> Iterator[dict[str, Any]]:
    """`items` of groups given with their rows, as the rows come (`grouping.stream_by_year`)."""
    no_people: tuple[Person, ...] = ()
    for group, rows in groups:
        label = group.label
        for row in rows:
            iso, date_label = json_date(row)
            precision = row["date_precision"]
            yield {
                "id": row["id"],
                "key": row["key"],
                "date": iso,
                "date_label": date_label,
                "date_precision": precision,
                "date_start": row["date_start"],
                "date_end": row["date_end"],
                "approximate": precision != "day",  # FuzzyDate.approximate
                "kind": row["kind"],
                "type": row["type"],
                "partner": row.get("partner"),
                "country": row.get("country"),
                "governor": row.get("governor"),
                "governor_basis": row.get("governor_basis"),
                "governor_candidates": row.get("governor_candidates") or [],
                "title": row.get("title"),
                "signatories": [vars(p) for p in people.get(row["id"], no_people)],
                "group_by": by,
                "group": label,
            }


def rich_terminal() -> bool:
    """Whether the text timeline is drawn through rich (a terminal) rather than as plain lines."""
    from kerjasama_cli.render.console import rich_terminal as on_terminal

    return on_terminal()


def render_text(
    groups: Sequence[Group], people: People, lang: str = "id", by: str = "year"
) -> None:
    """Headings and aligned lines; the partner is never cut, long dates and names fold.

    Grouped by partner, the heading names the partner, so each line shows the title instead.
    """
    from kerjasama_cli.render.console import rich_terminal

    t = translator(lang)
    if not rich_terminal():  # piped: plain lines, without importing rich
        import sys

        if not groups:
            sys.stdout.write(t("nothing recorded matches") + "\n")
            return
        _plain_text(groups, people, lang, by)
        return
    from rich.console import Group as Lines
    from rich.table import Table
    from rich.text import Text

    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit

    out = console()
    if not groups:
        out.print(t("nothing recorded matches"), style="dim")
        return
    wide = out.width >= 110  # who signed, with their titles
    rows = [r for g in groups for r in g.rows]
    type_width = max((len(t.type(r["type"])) for r in rows), default=4)
    partner_width = min(max((len(partner_text(r, lang)) for r in rows), default=8), 40)
    if by == "partner":
        partner_width = 20
    # A date is printed whole, never folded: in words when the partner keeps at least 16
    # columns beside it, else in the compact form (`~2025-08`, `by 2015-05-12`).
    date_of = dated
    date_width = max((len(dated(r, lang)) for r in rows), default=4)
    if out.width - date_width - type_width - 7 < 16:
        from kerjasama_cli.render.fields import short_date

        date_of = short_date
        date_width = max((len(short_date(r, lang)) for r in rows), default=4)
    if out.width - date_width - type_width - 7 < 12:  # very narrow: the type wraps at spaces
        type_width = max((len(w) for r in rows for w in t.type(r["type"]).split()), default=4)
    partner_width = max(10, min(partner_width, out.width - date_width - type_width - 7))
    for number, group in enumerate(groups):
        if number:
            out.print()
        emit(out, heading(group, lang))
        if not group.rows:
            out.print(f"  [dim]{t('nothing recorded')}[/dim]")
            continue
        table = Table.grid(padding=(0, 1), pad_edge=False, expand=True)
        table.add_column(width=1)  # indent
        table.add_column(width=date_width, no_wrap=True)
        table.add_column(width=1)
        table.add_column(width=type_width)
        table.add_column(min_width=partner_width, overflow="fold", ratio=1)
        for row in group.rows:
            # The partner first and whole; who signed below it, then the title (both wrapping:
            # a title wraps before it vanishes).
            if by == "partner":
                first = Text(row.get("title") or t.type(row["type"]))
            else:
                first = Text(partner_text(row, lang), style="bold")
            lines = [first]
            who = people_line(row, people.get(row["id"], ()), titles=wide, lang=lang)
            if who:
                lines.append(Text(who))
            if row.get("title") and by != "partner":
                lines.append(Text(row["title"], style="dim"))
            candidates = row.get("governor_candidates") or []
            if group.key == "undetermined" and candidates:
                lines.append(Text(_candidates(candidates, lang), style="italic"))
            event = row["kind"] == "event"
            table.add_row(
                "",
                Text(date_of(row, lang)),
                EVENT_MARK if event else DOCUMENT_MARK,
                Text(t.type(row["type"]), style="italic" if event else ""),
                Lines(*lines),
            )
        emit(out, table)
    out.print()
    out.print(legend(lang), style="dim", overflow="fold")


def _candidates(candidates: Sequence[str], lang: str) -> str:
    return translator(lang)("candidates:") + " " + " / ".join(candidates)


def _plain_text(groups: Sequence[Group], people: People, lang: str, by: str) -> None:
    """The timeline for pipes and files: a heading per group, one whole line per record
    (date, marker, type, partner, who signed, title), never folded whatever the width."""
    code = translator(lang).lang
    rows = [r for g in groups for r in g.rows]
    widths = plain_widths(rows, (r["type"] for r in rows), code)
    write_plain(((g, g.rows) for g in groups), people, lang, by, widths)


def plain_widths(
    dates: Iterable[dict[str, Any]], types: Iterable[str], lang: str
) -> tuple[int, int]:
    """The plain timeline's date and type column widths, over rows (or their distinct dates
    and types: `store.queries.extents.date_type_extents`)."""
    from kerjasama_cli.render.fields import word

    code = translator(lang).lang
    date_width = max((len(dated(d, code)) for d in dates), default=0)
    type_width = max((len(word(code, "type", t)) for t in types), default=0)
    return date_width, type_width


def write_plain(
    groups: Iterable[GroupRows], people: People, lang: str, by: str, widths: tuple[int, int]
) -> None:
    """The plain timeline's lines, written a chunk at a time as the groups' rows come."""
    import sys

    from kerjasama_cli.render.fields import word

    t = translator(lang)
    code = t.lang
    date_width, type_width = widths
    no_people: tuple[Person, ...] = ()
    write = sys.stdout.write
    out: list[str] = []
    for number, (group, rows) in enumerate(groups):
        if number:
            out.append("")
        detail = heading_detail(group, lang)
        out.append(group_label(group, lang) + (f"  {detail}" if detail else ""))
        undetermined = group.key == "undetermined"
        empty = True
        for row in rows:
            empty = False
            mark = EVENT_MARK if row["kind"] == "event" else DOCUMENT_MARK
            date, type_word = dated(row, code), word(code, "type", row["type"])
            parts = [f"  {date:<{date_width}} {mark} {type_word:<{type_width}}"]
            if by != "partner":
                parts.append(partner_text(row, lang))
            who = people_line(row, people.get(row["id"], no_people), lang=lang)
            if who:
                parts.append(who)
            if row.get("title"):
                parts.append(row["title"])
            candidates = row.get("governor_candidates")
            if undetermined and candidates:
                parts.append(_candidates(candidates, lang))
            out.append("  ".join(parts).rstrip())
            if len(out) >= 1000:
                out.append("")
                write("\n".join(out))
                out.clear()
        if empty:
            out.append("  " + t("nothing recorded"))
    out += ["", legend(lang)]
    write("\n".join(out) + "\n")


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def render_markdown(
    groups: Sequence[Group], people: People, lang: str = "id", write: Any = None
) -> None:
    """GitHub-flavoured markdown: a `###` heading and a table per group, for briefing notes."""
    import sys

    write = write or sys.stdout.write
    if not groups:
        write("_" + translator(lang)("Nothing recorded matches.") + "_\n")
        return
    write_markdown(((g, g.rows) for g in groups), people, lang, write)


def write_markdown(
    groups: Iterable[GroupRows], people: People, lang: str = "id", write: Any = None
) -> None:
    """`render_markdown` of groups given with their rows, written as the rows come."""
    import sys

    from kerjasama_cli.render.markdown import table as md_table

    t = translator(lang)
    write = write or sys.stdout.write
    headers = [t(h) for h in ("Date", "Kind", "Type", "Partner", "Country", "Signatories", "Title")]
    head = md_table(headers, [])
    for group, rows in groups:
        detail = heading_detail(group, lang)
        label = group_label(group, lang)
        write(f"### {_cell(label)}" + (f" ({_cell(detail)})" if detail else "") + "\n\n")
        cells: list[list[str]] = []
        count = 0
        for row in rows:
            count += 1
            if count == 1:
                write(head)
            country = row.get("country")
            cells.append(
                [
                    dated(row, lang),
                    t.kind(row["kind"]),
                    t.type(row["type"]),
                    row.get("partner") or t("(partner not named)"),
                    f"{country_name(country, t.lang)} ({country})" if country else "",
                    people_line(row, people.get(row["id"], ()), lang=lang),
                    row.get("title") or "",
                ]
            )
            if len(cells) >= 1000:
                write(md_table(headers, cells).removeprefix(head))
                cells.clear()
        if count:
            write(md_table(headers, cells).removeprefix(head) + "\n")
        else:
            write("_" + t("Nothing recorded.") + "_\n\n")
    write(md_legend(lang) + "\n")


def render_list_by_group(
    groups: Sequence[Group], lang: str = "id", heads: Sequence[str | None] | None = None
) -> None:
    """`list --by-governor`: a heading per group and the `list` table under it."""
    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit
    from kerjasama_cli.render.records import render_list

    out = console()
    for number, group in enumerate(groups):
        if number:
            out.print()
        emit(out, heading(group, lang))
        if group.rows:
            render_list(group.rows, lang, heads=heads)
        else:
            emit(out, "  " + translator(lang)("nothing recorded"))


def render_list_by_group_markdown(
    groups: Sequence[Group], lang: str = "id", heads: Sequence[str | None] | None = None
) -> None:
    """`list --by-governor --format markdown`: a `###` heading per group and its `list` table."""
    import sys

    from kerjasama_cli.render.markdown import table
    from kerjasama_cli.render.records import list_cells

    t = translator(lang)
    for group in groups:
        detail = heading_detail(group, lang)
        label = group_label(group, lang)
        sys.stdout.write(f"### {_cell(label)}" + (f" ({_cell(detail)})" if detail else "") + "\n\n")
        if group.rows:
            headers, cells = list_cells(group.rows, lang, heads=heads)
            sys.stdout.write(table(headers, cells, right=(0,)) + "\n")
        else:
            sys.stdout.write("_" + t("Nothing recorded.") + "_\n\n")
