"""Exports carry stages: `export` then `import` into a fresh registry keeps each record's stage.

YAML and JSON (the seed shape) carry every evidence row (an `evidence:` section, as
data/seed.yaml has); CSV, NDJSON and Excel carry each record's furthest stage in a `stage`
column, which import stores as evidence of that record. Read back from the stored rows, over
every import path: set-wise (a CSV or NDJSON file), row by row (stdin, a workbook) and the
document path (YAML, JSON)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import Run

# (record, stage, date): a proposal that has reached DPRD approval (after an exploration), and
# an LoI's partnership that has reached the drafting of its agreement.
EVIDENCE = [
    ("chungcheongnam-do-loi-2025-05-27", "exploration", "2025-01"),
    ("chungcheongnam-do-loi-2025-05-27", "dprd_approval", "2025-07-02"),
    ("kuala-lumpur-loi-2025-08", "drafting", "2025-10"),
]


def _evidence(db: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return set(
            conn.execute(
                "SELECT r.key, e.stage FROM evidence e JOIN records r ON r.id = e.record_id"
            ).fetchall()
        )
    finally:
        conn.close()


def _furthest(run: Run) -> list[dict]:
    """The partnerships by the stage they have reached (the furthest their records and
    evidence prove), as `stats --by stage` counts them."""
    return run.json("stats", "--by", "stage")


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple[Run, Path]:
    folder = tmp_path_factory.mktemp("stages")
    run = Run(folder / "registry.db")
    for key, stage, date in EVIDENCE:
        run("evidence", "add", key, stage, "--date", date, "--number", f"{stage}/1")
    return run, folder


def _fresh(tmp_path: Path) -> Run:
    run = Run(tmp_path / "fresh.db")
    run("init", "--empty")
    return run


@pytest.mark.parametrize("name", ["records.yaml", "records.json"])
def test_a_document_export_carries_every_evidence_row(source, tmp_path: Path, name: str) -> None:
    run, _ = source
    path = tmp_path / name
    run("export", "-o", str(path))
    fresh = _fresh(tmp_path)
    fresh("import", str(path))
    assert _evidence(fresh.db) == _evidence(run.db)
    conn = sqlite3.connect(fresh.db)
    try:
        numbers = {
            n for (n,) in conn.execute("SELECT number FROM evidence WHERE number IS NOT NULL")
        }
    finally:
        conn.close()
    assert {"exploration/1", "dprd_approval/1", "drafting/1"} <= numbers
    assert _furthest(fresh) == _furthest(run)
    fresh("import", str(path))  # again: nothing twice
    assert len(_evidence(fresh.db)) == len(_evidence(run.db))


@pytest.mark.parametrize(
    "name, stdin",
    [
        ("records.csv", False),  # set-wise
        ("records.ndjson", False),  # set-wise
        ("records.csv", True),  # row by row
        ("records.xlsx", False),  # row by row
    ],
)
def test_a_flat_export_carries_each_records_furthest_stage(
    source, tmp_path: Path, name: str, stdin: bool
) -> None:
    run, _ = source
    path = tmp_path / name
    run("export", "-o", str(path))
    fresh = _fresh(tmp_path)
    if stdin:
        fresh("import", "--format", "csv", "-", input=path.read_text(encoding="utf-8"))
    else:
        fresh("import", str(path))
    stored = _evidence(fresh.db)
    assert ("chungcheongnam-do-loi-2025-05-27", "dprd_approval") in stored
    assert ("kuala-lumpur-loi-2025-08", "drafting") in stored
    assert _furthest(fresh) == _furthest(run)


def test_the_stage_column_reads_back_from_a_bureau_workbook(source, tmp_path: Path) -> None:
    """`export --lang id` names the column `tahap`, which import reads as `stage`."""
    run, _ = source
    path = tmp_path / "records.csv"
    run("export", "-o", str(path), "--lang", "id")
    assert path.read_text(encoding="utf-8").splitlines()[0].endswith(",tahap")
    fresh = _fresh(tmp_path)
    fresh("import", str(path))
    assert _furthest(fresh) == _furthest(run)
