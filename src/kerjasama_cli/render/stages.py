"""A partnership's stages as `show` prints them (a block of the page) and as JSON."""

from __future__ import annotations

from typing import Any

from kerjasama_cli.domain.stages import Evidence, StageState
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.page import Block


def _date(item: Evidence | None, lang: str) -> str:
    if item is None or item.date.end is None:
        return "—"
    return item.date.label(lang)


def stage_blocks(state: StageState, lang: str | None = None) -> list[Block]:
    """The stages reached (date, number, record) and what the list expects next."""
    t = translator(lang)
    code = t.lang
    rows = []
    for entry in state.reached:
        first = entry.evidence[0] if entry.evidence else None
        dated = min(entry.evidence, key=lambda e: e.date.sort_key()) if entry.evidence else None
        # A number where the evidence has one (a DPRD decision), else its note, else the record.
        proof = "; ".join(
            dict.fromkeys(e.number or e.note or f"#{e.record_id}" for e in entry.evidence)
        )
        marks = []
        if entry.stage == state.current:
            marks.append(t("current"))
        if entry.stage in state.out_of_order:
            marks.append(t("out of order"))
        if entry.stage in state.unlisted:
            marks.append(t("not in the stage list"))
        rows.append(
            [
                "▸" if entry.stage == state.current else "✓",
                t.word("stage", entry.stage),
                _date(dated or first, code),
                proof,
                f"({'; '.join(marks)})" if marks else "",
            ]
        )
    owner = state.stage_list.owner or t("the default list")
    heading = t("Stages ({owner})").format(owner=owner)
    blocks = [Block(heading, rows, note=None if rows else t("no evidence of any stage yet"))]
    lines = []
    if state.skipped:
        lines.append([t("skipped"), ", ".join(t.word("stage", s) for s in state.skipped)])
    lines.append(
        [t("next"), t.word("stage", state.next) if state.next else t("end of the stage list")]
    )
    blocks.append(Block(rows=lines, gap=2, bold_first=True, blank_before=False))
    return blocks


def public_state(state: StageState) -> dict[str, Any]:
    """Stable English keys: current, next, skipped, out_of_order, stages with their evidence."""
    return {
        "stage_list": state.stage_list.owner or "default",
        "current": state.current,
        "next": state.next,
        "proposal": state.proposal,
        "skipped": state.skipped,
        "out_of_order": state.out_of_order,
        "stages": [
            {
                "stage": entry.stage,
                "date": entry.date.iso() if entry.date else None,
                "listed": entry.position is not None,
                "evidence": [public_evidence(e) for e in entry.evidence],
            }
            for entry in state.reached
        ],
    }


def public_evidence(item: Evidence) -> dict[str, Any]:
    """One piece of evidence: a row (with its id) or a record proving it by its type."""
    return {
        "id": item.evidence_id,
        "record": item.record_id,
        "stage": item.stage,
        "date": item.date.iso(),
        "date_precision": item.date.precision,
        "number": item.number,
        "document": item.document,
        "note": item.note,
        "source": item.source,
        "implied_by_type": item.evidence_id is None,
    }
