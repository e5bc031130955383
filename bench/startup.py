"""Start-up: `kerjasama list` against `sqlite-utils rows` on the same database.

Usage: python bench/startup.py [RUNS]

Both commands run as fresh processes (as users run them), RUNS times each, alternating; the
script prints the median and best wall time of each and the ratio. Run from a checkout with the
package installed (pip install -e .).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    kerjasama = shutil.which("kerjasama") or sys.exit("kerjasama is not installed")
    sqlite_utils = shutil.which("sqlite-utils") or sys.exit("sqlite-utils is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        # With the bytecode cache, as an installed program runs: PYTHONDONTWRITEBYTECODE=1 in the
        # calling shell would have every run of ours compile the package (pip compiled the
        # reference's at install); one untimed round writes the caches.
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
        }
        env["KERJASAMA_DB"] = str(db)
        subprocess.run([kerjasama, "init"], check=True, env=env, stderr=subprocess.DEVNULL)
        commands = {
            "kerjasama list --format json": [kerjasama, "list", "--format", "json"],
            "kerjasama list (table)": [kerjasama, "list"],
            "sqlite-utils rows records": [sqlite_utils, "rows", str(db), "records"],
        }
        for cmd in commands.values():
            timed(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, cmd in commands.items():
                times[name].append(timed(cmd, env))
    base = statistics.median(times["sqlite-utils rows records"])
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:32} median {median * 1000:6.1f} ms  best {min(values) * 1000:6.1f} ms"
            f"  ({median / base:4.2f}x sqlite-utils)"
        )


if __name__ == "__main__":
    main()
