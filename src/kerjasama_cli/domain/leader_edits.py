"""Validate `leaders add` and `leaders edit` options into a term (no SQL here).

The government a term belongs to is looked up in the registry, so the caller passes that look-up
in (`party`): it runs where the options are read in order, and an error names the first option
that is wrong, as before the rules moved here from cli/.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from kerjasama_cli.domain.dataset import full_day
from kerjasama_cli.domain.errors import Refusal, ValidationError
from kerjasama_cli.domain.records import Leader
from kerjasama_cli.domain.text_forms import clean_name, clean_names, clean_prose


def optional_day(text: str, field: str) -> dt.date | None:
    """A day given as text; an empty text is none (a term still in office)."""
    text = clean_name(text) if text else text
    return full_day(text.strip(), field) if text and text.strip() else None


def _aliases(aliases: Sequence[str]) -> tuple[str, ...]:
    return tuple(clean_names(aliases))


def check_new_term(
    name: str | None, title: str | None, start: str | None, end: str | None
) -> tuple[dt.date | None, dt.date | None]:
    """`leaders add`'s required options present, and its two days read (first, last)."""
    for option, value in (("--name", name), ("--title", title), ("--from", start)):
        if value is None:  # not given: said as Click says a missing option (no value to quote)
            raise Refusal("Missing option {hint}.", 2, hint=f"'{option}'")
        if not value.strip():
            raise ValidationError(option, value, "is empty")
    return optional_day(start or "", "--from"), optional_day(end or "", "--to")


def new_term(
    *,
    key: str | None,
    name: str | None,
    title: str | None,
    days: tuple[dt.date | None, dt.date | None],
    local_party: str,
    note: str | None,
    aliases: Sequence[str] | None,
) -> Leader:
    """The term `leaders add` describes (days from `check_new_term`)."""
    first, last = days
    return Leader(
        key=(key or "").strip(),
        name=" ".join(clean_name(name or "").split()),
        title=clean_name(title or "").strip(),
        start=first,  # type: ignore[arg-type]  # never None: check_new_term requires --from
        end=last,
        local_party=local_party,
        note=clean_prose(note or "").strip() or None,
        aliases=_aliases(aliases or []),
    )


def term_changes(
    *,
    name: str | None,
    title: str | None,
    start: str | None,
    end: str | None,
    local_party: str | None,
    note: str | None,
    aliases: Sequence[str] | None,
    party: Callable[[str], str],
) -> dict[str, Any]:
    """The fields `leaders edit` changes: None leaves one alone; name, title and the first day
    cannot be emptied; `party` finds the government --local-party names."""
    changes: dict[str, Any] = {}
    for option, value, field in (("--name", name, "name"), ("--title", title, "title")):
        if value is not None:
            if not clean_name(value).strip():
                raise ValidationError(option, value, "cannot be empty")
            changes[field] = " ".join(clean_name(value).split())
    if start is not None:
        if not start.strip():
            raise ValidationError("--from", start, "cannot be empty")
        changes["start"] = optional_day(start, "--from")
    if end is not None:
        changes["end"] = optional_day(end, "--to")
    if local_party is not None:
        changes["local_party"] = party(local_party)
    if note is not None:
        changes["note"] = clean_prose(note).strip() or None
    if aliases is not None:
        changes["aliases"] = _aliases(aliases)
    return changes
