"""The `show` page of one record: its fields, sources, documents, the partnership's history
and stages, in the active language; the columns' labels are the `list` table's
(render/records.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.errors import Count
from kerjasama_cli.domain.sectors import sector_name
from kerjasama_cli.i18n import Translator, translator
from kerjasama_cli.render import fields
from kerjasama_cli.render.records import date_label, governor_label, head_label


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
        t = translator(lang)
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

    t = translator(lang)
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
