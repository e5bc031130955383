"""Every figure of issue 12 against its reference, side by side, in one run; writes RESULTS.md.

Usage (from a checkout with the package installed, `pip install -e '.[test]'`):

    python bench/run.py                      # 1,000,000 rows, within a 15-minute budget
    python bench/run.py --rows 100000        # smaller, quicker
    python bench/run.py --rows 20000 --out /tmp/RESULTS.md

Every command is a fresh process, as a user runs it; each round runs ours and the reference
side by side (ours first in even rounds, second in odd ones); the tables give medians. In order,
cheapest first, so that a run cut short still says the most:

1. data: seeded rows from bench/data.py as CSV and NDJSON, cached under --work by (rows, seed);
2. start-up: `list --format json --limit 20` against `sqlite-utils rows … --limit 20`, with the
   bytecode cache and without it (PYTHONDONTWRITEBYTECODE=1 and an empty PYTHONPYCACHEPREFIX:
   every module compiled from source, for both), --startup-rounds rounds;
3. peak memory at the small size (--small, default a tenth of --rows): `kerjasama import` of
   the first rows of the same files, under `/usr/bin/time -f %M`;
4. round 1 of the imports at full size (CSV, NDJSON against `sqlite-utils insert`, CSV against
   `sqlite3 .import`), with peak memory; our first CSV import is kept as the file every query
   runs on; its size, and where the bytes go (dbstat);
5. round 1 of the queries (each against its SQL through `sqlite-utils query`) and of the single
   writes (`add`, `edit` against `list --limit 1`);
6. rounds 2 to --rounds of the queries and writes, then of the imports, each round only when
   its estimated cost (the last round's) still fits the budget. RESULTS.md gives the rounds
   each figure got;
7. profiles (cProfile, unless --no-profile): our import at the small size (at step 3), and each
   query or write that missed its target, while the budget lasts.

Disk: at 1,000,000 rows the cached CSV and NDJSON take ~370 MB, the run's databases up to
~2 GB at once (deleted at the end).

Each command is time-boxed (an import to 30% of the budget, anything else to 5%, at least 30
s): one that runs out of time, or fails, is reported as such and not run again. Progress and an
estimate of the time left go to stderr. RESULTS.md is written from the run, and ends with the
hand-written analysis kept in bench/ANALYSIS.md (included as it is: rerunning keeps it).
"""

from __future__ import annotations

import argparse
import os
import shlex
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
import figures  # noqa: E402
import profiles  # noqa: E402
import reads  # noqa: E402
import results  # noqa: E402
from measure import Clock, Figure, Outcome, fmt, pair, timed  # noqa: E402

IMPORT_SHARE, COMMAND_SHARE, MIN_TIMEOUT = 0.30, 0.05, 30.0
NO_CACHE = ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
RESERVE = 15.0  # seconds kept for the size query, clean-up and writing RESULTS.md


@dataclass
class Bench:
    """One run: its settings, tools, the figures measured so far and what else was found."""

    args: argparse.Namespace
    clock: Clock
    work: Path
    kerjasama: str
    sqlite_utils: str
    sqlite3_cli: str | None
    env: dict[str, str]
    sections: dict[str, list[Figure]] = field(default_factory=dict)
    peaks: dict[tuple[str, int], int] = field(default_factory=dict)  # (command, rows) → KB
    sizes: dict[str, int] = field(default_factory=dict)
    breakdown: list[tuple[str, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    costs: dict[str, float] = field(default_factory=dict)  # a round's seconds, by phase
    importtime: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    profiles: list[profiles.Profile] = field(default_factory=list)

    def timeout(self, importing: bool = False) -> float:
        share = IMPORT_SHARE if importing else COMMAND_SHARE
        return max(MIN_TIMEOUT, self.clock.budget * share)

    def eta(self, queries_left: int, imports_left: int) -> float:
        """Seconds left: the query rounds to come, and as many import rounds as will fit."""
        q, i = self.costs.get("queries", 0.0), self.costs.get("imports", 0.0)
        spare = self.clock.left() - RESERVE - queries_left * q
        fit = min(imports_left, max(int(spare // i), 0)) if i else imports_left
        return queries_left * q + fit * i

    # -- start-up -------------------------------------------------------------------------

    def warm_up(self, seed: Path) -> None:
        """Run both start-up commands once, so that their bytecode caches exist (and say so
        when ours cannot be written: every figure would then include compiling the package)."""
        first = figures.startup(self.kerjasama, self.sqlite_utils, seed)[0]
        timed(first.ours, self.env, self.timeout())
        timed(first.ref, self.env, self.timeout())
        probe = [sys.executable, "-c", "import importlib.util as u, os, kerjasama_cli.cli.app as "
                 "m; print(os.path.exists(u.cache_from_source(m.__file__)))"]  # fmt: skip
        found = subprocess.run(probe, env=self.env, capture_output=True, text=True).stdout
        if found.strip() != "True":
            self.notes.append("kerjasama's bytecode cache could not be written (read-only "
                              "install?): every figure includes compiling its modules")  # fmt: skip

    def startup(self, seed: Path) -> None:
        pairs = figures.startup(self.kerjasama, self.sqlite_utils, seed)
        cache = self.work / "empty-pycache"
        cache.mkdir(exist_ok=True)
        cold = {**self.env, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(cache)}
        for p, env in zip(pairs, (self.env, cold), strict=True):
            for r in range(self.args.startup_rounds):
                pair(p.figure, p.ours, p.ref, env, r, self.timeout())
            self.report(p.figure)
        self.sections["Start-up"] = [p.figure for p in pairs]

    # -- imports ------------------------------------------------------------------------------

    def small_imports(self, seed: Path, small_csv: Path, small_nd: Path, rows: int) -> None:
        """Peak memory (and a first speed, for the time estimate) at the small size."""
        for path in (small_csv, small_nd):
            db = self.work / "small.db"
            shutil.copy(seed, db)
            got = timed([self.kerjasama, "--db", str(db), "import", str(path)], self.env,
                        self.timeout(importing=True), memory=True)  # fmt: skip
            unlink_db(db)
            label = f"kerjasama import ({path.suffix[1:].upper()})"
            if got.error:
                self.notes.append(f"{label} of {rows:,} rows failed: {got.error}")
                continue
            self.peaks[(label, rows)] = got.peak_kb
            self.costs["small"] = self.costs.get("small", 0) + got.seconds
            self.clock.say(f"{label}, {rows:,} rows: {fmt(got.seconds)}, "
                           f"{got.peak_kb / 1024:.0f} MB")  # fmt: skip
        if self.args.profile:
            db = self.work / "small.db"
            shutil.copy(seed, db)
            found = profiles.profile(
                f"{rows:,} rows", f"kerjasama --db DB import {small_csv.name}",
                ["--db", str(db), "import", str(small_csv)], self.env, self.work / "import.prof",
                self.timeout(importing=True))  # fmt: skip
            unlink_db(db)
            self.profiles.append(found)
            self.clock.say(f"profiled the import of {rows:,} rows: {fmt(found.seconds)}")

    def import_round(self, r: int, seed: Path, csv_path: Path, nd_path: Path, keep: Path) -> None:
        """Round R of the three import figures; round 0's CSV import is kept as KEEP."""
        ours, theirs = self.work / "ours.db", self.work / "theirs.db"
        pairs = figures.imports(self.kerjasama, self.sqlite_utils, self.sqlite3_cli, csv_path,
                                nd_path, ours, theirs)  # fmt: skip
        if "Import" not in self.sections:
            self.sections["Import"] = [p.figure for p in pairs]
        table = self.sections["Import"]
        start = self.clock.elapsed()
        for i, p in enumerate(pairs[:2]):
            unlink_db(ours)
            unlink_db(theirs)
            shutil.copy(seed, ours)
            # Round 1's CSV import makes the file every query runs on: it gets what is left of
            # the budget rather than the usual time-box.
            limit = self.timeout(True) if r or i else max(self.timeout(True), self.clock.left())
            got = pair(table[i], p.ours, p.ref, self.env, r, limit, memory=True)
            self.peak(f"kerjasama import ({('CSV', 'NDJSON')[i]})", got[0])
            self.peak(f"sqlite-utils insert {('--csv', '--nl')[i]}", got[1])
            if i == 0:
                csv_ours = got[0]
                if r == 0 and not got[1].error:
                    self.sizes["sqlite-utils"] = theirs.stat().st_size
                if r == 0 and not got[0].error:
                    move_db(ours, keep)
            self.clock.say(f"{table[i].name} round {r + 1}: " + (table[i].error or
                           f"{fmt(got[0].seconds)} vs {fmt(got[1].seconds)}"))  # fmt: skip
        unlink_db(theirs)
        for i in (2, 3):  # ours: this round's CSV import, not run again
            if not table[i].error and not csv_ours.error:
                unlink_db(theirs)
                got = timed(pairs[i].ref, self.env, self.timeout(True))
                table[i].add(csv_ours, got)
        unlink_db(ours)
        unlink_db(theirs)
        self.costs["imports"] = self.clock.elapsed() - start

    def peak(self, label: str, got: Outcome) -> None:
        if got.peak_kb:
            key = (label, self.args.rows)
            self.peaks[key] = max(self.peaks.get(key, 0), got.peak_kb)

    def size(self, db: Path) -> None:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.breakdown = conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
        conn.close()
        self.sizes["kerjasama"] = db.stat().st_size

    # -- queries and writes ---------------------------------------------------------------

    def query_round(self, r: int, db: Path, pairs: list[figures.Pair]) -> None:
        start = self.clock.elapsed()
        if "Queries" not in self.sections:
            self.sections["Queries"] = [p.figure for p in pairs]
            self.sections["Single writes"] = figures.writes(self.kerjasama, db, data.BIG_PARTNER)
        for p in pairs:
            pair(p.figure, p.ours, p.ref, self.env, r, self.timeout())
        add_fig, edit_fig = self.sections["Single writes"]
        add, edit, listing = figures.write_commands(self.kerjasama, db, data.BIG_PARTNER, r)
        pair(add_fig, add, listing, self.env, r, self.timeout())
        pair(edit_fig, edit, listing, self.env, r, self.timeout())
        self.costs["queries"] = self.clock.elapsed() - start

    def report(self, figure: Figure) -> None:
        if figure.error:
            self.clock.say(f"{figure.name}: {figure.error}")
        elif figure.rounds:
            self.clock.say(f"{figure.name}: {figure.ratio:.2f}× ({figure.rounds} rounds)")

    # -- the whole run --------------------------------------------------------------------

    def run(self, csv_path: Path, nd_path: Path, small_csv: Path, small_nd: Path) -> None:
        args = self.args
        seed, db = self.work / "seed.db", self.work / "query.db"
        got = timed([self.kerjasama, "--db", str(seed), "init"], self.env, self.timeout())
        if got.error:
            sys.exit(f"kerjasama init failed: {got.error}")
        self.warm_up(seed)
        self.clock.say("start-up ...")
        self.startup(seed)
        self.clock.say(f"peak memory at {args.small:,} rows ...")
        self.small_imports(seed, small_csv, small_nd, args.small)
        guess = self.costs.get("small", 0) * args.rows / max(args.small, 1) * 2
        self.clock.say(f"imports, round 1 of {args.rounds} ...", eta=guess or None)
        self.import_round(0, seed, csv_path, nd_path, db)
        if not db.exists():
            self.notes.append("our CSV import failed: no queries, size or writes were measured")
            return
        self.size(db)
        self.clock.say(f"size: {self.sizes['kerjasama'] / args.rows:.0f} bytes a record")
        pairs = self.query_pairs(db)
        self.query_round(0, db, pairs)
        self.clock.say(f"queries and writes, round 1 of {args.rounds}: "
                       f"{fmt(self.costs['queries'])}",
                       eta=self.eta(args.rounds - 1, args.rounds - 1))  # fmt: skip
        for r in range(1, args.rounds):
            later = args.rounds - 1 - r  # query rounds after this one
            if self.clock.left() - RESERVE >= self.costs["queries"]:
                self.query_round(r, db, pairs)
                self.clock.say(f"queries and writes, round {r + 1} of {args.rounds}",
                               eta=self.eta(later, args.rounds - r))  # fmt: skip
            else:
                self.notes.append(f"queries and writes: round {r + 1} and later skipped "
                                  "(they would have ended past the budget)")  # fmt: skip
                break
            spare = self.clock.left() - RESERVE - later * self.costs["queries"]
            if spare >= self.costs["imports"]:
                self.import_round(r, seed, csv_path, nd_path, db)
                self.clock.say(f"imports, round {r + 1} of {args.rounds}",
                               eta=self.eta(later, args.rounds - 1 - r))  # fmt: skip
            else:
                self.notes.append(
                    f"imports: round {r + 1} skipped (a round took "
                    f"{fmt(self.costs['imports'])}; {fmt(max(spare, 0))} of the budget was left)"
                )
        for section in ("Queries", "Single writes", "Import"):
            for figure in self.sections.get(section, []):
                self.report(figure)
        if args.profile:
            self.profile_misses(db, pairs)

    def profile_misses(self, db: Path, pairs: list[figures.Pair]) -> None:
        """Profile, once each, the queries and writes that missed their target, while the
        budget lasts (a profiled run takes two to three times an ordinary one)."""
        add, _, _ = figures.write_commands(self.kerjasama, db, data.BIG_PARTNER, 99)
        commands = [(p.figure, p.ours) for p in pairs]
        edit = [self.kerjasama, "--db", str(db), "edit", "bench-add-0", "--title", "Judul P"]
        commands += list(zip(self.sections["Single writes"], (add, edit), strict=True))
        for figure, cmd in commands:
            if figure.met is not False:
                continue
            cost = 3 * statistics.median(figure.ours) + 2
            if self.clock.left() - RESERVE < cost:
                self.notes.append(f"not profiled, for lack of budget: {figure.name}")
                continue
            found = profiles.profile(
                f"{self.args.rows:,} records", figure.ours_cmd, cmd[1:], self.env,
                self.work / "query.prof", self.timeout())  # fmt: skip
            self.profiles.append(found)
            self.clock.say(f"profiled {figure.name}: {fmt(found.seconds)}")

    def query_pairs(self, db: Path) -> list[figures.Pair]:
        conn = sqlite3.connect(db)
        big_key, big_count = conn.execute(
            "SELECT max(r.key), count(*) FROM records r JOIN partners p ON p.id = r.partner_id "
            "WHERE p.name = ?",
            (data.BIG_PARTNER,),
        ).fetchone()
        conn.close()
        from kerjasama_cli.domain.search import to_fts

        return figures.queries(self.kerjasama, self.sqlite_utils, db, self.args.word,
                               to_fts(self.args.word), big_key, big_count)  # fmt: skip


def unlink_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def move_db(source: Path, target: Path) -> None:
    """SOURCE as TARGET, with its -wal file if one was left (it holds committed pages)."""
    unlink_db(target)
    for suffix in ("-wal", "-shm", ""):
        if Path(f"{source}{suffix}").exists():
            Path(f"{source}{suffix}").replace(f"{target}{suffix}")


def tool(name: str) -> str | None:
    """A command on PATH, else beside this Python (a venv run without activating it)."""
    beside = Path(sys.executable).parent / name
    return shutil.which(name) or (str(beside) if beside.exists() else None)


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        epilog="See the module docstring (bench/run.py) for the order of the run.",
    )
    parser.add_argument("--rows", type=int, default=1_000_000, help="records to generate")
    parser.add_argument("--seed", type=int, default=12, help="the generator's seed (12)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of each figure (5)")
    parser.add_argument("--startup-rounds", type=int, default=11,
                        help="rounds of each start-up figure (11; a round is ~0.3 s)")  # fmt: skip
    parser.add_argument("--small", type=int, default=None,
                        help="rows of the second memory measure (a tenth of --rows)")  # fmt: skip
    parser.add_argument("--budget", type=float, default=15.0,
                        help="minutes the whole run may take (15): later rounds that would end "
                        "past it are skipped")  # fmt: skip
    parser.add_argument("--word", default="banjir", help="the common word to search for")
    parser.add_argument("--no-profile", dest="profile", action="store_false",
                        help="skip the cProfile runs (the import at the small size; each query "
                        "or write that missed its target, while the budget lasts)")  # fmt: skip
    work = Path(tempfile.gettempdir()) / "kerjasama-bench"
    parser.add_argument("--work", type=Path, default=work,
                        help=f"work directory ({work}): the data cache, and this run's databases "
                        "(deleted at the end)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "RESULTS.md")
    parser.add_argument("--analysis", type=Path, default=Path(__file__).parent / "ANALYSIS.md",
                        help="the hand-written analysis to include at the end")  # fmt: skip
    args = parser.parse_args(argv)
    if args.small is None:
        args.small = max(args.rows // 10, 1)
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    clock = Clock(args.budget * 60)
    kerjasama = tool("kerjasama") or sys.exit("kerjasama is not installed (pip install -e .)")
    sqlite_utils = tool("sqlite-utils") or sys.exit("sqlite-utils is not installed")
    args.work.mkdir(parents=True, exist_ok=True)
    header = results.machine(sqlite_utils)
    clock.say(f"data: {args.rows:,} rows, seed {args.seed} ...")
    csv_path, nd_path, reused = data.cached(args.work, args.rows, args.seed)
    directory = csv_path.parent
    small_csv = data.head(csv_path, directory / f"head-{args.small}.csv", args.small + 1)
    small_nd = data.head(nd_path, directory / f"head-{args.small}.ndjson", args.small)
    data_note = f"{'reused from' if reused else 'written to'} {directory}"
    clock.say(f"data {data_note}")
    work = Path(tempfile.mkdtemp(prefix="run-", dir=args.work))
    # With the bytecode cache, as installed programs run: a PYTHONDONTWRITEBYTECODE=1 in this
    # shell would make every one of our runs compile the package from source (pip compiled
    # sqlite-utils' at install), so it is dropped here; warm_up() writes the caches.
    env = {key: value for key, value in os.environ.items() if key not in NO_CACHE}
    env.update(NO_COLOR="1", KERJASAMA_TODAY="2026-06-01")
    bench = Bench(args, clock, work, kerjasama, sqlite_utils, shutil.which("sqlite3"), env)
    try:
        bench.run(csv_path, nd_path, small_csv, small_nd)
        bench.importtime = importtime(work / "seed.db", env)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    command = shlex.join(["python", "bench/run.py", *(sys.argv[1:] if argv is None else argv)])
    text = results.render(bench, command, header, data_note, args.analysis)
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    if reads.READS_BEGIN in old:  # bench/reads.py's section (issue 25) stays
        begin = old.index(reads.READS_BEGIN)
        text = reads.splice(text, old[begin : old.index(reads.READS_END) + len(reads.READS_END)])
    args.out.write_text(text, encoding="utf-8")
    clock.say(f"wrote {args.out} in {clock.elapsed() / 60:.1f} minutes")


def importtime(seed: Path, env: dict[str, str]) -> dict[str, list[tuple[str, int]]]:
    """What each start-up command imports (`python -X importtime`): module → self µs."""
    commands = {
        "kerjasama": ["-m", "kerjasama_cli", "--db", str(seed), "list", "--format", "json",
                      "--limit", "20"],
        "sqlite-utils": ["-m", "sqlite_utils", "rows", str(seed), "records", "--limit", "20"],
    }  # fmt: skip
    found = {}
    for name, cmd in commands.items():
        proc = subprocess.run([sys.executable, "-X", "importtime", *cmd], env=env,
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        modules = []
        for line in proc.stderr.splitlines():
            parts = line.removeprefix("import time:").split("|")
            if len(parts) == 3 and parts[0].strip().isdigit():
                modules.append((parts[2].strip(), int(parts[0])))
        found[name] = modules
    return found


if __name__ == "__main__":
    main()
