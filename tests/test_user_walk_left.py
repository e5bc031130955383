"""Defects the new user's walk (session 34, tests/test_user_walk.py) found and left, each driven
through the CLI on a real SQLite file: the failing command first, then what it must do."""

from __future__ import annotations

from pathlib import Path

from conftest import Run, run_module

# -- a new registry is announced only once it is there ------------------------------------------


def test_a_failed_command_on_a_new_registry_does_not_announce_it(run: Run) -> None:
    # `--db new.db add` with a bad date said "created new.db and loaded the bundled seed", then
    # failed and removed new.db: the user was told of a file that no longer existed.
    result = run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "soon", code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith("kerjasama: error: --date 'soon'")
    assert not run.db.exists()


def test_a_new_registry_is_announced_once_the_command_succeeded(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    done = run_module("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2025-03-03", db=db)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[-1] == f"kerjasama: created {db} and loaded the bundled seed (69 rows)"
    assert sum("loaded the bundled seed" in line for line in lines) == 1
    assert db.exists()


# -- a partner's country, by its name as every other command says it ----------------------------


def test_partners_show_names_the_country_in_the_chosen_language(seeded_run: Run) -> None:
    # `partners show Busan` said "Country  KR" where `show` says "South Korea (KR)".
    run = seeded_run
    run("add", "-p", "Busan", "-c", "KR", "-t", "visit", "-d", "2024-05-01", "--title", "Visit")
    [english] = [x for x in run("partners", "show", "Busan").stdout.splitlines() if x.startswith("Country")]
    assert english.split() == ["Country", "South", "Korea", "(KR)"]
    shown = run("--lang", "id", "partners", "show", "Busan").stdout
    assert "Korea Selatan (KR)" in shown
    # the machine format keeps the code
    assert run.json("partners", "show", "Busan")["country"] == "KR"
