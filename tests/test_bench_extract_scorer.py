"""bench/extract_scorer.py on the written cases, so the scorer's bench cannot rot (issue 23)."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "extract_scorer.py"
CASES = ROOT / "tests" / "extract_cases"


def _bench():
    sys.path.insert(0, str(BENCH.parent))  # extract_scorer imports its sibling features module
    try:
        spec = importlib.util.spec_from_file_location("extract_scorer", BENCH)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH.parent))


def test_dump_labels_every_drafted_record_and_value_and_the_fit_is_deterministic(tmp_path):
    out = tmp_path / "seeds.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "dump", str(out), str(CASES / "seeds")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    articles = json.loads(out.read_text(encoding="utf-8"))
    assert articles and all(a["batch"] == "seeds" for a in articles)
    records = [r for a in articles for r in a["records"]]
    values = [v for a in articles for v in a["values"]]
    assert len(records) == sum(len([r for r in a["rows"] if r["partner"]]) for a in articles)
    # every example: its draft's row, numeric features (one-hot kinds among them), a label
    for index, features, right in records:
        assert isinstance(right, bool) and isinstance(index, int)
        assert any(name.startswith("record_ground=") for name in features)
        assert all(isinstance(value, float) for value in features.values())
    assert {v[1] for v in values} >= {"date", "sectors"}

    bench = _bench()
    examples = bench.examples(articles, "values")
    first, second = bench.fit(examples), bench.fit(examples)
    assert first == second and "bias" in first
    scored = [(bench.prob(f, first), y) for f, y in examples]
    assert all(0.0 < p < 1.0 for p, _ in scored)


def test_a_value_under_the_threshold_is_taken_out_and_scored_as_missing():
    bench = _bench()
    article = {
        "expected": [{"partner": "Kobe", "date": "2024-05-01", "sectors": ["education"]}],
        "rows": [{"partner": "Kobe", "date": "2023-01-01", "sectors": ["education", "health"]}],
        "records": [[0, {"x": 1.0}, True]],
        "values": [
            [0, "date", "2023-01-01", {"x": 1.0}, False],
            [0, "sectors", "health", {"x": 1.0}, False],
        ],
    }
    weights = {"bias": -5.0}  # every probability ~0.007
    rows = bench.apply(article, {}, weights, 0.0, 0.5)
    assert rows == [{"partner": "Kobe", "date": None, "sectors": ["education"]}]
    assert bench.apply(article, weights, {}, 0.5, 0.0) == []  # the record itself dropped
    assert bench.auc([(0.9, True), (0.1, False)]) == 1.0
    assert bench.auc([(0.1, True), (0.9, False)]) == 0.0
