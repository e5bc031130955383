"""The parent agreements an import's rows name (store/records/parents.py has the rule): the
partnership of each parent found, the rows left for the end put parents first, and why a row's
parent is still not found at the end (a loop among the file's own new rows, or none such).
Kept apart from row_batches.py, which only calls them."""

from __future__ import annotations

from typing import NamedTuple

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.records import Record
from kerjasama_cli.store.records.parents import same_partnership


class Parent(NamedTuple):
    """A parent agreement an import's row names: its id and partnership."""

    id: int
    partner: int | None
    local_party: str | None

    def holds(self, partner: int | None, local_party: str | None) -> bool:
        """Whether a record of this partnership may hang under it (store/records/parents.py)."""
        return same_partnership(self.partner, self.local_party, partner, local_party)


def parents_first(items: list) -> list:
    """The rows left for the end in an order that writes a parent before the rows under it
    (`a` under `b` under a stored `c` that came later in the file); rows of a loop last."""
    pending = {item[3].key for item in items}
    placed: set[str | None] = set()
    ordered: list = []
    left = items
    while left:
        ready = [i for i in left if i[3].agreement not in pending or i[3].agreement in placed]
        if not ready:
            return ordered + left
        ordered += ready
        placed.update(i[3].key for i in ready)
        taken = {id(i) for i in ready}
        left = [i for i in left if id(i) not in taken]
    return ordered


def unresolved(record: Record, batch: list) -> ValidationError:
    """Why a row's agreement is not found at the end of the file: a loop among the file's own
    new rows (`a` under `b` under `a`: neither can be written first), else no such record."""
    pending = {item[3].key: item[3].agreement for item in batch}
    chain, key = [record.key], record.agreement
    while key in pending and key not in chain:
        chain.append(key)
        key = pending[key]
    if key in chain:
        return ValidationError(
            "agreement",
            record.agreement,
            "closes a loop of parent agreements among the file's rows: {chain}",
            chain=" → ".join([*chain, key]),
        )
    return ValidationError("agreement", record.agreement, "no such agreement")
