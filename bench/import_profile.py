"""Where an import's time goes: its phases, wall and CPU, and how the writer thread keeps up.

Usage: python bench/import_profile.py FILE [DB]   (DB defaults to a fresh file in a temp dir)

Runs `kerjasama --db DB import FILE` in this process with timers around the import's phases
(reading and validating rows, each phase of the end of the import, the commit) and around the
writer thread (store/import_writer.py): the CPU its inserts took on the second thread, and how
long the main thread waited for it. On a loaded machine wall times stretch but CPU times hold,
so read both: waits near zero mean SQLite's inserts are hidden behind parsing.

Last reading (100,000 rows of bench/data.py, load average 1.0): whole command 5.1 s wall,
5.5 s CPU; main thread 2.8 s CPU reading, validating and preparing batches (1.2 s of it in
flush), writer thread 1.9 s CPU (inserts and each batch's search rows), main waiting for it
0.95 s; history 0.02 s, index rebuild 0.35 s; peak RSS 119 MB. At 1,000,000 rows (load 6):
main thread 30.7 s CPU, writer 23.5 s, index rebuild 3.3 s; peak RSS 146 MB.
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
