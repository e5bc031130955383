"""Rules from issue 23's precision audit of real36-real43 (bench/ANALYSIS.md, "Extract: precision
audit of real36–43"), each probe a sentence shape of our own (other places than the corpus's)
that failed before its rule, each mirror a shape that must still draft what it drafted:

- a tie only wished for, thought possible or found suitable is a plan, not a signed tie: a sister
  city governed by "kemungkinan", "keinginannya", "cocok menjadi" or "the possibility of" was
  drafted as a signed `sister_city` (mirrors: a wish to strengthen a tie that runs; a signed tie
  beside a possibility of something else);
- places paired in a sentence of history or kinship ("punya hubungan sejarah dengan kota-kota di
  Malaysia. Diantaranya seperti Kampar dengan Melaka, ...") are no list of ties (mirror: the same
  list told as cooperation).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

DAY = dt.date(2025, 6, 10)


def _drafts(text: str) -> list[tuple[str, str, str | None]]:
    return [(d["partner"], d["type"], d["stage"]) for d in to_json([extract(text, published=DAY)])]


WISHED = [
    # "menyinggung kemungkinan kerja sama sister city" (real36's Mekkah, real20's Nanning)
    "Wali Kota Kendari menerima kunjungan Duta Besar Finlandia, Senin (2/6/2025). Dalam "
    "kesempatan itu, Wali Kota Kendari menyinggung kemungkinan kerja sama sister city antara "
    "Kota Kendari dan Kota Rovaniemi.",
    # "menyampaikan keinginannya untuk menjalin ... dalam bentuk sister city" (real38, real37)
    "Wali Kota Kendari menyampaikan keinginannya untuk menjalin kerja sama antara Kota Kendari "
    "dengan Kota Rovaniemi, Finlandia, dalam bentuk sister city.",
    # "cocok menjadi sister city dengan ..." (real38's Kharkiv)
    "Menurut Wali Kota Kendari, Kota Kendari cocok menjadi sister city dengan Kota Rovaniemi, "
    "Finlandia.",
    # English: "the possibility of a sister city relationship"
    "Kendari Mayor raised the possibility of a sister city relationship between Kendari and "
    "Rovaniemi, Finland.",
]


@pytest.mark.parametrize("text", WISHED)
def test_a_tie_only_wished_for_or_thought_possible_is_no_signed_tie(text: str) -> None:
    drafts = _drafts(text)
    rovaniemi = [d for d in drafts if d[0] == "Rovaniemi"]
    assert rovaniemi, drafts
    assert all(rtype != "sister_city" for _, rtype, _ in rovaniemi), drafts
    assert all(stage != "signing" for _, _, stage in rovaniemi), drafts


STILL_TIES = [
    # a wish to strengthen the tie that runs: the tie is told as existing
    "Wali Kota Kendari menyampaikan keinginannya untuk memperkuat kerja sama sister city antara "
    "Kota Kendari dan Kota Rovaniemi, Finlandia, yang telah terjalin sejak 2010.",
    # a signed tie; the possibility is of something else, in the next sentence
    "Wali Kota Kendari dan Wali Kota Rovaniemi, Finlandia, menandatangani kerja sama sister city "
    "di Kendari, Senin (2/6/2025). Keduanya juga membahas kemungkinan pertukaran pelajar.",
    "Kendari and Rovaniemi, Finland, signed a sister city agreement on Monday, 2 June 2025. The "
    "two mayors also discussed the possibility of student exchanges.",
]


@pytest.mark.parametrize("text", STILL_TIES)
def test_a_tie_told_beside_a_wish_or_a_possibility_is_still_drafted(text: str) -> None:
    drafts = _drafts(text)
    assert ("Rovaniemi", "sister_city") in [(p, t) for p, t, _ in drafts], drafts


OUR_VISIT = "Wali Kota Pontianak menerima kunjungan Wali Kota Auckland, Selasa (12/8/2025). "
HISTORY = [
    # real43's Riau: "punya hubungan sejarah dengan kota-kota di Malaysia. Diantaranya seperti
    # Kampar dengan Melaka, Siak dengan Johor, ..."
    OUR_VISIT + "Beberapa kabupaten dan kota kita punya hubungan sejarah dengan kota-kota di "
    "Jepang. Diantaranya seperti Kota Padang dengan Sapporo, Kota Jambi dengan Sendai.",
    OUR_VISIT + "Several of our cities have historical ties with Japanese cities, such as Padang "
    "with Sapporo and Jambi with Sendai.",
]


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(d["partner"], d["local_party"]) for d in to_json([extract(text, published=DAY)])}


@pytest.mark.parametrize("text", HISTORY)
def test_places_paired_by_their_history_are_no_list_of_ties(text: str) -> None:
    assert _pairs(text) == {("Auckland", "Pontianak")}


def test_places_paired_by_their_cooperation_are_still_a_list_of_ties() -> None:
    text = HISTORY[0].replace("hubungan sejarah", "hubungan kerja sama")
    assert {("Sapporo", "Padang"), ("Sendai", "Jambi")} <= _pairs(text)
