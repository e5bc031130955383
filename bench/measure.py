"""Timing fresh processes for bench/run.py: wall time, peak memory, time-boxes, figures, the clock.

Every command is measured as a user runs it: a fresh process, its output read and discarded.
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

GNU_TIME = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else "")


@dataclass
class Outcome:
    """One run of one command: wall seconds, the child's peak resident KB (0 when not measured)
    and, when it failed or ran out of time, why (one line)."""

    seconds: float
    peak_kb: int = 0
    error: str = ""
    cpu: float = 0.0  # the child's user + system seconds (GNU time), when memory was measured


def timed(cmd: list[str], env: dict[str, str], timeout: float, memory: bool = False) -> Outcome:
    """Run CMD once as a fresh process; kill it (and its children) after TIMEOUT seconds.

    With MEMORY, the command runs under GNU time (`/usr/bin/time -f %M`): the child's own peak
    resident set. (wait4's ru_maxrss of a direct child also counts pages it shared with this
    process between fork and exec.) Both sides of a figure are wrapped alike, so the wrapper's
    millisecond is in both.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        wrapped = cmd
        if memory and GNU_TIME:
            wrapped = [GNU_TIME, "-f", "%M %U %S", "-o", report.name, *cmd]
        start = time.perf_counter()
        proc = subprocess.Popen(
            wrapped,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # one process group: a time-out kills the whole command
        )
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return Outcome(time.perf_counter() - start, error=f"timed out after {timeout:.0f} s")
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            last = err.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
            return Outcome(seconds, error=f"exit {proc.returncode}: {last[0][:200]}")
        lines = report.read().strip().splitlines()
        fields = lines[-1].split() if memory and lines else []
        if len(fields) == 3 and fields[0].isdigit():
            return Outcome(seconds, int(fields[0]), cpu=float(fields[1]) + float(fields[2]))
    return Outcome(seconds, 0)


@dataclass
class Figure:
    """One line of a results table: our command against its reference, round by round.

    SPEED figures compare rows per second (ratio = reference time / ours, met when ≥ LIMIT);
    the others compare times (ratio = ours / reference, met when ≤ LIMIT).
    """

    name: str
    ours_cmd: str
    ref_cmd: str
    limit: float
    speed: bool = False
    ours: list[float] = field(default_factory=list)
    ref: list[float] = field(default_factory=list)
    error: str = ""

    @property
    def target(self) -> str:
        return f"≥ {self.limit:g}×" if self.speed else f"≤ {self.limit:g}×"

    @property
    def rounds(self) -> int:
        return min(len(self.ours), len(self.ref))

    def _ratio(self, ours: float, ref: float) -> float:
        return ref / ours if self.speed else ours / ref

    @property
    def ratio(self) -> float | None:
        if not self.rounds:
            return None
        return self._ratio(statistics.median(self.ours), statistics.median(self.ref))

    def round_ratios(self) -> list[float]:
        return [self._ratio(o, r) for o, r in zip(self.ours, self.ref, strict=False)]

    def meets(self, ratio: float) -> bool:
        return ratio >= self.limit if self.speed else ratio <= self.limit

    @property
    def met(self) -> bool | None:
        """None when there is no figure (it failed or timed out before a round completed)."""
        ratio = self.ratio
        return None if ratio is None or self.error else self.meets(ratio)

    def add(self, ours: Outcome, ref: Outcome) -> None:
        """Record one round; a failure or time-out of either side ends the figure's rounds."""
        if ours.error or ref.error:
            side = "kerjasama" if ours.error else "reference"
            self.error = f"{side}: {ours.error or ref.error}"
            return
        self.ours.append(ours.seconds)
        self.ref.append(ref.seconds)


def pair(
    figure: Figure,
    ours: list[str],
    ref: list[str],
    env: dict[str, str],
    round_: int,
    timeout: float,
    memory: bool = False,
) -> tuple[Outcome, Outcome]:
    """One round of FIGURE: ours and the reference, ours first in even rounds, second in odd ones
    (so a drift in the machine's load over the run does not favour one side)."""
    if figure.error:
        return Outcome(0.0), Outcome(0.0)
    first, second = (ours, ref) if round_ % 2 == 0 else (ref, ours)
    a = timed(first, env, timeout, memory)
    b = timed(second, env, timeout, memory) if not a.error else Outcome(0.0)
    got = (a, b) if round_ % 2 == 0 else (b, a)
    figure.add(*got)
    return got


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class Clock:
    """The run's budget: elapsed time, the load average seen, progress lines on stderr."""

    def __init__(self, budget_seconds: float) -> None:
        self.start = time.perf_counter()
        self.budget = budget_seconds
        self.loads: list[float] = [os.getloadavg()[0]]

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def left(self) -> float:
        return self.budget - self.elapsed()

    def say(self, text: str, eta: float | None = None) -> None:
        """A progress line on stderr: elapsed, the estimated time left (when known), TEXT."""
        self.loads.append(os.getloadavg()[0])
        left = f", ~{clock_text(eta)} left" if eta is not None else ""
        print(f"[{clock_text(self.elapsed())}{left}] {text}", file=sys.stderr, flush=True)
