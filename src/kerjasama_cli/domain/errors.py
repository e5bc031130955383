"""Errors the domain raises; the CLI turns them into one-line messages and exit codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

# A value quoted in a message is cut to this many characters (a 100,000-character cell must not
# become a 100,000-character error line).
SHOWN_CHARS = 60


class KerjasamaError(Exception):
    """A runtime failure the user can act on (exit code 1)."""

    exit_code = 1


class ValidationError(KerjasamaError):
    """Bad input: names the input value, the field and what is wrong (exit code 2)."""

    exit_code = 2

    def __init__(
        self,
        field: str,
        value: object,
        reason: str,
        suggestions: Sequence[str] = (),
        location: str | None = None,
    ) -> None:
        self.location = location
        self.field = field
        self.value = value
        self.reason = reason
        self.suggestions = list(suggestions)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        given = describe(self.value)
        if given is None:
            text = f"{self.field}: {self.reason}"
        elif isinstance(self.value, (str, int, float, dt.date)):
            text = f"{self.field} {given}: {self.reason}"
        else:
            text = f"{self.field} ({given}): {self.reason}"
        if self.location:
            text = f"{self.location}: {text}"
        if self.suggestions:
            text += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return text

    def at(self, location: str) -> ValidationError:
        """The same error, placed at a file line or record number."""
        return ValidationError(self.field, self.value, self.reason, self.suggestions, location)


def describe(value: object) -> str | None:
    """A value as a message shows it: text quoted and cut short, numbers and booleans as JSON
    writes them, a list or mapping by its shape; None (nothing given) as None, so the message
    leaves it out. Never a Python repr of a container, never unbounded."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) > SHOWN_CHARS:
            return f"{value[: SHOWN_CHARS - 10]!r}… ({len(value):,} characters)"
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        # str() of a 5,000-digit int raises in Python 3.11+; say how big it is instead.
        if value.bit_length() <= 64:
            return str(value)
        return f"(a number of about {int(value.bit_length() * 0.30103):,} digits)"
    if isinstance(value, float):
        if value != value:
            return "NaN"  # as JSON writes them
        if abs(value) == float("inf"):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        keys = [describe(k) if isinstance(k, str) else type(k).__name__ for k in list(value)[:3]]
        more = ", …" if len(value) > 3 else ""
        if not keys:
            return "an empty mapping"
        plural = "s" if len(value) > 1 else ""
        return f"a mapping with key{plural} {', '.join(map(str, keys))}{more}"
    if isinstance(value, (list, tuple)):
        count = len(value)
        return f"a list of {count} item{'' if count == 1 else 's'}"
    return f"a value of type {type(value).__name__}"
