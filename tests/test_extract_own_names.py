"""`extract` on partners no gazetteer tier held (issue 23, i48c; bench/ANALYSIS.md, "partners
named by their own names"): Russia's republics by the names articles give them ("Republik
Tatarstan", "Bashkortostan Republic", "Chechnya"); Korea's districts and counties ("Jung-gu",
"Hamyang Gun") from a small table, read only where written with their kind; a city named after
its delegation's word ("Delegasi Kota Gimcheon"); and a meeting with the partner's head in the
partner's own country, our trip. Every probe is a sentence of our own with places the corpus
never names, failing before its rule; each mirror is the same shape where nothing (or nothing
more) must be drafted: a person named like the place, a venue, a delegation's visit to the
country rather than to one of ours, a meeting at home.
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


# --- Korea's districts and counties -----------------------------------------------------------


def test_the_table_reads_a_district_only_with_its_kind() -> None:
    from kerjasama_cli.geo.korea import find_district

    assert find_district("Mapo-gu") == "Mapo-gu"
    assert find_district("Goesan Gun") == "Goesan-gun"
    assert find_district("Seoul") is None
    assert find_district("Bundang-gu") is None  # a city's own ward, not in the table
    assert find_district("Goesan") is None  # the bare name: a word, a surname, anything
    assert find_district("Nam-gu") == "Nam-gu"


def test_an_indonesian_regency_signs_with_a_district_written_with_its_kind() -> None:
    text = (
        "Bupati Bogor Ade Yasin menandatangani LoI dengan Pemerintah Dobong-gu, Korea Selatan, "
        "Senin (3/6/2024)."
    )
    assert ("Dobong-gu", "KR", "loi") in _records(text)


def test_a_county_written_with_its_kind_says_korea_by_itself() -> None:
    text = "Bupati Bogor Ade Yasin menandatangani LoI dengan Goesan Gun, Senin (3/6/2024)."
    assert ("Goesan Gun", "KR", "loi") in _records(text)


def test_an_english_article_names_a_district_with_its_kind() -> None:
    text = "Mayor of Bogor Bima Arya signed a letter of intent with Mapo-gu on Monday."
    assert ("Mapo-gu", "KR", "loi") in _records(text)


def test_a_district_mayor_s_seat_is_the_korean_district_not_a_chinese_town() -> None:
    # real3's shape: the seat after the head's title; main drafted it with no country and
    # read "Mapo" as a town of China beside it
    text = (
        "Wali Kota Semarang Hendrar Prihadi bertemu Wali Kota Mapo-Gu Park Kang-soo di Korea "
        "Selatan, Senin (3/6/2024)."
    )
    assert _partners(text) == {("Mapo-Gu", "KR")}


# Held before the table (the kind-word rules read them) and still held with it.
def test_a_county_named_by_the_indonesian_kind_word_with_korea_beside() -> None:
    text = (
        "Bupati Purwakarta menerima kunjungan delegasi Kabupaten Goesan, Korea Selatan, di "
        "Pendopo Purwakarta, Senin (3/6/2024), untuk menjajaki kerja sama pertanian."
    )
    assert ("Goesan", "KR") in _partners(text)


def test_an_english_county_with_its_country_after_it() -> None:
    text = (
        "The Regent of Sleman signed a letter of intent with Goesan County, South Korea, on "
        "Monday to cooperate in agriculture."
    )
    assert ("Goesan", "KR", "loi") in _records(text)


def test_a_person_named_like_a_district_is_no_district() -> None:
    # "Dong-gu" is a district of four Korean cities, and a Korean given name
    text = (
        "Bupati Sleman Kustini Sri Purnomo bertemu pengusaha Kim Dong-gu dari Korea Selatan "
        "di Pendopo Sleman, Senin (3/6/2024), untuk membahas investasi."
    )
    assert not any(c == "KR" and p.endswith("gu") for p, c in _partners(text))


def test_a_bare_district_name_without_a_place_s_shape_is_no_partner() -> None:
    # "Goesan" bare, with no kind word and no country beside it: a word like any other
    text = (
        "Bupati Sleman menandatangani MoU dengan PT Goesan Agro di Pendopo Sleman, Senin "
        "(3/6/2024), untuk pengembangan pertanian."
    )
    assert not any(c == "KR" for _, c in _partners(text))


def test_a_venue_named_after_a_district_is_no_partner() -> None:
    text = (
        "Wali Kota Surabaya Eri Cahyadi menandatangani MoU dengan Busan di Gangnam-gu Convention "
        "Hall, Senin (3/6/2024)."
    )
    assert not any(p.startswith("Gangnam") for p, _ in _partners(text))


def test_a_seat_with_its_province_and_country_before_the_head_s_name() -> None:
    # real7's shape, which a district the table knows now takes ("Wali Kota Eunpyeong-gu, Seoul,
    # Korea Selatan, Kim Me-Kyung"): the name is the head's, never "Korea"
    from kerjasama_cli.extract.people import find_people
    from kerjasama_cli.extract.places import Gazetteer

    resolve = Gazetteer.build("DKI Jakarta", []).resolve
    sentence = (
        "Kedatangan Wali Kota Suwon, Gyeonggi, Korea Selatan, Kim Bo-ra ke Sumedang, Kamis "
        "(26/9/2024) malam, mengejutkan banyak pihak."
    )
    people = find_people(sentence, resolve)
    assert [(p.name, p.partner.name if p.partner else None) for p in people] == [
        ("Kim Bo-ra", "Suwon")
    ]


# --- Governments named by their own office words ----------------------------------------------


def test_a_delegation_word_before_a_city_is_no_first_name() -> None:
    # real36's shape: "menyambut kedatangan Delegasi Kota Gimcheon, Korea Selatan"
    text = (
        "Wakil Bupati Subang menyambut kedatangan Delegasi Kota Gimpo, Korea Selatan, di Kantor "
        "Desa Wantilan, Senin (3/6/2024)."
    )
    assert ("Gimpo", "KR", "visit") in _records(text)


# --- A meeting in the partner's own country is our trip ---------------------------------------


def test_our_head_meeting_theirs_in_their_country_is_a_visit() -> None:
    # real3's shape, once its district is read: "pertemuan Wali Kota Semarang ... dan Wali Kota
    # Jung-Gu Park Sung Min di Korea Selatan"
    text = (
        "Bupati Sleman bertemu Wali Kota Anseong\n\n"
        "Bupati Sleman Kustini Sri Purnomo bertemu Wali Kota Anseong Kim Bo-ra di Korea Selatan, "
        "Senin (3/6/2024), untuk membahas kerja sama pertanian."
    )
    assert _records(text) == [("Anseong", "KR", "visit")]


def test_an_english_meeting_in_the_partner_s_country_is_a_visit() -> None:
    text = (
        "Sleman regent meets Chuncheon mayor\n\n"
        "Sleman Regent Kustini Sri Purnomo met Chuncheon Mayor Kim Bo-ra in South Korea on "
        "Monday to discuss agricultural cooperation."
    )
    assert _records(text) == [("Chuncheon", "KR", "visit")]


def test_a_meeting_with_their_head_in_indonesia_stays_a_meeting() -> None:
    text = (
        "Bupati Sleman bertemu Wali Kota Anseong\n\n"
        "Bupati Sleman Kustini Sri Purnomo bertemu Wali Kota Anseong Kim Bo-ra di Jakarta, "
        "Senin (3/6/2024), untuk membahas kerja sama pertanian."
    )
    assert _records(text) == [("Anseong", "KR", "meeting")]


# --- A dateline in capitals run on by a long dash ----------------------------------------------


def test_a_dateline_run_on_by_a_long_dash_is_where_the_news_was_written() -> None:
    # real31's shape: "BASHKORTOSTAN–West Java Governor ...", the place the story was filed from
    text = (
        "Governor visits Dagestan\n\n"
        "DAGESTAN–West Java Governor Ridwan Kamil signed a letter of intent on a sister province "
        "tie with the Republic of Dagestan in Makhachkala on Monday."
    )
    assert _records(text) == [("Republic of Dagestan", "RU", "loi")]


def test_a_capitalised_word_with_a_hyphen_is_no_dateline() -> None:
    # the mirror: a hyphen inside a name is no long dash ("LOMBOK-Utara" is no dateline shape)
    text = (
        "Pemkab Lombok Utara teken MoU\n\n"
        "Bupati Lombok Utara Djohan Sjamsu menandatangani MoU dengan Wali Kota Chuncheon, Korea "
        "Selatan, Senin (3/6/2024)."
    )
    assert ("Chuncheon", "KR", "mou") in _records(text)
