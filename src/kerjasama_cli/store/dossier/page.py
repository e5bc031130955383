"""One record's page, as `show` prints it: the record a reference names (an id, a key, or a
partner's name or alias), then everything the page shows of it, read in one place so that the
table and the JSON of `show` cannot differ in what they hold."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, NamedTuple

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.records import Person
from kerjasama_cli.domain.stages import StageState
from kerjasama_cli.domain.text_forms import clean_name
from kerjasama_cli.store.dossier.attachments import documents_of
from kerjasama_cli.store.dossier.cooperation import classification
from kerjasama_cli.store.dossier.stages import partnership_state
from kerjasama_cli.store.queries import reader
from kerjasama_cli.store.safety.history import of_entity


class Shown(NamedTuple):
    """The record a reference names, or (row None) the partners a shared name names."""

    row: dict[str, Any] | None
    partners: list[dict[str, Any]]


def shown_record(conn: sqlite3.Connection, ref: str) -> Shown:
    """The record `ref` names: by id or key, else the latest of the one partner of that name
    that has records. A name several partners share, none or several of them with records,
    gives those partners instead (exit 2 when no record or partner has that name)."""
    typed, ref = ref, clean_name(ref)  # as keys and names are stored (domain/text_forms.py)
    row = reader.record_row(conn, ref)
    if row is not None:
        return Shown(row, [])
    partners = reader.find_partners(conn, ref)
    ref = typed  # messages quote what was typed
    if not partners:
        raise ValidationError(
            "ID", ref, "no record or partner by that id, key, name or alias", _close(conn, ref)
        )
    histories = [reader.partner_rows(conn, p["id"]) for p in partners]
    with_records = [h for h in histories if h]
    if len(with_records) == 1:
        return Shown(with_records[0][0], partners)
    if not with_records and len(partners) == 1:
        raise ValidationError(
            "ID", ref, "partner has no records (see `kerjasama partners show {ref}`)", ref=ref
        )
    return Shown(None, partners)


def _close(conn: sqlite3.Connection, ref: str) -> list[str]:
    """Partner names and aliases close to a misspelt `ref` (`Shangai` → Shanghai), as
    `--country` and `partners show` suggest theirs."""
    import difflib

    names = [
        n
        for (n,) in conn.execute(
            "SELECT name FROM partners UNION SELECT alias FROM partner_aliases"
        )
    ]
    return difflib.get_close_matches(ref.strip(), names, n=3, cutoff=0.75)


@dataclass
class RecordPage:
    """What `show` prints of one record."""

    row: dict[str, Any]  # with its validity, family and objects
    history: list[dict[str, Any]]  # the partnership's records (the record alone without one)
    people: list[Person]
    sources: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    stages: StageState
    documents: list[dict[str, Any]]


def record_page(conn: sqlite3.Connection, row: dict[str, Any]) -> RecordPage:
    """Everything the page of the record `row` shows."""
    # The record's own partnership: another government's records with the partner are theirs.
    partner_id = row.get("partner_id")
    history = reader.partner_rows(conn, partner_id, row["local_party"]) if partner_id else [row]
    row = {**row, **reader.validity(conn, row["id"])}
    kind = classification(conn, row["id"])
    return RecordPage(
        row={**row, "family": kind.family, "objects": list(kind.objects)},
        history=history,
        people=reader.record_people(conn, row["id"]),
        sources=reader.citations(conn, "record", row["id"]),
        changes=of_entity(conn, "record", row["id"]),
        stages=partnership_state(conn, row["id"]),
        documents=documents_of(conn, row["id"]),
    )
