"""Spreadsheet file names, defined once for every command that reads or writes a file.

`.xlsx` is the one workbook kerjasama reads and writes (openpyxl). The other spreadsheet names
are formats it neither reads nor writes: `import` says how to save one as .xlsx, `export` and
`report --xlsx` refuse to write under one, and a text output (the HTML briefing, extract's
drafts) is never written under any spreadsheet name, where Excel or LibreOffice would open it
as a broken workbook.
"""

from __future__ import annotations

from pathlib import Path

from kerjasama_cli.domain.errors import ValidationError

WORKBOOK = ".xlsx"

# Spreadsheet formats kerjasama cannot read or write: what each is (a msgid), said when one is
# given. `.xlsm` (a workbook with macros) is one of them: a workbook written under that name
# without the macro-enabled content type is one Excel will not open, and import reads the one
# workbook format export writes.
OTHER_SPREADSHEETS = {
    ".xls": "an old Excel workbook (.xls)",
    ".xlsm": "a macro-enabled Excel workbook (.xlsm)",
    ".xlsb": "a binary Excel workbook (.xlsb)",
    ".ods": "an OpenDocument spreadsheet (.ods)",
    ".numbers": "a Numbers spreadsheet (.numbers)",
}

SPREADSHEET_SUFFIXES = frozenset({WORKBOOK, *OTHER_SPREADSHEETS})


def suffix_of(path: Path | str) -> str:
    """A file name's extension as compared here: lower case (`R.XLSX` is a workbook)."""
    return Path(path).suffix.lower()


def is_spreadsheet(path: Path | str) -> bool:
    """Whether a spreadsheet program would take the file for one of its own, by its name."""
    return suffix_of(path) in SPREADSHEET_SUFFIXES


def unreadable_spreadsheet(path: Path | str) -> str | None:
    """What the file is (a msgid) when its name says a spreadsheet kerjasama cannot read or
    write; None otherwise."""
    return OTHER_SPREADSHEETS.get(suffix_of(path))


# Why `report --xlsx w.ods` is refused (a msgid; its values filled after translation).
_NOT_WRITTEN = "kerjasama does not write {suffix} files; give a name ending {ext}"


def check_workbook_name(option: str, path: Path) -> None:
    """Refuse to write the workbook under another spreadsheet's name (`--xlsx w.ods`): the file
    would be an .xlsx that the program the name calls for refuses."""
    if unreadable_spreadsheet(path):
        raise ValidationError(option, str(path), _NOT_WRITTEN, suffix=suffix_of(path), ext=WORKBOOK)


def check_text_name(option: str, path: Path, reason: str, **values: object) -> None:
    """Refuse to write text (the HTML briefing, drafts, a rejects file) under a spreadsheet
    name, where Excel or LibreOffice would open it as a broken workbook; REASON (a msgid, its
    fields filled from VALUES) says what to give instead."""
    if is_spreadsheet(path):
        raise ValidationError(option, str(path), reason, **values)
