"""`extract` on partners no gazetteer tier held (issue 23, i48c; bench/ANALYSIS.md, "partners
named by their own names"): Russia's republics by the names articles give them ("Republik
Tatarstan", "Bashkortostan Republic", "Chechnya"), and Korea's districts and counties ("Jung-gu",
"Hamyang-gun") from a small table read only in a place's shape. Every probe is a sentence of our
own with places the corpus never names, failing before its rule; each mirror is the same shape
where nothing (or nothing more) must be drafted: a person named like the place, a venue, a
delegation's visit to the country rather than to one of ours.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.geo import find_place


def _records(text: str) -> list[tuple[str, str | None, str]]:
    found = to_json([extract(text, published=dt.date(2024, 6, 10))])
    return sorted((d["partner"], d["country"], d["type"]) for d in found)


def _partners(text: str) -> set[tuple[str, str | None]]:
    return {(partner, country) for partner, country, _ in _records(text)}


# --- Russia's republics ------------------------------------------------------------------------


def test_a_republic_is_found_by_its_own_name_and_its_style() -> None:
    for name in ("Dagestan", "Republik Dagestan", "Republic of Dagestan", "Dagestan Republic"):
        place = find_place(name)
        assert place is not None and place.code == "RU-DA", name
    for name in ("Chechnya", "Chechen Republic", "Yakutia", "Republik Buryatia", "Karelia"):
        place = find_place(name, "RU")
        assert place is not None and place.kind == "region", name


def test_a_short_republic_name_is_read_only_in_the_republic_s_style() -> None:
    # "Saha", "Komi", "Tyva": a surname or a word before they are a republic
    assert find_place("Saha") is None
    assert find_place("Komi") is None
    place = find_place("Republik Saha")
    assert place is not None and place.code == "RU-SA"
    assert find_place("Chechen") is None  # a people's adjective, no region


def test_an_indonesian_article_names_a_republic_by_its_style() -> None:
    text = (
        "Gubernur Jawa Timur Khofifah Indar Parawansa menandatangani nota kesepahaman dengan "
        "Pemerintah Republik Dagestan, Rusia, di Surabaya, Senin (3/6/2024)."
    )
    assert ("Dagestan", "RU") in {(p.removeprefix("Republik "), c) for p, c in _partners(text)}


def test_an_english_article_names_a_republic_in_its_style() -> None:
    text = (
        "Central Java Governor Ganjar Pranowo signed a sister province agreement with the "
        "Republic of Buryatia in Semarang on Monday."
    )
    assert ("Republic of Buryatia", "RU", "sister_city") in _records(text)


def test_a_person_named_saha_is_no_republic() -> None:
    text = (
        "Wali Kota Bogor Bima Arya menerima kunjungan konsultan Amit Saha dari India di Balai "
        "Kota Bogor, Senin (3/6/2024), untuk membahas kerja sama pengelolaan sampah."
    )
    assert not any(c == "RU" for _, c in _partners(text))


def test_a_republic_s_delegation_that_visited_the_country_is_no_record_of_ours() -> None:
    # real37's trap, in other words: an earlier visit to Indonesia names none of our governments
    text = (
        "West Java and Dagestan sign a letter of intent\n\n"
        "On June 3, West Java Governor Ridwan Kamil signed a letter of intent on a sister "
        "province tie with the Republic of Dagestan in Makhachkala. Also, a Dagestan delegation "
        "visited Indonesia last March, the governor said."
    )
    assert _records(text) == [("Republic of Dagestan", "RU", "loi")]


def test_a_delegation_that_visited_one_of_ours_in_indonesia_stays() -> None:
    # the mirror: the same visit received by one of our governments is a record
    text = (
        "Bupati Banyuwangi Ipuk Fiestiandani menerima delegasi Republik Dagestan yang "
        "berkunjung ke Indonesia, di Pendopo Sabha Swagata Banyuwangi, Senin (3/6/2024)."
    )
    assert any(c == "RU" for _, c in _partners(text))
