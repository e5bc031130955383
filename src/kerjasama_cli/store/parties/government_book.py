"""Every local government's name and aliases in memory (`GovernmentBook`): what a batch of
writes resolves names against (an import, `add`, `edit`, a leader's term), with the governments
it creates pending until written in one statement."""

from __future__ import annotations

import difflib
import sqlite3

from kerjasama_cli.domain.governments import LocalGovernment
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.store.safety import history

# The history entity of a local government.
ENTITY = "government"


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class GovernmentBook:
    """Every government's name and aliases, loaded once; new ones wait in `pending`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.by_name: dict[str, str] = {}
        self.countries: dict[str, str | None] = {}
        rows = conn.execute(
            "SELECT name, name, country, 0, id FROM local_governments UNION ALL "
            "SELECT a.alias, g.name, g.country, 1, g.id FROM local_government_aliases a "
            "JOIN local_governments g ON g.id = a.government_id ORDER BY 4, 5"
        )
        for text, name, country, _, _ in rows:
            self.by_name.setdefault(_fold(text), name)
            self.countries[name] = country
        self.pending: dict[str, LocalGovernment] = {}

    def find(self, text: str) -> str | None:
        """The canonical name `text` (a name or alias) denotes, or None."""
        return self.by_name.get(_fold(text))

    def resolve(self, text: str, country: str | None = None) -> str:
        """The canonical name of `text`, creating a new government (pending) when unknown."""
        text = " ".join(text.split())
        found = self.find(text)
        if found is not None:
            return found
        self.pending[text] = LocalGovernment(slugify(text, country), text, country)
        self.by_name[_fold(text)] = text
        self.countries[text] = country
        return text

    def write_new(self, conn: sqlite3.Connection, log: history.HistoryBuffer | None = None) -> int:
        """Insert the pending governments (they are new by construction: `find` did not know
        them) in one executemany, with their history rows (through `log` when given)."""
        if not self.pending:
            return 0
        # The book was read before the write lock: another process may have written the same
        # government since (two `add`s on a new registry, one of them seeding it). Skip those.
        names = {r[0].casefold() for r in conn.execute("SELECT name FROM local_governments")}
        for name in [n for n, g in self.pending.items() if g.name.casefold() in names]:
            del self.pending[name]
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
        close = difflib.get_close_matches(_fold(text), list(self.by_name), n=6, cutoff=0.5)
        return list(dict.fromkeys(self.by_name[c] for c in close))[:3]
