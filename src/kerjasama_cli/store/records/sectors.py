"""The registry's sectors (table `sectors`, `sector_aliases`; migration m016): read, add, alias,
and the part of an export that carries those the bureau added."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kerjasama_cli.domain import sectors as domain
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.keys import slug_part
from kerjasama_cli.domain.sectors import Sector
from kerjasama_cli.domain.text_forms import clean_fields
from kerjasama_cli.store.safety import history


def read(conn: sqlite3.Connection) -> list[Sector]:
    """Every sector of the registry with its aliases, built-in ones first; [] on an older or
    closed database (the code's vocabulary still applies there)."""
    try:
        aliases: dict[str, list[str]] = {}
        for alias, code in conn.execute("SELECT alias, code FROM sector_aliases ORDER BY rowid"):
            aliases.setdefault(code, []).append(alias)
        rows = conn.execute(
            "SELECT code, label_id, label_en, builtin FROM sectors ORDER BY builtin DESC, rowid"
        ).fetchall()
    except sqlite3.Error:
        return []
    return [Sector(c, i, e, tuple(aliases.get(c, ())), bool(b)) for c, i, e, b in rows]


def install(conn: sqlite3.Connection) -> None:
    """Make the domain read this registry's sectors (lazily, on the first unknown word)."""
    domain.use_registry(lambda: read(conn))


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Records per sector code."""
    return dict(conn.execute("SELECT sector, count(*) FROM record_sectors GROUP BY sector"))


@dataclass(frozen=True)
class NewSector:
    """What `sectors add` asks for: the Indonesian label, and optionally English and a code."""

    label_id: str
    label_en: str | None = None
    code: str | None = None
    aliases: tuple[str, ...] = ()


def _taken(conn: sqlite3.Connection, word: str) -> str | None:
    """The code a word already names (as a code, a label or an alias), if any."""
    try:
        return domain.normalise("sector", word)
    except ValidationError:
        return None


def add(conn: sqlite3.Connection, new: NewSector) -> Sector:
    """Add a sector; refuse a code, label or alias that already names one."""
    new = clean_fields(new)  # format characters out, compatibility forms folded (text_forms.py)
    label_id = " ".join(new.label_id.split())
    label_en = " ".join((new.label_en or label_id).split())
    if not label_id:
        raise ValidationError("sector", new.label_id, "is empty; give its Indonesian name")
    code = new.code or slug_part(label_en).replace("-", "_")
    if not code or slug_part(code).replace("-", "_") != code:
        raise ValidationError("--code", code, "use lower-case letters, digits and _")
    for field, word in (("sector", label_id), ("--en", label_en), ("--code", code)):
        found = _taken(conn, word)
        if found is not None:
            raise ValidationError(field, word, "already names the sector {code}", code=found)
    conn.execute(
        "INSERT INTO sectors (code, label_id, label_en) VALUES (?, ?, ?)",
        (code, label_id, label_en),
    )
    folded = dict.fromkeys(domain.fold(w) for w in (label_id, label_en, *new.aliases))
    _insert_aliases(conn, code, [w for w in folded if w and w != domain.fold(code)])
    values = {"code": code, "label_id": label_id, "label_en": label_en, "aliases": new.aliases}
    _logged(conn, code, history.INSERT, history.inserted(values))
    install(conn)
    return Sector(code, label_id, label_en, tuple(new.aliases))


def _logged(conn: sqlite3.Connection, code: str, action: str, changes: dict[str, Any]) -> None:
    """A history row for a change to the vocabulary (`history` shows who added a sector)."""
    (rowid,) = conn.execute("SELECT rowid FROM sectors WHERE code = ?", (code,)).fetchone()
    history.log(conn, "sector", rowid, code, action, changes)


def alias(conn: sqlite3.Connection, sector: str, words: Iterable[str]) -> tuple[str, list[str]]:
    """Give a sector (named by its code or any word for it) more words; returns the code and
    the words added. A word that already names another sector is refused."""
    code = domain.normalise("sector", sector)
    added = []
    for word in words:
        found = _taken(conn, word)
        if found == code:
            continue
        if found is not None:
            raise ValidationError("alias", word, "already names the sector {code}", code=found)
        if not domain.fold(word):
            raise ValidationError("alias", word, "is empty")
        added.append(word)
    if not conn.execute("SELECT 1 FROM sectors WHERE code = ?", (code,)).fetchone():
        conn.execute(  # a built-in sector of a registry created before m016 had none
            "INSERT INTO sectors (code, label_id, label_en, builtin) VALUES (?, ?, ?, 1)",
            (code, code.replace("_", " "), code.replace("_", " ")),
        )
    _insert_aliases(conn, code, list(dict.fromkeys(domain.fold(w) for w in added)))
    if added:
        _logged(conn, code, history.UPDATE, {"aliases": [None, added]})
    install(conn)
    return code, added


def _insert_aliases(conn: sqlite3.Connection, code: str, folded: list[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO sector_aliases (alias, code) VALUES (?, ?)",
        [(word, code) for word in folded],
    )
    _searchable(conn, code)


def _searchable(conn: sqlite3.Connection, code: str) -> None:
    """`search hukum` finds the records of `law`: the sector's words in the search vocabulary
    (store/fulltext/index.py), which expands a query term to the slugs it names."""
    from kerjasama_cli.domain import vocab

    row = conn.execute("SELECT label_id, label_en FROM sectors WHERE code = ?", (code,)).fetchone()
    aliases = [
        a for (a,) in conn.execute("SELECT alias FROM sector_aliases WHERE code = ?", (code,))
    ]
    words = [*vocab.SECTORS.get(code, ()), *(row or ()), *aliases]
    conn.execute("DELETE FROM search_vocab WHERE vocabulary = 'sector' AND slug = ?", (code,))
    conn.execute(
        "INSERT INTO search_vocab (vocabulary, slug, terms) VALUES ('sector', ?, ?)",
        (code, "; ".join(dict.fromkeys(words))),
    )


def exported(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The sectors the bureau added, and the words it added to built-in ones, for an export."""
    from kerjasama_cli.domain import vocab

    out = []
    for sector in read(conn):
        known = {domain.fold(w) for w in vocab.SECTORS.get(sector.code, ())}
        known |= {domain.fold(sector.label_id), domain.fold(sector.label_en)}
        extra = [a for a in sector.aliases if a not in known]
        if sector.builtin and not extra:
            continue
        item: dict[str, Any] = {"code": sector.code}
        if not sector.builtin:
            item |= {"label_id": sector.label_id, "label_en": sector.label_en}
        if extra:
            item["aliases"] = extra
        out.append(item)
    return out


def imported(conn: sqlite3.Connection, items: Iterable[Sector]) -> int:
    """Store the sectors of an imported file that this registry lacks (and their words);
    returns how many sectors were added. Run before the records that use them."""
    count = 0
    for item in items:
        if not conn.execute("SELECT 1 FROM sectors WHERE code = ?", (item.code,)).fetchone():
            conn.execute(
                "INSERT INTO sectors (code, label_id, label_en) VALUES (?, ?, ?)",
                (item.code, item.label_id, item.label_en),
            )
            values = {"code": item.code, "label_id": item.label_id, "label_en": item.label_en}
            _logged(conn, item.code, history.INSERT, history.inserted(values))
            count += 1
        words = (item.label_id, item.label_en, *item.aliases)
        folded = dict.fromkeys(domain.fold(w) for w in words)
        _insert_aliases(conn, item.code, [w for w in folded if w and w != domain.fold(item.code)])
    install(conn)
    return count
