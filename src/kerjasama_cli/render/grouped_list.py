"""`list --by-governor`: a heading per leader term and its rows, held (`render_list_by_group`)
or written as the rows come.

The groups are known before the rows (`grouping.governor_groups`) and SQL gives the rows in
the groups' order (`store.queries.streams.grouped_rows`), so nothing holds the registry: the JSON
needs each group's count before its records (counted in SQL), the piped text each group's
column widths before its first row (measured in a first pass, a few numbers a group).
The text is the same as the held rendering's (`render_list_by_group` below).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from kerjasama_cli.domain.grouping import Group
from kerjasama_cli.i18n import translator

GroupRows = tuple[Group, Iterator[dict[str, Any]]]


def group_object(group: Group, count: int) -> dict[str, Any]:
    """A term's JSON object, less its `records` (which follow `count`)."""
    term = group.term
    return {
        "group": group.label,
        "governor": term.name if term else None,
        "governor_title": term.title if term else None,
        "term_start": term.start.isoformat() if term else None,
        "term_end": term.end.isoformat() if term and term.end else None,
        "basis": None if term else group.basis,
        "count": count,
        # Whose term (or record without a leader) it is: a ministry's registry holds several.
        "local_party": group.local_party,
    }


def write_json(groups: Iterable[GroupRows], counts: dict[str, int]) -> None:
    """The array of terms, each with its `records` (`list` objects), laid out as
    `render.machine.write_json` lays the whole out: a term holding records one key per line,
    its records one per line; an empty term on one line."""
    from kerjasama_cli.render.machine import _encode
    from kerjasama_cli.render.public import public_rows

    write = sys.stdout.write
    first = True
    for group, rows in groups:
        count = counts.get(group.key, 0)
        item = group_object(group, count)
        write("[\n  " if first else ",\n  ")
        first = False
        if not count:
            item["records"] = []
            write(_encode(item))
            continue
        write("{\n" + "".join(f"    {_encode(k)}: {_encode(v)},\n" for k, v in item.items()))
        write('    "records": [')
        chunk: list[str] = []
        sep = "\n      "
        for record in public_rows(rows):
            chunk.append(sep + _encode(record))
            sep = ",\n      "
            if len(chunk) >= 1000:
                write("".join(chunk))
                chunk.clear()
        write("".join(chunk) + "\n    ]\n  }")
    write("[]\n" if first else "\n]\n")


def write_markdown(
    groups: Iterable[GroupRows], lang: str, heads: Sequence[str | None] | None
) -> None:
    """A `###` heading per term and its `list` table (or that nothing is recorded)."""
    from kerjasama_cli.render.markdown import row_line, table
    from kerjasama_cli.render.records import list_headers, list_row
    from kerjasama_cli.render.timeline_labels import markdown_heading

    t = translator(lang)
    code = t.lang
    head = table(list_headers(t, False, heads), [], right=(0,))
    write = sys.stdout.write
    for group, rows in groups:
        write(markdown_heading(group, lang))
        chunk: list[str] = []
        count = 0
        for row in rows:
            if not count:
                chunk.append(head)
            count += 1
            chunk.append(row_line(list_row(row, code, False)))
            if len(chunk) >= 1000:
                write("".join(chunk))
                chunk.clear()
        if count:
            write("".join(chunk) + "\n")
        else:
            write("_" + t("Nothing recorded.") + "_\n\n")


def measure(
    rows: Iterable[dict[str, Any]], lang: str, heads: Sequence[str | None] | None
) -> dict[str, list[int]]:
    """Each group's column widths (by `group_key`) over ROWS in any order: what the piped
    tables need before their first row."""
    from kerjasama_cli.render.records import list_headers, list_row

    t = translator(lang)
    code = t.lang
    start = [len(h) for h in list_headers(t, False, heads)]
    widths: dict[str, list[int]] = {}
    for row in rows:
        current = widths.setdefault(row["group_key"], list(start))
        for i, cell in enumerate(list_row(row, code, False)):
            if len(cell) > current[i]:
                current[i] = len(cell)
    return widths


def write_text(
    groups: Iterable[GroupRows],
    widths: dict[str, list[int]],
    lang: str,
    heads: Sequence[str | None] | None,
) -> None:
    """The piped text: each term's heading, then its `list` table and count (as `render_list`
    prints a held group), or that nothing is recorded."""
    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit, write_text_table
    from kerjasama_cli.render.records import count_line, list_headers, list_row
    from kerjasama_cli.render.timeline_labels import heading

    t = translator(lang)
    code = t.lang
    headers = list_headers(t, False, heads)
    out = console()
    for number, (group, rows) in enumerate(groups):
        if number:
            out.print()
        emit(out, heading(group, lang))
        if group.key not in widths:
            emit(out, "  " + t("nothing recorded"))
            continue
        sized = [[" " * w for w in widths[group.key]]]  # the widths, as one measured row
        cells = (list_row(row, code, False) for row in rows)
        count = write_text_table(headers, sized, cells, sys.stdout.write, right=(0,))
        sys.stdout.write(count_line(count, lang) + "\n")


def render_list_by_group(
    groups: Sequence[Group], lang: str = "id", heads: Sequence[str | None] | None = None
) -> None:
    """`list --by-governor`: a heading per group and the `list` table under it."""
    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit
    from kerjasama_cli.render.records import render_list
    from kerjasama_cli.render.timeline_labels import heading

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
    from kerjasama_cli.render.markdown import table
    from kerjasama_cli.render.records import list_cells
    from kerjasama_cli.render.timeline_labels import markdown_heading

    t = translator(lang)
    for group in groups:
        sys.stdout.write(markdown_heading(group, lang))
        if group.rows:
            headers, cells = list_cells(group.rows, lang, heads=heads)
            sys.stdout.write(table(headers, cells, right=(0,)) + "\n")
        else:
            sys.stdout.write("_" + t("Nothing recorded.") + "_\n\n")
