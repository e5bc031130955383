"""An import's updates: the merge rule (domain/merge.py), conflicts with later edits, the diffs.

An imported row that matches a stored record changes only the fields it names. Where one of
those fields was changed by something else (`edit`, another file) after this file's last import
of the record, the newer value is kept and the conflict reported, unless `overwrite`.

"This file" is the imported file's name (history.origin, m013), not its path or its content:
a master spreadsheet is saved again under the same name wherever it is downloaded or copied
to, and its content is expected to change between imports; two different files with one name
are the rarer case, and what it costs then is a conflict reported, never an edit lost. The
history says when the file last wrote the record (a bulk import's range row included) and
which fields anything else changed since.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from kerjasama_cli.domain.merge import Conflict, MergeReport, MergeRule, cleared, keep, merge
from kerjasama_cli.domain.records import Record
from kerjasama_cli.domain.tabular import record_values
from kerjasama_cli.store.records.governor_index import GovernorIndex
from kerjasama_cli.store.records.writer import UNCHANGED, save_record
from kerjasama_cli.store.safety import history

EXAMPLES = 5  # records whose changes a dry run shows in full; the rest are counted per field


# One record's history rows, oldest first: its own (index history_entity), then a bulk import's
# range rows that cover it (index history_ranges); one OR of the two would scan the table.
_RECORD_HISTORY = (
    "SELECT id, command, at, origin, changes FROM history"
    " WHERE entity = 'record' AND entity_id = :id AND last_id IS NULL"
    " UNION ALL SELECT id, command, at, origin, changes FROM history"
    " WHERE entity = 'record' AND last_id IS NOT NULL AND last_id >= :id AND entity_id <= :id"
    " ORDER BY id"
)


def changed_since(
    conn: sqlite3.Connection, record_id: int, origin: str
) -> dict[str, tuple[str, str]]:
    """The fields something other than `origin` changed after `origin`'s last write of the
    record: field -> (command, time) of the latest such change. Empty when `origin` never
    wrote the record (no earlier import to compare with)."""
    rows = [row[1:] for row in conn.execute(_RECORD_HISTORY, {"id": record_id})]
    last = max((i for i, row in enumerate(rows) if row[2] == origin), default=None)
    if last is None:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for command, at, row_origin, changes in rows[last + 1 :]:
        if row_origin != origin:
            found.update((name, (command, at)) for name in json.loads(changes))
    return found


class MergeWriter:
    """Saves the imported records that exist already, by the merge rule."""

    def __init__(self, rule: MergeRule, origin: str | None, overwrite: bool) -> None:
        self.rule = rule
        self.origin = origin
        self.overwrite = overwrite
        self.report = MergeReport()

    def save(
        self,
        conn: sqlite3.Connection,
        record_id: int,
        record: Record,
        named: frozenset[str] | None,
        governors: GovernorIndex,
    ) -> tuple[int, str]:
        """Write `record` (whose row named `named`; None: every field) over the stored one."""
        from kerjasama_cli.store.records.entries import load_record

        old = load_record(conn, record_id)
        if old is None:  # not stored after all: written whole
            return save_record(conn, record, governors)
        rule = self.rule if named is not None else MergeRule(replace=True)
        merged = merge(old, record, named or frozenset(), rule)
        before = record_values(old)
        diff = history.diff(before, record_values(merged))
        if diff and self.origin and not self.overwrite:
            newer = changed_since(conn, record_id, self.origin)
            held = [name for name in diff if name in newer]
            if held:
                merged = keep(merged, old, held)
                for name in held:
                    self._conflict(record_id, old.key, name, diff[name], newer[name])
                diff = {k: v for k, v in diff.items() if k not in held}
        if not diff:
            return record_id, UNCHANGED
        saved = save_record(conn, merged, governors, loaded=old)  # refused: nothing reported
        report = self.report
        if len(report.examples) < EXAMPLES:
            report.examples.append((record_id, old.key, diff))
        report.fields.update(list(diff))
        report.cleared.update(cleared(diff))
        return saved

    def _conflict(
        self, record_id: int, key: str, name: str, values: list[Any], by: tuple[str, str]
    ) -> None:
        report = self.report
        report.conflict_count += 1
        if len(report.conflicts) < EXAMPLES * 4:
            report.conflicts.append(Conflict(record_id, key, name, values[0], values[1], *by))
