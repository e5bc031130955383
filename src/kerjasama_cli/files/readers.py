"""Read an import file: YAML, JSON, NDJSON or CSV, from a path or stdin.

A file in the seed shape (a mapping with `agreements`, `partners`, ...) comes back whole as a
`Document`; flat records (CSV rows, NDJSON lines, a JSON or YAML list) come back as a `FlatInput`
whose rows are read lazily, so CSV and NDJSON stream however large the file is.

This module chooses; each format's reading is its own module: `csv_input.py`, `object_input.py`
(NDJSON lines, JSON and YAML lists), `yaml_input.py`; the bytes are opened and decoded by
`streams.py`; what comes back is `input_types.py`; which format a name says is `formats.py`.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from typing import IO

from kerjasama_cli.domain import drafts
from kerjasama_cli.domain.errors import Said
from kerjasama_cli.files.csv_input import read_csv
from kerjasama_cli.files.input_types import Document, FlatInput, InputError, no_records
from kerjasama_cli.files.object_input import listed_records, read_ndjson
from kerjasama_cli.files.streams import decode_text, open_input
from kerjasama_cli.files.yaml_input import parse_yaml

SECTIONS = (
    "governments",
    "leaders",
    "sources",
    "partners",
    "agreements",
    "events",
    "reported_figures",
    "evidence",
)


def read_input(
    path: str, fmt: str, mapping: Mapping[str, str], handle: IO[bytes] | None = None
) -> FlatInput | Document:
    """Open `path` (or stdin for `-`) as `fmt`; `mapping` is `--map` (flat records only)."""
    name = "<stdin>" if path == "-" else path
    binary = handle or open_input(path)
    if fmt in ("csv", "ndjson"):
        try:
            flat = (read_csv if fmt == "csv" else read_ndjson)(name, binary, mapping)
            _require_records(flat)
        except BaseException:
            if path != "-" and handle is None:
                binary.close()
            raise
        if path != "-" and handle is None:
            flat.close = binary.close
        return flat
    data_bytes = binary.read()
    if path != "-" and handle is None:
        binary.close()
    text = decode_text(name, data_bytes)
    if not text.strip():
        raise no_records(name)
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(
                "{where}: not valid JSON: {problem} (column {column})",
                where=f"{name}:{error.lineno}",
                problem=Said(error.msg, "parser"),  # the json module's English, translated
                column=error.colno,
            ) from None
        except RecursionError:
            raise InputError("{name}: not valid JSON here: nested too deeply", name=name) from None
        except ValueError:  # a number of more than 4,300 digits
            raise InputError(
                "{name}: not valid JSON here: a number too long to read", name=name
            ) from None
        lines: dict[str, list[int]] = {}
    else:
        data, lines = parse_yaml(name, text)
    if data is None or (isinstance(data, (list, Mapping)) and not data):
        raise no_records(name)
    if isinstance(data, list):
        listed = listed_records(name, fmt, data, mapping, lines.get(""))
        if fmt == "yaml" and drafts.is_drafts(text):
            listed.unplaced = drafts.unplaced(data, lines.get(""))
        return listed
    if isinstance(data, Mapping) and any(s in data for s in (*SECTIONS, "home")):
        if "home" not in data and not any(data.get(s) for s in SECTIONS):
            raise no_records(name)
        return Document(name, fmt, data, lines)
    raise InputError(
        "{name}: expected a list of records or a mapping with sections such as 'agreements'",
        name=name,
    )


def _require_records(flat: FlatInput) -> None:
    """Read ahead to the first record, so an empty stream fails before any transaction."""
    if flat.cells is not None:  # a CSV file: its rows are read from its cells
        peeked = next(flat.cells, None)
        if peeked is None:
            raise no_records(flat.name)
        flat.cells = itertools.chain((peeked,), flat.cells)
        return
    first = next(flat.rows, None)
    if first is None:
        raise no_records(flat.name)
    flat.rows = itertools.chain((first,), flat.rows)
