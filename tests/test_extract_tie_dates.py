"""A tie's date told in a sentence that names the tie but not its partner (issue 23, i45c).

Kind counted in bench/ANALYSIS.md ("Extract: dates by kind"): the article's one undated tie
whose start is told apart, by the tie's own words and no partner ("The twinning was first
established in September 1991", "The cooperation between the two cities formed in 2019").
Every probe is a text of our own, with people the corpus never names, failing before its
rule; each mirror probe is the same shape where the record must keep its own date or stay
undated. "Kerja sama kedua kota sudah terjalin sejak 1993", the tie's start told without its
name, is left to drafts.py's rule (a start of working together does not date a document).
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _dates(text: str, published: dt.date | None = None) -> dict[tuple[str, str], str | None]:
    drafts = to_json([extract(text, published=published)])
    return {(d["partner"], d["type"]): d["date"] for d in drafts}


def test_a_tie_first_signed_in_a_month_of_its_own_sentence_takes_that_month() -> None:
    text = (
        "Governor Arlan Petrosky welcomed the sister city relationship between Kupang and "
        "Darwin. The twinning was first established in September 1991, with trade and "
        "schools the main fields."
    )
    assert _dates(text)[("Darwin", "sister_city")] == "1991-09"


def test_a_tie_formed_in_a_year_of_its_own_sentence_takes_that_year() -> None:
    text = (
        "Kupang and Darwin are sister cities. The cooperation between the two cities formed in "
        "2019 has brought students and traders across the sea, Mayor Ilse Varnow said."
    )
    assert _dates(text)[("Darwin", "sister_city")] == "2019"


def test_a_tie_signed_on_a_day_told_by_its_name_keeps_that_day() -> None:
    text = (
        "Kupang dan Darwin resmi menjadi kota kembar (sister city). Perjanjian kota kembar "
        "tersebut ditandatangani pada 12 Maret 2004 oleh kedua wali kota."
    )
    assert _dates(text)[("Darwin", "sister_city")] == "2004-03-12"


# Mirrors: the date stays where it belongs.


def test_a_background_tie_keeps_its_own_year_beside_another_formed_tie() -> None:
    text = (
        "Kupang and Darwin became sister cities in 1998. The agreement with Broome was first "
        "signed in September 2011, the mayor said."
    )
    assert _dates(text).get(("Darwin", "sister_city")) == "1998"


def test_a_tie_hoped_to_be_signed_stays_undated() -> None:
    text = (
        "Kupang and Darwin plan to become sister cities. The agreement will be signed in "
        "September 2026, Mayor Ilse Varnow said."
    )
    assert _dates(text).get(("Darwin", "sister_city")) is None


def test_a_tie_whose_sentence_tells_no_start_stays_undated() -> None:
    text = (
        "Kupang and Darwin are sister cities. The cooperation between the two cities was "
        "discussed again in September 2019 at a meeting of officials."
    )
    assert _dates(text).get(("Darwin", "sister_city")) is None
