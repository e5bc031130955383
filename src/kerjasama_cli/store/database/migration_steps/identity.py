"""Which entry a change is about and who made it (issues 19 and 26): ids never given out twice
(m013), the records that differed only by a name of their government merged (m014), the
person each history row names (m020)."""

from __future__ import annotations

import sqlite3


def m013_ids_never_reused(conn: sqlite3.Connection) -> None:
    # Issue 19: a deleted record's id came back for the next one, and the history of both read
    # as one (`show 23` listed A's insert and delete among B's changes); a bulk import's range
    # row would cover the newcomer too. So ids only grow: a high-water mark per table in
    # kerjasama_meta, raised by a trigger when the highest row is deleted (deletes are rare; a
    # trigger on insert would cost every row of a million-row import), and every insert takes
    # max(MAX(id), mark) + 1 (store/database/ids.py). The mark starts above every id the history has
    # ever named, so ids deleted before this migration are not given out again either.
    # AUTOINCREMENT would need the records table rebuilt with its views, triggers and indexes.
    # - history.origin: the file an import's change came from (store/imports/merge.py), so a
    #   later import of the same file can tell the edits made since.
    for entity, table in (("record", "records"), ("partner", "partners")):
        conn.execute(
            "INSERT OR REPLACE INTO kerjasama_meta (key, value) SELECT ?, max("
            f" (SELECT COALESCE(MAX(id), 0) FROM {table}),"
            " (SELECT COALESCE(MAX(max(entity_id, COALESCE(last_id, 0))), 0) FROM history"
            "  WHERE entity = ?))",
            (f"{table}_high_water", entity),
        )
        conn.execute(
            f"CREATE TRIGGER {table}_high_water AFTER DELETE ON {table} BEGIN"
            " UPDATE kerjasama_meta SET value = OLD.id"
            f" WHERE key = '{table}_high_water' AND CAST(value AS INTEGER) < OLD.id; END"
        )
    conn.execute("ALTER TABLE history ADD COLUMN origin TEXT")


# What m014 said it did, for the command that opened the registry to print (cli/invocation.py).
NOTICES: list[str] = []


def m014_merge_alias_duplicates(conn: sqlite3.Connection) -> None:
    # Issue 19: an import derived a record's key from the local party as the row named it, so
    # `Surabaya,Kochi,…,2023-08` and later `Kota Surabaya,Kochi,…` (two names of one
    # government) made two records whose keys differ only by that name. The import now keys by
    # the government's own name; this merges the pairs it made before. Two records are such a
    # pair when kind, type, partner, date and local party agree and their keys are one stem
    # followed by two names of that government. The one keyed by the government's own name
    # stays (else the oldest, re-keyed so); it gains the other's empty fields, sectors,
    # people, citations and events; the other is deleted with a history row that keeps its
    # values (its own history rows stay), so `history restore` can bring it back.
    names: dict[str, tuple[str, list[str], str | None]] = {}
    for gid, name, country in conn.execute("SELECT id, name, country FROM local_governments"):
        aliases = [
            a
            for (a,) in conn.execute(
                "SELECT alias FROM local_government_aliases WHERE government_id = ?", (gid,)
            )
        ]
        names[name.casefold()] = (name, aliases, country)
    groups = conn.execute(
        "SELECT group_concat(id) FROM records GROUP BY kind, type, partner_id, date_start,"
        " date_end, date_precision, local_party HAVING count(*) > 1"
    ).fetchall()
    from kerjasama_cli.store.database.m014_merge import merge_group, slug

    merged = 0
    for (ids,) in groups:
        rows = conn.execute(
            f"SELECT id, key, local_party, local_country FROM records WHERE id IN ({ids})"
            " ORDER BY id"
        ).fetchall()
        stems: dict[str, list[tuple[int, str, bool]]] = {}
        for record_id, key, party, country in rows:
            canonical, aliases, gov_country = names.get(party.casefold(), (party, [], None))
            for name in (canonical, *aliases):
                tails = [f"-{slug(name)}"]
                if country:
                    tails.insert(0, f"-{slug(name)}-{slug(country)}")
                tail = next((t for t in tails if key.endswith(t) and len(key) > len(t)), None)
                if tail is not None:
                    stems.setdefault(key[: -len(tail)], []).append(
                        (record_id, name, name == canonical)
                    )
                    break
        for stem, found in stems.items():
            if len(found) < 2:
                continue
            found.sort(key=lambda item: (not item[2], item[0]))
            keeper, others = found[0], found[1:]
            merged += len(others)
            merge_group(conn, keeper, others, stem, names)
    if merged:
        NOTICES.append(
            f"merged {merged} record{'s' if merged != 1 else ''} that differed only by the "
            "name of their local government (m014; `kerjasama history` lists them)"
        )


def m020_history_actor(conn: sqlite3.Connection) -> None:
    # Issue 26, who changed what: each history row names the person who made the change
    # (KERJASAMA_USER, else the OS user: store/safety/history.py current_actor). Rows written before
    # this say "unknown": nobody recorded who made them.
    conn.execute("ALTER TABLE history ADD COLUMN actor TEXT NOT NULL DEFAULT 'unknown'")
