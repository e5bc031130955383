"""The parent agreement (`agreement_id`, "perjanjian induk"): what a record may hang under.

A record's documents, stages, renewals and validity hang on its parent, so the parent chain
must be a tree: a record under its own descendant (#1 → #2 → #1) is a loop that no read can
show right. And a parent is a document of the record's own partnership (the same local party,
and the same partner when both name one): a renewal filed under another partner's MoU moved
that MoU's validity, a visit under another government's agreement counted in its stages.

Every write that sets or moves a parent checks here, in SQL: one recursive walk up from the
proposed parent, a primary-key seek per step (chains are one to three documents deep). Only a
write that gives an *existing* record a parent can close a loop (a new record has no children
yet), so an import's inserts are never walked. The walk carries the ids it has visited and stops
at a repeat, so it ends on a registry where an older version stored a loop too; `loops` finds
those for `kerjasama check`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from kerjasama_cli.domain.errors import ValidationError

# From the proposed parent upwards, in order, until the record itself or the top; `path` (the
# ids seen, comma-framed) stops the walk at a loop stored by an older version.
_UP_SQL = """
WITH RECURSIVE up(id, depth, path) AS (
  SELECT :parent, 0, ',' || :parent || ','
  UNION ALL
  SELECT r.agreement_id, up.depth + 1, up.path || r.agreement_id || ','
  FROM up JOIN records r ON r.id = up.id
  WHERE r.agreement_id IS NOT NULL AND up.id IS NOT :record
    AND instr(up.path, ',' || r.agreement_id || ',') = 0
)
SELECT id FROM up ORDER BY depth
"""

# Every loop stored by an older version: a walk up from each record that has a parent, which
# ends when it comes back to where it started (a loop) or meets a repeat or the top.
_LOOPS_SQL = """
WITH RECURSIVE up(start, id, depth, path) AS (
  SELECT id, agreement_id, 1, ',' || id || ',' FROM records WHERE agreement_id IS NOT NULL
  UNION ALL
  SELECT up.start, r.agreement_id, up.depth + 1, up.path || up.id || ','
  FROM up JOIN records r ON r.id = up.id
  WHERE r.agreement_id IS NOT NULL AND up.id <> up.start
    AND instr(up.path, ',' || up.id || ',') = 0
)
SELECT start, path FROM up WHERE id = start ORDER BY start
"""


# The refusal of a parent that closes a loop (an import tries such a row again at its end).
LOOP = (
    "would put #{record} under its own descendant, a loop of parent agreements: {chain}; "
    "name a document above it, or '' for none"
)


def chain_text(ids: list[int]) -> str:
    """A chain of records as people read it: `#1 → #2 → #1`."""
    return " → ".join(f"#{i}" for i in ids)


def closed_loop(conn: sqlite3.Connection, record_id: int, parent_id: int) -> list[int] | None:
    """The loop record `record_id` would close under `parent_id` (`[1, 2, 1]`), else None."""
    above = [i for (i,) in conn.execute(_UP_SQL, {"parent": parent_id, "record": record_id})]
    if above and above[-1] == record_id:
        return [record_id, *above]
    return None


def check_parent(
    conn: sqlite3.Connection,
    record_id: int | None,
    parent_id: int,
    partner_id: int | None,
    local_party: str | None,
    field: str = "agreement",
    given: object = None,
) -> None:
    """Refuse `parent_id` as the parent of record `record_id` (None: a new record) when it
    closes a loop or is a document of another partnership. `field` and `given` are what the user
    typed (`--agreement`, `2`), named by the message."""
    given = parent_id if given is None else given
    if record_id is not None:
        loop = closed_loop(conn, record_id, parent_id)
        if loop is not None:
            raise ValidationError(
                field,
                given,
                LOOP,
                record=record_id,
                chain=chain_text(loop),
            )
    row = conn.execute(
        "SELECT partner_id, local_party FROM records WHERE id = ?", (parent_id,)
    ).fetchone()
    if row is not None and not same_partnership(row[0], row[1], partner_id, local_party):
        raise other_partnership(conn, parent_id, field, given)


def same_partnership(
    partner: int | None, party: str | None, other_partner: int | None, other_party: str | None
) -> bool:
    """Whether two records are of one partnership: one local party, and one partner when both
    name one (a programme may name none)."""
    if party != other_party:
        return False
    return partner is None or other_partner is None or partner == other_partner


def other_partnership(
    conn: sqlite3.Connection, parent_id: int, field: str, given: object
) -> ValidationError:
    """The refusal of `parent_id` as the parent of a record of another partnership."""
    name, party = conn.execute(
        "SELECT p.name, r.local_party FROM records r LEFT JOIN partners p"
        " ON p.id = r.partner_id WHERE r.id = ?",
        (parent_id,),
    ).fetchone()
    return ValidationError(
        field,
        given,
        "is #{parent}, a document of {partner} with {party}; a parent agreement must be of "
        "the record's own partnership (the same partner and local party)",
        parent=parent_id,
        partner=name or "-",
        party=party or "-",
    )


def check_children(
    conn: sqlite3.Connection,
    record_id: int,
    partner_id: int | None,
    local_party: str | None,
    field: str = "partner",
    given: object = None,
) -> None:
    """Refuse moving record `record_id`, a parent agreement, to another partnership than its
    children's: they would hang under another partnership's document."""
    row = conn.execute(
        "SELECT id FROM records WHERE agreement_id = ?"
        " AND (local_party IS NOT ? OR (partner_id IS NOT NULL AND ? IS NOT NULL"
        " AND partner_id <> ?)) ORDER BY id LIMIT 1",
        (record_id, local_party, partner_id, partner_id),
    ).fetchone()
    if row is not None:
        raise ValidationError(
            field,
            given,
            "#{record} is the parent agreement of #{child}, which would then be of another "
            "partnership; move #{child} first, or clear it with `kerjasama edit {child} "
            "--agreement ''`",
            record=record_id,
            child=row[0],
        )


def loops(conn: sqlite3.Connection) -> Iterator[list[int]]:
    """Each loop of parent agreements stored by an older version, once, from its lowest id."""
    seen: set[int] = set()
    for start, path in conn.execute(_LOOPS_SQL):
        members = [int(i) for i in path.strip(",").split(",")]
        if start in seen or min(members) != start:
            continue
        seen.update(members)
        yield [*members, start]
