"""A record's family and objects, and a stage list, as plain pages."""

from __future__ import annotations

from kerjasama_cli.domain.cooperation import Classification
from kerjasama_cli.domain.stages import StageList
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.page import Block, write_page


def render_classification(item: Classification, lang: str | None = None) -> None:
    """`classify`: the family and objects, each saying whether it was set or derived."""
    t = translator(lang)
    set_by_hand, derived = t("set"), t("derived")
    family = t.word("family", item.family) if item.family else "—"
    objects = ", ".join(t.word("object", o) for o in item.objects) or "—"
    rows = [
        [t("family"), f"{family} ({set_by_hand if item.family_set else derived})"],
        [t("objects"), f"{objects} ({set_by_hand if item.objects_set else derived})"],
    ]
    write_page(
        [
            Block(f"#{item.record_id} {item.key}", blank_before=False),
            Block(rows=rows, gap=2, bold_first=True, blank_before=False),
        ]
    )


def render_stage_list(stages: StageList, lang: str | None = None) -> None:
    """`stages list`: position, stage, the record types proving it."""
    t = translator(lang)
    rows = [
        [str(i + 1), t.word("stage", s.key), s.key, ", ".join(s.types)]
        for i, s in enumerate(stages.stages)
    ]
    owner = stages.owner or t("the default list")
    write_page([Block(t("Stages ({owner})").format(owner=owner), rows, blank_before=False)])
