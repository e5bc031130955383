"""bench/extract_abstentions.py: the labelled articles extract drafts nothing for."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "extract_abstentions.py"


def _article(folder: Path, stem: str, text: str, partner: str) -> None:
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    record = {"partner": [partner], "type": "visit", "date": None, "local_party": "Sleman"}
    spec = {"published": "2025-09-20", "records": [record]}
    (folder / f"{stem}.json").write_text(json.dumps(spec), encoding="utf-8")


def test_only_labelled_articles_that_draft_nothing_are_listed(tmp_path: Path) -> None:
    drafted = (
        "Dubes Ceko Temui Bupati Sleman\n\nSLEMAN - Duta Besar Ceko bertemu Bupati Sleman di "
        "Pendopo Sleman, Jumat (19/9/2025)."
    )
    silent = (
        "Bupati Sleman Bertemu Warga\n\nSLEMAN - Bupati Sleman bertemu warga, Jumat (19/9/2025)."
    )
    _article(tmp_path, "drafted", drafted, "Ceko")
    _article(tmp_path, "silent", silent, "Ceko")
    (tmp_path / "unlabelled.txt").write_text(silent, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(BENCH), str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line]
    assert lines == [
        f"{tmp_path.name}/silent: Ceko (visit)",
        "1 labelled articles draft nothing (1 records)",
    ]


def test_no_folder_is_a_usage_error() -> None:
    done = subprocess.run([sys.executable, str(BENCH)], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "extract_abstentions.py" in done.stderr
