"""The `list` table written as the rows come, never holding them (issue 25).

Piped text and markdown: the same text as `render.records.render_list` /
`render_list_markdown` of held rows. The widths of a plain table are known before its first
row: from the distinct values (`store.queries.extents`), the validity columns too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.i18n import translator
from kerjasama_cli.render import fields
from kerjasama_cli.render.plain import first_ready
from kerjasama_cli.render.records import (
    count_line,
    list_headers,
    list_row,
    other_side,
    partner_label,
    short_governor,
)


def stream_list_markdown(
    rows: Iterable[dict[str, Any]],
    lang: str | None = None,
    validity: bool = False,
    heads: Iterable[str | None] | None = None,
    sides: frozenset[str] | None = None,
) -> None:
    """`list --format markdown` written as the rows come (a Markdown table pads nothing: the
    text of `render_list_markdown`, never holding the rows)."""
    import sys

    from kerjasama_cli.render.markdown import row_line, table

    t = translator(lang)
    code = t.lang
    write = sys.stdout.write
    rows = first_ready(rows)
    write(table(list_headers(t, validity, heads, sides is not None), [], right=(0,)))
    count = 0
    chunk: list[str] = []
    for row in rows:
        chunk.append(row_line(list_row(row, code, validity, sides)))
        count += 1
        if len(chunk) >= 1000:
            write("".join(chunk))
            chunk.clear()
    write("".join(chunk))
    write(f"\n_{count_line(count, lang)}_\n")


def _widths(
    extents: Any,
    headers: Sequence[str],
    code: str,
    sides: frozenset[str] | None = None,
    pairs: Sequence[dict[str, Any]] = (),
) -> list[int]:
    """The widths of the six columns of the `list` table (HEADERS: their headings) from the
    distinct values behind them (`store.queries.extents.list_extents`); with SIDES
    (`--involving`) the partner column's from the other side of each distinct pair of parties
    (PAIRS, `store.queries.extents.side_pairs`)."""
    word = fields.word
    short = fields.short_date
    if sides is None:
        partners = [len(partner_label(p, code)) for p in extents.partners]
    else:
        partners = [len(other_side(p, sides, code)) for p in pairs]
    return [
        max(len(headers[0]), len(str(extents.max_id or ""))),
        max([len(headers[1]), *(len(short(d, code)) for d in extents.dates)]),
        max([len(headers[2]), *(len(word(code, "type", ty)) for ty in extents.types)]),
        max([len(headers[3]), *partners]),
        max([len(headers[4]), *(len(short_governor(g, code)) for g in extents.governors)]),
        max(len(headers[5]), extents.max_title),
    ]


def stream_validity_list(
    extents: Any,
    validity: Any,
    rows: Iterable[dict[str, Any]],
    lang: str | None = None,
    heads: Iterable[str | None] | None = None,
    sides: frozenset[str] | None = None,
    pairs: Sequence[dict[str, Any]] = (),
) -> None:
    """The piped `list` table with its validity columns (`render_list`'s text off a terminal),
    written as the rows come: the widths from the distinct values (EXTENTS, `list_extents`) and
    the validity's (VALIDITY, `validity_extents`: the longest last day, the distinct statuses),
    so the first line comes without a pass over every record. VALIDITY None: the table without
    its validity columns, from rows as dicts (`--involving`, whose other side needs the local
    party that `stream_list`'s tuples lack)."""
    import sys

    from kerjasama_cli.render.plain import write_table_rows

    t = translator(lang)
    code = t.lang
    if validity is None:
        headers = list_headers(t, False, heads, sides is not None)
        widths = _widths(extents, headers, code, sides, pairs)
        cells = (list_row(r, code, False, sides) for r in rows)
        count = write_table_rows(headers, widths, cells, sys.stdout.write, right=(0,))
        sys.stdout.write(count_line(count, lang) + "\n")
        return
    headers = list_headers(t, True, heads, sides is not None)
    # list_headers puts Until and Status (4, 5) between the partner and the governor.
    base = _widths(extents, [*headers[:4], *headers[6:]], code, sides, pairs)
    statuses = (fields.word(code, "status", s) if s else "—" for s in validity.statuses)
    widths = [
        *base[:4],
        max(
            len(headers[4]),
            validity.until_width,
            *(len(_until_cell(last, basis, code)) for last, basis in validity.counted),
        ),
        max([len(headers[5]), *(len(s) for s in statuses)]),
        *base[4:],
    ]
    cells = (list_row(r, code, True, sides) for r in rows)
    count = write_table_rows(headers, widths, cells, sys.stdout.write, right=(0,))
    sys.stdout.write(count_line(count, lang) + "\n")


def _until_cell(last: str, basis: str, code: str) -> str:
    """The `Until` cell of an end counted from a date that is not a day (`list_row`'s)."""
    return fields.until_short({"valid_until": last, "valid_basis": basis}, code) or "—"


def stream_list(
    extents: Any,
    rows: Iterable[Sequence[Any]],
    lang: str | None = None,
    heads: Iterable[str | None] | None = None,
) -> None:
    """The piped `list` table, written as the rows come: the text of `render_list` off a
    terminal, its column widths measured on the distinct values (`store.queries.extents`) instead of
    on rows held in memory. ROWS are `store.queries.reader.TABLE_SQL` tuples; each distinct date,
    type, partner and governor is made into its padded cell once."""
    import sys

    t = translator(lang)
    code = t.lang
    word = fields.word
    short = fields.short_date
    headers = list_headers(t, False, heads)
    widths = _widths(extents, headers, code)
    id_width, date_w, type_w, partner_w, governor_w = widths[:5]
    dates: dict[tuple[Any, ...], str] = {}
    types: dict[str, str] = {}
    partners: dict[tuple[Any, ...], str] = {}
    governors: dict[tuple[Any, ...], str] = {}

    def line(cells: Sequence[str]) -> str:
        first = cells[0].rjust(id_width)
        rest = "  ".join(c.ljust(w) for c, w in zip(cells[1:5], widths[1:5], strict=True))
        return f"{first}  {rest}  {cells[5]}".rstrip()

    write = sys.stdout.write
    rows = first_ready(rows)
    write(line(headers) + "\n")
    count = 0
    chunk: list[str] = []
    for rid, start, end, precision, kind, partner, country, governor, basis, n, title in rows:
        date = dates.get((start, end, precision))
        if date is None:
            row = {"date_start": start, "date_end": end, "date_precision": precision}
            date = dates[(start, end, precision)] = short(row, code).ljust(date_w)
        type_cell = types.get(kind)
        if type_cell is None:
            type_cell = types[kind] = word(code, "type", kind).ljust(type_w)
        partner_cell = partners.get((partner, country))
        if partner_cell is None:
            label = partner_label({"partner": partner, "country": country}, code)
            partner_cell = partners[(partner, country)] = label.ljust(partner_w)
        governor_cell = governors.get((governor, basis, n))
        if governor_cell is None:
            row = {"governor": governor, "governor_basis": basis}
            row["governor_candidates"] = [None] * (n or 0)
            label = short_governor(row, code)
            governor_cell = governors[(governor, basis, n)] = label.ljust(governor_w)
        chunk.append(
            f"{str(rid).rjust(id_width)}  {date}  {type_cell}  {partner_cell}  {governor_cell}"
            f"  {title or ''}".rstrip()
        )
        count += 1
        if count % 1000 == 0:
            chunk.append("")
            write("\n".join(chunk))
            chunk.clear()
    chunk.append(count_line(count, lang))
    chunk.append("")
    write("\n".join(chunk))
