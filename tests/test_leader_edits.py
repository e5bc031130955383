"""domain/leader_edits.py: `leaders add`/`edit` options into a term, each error naming the first
option that is wrong, in the order the options are read."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.domain.errors import Refusal, ValidationError
from kerjasama_cli.domain.leader_edits import check_new_term, new_term, term_changes


def _refuse(text: str) -> str:
    raise ValidationError("--local-party", text, "no such government")


def test_a_new_term_needs_name_title_and_first_day_in_that_order():
    with pytest.raises(Refusal, match="Missing option '--name'"):
        check_new_term(None, None, None, None)
    with pytest.raises(ValidationError, match="--title"):
        check_new_term("Pramono Anung", " ", "2025-02-20", None)
    with pytest.raises(ValidationError, match="--from"):
        check_new_term("Pramono Anung", "Gubernur", "", None)
    with pytest.raises(ValidationError, match="--to"):
        check_new_term("Pramono Anung", "Gubernur", "2025-02-20", "2030")


def test_a_new_term_is_normalised():
    days = check_new_term("Pramono  Anung", "Gubernur ", "2025-02-20", "")
    assert days == (dt.date(2025, 2, 20), None)
    leader = new_term(key=None, name="Pramono  Anung", title="Gubernur ", days=days,
                      local_party="DKI Jakarta", note=" ", aliases=[" Mas Pram ", ""])  # fmt: skip
    assert (leader.key, leader.name, leader.title) == ("", "Pramono Anung", "Gubernur")
    assert (leader.note, leader.aliases, leader.end) == (None, ("Mas Pram",), None)


def test_an_edit_changes_only_what_is_given_and_clears_what_is_emptied():
    changes = term_changes(name=None, title=None, start=None, end="", local_party=None,
                           note="", aliases=[], party=_refuse)  # fmt: skip
    assert changes == {"end": None, "note": None, "aliases": ()}


def test_an_edit_checks_the_days_before_it_looks_up_the_government():
    with pytest.raises(ValidationError, match="--from"):
        term_changes(name=None, title=None, start="", end=None, local_party="Nowhere",
                     note=None, aliases=None, party=_refuse)  # fmt: skip
    with pytest.raises(ValidationError, match="--local-party"):
        term_changes(name="A B", title=None, start="2025-01-01", end=None,
                     local_party="Nowhere", note=None, aliases=None, party=_refuse)  # fmt: skip
