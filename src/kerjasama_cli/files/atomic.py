"""Write a whole file or nothing: a failed command leaves no new (or half-written) file."""

from __future__ import annotations

import os
from pathlib import Path

from kerjasama_cli.domain.errors import ValidationError


def check_target(path: Path, field: str = "--output") -> None:
    """Fail early (before any work) when `path` cannot be written: its directory is missing."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(field, str(path), f"directory {folder} does not exist")
    if path.is_dir():
        raise ValidationError(field, str(path), "is a directory; give a file name")


def write_text_atomic(path: Path, content: str, field: str = "--output") -> None:
    """Write `content` to a hidden temporary beside `path`, then move it into place.

    A missing directory is the user's mistake (ValidationError naming `field`), not a traceback.
    """
    check_target(path, field)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(content, encoding="utf-8")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
