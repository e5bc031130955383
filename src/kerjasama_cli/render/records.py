"""Human views of records: the `list` table and the `show` page, in the active language.

Over 400 lines: the `list` table in its three forms (rich, plain streamed for a pipe, markdown) and
the `show` page share every label function (`head_label`, `governor_label`, `partner_label`,
`row_cells`), so each column is named and shortened once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.errors import Count
from kerjasama_cli.domain.sectors import sector_name
from kerjasama_cli.i18n import Translator, translator
from kerjasama_cli.render import fields
from kerjasama_cli.render.console import console, is_terminal


def _t(lang: str | None) -> Translator:
    return translator(lang)


def head_label(kinds: Iterable[str | None], t: Translator) -> str:
    """The heading over the heads of governments of these kinds: Gubernur, Wali Kota, Bupati,
    or Kepala daerah across kinds (domain/governments.head_title)."""
    from kerjasama_cli.domain.governments import head_title

    return t.ctx("head", head_title(kinds))


def governor_label(row: dict[str, Any], lang: str | None = None) -> str:
    """The leader's name, or why there is none (`undetermined: A / B`)."""
    if row.get("governor"):
        return str(row["governor"])
    basis = row.get("governor_basis")
    label = _t(lang).basis(basis) if basis else "—"
    candidates = row.get("governor_candidates") or []
    return f"{label}: {' / '.join(candidates)}" if candidates else label


def partner_label(row: dict[str, Any], lang: str | None = None) -> str:
    """`Shanghai (CN)`; programmes without a named partner say so."""
    name = row.get("partner") or _t(lang)("(partner not named)")
    return f"{name} ({row['country']})" if row.get("country") else name


# The date at its own precision in words (`27 Mei 2025`), and compact for narrow tables
# (`2025-05-27`, `2024`, `~2025-08`, `by 2015-05-12`); once per distinct date.
date_label = fields.date_label
short_date = fields.short_date


def short_governor(row: dict[str, Any], lang: str | None = None) -> str:
    """The leader's name, or why there is none, with the number of candidates."""
    if row.get("governor"):
        return str(row["governor"])
    basis = row.get("governor_basis")
    label = _t(lang).basis(basis) if basis else "—"
    candidates = row.get("governor_candidates") or []
    return f"{label} ({len(candidates)})" if candidates else label


def other_side(row: dict[str, Any], sides: frozenset[str], lang: str | None = None) -> str:
    """With `list --involving`: the side of the record that is not the place asked for, the
    partner where the place (one of the governments SIDES) is the local party, else the local
    party and its country (`Kota Surabaya (ID)`, for a place that is the partner)."""
    party = row.get("local_party")
    if not party or party in sides:
        return partner_label(row, lang)
    country = row.get("local_country")
    return f"{party} ({country})" if country else str(party)


def row_cells(row: dict[str, Any], code: str, sides: frozenset[str] | None = None) -> list[str]:
    """One record's `list` cells: id, date, type, partner (with SIDES, the other side),
    governor, title (language `code`)."""
    return [
        str(row["id"]),
        fields.short_date(row, code),
        fields.word(code, "type", row["type"]),
        partner_label(row, code) if sides is None else other_side(row, sides, code),
        short_governor(row, code),
        row.get("title") or "",
    ]


def list_cells(
    rows: Sequence[dict[str, Any]],
    lang: str | None = None,
    validity: bool = False,
    heads: Iterable[str | None] | None = None,
    sides: frozenset[str] | None = None,
) -> tuple[list[str], list[list[str]]]:
    """The `list` table as headings and text cells (shared by the table, plain and markdown).

    HEADS are the kinds of the governments shown (store.parties.government_lookups.kinds_of):
    the governor column is headed by their heads' title (Wali Kota for a city's records).
    SIDES (`--involving`'s governments): the partner column is the other side."""
    t = _t(lang)
    code = t.lang
    headers = list_headers(t, validity, heads, sides is not None)
    return headers, [list_row(r, code, validity, sides) for r in rows]


def list_headers(
    t: Translator, validity: bool, heads: Iterable[str | None] | None, sides: bool = False
) -> list[str]:
    """The `list` table's headings (the governor column's after the governments' HEADS; the
    partner column's `Other side` with `--involving`)."""
    head = head_label(heads if heads is not None else [None], t)
    partner = t("Other side") if sides else t("Partner")
    headers = [t("ID"), t("Date"), t("Type"), partner, head, t("Title")]
    if validity:
        headers[4:4] = [t("Until"), t("Status")]
    return headers


def list_row(
    row: dict[str, Any], code: str, validity: bool, sides: frozenset[str] | None = None
) -> list[str]:
    """One record's `list` cells; `validity` adds the last day of validity and the status."""
    cells = row_cells(row, code, sides)
    if validity:
        status = fields.word(code, "status", row["status"]) if row.get("status") else "—"
        cells[4:4] = [fields.until_short(row, code) or "—", status]
    return cells


def count_line(count: int, lang: str | None = None, total: int | None = None) -> str:
    """`3 records` / `3 catatan`; `3 of 22 records` / `3 dari 22 catatan` when `total` (the
    records the filter matched) is more than the rows shown."""
    t = _t(lang)
    if total is not None and total > count:
        return t.plural("{shown} of {n} record", "{shown} of {n} records", total).format(
            shown=count
        )
    return t.plural("{n} record", "{n} records", count)


# A terminal table longer than this shows a screenful and says how many rows there are.
LONG_TABLE = 1000


def screenful() -> int:
    """The rows of a table that fit the terminal's height (its heading and notice aside)."""
    return max(10, console().height - 6)


def long_table_notice(shown: int, total: int, lang: str | None = None) -> str:
    """What a terminal table cut to a screenful says: how many rows, how to see them all."""
    return (
        _t(lang)
        .plural(
            "the first {shown} of {total} record: see them all with `kerjasama list ... | less "
            "-S` (or --format csv), or narrow them with --limit or a filter (--country, --from, "
            "--query ...)",
            "the first {shown} of {total} records: see them all with `kerjasama list ... | less "
            "-S` (or --format csv), or narrow them with --limit or a filter (--country, --from, "
            "--query ...)",
            total,
        )
        .format(shown=shown, total=total)
    )


def render_list(
    rows: Sequence[dict[str, Any]],
    lang: str | None = None,
    validity: bool = False,
    heads: Iterable[str | None] | None = None,
    total: int | None = None,
    screen: bool = False,
    sides: frozenset[str] | None = None,
) -> None:
    """The `list` table; `validity` adds the status and the last day of validity (`--expiring`);
    `total`: the records matched, when more than the rows (a page, or with `screen` the
    screenful of a very long list on a terminal, which says how to see them all).

    Piped, every record is one whole line (all columns, nothing folded or cut), for grep and
    friends. On a terminal the partner never wraps, nor the governor from 100 columns on; the
    title, shown when there is room, is cut first.
    """
    headers, cells = list_cells(rows, lang, validity, heads, sides)
    if not is_terminal():
        # Pipes and files get plain aligned text without importing rich (start-up matters).
        import sys

        from kerjasama_cli.render.plain import text_table

        sys.stdout.write(text_table(headers, cells, right=(0,)))
        sys.stdout.write(count_line(len(rows), lang, total) + "\n")
        return
    from rich import box
    from rich.table import Table

    from kerjasama_cli.render.fit import Column, longest_word, print_fitted, whole

    out = console()
    # After ID, date, type, partner (and until, status with validity): the head of government.
    title, governor, partner = len(headers) - 1, 4 + (2 if validity else 0), 3
    # Ids, dates, validity and the partner are printed whole; the title, type and governor
    # wrap between words, giving way in that order. When even that does not fit, the governor
    # is left out first, then the title, then the type, and a line says so.
    columns = []
    for i, head in enumerate(headers):
        texts = [row[i] for row in cells]
        most = whole([head, *texts])
        if i in (2, governor, title):
            least = longest_word([head, *texts])
            if i == title:  # a longer word (a URL) may fold: the title is text, not a number
                least = min(max(least, 10), 12, most)
        elif i == partner:  # whole up to 30 cells: it is what people scan for
            least = max(longest_word([head, *texts]), min(most, 30))
        else:
            least = most
        columns.append(Column(head, least, most))

    def build(widths: dict[int, int], rows: bool = True) -> Table:
        table = Table(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            collapse_padding=True,
            header_style="bold",
        )
        for i, width in widths.items():
            justify = "right" if i == 0 else "left"
            table.add_column(headers[i], justify=justify, width=width, overflow="fold")
        for row in cells if rows else ():
            table.add_row(*(row[i] for i in widths))
        return table

    print_fitted(out, build, columns, [governor, title, 2], lang, first=[title, 2, governor])
    if screen and total is not None and total > len(rows):
        out.print(long_table_notice(len(rows), total, lang), style="dim")
        return
    out.print(count_line(len(rows), lang, total), style="dim")


def render_list_markdown(
    rows: Sequence[dict[str, Any]],
    lang: str | None = None,
    validity: bool = False,
    heads: Iterable[str | None] | None = None,
    total: int | None = None,
    sides: frozenset[str] | None = None,
) -> None:
    """`list --format markdown`: the `list` columns as a Markdown table, then the count."""
    import sys

    from kerjasama_cli.render.markdown import table

    headers, cells = list_cells(rows, lang, validity, heads, sides)
    sys.stdout.write(table(headers, cells, right=(0,)))
    sys.stdout.write(f"\n_{count_line(len(rows), lang, total)}_\n")


def render_record(
    row: dict[str, Any],
    people: Sequence[Any],
    sources: Sequence[dict[str, Any]],
    history: Sequence[dict[str, Any]],
    lang: str | None = None,
    heads: Iterable[str | None] | None = None,
    stages: Any = None,
    documents: Sequence[dict[str, Any]] = (),
) -> None:
    """Every field of one record, its sources, documents, partnership's history and stages."""
    from kerjasama_cli.render.page import Block, write_page

    blocks = record_blocks(row, people, sources, history, lang, heads)
    if documents:
        t = _t(lang)
        lines = [
            [
                d["name"],
                f"{Count(d['size']).translated(t)} B",
                d["sha256"][:12],
                "; ".join(
                    x
                    for x in (
                        d.get("original_location")
                        and t("original: {where}").format(where=d["original_location"]),
                        d.get("treaty_reference"),
                    )
                    if x
                ),
            ]
            for d in documents
        ]
        blocks.insert(2 + bool(sources), Block(t("Documents"), lines, gap=2))
    if stages is not None:
        from kerjasama_cli.render.stages import stage_blocks

        blocks.extend(stage_blocks(stages, lang))
    write_page(blocks)


def _until(row: dict[str, Any], lang: str | None) -> str | None:
    """`show`'s end of validity, at the precision it is known to; none when it is the stated
    end date (`ends` shows that)."""
    return fields.until_label(row, lang) if row.get("valid_until") != row.get("end_date") else None


def record_blocks(
    row: dict[str, Any],
    people: Sequence[Any],
    sources: Sequence[dict[str, Any]],
    history: Sequence[dict[str, Any]],
    lang: str | None = None,
    heads: Iterable[str | None] | None = None,
) -> list[Any]:
    """The `show` page as blocks: the title, the fields, the sources, the history. HEADS: the
    kind of the record's government, whose head's title labels the governor (wali kota)."""
    from kerjasama_cli.render.page import Block

    t = _t(lang)
    blocks = [Block(f"#{row['id']} {row.get('title') or t.type(row['type'])}", blank_before=False)]
    date = date_label(row, lang) + (f"  ({row['date_note']})" if row.get("date_note") else "")
    country = (
        f"{country_name(row['country'], t.lang)} ({row['country']})" if row.get("country") else "—"
    )
    basis = t.basis(row["governor_basis"]) if row.get("governor_basis") else ""
    term = row.get("term_years")
    labelled = [
        (t("key"), row["key"]),
        (t("kind"), f"{t.kind(row['kind'])}: {t.type(row['type'])}"),
        (t("partner"), row.get("partner") or "—"),
        (t("country"), country),
        (t("region"), row.get("region")),
        (t("date"), date),
        (
            head_label(heads if heads is not None else [None], t).lower(),
            governor_label(row, lang) + (f"  ({basis})" if basis else ""),
        ),
        (t("local party"), f"{row['local_party']} ({row.get('local_country') or '—'})"),
        (t("status"), _status_label(row, t)),
        (t("valid until"), _until(row, lang)),
        (t("place"), row.get("place")),
        (t("credited leader"), row.get("leader")),
        (t("sectors"), ", ".join(sector_name(s, t.lang) for s in row["sectors"])),
        (t("family"), t.word("family", row["family"]) if row.get("family") else None),
        (t("objects"), ", ".join(t.word("object", o) for o in row.get("objects") or ())),
        (t("summary"), row.get("summary")),
        (t("notes"), row.get("notes")),
        (t("term"), t.plural("{n} year", "{n} years", term) if term else None),
        (t("ends"), row.get("end_date")),
    ]
    for side, label in (("home", t("home side")), ("partner", t("partner side"))):
        names = [
            f"{p.name}" + (f", {p.title}" if p.title else "") for p in people if p.side == side
        ]
        labelled.append((label, "; ".join(names) or None))
    rows = [[label, str(value)] for label, value in labelled if value]
    blocks.append(Block(rows=rows, gap=2, bold_first=True))
    if sources:
        lines = [["•", source_line(source)] for source in sources]
        blocks.append(Block(t("Sources"), lines))
    if history:
        partner = row.get("partner") or "—"
        title = t("History of the partnership with {partner}").format(partner=partner)
        code = t.lang
        word = fields.word
        short = fields.short_date
        lines = [
            [
                "▸" if item["id"] == row["id"] else " ",
                short(item, code),
                word(code, "kind", item["kind"]),
                f"#{item['id']} {word(code, 'type', item['type'])}",
                item.get("title") or "",
            ]
            for item in history
        ]
        blocks.append(Block(title, lines))
    return blocks


def source_line(source: dict[str, Any]) -> str:
    """`MerahPutih.com, "Title", Author, 2025-05-28, URL`."""
    parts = [
        source.get("publication"),
        f"\u201c{source['title']}\u201d" if source.get("title") else None,
        source.get("author"),
        source.get("published"),
        source.get("url") or source.get("file"),
    ]
    return ", ".join(p for p in parts if p) or source["key"]


def _status_label(row: dict[str, Any], t: Translator) -> str | None:
    """`superseded (derived: by #26; stated: active)`: the status and where it comes from."""
    status = row.get("status")
    if not status:
        return None
    notes = []
    if row.get("status_source") == "derived":
        by = row.get("superseded_by") if status == "superseded" else None
        notes.append(t("derived: by #{id}").format(id=by) if by else t("derived"))
        if row.get("stated_status"):
            notes.append(t("stated: {status}").format(status=t.status(row["stated_status"])))
    if row.get("renewed_by"):
        notes.append(t("renewed by #{id}").format(id=row["renewed_by"]))
    label = t.status(status)
    return f"{label} ({'; '.join(notes)})" if notes else label
