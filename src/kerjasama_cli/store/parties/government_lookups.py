"""Local governments read: one by id, key, name or alias (with the closest names when none),
whole or by its canonical name; the home government; their kinds, which title the governor
columns; their rows for `governments list`; and `add`/`edit`'s local party.

Records, leaders and reported figures name their government by its canonical name in their
`local_party` column, and records and leaders by its country in `local_country` (m028: London,
GB and London, CA are two governments), so every look-up ends at that pair or the government's
id. A name that two governments share, given without a country, is refused naming their
countries: never a guess.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.governments import LocalGovernment
from kerjasama_cli.domain.text_forms import clean_name
from kerjasama_cli.store.parties.government_book import GovernmentBook, check_country
from kerjasama_cli.store.queries.name_match import name_part, use_name_match


def aliases_of(conn: sqlite3.Connection, gov_id: int) -> list[str]:
    """A government's aliases, in the order they were added."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM local_government_aliases WHERE government_id = ? ORDER BY rowid",
            (gov_id,),
        )
    ]


def load_government(conn: sqlite3.Connection, gov_id: int) -> LocalGovernment:
    """One government, whole."""
    row = conn.execute(
        "SELECT key, name, country, region, kind, notes FROM local_governments WHERE id = ?",
        (gov_id,),
    ).fetchone()
    return LocalGovernment(
        key=row[0],
        name=row[1],
        country=row[2],
        region=row[3],
        kind=row[4],
        aliases=tuple(aliases_of(conn, gov_id)),
        notes=row[5],
    )


def find_government(conn: sqlite3.Connection, ref: str, field: str = "--local-party") -> int:
    """The id of the government `ref` (id, key, name or alias) names; exit 2 with the closest
    names when there is none, and with their countries when several share the name (their
    keys, `london-ca`, name one)."""
    typed, ref = ref, clean_name(ref)  # as names are stored (domain/text_forms.py)
    row = conn.execute(
        "SELECT id FROM local_governments WHERE id = ? OR key = ?", (ref, ref.strip())
    ).fetchone()
    if row is None:
        found = GovernmentBook(conn).lookup(ref, None, field)
        if found is not None:
            row = conn.execute(
                "SELECT id FROM local_governments WHERE name = ? AND country IS ?",
                (found.name, found.country),
            ).fetchone()
    if row is None:
        book = GovernmentBook(conn)
        raise ValidationError(
            field,
            typed,
            "no such local government (see `kerjasama governments list`)",
            book.close_names(ref),
        )
    return int(row[0])


def kinds_shown(conn: sqlite3.Connection, local_parties: Sequence[str] = ()) -> list[str | None]:
    """The kinds of the governments whose records a view shows: the ones `local_parties` name
    (`--local-party`, repeatable), else every government that has records (the home one in an
    empty registry)."""
    if local_parties:
        kinds: list[str | None] = []
        for name in local_parties:
            row = conn.execute(
                "SELECT kind FROM local_governments WHERE name = ? COLLATE NOCASE OR key = ? "
                "OR id IN (SELECT government_id FROM local_government_aliases "
                "WHERE alias = ? COLLATE NOCASE) LIMIT 1",
                (name.strip(), name.strip(), name.strip()),
            ).fetchone()
            kinds.append(row[0] if row else None)
        return kinds
    # One probe of the records_local_party index per government, not a scan of the records.
    kinds = [
        row[0]
        for row in conn.execute(
            "SELECT kind FROM local_governments g "
            "WHERE EXISTS (SELECT 1 FROM records r WHERE r.local_party = g.name)"
        )
    ]
    if kinds:
        return kinds
    home = home_government(conn)
    return [home.kind if home else None]


def kinds_of(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> list[str | None]:
    """The kinds of the governments these records' `local_party` names (one query per name)."""
    names = {row.get("local_party") for row in rows}
    if not names:
        return kinds_shown(conn)
    return [kinds_shown(conn, [name])[0] if name else None for name in sorted(names, key=str)]


def government_name(conn: sqlite3.Connection, ref: str, field: str = "--local-party") -> str:
    """The canonical name of the government `ref` names (exit 2 when unknown)."""
    gov_id = find_government(conn, ref, field)
    return str(
        conn.execute("SELECT name FROM local_governments WHERE id = ?", (gov_id,)).fetchone()[0]
    )


def government_rows(
    conn: sqlite3.Connection,
    text: str | None = None,
    country: str | None = None,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    """Governments with their aliases and counts of records and leaders, by name."""
    clauses, params = [], []
    if text:
        use_name_match(conn)  # as `list -p` matches partners (store/queries/name_match.py)
        clauses.append(
            "(kerjasama_contains(g.name, ?) OR g.key = ? OR g.id IN (SELECT government_id "
            "FROM local_government_aliases WHERE kerjasama_contains(alias, ?)))"
        )
        part = name_part(text)
        params += [part, text, part]
    if country:
        clauses.append("g.country = ?")
        params.append(country)
    if kind:
        clauses.append("g.kind = ?")
        params.append(kind)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT g.id, g.key, g.name, g.country, g.region, g.kind, g.notes, "
        "(SELECT json_group_array(alias) FROM (SELECT alias FROM local_government_aliases "
        " WHERE government_id = g.id ORDER BY rowid)) AS aliases, "
        "(SELECT COUNT(*) FROM records r WHERE r.local_party = g.name "
        " AND (r.local_country IS g.country OR g.country IS NULL)) AS records, "
        "(SELECT COUNT(*) FROM leaders l WHERE l.local_party = g.name "
        " AND (l.local_country IS g.country OR l.local_country IS NULL)) AS leaders "
        f"FROM local_governments g{where} ORDER BY g.name COLLATE NOCASE"
    )
    import json

    names = (
        "id",
        "key",
        "name",
        "country",
        "region",
        "kind",
        "notes",
        "aliases",
        "records",
        "leaders",
    )
    rows = []
    for row in conn.execute(sql, params):
        item = dict(zip(names, row, strict=True))
        item["aliases"] = json.loads(item["aliases"])
        rows.append(item)
    return rows


def home_government(conn: sqlite3.Connection) -> LocalGovernment | None:
    """The registry's home government (kerjasama_meta's home_party), if any."""
    row = conn.execute(
        "SELECT g.id FROM kerjasama_meta m JOIN local_governments g ON g.name = m.value "
        "WHERE m.key = 'home_party' ORDER BY g.country IS NOT (SELECT value FROM kerjasama_meta "
        "WHERE key = 'home_country'), g.id LIMIT 1"
    ).fetchone()
    return load_government(conn, row[0]) if row else None


def local_party_of(
    conn: sqlite3.Connection,
    text: str | None,
    country: str | None,
    hints: Sequence[str | None] = (),
) -> tuple[str, str | None, GovernmentBook]:
    """`add`/`edit`'s local party: the home government when `text` is empty, else the
    government it names by name or alias; with the local country (the given one, else the
    government's).

    `hints`: countries that settle a name several governments share when no country is given,
    in order (`edit`: the record's own local country, then its partner's). A name they do not
    settle is refused naming every such government's country and key.

    An unknown name is refused with the closest names rather than created: a typo would
    otherwise become a new government whose records silently leave the home government's
    answers (`governments add` creates one on purpose; imports may create them, and say so).
    """
    book = GovernmentBook(conn)
    home = conn.execute("SELECT value FROM kerjasama_meta WHERE key = 'home_party'").fetchone()
    if text and text.strip():
        wanted = " ".join(text.split())
        if book.find(wanted) is None:
            raise ValidationError(
                "--local-party",
                wanted,
                "no such local government; add it first with "
                "`kerjasama governments add '{name}' --country CC`",
                book.close_names(wanted),
                name=wanted,
            )
        found = None
        if country is None and len(book.countries(wanted)) > 1:
            # London, GB or London, CA: the first hint that one of them has settles it.
            found = next(
                (g for c in hints if c and (g := book.lookup(wanted, c)) is not None), None
            )
        if found is None:
            found = book.lookup(wanted, country, "--local-party")
    else:
        wanted = home[0] if home else "DKI Jakarta"
        row = conn.execute("SELECT value FROM kerjasama_meta WHERE key = 'home_country'").fetchone()
        home_country = row[0] if row else None
        found = book.lookup(wanted, country or home_country)
        if found is None and country is None:
            found = book.lookup(wanted)
            country = None if found else home_country  # a new registry's, being seeded
    if found is None:  # named governments of other countries only: not created here
        named = book.find(wanted) or wanted
        check_country(named, book.countries(wanted), country, "--local-country")
        found = book.resolve_government(wanted, country)  # the home one, on a new registry
    return found.name, country or found.country, book


def namesakes(conn: sqlite3.Connection, names: tuple[str, ...]) -> tuple[list[str], ...]:
    """Of the governments `--local-party` values name, those whose name another government
    (of another country) shares: their names, and each as `name<US>country`. Empty when none."""
    chosen = []
    for text in names:
        gov_id = find_government(conn, text, "--local-party")
        name, country, others = conn.execute(
            "SELECT name, country, (SELECT COUNT(*) FROM local_governments o "
            "WHERE o.name = g.name AND o.id <> g.id) FROM local_governments g WHERE id = ?",
            (gov_id,),
        ).fetchone()
        if others:
            chosen.append((name, country or ""))
    if not chosen:
        return ()
    return [n for n, _ in chosen], [f"{n}\x1f{c}" for n, c in chosen]


def government_refs(conn: sqlite3.Connection, names: tuple[str, ...]) -> tuple[str, ...]:
    """`local_party_names`, but a government whose name another shares by its key
    (`london-ca`), so that the value names it again when read a second time."""
    refs = []
    for text in names:
        name, key, shared = conn.execute(
            "SELECT name, key, (SELECT COUNT(*) FROM local_governments o WHERE o.name = g.name"
            " AND o.id <> g.id) FROM local_governments g WHERE id = ?",
            (find_government(conn, text, "--local-party"),),
        ).fetchone()
        refs.append(key if shared else name)
    return tuple(dict.fromkeys(refs))
