"""`export`'s flat rows, streamed straight from SQL, equal `domain.tabular.flat_row` of each record.

export_flat.py builds the rows without a `Record` for speed; `flat_row` is the reference it is
held to (the same FIELDS, the same values), over the seeded registry and two records added by
hand (an event dated to a month, an MoU dated "awal 2024")."""

from __future__ import annotations

import sqlite3

from conftest import Run

from kerjasama_cli.domain.tabular import flat_row
from kerjasama_cli.store.queries.export_flat import flat_dicts, iter_flat
from kerjasama_cli.store.records.entries import load_record

_PARTNER = (
    "SELECT p.name, p.kind, p.country, p.region FROM records r JOIN partners p"
    " ON p.id = r.partner_id WHERE r.id = ?"
)


def test_streamed_flat_rows_equal_the_reference_row_of_each_record(seeded_run: Run):
    seeded_run("add", "--partner", "Chungnam", "--type", "visit", "--date", "2025-06")
    seeded_run(
        "add", "--partner", "Seoul", "--country", "KR", "--type", "mou", "--date", "awal 2024"
    )
    conn = sqlite3.connect(seeded_run.db)
    try:
        rows = list(flat_dicts(iter_flat(conn)))
        assert len(rows) > 20
        for row in rows:
            (record_id,) = conn.execute("SELECT id FROM records WHERE key = ?", (row["key"],))
            record = load_record(conn, record_id[0])
            assert record is not None
            found = conn.execute(_PARTNER, record_id).fetchone()
            partner = (
                dict(zip(("name", "kind", "country", "region"), found, strict=True))
                if found
                else None
            )
            assert flat_row(record, partner, row["stage"]) == row, row["key"]
    finally:
        conn.close()
