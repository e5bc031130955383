"""Where an import's time goes: its phases and statements, wall and CPU, and peak memory.

Usage: python bench/import_profile.py FILE [DB]   (DB defaults to a fresh file in a temp dir)

Runs `kerjasama --db DB import FILE` in this process with timers around the set-wise import's
phases (store/imports/setwise.py: each chunk's staging, its distinct values, ids, partners, and each
INSERT … SELECT by its table; the index rebuild; the whole import with its commit) and around
the waits for the second process that reads a large file (files/bulk_rows.py). On a loaded
machine wall times stretch but CPU times hold, so read both: the reader's waits near zero mean
its parsing is hidden behind SQLite's work. A file the set-wise path declines is imported again
row by row (store/imports/rowwise.py), whose phases are timed too.

Last reading (1,000,000 rows of bench/data.py, idle machine, 8 KB pages): whole command 16.3 s;
records 4.0 s, search rows 3.5 s, staging 2.3 s, index rebuild 1.8 s, sectors 0.9 s, distinct
values 0.8 s, waiting for the reader 0.7 s; peak RSS 130 MB here, 68 MB in the reader.
"""

from __future__ import annotations

import functools
import os
import resource
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

TIMES: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])  # wall, thread CPU, calls
PEAKS: dict[str, int] = defaultdict(int)  # phase -> highest resident set size seen in it, KB
PHASE = ["start-up"]


def _rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _sample(stop: threading.Event) -> None:
    """Every 50 ms: the resident set size, charged to the phase running (Linux only)."""
    while not stop.wait(0.05):
        PEAKS[PHASE[-1]] = max(PEAKS[PHASE[-1]], _rss_kb())


def _timed(owner: Any, name: str, label: str) -> None:
    """Wrap owner.name (when it exists) to add its wall and thread CPU time under `label`."""
    original = getattr(owner, name, None)
    if original is None:
        return

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        phased = threading.current_thread() is threading.main_thread() and not label.startswith(" ")
        if phased:
            PHASE.append(label)
        try:
            return original(*args, **kwargs)
        finally:
            if phased:
                PHASE.pop()
            entry = TIMES[label]
            entry[0] += time.perf_counter() - wall
            entry[1] += time.thread_time() - cpu
            entry[2] += 1

    setattr(owner, name, wrapper)


class _Statements:
    """A connection whose statements are timed by the first words of their SQL."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def _time(self, how: str, sql: str, *args: Any) -> Any:
        label = "  " + " ".join(sql.replace("(", " ").split()[:3]).lower()
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return getattr(self.conn, how)(sql, *args)
        finally:
            entry = TIMES[label]
            entry[0] += time.perf_counter() - wall
            entry[1] += time.thread_time() - cpu
            entry[2] += 1

    def execute(self, sql: str, *args: Any) -> Any:
        return self._time("execute", sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._time("executemany", sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) > 1 else 2)
    source = sys.argv[1]
    folder = tempfile.mkdtemp(prefix="kerjasama-profile-")
    db = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(folder) / "profile.db"

    from kerjasama_cli.files import bulk_rows
    from kerjasama_cli.store.imports import indexes as bulk_indexes
    from kerjasama_cli.store.imports import rowwise as importing
    from kerjasama_cli.store.imports import setwise as import_bulk
    from kerjasama_cli.store.imports import values as bulk_values

    _timed(import_bulk.BulkLoad, "take", "set-wise: chunks (all of it)")
    _timed(bulk_values.DistinctValues, "add", "  distinct values, normalised")
    _timed(import_bulk.BulkLoad, "_order", "  record ids")
    _timed(import_bulk.BulkLoad, "_write_partners", "  new partners")
    _timed(import_bulk.BulkLoad, "finish", "set-wise: history, temporary tables")
    _timed(bulk_rows, "_receive", "waiting for the reading process")
    _timed(bulk_indexes.SecondaryIndexes, "restore", "secondary index rebuild")
    _timed(import_bulk, "import_bulk", "import_bulk (all of it, commit included)")
    _timed(importing, "import_rows", "row path: import_rows (a declined file)")
    # Each statement of a chunk, by what it writes.
    original_init = import_bulk.BulkLoad.__init__

    def init(self: Any, conn: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, conn, *args, **kwargs)
        self.conn = _Statements(conn)

    import_bulk.BulkLoad.__init__ = init  # type: ignore[method-assign]

    from kerjasama_cli.cli.app import app

    start, cpu = time.perf_counter(), os.times()
    stop = threading.Event()
    sampler = threading.Thread(target=_sample, args=(stop,), daemon=True)
    if os.path.exists("/proc/self/status"):
        sampler.start()
    try:
        app(["--db", str(db), "import", source], standalone_mode=False)
    finally:
        wall = time.perf_counter() - start
        spent = os.times()
        print(f"{'phase':46} {'wall s':>8} {'CPU s':>8} {'calls':>6}")
        for label, (w, c, n) in TIMES.items():
            print(f"{label:46} {w:8.2f} {c:8.2f} {n:6}")
        user, system = spent.user - cpu.user, spent.system - cpu.system
        print(f"{'whole command (process CPU: both threads)':46} {wall:8.2f} {user + system:8.2f}")
        stop.set()
        for phase, kb in PEAKS.items():
            print(f"peak RSS in {phase}: {kb / 1024:.0f} MB")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS {peak:.0f} MB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
