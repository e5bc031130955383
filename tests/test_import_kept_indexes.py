"""A large import drops the secondary indexes and builds them once at the end
(store/imports/indexes.py), but the triggers that run for every record written must keep the
indexes they read: without one, each trigger's look-up reads the whole table and the import
grows with the square of its size (the row path's import of the 26,000 Wikipedia twin towns went
from 2 s to 48 s when m023's public flag began to look up a record's partnership)."""

from __future__ import annotations

import re
import sqlite3

from conftest import Run

from kerjasama_cli.store.imports.indexes import KEPT, TABLES

# Values for the NEW./OLD. columns of a trigger body, so that each statement can be planned alone.
_VALUES = {"id": "100", "partner_id": "5", "agreement_id": "7", "record_id": "100"}


def _trigger_statements(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The statements of the triggers that run for every record or evidence row written (a
    leader's or partner's edit runs its trigger once per edit, not per record)."""
    found = []
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        "('records', 'evidence')"
    ):
        body = sql[sql.index("BEGIN") + 5 : sql.rindex("END")]
        for statement in re.split(r";\s*\n|;\s+(?=(?:INSERT|UPDATE|DELETE)\b)", body):
            statement = statement.strip()
            if statement:
                planned = re.sub(
                    r"\b(?:NEW|OLD)\.(\w+)", lambda m: _VALUES.get(m.group(1), "'x'"), statement
                )
                found.append((name, planned))
    return found


def test_every_index_a_trigger_reads_is_kept_through_a_large_import(tmp_path) -> None:
    path = tmp_path / "r.db"
    Run(path)("init", "--empty")
    conn = sqlite3.connect(path)
    droppable = {
        name
        for name, table, sql in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
        if table in TABLES and not sql.upper().startswith("CREATE UNIQUE") and name not in KEPT
    }
    used: dict[str, set[str]] = {}
    statements = _trigger_statements(conn)
    assert any("public" in sql for _name, sql in statements)  # m023's flag is among them
    for name, sql in statements:
        for *_ids, detail in conn.execute("EXPLAIN QUERY PLAN " + sql):
            for index in re.findall(r"USING (?:COVERING )?INDEX (\w+)", detail):
                used.setdefault(index, set()).add(name)
    assert {"records_partner", "records_agreement"} <= used.keys()
    read_but_dropped = {index: sorted(names) for index, names in used.items() if index in droppable}
    assert not read_but_dropped, read_but_dropped
