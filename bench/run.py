"""Every figure of issue 12 against its reference, side by side, in one run; writes RESULTS.md.

Usage (from a checkout with the package and the test extras installed):

    python bench/run.py                      # 1,000,000 rows (about 15 minutes on 2 cores)
    python bench/run.py --rows 100000        # smaller, quicker
    python bench/run.py --rows 20000 --repeat 3 --out /tmp/RESULTS.md

It generates seeded data (bench/data.py: partners, countries, types, date precisions, sectors,
events) as CSV and NDJSON, then, every command a fresh process, alternating ours and the
reference each round, medians of --repeat rounds (--import-repeat for the imports):

- import: `kerjasama import` (CSV, NDJSON) into a freshly initialised database against
  `sqlite-utils insert --csv` / `--nl` and `sqlite3 .import --csv` (when the sqlite3 CLI is
  installed; else Python's executemany, the floor); rows per second and peak memory (wait4);
- size: bytes per record of the file, and where they go (the dbstat virtual table);
- queries on the imported file: each command against the equivalent SQL via `sqlite-utils query`;
- single writes (`add`, `edit`) against `list --limit 1` on the same file;
- start-up: `list --format json --limit 20` against `sqlite-utils rows ... --limit 20`, with the
  bytecode cache and without (PYTHONDONTWRITEBYTECODE=1 and an empty PYTHONPYCACHEPREFIX).
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import data  # noqa: E402  (bench/data.py, beside this file)


@dataclass
class Run:
    seconds: float
    peak_kb: int
    stdout: bytes


def run(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    """Run CMD as a fresh process; its wall time and output (measure_peak adds memory)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return Run(seconds, 0, out)


def measure_peak(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    """Like run(), with the child's own peak resident memory (output discarded).

    Through /usr/bin/time when installed: wait4 on a child of this process also counts the
    pages the child shared with this (large, data-holding) process between fork and exec.
    """
    gnu_time = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else "")
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        wrapped = [gnu_time, "-f", "%M", "-o", report.name, *cmd] if gnu_time else cmd
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            sys.exit(f"{' '.join(cmd)} failed ({code}):\n{err.decode()[-2000:]}")
        text = report.read().strip().splitlines()
        peak = int(text[-1]) if gnu_time and text and text[-1].isdigit() else usage.ru_maxrss
    return Run(seconds, peak, b"")


@dataclass
class Row:
    """One line of a results table: ours against the reference."""

    name: str
    ours_cmd: str
    ref_cmd: str
    ours: list[float] = field(default_factory=list)
    ref: list[float] = field(default_factory=list)
    target: str = ""

    @property
    def ratio(self) -> float:
        return statistics.median(self.ours) / statistics.median(self.ref)


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def unlink_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def sqlite3_import_floor(db: Path, csv_path: Path) -> None:
    """Python's sqlite3 executemany of the raw CSV rows: the floor when no sqlite3 CLI."""
    conn = sqlite3.connect(db)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        cols = ", ".join(f'"{h}"' for h in header)
        conn.execute(f"CREATE TABLE records ({cols})")
        conn.executemany(f"INSERT INTO records VALUES ({', '.join('?' * len(header))})", reader)
    conn.commit()
    conn.close()


class Bench:
    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args = args
        self.tmp = tmp
        self.kerjasama = tool("kerjasama") or sys.exit("kerjasama is not installed")
        self.sqlite_utils = tool("sqlite-utils") or sys.exit("sqlite-utils is not installed")
        self.sqlite3 = shutil.which("sqlite3")
        self.env = {**os.environ, "NO_COLOR": "1", "KERJASAMA_TODAY": "2026-06-01"}
        self.lines: list[str] = []
        self.sections: dict[str, list[Row]] = {}

    def log(self, text: str) -> None:
        print(text, flush=True)

    # -- import ---------------------------------------------------------------------------

    def imports(self, csv_path: Path, ndjson_path: Path) -> Path:
        rows = self.args.rows
        k, s = self.kerjasama, self.sqlite_utils
        seed = self.tmp / "seed.db"
        run([k, "--db", str(seed), "init"], self.env)
        ours = self.tmp / "kerjasama.db"
        theirs = self.tmp / "sqlite-utils.db"
        table: list[Row] = [
            Row("import CSV", f"kerjasama --db DB import {csv_path.name}",
                f"sqlite-utils insert DB records {csv_path.name} --csv", target="≥ 3×"),
            Row("import NDJSON", f"kerjasama --db DB import {ndjson_path.name}",
                f"sqlite-utils insert DB records {ndjson_path.name} --nl", target="≥ 3×"),
        ]  # fmt: skip
        floor = Row(
            "import CSV (floor)",
            f"kerjasama --db DB import {csv_path.name}",
            f"sqlite3 DB '.import --csv {csv_path.name} records'"
            if self.sqlite3
            else "Python sqlite3 executemany of the raw CSV rows (no sqlite3 CLI installed)",
            target="within 10×",
        )
        self.peaks: dict[str, int] = {}
        self.sizes: dict[str, int] = {}
        for i in range(self.args.import_repeat):
            # NDJSON first: the last import of the last round leaves the CSV-imported file that
            # the queries then run on.
            for row, path, ref in (
                (table[1], ndjson_path, [s, "insert", str(theirs), "records", str(ndjson_path),
                                         "--nl"]),
                (table[0], csv_path, [s, "insert", str(theirs), "records", str(csv_path), "--csv"]),
            ):  # fmt: skip
                unlink_db(ours)
                shutil.copy(seed, ours)
                got = measure_peak([k, "--db", str(ours), "import", str(path)], self.env)
                row.ours.append(got.seconds)
                self.peaks[row.name] = max(self.peaks.get(row.name, 0), got.peak_kb)
                unlink_db(theirs)
                got = measure_peak(ref, self.env)
                row.ref.append(got.seconds)
                self.peaks[row.ref_cmd] = max(self.peaks.get(row.ref_cmd, 0), got.peak_kb)
                self.log(f"  {row.name} #{i + 1}: {row.ours[-1]:.1f} s vs {row.ref[-1]:.1f} s")
            self.sizes["sqlite-utils"] = theirs.stat().st_size
            unlink_db(theirs)
            start = time.perf_counter()
            if self.sqlite3:
                run([self.sqlite3, str(theirs), f".import --csv {csv_path} records"])
            else:
                sqlite3_import_floor(theirs, csv_path)
            floor.ref.append(time.perf_counter() - start)
            floor.ours.append(table[0].ours[-1])
        # Flat in file size: the same import at a tenth of the rows.
        small = self.tmp / "small.csv"
        with csv_path.open(encoding="utf-8") as src, small.open("w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if n > rows // 10:
                    break
                dst.write(line)
        tenth = self.tmp / "tenth.db"
        shutil.copy(seed, tenth)
        self.peaks["tenth"] = measure_peak(
            [k, "--db", str(tenth), "import", str(small)], self.env
        ).peak_kb
        unlink_db(tenth)
        self.sections["Import"] = [*table, floor]
        return ours

    # -- size -----------------------------------------------------------------------------

    def size(self, db: Path) -> list[tuple[str, int]]:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        found = conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
        conn.close()
        self.sizes["kerjasama"] = db.stat().st_size
        return found

    # -- queries and writes -----------------------------------------------------------------

    def compare(self, section: str, pairs: list[tuple[str, list[str], list[str], str]]) -> None:
        rows = []
        for name, ours, ref, target in pairs:
            rows.append(Row(name, _show(ours), _show(ref), target=target))
        for i in range(self.args.repeat):
            for row, (_, ours, ref, _) in zip(rows, pairs, strict=True):
                first, second = (ours, ref) if i % 2 == 0 else (ref, ours)
                a = run(first, self.env).seconds
                b = run(second, self.env).seconds
                row.ours.append(a if i % 2 == 0 else b)
                row.ref.append(b if i % 2 == 0 else a)
        for row in rows:
            self.log(f"  {row.name}: {fmt(statistics.median(row.ours))} vs "
                     f"{fmt(statistics.median(row.ref))} ({row.ratio:.2f}×)")  # fmt: skip
        self.sections[section] = rows

    def queries(self, db: Path) -> None:
        k, s, d = self.kerjasama, self.sqlite_utils, str(db)
        conn = sqlite3.connect(db)
        big_key = conn.execute(
            "SELECT r.key FROM records r JOIN partners p ON p.id = r.partner_id "
            "WHERE p.name = ? ORDER BY r.id DESC LIMIT 1",
            (data.BIG_PARTNER,),
        ).fetchone()[0]
        conn.close()
        from kerjasama_cli.domain.search import to_fts

        fts = to_fts(self.args.word)
        counts = (
            "count(*) AS count, sum(r.kind = 'agreement') AS agreements, "
            "sum(r.kind = 'event') AS events, count(DISTINCT r.partner_id) AS partners"
        )
        rows = "r.*, p.name AS partner, p.country, l.name AS governor"
        joins = (
            "FROM records r LEFT JOIN partners p ON p.id = r.partner_id "
            "LEFT JOIN leaders l ON l.id = r.governor_id"
        )
        within = "≤ 1.5×"
        pairs = [
            ("stats --by country", [k, "--db", d, "stats", "--by", "country"],
             [s, "query", d, f"SELECT p.country, {counts} {joins} GROUP BY p.country "
              "ORDER BY count DESC"], within),
            ("stats --by governor", [k, "--db", d, "stats", "--by", "governor"],
             [s, "query", d, f"SELECT l.name, l.term_start, r.governor_basis, {counts} {joins} "
              "GROUP BY r.governor_id, r.governor_basis ORDER BY l.term_start"], within),
            ("stats --by year --by type", [k, "--db", d, "stats", "--by", "year", "--by", "type"],
             [s, "query", d, f"SELECT substr(r.date_start, 1, 4) AS year, r.type, {counts} "
              f"{joins} GROUP BY year, r.type"], within),
            ("list --country KR --limit 50",
             [k, "--db", d, "list", "--country", "KR", "--limit", "50"],
             [s, "query", d, f"SELECT {rows} {joins} WHERE p.country = 'KR' "
              "ORDER BY r.date_start, r.id LIMIT 50"], within),
            ("list --governor Pramono --format json",
             [k, "--db", d, "list", "--governor", "Pramono", "--format", "json"],
             [s, "query", d, f"SELECT {rows} {joins} WHERE r.governor_id IN (SELECT id FROM "
              "leaders WHERE name LIKE '%Pramono%') ORDER BY r.date_start, r.id"], within),
            ("timeline --from 2020 --to 2021 --format json",
             [k, "--db", d, "timeline", "--from", "2020", "--to", "2021", "--format", "json"],
             [s, "query", d, f"SELECT {rows} {joins} WHERE r.date_end >= '2020-01-01' AND "
              "r.date_start <= '2021-12-31' ORDER BY r.date_start, r.id"], within),
            (f"search {self.args.word} --limit 20",
             [k, "--db", d, "search", self.args.word, "--limit", "20"],
             [s, "query", d, "SELECT r.id, r.key, r.title, snippet(search_index, -1, '**', '**', "
              "'…', 14) AS snippet FROM search_index JOIN records r ON r.id = search_index.rowid "
              "WHERE search_index MATCH :q ORDER BY rank LIMIT 20", "-p", "q", fts], within),
            (f"show (partner with {self.args.rows // data.BIG_EVERY:,} records)",
             [k, "--db", d, "show", big_key],
             [s, "query", d, f"SELECT {rows} {joins} WHERE r.partner_id = (SELECT partner_id "
              "FROM records WHERE key = :k) ORDER BY r.date_start, r.id", "-p", "k", big_key],
             within),
        ]  # fmt: skip
        self.compare("Queries", pairs)
        self.writes(db)

    def writes(self, db: Path) -> None:
        k, d = self.kerjasama, str(db)
        rows: list[Row] = []
        add = Row("add", "kerjasama add --partner Busan --type mou --date 2026-05-N --key ...",
                  "kerjasama list --limit 1", target="≤ 1.5×")  # fmt: skip
        edit = Row("edit", "kerjasama edit bench-add-0 --title 'Judul N'",
                   "kerjasama list --limit 1", target="≤ 1.5×")  # fmt: skip
        listing = [k, "--db", d, "list", "--limit", "1"]
        for i in range(self.args.repeat):
            add.ref.append(run(listing, self.env).seconds)
            add.ours.append(
                run(
                    [
                        k,
                        "--db",
                        d,
                        "add",
                        "--partner",
                        data.BIG_PARTNER,
                        "--type",
                        "mou",
                        "--date",
                        f"2026-05-{i + 1:02d}",
                        "--key",
                        f"bench-add-{i}",
                        "--title",
                        f"Bench {i}",
                    ],
                    self.env,
                ).seconds  # fmt: skip
            )
            edit.ref.append(run(listing, self.env).seconds)
            edit.ours.append(
                run(
                    [k, "--db", d, "edit", "bench-add-0", "--title", f"Judul {i}"], self.env
                ).seconds  # fmt: skip
            )
        rows += [add, edit]
        for row in rows:
            self.log(f"  {row.name}: {fmt(statistics.median(row.ours))} vs "
                     f"{fmt(statistics.median(row.ref))} ({row.ratio:.2f}×)")  # fmt: skip
        self.sections["Single writes"] = rows

    def startup(self) -> None:
        seed, k, s = self.tmp / "seed.db", self.kerjasama, self.sqlite_utils
        ours = [k, "--db", str(seed), "list", "--format", "json", "--limit", "20"]
        ref = [s, "rows", str(seed), "records", "--limit", "20"]
        rows = []
        for label, extra in (("with bytecode cache", {}), ("without bytecode cache", None)):
            env = dict(self.env)
            if extra is None:
                cache = self.tmp / "empty-pycache"
                cache.mkdir(exist_ok=True)
                env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(cache))
            row = Row(f"start-up, {label}", " ".join(["kerjasama", *ours[1:]]).replace(
                str(seed), "SEED"), " ".join(["sqlite-utils", *ref[1:]]).replace(
                str(seed), "SEED"), target="≤ 1×")  # fmt: skip
            for _ in range(max(self.args.repeat, 9)):
                row.ours.append(run(ours, env).seconds)
                row.ref.append(run(ref, env).seconds)
            rows.append(row)
            self.log(f"  {row.name}: {fmt(statistics.median(row.ours))} vs "
                     f"{fmt(statistics.median(row.ref))} ({row.ratio:.2f}×)")  # fmt: skip
        self.sections["Start-up"] = rows


def _show(cmd: list[str]) -> str:
    words = []
    for i, word in enumerate(cmd):
        if i == 0:
            word = Path(word).name
        elif word.endswith(".db"):
            word = "DB"
        words.append(word if word.replace("-", "").replace(".", "").isalnum() else repr(word))
    return " ".join(words)


def tool(name: str) -> str | None:
    """A command on PATH, else beside this Python (a venv run without activating it)."""
    beside = Path(sys.executable).parent / name
    return shutil.which(name) or (str(beside) if beside.exists() else None)


def machine() -> list[str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()
    sqlite_cli = shutil.which("sqlite3")
    version = (
        subprocess.run([sqlite_cli, "--version"], capture_output=True, text=True).stdout.split()[0]
        if sqlite_cli
        else "not installed"
    )
    utils = subprocess.run([tool("sqlite-utils") or "sqlite-utils", "--version"],
                           capture_output=True, text=True).stdout  # fmt: skip
    return [
        f"- {platform.platform()}, {os.cpu_count()} cores ({cpu or 'unknown CPU'}), "
        f"load average at start {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version} (Python's), "
        f"sqlite3 CLI {version}, {utils.strip()}",
    ]


def report(bench: Bench, args: argparse.Namespace, breakdown, started: float, header) -> str:
    rows = args.rows
    out = [
        "# Benchmark results (issue 12)",
        "",
        f"Written by `python bench/run.py --rows {rows} --repeat {args.repeat} "
        f"--import-repeat {args.import_repeat}` in {(time.perf_counter() - started) / 60:.1f} "
        "minutes. Every command is a fresh process; medians of the rounds, ours and the "
        "reference alternating in each round, on the same machine in the same run.",
        "",
        *header,
        f"- data: {rows:,} generated rows (bench/data.py, seed 12), CSV and NDJSON",
        "",
    ]
    for section, items in bench.sections.items():
        out += [f"## {section}", "", "| figure | kerjasama | reference | ratio | target |",
                "|---|---|---|---|---|"]  # fmt: skip
        for row in items:
            o, r = statistics.median(row.ours), statistics.median(row.ref)
            if section == "Import":
                ratio = f"{r / o:.2f}× the reference's rows/s"
                ours = f"{fmt(o)} ({rows / o:,.0f} rows/s)"
                ref = f"{fmt(r)} ({rows / r:,.0f} rows/s)"
            else:
                ratio, ours, ref = f"{o / r:.2f}× its time", fmt(o), fmt(r)
            out.append(f"| {row.name} | {ours} | {ref} | {ratio} | {row.target} |")
        out += ["", "Commands:", ""]
        for row in items:
            out.append(f"- {row.name}: `{row.ours_cmd}` against `{row.ref_cmd}`")
        out.append("")
        if section == "Import":
            out.append(
                f"Rounds: {args.import_repeat}. Peak memory (wait4 ru_maxrss): kerjasama import "
                f"CSV {bench.peaks.get('import CSV', 0) / 1024:.0f} MB, NDJSON "
                f"{bench.peaks.get('import NDJSON', 0) / 1024:.0f} MB; the same CSV import of "
                f"{rows // 10:,} rows {bench.peaks.get('tenth', 0) / 1024:.0f} MB (target < 150 "
                "MB, flat in file size)."
            )
            out.append("")
    size = bench.sizes.get("kerjasama", 0)
    out += [
        "## Size",
        "",
        f"kerjasama file: {size / 1e6:.1f} MB, {size / rows:.0f} bytes a record "
        f"(target ≤ 500); sqlite-utils insert --csv file: "
        f"{bench.sizes.get('sqlite-utils', 0) / 1e6:.1f} MB. Where the bytes go (dbstat):",
        "",
        "| table or index | MB | bytes a record |",
        "|---|---|---|",
    ]
    for name, pages in breakdown[:14]:
        out.append(f"| {name} | {pages / 1e6:.1f} | {pages / rows:.0f} |")
    out.append("")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="records to generate")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of each query")
    parser.add_argument(
        "--import-repeat", type=int, default=None, help="rounds of each import (default 5, "
        "3 from 500,000 rows: at a million an import round takes about three minutes)"
    )  # fmt: skip
    parser.add_argument("--word", default="banjir", help="the common word to search for")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "RESULTS.md")
    parser.add_argument("--tmp", type=Path, default=None, help="work directory (default: temp)")
    args = parser.parse_args()
    if args.import_repeat is None:
        args.import_repeat = 3 if args.rows >= 500_000 else 5
    started = time.perf_counter()
    header = machine()
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp_name:
        tmp = Path(tmp_name)
        bench = Bench(args, tmp)
        print(f"generating {args.rows:,} rows ...", flush=True)
        csv_path, ndjson_path = data.write(tmp, args.rows)
        print("imports ...", flush=True)
        db = bench.imports(csv_path, ndjson_path)
        breakdown = bench.size(db)
        print(f"size: {bench.sizes['kerjasama'] / args.rows:.0f} bytes a record", flush=True)
        print("queries ...", flush=True)
        bench.queries(db)
        print("start-up ...", flush=True)
        bench.startup()
        text = report(bench, args, breakdown, started, header)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
