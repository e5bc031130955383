"""Human views of records: the `list` table and the `show` page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.governors import BASIS_LABELS
from kerjasama_cli.domain.vocab import sector_label
from kerjasama_cli.render.console import console, is_terminal
from kerjasama_cli.store.reader import row_date


def governor_label(row: dict[str, Any]) -> str:
    """The leader's name, or why there is none (`undetermined: A / B`)."""
    if row.get("governor"):
        return str(row["governor"])
    label = BASIS_LABELS.get(row.get("governor_basis") or "", "—")
    candidates = row.get("governor_candidates") or []
    return f"{label}: {' / '.join(candidates)}" if candidates else label


def partner_label(row: dict[str, Any]) -> str:
    """`Shanghai (CN)`; programmes without a named partner show their title."""
    name = row.get("partner") or "(partner not named)"
    return f"{name} ({row['country']})" if row.get("country") else name


def date_label(row: dict[str, Any], lang: str = "id") -> str:
    """The date at its own precision, in Indonesian or English."""
    return row_date(row).label(lang)


def short_date(row: dict[str, Any]) -> str:
    """A compact date for narrow tables: `2025-05-27`, `2024`, `~2025-08`, `by 2015-05-12`, `?`."""
    date = row_date(row)
    if date.precision == "by" and date.end:
        return f"by {date.end.isoformat()}"
    iso = date.iso()
    if iso is None:
        return "?"
    return iso if date.precision in ("day", "month", "year") else f"~{iso}"


def short_governor(row: dict[str, Any]) -> str:
    """The leader's name, or why there is none, with the number of candidates."""
    if row.get("governor"):
        return str(row["governor"])
    label = BASIS_LABELS.get(row.get("governor_basis") or "", "—")
    candidates = row.get("governor_candidates") or []
    return f"{label} ({len(candidates)})" if candidates else label


def render_list(rows: Sequence[dict[str, Any]], lang: str = "id", validity: bool = False) -> None:
    """A compact table that keeps the partner whole at 80 columns; extra columns when wider.

    `validity` adds the status and the last day of validity (for `list --expiring`).
    """
    cells = [
        [
            str(r["id"]),
            short_date(r),
            r["type"],
            partner_label(r),
            short_governor(r),
            r.get("title") or "",
        ]
        for r in rows
    ]
    headers = ["ID", "Date", "Type", "Partner", "Governor", "Title"]
    if validity:
        headers[4:4] = ["Until", "Status"]
        for cell, r in zip(cells, rows, strict=True):
            cell[4:4] = [r.get("valid_until") or "—", r.get("status") or "—"]
    if not is_terminal():
        # Pipes and files get plain aligned text without importing rich (start-up matters).
        import shutil
        import sys

        from kerjasama_cli.render.plain import text_table

        width = shutil.get_terminal_size((80, 24)).columns
        shown = len(headers) if width >= 110 else len(headers) - 1
        for cell in cells:  # the title, on wide pipes only, is cut rather than folded
            cell[-1] = cell[-1] if len(cell[-1]) <= 48 else cell[-1][:47] + "…"
        table_text = text_table(
            headers[:shown],
            [c[:shown] for c in cells],
            width,
            right=(0,),
            flexible=headers.index("Governor"),
        )
        sys.stdout.write(table_text)
        sys.stdout.write(f"{len(rows)} record{'s' if len(rows) != 1 else ''}\n")
        return
    from rich import box
    from rich.table import Table

    out = console()
    wide = out.width >= 110
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    # ID, date, type and partner never shrink (the partner is what people scan for); the
    # governor folds and the title, shown only on wide terminals, is cut first.
    for i, name in enumerate(headers[:-2]):
        width = max([len(name), *(len(c[i]) for c in cells)])
        table.add_column(
            name, justify="right" if i == 0 else "left", no_wrap=True, min_width=min(width, 40)
        )
    table.add_column("Governor", overflow="fold")
    if wide:
        table.add_column("Title", overflow="ellipsis", no_wrap=True, max_width=out.width // 3)
    shown = len(table.columns)
    for row in cells:
        table.add_row(*row[:shown])
    out.print(table)
    out.print(f"{len(rows)} record{'s' if len(rows) != 1 else ''}", style="dim")


def render_record(
    row: dict[str, Any],
    people: Sequence[Any],
    sources: Sequence[dict[str, Any]],
    history: Sequence[dict[str, Any]],
    lang: str = "id",
) -> None:
    """Every field of one record, its sources, and its partnership's history."""
    from rich.markup import escape
    from rich.table import Table

    out = console()
    out.print(f"[bold]#{row['id']} {escape(row.get('title') or row['type'])}[/bold]")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    date = date_label(row, lang) + (f"  ({row['date_note']})" if row.get("date_note") else "")
    country = f"{country_name(row['country'])} ({row['country']})" if row.get("country") else "—"
    fields = [
        ("key", row["key"]),
        ("kind", f"{row['kind']}: {row['type']}"),
        ("partner", row.get("partner") or "—"),
        ("country", country),
        ("region", row.get("region")),
        ("date", date),
        ("governor", governor_label(row) + f"  ({BASIS_LABELS.get(row['governor_basis'], '')})"),
        ("local party", f"{row['local_party']} ({row.get('local_country') or '—'})"),
        ("status", _status_label(row)),
        (
            "valid until",
            row.get("valid_until") if row.get("valid_until") != row.get("end_date") else None,
        ),
        ("place", row.get("place")),
        ("credited leader", row.get("leader")),
        ("sectors", ", ".join(sector_label(s) for s in row["sectors"])),
        ("summary", row.get("summary")),
        ("notes", row.get("notes")),
        ("term", f"{row['term_years']:g} years" if row.get("term_years") else None),
        ("ends", row.get("end_date")),
    ]
    for side in ("home", "partner"):
        names = [
            f"{p.name}" + (f", {p.title}" if p.title else "") for p in people if p.side == side
        ]
        fields.append((f"{side} side", "; ".join(names) or None))
    for label, value in fields:
        if value:
            grid.add_row(label, escape(str(value)))
    out.print(grid)
    if sources:
        out.print("\n[bold]Sources[/bold]")
        listing = Table.grid(padding=(0, 1))
        listing.add_column(no_wrap=True)
        listing.add_column(overflow="fold")
        for source in sources:
            listing.add_row("•", escape(source_line(source)))
        out.print(listing)
    if history:
        out.print(
            f"\n[bold]History of the partnership with {escape(row.get('partner') or '—')}[/bold]"
        )
        timeline = Table.grid(padding=(0, 1))
        for _ in range(4):
            timeline.add_column(no_wrap=True)
        timeline.add_column(overflow="fold")
        for item in history:
            timeline.add_row(
                "▸" if item["id"] == row["id"] else " ",
                short_date(item),
                "event" if item["kind"] == "event" else "document",
                f"#{item['id']} {item['type']}",
                escape(item.get("title") or ""),
            )
        out.print(timeline)


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


def _status_label(row: dict[str, Any]) -> str | None:
    """`superseded (derived: by #26; stated: active)`: the status and where it comes from."""
    status = row.get("status")
    if not status:
        return None
    notes = []
    if row.get("status_source") == "derived":
        by = row.get("superseded_by") if status == "superseded" else None
        notes.append(f"derived: by #{by}" if by else "derived")
        if row.get("stated_status"):
            notes.append(f"stated: {row['stated_status']}")
    if row.get("renewed_by"):
        notes.append(f"renewed by #{row['renewed_by']}")
    return f"{status} ({'; '.join(notes)})" if notes else status
