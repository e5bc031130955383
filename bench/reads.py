"""Issue 25: every whole-registry read beside its sqlite-utils reference, at each size, in one run.

Usage (from a checkout with the package installed, `pip install -e '.[test]'`):

    python bench/reads.py                                  # 100,000 and 1,000,000 records
    python bench/reads.py --rows 20000 --rounds 2 --out /tmp/RESULTS.md

For each size: bench/data.py's rows (cached under --work), imported into a fresh registry
(`kerjasama init`, then `import`: that import, timed each round, is the reference of the
exports); then each read of the issue and its reference, side by side in every round (ours
first in even rounds, second in odd ones), each a fresh process with its output discarded and
its peak resident memory taken by GNU time. The reference is the same SQL (the same join, the
same columns, the same order) through `sqlite-utils query` in the same format; what has no
sqlite-utils equivalent (YAML) is measured against the import alone.

The figures replace the section between READS_BEGIN and READS_END of --out (bench/RESULTS.md),
which bench/run.py keeps when it rewrites the rest. A figure whose round would overrun --budget
is left with the rounds it got; the table says how many.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import data  # noqa: E402  (bench/*.py, beside this file)
from measure import GNU_TIME, Clock, Outcome, clock_text, fmt, timed  # noqa: E402

READS_BEGIN = "<!-- bench/reads.py (issue 25): generated, rerun rather than edit -->"
READS_END = "<!-- end of bench/reads.py -->"
QUERY_LIMIT = 1.5  # a read within 1.5× of its sqlite-utils query
EXPORT_LIMIT = 1.0  # an export no slower than importing the same rows
MEMORY_LIMIT_MB = 100


def reference_sql() -> dict[str, str]:
    """The SQL of each reference: our own queries' text (the same join, columns and order)."""
    from kerjasama_cli.store.fulltext.search import SEARCH_COLUMNS, stream_sql
    from kerjasama_cli.store.parties.partner_admin import _SELECT as PARTNERS
    from kerjasama_cli.store.queries.export_flat import _FLAT_SQL
    from kerjasama_cli.store.queries.reader import ROW_SQL, TABLE_SQL, order_by
    from kerjasama_cli.store.queries.streams import (
        CHRONOLOGICAL_SQL,
        TIMELINE_PEOPLE_SQL,
        YEAR_GROUP_SQL,
    )
    from kerjasama_cli.store.records.entries import EXPORT_ORDER

    listed = (
        "id, key, kind, type, partner, country, region, date_start AS date, date_start AS "
        "date_label, date_precision, date_start, date_end, governor, governor_basis, "
        "governor_candidates, sectors, status, stated_status AS status_source, valid_until, "
        "title, local_party, local_country"
    )
    # The streamed search's own query, its parameters written in: '**' around each match,
    # the FTS query as :q (`-p q`, what `search banjir` runs: search_text).
    search = stream_sql("").replace("?", "'**'", 2 * len(SEARCH_COLUMNS)).replace("?", ":q", 1)
    return {
        "list": f"SELECT {listed} FROM ({ROW_SQL} ORDER BY {order_by('date')})",
        # the piped table's own query: the columns it prints
        "list-table": f"{TABLE_SQL} ORDER BY {order_by('date')}",
        "timeline": f"{TIMELINE_PEOPLE_SQL} ORDER BY {YEAR_GROUP_SQL} IS NULL, {YEAR_GROUP_SQL}, "
        f"{CHRONOLOGICAL_SQL}",
        "search": search,
        "history": "SELECT h.id, h.at, h.command, h.entity, r.id AS entity_id, r.key AS "
        "entity_key, h.action, h.changes FROM history h JOIN records r ON r.id BETWEEN "
        "h.entity_id AND h.last_id ORDER BY h.at DESC, h.id DESC, r.id DESC",
        "partners": f"{PARTNERS} ORDER BY p.name COLLATE NOCASE, p.country, p.id",
        "export": _FLAT_SQL + EXPORT_ORDER,
    }


def search_text(db: Path, word: str) -> str:
    """The FTS query `search WORD` runs on DB (a vocabulary word brings its sector along)."""
    from kerjasama_cli.domain.search import to_fts
    from kerjasama_cli.store.fulltext.index import expander

    conn = sqlite3.connect(db)
    try:
        return to_fts(word, "TEXT", expander(conn))
    finally:
        conn.close()


@dataclass
class Read:
    """One figure: our command, its reference (or None: the import alone), the target."""

    name: str
    ours: list[str]
    ref_sql: str | None = None
    ref_args: list[str] = field(default_factory=list)
    export: bool = False
    sizes: tuple[int, ...] = ()  # only at these sizes (all when empty)


def reads() -> list[Read]:
    return [
        Read("list --format json", ["list", "--format", "json"], "list"),
        Read("list --format ndjson", ["list", "--format", "ndjson"], "list", ["--nl"]),
        Read("list --format csv", ["list", "--format", "csv"], "list", ["--csv"]),
        Read("list (piped table)", ["list"], "list-table", ["--csv"]),
        Read("timeline (piped text)", ["timeline"], "timeline", ["--csv"]),
        Read("timeline --format json", ["timeline", "--format", "json"], "timeline"),
        Read(
            "search banjir --format json",
            ["search", "banjir", "--format", "json"],
            "search",
            ["-p", "q", "{fts}"],
        ),
        Read(
            "history -n 10000000 --format json",
            ["history", "-n", "10000000", "--format", "json"],
            "history",
        ),
        Read("partners list --format json", ["partners", "list", "--format", "json"], "partners"),
        Read("export --format csv", ["export", "--format", "csv"], "export", ["--csv"], True),
        Read("export --format ndjson", ["export", "--format", "ndjson"], "export", ["--nl"], True),
        Read("export --format json", ["export", "--format", "json"], "export", [], True),
        # No sqlite-utils YAML: against the import alone.
        Read("export --format yaml", ["export", "--format", "yaml"], None, [], True),
    ]


@dataclass
class Result:
    read: Read
    rows: int
    ours: list[Outcome] = field(default_factory=list)
    ref: list[Outcome] = field(default_factory=list)
    imports: list[float] = field(default_factory=list)
    import_cpu: list[float] = field(default_factory=list)
    error: str = ""

    @staticmethod
    def _median(values: list[float]) -> float:
        return statistics.median(values) if values else 0.0

    def seconds(self, side: list[Outcome]) -> float:
        return self._median([o.seconds for o in side])

    def peak_mb(self, side: list[Outcome]) -> float:
        return self._median([o.peak_kb / 1024 for o in side])

    def cpu(self, side: list[Outcome]) -> float:
        return self._median([o.cpu for o in side])


def run_size(args: argparse.Namespace, clock: Clock, rows: int, su: str, k: str) -> list[Result]:
    csv_path, _, reused = data.cached(args.work, rows, args.seed)
    clock.say(f"{rows:,} rows: data {'reused' if reused else 'written'} ({csv_path})")
    seed_db = args.work / "seed.db"
    if not seed_db.exists():
        subprocess.run([k, "--db", str(seed_db), "init"], check=True, capture_output=True)
    db = args.work / f"reads-{rows}.db"
    env = {**os.environ, "NO_COLOR": "1", "KERJASAMA_TODAY": "2026-06-01"}
    timeout = args.timeout
    imports: list[float] = []
    import_cpu: list[float] = []

    def import_once() -> None:
        target = args.work / "import.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(seed_db, target)
        got = timed([k, "--db", str(target), "import", str(csv_path)], env, timeout * 4, True)
        if got.error:
            clock.say(f"import failed: {got.error}")
            return
        imports.append(got.seconds)
        import_cpu.append(got.cpu)
        if not db.exists():
            target.replace(db)
        clock.say(f"{rows:,} rows: import {fmt(got.seconds)}")

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    import_once()
    sqls = reference_sql()
    fts = search_text(db, "banjir")
    wanted = [r for r in reads() if not r.sizes or rows in r.sizes]
    if args.only:
        wanted = [r for r in wanted if any(part in r.name for part in args.only)]
    results = [Result(r, rows) for r in wanted]
    for round_ in range(args.rounds):
        if round_ and clock.left() > args.reserve:
            import_once()  # the export's reference, one more round
        for result in results:
            read = result.read
            if result.error or clock.left() < args.reserve:
                continue
            ours = [k, "--db", str(db), *read.ours]
            sides = [ours]
            if read.ref_sql:
                ref_args = [a.replace("{fts}", fts) for a in read.ref_args]
                sides.append([su, "query", str(db), sqls[read.ref_sql], *ref_args])
            order = sides if round_ % 2 == 0 else sides[::-1]
            got = {id(cmd): timed(cmd, env, timeout, memory=True) for cmd in order}
            mine = got[id(ours)]
            if mine.error:
                result.error = f"kerjasama: {mine.error}"
                continue
            result.ours.append(mine)
            if read.ref_sql:
                theirs = got[id(sides[1])]
                if theirs.error:
                    result.error = f"reference: {theirs.error}"
                    continue
                result.ref.append(theirs)
            ref = f" vs {fmt(result.ref[-1].seconds)}" if read.ref_sql else ""
            if read.ref_sql:
                ref += f" (CPU {mine.cpu:.1f} s vs {result.ref[-1].cpu:.1f} s)"
            clock.say(f"{rows:,} rows, round {round_ + 1}: {read.name}: "
                      f"{fmt(mine.seconds)} ({mine.peak_kb / 1024:.0f} MB){ref}")  # fmt: skip
    for result in results:
        result.imports = list(imports)
        result.import_cpu = list(import_cpu)
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    return results


def verdict(ratio: float, limit: float) -> str:
    return "met" if ratio <= limit else "**not met**"


def section(
    results: list[Result], clock: Clock, command: str, su: str, commit: str | None = None
) -> str:
    commit = commit or subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                                      capture_output=True, text=True,
                                      cwd=Path(__file__).parent).stdout.strip()  # fmt: skip
    loads = clock.loads
    version = subprocess.run([su, "--version"], capture_output=True, text=True).stdout.strip()
    out = [
        READS_BEGIN,
        "",
        "# Whole-registry reads (issue 25)",
        "",
        f"Written by `{command}` in {clock_text(clock.elapsed())} (minutes:seconds), finished "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, at commit {commit or '?'}. Every command"
        " is a fresh process, its output discarded; each round runs ours and the reference side by "
        "side (ours first in even rounds, second in odd ones); times, peak memory and CPU time "
        "(GNU time: %M, %U + %S) are medians over the rounds. On a busy machine the wall times "
        "follow the load; the CPU seconds (last column) hardly do.",
        "",
        f"- {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {version}",
        f"- **load average** (1 min) {loads[0]:.1f} at the start, {loads[-1]:.1f} at the end, "
        f"{min(loads):.1f}–{max(loads):.1f} over the run: the machine is shared by several "
        "engineers, so the absolute times vary with it; the ratios (measured side by side) less",
        "- data: bench/data.py's rows (seed 12), imported with `kerjasama import` into a fresh "
        "`kerjasama init` registry; the reference of each read is the same SQL through "
        "`sqlite-utils query` in the same format (the SQL below); an export's other reference "
        "is the import of the same rows, timed in the same run",
        "",
        "| read | records | kerjasama | peak | sqlite-utils query | peak | ratio | per round | "
        "rounds | target | result | CPU: kerjasama / reference (ratio) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        name = f"`{r.read.name}`"
        if r.error and not r.ours:
            out.append(f"| {name} | {r.rows:,} | {r.error} | | | | | | 0 | | **not measured** | |")
            continue
        ours_s, ours_mb = r.seconds(r.ours), r.peak_mb(r.ours)
        cells = [name, f"{r.rows:,}", fmt(ours_s), f"{ours_mb:.0f} MB"]
        results_text = []
        if r.ref:
            ref_s = r.seconds(r.ref)
            ratio = ours_s / ref_s
            per = [o.seconds / t.seconds for o, t in zip(r.ours, r.ref, strict=False)]
            cells += [fmt(ref_s), f"{r.peak_mb(r.ref):.0f} MB", f"{ratio:.2f}×",
                      f"{min(per):.2f}–{max(per):.2f}", str(len(per)),
                      f"≤ {QUERY_LIMIT:g}×"]  # fmt: skip
            results_text.append(verdict(ratio, QUERY_LIMIT))
        else:
            cells += ["—", "—", "—", "—", str(len(r.ours)), ""]
        memory_ok = ours_mb < MEMORY_LIMIT_MB
        results_text.append(f"memory {'met' if memory_ok else '**not met**'}")
        if r.read.export and r.imports:
            imported = statistics.median(r.imports)
            ratio = ours_s / imported
            cells[-1] = (cells[-1] + "; " if cells[-1] else "") + f"≤ import ({fmt(imported)})"
            results_text.append(f"against the import {verdict(ratio, EXPORT_LIMIT)} "
                                f"({ratio:.2f}× its time)")  # fmt: skip
        if r.error:
            results_text.append(f"stopped: {r.error}")
        cells.append("; ".join(results_text))
        # CPU seconds (user + system): what the machine's load moves least.
        theirs = (
            r.cpu(r.ref)
            if r.ref
            else (statistics.median(r.import_cpu) if r.read.export and r.import_cpu else 0.0)
        )
        mine_cpu = r.cpu(r.ours)
        who = "" if r.ref else "import "
        cells.append(
            f"{mine_cpu:.1f} s / {who}{theirs:.1f} s ({mine_cpu / theirs:.2f}×)"
            if theirs
            else f"{mine_cpu:.1f} s"
        )
        if r.ref and r.read.export and r.import_cpu:
            imported_cpu = statistics.median(r.import_cpu)
            cells[-1] += f"; import {imported_cpu:.1f} s ({mine_cpu / imported_cpu:.2f}×)"
        out.append("| " + " | ".join(cells) + " |")
    out += ["", "Peak memory, flat from size to size:", "",
            "| read | " + " | ".join(f"{n:,}" for n in sizes(results)) + " | growth |",
            "|---|" + "---|" * (len(sizes(results)) + 1)]  # fmt: skip
    for name in dict.fromkeys(r.read.name for r in results):
        peaks = [next((r.peak_mb(r.ours) for r in results
                       if r.read.name == name and r.rows == n and r.ours), 0.0)
                 for n in sizes(results)]  # fmt: skip
        growth = f"{peaks[-1] / peaks[0]:.2f}×" if peaks and peaks[0] and peaks[-1] else "—"
        cells = " | ".join(f"{p:.0f} MB" if p else "—" for p in peaks)
        out.append(f"| `{name}` | {cells} | {growth} |")
    out += ["", "The references' SQL (`sqlite-utils query DB SQL` plus the format flag shown "
            "in the figure's name: none for JSON, `--nl`, `--csv`; the piped table and text "
            "against `--csv`, the cheapest text sqlite-utils writes; the piped `list` "
            "table's reference is the query of the columns it prints, `list-table`):",
            ""]  # fmt: skip
    for name, sql in reference_sql().items():
        out += [f"<details><summary>{name}</summary>", "", "```sql", sql.strip(), "```", "",
                "</details>", ""]  # fmt: skip
    out.append(READS_END)
    return "\n".join(out) + "\n"


def sizes(results: list[Result]) -> list[int]:
    return sorted({r.rows for r in results})


def splice(text: str, block: str) -> str:
    """TEXT with its reads section replaced by BLOCK (before the hand-written analysis when
    there is no section yet, else at the end)."""
    if READS_BEGIN in text and READS_END in text:
        head, rest = text.split(READS_BEGIN, 1)
        return head + block.rstrip("\n") + rest.split(READS_END, 1)[1]
    mark = "## Analysis (hand-written)"
    if mark in text:
        head, tail = text.split(mark, 1)
        return head + block + "\n" + mark + tail
    return text.rstrip("\n") + "\n\n" + block


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rows", type=int, action="append", help="a size (repeatable)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=12)
    default_work = Path(tempfile.gettempdir()) / "kerjasama-bench"
    parser.add_argument("--work", type=Path, default=default_work)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "RESULTS.md")
    parser.add_argument("--budget", type=float, default=90, help="minutes for the whole run")
    parser.add_argument("--timeout", type=float, default=600, help="seconds a command may take")
    parser.add_argument("--reserve", type=float, default=30, help="seconds kept at the end")
    parser.add_argument("--keep", action="store_true", help="keep the registries in --work")
    parser.add_argument("--commit", help="the commit measured (default: git's HEAD)")
    parser.add_argument(
        "--only", action="append", help="only the reads whose name holds this (repeatable)"
    )
    args = parser.parse_args(argv)
    args.rows = args.rows or [100_000, 1_000_000]
    args.work.mkdir(parents=True, exist_ok=True)
    if not GNU_TIME:
        sys.exit("GNU time (/usr/bin/time) is needed for the peak memory")
    here = Path(sys.executable).parent
    k = shutil.which("kerjasama") or str(here / "kerjasama")
    su = shutil.which("sqlite-utils") or str(here / "sqlite-utils")
    clock = Clock(args.budget * 60)
    results: list[Result] = []
    for rows in args.rows:
        results += run_size(args, clock, rows, su, k)
    command = "python bench/reads.py " + " ".join(sys.argv[1:] if argv is None else argv)
    block = section(results, clock, command.strip(), su, args.commit)
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    args.out.write_text(splice(old, block), encoding="utf-8")
    clock.say(f"wrote {args.out}")


if __name__ == "__main__":
    main()
