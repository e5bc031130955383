"""bench/RESULTS.md from one run of bench/run.py: tables, verdicts, and what the data says.

Everything here is generated; the hand-written analysis lives in bench/ANALYSIS.md and is
included at the end as it is, so a rerun refreshes every figure without losing it.
"""

from __future__ import annotations

import datetime
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any

from measure import Figure, clock_text, fmt
from profiles import markdown

MEMORY_LIMIT_MB = 150
FLAT = 1.25  # "flat": the peak at full size within 25% of the peak at a tenth of it
SIZE_LIMIT = 500
ANALYSIS_MARK = (
    "<!-- Below: bench/ANALYSIS.md, included verbatim. Edit that file, not this one. -->"
)


def machine(sqlite_utils: str) -> list[str]:
    """The machine and the versions, one Markdown bullet each."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cli = shutil.which("sqlite3")
    version = (
        subprocess.run([cli, "--version"], capture_output=True, text=True).stdout.split()[0]
        if cli
        else "not installed (the floor is Python's sqlite3 executemany)"
    )
    utils = subprocess.run([sqlite_utils, "--version"], capture_output=True, text=True).stdout
    here = Path(__file__).parent
    git, commit = shutil.which("git"), ""
    if git:
        commit = subprocess.run([git, "-C", str(here), "describe", "--always", "--dirty"],
                                capture_output=True, text=True).stdout.strip()  # fmt: skip
    started = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return [
        f"- started {started}, kerjasama at commit {commit or 'unknown (not a git checkout)'}",
        f"- {platform.platform()}, {os.cpu_count()} cores ({cpu})",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version} (Python's), "
        f"sqlite3 CLI {version}, {utils.strip()}",
    ]


def verdict(met: bool | None) -> str:
    return "no figure" if met is None else "met" if met else "**not met**"


def ratio_text(figure: Figure, ratio: float) -> str:
    return f"{ratio:.2f}× its rows/s" if figure.speed else f"{ratio:.2f}× its time"


def table(figures: list[Figure], rows: int | None = None) -> list[str]:
    """Medians (and rows per second when ROWS is given), the ratio, the spread of the per-round
    ratios, the rounds and the verdict of each figure."""
    out = ["| figure | kerjasama | reference | ratio | per round | rounds | target | result |",
           "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for f in figures:
        if f.ratio is None:
            out.append(f"| {f.name} | – | – | – | – | 0 | {f.target} | {f.error or 'not run'} |")
            continue
        o, r = statistics.median(f.ours), statistics.median(f.ref)
        ours, ref = fmt(o), fmt(r)
        if rows:
            ours, ref = f"{ours} ({rows / o:,.0f} rows/s)", f"{ref} ({rows / r:,.0f} rows/s)"
        per = f.round_ratios()
        spread = f"{min(per):.2f}–{max(per):.2f}" if len(per) > 1 else "–"
        result = verdict(f.met) if not f.error else f"{verdict(f.meets(f.ratio))}; then {f.error}"
        out.append(f"| {f.name} | {ours} | {ref} | {ratio_text(f, f.ratio)} | {spread} | "
                   f"{f.rounds} | {f.target} | {result} |")  # fmt: skip
    return [*out, ""]


def commands(sections: dict[str, list[Figure]]) -> list[str]:
    out = ["## Commands", "",
           "DB is the file the figure runs on (for the queries and writes: our first CSV import, "
           "kept), SEED a freshly initialised database (`kerjasama init`).", ""]  # fmt: skip
    for name, figures in sections.items():
        out += [f"{name}:", ""]
        out += [f"- {f.name}: `{f.ours_cmd}` against `{f.ref_cmd}`" for f in figures]
        out.append("")
    return out


def memory(bench: Any) -> tuple[list[str], bool | None]:
    """The peak-memory table and whether the target (< 150 MB, flat) is met."""
    rows, small = bench.args.rows, bench.args.small
    by_label: dict[str, dict[int, int]] = defaultdict(dict)
    for (label, n), kb in bench.peaks.items():
        by_label[label][n] = kb
    out = [f"| command | at {small:,} rows | at {rows:,} rows | growth |", "|---|---|---|---|"]
    met: bool | None = None
    for label, sizes in by_label.items():
        a, b = sizes.get(small), sizes.get(rows)
        growth = f"{b / a:.2f}×" if a and b else "–"
        out.append(f"| {label} | {mb(a)} | {mb(b)} | {growth} |")
        if label.startswith("kerjasama") and b:
            ok = b / 1024 < MEMORY_LIMIT_MB and (a is None or b <= a * FLAT)
            met = ok if met is None else met and ok
    out += ["", f"Peak resident memory of the child (`/usr/bin/time -f %M`), the largest of the "
            f"rounds. Target: kerjasama under {MEMORY_LIMIT_MB} MB, and flat (at {rows:,} rows "
            f"within {FLAT:g}× of the peak at {small:,}).", ""]  # fmt: skip
    return out, met


def mb(kb: int | None) -> str:
    return f"{kb / 1024:.0f} MB" if kb else "–"


def size(bench: Any) -> tuple[list[str], bool | None]:
    rows, ours = bench.args.rows, bench.sizes.get("kerjasama")
    if not ours:
        return ["Not measured (our import failed).", ""], None
    theirs = bench.sizes.get("sqlite-utils")
    out = [f"kerjasama file after the CSV import: {ours / 1e6:.1f} MB, **{ours / rows:.0f} bytes "
           f"a record** (target ≤ {SIZE_LIMIT}); the sqlite-utils file of the same CSV: "
           + (f"{theirs / 1e6:.1f} MB ({theirs / rows:.0f} bytes a record)." if theirs else "–."),
           "", "Where the bytes go (the dbstat virtual table):", "",
           "| table or index | MB | bytes a record | share |", "|---|---|---|---|"]  # fmt: skip
    total = sum(pages for _, pages in bench.breakdown) or 1
    for name, pages in bench.breakdown[:16]:
        out.append(f"| {name} | {pages / 1e6:.1f} | {pages / rows:.0f} | {pages / total:.0%} |")
    return [*out, ""], ours / rows <= SIZE_LIMIT


def load_line(loads: list[float]) -> str:
    return (f"load average (1 min) {loads[0]:.1f} at the start, {loads[-1]:.1f} at the end, "
            f"{min(loads):.1f}–{max(loads):.1f} over the run")  # fmt: skip


def importtime_lines(found: dict[str, list[tuple[str, int]]]) -> list[str]:
    out = []
    for name, modules in found.items():
        if not modules:
            continue
        packages: dict[str, int] = defaultdict(int)
        for module, micros in modules:
            packages[module.split(".")[0]] += micros
        top = sorted(packages.items(), key=lambda item: -item[1])[:8]
        out.append(f"- {name}: {len(modules)} modules, {sum(m for _, m in modules) / 1000:.0f} ms "
                   "of imports; by package: "
                   + ", ".join(f"{p} {us / 1000:.1f} ms" for p, us in top))  # fmt: skip
    return out


def render(bench: Any, command: str, header: list[str], data_note: str, analysis: Path) -> str:
    """The whole RESULTS.md."""
    args, sections, clock = bench.args, bench.sections, bench.clock
    mem_lines, mem_met = memory(bench)
    size_lines, size_met = size(bench)
    out = [
        "# Benchmark results (issue 12)",
        "",
        f"Written by `{command}` in {clock_text(clock.elapsed())} (minutes:seconds; budget "
        f"{args.budget:g} minutes). Generated by the run: rerun rather than edit; the hand-written "
        "analysis at the end is bench/ANALYSIS.md. Every command is a fresh process; each round "
        "runs ours and the reference side by side, ours first in even rounds and second in odd "
        "ones; the tables give medians, the per-round ratios' range, and the rounds each figure "
        "got.",
        "",
        *header,
        f"- {load_line(clock.loads)}",
        f"- data: {args.rows:,} generated rows (bench/data.py, seed {args.seed}: partners in ~40 "
        f"countries named in English and Indonesian, both languages' types, events, five date "
        f"styles, sectors), CSV and NDJSON, {data_note}",
        "",
    ]
    out += targets(bench, mem_met, size_met)
    for name in ("Import", "Queries", "Single writes", "Start-up"):
        if name not in sections:
            continue
        out += [f"## {name}", ""]
        out += table(sections[name], args.rows if name == "Import" else None)
        if name == "Import":
            out += ["The kerjasama figure of the floor and --no-detect-types rows is the "
                    "same round's CSV import (not run twice). "
                    "Each of our imports starts from a copy of a freshly initialised database "
                    "(`kerjasama init`: the seed's records), each reference from no file.", "",
                    "### Peak memory", "", *mem_lines, "### Size", "", *size_lines]  # fmt: skip
        if name == "Start-up" and getattr(bench, "importtime", None):
            out += ["What each loads (`python -X importtime`, self times, one run with the "
                    "cache):", "", *importtime_lines(bench.importtime), ""]  # fmt: skip
    if bench.notes:
        out += ["Notes from the run:", "", *[f"- {n}" for n in bench.notes], ""]
    out += commands(sections)
    out += reading(bench)
    out += bounds(bench)
    out += ["## Analysis (hand-written)", "", ANALYSIS_MARK, ""]
    out.append(analysis.read_text(encoding="utf-8").strip() if analysis.exists()
               else f"(No {analysis.name} yet: write the analysis there.)")  # fmt: skip
    return "\n".join(out) + "\n"


def targets(bench: Any, mem_met: bool | None, size_met: bool | None) -> list[str]:
    s = bench.sections
    out = ["## Targets: met and not met", "", "| target | result |", "|---|---|"]

    def row(target: str, figures: list[Figure]) -> None:
        parts = [f"{f.name} {verdict(f.met)}" + (f" ({ratio_text(f, f.ratio)})"
                 if f.ratio is not None else "") for f in figures]  # fmt: skip
        out.append(f"| {target} | {'; '.join(parts) or 'not run'} |")

    imports = s.get("Import", [])
    row("import ≥ 3× sqlite-utils' rows/s (CSV, NDJSON)", imports[:2])
    row("import within 10× of `sqlite3 .import`", imports[2:3])
    row("(for information) import against sqlite-utils --no-detect-types", imports[3:])
    small, rows = bench.args.small, bench.args.rows
    peaks = [f"{label.split('(')[1][:-1]} {mb(bench.peaks.get((label, small)))} at {small:,} "
             f"rows, {mb(bench.peaks.get((label, rows)))} at {rows:,}"
             for label in ("kerjasama import (CSV)", "kerjasama import (NDJSON)")]  # fmt: skip
    out.append(f"| import peak memory < {MEMORY_LIMIT_MB} MB, flat | {verdict(mem_met)} "
               f"({'; '.join(peaks)}) |")  # fmt: skip
    out.append(f"| size ≤ {SIZE_LIMIT} bytes a record | {verdict(size_met)} "
               + (f"({bench.sizes['kerjasama'] / bench.args.rows:.0f} bytes)"
                  if "kerjasama" in bench.sizes else "") + " |")  # fmt: skip
    row("queries within 1.5× of their SQL", s.get("Queries", []))
    row("add, edit within 1.5× of `list --limit 1`", s.get("Single writes", []))
    row("start-up ≤ `sqlite-utils rows`", s.get("Start-up", []))
    return [*out, ""]


def reading(bench: Any) -> list[str]:
    """How far to trust the figures, from this run's own spread and load."""
    loads = bench.clock.loads
    out = ["## Reading these figures", "",
           f"Generated from this run. The machine had {os.cpu_count()} cores; {load_line(loads)}. "
           "Above a load of about the core count, every absolute time here is inflated by the "
           "other work; ours and the reference ran in the same minutes, so the ratios are the "
           "figures to read.", ""]  # fmt: skip
    unstable = []
    for figures in bench.sections.values():
        for f in figures:
            per = f.round_ratios()
            hits = sum(f.meets(x) for x in per)
            if per and 0 < hits < len(per):
                unstable.append(f"{f.name} ({hits} of {len(per)} rounds within the target, "
                                f"ratios {min(per):.2f}–{max(per):.2f})")  # fmt: skip
            elif len(per) == 1:
                unstable.append(f"{f.name} (one round only)")
    if unstable:
        out += [
            "Verdicts the rounds do not agree on, or resting on one round, to rerun on an "
            "idle machine before reading them as settled: " + "; ".join(unstable) + ".",
            "",
        ]
    else:
        out += ["Every figure's rounds agree on its verdict.", ""]
    return out


def bounds(bench: Any) -> list[str]:
    """What this run's own data says bounds each target (no profile: see the analysis)."""
    s, rows = bench.sections, bench.args.rows
    out = ["## What bounds each target (from this run's data)", ""]
    imports = s.get("Import", [])
    if len(imports) >= 3 and imports[0].ratio and imports[2].ratio:
        ours = statistics.median(imports[0].ours)
        utils = statistics.median(imports[0].ref)
        floor = statistics.median(imports[2].ref)
        need = utils / imports[0].limit
        out.append(f"- **Import**: ours {ours / rows * 1e6:.1f} µs a row, sqlite-utils "
                   f"{utils / rows * 1e6:.1f}, `sqlite3 .import` {floor / rows * 1e6:.1f} (the "
                   f"cost of writing the rows at all). 3× sqlite-utils means ≤ "
                   f"{need / rows * 1e6:.1f} µs a row"
                   + (f", {ours / need:.1f}× less than now" if ours > need else "")
                   + "; within 10× of the floor means ≤ "
                   f"{floor * imports[2].limit / rows * 1e6:.1f} µs.")  # fmt: skip
    start = s.get("Start-up", [])
    startup = statistics.median(start[0].ours) if start and start[0].rounds else None
    if startup and s.get("Queries"):
        slow = [f for f in s["Queries"] if f.met is False]
        ref_start = statistics.median(start[0].ref)
        text = (
            f"- **Queries**: our start-up on the seed costs {fmt(startup)} against "
            f"sqlite-utils' {fmt(ref_start)}; every query figure carries it."
        )
        if slow:
            text += (
                " Not met, ours minus the reference, per query: "
                + ", ".join(
                    f"{f.name} +{fmt(statistics.median(f.ours) - statistics.median(f.ref))}"
                    for f in slow
                )
                + " (time spent past the SQL: decoding, statuses, rendering)."
            )
        out.append(text)
    writes = s.get("Single writes", [])
    if writes and writes[0].rounds:
        out.append(
            "- **Single writes**: "
            + ", ".join(f"{f.name} {fmt(statistics.median(f.ours))}" for f in writes if f.rounds)
            + f" against `list --limit 1` {fmt(statistics.median(writes[0].ref))}."
        )
    if bench.breakdown:
        total = bench.sizes["kerjasama"] / rows
        top = ", ".join(f"{name} {pages / rows:.0f}" for name, pages in bench.breakdown[:5])
        over = total - SIZE_LIMIT
        out.append(f"- **Size**: {total:.0f} bytes a record"
                   + (f", {over:.0f} over the target" if over > 0 else "")
                   + f"; the largest parts (bytes a record): {top}.")  # fmt: skip
    small, full = bench.args.small, rows
    for label in ("kerjasama import (CSV)", "kerjasama import (NDJSON)"):
        a, b = bench.peaks.get((label, small)), bench.peaks.get((label, full))
        if a and b and full > small:
            out.append(f"- **Memory**, {label}: {mb(a)} at {small:,} rows, {mb(b)} at "
                       f"{full:,}: {(b - a) / 1024 / (full - small) * 100_000:+.1f} MB per "
                       "100,000 rows more.")  # fmt: skip
    out.append("")
    for found in getattr(bench, "profiles", []):
        out += markdown(found)
    return out


# bench/serve.py's figures (issue 20) live between these marks in RESULTS.md: a rerun of run.py
# keeps them, a rerun of serve.py replaces them.
SERVE_START, SERVE_END = "<!-- serve:start -->", "<!-- serve:end -->"


def splice_serve(text: str, block: str) -> str:
    """TEXT with BLOCK between the serve marks (put before the analysis when absent)."""
    wrapped = f"{SERVE_START}\n{block}\n{SERVE_END}"
    if SERVE_START in text and SERVE_END in text:
        end = text.index(SERVE_END) + len(SERVE_END)
        return text[: text.index(SERVE_START)] + wrapped + text[end:]
    if "## Analysis (hand-written)" in text:
        i = text.index("## Analysis (hand-written)")
        return text[:i] + wrapped + "\n\n" + text[i:]
    return text + "\n" + wrapped + "\n"


def keep_serve(path: Path, text: str) -> str:
    """TEXT with the serve block the file at PATH had, if it had one."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if SERVE_START not in old or SERVE_END not in old:
        return text
    block = old[old.index(SERVE_START) + len(SERVE_START) : old.index(SERVE_END)].strip("\n")
    return splice_serve(text, block)
