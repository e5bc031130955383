"""How soon a read into a closed pipe ends, beside the same read of one row.

    python bench/pipe.py --db REGISTRY [--rounds N] [--bytes N] [-- ARGS ...]

`kerjasama ARGS | head -c BYTES` (ARGS: `list --format json` by default), the pipe read and closed
as `head` does, beside the reference `kerjasama ARGS --limit 1` (start-up and the first row), each
a fresh process, side by side round after round (the order alternating). Prints a table of the
medians. tests/test_streaming.py counts SQLite's steps instead of timing (the machine's load moves
a clock, not a count); it runs this script on a tiny registry so that it cannot rot.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time


def into_head(command: list[str], size: int = 100) -> float:
    """Seconds until COMMAND has written SIZE bytes and the pipe is closed, as `head` does."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.read(size)
    process.stdout.close()
    process.wait()
    return time.perf_counter() - start


def _whole(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bytes", type=int, default=100)
    parser.add_argument("args", nargs="*", default=["list", "--format", "json"])
    options = parser.parse_args(argv)
    base = [sys.executable, "-m", "kerjasama_cli", "--db", options.db, *options.args]
    os.environ.setdefault("NO_COLOR", "1")
    ours: list[float] = []
    reference: list[float] = []
    for round_ in range(options.rounds):
        steps = [
            lambda: ours.append(into_head(base, options.bytes)),
            lambda: reference.append(_whole([*base, "--limit", "1"])),
        ]
        for step in steps[:: 1 if round_ % 2 else -1]:
            step()
    what = " ".join(options.args)
    print(f"medians of {options.rounds} rounds, seconds")
    print()
    print("| read | seconds |")
    print("|---|---|")
    print(f"| kerjasama {what} \\| head -c {options.bytes} | {statistics.median(ours):.2f} |")
    print(f"| reference: kerjasama {what} --limit 1 | {statistics.median(reference):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
