"""Machine-readable output (JSON, CSV): plain text, never colour, always to stdout."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def write_json(data: Any, out: TextIO | None = None) -> None:
    """Pretty, UTF-8 JSON (Indonesian and accented names stay readable)."""
    out = out or sys.stdout
    # One write of the whole text: json.dump writes each token separately (555,000 writes for
    # a 7,000-record timeline, a third of its time).
    out.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    out.write("\n")


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return "" if value is None else value


def write_csv(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO | None = None
) -> None:
    """CSV with a header; lists are `;`-joined (the import format reads them back)."""
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
