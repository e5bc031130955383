"""Defects a demanding new user met (chores after issue 33), each driven through the CLI on a
real registry: a partner listed with English words inside an Indonesian error, an alias that
makes a name ambiguous, Click's own range messages, and an import that silently chose between
two partners of one name."""

from __future__ import annotations

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


@pytest.mark.parametrize(
    "partner, alias, holder",
    [
        ("New York City", "Washington DC", "#3 Washington DC"),  # another partner's name
        ("New York City", "washington", "#3 Washington DC"),  # its alias, in any case
        ("Washington DC", "Kota New York", "#4 New York City"),
    ],
)
def test_an_alias_another_partner_of_the_country_holds_is_refused(
    run: Run, snapshot, partner: str, alias: str, holder: str
):
    """`partners edit N --add-alias NAME` took a name another partner of N's country already
    answered to; `add -p NAME` then could not tell them apart. Refused, naming the holder."""
    before = snapshot(run.db)
    line = run("partners", "edit", partner, "--add-alias", alias, code=2).stderr
    assert line.count("\n") == 1 and line.startswith("kerjasama: error: --add-alias"), line
    assert f"'{alias}'" in line and f"{holder} in US" in line, line
    said = run("--lang", "id", "partners", "edit", partner, "--add-alias", alias, code=2)
    assert english_left(said.stderr) == [], said.stderr
    assert snapshot(run.db) == before
    # A partner of another country may answer to it: a country tells the two apart.
    run("partners", "edit", "Shanghai", "--add-alias", alias)
    assert alias in run.json("partners", "list", "--name", "Shanghai")[0]["aliases"]
