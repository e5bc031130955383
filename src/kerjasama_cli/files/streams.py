"""The bytes of an import file: opened (a path or stdin), decoded as UTF-8, and the two facts
about the stream the streaming readers report (its size, for progress; a byte-order mark, kept
for the rejects file)."""

from __future__ import annotations

import codecs
import io
import os
import sys
from typing import IO

from kerjasama_cli.files.input_types import InputError
from kerjasama_cli.i18n import os_reason


def open_input(path: str) -> IO[bytes]:
    """The file at `path` (stdin for `-`) as bytes; one that cannot be opened says why."""
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as error:
        raise InputError("{path}: {reason}", path=path, reason=os_reason(error)) from None


def stream_size(handle: IO[bytes]) -> int | None:
    """The size of the file behind `handle`, or None (a pipe, an empty or special file)."""
    try:
        stat = os.fstat(handle.fileno())
    except (OSError, io.UnsupportedOperation):
        return None
    return stat.st_size if stat.st_size > 0 else None


def has_bom(handle: IO[bytes]) -> bool:
    """Whether the stream starts with UTF-8's byte-order mark (looked at, not read)."""
    peek = getattr(handle, "peek", None)
    return bool(peek and peek(3)[:3] == codecs.BOM_UTF8)


def decode_text(name: str, data: bytes) -> str:
    """`data` as text (a byte-order mark dropped); bytes that are not UTF-8 name their line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            "{where}: not UTF-8 text; save the file as UTF-8", where=f"{name}:{line}"
        ) from None
