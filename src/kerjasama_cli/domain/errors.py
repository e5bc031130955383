"""Errors the domain raises; the CLI turns them into one-line messages and exit codes."""

from __future__ import annotations

from collections.abc import Sequence


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
        text = f"{self.field} {self.value!r}: {self.reason}"
        if self.location:
            text = f"{self.location}: {text}"
        if self.suggestions:
            text += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return text

    def at(self, location: str) -> ValidationError:
        """The same error, placed at a file line or record number."""
        return ValidationError(self.field, self.value, self.reason, self.suggestions, location)
