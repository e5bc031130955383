"""Issue 9, found #8: no date past a term's end is attributed to its holder.

A running term has a scheduled end where one is known (Pramono Anung: 2025–2030), and is still
shown as "in office" until that day; an MoU dated 2099 belongs to nobody recorded.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.governors import BY_DATE, NOT_RECORDED, attribute
from kerjasama_cli.domain.grouping import Term
from kerjasama_cli.domain.records import Leader, Person
from kerjasama_cli.seed import load_seed

PRAMONO_END = dt.date(2030, 2, 20)


def test_the_seed_gives_pramonos_scheduled_end():
    (term,) = [t for t in load_seed().leaders if t.name == "Pramono Anung"]
    assert (term.start, term.end) == (dt.date(2025, 2, 20), PRAMONO_END)


def test_a_date_past_every_term_is_attributed_to_nobody():
    leaders = load_seed().leaders
    outcome = attribute(parse_date("2099-01-01"), (), None, leaders)
    assert (outcome.leader, outcome.basis) == (None, NOT_RECORDED)
    outcome = attribute(parse_date("2029-06"), (), None, leaders)
    assert (outcome.leader.name, outcome.basis) == ("Pramono Anung", BY_DATE)


def test_a_named_signatory_is_not_attributed_past_the_end_of_their_term():
    leaders = load_seed().leaders
    people = (Person("home", "Pramono Anung", "Gubernur"),)
    outcome = attribute(parse_date("2099-01-01"), people, "Pramono", leaders)
    assert (outcome.leader, outcome.basis) == (None, NOT_RECORDED)
    # within the term the name still wins
    assert attribute(parse_date("2026-01-01"), people, None, leaders).leader.name == (
        "Pramono Anung"
    )


def test_a_signatory_past_a_single_short_term_is_not_theirs():
    term = Leader("x-2000", "X", "Gubernur", dt.date(2000, 1, 1), dt.date(2001, 1, 1), "P")
    outcome = attribute(parse_date("2005"), (Person("home", "X"),), None, [term])
    assert outcome.basis == NOT_RECORDED


def test_the_mou_of_2099_is_stored_as_not_recorded(run):
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "2099-01-01")
    (row,) = run.json("list", "--partner", "Busan")
    assert (row["governor"], row["governor_basis"]) == (None, "not_recorded")
    assert run.json("list", "--partner", "Busan", "--governor", "not recorded") == [row]
    assert run.json("list", "--partner", "Busan", "--governor", "Pramono") == []


def test_a_running_term_reads_in_office_until_its_scheduled_end(monkeypatch):
    term = Term(
        1, "pramono-anung-2025", "Pramono Anung", "Gubernur", dt.date(2025, 2, 20), PRAMONO_END
    )
    monkeypatch.setenv("KERJASAMA_TODAY", "2026-11-28")
    assert term.label("en") == "Gubernur, 20 February 2025 – in office"
    assert term.short() == "2025-02-20 – in office"
    monkeypatch.setenv("KERJASAMA_TODAY", "2030-02-21")
    assert term.label("en") == "Gubernur, 20 February 2025 – 20 February 2030"
    assert term.short() == "2025-02-20 – 2030-02-20"


def test_stats_json_gives_the_scheduled_end_and_the_table_says_now(run):
    rows = run.json("stats", "--by", "governor")
    pramono = next(r for r in rows if r.get("governor") == "Pramono Anung")
    assert pramono["term_end"] == PRAMONO_END.isoformat()
    text = run("stats", "--by", "governor", env={"KERJASAMA_TODAY": "2026-11-28"}).stdout
    assert "2025-02-20–in office" in text  # the words of timeline (`sekarang` in Indonesian)
