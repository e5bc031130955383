"""Bounds on what a command accepts, checked at the edge before anything reaches SQLite.

Without them a hostile or mistaken value fails deep inside: a 100,000-character `--partner`
becomes SQLite's "LIKE or GLOB pattern too complex", 300 nested parentheses a RecursionError,
a NUL byte a silently truncated name. Every
check raises a ValidationError (exit 2) naming the option, what was given (abbreviated by
`errors.shown`) and the limit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from kerjasama_cli.domain.errors import ValidationError

# A name, key, code, date or other one-line value (partner, country, governor, --from, ...).
MAX_NAME_CHARS = 300
# A title.
MAX_TITLE_CHARS = 2_000
# Free text (summary, notes): generous, but a megabyte pasted by mistake is still refused.
MAX_TEXT_CHARS = 100_000
# How many times a repeatable option may be given (--country, --sector, --signatory, ...).
MAX_REPEATS = 100
# A search query (`search TEXT`, `--query`), and how deeply its parentheses may nest. The query
# parser recurses once per parenthesis level, so this bound also keeps it far from Python's
# recursion limit, whatever the input.
MAX_QUERY_CHARS = 1_000
MAX_QUERY_DEPTH = 20
# `--limit` (the commands pass it to Typer as max=): SQLite integers are 64-bit, and a larger
# Python int overflows when bound.
MAX_ROWS = 10_000_000
# `--term-years`: a century is already more than any agreement runs.
MAX_TERM_YEARS = 100.0


def check_text(field: str, value: str | None, max_chars: int = MAX_NAME_CHARS) -> None:
    """Refuse a value longer than `max_chars` or holding control characters (a NUL byte, an
    escape sequence); a multi-line field (max_chars > MAX_TITLE_CHARS) may hold line breaks
    and tabs."""
    if value is None:
        return
    if len(value) > max_chars:
        raise ValidationError(
            field, value, f"is {len(value):,} characters long; at most {max_chars:,} are allowed"
        )
    allowed = "\t\n\r" if max_chars > MAX_TITLE_CHARS else "\t"
    for ch in value:
        if (ord(ch) < 32 or 127 <= ord(ch) < 160) and ch not in allowed:
            raise ValidationError(
                field, value, f"contains the control character U+{ord(ch):04X}; remove it"
            )
        if 0xD800 <= ord(ch) <= 0xDFFF:  # a lone surrogate cannot be stored as UTF-8
            raise ValidationError(field, value, "is not valid Unicode text")


def check_values(field: str, values: Sequence[str] | None, max_chars: int = MAX_NAME_CHARS) -> None:
    """A repeatable option: at most MAX_REPEATS values, each passing `check_text`."""
    if not values:
        return
    if len(values) > MAX_REPEATS:
        raise ValidationError(
            field, f"{len(values)} values", f"is given too often; at most {MAX_REPEATS} times"
        )
    for value in values:
        check_text(field, value, max_chars)


def check_term_years(field: str, value: float | None, given: object = None) -> None:
    """A term of validity: a finite number of years from 0 to MAX_TERM_YEARS (`given`: the text
    the user typed, quoted in the message instead of the parsed number)."""
    if value is not None and not (math.isfinite(value) and 0 <= value <= MAX_TERM_YEARS):
        shown_value = value if given is None else given
        reason = f"must be a number of years from 0 to {MAX_TERM_YEARS:g}"
        raise ValidationError(field, shown_value, reason)


# The size class of each free-text option of `add` and `edit`; every other option is a name.
# (A source may be a URL, and URLs run long.)
_SIZES = {"title": MAX_TITLE_CHARS, "summary": MAX_TEXT_CHARS, "notes": MAX_TEXT_CHARS}
_SIZES.update(date_note=MAX_TITLE_CHARS, sources=MAX_TITLE_CHARS)
# Parameters whose option is spelt otherwise (a list parameter has a singular option).
_OPTIONS = {"sectors": "--sector", "sources": "--source"}


def check_options(values: dict[str, object]) -> None:
    """Check every text or list option of a command, keyed by its parameter name
    (`end_date` is checked as `--end-date`); numbers and people are checked by their parsers."""
    for name, value in values.items():
        option = _OPTIONS.get(name) or "--" + name.replace("_", "-")
        size = _SIZES.get(name, MAX_NAME_CHARS)
        if isinstance(value, str):
            check_text(option, value, size)
        elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            check_values(option, value, size)
