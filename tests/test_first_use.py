"""Defects a demanding new user met (chores after issue 33), each driven through the CLI on a
real registry: a partner listed with English words inside an Indonesian error, an alias that
makes a name ambiguous, Click's own range messages, and an import that silently chose between
two partners of one name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run
from test_error_language_values import english_left


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def test_a_name_two_partners_bear_is_listed_in_the_users_language(run: Run, snapshot):
    """`partners edit NAME` where NAME is Heidelberg (DE) and an alias of CityNet (no country)
    listed the stateless one as `(no country)` inside the Indonesian line."""
    run("partners", "edit", "CityNet", "--add-alias", "Heidelberg")
    before = snapshot(run.db)
    for args in (
        ["partners", "edit", "Heidelberg", "--notes", "x"],
        ["partners", "delete", "Heidelberg", "--yes"],
        ["partners", "merge", "Heidelberg", "Shanghai", "--yes"],
    ):
        line = run("--lang", "id", *args, code=2).stderr.strip()
        assert "#9 Heidelberg (DE), #14 CityNet (—)" in line, line
        assert english_left(line) == [], line
    assert snapshot(run.db) == before
