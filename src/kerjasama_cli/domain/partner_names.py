"""A partner named with its country in one value ("Varna, Bulgaria"), as a bureau's sheet and a
user typing `add -p` both write it: one rule, read by `import` (domain/rows.py) and by `add` and
`edit` (store/records/adding.py), so that the same words name the same partner either way."""

from __future__ import annotations

from collections.abc import Callable

from kerjasama_cli.domain.countries import CountryMatch
from kerjasama_cli.domain.errors import ValidationError


def named_with_country(
    text: str, read_country: Callable[[str], CountryMatch]
) -> tuple[str, CountryMatch] | None:
    """The bare name and the country `text` carries after its last comma ("Varna, Bulgaria"),
    or, with no comma, the country `text` itself names ("Falkland Islands").

    None when that part is not a country ("Varna, Bulgary"): the caller keeps its own refusal
    of the name as typed, which says what is missing better than "unknown country" would.
    Only for a name that is not already a partner and came without a country of its own.
    """
    head, comma, tail = text.rpartition(",")
    split = bool(comma and head.strip())
    try:
        found = read_country(tail if split else text)
    except ValidationError:
        return None
    return (head.strip() if split else text), found
