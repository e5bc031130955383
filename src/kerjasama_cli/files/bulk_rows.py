"""A flat file's rows as codes of their distinct values, in chunks, for the set-wise import.

store/imports/setwise.py stages each row as eight integer codes (the row's (kind, type) pair, date
text, partner with its country, status, sectors text, signatories, local party, and the
governor question these raise) and its free texts; each distinct value is normalised once, by
the importer, as it is first met. This module only reads: it turns a file's rows into those
codes and says which values are new in each chunk. Nothing here validates a value beyond what
decides whether the set-wise path may take a row at all (text, printable, within its field's
length, no field it leaves to the row path): the first row that fails raises `Declined`.

A large file is read by a second process (`python -m kerjasama_cli.files.bulk_rows`), which
sends the chunks (marshal) through a pipe while the importer writes the previous ones: reading
and coding are Python, the importer's work is SQLite's, and the machine has two cores.
"""

from __future__ import annotations

import json
import marshal
import struct
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import IO, Any

from kerjasama_cli.domain.keys import reads_as_id
from kerjasama_cli.domain.schema import _TEXT_LIMITS, SHORT
from kerjasama_cli.domain.text_forms import clean_row, clean_value

# Fields a row may fill and still be taken set-wise; a non-empty value in one of these declines.
RARE = frozenset({"sources", "agreement", "term_years", "end_date"})
GROUPS = ("types", "dates", "partners", "statuses", "sectors", "people", "locals", "governors")
# The fields a staged row is read for, in the order `RowCodes.rows` takes them.
INPUTS = (
    "kind",
    "type",
    "date",
    "signatories",
    "partner_signatories",
    "local_party",
    "local_country",
    "leader",
    "partner",
    "partner_key",
    "country",
    "region",
    "partner_kind",
    "status",
    "sectors",
    "key",
    "title",
    "summary",
    "place",
    "notes",
    "date_note",
    "stage",  # a draft's: evidence of the record, stored after the load (store/dossier/stages)
)
CHUNK = 25_000  # rows a chunk: a multiple of the import's batch (5,000)
BIG_FILE = 4_000_000  # bytes: a file this large is read by a second process


class Declined(Exception):
    """The file needs the row path; nothing the set-wise attempt wrote is kept."""


class _Codes(dict):
    """Distinct values in the order first met, each with its number (1, 2, 3, …: the rowid of
    its row in the importer's code table); `fresh` holds those not yet handed over."""

    def __init__(self) -> None:
        super().__init__()
        self.fresh: list[Any] = []

    def code(self, value: Any) -> int:
        found = self.get(value)
        if found is None:
            found = self[value] = len(self) + 1
            self.fresh.append(value)
        return found


@dataclass
class Chunk:
    """Staged rows (8 codes, 8 texts) and the distinct values they met first, by group."""

    rows: list[tuple]
    fresh: dict[str, list[Any]] = field(default_factory=dict)


class RowCodes:
    """Reads rows into codes; one per import."""

    def __init__(self, defaults: Mapping[str, Any]) -> None:
        self.defaults = dict(clean_row(defaults))
        self.groups = {name: _Codes() for name in GROUPS}
        self.count = 0

    def chunks(
        self, values: Iterable[tuple[int, Sequence[str]]], size: int = CHUNK
    ) -> Iterator[Chunk]:
        rows: list[tuple] = []
        for row in self.rows(values):
            rows.append(row)
            if len(rows) >= size:
                yield self._chunk(rows)
                rows = []
        if rows:
            yield self._chunk(rows)

    def _chunk(self, rows: list[tuple]) -> Chunk:
        fresh = {}
        for name, codes in self.groups.items():
            fresh[name], codes.fresh = codes.fresh, []
        return Chunk(rows, fresh)

    def rows(self, values: Iterable[tuple[int, Sequence[str]]]) -> Iterator[tuple]:
        """Each row, given as (line, its INPUTS values as text), as (8 codes, 8 texts);
        the texts stripped, None when empty (`text_value`: the values are printable, so the
        ASCII space is the only white space they hold)."""
        g = self.groups
        types, dates, partners = g["types"].code, g["dates"].code, g["partners"].code
        statuses, sectors, people = g["statuses"].code, g["sectors"].code, g["people"].code
        locals_, governors = g["locals"].code, g["governors"].code
        for _line, (
            kind,
            rtype,
            date,
            home,
            other,
            party,
            country_of_party,
            leader,
            *rest,
        ) in values:
            partner, partner_key, country, region, partner_kind, status, sector, *texts = rest
            if texts[0] and reads_as_id(texts[0].strip()):  # refused by the row path
                raise Declined("a key of digits only, refused by the row path")
            date_code = dates(date)
            person = people((home, other))
            local = locals_((party, country_of_party))
            yield (
                types((kind, rtype)),
                date_code,
                partners((partner, partner_key, country, region, partner_kind)),
                statuses(status),
                sectors(sector),
                person,
                local,
                governors((local, date_code, person, leader)),
                *[text.strip() or None for text in texts],
                leader.strip() or None,
            )

    def from_rows(
        self, rows: Iterable[Any], on_row: Callable[[], None] = lambda: None
    ) -> Iterator[tuple[int, Sequence[str]]]:
        """Rows as the readers give them (`files.input_types.Row`)."""
        defaults = self.defaults
        for row in rows:
            if row.error is not None:
                raise Declined("a row the reader could not read")
            values = row.values
            if defaults:
                values = {**defaults, **{k: v for k, v in values.items() if v not in (None, "")}}
            values = _checked(clean_row(values))  # as the row path cleans it (text_forms.py)
            self.count += 1
            on_row()
            get = values.get
            yield row.line, [get(name, "") for name in INPUTS]

    def from_cells(
        self,
        cells: Iterable[tuple[int, list[str], Any]],
        columns: list[tuple[int, str]],
        on_row: Callable[[], None] = lambda: None,
    ) -> Iterator[tuple[int, Sequence[str]]]:
        """A CSV file's rows as cells (`FlatInput.cells`): each field picked by its column,
        without a dict per row."""
        at = {name: i for i, name in columns}
        names = dict(columns)
        width = max(at.values(), default=-1) + 1
        pick = itemgetter(*(at.get(name, width) for name in INPUTS))  # width: an empty cell
        rare = [at[name] for name in RARE if name in at]
        limits = [(i, _TEXT_LIMITS.get(name, 0)) for i, name in columns]
        if any(f not in INPUTS for f in self.defaults):
            raise Declined("a default for a field this path does not read")
        defaults = [(INPUTS.index(f), v) for f, v in self.defaults.items()]
        for line, found, error in cells:
            if error is not None:
                raise Declined("a row the reader could not read")
            joined = "".join(found)
            if not joined.isascii():  # cleaned as the row path cleans it (text_forms.py)
                found = [clean_value(names.get(i, ""), cell) for i, cell in enumerate(found)]
                joined = "".join(found)
            if not joined.isprintable():
                raise Declined("a value with a line break or a control character")
            if len(joined) > SHORT and any(len(found[i]) > limit for i, limit in limits):
                raise Declined("a value longer than its field allows")
            if rare and any(found[i].strip() for i in rare):
                raise Declined("sources, an agreement, an end date or a term")
            self.count += 1
            on_row()
            found.append("")
            values = pick(found)
            if defaults:
                values = list(values)
                for i, default in defaults:
                    if not values[i]:
                        values[i] = default
            yield line, values

    def values_of(self, source: Any, on_row: Callable[[], None]) -> Iterator[Any]:
        """A `FlatInput`'s rows (by its cells when it is a CSV file), or any iterable of Rows."""
        cells = getattr(source, "cells", None)
        if cells is not None:
            return self.from_cells(cells, source.columns, on_row)
        return self.from_rows(getattr(source, "rows", source), on_row)


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    """The row's values when all are printable text within their limits and no rare field is
    filled (None read as empty); Declined otherwise."""
    try:
        joined = "".join(values.values())
    except TypeError:
        if any(v is not None and v.__class__ is not str for v in values.values()):
            raise Declined("a value that is not text") from None
        values = {k: v for k, v in values.items() if v is not None}
        joined = "".join(values.values())
    if not joined.isprintable():
        raise Declined("a value with a line break or a control character")
    if len(joined) > SHORT:
        for name, value in values.items():
            if len(value) > _TEXT_LIMITS.get(name, 0):
                raise Declined("a value longer than its field allows")
    if not RARE.isdisjoint(values) and any(
        values[name].strip() for name in RARE.intersection(values)
    ):
        raise Declined("sources, an agreement, an end date or a term")
    return values


# -- the second process ---------------------------------------------------------------------


def read_elsewhere(
    path: str, kind: str, mapping: Mapping[str, str], defaults: Mapping[str, Any]
) -> Iterator[Chunk]:
    """A CSV or NDJSON file's chunks, read and coded by a second process. Raises Declined, or
    the reader's InputError with its message, as reading in this process would."""
    from kerjasama_cli.files.input_types import InputError

    child = subprocess.Popen(
        [sys.executable, "-m", "kerjasama_cli.files.bulk_rows"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(json.dumps([path, kind, dict(mapping), dict(defaults)]).encode())
        child.stdin.close()
        while True:
            kind, payload = _receive(child.stdout)
            if kind == "chunk":
                yield payload
            elif kind == "end":
                return
            elif kind == "input":
                raise InputError(payload[0], **payload[1])  # a msgid and its values
            else:  # "declined", or anything the reader did not expect: the row path will say
                raise Declined(str(payload))
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def _send(out: IO[bytes], kind: str, payload: Any) -> None:
    # marshal: tuples, lists, dicts, text, integers and None only, and it reads them back in
    # two thirds of pickle's time.
    data = marshal.dumps((kind, payload))
    out.write(struct.pack("<Q", len(data)))
    out.write(data)
    out.flush()


def _receive(source: IO[bytes]) -> tuple[str, Any]:
    head = source.read(8)
    if len(head) < 8:
        return "declined", "the reading process ended early"
    (size,) = struct.unpack("<Q", head)
    kind, payload = marshal.loads(source.read(size))  # our own child's bytes, through a pipe
    return kind, Chunk(*payload) if kind == "chunk" else payload


def _child_main() -> None:
    import signal

    from kerjasama_cli.files.input_types import InputError
    from kerjasama_cli.files.readers import read_input

    # A terminal's Ctrl-C reaches the whole process group: the importer answers it (it rolls
    # back, says so in one line, and kills this process); here it would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = sys.stdout.buffer
    path, kind, mapping, defaults = json.loads(sys.stdin.read())
    try:
        source = read_input(path, kind, mapping)
        codes = RowCodes(defaults)
        for chunk in codes.chunks(codes.values_of(source, lambda: None)):
            _send(out, "chunk", (chunk.rows, chunk.fresh))
        _send(out, "end", codes.count)
    except Declined as declined:
        _send(out, "declined", str(declined))
    except InputError as error:
        values = {k: str(v) for k, v in error.values.items()}
        _send(out, "input", (error.msgid, values))
    except Exception as error:  # noqa: BLE001 - the parent falls back to the row path
        _send(out, "declined", f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    _child_main()
