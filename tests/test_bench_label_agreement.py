"""bench/label_agreement.py: people's agreement on the same articles, the extractor's ceiling."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import early, in_english

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "label_agreement.py"
SECOND = ROOT / "bench" / "agreement"


def _run(*folders: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCH), *map(str, folders)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _all_fields(report: str) -> list[tuple[float, float, float]]:
    rows = [line.split()[2:5] for line in report.splitlines() if line.startswith("ALL FIELDS")]
    return [tuple(map(float, row)) for row in rows]


def test_a_labelling_identical_to_the_corpus_agrees_fully(tmp_path: Path) -> None:
    article = ROOT / "tests" / "extract_cases" / "real20"
    first = sorted(article.glob("*.json"))[0]
    shutil.copy(first, tmp_path / first.name)
    people, machine_first, machine_second = _all_fields(_run(tmp_path))
    assert people == (1.0, 1.0, 1.0)
    assert machine_first == machine_second


def test_a_labelling_that_misses_a_record_loses_recall_not_precision(tmp_path: Path) -> None:
    source = next(
        p
        for p in sorted((ROOT / "tests" / "extract_cases" / "real21").glob("*.json"))
        if len(json.loads(p.read_text(encoding="utf-8"))["records"]) >= 2
    )
    spec = json.loads(source.read_text(encoding="utf-8"))
    spec["records"] = spec["records"][:-1]
    (tmp_path / source.name).write_text(json.dumps(spec), encoding="utf-8")
    (p, r, _), _, _ = _all_fields(_run(tmp_path))
    assert p == 1.0 and r < 1.0


def _forty(_folder: Path) -> str:
    """The agreement of the two labellings of the forty articles: run on the spare core from the
    start of the session (~3 s; conftest's `early`), the test asserting on it."""
    return _run(SECOND / "p", SECOND / "q")


EARLY = {"forty": in_english(_forty)}


def test_people_agree_on_the_forty_articles_as_measured(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    names = [p.stem for p in SECOND.glob("*/*.json")]
    assert len(names) == 40 == len(set(names))
    (p, r, f), _, _ = _all_fields(early(__name__, "forty", tmp_path_factory))  # type: ignore[arg-type]
    # measured at stop 35: P 0.893 R 0.835 F1 0.863; the labels are data, so this is their floor.
    # Both labellings relabelled to tests/extract_cases/CONVENTIONS.md (i47b, stop 37): P 0.896
    # R 0.837 F1 0.866. The sectors agriculture, fisheries and maritime labelled in both and in
    # the corpus (i48b, stop 39; the labels alone moved it): P 0.898 R 0.841 F1 0.869.
    assert f >= 0.869 and p >= 0.898 and r >= 0.841
