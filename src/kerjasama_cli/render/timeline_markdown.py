"""The timeline as GitHub-flavoured markdown, for briefing notes: a `###` heading and a table
per group, written as the rows come."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.grouping import Group
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.timeline_labels import (
    GroupRows,
    People,
    dated,
    markdown_heading,
    md_legend,
    people_line,
)


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
        write(markdown_heading(group, lang))
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
