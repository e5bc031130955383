"""The timeline as text: on a terminal drawn through rich, headings and aligned lines that
fold but never cut the partner; in a pipe or a file, plain lines written a chunk at a time as
the rows come, never folded whatever the width (and without importing rich)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.domain.grouping import Group, group_label
from kerjasama_cli.domain.records import Person
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.timeline_labels import (
    DOCUMENT_MARK,
    EVENT_MARK,
    GroupRows,
    People,
    candidates_line,
    dated,
    heading,
    heading_detail,
    legend,
    partner_text,
    people_line,
)


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
            if group.basis == "undetermined" and candidates:
                lines.append(Text(candidates_line(candidates, lang), style="italic"))
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
        undetermined = group.basis == "undetermined"
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
                parts.append(candidates_line(candidates, lang))
            out.append("  ".join(parts).rstrip())
            if len(out) >= 1000:
                out.append("")
                write("\n".join(out))
                out.clear()
        if empty:
            out.append("  " + t("nothing recorded"))
    out += ["", legend(lang)]
    write("\n".join(out) + "\n")
