"""`import` of a document in the `data/seed.yaml` shape: validated whole, then applied at once.

Every entry is checked before anything is written: its fields (`parse_dataset`, collecting every
bad entry), then its references (partner, sources, agreement) against the file and the database,
in dependency order. What remains is applied with `apply_dataset` in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from kerjasama_cli.domain.dataset import parse_dataset
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.merge import MergeRule, document_fields
from kerjasama_cli.domain.records import AGREEMENT, Dataset
from kerjasama_cli.domain.stages import parse_evidence_items
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.dossier.stages import apply_evidence
from kerjasama_cli.store.imports.merge import MergeWriter
from kerjasama_cli.store.imports.result import (
    REJECTED,
    ImportResult,
    Reject,
    Rollback,
    finish,
    home_of,
)
from kerjasama_cli.store.records.applying import apply_dataset
from kerjasama_cli.store.records.duplicates import repeated, same_record
from kerjasama_cli.store.records.writer import partner_id
from kerjasama_cli.store.safety import history


def _check_references(
    conn: sqlite3.Connection, dataset: Dataset
) -> list[tuple[Any, ValidationError]]:
    """Entries whose partner, sources or agreement exist neither in the file nor the database.

    Checked in dependency order, so a record whose partner is rejected is rejected too.
    """
    sources = {s.key for s in dataset.sources}
    sources |= {r[0] for r in conn.execute("SELECT key FROM sources")}
    bad: list[tuple[Any, ValidationError]] = []

    def cites_known(item: Any) -> bool:
        missing = [s for s in item.sources if s not in sources]
        if missing:
            bad.append((item, ValidationError("sources", missing[0], "no such source key")))
        return not missing

    partners = [p for p in dataset.partners if cites_known(p)]
    names = {p.key for p in partners} | {p.name.casefold() for p in partners}
    names |= {a.casefold() for p in partners for a in p.aliases}

    def known_partner(ref: str) -> bool:
        if ref in names or ref.casefold() in names:
            return True
        try:
            partner_id(conn, ref)
        except ValidationError:
            return False
        return True

    agreements: set[str] = set()
    for record in dataset.records:  # agreements come first
        if not cites_known(record):
            continue
        if record.partner and not known_partner(record.partner):
            bad.append((record, ValidationError("partner", record.partner, "no such partner")))
        elif (
            record.agreement
            and record.agreement not in agreements
            and not conn.execute(
                "SELECT 1 FROM records WHERE key = ?", (record.agreement,)
            ).fetchone()
        ):
            error = ValidationError("agreement", record.agreement, "no such agreement")
            bad.append((record, error))
        elif record.kind == AGREEMENT:
            agreements.add(record.key)
    for figure in dataset.figures:
        cites_known(figure)
    return bad


def _repeats(
    conn: sqlite3.Connection,
    dataset: Dataset,
    data: Mapping[str, Any],
    positions: dict[int, tuple[str, int]],
) -> list[tuple[Any, ValidationError]]:
    """New records without a key of their own that repeat a stored one (same partner, type,
    date, local party; store/records/duplicates.py), as `add` and the flat import refuse them."""
    found = []
    for record in dataset.records:
        section, number = positions[id(record)]
        entry = (data.get(section) or [])[number]
        if not record.partner or (isinstance(entry, Mapping) and entry.get("key")):
            continue
        if conn.execute("SELECT 1 FROM records WHERE key = ?", (record.key,)).fetchone():
            continue  # an update of that record
        try:
            partner = partner_id(conn, record.partner)
        except ValidationError:
            continue  # a partner the file brings: no records yet
        existing = same_record(conn, record, partner)
        if existing is not None:
            found.append((record, repeated("record", record.key, existing)))
    return found


# Which dataset list each section of a document fills, in parse_dataset's order.
_SECTION_LISTS = (
    ("leaders", "leaders"),
    ("sources", "sources"),
    ("partners", "partners"),
    ("agreements", "records"),
    ("events", "records"),
    ("reported_figures", "figures"),
)


def _positions(
    data: Mapping[str, Any], dataset: Dataset, rejected: set[tuple[str, int]]
) -> dict[int, tuple[str, int]]:
    """Where each parsed entry came from: id(entry) -> (section, index)."""
    positions: dict[int, tuple[str, int]] = {}
    offsets: Counter[str] = Counter()
    for section, attribute in _SECTION_LISTS:
        entries = getattr(dataset, attribute)
        for number in range(len(data.get(section) or [])):
            if (section, number) in rejected:
                continue
            positions[id(entries[offsets[attribute]])] = (section, number)
            offsets[attribute] += 1
    return positions


def import_document(
    store: Store,
    data: Mapping[str, Any],
    lines: Mapping[str, list[int]],
    name: str,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    on_reject: Callable[[Reject], None] = lambda r: None,
    rule: MergeRule = MergeRule(),
    overwrite: bool = False,
    new: bool = False,
) -> ImportResult:
    """Validate a seed-shaped document whole (fields, then references), then apply it in one
    transaction, or nothing."""
    result = ImportResult()
    home, _ = home_of(store)
    rejected: list[tuple[str, int, ValidationError]] = []
    try:
        dataset = parse_dataset(data, home, rejected)
        evidence = parse_evidence_items(data.get("evidence"))
    except ValidationError as error:  # the document's shape itself, not one entry: nothing to do
        raise error.at(f"{name}: {error.location}" if error.location else name) from None
    positions = _positions(data, dataset, {(s, n) for s, n, _ in rejected})

    def report(section: str, number: int, error: ValidationError) -> None:
        section_lines = lines.get(section) or []
        line = section_lines[number] if number < len(section_lines) else None
        where = f"{name}:{line}" if line else name
        located = error.at(f"{where}: {error.location}" if error.location else where)
        item = (data.get(section) or [])[number]
        result.counts[REJECTED] += 1
        on_reject(Reject(located.location or where, line, item, [located], section))

    for section, number, error in rejected:
        report(section, number, error)
    for item, error in _check_references(store.conn, dataset):
        section, number = positions[id(item)]
        report(section, number, error.at(f"{section}[{number}] ({item.key})"))
        for attribute in ("partners", "records", "figures"):
            entries = getattr(dataset, attribute)
            if any(entry is item for entry in entries):
                entries[:] = [entry for entry in entries if entry is not item]
    if not new:
        for record, error in _repeats(store.conn, dataset, data, positions):
            section, number = positions[id(record)]
            report(section, number, error.at(f"{section}[{number}]"))
            dataset.records[:] = [r for r in dataset.records if r is not record]
    named = {}  # what each agreement and event entry names: a stored record changes only there
    for record in dataset.records:
        section, number = positions[id(record)]
        named[record.key] = document_fields((data.get(section) or [])[number])
    merger = MergeWriter(rule, history.current_origin(), overwrite)
    result.merge = merger.report
    try:
        with store.transaction() as conn:
            result.counts.update(apply_dataset(conn, dataset, merger, named))
            result.stages = _stages(conn, evidence, name, lenient=bool(result.counts[REJECTED]))
            finish(store, result, skip_invalid, dry_run)
        result.committed = True
    except Rollback:
        pass
    return result


def _stages(
    conn: sqlite3.Connection, evidence: list[tuple[str, Any]], name: str, lenient: bool
) -> int:
    """Store the document's `evidence:` (an export's stages) in the import's transaction; the
    rows added. With rejected entries, the evidence of records not stored is left out (they
    are reported already); otherwise a record key that names nothing is the file's error."""
    if lenient and evidence:
        keys = json.dumps([key for key, _ in evidence])
        known = {
            k
            for (k,) in conn.execute(
                "SELECT key FROM records WHERE key IN (SELECT value FROM json_each(?))", (keys,)
            )
        }
        evidence = [(key, item) for key, item in evidence if key in known]
    try:
        return apply_evidence(conn, evidence)
    except ValidationError as error:
        raise error.at(f"{name}: evidence") from None
