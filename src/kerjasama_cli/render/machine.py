"""Machine-readable output (JSON, CSV): plain text, never colour, always to stdout.

JSON layout: an array has one element per line (`[`, then each element, `]`), as `sqlite-utils
query` prints; an object at the top (`show --format json`) has one key per line. Below the top,
what holds records is laid out the same way: an array of objects has one object per line, and an
object holding such an array (a governor's term in `list --by-governor`) one key per line.
Everything else is written by the C encoder on one line: `indent` forces the pure-Python
encoder, which took more time than the query itself for a million-record registry. The text
stays valid JSON for jq and every JSON reader, and `grep` finds a record on one line.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

# Keep the text readable (Indonesian and accented names as they are); anything the encoder does
# not know (a date) as its text.
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
_encode = _ENCODER.encode

# Lines joined before each write: one write per record was a third of a large timeline's time,
# one write of the whole text held a second copy of it in memory.
_CHUNK = 2000


def _expanded(value: Any, indent: str, top: bool = False) -> Iterator[str]:
    """The lines of `value` as the module docstring lays them out: the first without its
    indent (the caller's line holds it), the others indented in full; no final newline."""
    inner = indent + "  "
    if isinstance(value, dict) and value and (top or _holds_records(value)):
        yield "{"
        last = len(value) - 1
        for n, (key, item) in enumerate(value.items()):
            lines = list(_expanded(item, inner))
            lines[0] = f"{inner}{_encode(str(key))}: {lines[0]}"
            if n != last:
                lines[-1] += ","
            yield from lines
        yield indent + "}"
    elif isinstance(value, list | tuple) and value and (top or _is_records(value)):
        yield "["
        last = len(value) - 1
        for n, item in enumerate(value):
            lines = list(_expanded(item, inner))
            lines[0] = inner + lines[0]
            if n != last:
                lines[-1] += ","
            yield from lines
        yield indent + "]"
    else:
        yield _encode(value)


def _is_records(value: Any) -> bool:
    """A non-empty array of objects: written one object per line."""
    return (
        isinstance(value, list | tuple) and bool(value) and all(isinstance(v, dict) for v in value)
    )


def _holds_records(value: dict[str, Any]) -> bool:
    """An object with an array of objects among its values: written one key per line."""
    return any(_is_records(v) for v in value.values())


def json_text(data: Any) -> str:
    """The whole JSON text of `data`, newline-terminated, as `write_json` writes it."""
    return "\n".join(_expanded(data, "", top=True)) + "\n"


def write_json(data: Any, out: TextIO | None = None) -> None:
    """UTF-8 JSON: an array one element per line, an object one key per line (see above)."""
    out = out or sys.stdout
    if isinstance(data, list | tuple) and not any(
        isinstance(item, dict) and _holds_records(item) for item in data
    ):
        write_json_array(data, out)  # one element per line, streamed
        return
    out.write(json_text(data))


def write_json_array(items: Iterable[Any], out: TextIO | None = None) -> None:
    """A JSON array written as the items come (a generator is never held whole in memory):
    `[`, one item per line, `]`; an empty one is `[]`."""
    out = out or sys.stdout
    encode = _encode
    chunk: list[str] = []
    first = True
    for item in items:
        if first:
            chunk.append("[\n  " + encode(item))
            first = False
        else:
            chunk.append(",\n  " + encode(item))
        if len(chunk) >= _CHUNK:
            out.write("".join(chunk))
            chunk.clear()
    chunk.append("[]\n" if first else "\n]\n")
    out.write("".join(chunk))


def write_ndjson(items: Iterable[Any], out: TextIO | None = None) -> None:
    """One JSON value per line (NDJSON, as `sqlite-utils --nl` prints), written as the items
    come: each line is the element `write_json_array` writes, without the array around it."""
    out = out or sys.stdout
    encode = _encode
    chunk: list[str] = []
    for item in items:
        chunk.append(encode(item))
        if len(chunk) >= _CHUNK:
            chunk.append("")
            out.write("\n".join(chunk))
            chunk.clear()
    if chunk:
        chunk.append("")
        out.write("\n".join(chunk))


def _cell(value: Any) -> Any:
    if isinstance(value, bool):  # as JSON spells it, not Python's `True`
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return "" if value is None else value


def write_machine(items: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str]) -> None:
    """Records to stdout as they come, in a machine format: `json` (an array, one object a
    line), `ndjson` (one object a line) or `csv` (a header, then `columns`)."""
    if fmt == "json":
        write_json_array(items)
    elif fmt == "ndjson":
        write_ndjson(items)
    else:
        write_csv(items, columns)


def write_csv_cells(rows: Iterable[Sequence[Any]], columns: Sequence[str]) -> None:
    """CSV to stdout: a header, then rows of cells already in `columns` order (None empty)."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)


def write_csv(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO | None = None
) -> None:
    """CSV with a header; lists are `;`-joined (the import format reads them back)."""
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    cell = _cell
    writer.writerows([cell(row.get(c)) for c in columns] for row in rows)
