"""The prerequisites of a foreign cooperation (issue 22, domain/prerequisites.py) as checks:
each yields findings (domain/checks.py); store/dossier/checks.py lists them for `kerjasama check`
beside the documents check (store/dossier/attachments.py) and issue 19's."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from kerjasama_cli.domain.checks import Finding, about
from kerjasama_cli.domain.prerequisites import NO_DIPLOMATIC_RELATIONS, unequal
from kerjasama_cli.store.dossier.cooperation import FAMILY_SQL

_AGREEMENTS = (
    "FROM records r LEFT JOIN partners p ON p.id = r.partner_id WHERE r.kind = 'agreement'"
)


def diplomatic_relations(conn: sqlite3.Connection) -> Iterator[Finding]:
    """KSDPL cooperation with a partner whose country has no diplomatic relations with
    Indonesia."""
    for key, partner, country in conn.execute(
        f"SELECT r.key, p.name, p.country {_AGREEMENTS} AND {FAMILY_SQL} = 'ksdpl' "
        "AND p.country IN (SELECT value FROM json_each(?)) ORDER BY r.id",
        (json.dumps(list(NO_DIPLOMATIC_RELATIONS)),),
    ):
        yield about(
            "diplomatic-relations",
            key,
            "{partner} is in {name} ({country}), which has no diplomatic relations with Indonesia",
            partner=partner,
            name=NO_DIPLOMATIC_RELATIONS[country],
            country=country,
        )


def equal_standing(conn: sqlite3.Connection) -> Iterator[Finding]:
    """KSDPL cooperation between parties of unequal standing (a province with a city)."""
    for key, local_party, local_kind, partner, partner_kind in conn.execute(
        "SELECT r.key, r.local_party, g.kind, p.name, p.kind FROM records r "
        "LEFT JOIN partners p ON p.id = r.partner_id "
        "LEFT JOIN local_governments g ON g.name = r.local_party "
        f"WHERE r.kind = 'agreement' AND {FAMILY_SQL} = 'ksdpl' ORDER BY r.id"
    ):
        if unequal(local_kind, partner_kind):
            yield about(
                "equal-standing",
                key,
                "{local_party} ({local_kind}) and {partner} ({partner_kind}) are not of equal "
                "standing",
                local_party=local_party,
                local_kind=("partner kind", local_kind),
                partner=partner,
                partner_kind=("partner kind", partner_kind),
            )


def objects_given(conn: sqlite3.Connection) -> Iterator[Finding]:
    """Cooperation that names none of the regulation's objects (its own or its sectors')."""
    for (key,) in conn.execute(
        f"SELECT r.key {_AGREEMENTS} AND NOT EXISTS "
        "(SELECT 1 FROM record_object_view o WHERE o.record_id = r.id) ORDER BY r.id"
    ):
        yield about("objects", key, "no object given (`kerjasama classify KEY --object ...`)")
