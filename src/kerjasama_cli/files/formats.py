"""Which format an import or export file is in: `--format`, else its name's extension; a
directory, stdin without `--format`, or a spreadsheet kerjasama cannot read is refused."""

from __future__ import annotations

import shlex
from pathlib import Path

from kerjasama_cli.domain.errors import Said, shown
from kerjasama_cli.files.input_types import InputError
from kerjasama_cli.files.spreadsheets import WORKBOOK, suffix_of, unreadable_spreadsheet

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
            name=shown(name),
        )
    return found


def format_of_name(path: Path) -> str | None:
    """The format a file's extension says (`yaml` ... `xlsx`); "" for a spreadsheet kerjasama
    cannot read or write (.ods, .xls, ...); None when the name says none."""
    return "" if unreadable_spreadsheet(path) else _EXTENSIONS.get(suffix_of(path))
