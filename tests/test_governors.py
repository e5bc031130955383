"""Governor attribution by interval overlap, with named signatories and credits winning."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.governors import (
    BY_DATE,
    CREDITED,
    DATE_UNKNOWN,
    NAMED,
    NOT_RECORDED,
    UNDETERMINED,
    attribute,
)
from kerjasama_cli.domain.records import Leader, Person
from kerjasama_cli.seed import load_seed


@pytest.fixture(scope="module")
def leaders() -> list[Leader]:
    return load_seed().leaders


def names(attribution):
    return attribution.leader.name if attribution.leader else None


@pytest.mark.parametrize(
    "date, expected",
    [
        ("2020-10-23", "Anies Baswedan"),
        ("2023-04-27", "Heru Budi Hartono"),
        ("2025-05-27", "Pramono Anung"),
        ("2015-05-12", "Basuki Tjahaja Purnama"),
        ("2025-03", "Pramono Anung"),
    ],
)
def test_single_term_by_date(leaders, date, expected):
    found = attribute(parse_date(date), (), None, leaders)
    assert found.basis == BY_DATE
    assert names(found) == expected


def test_year_spanning_terms_is_undetermined_with_candidates(leaders):
    found = attribute(parse_date("2024"), (), None, leaders)
    assert found.basis == UNDETERMINED and found.leader is None
    assert [c.name for c in found.candidates] == [
        "Heru Budi Hartono",
        "Joko Agus Setyono",
        "Teguh Setyabudi",
    ]


def test_boundary_day_belongs_to_both(leaders):
    found = attribute(parse_date("2025-02-20"), (), None, leaders)
    assert found.basis == UNDETERMINED
    assert {c.name for c in found.candidates} == {"Teguh Setyabudi", "Pramono Anung"}


def test_named_signatory_wins_even_by_alias(leaders):
    found = attribute(parse_date("2014"), (Person("home", "Ahok"),), None, leaders)
    assert found.basis == NAMED and names(found) == "Basuki Tjahaja Purnama"
    assert found.leader.title == "Gubernur" or found.leader.start.year == 2014


def test_named_person_with_several_terms_gets_the_overlapping_one(leaders):
    found = attribute(
        parse_date("2014-10-20"), (Person("home", "Basuki Tjahaja Purnama"),), None, leaders
    )
    assert found.leader.title == "Plt Gubernur"
    assert found.leader.start == dt.date(2014, 10, 16)


def test_partner_signatory_does_not_count(leaders):
    found = attribute(parse_date("2024"), (Person("partner", "Heru Budi Hartono"),), None, leaders)
    assert found.basis == UNDETERMINED


def test_credited_leader(leaders):
    heidelberg = parse_date("2025-02-20..2025-08-11")
    assert attribute(heidelberg, (), None, leaders).basis == UNDETERMINED
    found = attribute(heidelberg, (), "Pramono Anung", leaders)
    assert found.basis == CREDITED and names(found) == "Pramono Anung"


def test_before_first_term_is_not_recorded(leaders):
    assert attribute(parse_date("1975"), (), None, leaders).basis == NOT_RECORDED


def test_open_start_is_date_unknown(leaders):
    found = attribute(parse_date("by 2015-05-12"), (), None, leaders)
    assert found.basis == DATE_UNKNOWN and found.leader is None


def test_acting_stint_belongs_to_acting_official(leaders):
    # Sumarsono's campaign-leave stint lies inside Basuki's term: the office was his.
    found = attribute(parse_date("2016-12-01"), (), None, leaders)
    assert found.basis == BY_DATE and names(found) == "Sumarsono"
    jokowi_leave = attribute(parse_date("2014-07-01"), (), None, leaders)
    assert names(jokowi_leave) == "Basuki Tjahaja Purnama"
    assert jokowi_leave.leader.title == "Plt Gubernur"
    # A month that straddles the stint's start stays undetermined.
    assert attribute(parse_date("2016-10"), (), None, leaders).basis == UNDETERMINED
