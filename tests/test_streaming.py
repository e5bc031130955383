"""Whole-registry reads stream (issue 25): a closed pipe ends them at once and quietly, their
peak memory does not grow with the registry, and what they print is what the buffered paths
print (`--limit` still holds its page; the terminal table still buffers).

The large registries are built once per module with the set-wise import, as users build them.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import TypeVar

import pytest
from conftest import early

from kerjasama_cli.domain.grouping import by_year
from kerjasama_cli.render.fields import row_date

# BIG for the closed pipe (the 200,000 records); MID for memory (five times SMALL: a
# read that held its rows would grow by ~24 MB, three times the margin allowed, at under a third
# of BIG's cost: the suite must stay under CI's ten minutes).
BIG, MID, SMALL = 200_000, 60_000, 12_000
T = TypeVar("T")
COUNTRIES = ["Korsel", "Jepang", "Belanda", "Tiongkok", "Jerman", "Prancis"]
TYPES = ["mou", "kota kembar", "loi", "kunjungan", "pertemuan"]


def _rows(n: int) -> list[list[str]]:
    """N flat records: 500 partners, six countries, days, months, years and spans of years."""
    header = ["mitra", "negara", "jenis", "tanggal", "bidang", "judul", "penandatangan", "kunci"]
    body = []
    for i in range(n):
        year = 1990 + i % 35
        date = [f"{year}-{i % 12 + 1:02d}-{i % 28 + 1:02d}", f"{year}-{i % 12 + 1:02d}",
                str(year), f"{year}-03-01..{year + 1}-02-01"][i % 4]  # fmt: skip
        body.append(
            [
                f"Kota {i % 500}",
                COUNTRIES[i % 500 % 6],
                TYPES[i % 5],
                date,
                "banjir; pendidikan" if i % 2 else "kesehatan",
                f"Kerja sama {i} tentang banjir" if i % 3 else f"Kunjungan {i}",
                "Anies Baswedan (Gubernur)" if i % 5 == 0 else "",
                f"k-{i}",
            ]
        )
    return [header, *body]


def _registry(directory: Path, n: int) -> Path:
    source = directory / f"rows-{n}.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(_rows(n))
    db = directory / f"r{n}.db"
    for args in (["init"], ["import", str(source)]):
        done = _kerjasama(db, *args)
        assert done.returncode == 0, done.stderr
    return db


def _kerjasama(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kerjasama_cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "KERJASAMA_LANG": "en"},
        timeout=600,
    )


def _measured(directory: Path) -> dict[str, dict]:
    """The SMALL, MID and BIG registries, and what every long read of the module's tests gave on
    them: `_into_head` of each CLOSED_PIPE_READS on BIG, `_peak_kb` of each MEMORY_READS on SMALL
    and MID (a measurement that failed is kept as its exception, for its own test to raise).

    Each read is a process of its own, measured alone (its own counts, its own peak), so two run
    side by side, and all of them beside the tests when the session starts them early
    (conftest's `early`: the module's reads are a fifth of the suite)."""
    registries = {n: _registry(directory, n) for n in (SMALL, MID, BIG)}

    def kept(future: Future) -> object:
        try:
            return future.result()
        except Exception as error:  # raised by the test that reads it
            return error

    with ThreadPoolExecutor(max_workers=2) as pool:
        closed = {
            tuple(args): pool.submit(_into_head, registries[BIG], args, directory, 2000)
            for args in CLOSED_PIPE_READS
        }
        peaks = {
            (n, *args): pool.submit(_peak_kb, registries[n], args)
            for args in MEMORY_READS
            for n in (SMALL, MID)
        }
        whole = pool.submit(_whole_ticks, registries[BIG], HEAD_READ, directory)
        head = pool.submit(_into_head, registries[BIG], HEAD_READ, directory)
        return {
            "registries": registries,
            "head": {"whole": kept(whole), "into": kept(head)},
            "closed": {key: kept(future) for key, future in closed.items()},
            "peaks": {key: kept(future) for key, future in peaks.items()},
        }


def _measurement(value: T | Exception) -> T:
    """A measurement `_measured` kept: its value, or the exception it raised."""
    if isinstance(value, Exception):
        raise value
    return value


EARLY = {"measured": _measured}


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return early(__name__, "measured", tmp_path_factory)  # type: ignore[return-value]


@pytest.fixture(scope="module")
def registries(measured: dict[str, dict]) -> dict[int, Path]:
    return measured["registries"]


# `python -m kerjasama_cli ARGS` with SQLite's progress handler counting its virtual machine's
# steps (one tick per 1,000 instructions, on every connection it opens) into an 8-byte shared
# file, which the test reads while the process runs and after it ends: how much of the registry
# a command read, counted instead of timed (bench/pipe.py times it beside its reference).
COUNTING = """
import mmap, runpy, sqlite3, struct, sys
with open(sys.argv[1], "r+b") as counter:
    shared = mmap.mmap(counter.fileno(), 8)
ticks = 0
def tick():
    global ticks
    ticks += 1
    struct.pack_into("q", shared, 0, ticks)
    return 0
connect = sqlite3.connect
def counted(*args, **kwargs):
    conn = connect(*args, **kwargs)
    conn.set_progress_handler(tick, 1000)
    return conn
sqlite3.connect = counted
sys.argv = ["kerjasama", *sys.argv[2:]]
runpy.run_module("kerjasama_cli", run_name="__main__", alter_sys=True)
"""


class Counter:
    """The shared file the counting wrapper writes its ticks to."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(tempfile.mkstemp(dir=folder)[1])
        self.path.write_bytes(bytes(8))

    def command(self, db: Path, args: list[str]) -> list[str]:
        return [sys.executable, "-c", COUNTING, str(self.path), "--db", str(db), *args]

    def ticks(self) -> int:
        return struct.unpack("q", self.path.read_bytes())[0]

    def settled(self, process: subprocess.Popen) -> int:
        """The ticks once the writer has filled the pipe and waits (unchanged over three looks
        50 ms apart, at most 10 s): what it did after the close is then the close's doing alone.
        A pause, not a measure: a writer paused by the load only makes the margin smaller."""
        seen = [self.ticks()]
        for _ in range(200):
            if len(seen) >= 3 and seen[-3] == seen[-1] or process.poll() is not None:
                break
            time.sleep(0.05)
            seen.append(self.ticks())
        return seen[-1]


def _into_head(
    db: Path, args: list[str], folder: Path, size: int = 100
) -> tuple[bytes, int, int, int, str]:
    """`kerjasama ARGS | head -c SIZE`, the pipe read and closed here as `head` does: what was
    read, the ticks (thousands of SQLite steps) kerjasama had made when the pipe closed and when
    it ended, its exit status and its stderr."""
    counter = Counter(folder)
    env = {**os.environ, "NO_COLOR": "1", "KERJASAMA_LANG": "en"}
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            counter.command(db, args), stdout=subprocess.PIPE, stderr=err, env=env
        )
        assert process.stdout is not None
        head = process.stdout.read(size)
        closed = counter.settled(process)
        process.stdout.close()  # what head does once it has its bytes
        process.wait(timeout=600)  # a hang, not a pace: the ticks say how much was read
        err.seek(0)
        return head, closed, counter.ticks(), process.returncode, err.read().decode()


def _whole_ticks(db: Path, args: list[str], folder: Path) -> int:
    """The ticks `kerjasama ARGS` makes to write everything (to /dev/null)."""
    counter = Counter(folder)
    done = subprocess.run(counter.command(db, args), stdout=subprocess.DEVNULL, timeout=600)
    assert done.returncode == 0
    return counter.ticks()


@cache
def _scan_ticks(db: Path) -> int:
    """The ticks of reading every record once (`SELECT * FROM records`), in this process: a
    count of the registry's steps, the same for every test that reads the module's registry,
    so counted once."""
    conn = sqlite3.connect(db)
    ticks = 0

    def tick() -> int:
        nonlocal ticks
        ticks += 1
        return 0

    conn.set_progress_handler(tick, 1000)
    for _ in conn.execute("SELECT * FROM records"):
        pass
    conn.close()
    return ticks


HEAD_READ = ["list", "--format", "json"]


def test_list_json_into_head_reads_a_fraction_of_the_registry(measured: dict[str, dict]) -> None:
    # Counted, not timed: the first 100 bytes need the first rows, not the registry; a closed
    # pipe stops the query rather than letting it read the rest. (Both counts taken by
    # `_measured`, beside the tests.)
    whole = _measurement(measured["head"]["whole"])
    head, _, ticks, status, err = _measurement(measured["head"]["into"])
    assert head.startswith(b'[\n  {"id": ') and len(head) == 100
    assert (status, err) == (0, "")
    assert ticks < whole / 10, f"{ticks} thousand steps into head, {whole} for everything"


# The long reads a closed pipe must end, in the order the tests run them.
CLOSED_PIPE_READS = [
    ["list", "--format", "csv"],
    ["list", "--format", "ndjson"],
    ["list"],
    ["list", "--format", "markdown"],
    ["list", "--sort", "end"],
    ["list", "--status", "active"],
    ["list", "--by-governor"],
    ["list", "--by-governor", "--format", "json"],
    ["search", "banjir", "--format", "json"],
    ["search", "banjir", "--limit", "150000"],
    ["timeline"],
    ["timeline", "--format", "json"],
    ["timeline", "--by", "partner"],
    ["timeline", "--by", "governor", "--format", "json"],
    ["export", "--format", "csv"],
    ["export", "--format", "json"],
    ["export", "--format", "yaml"],
    ["history", "-n", "200000", "--format", "ndjson"],
]


@pytest.mark.parametrize("args", CLOSED_PIPE_READS, ids=" ".join)
def test_a_closed_pipe_ends_every_long_read_quietly(
    registries: dict[int, Path], measured: dict[str, dict], args: list[str]
) -> None:
    head, closed, ended, status, err = _measurement(measured["closed"][tuple(args)])
    assert len(head) == 2000
    assert (status, err) == (0, "")  # no BrokenPipeError, no "Exception ignored"
    # At once: after the pipe closed, never the rest of the registry (a tenth of one scan of the
    # records at most: what the full pipe buffer held back). What must sort every match first
    # (a ranking, groups) has done so before its first byte.
    scan = _scan_ticks(registries[BIG])
    assert ended - closed < scan / 10, (closed, ended, scan)


def _peak_kb(db: Path, args: list[str]) -> int:
    """The peak resident set of `kerjasama ARGS` (output discarded), measured by a small
    wrapper process (wait4 of a direct child counts what it shared with pytest at fork)."""
    wrapper = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    command = [sys.executable, "-m", "kerjasama_cli", "--db", str(db), *args]
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *command],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


# The reads whose peak memory must not grow, in the order the tests run them.
MEMORY_READS = [
    ["list", "--format", "json"],
    ["list"],
    ["timeline", "--format", "json"],
    ["search", "banjir", "--format", "ndjson"],
    ["export", "--format", "json"],
    ["export", "--format", "csv"],
    ["export", "--format", "yaml"],
    ["list", "--format", "markdown"],
    ["list", "--sort", "end"],
    ["list", "--by-governor"],
    ["list", "--by-governor", "--format", "json"],
    ["timeline", "--by", "partner", "--format", "json"],
    ["timeline", "--by", "governor"],
    ["search", "banjir", "--limit", "150000", "--format", "json"],
]


@pytest.mark.parametrize("args", MEMORY_READS, ids=" ".join)
def test_peak_memory_does_not_grow_with_the_registry(
    measured: dict[str, dict], args: list[str]
) -> None:
    small, big = (_measurement(measured["peaks"][(n, *args)]) for n in (SMALL, MID))
    assert big < 100 * 1024, f"{big / 1024:.0f} MB at {MID:,} records"
    # Five times the records, the same memory (rows held would add ~40 MB here).
    assert big - small < 8 * 1024, f"{small / 1024:.0f} MB → {big / 1024:.0f} MB"


def test_ndjson_lines_are_the_json_array_elements(registries: dict[int, Path]) -> None:
    db = registries[SMALL]
    for args in (["list", "-c", "KR"], ["search", "banjir", "-n", "300"], ["partners", "list"],
                 ["history", "-n", "50"]):  # fmt: skip
        array = json.loads(_kerjasama(db, *args, "--format", "json").stdout)
        lines = _kerjasama(db, *args, "--format", "ndjson").stdout.splitlines()
        assert len(array) > 1 and [json.loads(line) for line in lines] == array


def test_streamed_outputs_equal_the_buffered_ones(registries: dict[int, Path]) -> None:
    """The piped table and search lines are written as rows come, aligned on the distinct
    values; with --limit the rows are held first: the text is the same."""
    db = registries[SMALL]
    for args in (["list"], ["list", "-c", "JP", "--sort", "partner"], ["search", "banjir"]):
        streamed = _kerjasama(db, *args).stdout
        held = _kerjasama(db, *args, "--limit", "10000000").stdout
        assert streamed == held and streamed.count("\n") > 1000


def test_timeline_streams_in_the_order_of_the_year_grouping(registries: dict[int, Path]) -> None:
    """SQL sorts the timeline as grouping.by_year does (year group, then the date's sort key,
    then the id), so each group is written as its rows arrive."""
    db = registries[SMALL]
    rows = json.loads(_kerjasama(db, "list", "--format", "json").stdout)
    expected = [(g.label, r["id"]) for g in by_year(rows, row_date) for r in g.rows]
    items = json.loads(_kerjasama(db, "timeline", "--format", "json").stdout)
    assert [(i["group"], i["id"]) for i in items] == expected


def test_a_very_long_terminal_table_shows_a_screenful_and_says_how_many(
    registries: dict[int, Path],
) -> None:
    from conftest import run_in_terminal

    db = registries[SMALL]
    shown = run_in_terminal("list", db=db, columns=120, env={"KERJASAMA_LANG": "en"})
    import re

    notice = re.search(
        r"the first 44 of (\d+) records: see them all with `kerjasama list \.\.\. \| less -S`",
        " ".join(shown.split()),
    )
    assert notice and int(notice.group(1)) >= SMALL  # (and the seed's records)
    assert "--limit or a filter" in shown and shown.count("\n") < 70  # a 50-line terminal
    # A table of up to a thousand rows is drawn whole, with its count as before.
    whole = run_in_terminal(
        "list", "--limit", "1000", db=db, columns=120, env={"KERJASAMA_LANG": "id"}
    )
    # `list -n` says the total too (issue 21): "1000 dari 20022 catatan".
    assert re.search(r"\b1000 dari \d+ catatan", whole) and "pertama dari" not in whole


def test_a_very_long_terminal_search_shows_a_screenful_and_says_how_many(
    registries: dict[int, Path],
) -> None:
    from conftest import run_in_terminal

    db = registries[SMALL]
    shown = run_in_terminal("search", "banjir", db=db, columns=120, env={"KERJASAMA_LANG": "en"})
    import re

    notice = re.search(
        r"the first 22 of (\d+) matches: see them all with `kerjasama search \.\.\. \| less -S`",
        " ".join(shown.split()),
    )
    assert notice and int(notice.group(1)) > 10_000
    assert shown.count("\n") < 70  # a 50-line terminal: 22 matches of two lines
    # A page of up to a thousand matches is drawn whole, as before.
    page = run_in_terminal("search", "banjir", "-n", "300", db=db, columns=120)
    assert "300 matches" in " ".join(page.split()) and "the first" not in page


@pytest.mark.parametrize("by", ["year", "partner", "governor"])
def test_a_very_long_terminal_timeline_shows_a_screenful_and_says_how_many(
    registries: dict[int, Path], by: str
) -> None:
    from conftest import run_in_terminal

    db = registries[SMALL]
    env = {"KERJASAMA_LANG": "en"}
    shown = run_in_terminal("timeline", "--by", by, db=db, columns=120, env=env)
    import re

    notice = re.search(
        r"the first 14 of (\d+) records: see them all with `kerjasama timeline \.\.\. \| less`",
        " ".join(shown.split()),
    )
    assert notice and int(notice.group(1)) >= SMALL
    assert shown.count("\n") < 80  # a 50-line terminal, not twenty thousand records


def test_a_very_long_terminal_list_by_governor_shows_a_screenful(
    registries: dict[int, Path],
) -> None:
    from conftest import run_in_terminal

    db = registries[SMALL]
    shown = run_in_terminal(
        "list", "--by-governor", db=db, columns=120, env={"KERJASAMA_LANG": "en"}
    )
    import re

    text = " ".join(shown.split())
    notice = re.search(r"the first (\d+) of (\d+) records: see them all", text)
    assert notice and int(notice.group(2)) >= SMALL and int(notice.group(1)) < 50
    assert shown.count("\n") < 70
