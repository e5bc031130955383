"""Search and validity at scale: write cost of the FTS triggers, and query times.

Usage: PYTHONPATH=src python bench/search.py [RECORDS]

Builds two registries of RECORDS synthetic agreements (each with two signatories, four
sectors, a source and a partner with two aliases) through the normal writer, one with the
search index and one without (the current schema less the index's triggers), and reports the
load times. Then
times, on the indexed one, the queries the commands run: `search` (a rare and a common word),
`list --query`, `list --status`, `list --expiring`, and a count by status. Times are the median
of several runs, in-process (no interpreter start-up).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.records import Dataset, Partner, Person, Record, Source
from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.fulltext.external import drop_triggers
from kerjasama_cli.store.fulltext.search import search_rows
from kerjasama_cli.store.queries.reader import STATUS_SQL, query_rows
from kerjasama_cli.store.records.applying import apply_dataset

SECTORS = ["trade", "health", "education", "flood_management", "culture", "transport", "waste"]
TYPES = ["loi", "mou", "agreement", "sister_city", "programme"]
COUNTRIES = ["KR", "CN", "JP", "MY", "DE", "NL", "US", "IN", "FR", "AU"]


def dataset(n: int) -> Dataset:
    partners = [
        Partner(f"city-{i}", f"City {i}", "city", COUNTRIES[i % 10], None, (f"C{i}", f"Kota {i}"))
        for i in range(max(n // 4, 1))
    ]
    records = []
    for i in range(n):
        day = dt.date(2000, 1, 1) + dt.timedelta(days=(i * 37) % 9000)
        records.append(
            Record(
                key=f"r-{i}",
                kind="agreement",
                type=TYPES[i % 5],
                partner=partners[i % len(partners)].key,
                date=FuzzyDate(day, day, "day"),
                local_party="DKI Jakarta",
                title=f"Cooperation {i} on {SECTORS[i % 7].replace('_', ' ')}",
                summary=f"Summary of agreement {i}: ports, parks, hospitals and schools. "
                + ("Rare word zebracrossing." if i % 1000 == 0 else ""),
                people=(
                    Person("home", f"Governor {i % 9}", "Gubernur"),
                    Person("partner", f"Mayor {i}", "Mayor"),
                ),
                sectors=tuple(SECTORS[(i + k) % 7] for k in range(4)),
                term_years=float(1 + i % 6),
                sources=("src",),
            )
        )
    return Dataset(
        home_party="DKI Jakarta",
        home_country="ID",
        sources=[Source("src", "Example Daily", "Jakarta signs agreements")],
        partners=partners,
        records=records,
    )


def load(path: Path, data: Dataset, indexed: bool) -> float:
    store = open_store(path)
    if not indexed:
        # The current writer needs the current tables; without the triggers nothing is indexed.
        with store.transaction() as conn:
            drop_triggers(conn)
    start = time.perf_counter()
    with store.transaction() as conn:
        apply_dataset(conn, data)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def timed(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    os.environ.setdefault("KERJASAMA_TODAY", "2025-06-01")
    data = dataset(n)
    with tempfile.TemporaryDirectory() as tmp:
        plain = load(Path(tmp) / "plain.db", data, indexed=False)
        indexed = load(Path(tmp) / "indexed.db", data, indexed=True)
        print(
            f"{n} records: load without index {plain:.2f} s, with index {indexed:.2f} s "
            f"({indexed / plain:.1f}x)"
        )
        store = open_store(Path(tmp) / "indexed.db")
        conn = store.conn
        cases = {
            "search zebracrossing (rare)": lambda: search_rows(
                conn, "zebracrossing", RecordFilter()
            ),
            "search hospitals (every record)": lambda: search_rows(
                conn, "hospitals", RecordFilter()
            ),
            "search hospitals --limit 20": lambda: search_rows(
                conn, "hospitals", RecordFilter(), 20
            ),
            "search banjir --country KR": lambda: search_rows(
                conn, "banjir", RecordFilter(countries=("KR",))
            ),
            "list --query banjir": lambda: query_rows(conn, RecordFilter(query="banjir")),
            "list (no filter)": lambda: query_rows(conn, RecordFilter()),
            "list --status expiring": lambda: query_rows(conn, RecordFilter(status=("expiring",))),
            "list --expiring 1y": lambda: query_rows(
                conn, RecordFilter(expiring_by=dt.date(2026, 6, 1)), "end"
            ),
            "count by status (SQL)": lambda: conn.execute(
                f"SELECT {STATUS_SQL}, count(*) FROM records r GROUP BY 1"
            ).fetchall(),
        }
        for name, fn in cases.items():
            rows = fn()
            print(f"  {name:34} {timed(fn):8.1f} ms  ({len(rows)} rows)")
        store.close()


if __name__ == "__main__":
    main()
