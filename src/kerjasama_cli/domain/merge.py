"""What an import changes in a record it already holds: only what the file says.

A bureau's spreadsheet with five columns must not blank the summary, notes, signatories and
sources (the citations) of the record it matches (issue 19). So a row updates only the fields
it names: a column the file lacks, and by default an empty cell, leaves the stored value alone;
a list column (sectors, signatories, sources) adds the items that are new. `--replace` makes
the row the whole record again, as before, and then the dry run names what it clears.

Pure functions over `Record`s: the store loads the stored record and writes the merged one.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from kerjasama_cli.domain.records import Person, Record

# The record fields each flat column sets (domain/tabular.FIELDS). A column missing here (key,
# country, region, partner_kind) describes the partner or names the record, not a field of it.
COLUMN_FIELDS: Mapping[str, tuple[str, ...]] = {
    "kind": ("kind",),
    "type": ("type", "kind"),
    "partner": ("partner",),
    "partner_key": ("partner",),
    "date": ("date",),
    "date_note": ("date_note",),
    "title": ("title",),
    "summary": ("summary",),
    "status": ("status",),
    "place": ("place",),
    "leader": ("leader",),
    "signatories": ("signatories",),
    "partner_signatories": ("partner_signatories",),
    "sectors": ("sectors",),
    "notes": ("notes",),
    "sources": ("sources",),
    "agreement": ("agreement",),
    "term_years": ("term_years",),
    "end_date": ("end_date",),
    "local_party": ("local_party", "local_country"),
    "local_country": ("local_country",),
}
# Record attributes that are not lists: a named column replaces them.
SCALARS = tuple(
    f.name for f in fields(Record) if f.name not in ("key", "people", "sectors", "sources")
)
SIDES = {"signatories": "home", "partner_signatories": "partner"}


@dataclass(frozen=True)
class MergeRule:
    """How an import meets a record it holds: `replace` the whole record, or merge (default),
    where `clear_empty` makes an empty cell of a named column clear the stored value."""

    replace: bool = False
    clear_empty: bool = False


def named_fields(
    values: Mapping[str, Any], defaults: Iterable[str] = (), clear_empty: bool = False
) -> frozenset[str]:
    """The record fields a row names: its columns with a value (every column it has, with
    `clear_empty`), and the `--set` fields, which fill the row where it is empty."""
    columns = [c for c, v in values.items() if clear_empty or v not in (None, "", [])]
    return frozenset(f for c in (*columns, *defaults) for f in COLUMN_FIELDS.get(c, ()))


# A document entry (data/seed.yaml shape) lists both sides' people under one key.
DOCUMENT_FIELDS: Mapping[str, tuple[str, ...]] = {
    **COLUMN_FIELDS,
    "signatories": ("signatories", "partner_signatories"),
    "participants": ("signatories", "partner_signatories"),
}


def document_fields(entry: Mapping[str, Any]) -> frozenset[str]:
    """The record fields a document's agreement or event entry names (its keys with a value)."""
    return frozenset(
        f for k, v in entry.items() if v not in (None, "", []) for f in DOCUMENT_FIELDS.get(k, ())
    )


def _added(old: tuple[Any, ...], new: tuple[Any, ...]) -> tuple[Any, ...]:
    return old + tuple(x for x in new if x not in old)


def _people(old: tuple[Person, ...], new: tuple[Person, ...], named: frozenset[str]) -> tuple:
    """Each named side's people: the stored ones, then the new names (a known name keeps its
    stored title unless the file gives one)."""
    people = list(old)
    for column, side in SIDES.items():
        if column not in named:
            continue
        for person in (p for p in new if p.side == side):
            same = [i for i, p in enumerate(people) if p.side == side and p.name == person.name]
            if not same:
                people.append(person)
            elif person.title and people[same[0]].title != person.title:
                people[same[0]] = person
    return tuple(people)


def merge(old: Record, new: Record, named: frozenset[str], rule: MergeRule) -> Record:
    """The record after an import: `new` whole under `replace`, else `old` with the fields
    `new`'s row named (lists extended, or emptied by an empty cell under `clear_empty`)."""
    if rule.replace:
        return new
    changes: dict[str, Any] = {f: getattr(new, f) for f in SCALARS if f in named}
    for field in ("sectors", "sources"):
        if field in named:
            empty = rule.clear_empty and not getattr(new, field)
            changes[field] = () if empty else _added(getattr(old, field), getattr(new, field))
    sides = [c for c in SIDES if c in named]
    if sides:
        kept = old.people
        if rule.clear_empty:  # a named side with nobody in the row is emptied
            gone = {SIDES[c] for c in sides if not any(p.side == SIDES[c] for p in new.people)}
            kept = tuple(p for p in kept if p.side not in gone)
        changes["people"] = _people(kept, new.people, frozenset(sides))
    return replace(old, **changes) if changes else old


def cleared(diff: Mapping[str, list[Any]]) -> list[str]:
    """The fields a change (history's {field: [old, new]}) empties."""
    return [f for f, (a, b) in diff.items() if a not in (None, "", []) and b in (None, "", [])]


def keep(merged: Record, old: Record, names: Iterable[str]) -> Record:
    """`merged` with the fields `names` (history's names: signatories, sectors, ...) as in
    `old`: the newer values a conflict keeps."""
    changes: dict[str, Any] = {}
    people = list(merged.people)
    for name in names:
        if name in SIDES:
            side = SIDES[name]
            people = [p for p in people if p.side != side]
            people += [p for p in old.people if p.side == side]
            changes["people"] = tuple(people)
        else:
            changes[name] = getattr(old, name)
    return replace(merged, **changes)


@dataclass(frozen=True)
class Conflict:
    """A field the import would overwrite although something else changed it since."""

    record_id: int
    key: str
    field: str
    kept: Any  # the stored (newer) value
    offered: Any  # the file's value
    by: str  # the command that changed it, e.g. "edit"
    at: str


@dataclass
class MergeReport:
    """What the updates of one import change: a few records in full, counts per field."""

    examples: list[tuple[int, str, dict[str, list[Any]]]] = dataclasses.field(default_factory=list)
    fields: Counter[str] = dataclasses.field(default_factory=Counter)
    cleared: Counter[str] = dataclasses.field(default_factory=Counter)
    conflicts: list[Conflict] = dataclasses.field(default_factory=list)
    conflict_count: int = 0
