"""Write exports (seed-shaped YAML/JSON, flat NDJSON/CSV) and rejects files.

Output is deterministic: same entries in, same bytes out, which is what makes the export ->
import -> export round trip byte-identical.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from json.encoder import encode_basestring as _string  # the C one, when built
from pathlib import Path
from typing import IO, Any, TextIO

from kerjasama_cli.domain.tabular import FIELDS, LIST_FIELDS, REJECT_LINE, REJECT_REASON

# The extension each export format is written under (what `import` reads it back by).
EXTENSIONS = {"yaml": ".yaml", "json": ".json", "ndjson": ".ndjson", "csv": ".csv", "xlsx": ".xlsx"}
# The two reasons a file name that contradicts --format gets (msgids; their values filled after
# translation).
_NAME_SAYS = (
    "the name says {named}, but --format is {given}; give a name ending {ext}, or leave "
    "--format out"
)
_NOT_WRITTEN = (
    "kerjasama does not write {suffix} files; give a name ending {ext} for --format {given}"
)


def check_output_name(output: Path, fmt: str) -> None:
    """Refuse `-o m.xlsx -f csv`: a name whose extension says another format than the one asked
    for would hold text Excel and `import` refuse. A name that says no format (`m.dat`, `m`)
    takes the one given; `.txt` is any text, so it refuses only the workbook."""
    from kerjasama_cli.domain.errors import ValidationError
    from kerjasama_cli.files.formats import format_of_name

    suffix = output.suffix.lower()
    named = format_of_name(output)
    ext = EXTENSIONS[fmt]
    if named == "":  # a spreadsheet kerjasama neither reads nor writes (.ods, .xls, ...)
        raise ValidationError(
            "--output", str(output), _NOT_WRITTEN, suffix=suffix, ext=ext, given=fmt
        )
    if named is not None and named != fmt and (suffix != ".txt" or fmt == "xlsx"):
        raise ValidationError("--output", str(output), _NAME_SAYS, named=named, given=fmt, ext=ext)


def write_document(document: Mapping[str, Any], fmt: str, out: TextIO) -> int:
    """The seed shape as YAML or JSON, written a section at a time; a section may be an
    iterator (the records of an export), written a chunk of entries at a time, so the text is
    the same as one dump of the whole document without ever holding it. Returns the number of
    agreements and events written."""
    if fmt == "json" and not document:
        out.write("{}\n")
        return 0
    count = 0
    write = _json_section if fmt == "json" else _yaml_section
    last = len(document) - 1
    if fmt == "json":
        out.write("{")
    for n, (key, value) in enumerate(document.items()):
        written = write(key, value, out, n == 0, n == last)
        if key in ("agreements", "events"):
            count += written
    if fmt == "json":
        out.write("\n}\n")
    return count


def _chunks(value: Any) -> Iterator[list[Any]]:
    items = iter(value)
    while chunk := list(islice(items, 1000)):
        yield chunk


def _json_section(key: str, value: Any, out: TextIO, first: bool, last: bool) -> int:
    """`"key": value` at the document's first level, as `json.dump(indent=2)` writes it."""
    encode = _JSON_INDENTED
    out.write(("\n  " if first else ",\n  ") + encode(key) + ": ")
    if isinstance(value, Mapping) or not isinstance(value, Iterable) or isinstance(value, str):
        out.write(encode(value).replace("\n", "\n  "))
        return 0
    count = 0
    for chunk in _chunks(value):
        text = ",\n".join(map(_json_entry, chunk)).replace("\n", "\n    ")
        out.write(("[\n    " if not count else ",\n    ") + text)
        count += len(chunk)
    out.write("\n  ]" if count else "[]")
    return count


def _yaml_section(key: str, value: Any, out: TextIO, first: bool, last: bool) -> int:
    """`key: value` at the document's first level, as one `yaml.dump` of it writes it (a
    sequence there is not indented: its chunks are dumped as sequences and follow the key)."""
    if isinstance(value, Mapping) or not isinstance(value, Iterable) or isinstance(value, str):
        out.write(_yaml({key: value}))
        return 0
    from kerjasama_cli.files.yaml_items import dump_items

    count = 0
    for chunk in _chunks(value):
        if not count:
            out.write(f"{key}:\n")  # the document's keys are plain words
        out.write(dump_items(chunk, _yaml))  # PyYAML's bytes, most entries laid out faster
        count += len(chunk)
    if not count:
        out.write(_yaml({key: []}))
    return count


def _yaml(data: Any) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(
        data,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


_ONE_LINE = json.JSONEncoder(ensure_ascii=False).encode


def _JSON_INDENTED(value: Any, pad: str = "") -> str:  # noqa: N802  (as json's encoders)
    """`json.dumps(value, ensure_ascii=False, indent=2)`, laid out here: with `indent`, json
    encodes through its pure-Python encoder, most of a JSON export's time. Text goes through
    the C string encoder; numbers as json writes them."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = pad + "  "
        items = [f"{inner}{_string(str(k))}: {_JSON_INDENTED(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = pad + "  "
        return (
            "[\n" + ",\n".join([inner + _JSON_INDENTED(v, inner) for v in value]) + "\n" + pad + "]"
        )
    if value is None:
        return "null"
    if isinstance(value, str):
        return _string(value)
    if type(value) is int:
        return int.__repr__(value)
    return _ONE_LINE(value)  # booleans, floats (Infinity, NaN), anything else


_KEYS: dict[str, str] = {}


def _json_entry(value: Any) -> str:
    """`_JSON_INDENTED(value)`, quicker for an export's entry: a mapping of text, nulls and
    lists of text, its keys' text kept (the same few keys, a hundred thousand times)."""
    if type(value) is not dict or not value:
        return _JSON_INDENTED(value)
    parts = []
    keys = _KEYS
    for key, item in value.items():
        head = keys.get(key) if type(key) is str else None
        if head is None:
            head = "  " + _string(str(key)) + ": "
            if type(key) is str and len(keys) < 256:
                keys[key] = head
        kind = type(item)
        if kind is str:
            parts.append(head + _string(item))
        elif item is None:
            parts.append(head + "null")
        elif kind is list and item and all(type(v) is str for v in item):
            parts.append(head + "[\n    " + ",\n    ".join(map(_string, item)) + "\n  ]")
        else:
            parts.append(head + _JSON_INDENTED(item, "  "))
    return "{\n" + ",\n".join(parts) + "\n}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# Flat rows are written thousands at a time; `json.dumps` with options builds an encoder a call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_LISTS = [i for i, f in enumerate(FIELDS) if f in LIST_FIELDS]
_NUMBERS = [FIELDS.index("term_years")]


def write_flat(
    rows: Iterable[Sequence[Any]],
    fmt: str,
    out: TextIO,
    header: Sequence[str] | None = None,
    delimiter: str = ",",
) -> int:
    """Flat records (each the values of FIELDS, in order) as NDJSON (one object per line) or
    CSV (lists `;`-joined, `5.0` years as `5`); returns the count.

    HEADER: the CSV's column names (default: the field names); DELIMITER `;` is what Excel
    expects where the decimal comma is used (Indonesia)."""
    count = 0
    chunk: list[str] = []
    if fmt == "ndjson":
        encode, keys = _ENCODE, FIELDS
        for row in rows:
            chunk.append(encode(dict(zip(keys, row, strict=True))))
            if len(chunk) >= 1000:
                count += len(chunk)
                chunk.append("")
                out.write("\n".join(chunk))
                chunk.clear()
        count += len(chunk)
        if chunk:
            chunk.append("")
            out.write("\n".join(chunk))
        return count
    writer = csv.writer(out, lineterminator="\n", delimiter=delimiter)
    writer.writerow(header or FIELDS)
    lists, numbers = _LISTS, _NUMBERS

    def cells(row: Sequence[Any]) -> list[Any]:
        # _cell of each value, where it matters: csv writes None as "" and text as it is.
        values = list(row)
        for i in lists:
            if values[i]:
                values[i] = ";".join(str(v) for v in values[i])
            else:
                values[i] = ""
        for i in numbers:
            if isinstance(values[i], float):
                values[i] = f"{values[i]:g}"
        return values

    if header is not None:  # a bureau's words: any value may be anything, as _cell sees it

        def cells(row: Sequence[Any]) -> list[Any]:
            return [_cell(value) for value in row]

    for row in rows:
        writer.writerow(cells(row))
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
