"""Several tables as one xlsx workbook, a sheet each (the period report, issue 22)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

MAX_WIDTH = 60  # characters a column grows to at most


def write_workbook(
    sheets: Sequence[tuple[str, str, list[str], list[list[Any]]]], path: Path
) -> None:
    """Write (sheet name, title, headings, rows) tables: the title in A1, headings bold and
    frozen below it, numbers as numbers and everything else as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, title, headings, rows in sheets:
        ws = book.create_sheet(name[:31])
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(headings)
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(
                [
                    v
                    if isinstance(v, (int, float)) and not isinstance(v, bool)
                    else ("" if v is None else str(v))
                    for v in row
                ]
            )
        ws.freeze_panes = "A3"
        for i, heading in enumerate(headings, start=1):
            longest = max([len(str(heading)), *(len(str(r[i - 1] or "")) for r in rows)])
            ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, longest + 2)
    book.save(path)
