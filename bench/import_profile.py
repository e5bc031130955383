"""Where an import's time goes: its phases, wall and CPU, and how the writer thread keeps up.

Usage: python bench/import_profile.py FILE [DB]   (DB defaults to a fresh file in a temp dir)

Runs `kerjasama --db DB import FILE` in this process with timers around the import's phases
(reading and validating rows, each phase of the end of the import, the commit) and around the
writer thread (store/import_writer.py): the CPU its inserts took on the second thread, and how
long the main thread waited for it. On a loaded machine wall times stretch but CPU times hold,
so read both: waits near zero mean SQLite's inserts are hidden behind parsing.
"""

from __future__ import annotations

import functools
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

TIMES: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])  # wall, thread CPU, calls


def _timed(owner: Any, name: str, label: str) -> None:
    """Wrap owner.name (when it exists) to add its wall and thread CPU time under `label`."""
    original = getattr(owner, name, None)
    if original is None:
        return

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            entry = TIMES[label]
            entry[0] += time.perf_counter() - wall
            entry[1] += time.thread_time() - cpu
            entry[2] += 1

    setattr(owner, name, wrapper)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) > 1 else 2)
    source = sys.argv[1]
    folder = tempfile.mkdtemp(prefix="kerjasama-profile-")
    db = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(folder) / "profile.db"

    from kerjasama_cli.store import bulk_indexes, history, import_writer, importing, search_bulk

    _timed(importing, "_read", "read, validate, write batches (streaming)")
    _timed(importing.RecordImporter, "flush", "  flush (main thread, incl. waits)")
    _timed(import_writer.BatchWriter, "wait", "  waiting for the writer thread")
    _timed(import_writer.BatchWriter, "_write", "  writer thread: inserts")
    _timed(importing.RecordImporter, "finish", "finish (last batches, history)")
    _timed(history.HistoryBuffer, "log_inserted_records", "  history rows")
    _timed(search_bulk.BulkIndex, "refresh", "search index refresh")
    _timed(bulk_indexes.SecondaryIndexes, "restore", "secondary index rebuild")
    _timed(importing, "import_rows", "import_rows (all of it, commit included)")

    from kerjasama_cli.cli.app import app

    start, cpu = time.perf_counter(), os.times()
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
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS {peak:.0f} MB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
