"""`stats --reported`: the bureau's reported figures beside the registry's own counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kerjasama_cli.i18n import translator

REPORTED_COLUMNS = [
    "key",
    "subject",
    "label",
    "local_party",
    "period",
    "period_label",
    "period_start",
    "period_end",
    "reported",
    "qualifier",
    "recorded",
    "recorded_new",
    "recorded_partners",
    "statement",
    "reported_by",
    "source",
    "local_country",  # the local party's (m030), last: no column before it moves
]


def source_text(row: dict[str, Any]) -> str:
    """The figure's sources as one readable string."""
    from kerjasama_cli.render.record_page import source_line

    return "; ".join(source_line(s) for s in row.get("sources") or [])


def public_reported(row: dict[str, Any]) -> dict[str, Any]:
    """The JSON/CSV contract of `stats --reported` (docs/guide/briefings.md)."""
    item = {k: row.get(k) for k in REPORTED_COLUMNS if k != "source"}
    item["source"] = source_text(row)
    item["sources"] = row.get("sources") or []
    return item


def reported_line(row: dict[str, Any], lang: str | None = None) -> str:
    """`sister cities, 2024: reported 23, recorded 3 (1 new in the period)`."""
    t = translator(lang)
    qualifier = row.get("qualifier")
    reported = (
        f"{t.ctx('qualifier', qualifier)} {row['reported']}" if qualifier else row["reported"]
    )
    label = t.ctx("figure", row["label"])
    head = t("{label}, {period}: reported {reported}").format(
        label=label, period=row["period_label"], reported=reported
    )
    if row["recorded"] is None:
        return head + t("; the registry does not count this")
    text = head + t(", recorded {count}").format(count=row["recorded"])
    if row.get("recorded_new") is not None:
        text += " " + t("({count} new in the period)").format(count=row["recorded_new"])
    return text


def render_reported(rows: Sequence[dict[str, Any]], lang: str | None = None) -> None:
    """One headline per figure, then what was counted, the statement and its source."""
    from rich.table import Table
    from rich.text import Text

    from kerjasama_cli.render.console import console
    from kerjasama_cli.render.plain import emit

    t = translator(lang)
    out = console()
    if not rows:
        out.print(t("no reported figures"), style="dim")
        return
    for number, row in enumerate(rows):
        if number:
            out.print()
        out.print(Text(reported_line(row, lang), style="bold"), overflow="fold")
        grid = Table.grid(padding=(0, 0))
        grid.add_column(width=2)  # hanging indent for the details under the headline
        grid.add_column(overflow="fold")
        if row.get("recorded_partners"):
            grid.add_row("", t("counted:") + " " + ", ".join(row["recorded_partners"]))
        if row.get("statement"):
            grid.add_row("", Text(f"“{row['statement']}”", style="dim"))
        source = ", ".join(x for x in (row.get("reported_by"), source_text(row)) if x)
        if source:
            grid.add_row("", Text(f"— {source}", style="dim"))
        if grid.row_count:
            emit(out, grid)


def render_reported_markdown(rows: Sequence[dict[str, Any]], lang: str | None = None) -> None:
    """`stats --reported --format markdown`: one bullet per figure, the statement and source."""
    import sys

    t = translator(lang)
    if not rows:
        sys.stdout.write("_" + t("no reported figures") + "_\n")
        return
    from kerjasama_cli.render.markdown import escape, strong

    for row in rows:
        sys.stdout.write(f"- {strong(reported_line(row, lang))}\n")
        if row.get("recorded_partners"):
            counted = ", ".join(row["recorded_partners"])
            sys.stdout.write(f"  {escape(t('counted:'))} {escape(counted)}\n")
        source = escape(", ".join(x for x in (row.get("reported_by"), source_text(row)) if x))
        if row.get("statement"):
            statement = escape(row["statement"])
            sys.stdout.write(f"  “{statement}”" + (f" — {source}" if source else "") + "\n")
        elif source:
            sys.stdout.write(f"  — {source}\n")
