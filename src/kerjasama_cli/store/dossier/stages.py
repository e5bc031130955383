"""Stage lists, evidence and the stage a partnership has reached (migration m017).

A partnership is a local party and a partner: its evidence is the evidence rows of all its
records plus the records themselves, each proving the stages its type proves
(domain/stages.py). The view `partnership_stages` computes every partnership's current stage
in one pass for the filters and `stats`; `partnership_state` derives the whole picture of one
partnership in Python for `show`, `agenda` and the report. Both take the furthest stage reached
in the list's order (tests check that they agree).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.stages import Evidence, Stage, StageList, StageState, derive, implied
from kerjasama_cli.store.database.ids import next_logged_id
from kerjasama_cli.store.safety import history
from kerjasama_cli.store.serve.browse_table import REFRESH_PUBLIC_SQL

# The list a local party follows: its own if it has one, else the regulation's ('').
LIST_OWNER_SQL = "COALESCE((SELECT owner FROM stage_lists WHERE owner = {party} LIMIT 1), '')"
# The stage of record `r`'s partnership, from the partnership_stages view (migration m017),
# which SQLite computes once per query: as a join (`stats --by stage`) and as a condition.
# A partnership is a partner and a local government, its name and country (m029's view).
STAGE_JOIN = (
    "LEFT JOIN partnership_stages ps ON ps.partnership = COALESCE(r.partner_id, -r.id) "
    "AND ps.local_party = r.local_party AND ps.local_country = COALESCE(r.local_country, '')\n"
)
STAGE_SQL = "ps.stage"
STAGE_IN_SQL = (
    "(COALESCE(r.partner_id, -r.id), r.local_party, COALESCE(r.local_country, '')) IN "
    "(SELECT partnership, local_party, local_country FROM partnership_stages "
    "WHERE stage IN ({}))"
)


def _day(text: str | None) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text) if text else None


def stage_list(conn: sqlite3.Connection, local_party: str | None = None) -> StageList:
    """The stage list `local_party` follows (its own, else the regulation's)."""
    owner = conn.execute(
        "SELECT " + LIST_OWNER_SQL.format(party="?"), (local_party or "",)
    ).fetchone()[0]
    rows = conn.execute(
        "SELECT stage, types FROM stage_lists WHERE owner = ? ORDER BY position", (owner,)
    ).fetchall()
    return StageList(tuple(Stage(s, tuple(json.loads(t))) for s, t in rows), owner)


def owners(conn: sqlite3.Connection) -> list[str]:
    """Every local government with a list of its own ('' is the regulation's)."""
    return [o for (o,) in conn.execute("SELECT DISTINCT owner FROM stage_lists ORDER BY owner")]


def save_stage_list(conn: sqlite3.Connection, owner: str, stages: Sequence[Stage]) -> None:
    """Replace `owner`'s list (inside a transaction); an empty list drops it (back to the
    regulation's). The regulation's own list can be changed but not dropped."""
    if not stages and owner == "":
        raise ValidationError("STAGE", "", "the default list needs at least one stage")
    old = stage_list(conn, owner) if owner in owners(conn) else None
    conn.execute("DELETE FROM stage_lists WHERE owner = ?", (owner,))
    conn.executemany(
        "INSERT INTO stage_lists (owner, position, stage, types) VALUES (?, ?, ?, ?)",
        [(owner, i, s.key, json.dumps(list(s.types))) for i, s in enumerate(stages)],
    )
    # What proves signing changed: every record's public flag again, once (m023).
    conn.execute(REFRESH_PUBLIC_SQL)
    changes = history.diff(
        {"stages": old.keys() if old else []}, {"stages": [s.key for s in stages]}
    )
    if changes:
        history.log(conn, "stage_list", None, owner or "(default)", history.UPDATE, changes)


def add_evidence(conn: sqlite3.Connection, record_id: int, record_key: str, item: Evidence) -> int:
    """Store one piece of evidence for a record (inside a transaction); its id."""
    values = {
        "stage": item.stage,
        "date_start": item.date.start.isoformat() if item.date.start else None,
        "date_end": item.date.end.isoformat() if item.date.end else None,
        "date_precision": item.date.precision,
        "number": item.number,
        "document": item.document,
        "note": item.note,
        "source": item.source,
    }
    # An id never given before, deleted ones included: "evidence 8" names one row for good.
    evidence_id = next_logged_id(conn, "evidence", "evidence")
    conn.execute(
        f"INSERT INTO evidence (id, record_id, {', '.join(values)}) "
        f"VALUES (?, ?, {', '.join('?' * len(values))})",
        [evidence_id, record_id, *values.values()],
    )
    history.log(conn, "evidence", evidence_id, record_key, history.INSERT, history.inserted(values))
    return evidence_id


# m023: the trigger that works a partnership's public flag out again for each evidence row. An
# import storing many stages drops it and works every flag out once at its end instead
# (REFRESH_PUBLIC_SQL), as the set-wise import does for its records; a rollback restores it.
EVIDENCE_TRIGGER = "browse_facets_evidence_insert"
MANY_STAGES = 100  # from this many stages in one batch, the flags are worked out at the end


def drop_evidence_trigger(conn: sqlite3.Connection) -> str | None:
    """Drop the evidence rows' public-flag trigger (inside the caller's transaction); its SQL,
    to create it again before the flags are refreshed (None: the registry has none)."""
    found = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (EVIDENCE_TRIGGER,)
    ).fetchone()
    if found is None:
        return None
    conn.execute(f"DROP TRIGGER {EVIDENCE_TRIGGER}")
    return str(found[0])


# The records an import's (key, stage) pairs name, with what their evidence needs, in the pairs'
# order; pairs whose record has evidence of that stage already are left out.
_STAGED_RECORDS = (
    "SELECT j.key, j.stage, r.id, r.type, r.local_party, r.date_start, r.date_end,"
    " r.date_precision, (SELECT min(s.key) FROM citations c JOIN sources s ON s.id = c.source_id"
    " WHERE c.entity = 'record' AND c.entity_id = r.id)"
    " FROM (SELECT json_extract(value, '$[0]') AS key, json_extract(value, '$[1]') AS stage,"
    " key AS n FROM json_each(?)) j JOIN records r ON r.key = j.key"
    " WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.record_id = r.id AND e.stage = j.stage)"
    " ORDER BY j.n"
)


def record_stages(conn: sqlite3.Connection, items: Sequence[tuple[str, str]]) -> int:
    """Evidence rows for the stages an import's rows gave their records ((record key, stage),
    inside the import's transaction), dated like the record and citing its first source; none
    for a stage the record's type proves already (an MoU's signing) or one it has evidence of,
    so importing a file again adds nothing. Set-wise (a query, then executemany), since a file
    may give thousands; the number of rows added."""
    pairs = list(dict.fromkeys(items))
    if not pairs:
        return 0
    lists: dict[str, StageList] = {}
    rows, log = [], history.HistoryBuffer()
    evidence_id = next_logged_id(conn, "evidence", "evidence")
    for key, stage, record_id, rtype, party, start, end, precision, source in conn.execute(
        _STAGED_RECORDS, (json.dumps(pairs),)
    ).fetchall():
        if party not in lists:
            lists[party] = stage_list(conn, party)
        if any(s.key == stage and rtype in s.types for s in lists[party].stages):
            continue
        values = {
            "stage": stage,
            "date_start": start,
            "date_end": end,
            "date_precision": precision,
            "number": None,
            "document": None,
            "note": None,
            "source": source,
        }
        rows.append((evidence_id, record_id, *values.values()))
        log.add("evidence", evidence_id, key, history.INSERT, history.inserted(values))
        evidence_id += 1
    conn.executemany(
        "INSERT INTO evidence (id, record_id, stage, date_start, date_end, date_precision,"
        " number, document, note, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    log.flush(conn)
    return len(rows)


def delete_evidence(conn: sqlite3.Connection, evidence_id: int) -> None:
    """Remove one evidence row (inside a transaction)."""
    row = conn.execute(
        "SELECT r.key, e.stage, e.date_start, e.number FROM evidence e "
        "JOIN records r ON r.id = e.record_id WHERE e.id = ?",
        (evidence_id,),
    ).fetchone()
    if row is None:
        raise ValidationError("EVIDENCE", evidence_id, "no evidence with that id")
    conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
    history.log(
        conn,
        "evidence",
        evidence_id,
        row[0],
        history.DELETE,
        history.deleted({"stage": row[1], "date_start": row[2], "number": row[3]}),
    )


def partnership_records(conn: sqlite3.Connection, record_id: int) -> list[tuple]:
    """(id, type, date_start, date_end, precision, kind) of every record of `record_id`'s
    partnership (the record alone when it has no partner), read through records_partner: its
    partner's with its local government (name and country: London, CA's are not London, GB's)."""
    partner_id, local_party, local_country = conn.execute(
        "SELECT partner_id, local_party, local_country FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    columns = "SELECT id, type, date_start, date_end, date_precision, kind FROM records "
    if partner_id is None:
        return conn.execute(columns + "WHERE id = ?", (record_id,)).fetchall()
    # `+local_party`: the partner's index (records_partner), never records_local_party, which
    # the planner otherwise picks and which holds every record of the home government.
    return conn.execute(
        columns + "WHERE partner_id = ? AND +local_party = ? AND local_country IS ?",
        (partner_id, local_party, local_country),
    ).fetchall()


def partnership_state(conn: sqlite3.Connection, record_id: int) -> StageState:
    """The stages the partnership of `record_id` has reached, from its evidence and records."""
    (local_party,) = conn.execute(
        "SELECT local_party FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    stages = stage_list(conn, local_party)
    records = partnership_records(conn, record_id)
    found: list[Evidence] = []
    for rid, rtype, start, end, precision, kind in records:
        date = FuzzyDate(_day(start), _day(end), precision)
        found.extend(implied(stages, rid, rtype, date, event=kind == "event"))
    found.extend(evidence_of(conn, [r[0] for r in records]))
    return derive(stages, found)


def evidence_of(conn: sqlite3.Connection, record_ids: Sequence[int]) -> list[Evidence]:
    """The evidence rows of these records."""
    rows = conn.execute(
        "SELECT id, record_id, stage, date_start, date_end, date_precision, number, document, "
        "note, source FROM evidence WHERE record_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY id",
        (json.dumps(list(record_ids)),),
    ).fetchall()
    return [
        Evidence(
            stage=r[2],
            date=FuzzyDate(_day(r[3]), _day(r[4]), r[5]),
            record_id=r[1],
            number=r[6],
            document=r[7],
            note=r[8],
            source=r[9],
            evidence_id=r[0],
        )
        for r in rows
    ]


# A record's latest possible day, or that of its latest evidence if later ('' when undated).
LATEST_SQL = (
    "max(COALESCE(r.date_end, ''), COALESCE((SELECT max(e.date_end) FROM evidence e "
    "WHERE e.record_id = r.id), ''))"
)
# Document types that prove signing or a later stage, in any list: a partnership with one is
# past the proposal (the agenda's `waiting` reads no further).
SIGNED_TYPES_SQL = (
    "SELECT value FROM stage_lists sl, json_each(sl.types) WHERE sl.position >= COALESCE("
    "(SELECT position FROM stage_lists s2 WHERE s2.owner = sl.owner AND s2.stage = 'signing'), "
    "1000000)"
)


def partnership_heads(
    conn: sqlite3.Connection, where: str, params: Sequence[Any], having: str = ""
) -> list[tuple[int, str | None]]:
    """(first record id, partner name) of each partnership (a partner and a local government,
    its name and country) with records matching `where` (a where_clause over `records r`,
    `partners p`) and, if given, the HAVING condition."""
    return conn.execute(
        f"SELECT min(r.id), p.name FROM records r LEFT JOIN partners p ON p.id = r.partner_id"
        f"{where} GROUP BY COALESCE(r.partner_id, -r.id), r.local_party, r.local_country"
        + (f" HAVING {having}" if having else ""),
        list(params),
    ).fetchall()


def known_stages(conn: sqlite3.Connection) -> set[str]:
    """Every stage some list of the registry names."""
    return {s for (s,) in conn.execute("SELECT DISTINCT stage FROM stage_lists")}


def record_stage(conn: sqlite3.Connection, record_id: int, text: str) -> str:
    """The key of the stage `text` names in the list the record's local party follows: a key as
    typed (`dprd_approval`, `DPRD approval`) or a stage's name in Indonesian or English
    (`persetujuan DPRD`), as an import's stage column reads it. Refused otherwise, naming the
    value as given and the close keys."""
    from kerjasama_cli.domain.stages import parse_stage, stage_named

    (local_party,) = conn.execute(
        "SELECT local_party FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    key = parse_stage(text, "STAGE")
    stages = stage_list(conn, local_party)
    listed = stages.keys()
    if key not in listed:
        key = stage_named(text, stages) or key
    check_stage(conn, key, local_party, given=text)
    return key


def same_evidence(conn: sqlite3.Connection, record_id: int, item: Evidence) -> int | None:
    """The id of the evidence row of the record that already says what `item` says (stage,
    date, number and note), if there is one."""
    row = conn.execute(
        "SELECT id FROM evidence WHERE record_id = ? AND stage = ? AND date_start IS ? "
        "AND date_end IS ? AND number IS ? AND note IS ?",
        (
            record_id,
            item.stage,
            _iso(item.date.start),
            _iso(item.date.end),
            item.number,
            item.note,
        ),
    ).fetchone()
    return None if row is None else int(row[0])


def check_stage(
    conn: sqlite3.Connection, stage: str, local_party: str | None, given: str | None = None
) -> None:
    """Refuse a stage the local party's list does not have (naming the close ones, and the
    value as the user gave it when that is not the key)."""
    stages = stage_list(conn, local_party)
    listed = stages.keys()
    if stage not in listed:
        import difflib

        close = [k for k in listed if k.startswith(stage)]
        close += difflib.get_close_matches(stage, listed, n=3, cutoff=0.6)
        close = list(dict.fromkeys(close))[:3]
        if stages.owner:
            raise ValidationError(
                "STAGE",
                given or stage,
                "not in {owner}'s stage list (`kerjasama stages list`)",
                close,
                owner=stages.owner,
            )
        raise ValidationError(
            "STAGE",
            given or stage,
            "not in the default stage list (`kerjasama stages list`)",
            close,
        )


def apply_evidence(conn: sqlite3.Connection, items: Sequence[tuple[str, Evidence]]) -> int:
    """Store a document's evidence (inside its transaction); a row already there (same record,
    stage, date, number and note) is not stored twice, so seeding again changes nothing."""
    added = 0
    for key, item in items:
        row = conn.execute("SELECT id FROM records WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise ValidationError("evidence record", key, "no record by that key")
        if (
            item.source
            and not conn.execute("SELECT 1 FROM sources WHERE key = ?", (item.source,)).fetchone()
        ):
            raise ValidationError("evidence source", item.source, "no such source key")
        if same_evidence(conn, row[0], item) is not None:
            continue
        add_evidence(conn, row[0], key, item)
        added += 1
    return added


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None
