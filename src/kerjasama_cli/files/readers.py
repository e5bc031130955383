"""Read an import file: YAML, JSON, NDJSON or CSV, from a path or stdin.

A file in the seed shape (a mapping with `agreements`, `partners`, ...) comes back whole as a
`Document`; flat records (CSV rows, NDJSON lines, a JSON or YAML list) come back as a `FlatInput`
whose rows are read lazily, so CSV and NDJSON stream however large the file is.

Over 400 lines: the four import formats (YAML, JSON, NDJSON, CSV) share `FlatInput`, `Row`, the
byte-order-mark and decoding checks and the one error for a file with no records; the CSV reader
alone (delimiter sniffing, the header map) is 70 lines.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import os
import shlex
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kerjasama_cli.domain import drafts
from kerjasama_cli.domain.errors import Refusal, Said, ValidationError
from kerjasama_cli.domain.tabular import field_for, header_fields
from kerjasama_cli.files.spreadsheets import WORKBOOK, suffix_of, unreadable_spreadsheet
from kerjasama_cli.i18n import os_reason

FORMATS = ("yaml", "json", "ndjson", "csv", "xlsx")
_EXTENSIONS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    WORKBOOK: "xlsx",
}
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


class InputError(Refusal):
    """The file cannot be read as the format it claims (exit 2; nothing written): a msgid and
    its values, said in the user's language."""

    def __init__(self, msgid: str, **values: object) -> None:
        super().__init__(msgid, 2, **values)


# A spreadsheet kerjasama cannot read (files/spreadsheets.py): what to do instead.
_CONVERT = (
    "{name}: {what}, which kerjasama cannot read; save it as an Excel workbook (.xlsx): in "
    "Excel or LibreOffice, File > Save As > Excel Workbook (.xlsx), or run "
    "`libreoffice --headless --convert-to xlsx {command}`, then import the .xlsx file"
)


def detect_format(path: str, explicit: str | None) -> str:
    """`--format`, else the file's extension."""
    if path != "-" and Path(path).is_dir():
        example = Path(path) / "data.csv"
        raise InputError(
            "{path}: is a directory; give one file (e.g. {example})", path=path, example=example
        )
    if explicit:
        return explicit
    if path == "-":
        raise InputError(
            "--format is required when reading stdin (yaml, json, ndjson, csv or xlsx)"
        )
    name = Path(path).name
    what = unreadable_spreadsheet(path)
    if what is not None:
        raise InputError(_CONVERT, name=name, what=Said(what), command=shlex.quote(name))
    found = _EXTENSIONS.get(suffix_of(path))
    if found is None:
        raise InputError(
            "cannot tell the format of {name} from its name; "
            "give --format yaml, json, ndjson, csv or xlsx",
            name=repr(name),
        )
    return found


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


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as error:
        raise InputError("{path}: {reason}", path=path, reason=os_reason(error)) from None


def _size(handle: IO[bytes]) -> int | None:
    try:
        stat = os.fstat(handle.fileno())
    except (OSError, io.UnsupportedOperation):
        return None
    return stat.st_size if stat.st_size > 0 else None


def _has_bom(handle: IO[bytes]) -> bool:
    peek = getattr(handle, "peek", None)
    return bool(peek and peek(3)[:3] == codecs.BOM_UTF8)


def read_input(
    path: str, fmt: str, mapping: Mapping[str, str], handle: IO[bytes] | None = None
) -> FlatInput | Document:
    """Open `path` (or stdin for `-`) as `fmt`; `mapping` is `--map` (flat records only)."""
    name = "<stdin>" if path == "-" else path
    binary = handle or _open(path)
    if fmt in ("csv", "ndjson"):
        try:
            flat = (_csv if fmt == "csv" else _ndjson)(name, binary, mapping)
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
    text = _decode(name, data_bytes)
    if not text.strip():
        raise no_records(name)
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(
                "{where}: not valid JSON: {problem} (column {column})",
                where=f"{name}:{error.lineno}",
                problem=error.msg,  # the json module's English
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
        data, lines = _yaml(name, text)
    if data is None or (isinstance(data, (list, Mapping)) and not data):
        raise no_records(name)
    if isinstance(data, list):
        listed = _listed(name, fmt, data, mapping, lines.get(""))
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


def no_records(name: str) -> InputError:
    """The one error for a file with nothing to import, whatever its format."""
    return InputError("no records in {name}: the file is empty or has only a header", name=name)


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


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            "{where}: not UTF-8 text; save the file as UTF-8", where=f"{name}:{line}"
        ) from None


def _yaml(name: str, text: str) -> tuple[Any, dict[str, list[int]]]:
    """Parse YAML, keeping the line where each entry of each section starts."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow (NUL, ESC, ...)
        line = text[: error.position].count("\n") + 1
        raise InputError(
            "{where}: not valid YAML: the character {character} is not allowed",
            where=f"{name}:{line}",
            character=f"U+{error.character:04X}",
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = str(getattr(error, "problem", None) or error).strip().splitlines()[:1]
        raise InputError(
            "{where}: not valid YAML: {problem}",
            where=where,
            problem="".join(problem) or Said("unreadable"),  # PyYAML's English
        ) from None
    except RecursionError:
        raise InputError("{name}: not valid YAML here: nested too deeply", name=name) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise InputError(
            "{name}: not valid YAML here: a number too long to read", name=name
        ) from None
    finally:
        loader.dispose()
    lines: dict[str, list[int]] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(value_node, yaml.SequenceNode):
                lines[str(key_node.value)] = [n.start_mark.line + 1 for n in value_node.value]
    elif isinstance(node, yaml.SequenceNode):
        lines[""] = [n.start_mark.line + 1 for n in node.value]
    return data, lines


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


def _listed(
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


def _ndjson(name: str, binary: IO[bytes], mapping: Mapping[str, str]) -> FlatInput:
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
                        problem=error.msg,  # the json module's English
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
        name, "ndjson", rows(), fields.labels, position=binary.tell, size=_size(binary)
    )


def _cells_error(count: int, width: int, open_quote: bool) -> ValidationError:
    """A row with a cell lost or one too many (a quote left open, when a cell spans lines)."""
    one = "has 1 cell; the header has {width}, one per column"
    many = "has {n} cells; the header has {width}, one per column"
    if open_quote:
        one = "has 1 cell; the header has {width}, one per column (a quote left open?)"
        many = "has {n} cells; the header has {width}, one per column (a quote left open?)"
    return ValidationError("row", None, one if count == 1 else many, n=count, width=width)


def _delimiter(header_line: str) -> str:
    """`,` or `;` (what a spreadsheet in an Indonesian locale writes), or a tab."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv(name: str, binary: IO[bytes], mapping: Mapping[str, str]) -> FlatInput:
    bom = _has_bom(binary)
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
    try:
        first = text.readline()
    except UnicodeDecodeError:
        raise InputError(
            "{where}: not UTF-8 text; save the file as CSV UTF-8", where=f"{name}:1"
        ) from None
    if not first.strip():
        raise no_records(name)
    delimiter = _delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter))
    try:
        fields = header_fields(header, mapping)
    except ValidationError as error:
        raise error.at(f"{name}:1") from None
    pairs = [(i, f) for i, f in enumerate(fields) if f is not None]
    labels = {f: header[i] for i, f in pairs}
    width = len(header)
    reader = csv.reader(text, delimiter=delimiter)

    def cells() -> Iterator[tuple[int, list[str], ValidationError | None]]:
        end = 1
        try:
            for found in reader:
                line, end = end + 1, reader.line_num + 1
                if not any(cell.strip() for cell in found):
                    continue  # a blank line, or a sheet's blank row saved as `,,,` (as xlsx)
                # A short row is a cell lost (or a quote gone astray); a long one a cell too
                # many, unless what is extra is empty (spreadsheets pad rows with separators).
                if len(found) < width or (
                    len(found) > width and any(c.strip() for c in found[width:])
                ):
                    open_quote = any("\n" in cell for cell in found)
                    yield line, found, _cells_error(len(found), width, open_quote)
                    continue
                yield line, found, None
        except UnicodeDecodeError:
            raise InputError(
                "{where}: not UTF-8 text; save the file as CSV UTF-8", where=f"{name}:{end + 1}"
            ) from None
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise InputError(
                    "{where}: a cell longer than {limit} characters (a quote left open?)",
                    where=f"{name}:{end + 1}",
                    limit=f"{csv.field_size_limit():,}",
                ) from None
            raise InputError(
                "{where}: unreadable CSV: {problem}", where=f"{name}:{end + 1}", problem=error
            ) from None

    def rows() -> Iterator[Row]:
        for line, found, error in flat.cells or ():  # read when the first row is asked for
            if error is not None:
                yield Row(line, found, {}, error)
            else:
                yield Row(line, found, {f: found[i] for i, f in pairs})

    flat = FlatInput(
        name,
        "csv",
        rows(),
        labels,
        cells=cells(),
        columns=pairs,
        header=header,
        delimiter=delimiter,
        bom=bom,
        position=binary.tell,
        size=_size(binary),
    )
    return flat


def format_of_name(path: Path) -> str | None:
    """The format a file's extension says (`yaml` ... `xlsx`); "" for a spreadsheet kerjasama
    cannot read or write (.ods, .xls, ...); None when the name says none."""
    return "" if unreadable_spreadsheet(path) else _EXTENSIONS.get(suffix_of(path))
