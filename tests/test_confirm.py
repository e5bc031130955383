"""Destructive commands ask on a terminal, refuse in a pipe without --yes, and all take --yes
(issue 19). The terminal is a real pseudo-terminal on the process's stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


def answer_in_terminal(
    *args: str, db: Path, answer: str, lang: str = "en"
) -> subprocess.CompletedProcess:
    """`python -m kerjasama_cli ARGS` with stdin on a pseudo-terminal that types `answer`."""
    import pty

    master, slave = pty.openpty()
    env = {**os.environ, "KERJASAMA_DB": str(db), "KERJASAMA_LANG": lang}
    process = subprocess.Popen(
        [sys.executable, "-m", "kerjasama_cli", *args],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    os.close(slave)
    os.write(master, (answer + "\n").encode())
    try:
        out, err = process.communicate(timeout=60)
    finally:
        os.close(master)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.fixture
def registry(run: Run) -> Run:
    """The seed, plus Kyoto (JP) with one visit, an orphan partner and a second government."""
    run("add", "-p", "Kyoto", "-c", "JP", "-t", "visit", "-d", "2024-01-10", "--title", "Kyoto")
    run("add", "-p", "Orphanville", "-c", "FR", "-t", "visit", "-d", "2024-02-01", "--key", "o")
    run("delete", "o", "--yes")
    run("governments", "add", "Kota Surabaya", "--country", "ID", "--alias", "Surabaya")
    return run


def _count(run: Run) -> int:
    return len(run.json("list"))


# Each destructive command, as a person would type it on the registry above.
DESTRUCTIVE = {
    "delete": ["delete", "1"],
    "partners delete": ["partners", "delete", "Orphanville"],
    "partners merge": ["partners", "merge", "Kyoto", "Shanghai"],
    "leaders delete": ["leaders", "delete", "pramono-anung-2025"],
    "governments remove alias": [
        "governments",
        "edit",
        "Kota Surabaya",
        "--remove-alias",
        "Surabaya",
    ],
    "restore": ["restore", "BACKUP"],
}


def _args(name: str, tmp_path: Path, run: Run) -> list[str]:
    args = DESTRUCTIVE[name]
    if "BACKUP" in args:
        backup = tmp_path / "backup.db"
        if not backup.exists():
            run("backup", str(backup))
        args = [str(backup) if a == "BACKUP" else a for a in args]
    return args


@pytest.mark.parametrize("name", list(DESTRUCTIVE))
def test_in_a_pipe_without_yes_it_refuses_in_one_line(registry, snapshot, tmp_path, name):
    args = _args(name, tmp_path, registry)
    before = snapshot(registry.db)
    result = registry(*args, code=2)
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "--yes" in errors[0], result.stderr
    assert snapshot(registry.db) == before


@pytest.mark.parametrize("name", list(DESTRUCTIVE))
def test_every_destructive_command_takes_yes(registry, tmp_path, name):
    args = _args(name, tmp_path, registry)
    assert "--yes" in registry(*args[: 2 if args[0] != "delete" else 1], "--help").stdout
    registry(*args, "--yes")


@pytest.mark.parametrize("name", list(DESTRUCTIVE))
def test_on_a_terminal_no_changes_nothing(registry, snapshot, tmp_path, name):
    args = _args(name, tmp_path, registry)
    before = snapshot(registry.db)
    result = answer_in_terminal(*args, db=registry.db, answer="n")
    assert result.returncode == 1, result.stderr
    assert "[y/N]" in result.stderr and "nothing changed" in result.stderr
    assert snapshot(registry.db) == before


@pytest.mark.parametrize(
    "lang, answer, done",
    [
        ("en", "y", True),
        ("en", "yes", True),
        ("en", "", False),  # the default is no
        ("en", "ya", True),  # either language's yes: a bilingual user may type ya
        ("id", "ya", True),
        ("id", "Y", True),
        ("id", "tidak", False),
    ],
)
def test_the_languages_own_yes(registry, lang, answer, done):
    count = _count(registry)
    result = answer_in_terminal("delete", "1", db=registry.db, answer=answer, lang=lang)
    assert result.returncode == (0 if done else 1), result.stderr
    assert ("[y/T]" if lang == "id" else "[y/N]") in result.stderr
    assert _count(registry) == (count - 1 if done else count)


def test_a_merge_across_countries_says_so_before_asking(registry, snapshot):
    before = snapshot(registry.db)
    result = answer_in_terminal(
        "partners", "merge", "Kyoto", "Shanghai", db=registry.db, answer="n"
    )
    warning = "kerjasama: warning: a merge across countries: 1 record(s) of Kyoto (JP) go to "
    assert result.stderr.startswith(warning + "Shanghai (CN)\n"), result.stderr
    assert result.stderr.index("warning") < result.stderr.index("[y/N]")
    assert snapshot(registry.db) == before
    # Said with --yes too (and then done).
    done = registry("partners", "merge", "Kyoto", "Shanghai", "--yes")
    assert "across countries" in done.stderr and "merged partner" in done.stderr


def test_a_merge_within_one_country_has_no_warning(registry):
    registry("add", "-p", "Shangai", "-c", "CN", "-t", "visit", "-d", "2025-09-04")
    result = registry("partners", "merge", "Shangai", "Shanghai", "--yes")
    assert "warning" not in result.stderr
