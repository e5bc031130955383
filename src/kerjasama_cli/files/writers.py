"""Write exports (seed-shaped YAML/JSON, flat NDJSON/CSV) and rejects files.

Output is deterministic: same entries in, same bytes out, which is what makes the export ->
import -> export round trip byte-identical.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

from kerjasama_cli.domain.tabular import FIELDS, REJECT_LINE, REJECT_REASON


def write_document(document: Mapping[str, Any], fmt: str, out: TextIO) -> None:
    """The seed shape as YAML or JSON."""
    if fmt == "json":
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    yaml.dump(
        dict(document),
        out,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def write_flat(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    out: TextIO,
    header: Sequence[str] | None = None,
    delimiter: str = ",",
) -> int:
    """Flat records as NDJSON (one object per line) or CSV (lists `;`-joined); returns the count.

    HEADER: the CSV's column names (default: the field names); DELIMITER `;` is what Excel
    expects where the decimal comma is used (Indonesia)."""
    count = 0
    if fmt == "ndjson":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False))
            out.write("\n")
            count += 1
        return count
    writer = csv.writer(out, lineterminator="\n", delimiter=delimiter)
    writer.writerow(header or FIELDS)
    for row in rows:
        writer.writerow([_cell(row.get(f)) for f in FIELDS])
        count += 1
    return count


# -- rejects ------------------------------------------------------------------------------------


def default_rejects_path(source: str, fmt: str) -> Path:
    """`<input name>.rejects.<ext>` in the current directory: never beside the input, which may
    be a shared or read-only place. A JSON list's rejects are written as NDJSON."""
    stem = "stdin" if source == "-" else Path(source).stem
    return Path(f"{stem}.rejects.{fmt}")


class FlatRejects:
    """Rejected flat rows, streamed to a file in the input's own shape plus `_line`/`_reason`,
    so the user can fix them and import the file again with the same options."""

    def __init__(
        self, path: Path, fmt: str, header: Sequence[str] | None, delimiter: str, bom: bool
    ) -> None:
        self.path = path
        self.fmt = "csv" if fmt == "csv" else "ndjson"
        self.header = list(header or [])
        self.delimiter = delimiter
        self.bom = bom
        self.handle: IO[str] | None = None
        self.writer: Any = None
        self.count = 0

    def _open(self) -> None:
        encoding = "utf-8-sig" if self.bom else "utf-8"
        # backslashreplace: a rejected value may hold a lone surrogate, which is why it was
        # rejected; the rejects file must still be written.
        self.handle = self.path.open("w", encoding=encoding, newline="", errors="backslashreplace")
        if self.fmt == "csv":
            self.writer = csv.writer(self.handle, delimiter=self.delimiter, lineterminator="\n")
            self.writer.writerow([*self.header, REJECT_LINE, REJECT_REASON])

    def add(self, line: int, raw: Any, reason: str) -> None:
        """Append one rejected row."""
        if self.handle is None:
            self._open()
        assert self.handle is not None
        self.count += 1
        if self.fmt == "csv":
            cells = list(raw)[: len(self.header)]
            cells += [""] * (len(self.header) - len(cells))
            self.writer.writerow([*cells, line, reason])
            return
        # Keys as text and YAML dates as text: a YAML list's rows are written as NDJSON too.
        item = {str(k): v for k, v in raw.items()} if isinstance(raw, Mapping) else {"_raw": raw}
        item.update({REJECT_LINE: line, REJECT_REASON: reason})
        self.handle.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


class DocumentRejects:
    """Rejected entries of a seed-shaped file, written as one document of the same format."""

    def __init__(self, path: Path, fmt: str, home: Any) -> None:
        self.path = path
        self.fmt = fmt
        self.home = home
        self.sections: dict[str, list[Any]] = {}
        self.count = 0

    def add(self, section: str, line: int | None, item: Any, reason: str) -> None:
        entry = dict(item) if isinstance(item, Mapping) else {"_raw": item}
        entry.update({REJECT_LINE: line, REJECT_REASON: reason})
        self.sections.setdefault(section, []).append(entry)
        self.count += 1

    def close(self) -> None:
        if not self.count:
            return
        document: dict[str, Any] = {"home": self.home} if self.home else {}
        document.update(self.sections)
        with self.path.open("w", encoding="utf-8", errors="backslashreplace") as out:
            write_document(document, self.fmt, out)
