"""The checks `kerjasama check` runs (domain/checks.py says how one is declared): each reads
the registry and yields findings, with the command that resolves each."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

from kerjasama_cli.domain.checks import Check, Finding, near_names
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.tabular import date_text
from kerjasama_cli.store.dossier.attachments import check_documents
from kerjasama_cli.store.dossier.prerequisites import (
    diplomatic_relations,
    equal_standing,
    objects_given,
)
from kerjasama_cli.store.records.parents import chain_text, loops

# Records alike (store/records/duplicates.py): one partner, kind, type, date and local party, and no
# two different titles.
_SAME_RECORDS = """
SELECT a.id, a.key, b.id, b.key, p.name, a.type, a.date_start, a.date_end, a.date_precision
FROM records a JOIN records b ON b.partner_id = a.partner_id AND b.kind = a.kind
  AND b.type = a.type AND b.date_start IS a.date_start AND b.date_end IS a.date_end
  AND b.date_precision IS a.date_precision AND b.local_party = a.local_party AND b.id > a.id
  AND (a.title IS NULL OR b.title IS NULL OR a.title = b.title COLLATE NOCASE)
LEFT JOIN partners p ON p.id = a.partner_id
ORDER BY a.id, b.id
"""


def _typed(start: str | None, end: str | None, precision: str) -> str:
    """A stored date as `--date` reads it (`2024`, not its first day `2024-01-01`; `by
    2015-05`), '' when unknown."""
    day = dt.date.fromisoformat
    stored = FuzzyDate(day(start) if start else None, day(end) if end else None, precision)
    return date_text(stored) or ""


def duplicate_records(conn: sqlite3.Connection) -> Iterator[Finding]:
    """Records of one partner, type, date and local party, titled alike: one group each, the
    oldest first; the fix deletes the younger ones (each asks first; `history restore` brings
    one back)."""
    groups: dict[int, list[tuple[int, str]]] = {}
    labels: dict[int, tuple[str, str, str, str]] = {}
    placed: set[int] = set()
    for first, key, other, other_key, partner, rtype, *date in conn.execute(_SAME_RECORDS):
        if other in placed or first in placed and first not in groups:
            continue
        groups.setdefault(first, []).append((other, other_key))
        labels[first] = (key, partner or "", rtype, _typed(*date))
        placed.add(other)
    for first, others in groups.items():
        key, partner, rtype, date = labels[first]
        ids = (first, *(i for i, _ in others))
        yield Finding(
            "duplicate-records",
            # the template, not an f-string: the human output translates it (cli/check.py)
            "records {ids} have the same partner ({partner}), type ({type}) and date ({date});"
            " keys {keys}",
            {
                "ids": ", ".join(map(str, ids)),
                "partner": partner,
                "type": rtype,
                "date": date or "-",
                "keys": ", ".join([key, *(k for _, k in others)]),
            },
            records=ids,
            fix=" && ".join(f"kerjasama delete {i}" for i, _ in others),
        )


def similar_partners(conn: sqlite3.Connection) -> Iterator[Finding]:
    """Partners of one country whose names are the same or nearly (`Kochi`, `Kochi City`); the
    fix merges the younger into the older (`partners merge`, which keeps the name as alias)."""
    by_country: dict[str | None, list[tuple[int, str]]] = {}
    for partner_id, name, country in conn.execute(
        "SELECT id, name, country FROM partners ORDER BY country, id"
    ):
        by_country.setdefault(country, []).append((partner_id, name))
    for country, partners in by_country.items():
        if country is None:
            continue
        for i, (first, name) in enumerate(partners):
            for other, other_name in partners[i + 1 :]:
                if near_names(name, other_name):
                    yield Finding(
                        "similar-partners",
                        "partners {first} ({name}) and {other} ({other_name}) of {country}"
                        " have the same or near names",
                        {
                            "first": first,
                            "name": name,
                            "other": other,
                            "other_name": other_name,
                            "country": country,
                        },
                        partners=(first, other),
                        fix=f"kerjasama partners merge {other} {first}",
                    )


def parent_loops(conn: sqlite3.Connection) -> Iterator[Finding]:
    """Records an older version let stand under their own descendants (#1 → #2 → #1): every
    read still ends, but the documents' chain has no top; the fix lifts the lowest id to the
    top (its history keeps the parent it had)."""
    for loop in loops(conn):
        yield Finding(
            "parent-loops",
            "records {chain} are each other's parent agreement, a loop",
            {"chain": chain_text(loop)},
            records=tuple(loop[:-1]),
            fix=f"kerjasama edit {loop[0]} --agreement ''",
            severity="error",
        )


# The checks in the order they run; other issues append theirs.
CHECKS: list[Check] = [
    Check(
        "duplicate-records",
        "records with the same partner, type, date and local party",
        duplicate_records,
    ),
    Check(
        "similar-partners", "partners of one country with the same or near names", similar_partners
    ),
    Check("parent-loops", "records under their own descendants as parent agreement", parent_loops),
]


# The prerequisites of a cooperation and the attached documents (issue 22): warnings, not walls.
CHECKS += [
    Check(
        "diplomatic-relations",
        "KSDPL partners in a country without diplomatic relations with Indonesia",
        diplomatic_relations,
    ),
    Check(
        "equal-standing",
        "KSDPL partners of another standing (a province with a city)",
        equal_standing,
    ),
    Check("objects", "cooperation naming none of the regulation's objects", objects_given),
    Check("documents", "attached documents missing or changed", check_documents),
]


def run_checks(conn: sqlite3.Connection, only: list[str] | None = None) -> list[Finding]:
    """Every finding of the checks named in `only` (default: all), in CHECKS order."""
    return [f for check in CHECKS if not only or check.name in only for f in check.run(conn)]
