"""The session in docs/guide/partners.md ("Partners and local governments") is what the tool prints.

Commands run in-process, in order, on one freshly seeded database, in a temporary directory;
`cat FILE` lines write FILE with the text the page shows, so the imports read exactly that.
History timestamps are the only text compared by shape rather than value.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from kerjasama_cli.cli.app import app

PAGE = Path(__file__).resolve().parents[1] / "docs" / "guide" / "partners.md"
STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?: [+-]\d\d:\d\d)?")  # local, with offset


def _section() -> str:
    """The page is one session: from its title to its end."""
    return PAGE.read_text(encoding="utf-8")


def test_readme_partners_session_is_real(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KERJASAMA_USER", "analyst")  # who the README's history names
    run("list")  # the registry is the bundled seed
    (block,) = re.findall(r"```console\n(.*?)```", _section(), re.S)
    parts = re.split(r"^\$ (.*)\n", block, flags=re.M)
    checked = 0
    for command, expected in zip(parts[1::2], parts[2::2], strict=True):
        words = shlex.split(command)
        want = expected.rstrip("\n").splitlines()
        if words[0] == "cat":
            Path(words[1]).write_text(expected.strip("\n") + "\n", encoding="utf-8")
            continue
        assert words[0] == "kerjasama", command
        result = run.runner.invoke(app, ["--db", str(run.db), *words[1:]])
        got = [line.rstrip() for line in (result.stderr + result.stdout).splitlines()]
        assert [STAMP.sub("T", g) for g in got] == [STAMP.sub("T", w) for w in want], command
        checked += 1
    assert checked >= 15
