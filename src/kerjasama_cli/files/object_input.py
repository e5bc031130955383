"""Records written as mappings of field names to values: the lines of an NDJSON file, streamed,
and the items of a JSON or YAML list. The keys may differ from record to record (`_Fields`
maps each to its canonical field, `--map` first)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

from kerjasama_cli.domain.errors import Said, ValidationError
from kerjasama_cli.domain.tabular import field_for
from kerjasama_cli.files.input_types import FlatInput, InputError, Row
from kerjasama_cli.files.streams import stream_size


class _Fields:
    """Canonical field for each key of a JSON object (keys can differ from line to line)."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = {k.casefold(): v for k, v in mapping.items()}
        self.cache: dict[str, str | None] = {}
        self.labels: dict[str, str] = {}
        self.plans: dict[tuple[Any, ...], tuple[tuple[str, str], ...]] = {}

    def __call__(self, key: str) -> str | None:
        try:
            return self.cache[key]
        except KeyError:
            pass
        if key.casefold() in self.mapping:
            target = self.mapping[key.casefold()]
            found = field_for(target, "--map") if target else None
        elif key.startswith("_"):
            found = None
        else:
            found = field_for(key, "field")
        self.cache[key] = found
        if found:
            self.labels.setdefault(found, key)
        return found

    def values(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """The record's fields by canonical name. Lines of one file share their keys, so the
        keys' fields are looked up once per set of keys (in their order), not once per line."""
        keys = tuple(item)
        plan = self.plans.get(keys)
        if plan is None:
            plan = self._plan(keys)
            if len(self.plans) >= 1_000:
                self.plans.clear()
            self.plans[keys] = plan
        return {name: item[key] for key, name in plan}

    def _plan(self, keys: tuple[Any, ...]) -> tuple[tuple[str, str], ...]:
        plan = []
        for key in keys:
            if not isinstance(key, str):  # YAML allows `1: x` or `[a]: x` as a key
                raise ValidationError("field", key, "expected a field name (text)")
            name = self(key)
            if name is not None:
                plan.append((key, name))
        return tuple(plan)


def _object_row(number: int, item: Any, fields: _Fields) -> Row:
    # dict first: an ABC isinstance check costs as much as the rest of a line's reading.
    if item.__class__ is not dict and not isinstance(item, Mapping):
        error = ValidationError("record", item, "expected a mapping of field names to values")
        return Row(number, item, {}, error)
    try:
        return Row(number, item, fields.values(item))
    except ValidationError as error:
        return Row(number, item, {}, error)


def listed_records(
    name: str,
    fmt: str,
    items: Sequence[Any],
    mapping: Mapping[str, str],
    lines: Sequence[int] | None = None,
) -> FlatInput:
    """A JSON or YAML list of records; located by line where the parser kept it (YAML), else
    by record number."""
    fields = _Fields(mapping)
    if lines is not None and len(lines) == len(items):
        rows = (_object_row(line, item, fields) for line, item in zip(lines, items, strict=True))
        return FlatInput(name, fmt, rows, fields.labels)
    rows = (_object_row(n, item, fields) for n, item in enumerate(items, 1))
    return FlatInput(name, fmt, rows, fields.labels, numbered_by_line=False)


def read_ndjson(name: str, binary: IO[bytes], mapping: Mapping[str, str]) -> FlatInput:
    """An NDJSON file's records, one a line, read as they are asked for; a line that is not
    JSON is a row error, bytes that are not UTF-8 end the file with an InputError."""
    fields = _Fields(mapping)
    text = io.TextIOWrapper(binary, encoding="utf-8-sig")

    def rows() -> Iterator[Row]:
        number = 0
        try:
            for number, line in enumerate(text, 1):  # noqa: B007 - used after the loop
                stripped = line.strip()
                if not stripped:
                    continue
                try:
                    item = json.loads(stripped)
                except json.JSONDecodeError as error:
                    invalid = ValidationError(
                        "record",
                        None,
                        "not valid JSON: {problem} (column {column})",
                        problem=Said(error.msg, "parser"),  # the json module's English, translated
                        column=error.colno,
                    )
                    yield Row(number, stripped, {}, invalid)
                    continue
                except RecursionError:
                    reason = "not valid JSON here: nested too deeply"
                    yield Row(number, stripped, {}, ValidationError("record", None, reason))
                    continue
                except ValueError:  # JSONDecodeError is one; this is a 4,300-digit number
                    reason = "not valid JSON here: a number too long to read"
                    yield Row(number, stripped, {}, ValidationError("record", None, reason))
                    continue
                yield _object_row(number, item, fields)
        except UnicodeDecodeError:
            raise InputError(
                "{where}: not UTF-8 text; save the file as UTF-8", where=f"{name}:{number + 1}"
            ) from None

    return FlatInput(
        name, "ndjson", rows(), fields.labels, position=binary.tell, size=stream_size(binary)
    )
