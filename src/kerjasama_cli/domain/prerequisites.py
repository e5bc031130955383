"""The prerequisites of a foreign cooperation (docs/domain.md, *The legal life of a
cooperation*; PP 28/2018), checked as warnings, never as walls: a bureau records what happened,
and an old partnership that would not pass today is still a fact.

- **Diplomatic relations**: a KSDPL partner's country must have diplomatic relations with
  Indonesia. The list below is of the states that have none (Israel; Taiwan, whose authorities
  Indonesia does not recognise as a state party). North Korea has relations, so Pyongyang passes.
  It is data, not logic: change it here when the facts change.
- **Equal standing**: province with province (or state, prefecture), city with city. A region
  has no fixed standing and is never flagged.
- **Objects**: a cooperation names at least one of the regulation's objects (its own, or one of
  its sectors'): without one the proposal is incomplete.
"""

from __future__ import annotations

# ISO 3166-1 alpha-2 codes of the countries without diplomatic relations with Indonesia.
NO_DIPLOMATIC_RELATIONS: dict[str, str] = {
    "IL": "Israel",
    "TW": "Taiwan",
}

# The standing of a partner kind and of a local government kind (None: not comparable).
STANDING: dict[str, str] = {
    "province": "province",
    "city": "city",
    "regency": "city",  # kabupaten and kota are both second-level governments
    "kabupaten": "city",
    "kota": "city",
    "provinsi": "province",
}


def unequal(local_kind: str | None, partner_kind: str | None) -> bool:
    """Whether a local government of `local_kind` and a partner of `partner_kind` stand on
    different levels (both known)."""
    a = STANDING.get((local_kind or "").lower())
    b = STANDING.get((partner_kind or "").lower())
    return a is not None and b is not None and a != b
