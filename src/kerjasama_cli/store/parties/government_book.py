"""Every local government's name and aliases in memory (`GovernmentBook`): what a batch of
writes resolves names against (an import, `add`, `edit`, a leader's term), with the governments
it creates pending until written in one statement.

A government is its name and its country (m028): London, GB and London, CA are two. A name with
a country finds the government of that country; a name alone finds the one government so named,
and is refused, naming their countries, when several share it: never a guess."""

from __future__ import annotations

import difflib
import sqlite3
from typing import NamedTuple

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.governments import LocalGovernment
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.store.safety import history

# The history entity of a local government.
ENTITY = "government"


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _same(a: str | None, b: str | None) -> bool:
    return a == b or (a or "").upper() == (b or "").upper()


class Government(NamedTuple):
    """A government as a batch resolves to it: its canonical name and its country."""

    name: str
    country: str | None


def check_country(name: str, own: list[str | None], given: str | None, field: str) -> None:
    """Refuse `given` as the local country of the government(s) named `name`, whose countries
    are `own`: a stored government has one country, and a record stored with another showed
    "Kota Surabaya (KR)" (the write paths that create no government call this)."""
    known = [c for c in own if c]
    if given is None or not known or any(_same(c, given) for c in own):
        return
    raise ValidationError(
        field,
        given,
        "not the country of {name}; expected {expected}",
        name=name,
        expected=" or ".join(sorted(known)),
    )


class GovernmentBook:
    """Every government's name and aliases, loaded once; new ones wait in `pending`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        # folded name (or alias) -> the governments of that name (alias), by id
        self.by_name: dict[str, list[Government]] = {}
        self._by_alias: dict[str, list[Government]] = {}
        self.keys: dict[Government, str] = {}
        rows = conn.execute(
            "SELECT name, name, country, 0, id, key FROM local_governments UNION ALL "
            "SELECT a.alias, g.name, g.country, 1, g.id, g.key FROM local_government_aliases a "
            "JOIN local_governments g ON g.id = a.government_id ORDER BY 4, 5"
        )
        for text, name, country, alias, _, key in rows:
            self._add(text, Government(name, country), bool(alias))
            self.keys.setdefault(Government(name, country), key)
        self.pending: dict[tuple[str, str], LocalGovernment] = {}
        self._by_key: dict[str, Government] | None = None  # built on the first key asked

    def _add(self, text: str, government: Government, alias: bool = False) -> None:
        found = (self._by_alias if alias else self.by_name).setdefault(_fold(text), [])
        if government not in found:
            found.append(government)

    def governments(self, text: str) -> list[Government]:
        """The governments `text` names: by their name when any has it, else by an alias, else
        the one whose key it is (`london-ca`, as the refusal of a shared name offers)."""
        folded = _fold(text)
        found = self.by_name.get(folded) or self._by_alias.get(folded)
        if found:
            return found
        if self._by_key is None:
            self._by_key = {key: government for government, key in self.keys.items()}
        keyed = self._by_key.get(text.strip())
        return [keyed] if keyed is not None else []

    def find(self, text: str) -> str | None:
        """The canonical name `text` (a name or alias) denotes, or None."""
        found = self.governments(text)
        return found[0].name if found else None

    def countries(self, text: str) -> list[str | None]:
        """The countries of the governments `text` names."""
        return [g.country for g in self.governments(text)]

    def lookup(
        self, text: str, country: str | None = None, field: str = "local_party"
    ) -> Government | None:
        """The government `text` and `country` name, or None when there is none of that country
        (none at all, or only others'). Without a country, the one government so named; when
        several share the name, a ValidationError on `field` names their countries."""
        return self._pick(self.governments(text), text, country, field)

    def _pick(
        self, found: list[Government], text: str, country: str | None, field: str
    ) -> Government | None:
        if country is not None:
            for government in found:  # one or two: a loop, no list (the import's hot path)
                if _same(government.country, country):
                    return government
            if len(found) == 1 and found[0].country is None:
                return Government(found[0].name, None)  # a government of no stated country
            return None
        if len(found) > 1:
            raise ValidationError(
                field,
                " ".join(text.split()),
                "names {count} local governments, of {countries}; give the local country "
                "(or the government's key: {keys})",
                count=len(found),
                countries=", ".join(sorted(g.country or "—" for g in found)),
                keys=", ".join(sorted(self.keys.get(g, g.name) for g in found)),
            )
        return found[0] if found else None

    def resolve(self, text: str, country: str | None = None, field: str = "local_party") -> str:
        """The canonical name of the government `text` and `country` name, creating a new one
        (pending) when none has that name and country: `Perth` of CA beside Perth, AU."""
        return self.resolve_government(text, country, field).name

    def resolve_government(
        self, text: str, country: str | None = None, field: str = "local_party"
    ) -> Government:
        """As `resolve`, the government whole (a name alone takes its government's country)."""
        folded = _fold(text)
        candidates = self.governments(text)
        found = self._pick(candidates, text, country, field) if candidates else None
        if found is not None:
            return found
        text = " ".join(text.split())
        new = Government(text, country)
        self.pending[(folded, (country or "").upper())] = LocalGovernment(
            slugify(text, country), text, country
        )
        self.by_name.setdefault(folded, []).append(new)
        return new

    def write_new(self, conn: sqlite3.Connection, log: history.HistoryBuffer | None = None) -> int:
        """Insert the pending governments (they are new by construction: `lookup` did not know
        them) in one executemany, with their history rows (through `log` when given)."""
        if not self.pending:
            return 0
        # The book was read before the write lock: another process may have written the same
        # government since (two `add`s on a new registry, one of them seeding it). Skip those.
        stored = {
            (r[0].casefold(), (r[1] or "").upper())
            for r in conn.execute("SELECT name, country FROM local_governments")
        }
        names = {name for name, _ in stored}
        # A pending government of no country is the stored one of that name (as `lookup` reads).
        for pair in [p for p in self.pending if p in stored or (not p[1] and p[0] in names)]:
            del self.pending[pair]
        if not self.pending:
            return 0
        keys = {r[0] for r in conn.execute("SELECT key FROM local_governments")}
        (next_id,) = conn.execute(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM local_governments"
        ).fetchone()
        rows, entries = [], []
        for government in self.pending.values():
            key, n = government.key, 2
            while key in keys:
                key, n = f"{government.key}-{n}", n + 1
            keys.add(key)
            rows.append((next_id, key, government.name, government.country))
            changes = history.inserted({"name": government.name, "country": government.country})
            entries.append((ENTITY, next_id, key, history.INSERT, changes))
            next_id += 1
        conn.executemany(
            "INSERT INTO local_governments (id, key, name, country) VALUES (?, ?, ?, ?)", rows
        )
        for entry in entries:
            if log is not None:
                log.add(*entry)
            else:
                history.log(conn, *entry)
        self.pending.clear()
        return len(rows)

    def close_names(self, text: str) -> list[str]:
        """Up to three names or aliases close to `text`, as canonical names."""
        known = {**self._by_alias, **self.by_name}
        close = difflib.get_close_matches(_fold(text), list(known), n=6, cutoff=0.5)
        return list(dict.fromkeys(known[c][0].name for c in close))[:3]
