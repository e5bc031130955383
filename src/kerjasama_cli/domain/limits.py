"""Bounds on what a command accepts, checked at the edge before anything reaches SQLite.

Without them a hostile or mistaken value fails deep inside: a 100,000-character `--partner`
becomes SQLite's "LIKE or GLOB pattern too complex", 300 nested parentheses a RecursionError,
a NUL byte a silently truncated name. Every check raises a ValidationError (exit 2) naming the
option, what was given (abbreviated by `errors.shown`) and the limit.

The bounds on text are the importer's (`domain/schema.py`): a name typed on the command line and
the same name in an import file are held to the same length and the same characters, so what
`add` refuses an import refuses too, and the other way round.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from kerjasama_cli.domain import schema
from kerjasama_cli.domain.errors import ValidationError

# A name, key, code, date or other one-line value (partner, country, governor, --from, ...).
MAX_NAME_CHARS = schema.SHORT
# How many times a repeatable option may be given (--country, --sector, --signatory, ...).
MAX_REPEATS = schema.MAX_ITEMS
# A search query (`search TEXT`, `--query`), and how deeply its parentheses may nest. The query
# parser recurses once per parenthesis level, so this bound also keeps it far from Python's
# recursion limit, whatever the input.
MAX_QUERY_CHARS = 1_000
MAX_QUERY_DEPTH = 20
# `--limit` (the commands pass it to Typer as max=): SQLite integers are 64-bit, and a larger
# Python int overflows when bound.
MAX_ROWS = 10_000_000
# An id typed as a number (`history restore CHANGE_ID`, `evidence delete ID`): SQLite's largest
# INTEGER; a larger one cannot name a row, and binding it overflows.
MAX_ID = 2**63 - 1
# `--term-years`: a century is already more than any agreement runs.
MAX_TERM_YEARS = 100.0


def check_text(
    field: str, value: str | None, max_chars: int = MAX_NAME_CHARS, lines: bool = False
) -> None:
    """Refuse a value longer than `max_chars`, holding control characters (a NUL byte, an
    escape sequence, half a surrogate pair) or, unless `lines`, a line break."""
    if value is None or (len(value) <= max_chars and value.isprintable()):
        return  # the common case, cheap
    problem = schema.text_problem(value, max_chars, lines)
    if problem:
        raise ValidationError(field, value, problem)


def check_values(field: str, values: Sequence[str] | None) -> None:
    """A repeatable option: at most MAX_REPEATS values, each passing `check_text`."""
    if not values:
        return
    if len(values) > MAX_REPEATS:
        raise ValidationError(
            field,
            f"{len(values)} values",
            "is given too often; at most {n} times",
            n=MAX_REPEATS,
        )
    for value in values:
        check_text(field, value)


def check_given(field: str, values: str | Sequence[str] | None) -> None:
    """A filter's value (or each of a repeatable one's): refused when blank. A script's unset
    variable (`-p "$P"`) would otherwise select everything, as if the filter held."""
    for value in [values] if isinstance(values, str) else values or ():
        if isinstance(value, str) and not value.strip():
            raise ValidationError(field, value, "is empty")


# A term as a bureau's sheet writes it: "5", "2,5", "5 tahun", "5 (lima) tahun", "5 thn",
# "5 years". The unit is years only: a term in months ("6 bulan") is refused rather than
# stored as a fraction of a year the user never wrote.
_TERM = re.compile(
    r"(?P<n>[^\s(]+)\s*(?:\([^\W\d_]+\))?\s*(?:tahun|thn|th|years?|yrs?)?\.?",
    re.IGNORECASE,
)


def term_number(text: str) -> float:
    """The number of years in a term's text (`5 tahun` -> 5.0, `2,5` -> 2.5); ValueError when
    the text is not a number with, at most, the word for years after it."""
    match = _TERM.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    return float(match["n"].replace(",", "."))


def check_term_years(field: str, value: float | None, given: object = None) -> None:
    """A term of validity: a finite number of years from 0 to MAX_TERM_YEARS (`given`: the text
    the user typed, quoted in the message instead of the parsed number)."""
    if value is not None and not (math.isfinite(value) and 0 <= value <= MAX_TERM_YEARS):
        shown_value = value if given is None else given
        raise ValidationError(
            field,
            shown_value,
            "must be a number of years from 0 to {n}",
            n=f"{MAX_TERM_YEARS:g}",
        )


# Parameters whose option is spelt otherwise (a list parameter has a singular option).
_OPTIONS = {"sectors": "--sector", "sources": "--source", "signatories": "--signatory"}


def check_options(values: Mapping[str, object]) -> None:
    """Check the text and list options of `add` or `edit`, keyed by their record field names
    (`end_date` is reported as `--end-date`), with the importer's type for that field."""
    for name, value in values.items():
        if not isinstance(value, str | list | tuple) or (
            not isinstance(value, str) and not all(isinstance(v, str) for v in value)
        ):
            continue  # numbers and parsed people are checked by their own parsers
        if isinstance(value, list | tuple) and len(value) > MAX_REPEATS:
            option = _OPTIONS.get(name) or "--" + name.replace("_", "-")
            check_values(option, value)  # raises: given too often
        items = [value] if isinstance(value, str) else list(value)
        for item in items:
            problem = schema.check_value(name, item)
            if problem:
                option = _OPTIONS.get(name) or "--" + name.replace("_", "-")
                raise ValidationError(option, item, problem)
