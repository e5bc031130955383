"""Where a command spends its time: cProfile of one run, summarised for RESULTS.md.

bench/run.py profiles our CSV import at the small size, and at full size each query or write
that missed its target (while the budget allows), so that "what bounds each target" rests on
this run's own profile rather than on an older one.
"""

from __future__ import annotations

import pstats
import sys
from dataclasses import dataclass, field
from pathlib import Path

from measure import timed


@dataclass
class Profile:
    """The functions that took the most time of one profiled run."""

    title: str
    command: str
    seconds: float  # wall time under the profiler
    rows: list[tuple[str, float, float, int]]  # function, own s, cumulative s, calls
    ours: list[tuple[str, float, float, int]] = field(default_factory=list)  # kerjasama_cli's
    error: str = ""


def label(key: tuple[str, int, str]) -> str:
    """A function as `module.py:line name`, the path cut to what follows the package's root."""
    file, line, name = key
    if file == "~":
        return name  # a built-in, e.g. {method 'execute' of 'sqlite3.Connection' objects}
    path = Path(file)
    parts = path.parts
    for root in ("kerjasama_cli", "site-packages", "lib"):
        if root in parts:
            i = len(parts) - 1 - parts[::-1].index(root)
            path = Path(*parts[i + (root != "kerjasama_cli") :])
            break
    return f"{path}:{line} {name}"


def profile(title: str, shown: str, args: list[str], env: dict[str, str], out: Path,
            timeout: float, top: int = 14) -> Profile:  # fmt: skip
    """Run `python -m kerjasama_cli ARGS` under cProfile; its TOP functions by own time."""
    cmd = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "kerjasama_cli", *args]
    got = timed(cmd, env, timeout)
    if got.error:
        return Profile(title, shown, got.seconds, [], got.error)
    stats = pstats.Stats(str(out)).stats  # type: ignore[attr-defined]
    every = [(label(key), tt, ct, nc) for key, (_cc, nc, tt, ct, _callers) in stats.items()]
    by_own = sorted(every, key=lambda row: -row[1])[:top]
    # Our own functions by cumulative time: the outline (command, parse, write, index) that
    # the leaves above sit under. Entry points (every frame below main) say nothing and go.
    ours = [
        row
        for row in every
        if row[0].startswith("kerjasama_cli/")
        and not row[0].startswith(("kerjasama_cli/__main__", "kerjasama_cli/cli/app"))
    ]
    return Profile(title, shown, got.seconds, by_own,
                   sorted(ours, key=lambda row: -row[2])[:top])  # fmt: skip


def markdown(found: Profile) -> list[str]:
    head = f"Profile of `{found.command}` ({found.title}; {found.seconds:.1f} s under cProfile)"
    if found.error:
        return [f"{head}: {found.error}.", ""]
    out = [head + ": the functions with the most time of their own, then kerjasama's own "
           "functions with the most time under them.", ""]  # fmt: skip
    for rows in (found.rows, found.ours):
        out += ["| function | own s | cumulative s | calls |", "|---|---|---|---|"]
        for name, own, cumulative, calls in rows:
            name = name.replace("|", "/")
            out.append(f"| `{name}` | {own:.2f} | {cumulative:.2f} | {calls:,} |")
        out.append("")
    return out
