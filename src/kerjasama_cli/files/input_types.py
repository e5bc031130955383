"""What the import readers give back: a flat file's records as a lazy `FlatInput` of `Row`s,
a seed-shaped file whole as a `Document`, and the `InputError` of a file that cannot be read as
the format it claims (with `no_records`, the one error for a file with nothing to import)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.domain.errors import Refusal, ValidationError


class InputError(Refusal):
    """The file cannot be read as the format it claims (exit 2; nothing written): a msgid and
    its values, said in the user's language."""

    def __init__(self, msgid: str, **values: object) -> None:
        super().__init__(msgid, 2, **values)


@dataclass
class Row:
    """One flat record as read: where it is, its raw form (for a rejects file), its fields."""

    line: int
    raw: Any
    values: dict[str, Any]
    error: ValidationError | None = None  # unreadable before validation (bad JSON, extra cells)


@dataclass
class FlatInput:
    """Flat records, read lazily."""

    name: str
    format: str
    rows: Iterator[Row]
    labels: dict[str, str] = field(default_factory=dict)  # field -> the file's name for it
    header: list[str] | None = None  # CSV: the original header, for the rejects file
    delimiter: str = ","
    bom: bool = False
    position: Callable[[], int] = lambda: 0
    size: int | None = None
    numbered_by_line: bool = True  # False: locations are record numbers (JSON/YAML lists)
    close: Callable[[], None] = lambda: None
    sheet: str | None = None  # a workbook's sheet: locations read `FILE:SHEET!ROW`
    # CSV: the same rows as (line, cells, error) without a dict each, and which cell holds
    # which field (`rows` or `cells` is read, not both): the set-wise import reads these.
    cells: Iterator[tuple[int, list[str], ValidationError | None]] | None = None
    columns: list[tuple[int, str]] | None = None
    # A file of extract's drafts: those with no local party, (number, line) (domain/drafts.py).
    unplaced: list[tuple[int, int | None]] = field(default_factory=list)

    def locate(self, line: int) -> str:
        """Where a row is, as messages name it: `FILE:LINE`, `FILE#N` (the Nth record of a
        JSON or YAML list) or `FILE:SHEET!ROW`."""
        if self.sheet is not None:
            return f"{self.name}:{self.sheet}!{line}"
        return f"{self.name}:{line}" if self.numbered_by_line else f"{self.name}#{line}"


@dataclass
class Document:
    """A seed-shaped mapping and the line each section entry starts on (when known)."""

    name: str
    format: str
    data: Mapping[str, Any]
    lines: dict[str, list[int]] = field(default_factory=dict)


def no_records(name: str) -> InputError:
    """The one error for a file with nothing to import, whatever its format."""
    return InputError("no records in {name}: the file is empty or has only a header", name=name)
