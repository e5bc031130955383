"""Find or create the partner a name refers to, and the sources a reference names.

One place for the rule `add`, `edit` and `import` share: a partner named with a country is the
existing partner of that name (or alias) in that country, else a new one keyed
`slugify(name, country)`; without a country the name must already be known, unless the partner is
an organisation or institution (they have no country). New entries wait in `pending` and are
written only when a record that needs them is, so a rejected row creates nothing.
"""

from __future__ import annotations

import sqlite3

from kerjasama_cli.domain.errors import Said, ValidationError, shown
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.domain.records import Partner, Source
from kerjasama_cli.domain.text_forms import clean_name
from kerjasama_cli.store.records.writer import save_partner, save_source

STATELESS_KINDS = ("organisation", "institution")

# Names before aliases, older partners first: the first claim to a name (or alias) wins, but a
# bare name several partners bear is refused (`PartnerBook.named`).
_NAMES_SQL = (
    "SELECT name, key, country, 0, id FROM partners{where[0]} UNION ALL "
    "SELECT a.alias, p.key, p.country, 1, p.id FROM partner_aliases a "
    "JOIN partners p ON p.id = a.partner_id{where[1]} ORDER BY 4, 5"
)


def fold_name(text: str) -> str:
    """How the book compares names: case folded, and format characters and compatibility forms
    as a name is cleaned (`domain/text_forms.py`), so a name stored before that cleaning
    ("Shanghai" with a zero-width space) is the partner its clean spelling names."""
    return clean_name(text).casefold().strip()


def _fold(text: str | None) -> str | None:
    """`fold_name` as an SQL function."""
    return fold_name(text) if text is not None else None


class PartnerBook:
    """Every partner's key, name and aliases, loaded once (imports resolve thousands of names)."""

    def __init__(self, conn: sqlite3.Connection, *, lazy: bool = False) -> None:
        """`lazy`: read only the partners each `resolve` may denote, when it is called (`add`
        and `edit` resolve one name: loading 20,000 partners was most of their time)."""
        self.ids: dict[str, int] = {}
        self.by_name: dict[tuple[str, str | None], str] = {}
        self.by_name_only: dict[str, str] = {}
        self.countries: dict[str, str | None] = {}
        # New partners that share a name with one in another country:
        # (name, country, the other's country).
        self.homonyms: list[tuple[str, str | None, str | None]] = []
        self.lazy_conn = conn if lazy else None
        # The partners by folded *name* (not alias), new ones too: `add`, `edit` and `import`
        # refuse a name that several partners bear when no country chooses one.
        self.named: dict[str, list[str]] = {}
        self.looked_up: set[tuple[str, str | None, str | None]] = set()
        if not lazy:
            self.ids = dict(conn.execute("SELECT key, id FROM partners"))
            for name, key, country, is_alias, _ in conn.execute(_NAMES_SQL.format(where=("", ""))):
                self._index(name, key, country)
                if not is_alias:
                    self._bears(name, key)
        self.pending: dict[str, Partner] = {}
        self.created = 0
        self.next_id: int | None = None
        self.first_new: int | None = None  # the first id `reserve` gave
        self.new_rows: list[tuple[object, ...]] = []

    def _look_up(self, name: str, country: str | None, key: str | None) -> None:
        """Lazily, what `resolve(name, country, key=key)` consults: the partners keyed `key`,
        `name` or its slug, and every name and alias that folds like `name`, indexed in the
        order the whole book uses (so the same partner claims the name)."""
        if self.lazy_conn is None or (name, country, key) in self.looked_up:
            return
        self.looked_up.add((name, country, key))
        conn = self.lazy_conn
        keys = [k for k in (key, name, slugify(name, country) if country else None) if k]
        marks = ", ".join("?" * len(keys))
        for found, partner_id in conn.execute(
            f"SELECT key, id FROM partners WHERE key IN ({marks})", keys
        ):
            self.ids.setdefault(found, partner_id)
        conn.create_function("kerjasama_fold", 1, _fold, deterministic=True)
        folded = fold_name(name)
        where = (
            " WHERE kerjasama_fold(name) = ?",
            " WHERE kerjasama_fold(a.alias) = ?",
        )
        for other, found, other_country, is_alias, partner_id in conn.execute(
            _NAMES_SQL.format(where=where), (folded, folded)
        ):
            self.ids.setdefault(found, partner_id)
            self._index(other, found, other_country)
            if not is_alias:
                self._bears(other, found)

    def _bears(self, name: str, key: str) -> None:
        """Partner `key` is named `name` (`named`: a name several bear needs a country)."""
        bearers = self.named.setdefault(fold_name(name), [])
        if key not in bearers:
            bearers.append(key)

    def _index(self, name: str, key: str, country: str | None) -> None:
        folded = fold_name(name)
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
        self._look_up(name, country, key)
        if key is not None:
            if key in self.ids or key in self.pending:
                return key
            return self._new(key, name, kind, country, region)
        if name in self.ids or name in self.pending:  # the partner's key itself
            return name
        folded = fold_name(name)
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
                self.homonyms.append((name, country, self.countries.get(other)))
            return self._new(slug, name, kind, country, region)
        bearers = self.named.get(folded.strip(), [])
        if len(bearers) > 1:
            # A partner this import creates has no id yet: its name and country say which.
            listed = ", ".join(
                f"{'#' + str(self.ids[k]) + ' ' if k in self.ids else ''}{name} "
                f"({self.countries.get(k) or '—'})"
                for k in bearers
            )
            reason = (
                "names {n} partners: {listed}; give --country to choose one"
                if field.startswith("--")
                else "names {n} partners: {listed}; give its country to choose one"
            )
            raise ValidationError(field, name, reason, n=len(bearers), listed=listed)
        found = self.by_name_only.get(folded)
        if found:
            return found
        if kind in STATELESS_KINDS:
            return self._new(slugify(name), name, kind, None, region)
        if field.startswith("--"):
            raise ValidationError(field, name, "no such partner; give --country to create it")
        raise ValidationError(field, name, "no such partner; a new one needs its country")

    def _homonym_error(
        self, field: str, name: str, other: str, country: str | None
    ) -> ValidationError:
        where = self.countries.get(other) or Said("no country")
        number = f"#{self.ids[other]}" if other in self.ids else shown(other)
        return ValidationError(
            field,
            name,
            "{name} is partner {number} in {where}; pass --new-partner to record a "
            "different {name} in {country}",
            name=name,
            number=number,
            where=where,
            country=country,
        )

    def _new(self, key: str, name: str, kind: str, country: str | None, region: str | None) -> str:
        self.pending[key] = Partner(key, name, kind, country, region)
        self._index(name, key, country)
        self._bears(name, key)
        return key

    def reserve(self, conn: sqlite3.Connection, key: str) -> int:
        """The id of partner `key`; a new one gets its id now and waits in `new_rows` for the
        bulk import's executemany. The import logs the new ones as one range from `first_new`
        (`HistoryBuffer.log_inserted`)."""
        found = self.ids.get(key)
        if found is not None:
            return found
        if self.next_id is None:
            from kerjasama_cli.store.database.ids import next_id

            self.next_id = self.first_new = next_id(conn, "partners")
        partner = self.pending.pop(key)
        partner_id, self.next_id = self.next_id, self.next_id + 1
        self.new_rows.append(
            (partner_id, key, partner.name, partner.kind, partner.country, partner.region)
        )
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
        if found is None and self.lazy_conn is not None and key not in self.pending:
            # A lazy book knows only the partners resolve() read: `edit` keeps the partner.
            row = conn.execute("SELECT id FROM partners WHERE key = ?", (key,)).fetchone()
            if row is not None:
                found = self.ids[key] = row[0]
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
