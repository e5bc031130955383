"""What `import` was asked to do, as one value that the reader (`files/import_source.py`) and
the store (`store/imports/run.py`) both take: the file and its format, the column map, the values
`--set` gives, how updates merge, and the switches. The command builds it from its options."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kerjasama_cli.domain.merge import MergeRule


@dataclass(frozen=True)
class ImportRequest:
    """One `import` run's options, parsed and checked."""

    file: str  # a path, or "-" for stdin
    kind: str  # yaml, json, ndjson, csv or xlsx
    mapping: dict[str, str] = field(default_factory=dict)  # --map: the file's header -> field
    defaults: dict[str, Any] = field(default_factory=dict)  # --set: field -> value
    rule: MergeRule = field(default_factory=MergeRule)
    skip_invalid: bool = False
    dry_run: bool = False
    overwrite: bool = False
    new: bool = False
    sheet: str | None = None  # a workbook's sheet (default: the first)
    header_row: int = 1  # a workbook's row of column names
    rejects: Path | None = None  # --rejects (default: NAME.rejects.EXT in the current directory)

    @property
    def writes_rejects(self) -> bool:
        """Whether the rejected records go to a rejects file (--skip-invalid, not a dry run)."""
        return self.skip_invalid and not self.dry_run

    @property
    def rejects_kind(self) -> str:
        """The rejects file's format: the input's, but a workbook's rejects are CSV (with the
        sheet's header), which any spreadsheet opens."""
        return "csv" if self.kind == "xlsx" else self.kind

    @property
    def may_go_set_wise(self) -> bool:
        """Whether the set-wise path may take the file: a CSV or NDJSON file it can read again
        (store/imports/setwise.py declines the rest, and stdin cannot be read twice)."""
        return self.kind in ("csv", "ndjson") and self.file != "-"
