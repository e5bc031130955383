"""bench/run.py end to end at a tiny size, so the runner cannot rot (no timing is asserted)."""

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import early, in_english, run_module

BENCH = Path(__file__).resolve().parent.parent / "bench"
FIGURES = [
    "import CSV",
    "import NDJSON",
    "import CSV, against the sqlite3 .import floor",
    "stats --by country",
    "stats --by governor",
    "stats --by year --by type",
    "list --country KR --limit 50",
    "list --governor Pramono --format json",
    "timeline --from 2020 --to 2021 --format json",
    "search banjir --limit 20",
    "show (a partner with 1 records)",
    "add",
    "edit",
    "start-up, with the bytecode cache",
    "start-up, without the bytecode cache",
]
TARGETS = [
    "import ≥ 3× sqlite-utils' rows/s",
    "import within 10× of `sqlite3 .import`",
    "import peak memory < 150 MB, flat",
    "size ≤ 500 bytes a record",
    "queries within 1.5× of their SQL",
    "add, edit within 1.5× of `list --limit 1`",
    "start-up ≤ `sqlite-utils rows`",
]


def _run_the_runner(folder: Path) -> dict[str, object]:
    """bench/run.py at a tiny size in FOLDER: what it printed and wrote. Run on the spare core
    from the start of the session (~11 s; conftest's `early`), the test asserting on it."""
    analysis = folder / "ANALYSIS.md"
    analysis.write_text("Hand-written: the import is bound by validation.\n", encoding="utf-8")
    out = folder / "RESULTS.md"
    # The venv's scripts (kerjasama, sqlite-utils) are found beside this Python.
    cmd = [sys.executable, str(BENCH / "run.py"), "--rows", "300", "--rounds", "1",
           "--startup-rounds", "1", "--work", str(folder / "work"), "--out", str(out),
           "--analysis", str(analysis)]  # fmt: skip
    # English, as every test's environment (conftest's _english_unless_asked).
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "KERJASAMA_LANG": "en"}
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    return {
        "returncode": result.returncode,
        "stderr": result.stderr,
        "text": out.read_text(encoding="utf-8") if out.exists() else "",
        "work": folder / "work",
    }


EARLY = {"runner": _run_the_runner}


def test_runner_writes_every_figure_with_a_ratio_and_keeps_the_analysis(tmp_path_factory):
    result: dict = early(__name__, "runner", tmp_path_factory)  # type: ignore[assignment]
    assert result["returncode"] == 0, result["stderr"]
    stderr = result["stderr"]
    assert "wrote" in stderr and re.search(r"^\[\d+:\d\d", stderr, re.M)
    text = result["text"]
    for figure in FIGURES:
        row = re.search(rf"^\| {re.escape(figure)} \|(.*)$", text, re.M)
        assert row, f"no row for {figure}"
        assert re.search(r"\| \d+\.\d\d× its (time|rows/s) \|", row.group(1)), row.group(0)
        assert re.search(r"\| (met|\*\*not met\*\*) \|$", row.group(0)), row.group(0)
    for target in TARGETS:
        assert re.search(rf"^\| {re.escape(target)}.* \| .*(met|no figure)", text, re.M), target
    for heading in ("## Import", "### Peak memory", "### Size", "## Queries", "## Single writes",
                    "## Start-up", "## Commands", "## Reading these figures",
                    "## What bounds each target", "## Analysis (hand-written)"):  # fmt: skip
        assert f"\n{heading}" in text, heading
    assert "| records |" in text  # the dbstat breakdown
    assert "Profile of `kerjasama --db DB import head-30.csv` (30 rows" in text
    assert text.rstrip().endswith("Hand-written: the import is bound by validation.")
    assert "--rows 300" in text.splitlines()[2]  # the exact command that wrote it
    # The data is cached by (rows, seed): a second generation is not needed.
    assert (result["work"] / "data" / "300-seed12" / "records.csv").exists()
    assert not list(result["work"].glob("run-*")), "the run's databases were left behind"


def _bench(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True,
                          text=True, timeout=300)  # fmt: skip


def _run_the_timings(folder: Path) -> dict[str, object]:
    """The timing scripts at a tiny size, pipe.py on a registry made in FOLDER: what each
    returned and printed. Run on the spare core from the start of the session (~4 s; conftest's
    `early`), the test asserting on it."""
    db = folder / "pipe.db"
    return {
        "extract_speed": _bench("extract_speed.py", "--runs", "1", "--words", "300"),
        "dates": _bench("dates.py", "--rounds", "1", "--chars", "300"),
        "init": run_module("init", db=db).returncode,
        "pipe": _bench("pipe.py", "--db", str(db), "--rounds", "1"),
    }


EARLY["timings"] = in_english(_run_the_timings)


def _printed(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_timings_moved_out_of_the_tests_still_run_and_print_their_tables(tmp_path_factory):
    # The tests count steps instead of timing (tests/counting.py, test_streaming's ticks); the
    # clocks live in these scripts, each beside its reference, run here at a tiny size.
    ran: dict = early(__name__, "timings", tmp_path_factory)  # type: ignore[assignment]
    out = _printed(ran["extract_speed"])
    assert re.search(r"^article: \d{3} words, \d+ drafts", out, re.M)
    for row in ("kerjasama extract ARTICLE", "reference: kerjasama extract ONE-SENTENCE",
                "drafting alone"):  # fmt: skip
        assert re.search(rf"^\| {row}.* \| \d+\.\d\d \|$", out, re.M), row
    out = _printed(ran["dates"])
    assert "| reference: just over MAX_DATE_CHARS (µs) |" in out
    assert len(re.findall(r"^\| .* \(300 characters\) \| \d+\.\d \| \d+\.\d \|$", out, re.M)) == 2
    assert ran["init"] == 0
    out = _printed(ran["pipe"])
    assert re.search(r"^\| kerjasama list --format json \\\| head -c 100 \| \d+\.\d\d \|$", out,
                     re.M)  # fmt: skip
    assert re.search(r"^\| reference: kerjasama list --format json --limit 1 \| \d+\.\d\d \|$",
                     out, re.M)  # fmt: skip
