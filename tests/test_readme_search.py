"""The sessions in docs/guide/search.md ("Full-text search") are what the tool prints.

Commands run in-process, in order, on one freshly seeded database; `export` lines set the
environment, and the few shell pipes the page uses (`head -N`, `cut -d, -fLIST`, `grep WORD`)
are applied here. A command's expected text is its stderr followed by its stdout, as a shell
shows them.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from kerjasama_cli.cli.app import app

PAGE = Path(__file__).resolve().parents[1] / "docs" / "guide" / "search.md"


def _section() -> str:
    text = PAGE.read_text(encoding="utf-8")
    start = text.index("## Full-text search")
    return text[start : text.index("\n## ", start + 1)]


def _cut(lines: list[str], spec: str) -> list[str]:
    fields: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        fields += range(int(lo), int(hi or lo) + 1)
    return [",".join(c for i, c in enumerate(line.split(","), 1) if i in fields) for line in lines]


def _pipe(lines: list[str], stage: list[str]) -> list[str]:
    if stage[0] == "head":
        return lines[: int(stage[1].lstrip("-n"))]
    if stage[0] == "cut" and stage[1] == "-c":  # characters A-B of each line
        lo, _, hi = stage[2].partition("-")
        return [line[int(lo) - 1 : int(hi)] for line in lines]
    if stage[0] == "cut":
        assert stage[1] == "-d,", stage
        return _cut(lines, stage[2].removeprefix("-f"))
    if stage[0] == "grep":
        return [line for line in lines if stage[1] in line]
    raise AssertionError(f"the page uses a pipe this test does not know: {stage}")


def test_readme_search_sessions_are_real(run, monkeypatch):
    run("list")  # create and seed the database first, as the page's sessions assume
    blocks = re.findall(r"```console\n(.*?)```", _section(), re.S)
    checked = 0
    for block in blocks:
        parts = re.split(r"^\$ (.*)\n", block, flags=re.M)
        for command, expected in zip(parts[1::2], parts[2::2], strict=True):
            if command.startswith("export "):
                name, _, value = command.removeprefix("export ").partition("=")
                monkeypatch.setenv(name, value)
                continue
            stages = [shlex.split(s) for s in command.split(" | ")]
            assert stages[0][0] == "kerjasama", command
            argv = ["--db", str(run.db), *stages[0][1:]]
            result = run.runner.invoke(app, argv, env={"COLUMNS": "80"})
            lines = (result.stderr + result.stdout).splitlines()
            for stage in stages[1:]:
                lines = _pipe(lines, stage)
            got = [line.rstrip() for line in lines]
            assert got == expected.rstrip("\n").splitlines(), command
            checked += 1
    assert checked >= 15
