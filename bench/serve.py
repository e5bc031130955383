"""Issue 20's figures: every page and canned query of a running `kerjasama serve`, `report`, and
`list --status expired` / `--expiring`, on registries you already have, each beside its plain SQL.

    python bench/serve.py DB100K DB1M                 # 5 requests a page, 3 reports
    python bench/serve.py DB --repeat 3 --out /tmp/SERVE.md

Each DB holds bench/data.py's records (`kerjasama --db DB import records.csv`). For each one:

1. `kerjasama serve` starts on a free port (with Datasette's trace_debug, to learn each page's
   SQL); every page is requested once to warm it, then --repeat times: the median wall time of
   the whole HTTP answer, and its status (Datasette answers 400 past its 1 s query limit);
2. the plain SQL of the page: the statements Datasette ran for it (from `?_trace=1`, its own
   schema look-ups left out), run here on a read-only connection with the plugin's functions,
   --repeat times: the median of their sum. No HTTP, no templates: what SQLite alone costs;
3. `report -o FILE` (fresh processes, --report-repeat times): median time, peak memory (GNU
   time), the file's size;
4. `list --status expired --limit 20` and `list --expiring 90 --limit 20` against their SQL
   through `sqlite-utils query`, each round alternating which runs first (bench/measure.py);
5. with `--import CSV`: `kerjasama import CSV` (into a copy of a fresh `init`) against
   `sqlite-utils insert DB records CSV --csv` (into no file), alternating, --import-repeat
   rounds: issue 12's figure, which browse_facets (issue 20) must not lose.

    python bench/serve.py DB100K DB1M --import 1000000.csv --import-repeat 2

The machine is shared: the load average is recorded beside the figures. Writes bench/SERVE.md
and puts it into bench/RESULTS.md (between the serve markers; bench/run.py keeps them).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import measure  # noqa: E402  (beside this file)
import results  # noqa: E402
from run import tool  # noqa: E402

HERE = Path(__file__).parent


def _canned() -> list[tuple[str, str]]:
    from kerjasama_cli.store.serve.browse import CANNED, MAP_SQL, MAP_VIEW

    return [(name, sql) for name, (_, sql) in CANNED.items()] + [(MAP_VIEW, MAP_SQL)]


def _public_canned() -> list[tuple[str, str]]:
    from kerjasama_cli.store.serve.browse import MAP_VIEW
    from kerjasama_cli.store.serve.public import PUBLIC_MAP_SQL, public_canned

    return [(n, sql) for n, (_, sql) in public_canned().items()] + [(MAP_VIEW, PUBLIC_MAP_SQL)]


CANNED_SQL = _canned()
PUBLIC_CANNED_SQL = _public_canned()
TODAY = "2026-06-01"  # as bench/queries.py: statuses against a fixed day
MAX_ROWS = 1000  # Datasette's max_returned_rows
INTERNAL = re.compile(r"^\s*(PRAGMA|select (sql|name|1) from sqlite_master|select database_name)",
                      re.I)  # fmt: skip

# (label, path under /DB/). `{busan}` is the id of bench/data.py's big partner.
PAGES = [
    ("records page: first page (4 facets, count)", "browse_records"),
    ("records page: next page", "browse_records?_next=50"),
    ("records page: a filter (type = mou)", "browse_records?type=mou"),
    ("records page: a facet value (country KR, type mou)", "browse_records?country=KR&type=mou"),
    ("records page: a facet not stored (_facet=status)", "browse_records?_facet=status"),
    # The column menu's "Facet by this" on the sectors (comma text, not JSON: `_facet_array`
    # is no link of any page, tests/test_serve_facets.py).
    ("records page: the sectors' facet (_facet=sectors)", "browse_records?_facet=sectors"),
    ("records page: search box (banjir)", "browse_records?_search=banjir"),
    ("canned: agreements_per_governor", "agreements_per_governor"),
    ("canned: partners_per_country", "partners_per_country"),
    ("canned: expiring_soon (days=3650)", "expiring_soon?days=3650"),
    ("canned: partner_history (Busan)", "partner_history?partner=Busan"),
    ("canned: search (banjir), first 100", "search?q=banjir"),
    ("canned: search (banjir), page 2", "search?q=banjir&page=2"),
    (
        "records page: filter and search (type = mou, banjir)",
        "browse_records?type=mou&_search=banjir",
    ),
    ("canned: reported_vs_recorded", "reported_vs_recorded"),
    ("partner map", "partner_map"),
    ("a partner's page (Busan)", "partners/{busan}"),
    ("the database's page", ""),
    # The facets of a page are kept for the next page and a reload (web/facets.py), until the
    # registry's file changes: the rows above are such repeated loads. The rows marked `!` are
    # first loads: the file's time is set anew before each request (what any write does), so
    # every count is made again.
    ("records page: first page, first load", "!browse_records"),
    ("records page: search box (banjir), first load", "!browse_records?_search=banjir"),
    ("records page: search box, its next page", "browse_records?_search=banjir&_next=50"),
    (
        "records page: filter and search (type = mou, banjir), first load",
        "!browse_records?type=mou&_search=banjir",
    ),
]

# `serve --public` (issue 26): what every visitor reads, the public flag (m023) filtering it.
PUBLIC_PAGES = [
    ("public records page: first page (4 facets, count)", "public_records"),
    ("public records page: first load", "!public_records"),
    ("public records page: next page", "public_records?_next=50"),
    ("public records page: a filter (type = mou), first load", "!public_records?type=mou"),
    ("public records page: country KR, type mou", "public_records?country=KR&type=mou"),
    ("public records page: search box (banjir), first load", "!public_records?_search=banjir"),
    ("public records page: search box, its next page", "public_records?_search=banjir&_next=50"),
    ("public canned: search (banjir), first 100", "search?q=banjir"),
    ("public canned: search (banjir), page 2", "search?q=banjir&page=2"),
    ("public canned: expiring_soon (days=3650)", "expiring_soon?days=3650"),
    ("public canned: partner_history (Busan)", "partner_history?partner=Busan"),
    ("public partner map", "partner_map"),
]

_ROWS = "r.*, p.name AS partner, p.country"
_JOIN = "FROM records r LEFT JOIN partners p ON p.id = r.partner_id"
_ORDER = "ORDER BY COALESCE(r.date_start, r.date_end), r.date_end, r.id LIMIT 20"
# `list` figures: ours against what an analyst would write, over the documented views
# (record_validity) and over the stored validity (browse_facets, m015).
LISTS = [
    ("list --status expired --limit 20", ["list", "--status", "expired", "--limit", "20"], [
        ("the record_validity view",
         f"SELECT {_ROWS} {_JOIN} JOIN record_validity v ON v.record_id = r.id WHERE "
         f"r.status = 'expired' OR (COALESCE(r.status, '') NOT IN ('proposed', 'ended', "
         f"'superseded') AND v.superseded_by IS NULL AND v.valid_until < '{TODAY}') {_ORDER}"),
        ("browse_facets' stored validity",
         f"SELECT {_ROWS} {_JOIN} JOIN browse_facets b ON b.id = r.id WHERE "
         f"b.stated_status = 'expired' OR b.valid_until < '{TODAY}' {_ORDER}"),
    ]),
    ("list --expiring 90 --limit 20", ["list", "--expiring", "90", "--limit", "20"], [
        ("the record_validity view",
         f"SELECT {_ROWS} {_JOIN} JOIN record_validity v ON v.record_id = r.id WHERE "
         f"v.superseded_by IS NULL AND COALESCE(r.status, '') NOT IN ('proposed', 'ended') AND "
         f"v.valid_until BETWEEN '{TODAY}' AND date('{TODAY}', '+90 days') {_ORDER}"),
        ("browse_facets' stored validity",
         f"SELECT {_ROWS} {_JOIN} JOIN browse_facets b ON b.id = r.id WHERE "
         f"b.valid_until BETWEEN '{TODAY}' AND date('{TODAY}', '+90 days') {_ORDER}"),
    ]),
]  # fmt: skip


# What an analyst would run for the report's headline tables, over the records (the reference
# beside `report`, which reads the counts the writer keeps: m024).
_SUMS = "count(*), sum(r.kind = 'agreement'), sum(r.kind = 'event'), count(DISTINCT r.partner_id)"
REPORT_SQL = [
    f"SELECT p.country, {_SUMS} FROM records r LEFT JOIN partners p ON p.id = r.partner_id "
    "GROUP BY 1",
    f"SELECT COALESCE(l.key, r.governor_basis), {_SUMS} FROM records r "
    "LEFT JOIN leaders l ON l.id = r.governor_id WHERE r.local_party = :home GROUP BY 1",
    "SELECT CASE WHEN substr(r.date_start, 1, 4) = substr(r.date_end, 1, 4) "
    "THEN substr(r.date_start, 1, 4) END, r.type, count(*), sum(r.kind = 'agreement'), "
    "sum(r.kind = 'event') FROM records r GROUP BY 1, 2",
    "SELECT r.partner_id, count(*) AS n FROM records r GROUP BY 1 ORDER BY n DESC LIMIT 15",
]


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def fmt(seconds: float) -> str:
    return measure.fmt(seconds)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


class Serving:
    """A `kerjasama serve` subprocess on a free port, with trace_debug on."""

    def __init__(
        self, kerjasama: str, db: Path, env: dict[str, str], access: tuple[str, ...] = ()
    ) -> None:
        from socket import socket

        self.canned = dict(PUBLIC_CANNED_SQL if access else CANNED_SQL)

        with socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log")  # noqa: SIM115 (stop())
        self.process = subprocess.Popen(
            [kerjasama, "--db", str(db), "serve", *access, "--port", str(port), "--",
             "--setting", "trace_debug", "1"],
            stdout=self.log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )  # fmt: skip
        self.base = f"http://127.0.0.1:{port}/{db.stem}"
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json").close()
                break
            except (urllib.error.URLError, ConnectionError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.log.seek(0)
                    sys.exit(f"serve did not start: {self.log.read()[-500:]}")
                time.sleep(0.3)

    def get(self, path: str) -> tuple[int, float, bytes]:
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(f"{self.base}/{path}", timeout=120) as response:
                body, status = response.read(), response.status
        except urllib.error.HTTPError as error:
            body, status = error.read(), error.code
        return status, time.perf_counter() - start, body

    def trace(self, path: str) -> list[tuple[str, object]]:
        name, _, query = path.partition("?")
        canned = self.canned
        if name in canned:  # a canned query runs its own SQL, with the page's parameters
            params = dict(urllib.parse.parse_qsl(query))
            return [
                (canned[name], {k: params.get(k, "") for k in re.findall(r":(\w+)", canned[name])})
            ]
        try:
            status, _, body = self.get(f"{name}.json?{query}&_trace=1")
        except http.client.HTTPException:
            return []
        if status != 200:
            return []
        traces = json.loads(body).get("_trace", {}).get("traces", [])
        return [(t["sql"], t["params"]) for t in traces if not INTERNAL.match(t["sql"])]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def plain_sql(
    db: Path, statements: list[tuple[str, object]], repeat: int
) -> tuple[float, float] | None:
    """Medians over `repeat` rounds of running every statement once (all rows fetched): the
    wall time, and this process's CPU time (what the SQL costs, whatever else the machine
    runs: on a loaded machine the wall time waits for a core)."""
    if not statements:
        return None
    from kerjasama_cli.web import plugin

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    plugin.prepare_connection(conn)
    times, cpu = [], []
    for _ in range(repeat + 1):  # the first round warms the cache
        start, start_cpu = time.perf_counter(), time.process_time()
        for sql, params in statements:
            # As many rows as Datasette reads: a canned query stops at max_returned_rows + 1.
            conn.execute(sql, params or {}).fetchmany(MAX_ROWS + 1)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    conn.close()
    return median(times[1:]), median(cpu[1:])


def _touched(db: Path) -> None:
    """Set the registry file's time anew: serve's kept facet counts are then counted again."""
    os.utime(db)


def pages(
    kerjasama: str,
    db: Path,
    repeat: int,
    env: dict[str, str],
    listed: list[tuple[str, str]] = PAGES,
    access: tuple[str, ...] = (),
) -> list[str]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    busan = conn.execute("SELECT id FROM partners WHERE name = 'Busan'").fetchone()[0]
    conn.close()
    server = Serving(kerjasama, db, env, access)
    lines = [
        "| page | status | page (median) | its plain SQL | its SQL's CPU time | load |",
        "|---|---|---|---|---|---|",
    ]
    values = {"busan": busan}
    try:
        for label, template in listed:
            first = template.startswith("!")
            path = template.lstrip("!").format(**values)
            server.get(path)  # warm
            runs = []
            for _ in range(repeat):
                if first:
                    _touched(db)
                runs.append(server.get(path))
            if first:
                _touched(db)  # the plain SQL: every statement of a first load
            statuses = sorted({r[0] for r in runs})
            timed_out = any(b"timed out" in r[2] for r in runs)
            wall = median([r[1] for r in runs])
            sql = plain_sql(db, server.trace(path), repeat)
            status = "/".join(map(str, statuses)) + (" (a facet timed out)" if timed_out else "")
            sql_text = f"{fmt(sql[0])} | {fmt(sql[1])}" if sql is not None else "– | –"
            lines.append(f"| {label} | {status} | {fmt(wall)} | {sql_text} | {load()} |")
            print(lines[-1], file=sys.stderr)
    finally:
        server.stop()
    return lines


def cpu_timed(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[measure.Outcome, float]:
    """measure.timed with memory, and the CPU time (user + system) the command used: the
    children's resource usage before and after (a waited-for child's includes its own)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    outcome = measure.timed(cmd, env, timeout, memory=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return outcome, cpu


def report(kerjasama: str, db: Path, repeat: int, env: dict[str, str]) -> list[str]:
    lines = [
        "| command | time (median) | its CPU time | peak memory | file | load |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "r.html"
        outcomes, cpu = [], []
        for _ in range(repeat):
            target.unlink(missing_ok=True)
            cmd = [kerjasama, "--db", str(db), "report", "-o", str(target), "--lang", "en"]
            outcome, seconds = cpu_timed(cmd, env, 600)
            outcomes.append(outcome)
            cpu.append(seconds)
        failed = [o.error for o in outcomes if o.error]
        size = target.stat().st_size if target.exists() else 0
        peak = max(o.peak_kb for o in outcomes) / 1024
        lines.append(
            f"| report -o r.html | {fmt(median([o.seconds for o in outcomes]))} | "
            f"{fmt(median(cpu))} | {peak:.0f} MB | {size / 1024:.0f} kB | {load()} |"
            + (f" failed: {failed[0]}" if failed else "")
        )
    print(lines[-1], file=sys.stderr)
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    home = conn.execute("SELECT value FROM kerjasama_meta WHERE key = 'home_party'").fetchone()
    conn.close()
    sql = plain_sql(db, [(s, {"home": home[0] if home else ""}) for s in REPORT_SQL], repeat)
    if sql is not None:
        lines.append(
            f"| its figures in plain SQL over the records (by country, governor, year × type; "
            f"the largest partners) | {fmt(sql[0])} | {fmt(sql[1])} | – | – | {load()} |"
        )
        print(lines[-1], file=sys.stderr)
    return lines


def lists(
    kerjasama: str, sqlite_utils: str, db: Path, repeat: int, env: dict[str, str]
) -> list[str]:
    lines = [
        "| ours | reference: the SQL over | ours (median) | reference (median) | ratio | load |",
        "|---|---|---|---|---|---|",
    ]
    for name, args, references in LISTS:
        for ref_name, sql in references:
            ours_cmd = [kerjasama, "--db", str(db), *args]
            ref_cmd = [sqlite_utils, "query", str(db), sql]
            ours, ref = [], []
            for r in range(repeat):
                pair = [(ours, ours_cmd), (ref, ref_cmd)]
                for bucket, cmd in pair if r % 2 == 0 else pair[::-1]:
                    bucket.append(measure.timed(cmd, env, 300).seconds)
            o, t = median(ours), median(ref)
            lines.append(f"| {name} | {ref_name} | {fmt(o)} | {fmt(t)} | {o / t:.2f}× | {load()} |")
            print(lines[-1], file=sys.stderr)
    return lines


def imports(
    kerjasama: str, sqlite_utils: str, csv: Path, repeat: int, env: dict[str, str]
) -> list[str]:
    """`kerjasama import` (full validation, set-wise, browse_facets filled per chunk) against
    `sqlite-utils insert --csv` of the same file, alternating which runs first."""
    lines = [
        "| rows | kerjasama import (median) | its CPU time | its peak memory | file | "
        "sqlite-utils insert --csv (median) | its CPU time | ratio (time) | load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as folder:
        seed, ours_db, ref_db = (Path(folder) / n for n in ("seed.db", "ours.db", "ref.db"))
        measure.timed([kerjasama, "--db", str(seed), "init"], env, 120)
        ours, ref, peak, size = [], [], 0, 0
        cpu: dict[Path, list[float]] = {ours_db: [], ref_db: []}
        for r in range(repeat):
            pair = [(ours, ours_db), (ref, ref_db)]
            for bucket, db in pair if r % 2 == 0 else pair[::-1]:
                db.unlink(missing_ok=True)
                if db == ours_db:
                    db.write_bytes(seed.read_bytes())
                    cmd = [kerjasama, "--db", str(db), "import", str(csv)]
                else:
                    cmd = [sqlite_utils, "insert", str(db), "records", str(csv), "--csv"]
                outcome, seconds = cpu_timed(cmd, env, 1800)
                cpu[db].append(seconds)
                if outcome.error:
                    sys.exit(f"{cmd[0]}: {outcome.error}")
                bucket.append(outcome.seconds)
                if db == ours_db:
                    peak, size = max(peak, outcome.peak_kb), db.stat().st_size
        rows = sum(1 for _ in csv.open(encoding="utf-8")) - 1
        o, t = median(ours), median(ref)
        lines.append(
            f"| {rows:,} | {fmt(o)} | {fmt(median(cpu[ours_db]))} | {peak / 1024:.0f} MB | "
            f"{size / 1e6:.0f} MB | {fmt(t)} | {fmt(median(cpu[ref_db]))} | {o / t:.2f}× | "
            f"{load()} |"
        )
    print(lines[-1], file=sys.stderr)
    return lines


def splice(path: Path, block: str) -> None:
    """Put `block` between the serve marks of RESULTS.md (bench/results.py)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(results.splice_serve(text, block), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dbs", type=Path, nargs="*")
    parser.add_argument("--repeat", type=int, default=5, help="requests per page, list rounds")
    parser.add_argument("--report-repeat", type=int, default=3, help="report rounds")
    parser.add_argument("--lists-repeat", type=int, default=None,
                        help="rounds of the list figures (default: --repeat)")  # fmt: skip
    parser.add_argument(
        "--import",
        dest="csv",
        type=Path,
        action="append",
        default=[],
        help="a CSV of bench/data.py rows to time the import of (repeatable)",
    )
    parser.add_argument("--import-repeat", type=int, default=3, help="import rounds")
    parser.add_argument("--pages-only", action="store_true", help="no report, no list figures")
    parser.add_argument("--no-splice", action="store_true", help="leave RESULTS.md as it is")
    parser.add_argument("--out", type=Path, default=HERE / "SERVE.md")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    kerjasama = tool("kerjasama") or sys.exit("kerjasama is not installed")
    sqlite_utils = tool("sqlite-utils") or sys.exit("sqlite-utils is not installed")
    env = {**os.environ, "NO_COLOR": "1", "KERJASAMA_TODAY": TODAY}
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    out = [
        "## serve, report and list --status at scale (issue 20, bench/serve.py)",
        "",
        f"Run {started} on {os.cpu_count()} cores shared with other work (load average at "
        f"the start {load()}; each row gives the 1, 5 and 15-minute load as it was measured: "
        "above the core count every absolute time is inflated by the others' work). Pages: "
        f"median of {args.repeat} requests after one to warm; plain SQL: the statements "
        "Datasette ran for the page, in one process, no HTTP or templates; report: median of "
        f"{args.report_repeat}; list figures: median of {args.lists_repeat or args.repeat}.",
    ]
    for db in args.dbs:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        count = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        conn.close()
        print(f"{db}: {count:,} records", file=sys.stderr)
        out += ["", f"### {count:,} records ({db.stat().st_size / 1e6:.0f} MB)", ""]
        out += pages(kerjasama, db, args.repeat, env)
        out += ["", "`serve --public`:", ""]
        out += pages(kerjasama, db, args.repeat, env, PUBLIC_PAGES, ("--public",))
        if args.pages_only:
            continue
        out += [""] + report(kerjasama, db, args.report_repeat, env)
        rounds = args.lists_repeat or args.repeat
        out += [""] + lists(kerjasama, sqlite_utils, db, rounds, env)
    if args.csv:
        out += ["", "### import (issue 12's figure, with browse_facets filled set-wise)", ""]
        out += imports(kerjasama, sqlite_utils, args.csv[0], args.import_repeat, env)
        for csv in args.csv[1:]:
            out += imports(kerjasama, sqlite_utils, csv, args.import_repeat, env)[2:]
    block = "\n".join(out) + "\n"
    args.out.write_text(block, encoding="utf-8")
    if not args.no_splice:
        splice(args.results, block)
    print(block)


if __name__ == "__main__":
    main()
