"""What an import changes in the records it already holds, on stderr: the first few records
field by field (old → new), then counts per field; the conflicts with later edits; what a
`--replace` clears."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kerjasama_cli.domain.merge import MergeReport


def value_text(value: Any, empty: str) -> str:
    """A field's value on one line: a list joined by `; `, nothing as `empty`."""
    if value is None or value == "" or value == []:
        return empty
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a term of 5 years, not 5.0, as `history` shows it
    return f'"{value}"' if isinstance(value, str) else str(value)


def _counts(counter: Any, t: Any) -> str:
    """`title 3, sectors 1`: each field named in the language, as `history` names it."""
    return ", ".join(f"{t.field(name)} {count}" for name, count in counter.most_common())


def report_changes(
    name: str, report: MergeReport, dry_run: bool, say: Callable[[str], None]
) -> None:
    """The changes (a dry run: each example record in full, then counts) and the conflicts."""
    from kerjasama_cli.i18n import translator

    t = translator()
    empty = t("(empty)")
    if dry_run:
        for record_id, key, diff in report.examples:
            say(t("{name}: would change {id} ({key}):").format(name=name, id=record_id, key=key))
            for field, (old, new) in diff.items():
                old_text, new_text = value_text(old, empty), value_text(new, empty)
                say(f"  {t.field(field)}: {old_text} → {new_text}")
        if _more_records(report):
            say(
                t("{name}: fields changed in all: {counts}").format(
                    name=name, counts=_counts(report.fields, t)
                )
            )
    for conflict in report.conflicts:
        say(
            t(
                "{name}: conflict: {id} ({key}) {field}: kept {kept} (changed by {by} since), the file says {offered}; --overwrite takes the file value"  # noqa: E501
            ).format(
                name=name,
                id=conflict.record_id,
                key=conflict.key,
                field=t.field(conflict.field),
                kept=value_text(conflict.kept, empty),
                by=conflict.by,
                offered=value_text(conflict.offered, empty),
            )
        )
    hidden = report.conflict_count - len(report.conflicts)
    if hidden:
        say(t("{name}: … and {n} more conflicts").format(name=name, n=hidden))


def _more_records(report: MergeReport) -> bool:
    """Whether more records change than the examples show (then the counts are worth a line)."""
    return report.fields.total() > sum(len(diff) for _, _, diff in report.examples)


def cleared_text(report: MergeReport) -> str:
    """`3 fields cleared (summary 1, notes 2)`, or nothing when none is."""
    from kerjasama_cli.i18n import translator

    total = report.cleared.total()
    if not total:
        return ""
    t = translator()
    return t.plural("{n} field cleared", "{n} fields cleared", total) + (
        f" ({_counts(report.cleared, t)})"
    )
