"""Find or create the partner a name refers to, and the sources a reference names.

One place for the rule `add`, `edit` and `import` share: a partner named with a country is the
existing partner of that name (or alias) in that country, else a new one keyed
`slugify(name, country)`; without a country the name must already be known, unless the partner is
an organisation or institution (they have no country). New entries wait in `pending` and are
written only when a record that needs them is, so a rejected row creates nothing.
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.domain.records import Partner, Source
from kerjasama_cli.store import history
from kerjasama_cli.store.writer import save_partner, save_source

STATELESS_KINDS = ("organisation", "institution")


class PartnerBook:
    """Every partner's key, name and aliases, loaded once (imports resolve thousands of names)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.ids: dict[str, int] = dict(conn.execute("SELECT key, id FROM partners"))
        self.by_name: dict[tuple[str, str | None], str] = {}
        self.by_name_only: dict[str, str] = {}
        self.countries: dict[str, str | None] = {}
        # New partners that share a name with one in another country:
        # (name, country, the other's country).
        self.homonyms: list[tuple[str, str | None, str]] = []
        # Names before aliases, older partners first: the first claim to a name wins.
        names = conn.execute(
            "SELECT name, key, country, 0, id FROM partners UNION ALL "
            "SELECT a.alias, p.key, p.country, 1, p.id FROM partner_aliases a "
            "JOIN partners p ON p.id = a.partner_id ORDER BY 4, 5"
        )
        for name, key, country, _, _ in names:
            self._index(name, key, country)
        self.pending: dict[str, Partner] = {}
        self.created = 0
        self.next_id: int | None = None
        self.new_rows: list[tuple[object, ...]] = []

    def _index(self, name: str, key: str, country: str | None) -> None:
        folded = name.casefold().strip()
        self.countries.setdefault(key, country)
        self.by_name.setdefault((folded, country), key)
        self.by_name_only.setdefault(folded, key)

    def resolve(
        self,
        name: str,
        country: str | None = None,
        region: str | None = None,
        kind: str = "city",
        key: str | None = None,
        field: str = "partner",
        allow_homonym: bool = True,
    ) -> str:
        """The key of the partner `name` (in `country`) denotes, creating it (pending) if new."""
        name = name.strip()
        if not name:
            raise ValidationError(field, name, "is empty")
        if key is not None:
            if key in self.ids or key in self.pending:
                return key
            return self._new(key, name, kind, country, region)
        if name in self.ids or name in self.pending:  # the partner's key itself
            return name
        folded = name.casefold()
        if country is not None:
            found = self.by_name.get((folded, country))
            if found:
                return found
            slug = slugify(name, country)
            if slug in self.ids or slug in self.pending:
                return slug
            other = self.by_name_only.get(folded)
            if other is not None and self.countries.get(other) != country:
                if not allow_homonym:
                    raise self._homonym_error(field, name, other, country)
                self.homonyms.append((name, country, self.countries.get(other) or "no country"))
            return self._new(slug, name, kind, country, region)
        found = self.by_name_only.get(folded)
        if found:
            return found
        if kind in STATELESS_KINDS:
            return self._new(slugify(name), name, kind, None, region)
        hint = "--country" if field.startswith("--") else "a country"
        raise ValidationError(field, name, f"no such partner; give {hint} to create it")

    def _homonym_error(
        self, field: str, name: str, other: str, country: str | None
    ) -> ValidationError:
        where = self.countries.get(other) or "no country"
        number = f"#{self.ids[other]}" if other in self.ids else f"{other!r}"
        return ValidationError(
            field,
            name,
            f"{name} is partner {number} in {where}; pass --new-partner to record a "
            f"different {name} in {country}",
        )

    def _new(self, key: str, name: str, kind: str, country: str | None, region: str | None) -> str:
        self.pending[key] = Partner(key, name, kind, country, region)
        self._index(name, key, country)
        return key

    def reserve(self, conn: sqlite3.Connection, key: str, log: history.HistoryBuffer) -> int:
        """The id of partner `key`; a new one gets its id now and waits in `new_rows` for the
        bulk import's executemany (`write_new`)."""
        found = self.ids.get(key)
        if found is not None:
            return found
        if self.next_id is None:
            self.next_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM partners").fetchone()[
                0
            ]
        partner = self.pending.pop(key)
        partner_id, self.next_id = self.next_id, self.next_id + 1
        values = {"name": partner.name, "kind": partner.kind, "country": partner.country}
        values["region"] = partner.region
        self.new_rows.append((partner_id, key, *values.values()))
        log.add("partner", partner_id, key, history.INSERT, history.inserted(values))
        self.ids[key] = partner_id
        self.created += 1
        return partner_id

    def take_new(self) -> list[tuple[object, ...]]:
        """The rows of the partners `reserve` gave ids to, for the caller to insert."""
        rows, self.new_rows = self.new_rows, []
        return rows

    def ensure(self, conn: sqlite3.Connection, key: str) -> int:
        """The id of partner `key`, writing it first if it is new."""
        found = self.ids.get(key)
        if found is not None:
            return found
        partner_id, _ = save_partner(conn, self.pending.pop(key))
        self.ids[key] = partner_id
        self.created += 1
        return partner_id


class SourceBook:
    """Source keys; a URL makes a new source, and (for imports) so does an unknown key."""

    def __init__(self, conn: sqlite3.Connection, create_unknown: bool = False) -> None:
        self.ids: dict[str, int] = dict(conn.execute("SELECT key, id FROM sources"))
        self.pending: dict[str, Source] = {}
        self.create_unknown = create_unknown
        self.created = 0

    def resolve(self, ref: str, field: str = "sources") -> str:
        """The key `ref` denotes: an existing key, or a new source for a URL (or any key)."""
        ref = ref.strip()
        if ref in self.ids or ref in self.pending:
            return ref
        if ref.startswith(("http://", "https://")):
            key = slugify(ref)[:80]
            if key not in self.ids:
                self.pending.setdefault(key, Source(key=key, url=ref))
            return key
        if self.create_unknown and ref:
            # A flat file can only name a source; its details come with a YAML/JSON export.
            self.pending[ref] = Source(key=ref)
            return ref
        raise ValidationError(field, ref, "no such source key; give a URL to create one")

    def ensure(self, conn: sqlite3.Connection, key: str) -> int:
        """The id of source `key`, writing it first if it is new."""
        found = self.ids.get(key)
        if found is not None:
            return found
        source_id, _ = save_source(conn, self.pending.pop(key))
        self.ids[key] = source_id
        self.created += 1
        return source_id
