"""What an import reports (its counts, its rejects, its changes) and how it ends: committed, or
rolled back for a dry run or rejects; shared by the row, set-wise and document paths."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.merge import MergeReport
from kerjasama_cli.store.database.connection import Store

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
