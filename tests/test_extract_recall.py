"""`extract`'s recall rules from the misses of real30–real33 whose kind recurs in four batches
or more (issue 23, i42b; bench/ANALYSIS.md, "Extract: misses by kind", the table extended with
real30–33). Every probe is a sentence of our own, with places and people the corpus never
names, failing before its rule; each mirror probe is the same shape where nothing (or nothing
more) must be drafted.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _records(text: str, published: dt.date | None = dt.date(2024, 7, 20)) -> list[tuple[str, str]]:
    return sorted((d["partner"], d["type"]) for d in to_json([extract(text, published=published)]))


# Kind "a list of background ties" (real1, real5, real9, real13, real14, real21, real26 and now
# real31, real33): our own government's list of its sister cities, told after an envoy posted
# in Indonesia calls on a head named by his title only, was read as a page told from abroad
# (no office of ours named in the call), so every member was dropped.
_ENVOY_CALL = (
    "Duta Besar Chile untuk Indonesia, Rodrigo Valdes, bertemu dengan Wakil Wali Kota Andi "
    "Setiawan sore ini di Balai Kota Surabaya. Ia mengajak Surabaya bekerja sama menata "
    "kawasan pesisir.\n\n"
    "Seperti diketahui, sister city adalah konsep penggandengan dua kota yang berbeda lokasi. "
    "Kota kembar umumnya memiliki persamaan keadaan demografi. "
)


def test_our_own_list_of_sister_cities_after_an_envoy_s_call_is_drafted() -> None:
    text = _ENVOY_CALL + (
        "Surabaya sendiri telah menjalin kerja sama sister city dengan Kota Varna, Lyon, "
        "Kochi dan Xiamen."
    )
    found = _records(text)
    for city in ("Varna", "Lyon", "Kochi", "Xiamen"):
        assert (city, "sister_city") in found
    assert ("Chile", "meeting") in found


def test_sister_city_as_a_concept_only_drafts_no_tie() -> None:
    assert _records(_ENVOY_CALL) == [("Chile", "meeting")]


def test_a_domestic_tie_after_an_envoy_s_call_drafts_no_tie() -> None:
    text = _ENVOY_CALL + "Surabaya sendiri telah menjalin kerja sama dengan Kabupaten Sidoarjo."
    assert _records(text) == [("Chile", "meeting")]


def test_a_page_told_from_abroad_listing_one_of_ours_keeps_its_one_partner() -> None:
    text = (
        "The Velaria City Council approved on Monday a resolution naming Lyon and Xiamen as "
        "sister cities of Velaria. Velaria's other sister cities include Kochi, Varna and "
        "Surabaya in Indonesia."
    )
    found = _records(text)
    assert all(partner not in ("Lyon", "Xiamen", "Kochi", "Varna") for partner, _ in found)


def test_another_indonesian_government_s_list_in_a_story_of_ours_drafts_no_tie() -> None:
    # real9's Karangasem story: Jakarta's sister cities, pasted as background about sister
    # cities in general, are labelled no record of Karangasem's.
    text = _ENVOY_CALL + (
        "Kota-kota di Indonesia yang sudah menjalin hubungan kota kembar salah satunya Bandung "
        "menjalin hubungan dengan Varna, Lyon, Kochi dan Xiamen."
    )
    assert _records(text) == [("Chile", "meeting")]


# Kind "a partner named by a hyphenated name the gazetteer knows whole" (real3, real14,
# real17, real25, real29, real33: part of i40a's "a partner the gazetteer lacks" kind): the
# dash that separates a twin pair ("Jakarta-Kuala Lumpur") also cut "Kujawsko-Pomorskie" in
# two, neither half a partner (or the wrong one: "Pomorskie" is another province).


def test_a_hyphenated_region_the_gazetteer_knows_is_one_partner() -> None:
    text = (
        "Gubernur Nusa Tenggara Barat bertemu dengan perwakilan Pemerintah Negara Bagian "
        "Schleswig-Holstein, Jerman, di Kiel untuk menjajaki kerja sama pendidikan, Senin "
        "(15/7/2024)."
    )
    assert [p for p, _ in _records(text)] == ["Schleswig-Holstein"]


def test_a_hyphenated_region_named_with_its_country_after_it_is_one_partner() -> None:
    text = (
        "Wali Kota Semarang menandatangani nota kesepahaman dengan Provinsi Emilia-Romagna "
        "Italia di Bologna, Selasa (16/7/2024)."
    )
    assert [p for p, _ in _records(text)] == ["Emilia-Romagna"]


def test_a_twin_pair_written_with_a_dash_stays_two_places() -> None:
    # mirror: "Bandung-Braunschweig" is a pair, each side its own name
    text = (
        "Peringatan 60 tahun kerja sama kota kembar Bandung-Hamamatsu digelar di Balai Kota "
        "Bandung, Rabu (17/7/2024)."
    )
    assert all("-" not in p for p, _ in _records(text))


def test_a_hyphenated_venue_is_no_partner() -> None:
    # mirror: a venue's hyphenated name is where, not who
    text = (
        "Bupati Sleman menerima kunjungan Wali Kota Velmora di Hotel Royal-Ambarrukmo, Sleman, "
        "Kamis (18/7/2024)."
    )
    assert all("Royal" not in p and "Ambarrukmo" not in p for p, _ in _records(text))
