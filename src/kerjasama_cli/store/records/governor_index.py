"""The governor columns of a record: who led its local government on its date (the attribution
is `domain/governors.py`), from the leader terms loaded once per write batch (`GovernorIndex`),
and recomputed for every record when the terms change (`refresh_governors`)."""

from __future__ import annotations

import json
import sqlite3

from kerjasama_cli.domain.governors import attribute
from kerjasama_cli.domain.records import Leader, Record
from kerjasama_cli.store.queries.reader import load_leaders


class GovernorIndex:
    """Leader terms per local government (its name and country), loaded once per write batch."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._by_party: dict[tuple[str, str], list[Leader]] = {}
        for leader in load_leaders(conn):
            government = (leader.local_party, leader.local_country or "")  # codes: upper case
            self._by_party.setdefault(government, []).append(leader)
        self._ids: dict[str, int] = dict(conn.execute("SELECT key, id FROM leaders"))

    def terms(self, local_party: str, local_country: str | None = None) -> list[Leader]:
        """The leader terms of a local government, in load order: London, CA's are not
        London, GB's (m028); terms of no stated country serve its records of any."""
        own = self._by_party.get((local_party, local_country or ""))
        return own if own is not None else self._by_party.get((local_party, ""), [])

    def columns(self, record: Record) -> dict[str, object]:
        """The governor columns for a record."""
        found = attribute(
            record.date,
            record.people,
            record.leader,
            self.terms(record.local_party, record.local_country),
        )
        return {
            "governor_id": self._ids.get(found.leader.key) if found.leader else None,
            "governor_basis": found.basis,
            "governor_candidates": json.dumps([c.key for c in found.candidates]),
        }


def refresh_governors(conn: sqlite3.Connection) -> None:
    """Recompute every record's governor after the leaders changed (terms are data)."""
    from kerjasama_cli.store.queries.reader import load_records

    governors = GovernorIndex(conn)
    for record_id, record in load_records(conn):
        columns = governors.columns(record)
        conn.execute(
            "UPDATE records SET governor_id = ?, governor_basis = ?, governor_candidates = ? "
            "WHERE id = ?",
            (*columns.values(), record_id),
        )
