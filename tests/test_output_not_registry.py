"""No command writes its output onto the registry (or onto another SQLite database, or a
registry's -wal file): `export -o registry.db` replaced every record with a JSON text, and so did
`report -o`, `report --xlsx`, `extract -o` and `import --rejects`. Each is exit 2 with one line
naming the option, and the database stays byte-for-byte as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, Run

SEED = REPO.parent / "shared" / "seeds" / "000_499356a9fce063c6.txt"


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _commands(target: str, tmp_path: Path) -> list[tuple[str, list[str]]]:
    bad = tmp_path / "bad.csv"
    bad.write_text("partner,country,type,date\nX,ZZ,mou,2024-01-01\n", encoding="utf-8")
    return [
        ("--output", ["export", "-f", "json", "-o", target]),
        ("--output", ["export", "-o", target, "-f", "csv"]),
        ("--output", ["report", "-o", target]),
        ("--xlsx", ["report", "--period", "2025", "--xlsx", target]),
        ("--output", ["extract", str(SEED), "-o", target]),
        ("--rejects", ["import", str(bad), "--skip-invalid", "--rejects", target]),
    ]


@pytest.mark.parametrize("which", ["registry", "wal", "other database"])
def test_no_output_lands_on_a_database(run, tmp_path, snapshot, which):
    run("list")
    other = tmp_path / "backup.db"
    shutil.copyfile(run.db, other)
    target = {
        "registry": run.db,
        "wal": Path(f"{run.db}-wal"),
        "other database": other,
    }[which]
    for option, args in _commands(str(target), tmp_path):
        before = snapshot(run.db), other.read_bytes()
        result = run(*args, code=2)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (args, result.stderr)
        assert lines[0].startswith(f"kerjasama: error: {option} '"), (args, lines)
        assert "database" in lines[0], (args, lines)
        assert (snapshot(run.db), other.read_bytes()) == before, args


@pytest.mark.parametrize("name", ["art.txt", "art.json"])
def test_extract_never_writes_its_drafts_over_the_article(run, tmp_path, monkeypatch, name):
    """`extract art.txt -o art.txt` replaced the article with its drafts (exit 0): the article
    is an input, as the imported file is for `import --rejects`."""
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, name)
    text = Path(name).read_bytes()
    result = run("extract", name, "-o", name, code=2)
    assert result.stderr.strip() == (
        f"kerjasama: error: --output '{name}': is a file this command reads; give another name"
    )
    assert Path(name).read_bytes() == text
