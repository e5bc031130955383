"""What is public: the one rule that `serve --public`, the anonymous visitors of `serve
--sign-in` and `report --public` all follow (issue 26, README "Sharing safely").

A bureau publishes gladly what it has signed: its partnerships, their dates, partners and
signatories, and the sources (news, official pages) that tell of them. What stays in the office:
- partnerships still being prepared: every record of a partnership that has not reached the
  *signing* stage of its stage list (domain/stages.py) is a draft, however it is typed (an LoI
  under negotiation, an exploratory visit). A partnership is public once something other than an
  event proves signing or a later stage: a signed MoU, agreement or sister-city charter, or an
  evidence row for a stage from signing on. A list without a signing stage publishes nothing;
- the history (every change, its old and new values, who made it), notes, evidence rows,
  attached documents, a source's local file path, the stage lists and settings, accounts and
  every internal table;
- arbitrary SQL, the download of the registry file and Datasette's debugging pages.

The record rule is SQL over the registry (store/serve/public.py: the `public_record_ids` view,
m022); this module names what a visitor may open, so the permission checks (web/access.py) and the
README say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# The views an anonymous visitor may open (m022 created them: store/database/frozen/m022.py).
PUBLIC_RECORDS = "public_records"
PUBLIC_TABLES = frozenset({PUBLIC_RECORDS})

# A record's public fields are `public_records`' columns: `browse_records`' columns, `sources`
# without a local file's path (m022 made the view, m023 made it read the stored flag; their SQL
# is frozen in store/database/frozen/). Notes, the date's note, the governor's candidates, the
# record's own times and everything the history holds are not among them.

# Canned queries that read only public rows (their SQL: store/serve/public.py), and the partner map.
PUBLIC_QUERIES = ("expiring_soon", "partner_history", "search")
PUBLIC_MAP = "partner_map"
# Under `--sign-in` the public queries sit beside the team's own, under this prefix: a visitor
# sees these, a signed-in member the full ones.
PUBLIC_PREFIX = "public_"


class Access(StrEnum):
    """Who `serve` lets read what."""

    local = "local"  # loopback, no sign-in: this machine's users see everything (read-only)
    sign_in = "sign-in"  # the team signs in and sees everything; anonymous visitors the subset
    public = "public"  # everyone sees the public subset only


@dataclass(frozen=True)
class Visitor:
    """Who asks: `signed_in` when a team account is behind the request."""

    signed_in: bool


def sees_everything(access: Access, visitor: Visitor) -> bool:
    """Whether this visitor reads what the local view shows (still read-only)."""
    if access is Access.local:
        return True
    return access is Access.sign_in and visitor.signed_in


def public_query_names(access: Access) -> tuple[str, ...]:
    """The names the public canned queries and map go by under `access`."""
    names = (*PUBLIC_QUERIES, PUBLIC_MAP)
    if access is Access.sign_in:
        return tuple(PUBLIC_PREFIX + n for n in names)
    return names


def anonymous_may(access: Access, action: str, resource: object) -> bool:
    """Whether a visitor who sees only the public subset may do `action` (a Datasette
    permission) on `resource`: the instance and database pages, the public views and queries;
    nothing else (no other table, no SQL of their own, no download, no debugging page)."""
    if action in ("view-instance", "view-database"):
        return resource != "_internal"
    if action == "view-table" and isinstance(resource, tuple):
        return resource[1] in PUBLIC_TABLES
    if action == "view-query" and isinstance(resource, tuple):
        return resource[1] in public_query_names(access)
    return False


def member_may(access: Access, action: str, resource: object) -> bool | None:
    """A signed-in member's answer: None (Datasette's defaults, everything readable) except the
    visitors' copies of the queries under `--sign-in` (the member has the full ones)."""
    copies = public_query_names(access) if access is Access.sign_in else ()
    if action == "view-query" and isinstance(resource, tuple) and resource[1] in copies:
        return False
    return None
