"""Defects i33f found and left (chores after issue 33), each driven through the CLI on a copy of
the seeded registry: a digits-only key from `import`, a merge that makes a name ambiguous, name
filters that fold case and accents alike everywhere, and outputs that overwrote a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run
from test_error_language_values import english_left


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


@pytest.mark.parametrize(
    "args, name",
    [
        (["export", "-o", "{path}"], "out.yaml"),
        (["export", "--format", "csv", "-o", "{path}"], "out.csv"),
        (["export", "-o", "{path}"], "out.xlsx"),
        (["report", "-o", "{path}"], "briefing.html"),
        (["report", "--period", "2024", "-o", "b.html", "--xlsx", "{path}"], "b.xlsx"),
    ],
)
def test_an_output_file_that_exists_is_kept_unless_forced(
    run: Run, tmp_path: Path, monkeypatch, args: list[str], name: str
):
    """`export -o FILE` and `report -o FILE` replaced an existing file without a word, where
    `backup` refuses one without `--force`. One convention: refused (exit 2, one line, the file
    untouched, nothing else written), `--force` overwrites."""
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    target = folder / name
    target.write_bytes(b"the bureau's own file\n")
    given = [a.replace("{path}", name) for a in args]
    line = run(*given, code=2).stderr
    option = "--xlsx" if name == "b.xlsx" else "--output"
    assert line == (
        f"kerjasama: error: {option} '{name}': already exists; use --force to overwrite it\n"
    ), line
    said = run("--lang", "id", *given, code=2).stderr
    assert said.count("\n") == 1 and english_left(said) == [], said
    assert target.read_bytes() == b"the bureau's own file\n"
    assert sorted(p.name for p in folder.iterdir()) == [name]
    run(*given, "--force")
    assert target.read_bytes() != b"the bureau's own file\n"

