"""`extract`'s lower tier of towns (issue 23, i47a; bench/ANALYSIS.md, "a lower tier of towns"):
partners of 500 to 15,000 people the upper gazetteer never offers, read only in a place's
shape (a kind word, "X, COUNTRY") and only in the country the text tells. Every probe is a
sentence of our own with real towns the corpus never names, failing before its rule; each
mirror is the same shape where nothing (or nothing more) must be drafted: a person's name that
is also a town, a venue, a name Indonesia has a place of.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.small_towns import countries_named, near_countries
from kerjasama_cli.geo.towns import find_town

pytestmark = pytest.mark.skipif(find_town("Vaals", "NL") is None, reason="needs the geo extra")


def _records(text: str) -> list[tuple[str, str | None, str]]:
    found = to_json([extract(text, published=dt.date(2024, 6, 10))])
    return sorted((d["partner"], d["country"], d["type"]) for d in found)


def _partners(text: str) -> set[str]:
    return {partner for partner, _, _ in _records(text)}


def test_the_lower_tier_is_asked_with_a_country_only() -> None:
    assert find_town("Vaals", "NL") == "Vaals"
    assert find_town("Timra", "SE") == "Timrå"
    assert find_town("Vaals", "BE") is None
    assert find_town("Vaals", "") is None


def test_countries_named_near_a_sentence() -> None:
    texts = ["Dua pejabat negara Papua Nugini (PNG) hadir.", "Tidak ada negara.", "Di Indonesia."]
    assert countries_named(texts[0]) == frozenset({"PG"})
    assert near_countries(texts) == [frozenset({"PG"}), frozenset({"PG"}), frozenset()]


# A kind word before the town, its country told in the sentence before (real19's Vanimo).
def test_a_town_named_by_its_kind_word_takes_the_country_of_the_sentence_before() -> None:
    text = (
        "Wali Kota Manado menyambut dua pejabat dari negara Papua Nugini, Senin (3/6/2024). "
        "Wali Kota Manado menandatangani MoU sister city dengan Pemerintah Kota Alotau di "
        "Manado, Senin (3/6/2024)."
    )
    assert ("Alotau", "PG", "mou") in _records(text)


def test_an_english_town_with_its_kind_word_after_it() -> None:
    text = (
        "Bogor Mayor Bima Arya signed a sister city memorandum with Savusavu Town on Monday. "
        "The town lies on the second island of Fiji."
    )
    assert ("Savusavu", "FJ") in {(p, c) for p, c, _ in _records(text)}


# A twin pair with a dash, its country in the next sentence (real9's Zundert-Karo).
def test_a_twin_pair_with_a_kind_word_after_the_dash_is_two_places() -> None:
    text = (
        "Bupati Karo menyebut sister city Giethoorn-Kabupaten Karo ada kesamaan konsep budaya. "
        "Di Belanda ada festival bunga yang serupa."
    )
    assert "Giethoorn" in _partners(text)


def test_a_town_with_its_country_after_a_comma() -> None:
    text = (
        "Bupati Banyuwangi menerima rombongan Pemerintah Hallstatt, Austria, di Pendopo "
        "Sabha Swagata, Selasa (4/6/2024), untuk menjajaki kerja sama pariwisata."
    )
    assert "Hallstatt" in _partners(text)


# Mirrors: the same shapes where no town is read.


def test_a_person_after_a_title_is_never_a_town() -> None:
    # Sato is a town of Japan's lower tier and a family name
    text = (
        "Wali Kota Surabaya menerima kunjungan Wali Kota Sato dari Jepang, Senin (3/6/2024). "
        "Keduanya membahas kerja sama pendidikan."
    )
    assert "Sato" not in _partners(text)
    text = "Gubernur Jawa Timur bertemu Konjen Sato di Surabaya. Jepang siap membantu."
    assert "Sato" not in _partners(text)


def test_a_name_indonesia_has_a_place_of_is_never_a_foreign_town() -> None:
    # Laren is a Dutch town and a village of Lamongan
    text = (
        "Bupati Lamongan menerima pejabat Pemerintah Kota Laren, Senin (3/6/2024). "
        "Kerja sama dengan Belanda itu dirintis sejak 2019."
    )
    assert "Laren" not in _partners(text)


def test_a_kind_word_with_no_country_near_reads_no_town() -> None:
    text = (
        "Wali Kota Manado menandatangani MoU sister city dengan Pemerintah Kota Alotau di "
        "Manado, Senin (3/6/2024)."
    )
    assert "Alotau" not in _partners(text)


def test_a_kind_word_with_two_countries_near_that_both_know_the_name_reads_no_town() -> None:
    # Wirdum is a town of the Netherlands' lower tier and of Germany's: the tier does not choose
    assert find_town("Wirdum", "NL") and find_town("Wirdum", "DE")
    text = (
        "Wali Kota Bogor menandatangani MoU dengan Pemerintah Kota Wirdum, Senin (3/6/2024). "
        "Delegasi Belanda dan Jerman hadir."
    )
    assert "Wirdum" not in _partners(text)
    alone = text.replace(" dan Jerman", "")
    assert ("Wirdum", "NL", "mou") in _records(alone)


def test_a_sentence_s_first_word_before_a_state_is_no_town() -> None:
    # "Forth Worth, Texas" vouches for a town the gazetteer lacks; a sentence's first word is
    # capitalised whatever it is (real37's "Also, Tatarstan delegation visited ...")
    text = (
        "Wali Kota Surabaya menerima kunjungan delegasi asing di Balai Kota, Senin (3/6/2024)."
        "\n\nAlso, Queensland delegation visited Surabaya last May to sign a memorandum."
    )
    assert "Also" not in _partners(text)


def test_a_province_s_kind_word_never_asks_the_towns() -> None:
    # Higashikawa is a town of Japan's lower tier: after "Provinsi" it names no town
    text = (
        "Wali Kota Bogor menandatangani MoU dengan Kota Sapporo di Provinsi Higashikawa, Senin "
        "(3/6/2024). Jepang menyambut baik kerja sama itu."
    )
    assert "Higashikawa" not in _partners(text)
