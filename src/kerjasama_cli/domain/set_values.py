"""`import --set FIELD=VALUE`: each value checked once, before any row is read.

A `--set` value fills only the rows that leave its field empty, so a file whose every row has a
type never used `--set type=xx`, and the typo passed silently. Here the values go through the
row parser alone, as a row holding nothing else would: every error that names a `--set` field
is the user's, whatever the rows hold; the errors of fields the rows are to give (a missing
type or partner) are not.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kerjasama_cli.domain.errors import RowRejected


def set_label(field: str) -> str:
    """What an error calls a field that a `--set` value fills (`--set type 'xx': ...`)."""
    return f"--set {field}"


# Fields whose words the registry adds to (`sectors add`): checked once it is open, so a
# failed command on any other value never creates a registry.
REGISTRY_WORDS = ("sectors",)


def check_set_values(defaults: Mapping[str, Any], registry_open: bool) -> None:
    """Raise the first error of a `--set` value (exit 2: `--set type 'xx': not one of ...`),
    as the field's values in a row are checked: before the registry opens, every field but
    REGISTRY_WORDS; once it is open, those. A stage is left to the rows: it is checked against
    the list of each row's local party, which the registry holds."""
    from kerjasama_cli.domain.rows import RowParser

    given = {
        k: v
        for k, v in defaults.items()
        if v not in (None, "") and (k in REGISTRY_WORDS) == registry_open
    }
    if not given:
        return
    labels = {field: set_label(field) for field in given}
    # Partners and sources are looked up by the store, while importing: here only their text is
    # checked (`check_fields`), so the look-ups give the name back and write nothing.
    parser = RowParser(
        home="",
        home_country=None,
        resolve_partner=lambda name, *_: name,
        resolve_source=lambda ref, _field: ref,
        labels=labels,
        fast=False,
    )
    try:
        parser.parse({k: v for k, v in given.items() if k != "stage"})
    except RowRejected as rejected:
        mine = [e for e in rejected.errors if e.field in labels.values()]
        if mine:
            raise mine[0].at(None) from None
