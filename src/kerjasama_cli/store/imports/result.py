"""What an import reports (its counts, its rejects, its changes) and how it ends: committed, or
rolled back for a dry run or rejects; shared by the row, set-wise and document paths."""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.merge import MergeReport
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.fulltext.bulk import BulkIndex, suspended
from kerjasama_cli.store.imports.indexes import SecondaryIndexes, deferred_indexes

REJECTED = "rejected"


@dataclass
class Reject:
    """A record left out, with every reason."""

    location: str
    line: int | None
    raw: Any
    errors: list[ValidationError]
    section: str | None = None

    @property
    def reason(self) -> str:
        return "; ".join(e.message for e in self.errors)


@dataclass
class ImportResult:
    counts: Counter[str] = field(default_factory=Counter)
    new_partners: int = 0
    new_sources: int = 0
    new_governments: int = 0
    # New partners named like a partner in another country: (name, country, the other's country).
    homonyms: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    committed: bool = False
    stages: int = 0  # evidence rows for the stages the rows gave (a draft's `stage`)
    merge: MergeReport = field(default_factory=MergeReport)  # what the updates change


class Rollback(Exception):
    """Leave the transaction without committing (dry run, or rejects without --skip-invalid)."""


def home_of(store: Store) -> tuple[str, str | None]:
    return store.meta("home_party") or "DKI Jakarta", store.meta("home_country")


def rolls_back(result: ImportResult, skip_invalid: bool, dry_run: bool) -> bool:
    """Whether the import ends without committing: a dry run, or rejects not to be skipped."""
    return dry_run or bool(result.counts[REJECTED] and not skip_invalid)


def finish(store: Store, result: ImportResult, skip_invalid: bool, dry_run: bool) -> None:
    """Leave the transaction by rolling back when the import must not be committed."""
    if rolls_back(result, skip_invalid, dry_run):
        raise Rollback


@dataclass
class ImportScope:
    """What an import writes through (`import_scope`): the transaction's connection, the
    secondary indexes built at the end, settings held until the load ends (`load`), the search
    index's pause, and the result the path fills."""

    conn: sqlite3.Connection
    indexes: SecondaryIndexes
    load: contextlib.ExitStack
    index: BulkIndex
    result: ImportResult


@contextlib.contextmanager
def import_scope(store: Store) -> Iterator[ImportScope]:
    """The frame the row and set-wise paths share: one write transaction, the secondary indexes
    deferred and the search triggers paused inside it. An exception in the block skips the
    index builds (the transaction rolls back, so they would be wasted) and propagates, except
    `Rollback`, which leaves without committing; a block that ends normally commits and marks
    the result committed."""
    result = ImportResult()
    try:
        with (
            store.transaction() as conn,
            deferred_indexes(conn) as indexes,
            contextlib.ExitStack() as load,
            suspended(conn) as index,
        ):
            try:
                yield ImportScope(conn, indexes, load, index, result)
            except BaseException:
                index.skip = indexes.skip = True
                raise
        result.committed = True
    except Rollback:
        pass
