"""`extract`'s rules on which records are drafted, generalised from real8's first sight (issue 23,
i23m): one short realistic text each, written in the shape the articles had, never a sentence
copied from one. Each failed before its rule.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


def test_a_consul_of_a_republic_calling_on_a_governor_is_a_record_of_his_country() -> None:
    text = (
        "Gubernur Jawa Tengah menerima kunjungan Konsul Republik Federal Jerman yang baru, "
        "Markus Weber, di kantor gubernur, Selasa (3/9/2024). Dalam pertemuan itu keduanya "
        "membahas kerja sama pendidikan vokasi."
    )
    drafts = _drafts(text, dt.date(2024, 9, 4))
    assert [d["country"] for d in drafts] == ["DE"]
    assert drafts[0]["partner"].endswith("Jerman")


def test_a_read_also_link_with_a_bare_colon_is_no_part_of_the_article() -> None:
    text = (
        "Gubernur Jawa Tengah dan Gubernur Prefektur Shizuoka menandatangani nota kesepahaman "
        "kerja sama di Semarang, Rabu (4/9/2024).\n\n"
        "BACA: Undip dan Shizuoka University Perpanjang MoU Riset\n\n"
        "Kerja sama itu meliputi bidang pendidikan dan pertanian."
    )
    drafts = _drafts(text, dt.date(2024, 9, 5))
    assert [d["partner"] for d in drafts] == ["Shizuoka"]


def test_the_member_states_of_an_organisation_are_no_partners() -> None:
    text = (
        "Gubernur Sulawesi Utara menerima peserta kursus diplomat Kementerian Luar Negeri, "
        "termasuk peserta dari negara anggota Pacific Islands Forum, Samoa, Tonga dan Palau, "
        "di Manado, Kamis (5/9/2024)."
    )
    assert _drafts(text, dt.date(2024, 9, 6)) == []


def test_a_face_to_face_meeting_with_a_foreign_councillor_is_a_meeting() -> None:
    text = (
        "Wali Kota Bitung bertatap muka dengan Wali Kota Cebu City, Filipina, Michael Rama, "
        "di sela forum wali kota ASEAN di Singapura, Selasa (3/9/2024)."
    )
    drafts = _drafts(text, dt.date(2024, 9, 4))
    assert [(d["partner"], d["country"], d["type"]) for d in drafts] == [("Cebu", "PH", "meeting")]


def test_a_name_after_mister_is_a_person_not_a_town() -> None:
    text = (
        "Wali Kota Tomohon bertemu anggota dewan kota Cebu City, Filipina, di Singapura. "
        "\u201cWe are proud to be part of a Sister City with Tomohon,\u201d ujar Mr. Datun."
    )
    drafts = _drafts(text)
    assert "Datun" not in [d["partner"] for d in drafts]


def test_a_councillors_title_before_his_city_is_no_part_of_its_name() -> None:
    text = (
        "Wali Kota Tomohon bertatap muka dengan City Councilor Iloilo City, Filipina, "
        "di sela forum kota ASEAN di Kuala Lumpur, Rabu (13/8/2025)."
    )
    drafts = _drafts(text, dt.date(2025, 8, 14))
    assert [(d["partner"], d["country"]) for d in drafts] == [("Iloilo", "PH")]


def test_a_regions_name_between_a_first_and_last_name_is_a_middle_name() -> None:
    text = (
        "Wali Kota Bitung, bersama Ketua DPRD Bitung, Hendrik Mono Sumampow, bertemu Wali Kota "
        "Cebu City, Filipina, di Kuala Lumpur, Rabu (13/8/2025)."
    )
    drafts = _drafts(text, dt.date(2025, 8, 14))
    assert [d["partner"] for d in drafts] == ["Cebu"]


def test_the_members_of_a_three_party_scheme_with_the_local_city_are_no_partners() -> None:
    text = (
        "Dalam pertemuan dengan Gubernur Sulawesi Utara, Rabu (4/9/2024), Konsul Jenderal "
        "Filipina juga menyinggung kerja sama segitiga antara Manado, Davao dan Kota Kinabalu."
    )
    drafts = _drafts(text, dt.date(2024, 9, 5))
    assert {"Davao", "Kota Kinabalu"}.isdisjoint(d["partner"] for d in drafts)


def test_the_organisation_that_facilitated_a_meeting_is_not_its_partner() -> None:
    text = (
        "Wali Kota Bitung bertemu Wali Kota Cebu City, Filipina, di Kuala Lumpur, Rabu "
        "(13/8/2025). Pertemuan yang difasilitasi Dr. Budi Santoso, Sekretaris Jenderal Citynet, "
        "itu membuka peluang kerja sama pariwisata."
    )
    drafts = _drafts(text, dt.date(2025, 8, 14))
    assert [d["partner"] for d in drafts] == ["Cebu"]


def test_a_mayor_answering_a_foreign_missions_invitation_meets_its_country() -> None:
    text = (
        "Wali Kota Manado, Andrei Angouw, memenuhi undangan resmi Konsulat Jenderal Jepang di "
        "Surabaya, Kamis (12/6/2025). Kehadirannya untuk membahas peluang kerja sama pendidikan."
    )
    drafts = _drafts(text, dt.date(2025, 6, 13))
    assert [(d["partner"], d["country"], d["date"]) for d in drafts] == [
        ("Jepang", "JP", "2025-06-12")
    ]


def test_the_states_a_regent_named_before_says_he_visited_are_visits() -> None:
    text = (
        "Bupati Minahasa, Robby Dondokambey, melakukan kunjungan kerja ke Malaysia. "
        "Robby menyebutkan dua negeri yang dikunjungi pada 21-24 Januari 2019 adalah "
        "Kerajaan Negeri Perak dan Kerajaan Negeri Kedah."
    )
    drafts = _drafts(text, dt.date(2019, 1, 28))
    assert sorted(d["partner"] for d in drafts) == ["Kedah", "Perak"]


def test_a_county_described_before_its_province_is_the_partner_not_the_province() -> None:
    text = (
        "Bupati Minahasa, Robby Dondokambey, mengunjungi Kabupaten Uljeok, sebuah daerah "
        "pegunungan di Provinsi Gangwon, Korea Selatan, Kamis (12/6/2025)."
    )
    drafts = _drafts(text, dt.date(2025, 6, 13))
    assert [(d["partner"], d["country"]) for d in drafts] == [("Uljeok", "KR")]


def test_a_compass_word_before_a_foreign_town_names_another_region() -> None:
    text = (
        "Gubernur Sulawesi Utara menerima kunjungan delegasi South Cotabato, Filipina, di "
        "Manado, Senin (2/9/2024), untuk menjajaki kerja sama perdagangan."
    )
    drafts = _drafts(text, dt.date(2024, 9, 3))
    assert [(d["partner"], d["country"]) for d in drafts] == [("South Cotabato", "PH")]


def test_a_special_district_its_country_vouches_for_is_a_partner() -> None:
    text = (
        "Gubernur Nusa Tenggara Timur melakukan kunjungan kerja ke Distrik Atauro RDTL, Senin "
        "(9/12/2024), untuk menjajaki kerja sama perdagangan lintas batas."
    )
    drafts = _drafts(text, dt.date(2024, 12, 10))
    assert [(d["partner"], d["country"]) for d in drafts] == [("Atauro", "TL")]


def test_a_nationalitys_ambassador_meeting_a_governor_is_a_record_of_his_country() -> None:
    text = (
        "The idea came up during a meeting between the Japanese Ambassador to Indonesia, "
        "Masaki Yasushi, and North Sulawesi Governor Olly Dondokambey in Manado on Monday "
        "(2/9/2024)."
    )
    drafts = _drafts(text, dt.date(2024, 9, 3))
    assert [(d["partner"], d["country"], d["type"]) for d in drafts] == [("Japan", "JP", "meeting")]


def test_a_nationality_is_never_a_town() -> None:
    text = (
        "The Thai government and the South Sulawesi provincial administration are seeking "
        "cooperation in tourism, the governor said after a meeting on Monday (3/11/2008)."
    )
    assert "Thai" not in [d["partner"] for d in _drafts(text, dt.date(2008, 11, 4))]


def test_a_day_inside_a_visits_span_is_that_visit_not_another() -> None:
    text = (
        "Wali Kota Manado mendampingi Wali Kota Iwaki, Jepang, Hiroshi Uchida, bersama rombongan "
        "pada Senin (14/7/2025). Kunjungan Pemerintah Kota Iwaki ke Kota Manado berlangsung "
        "selama tiga hari mulai 13 hingga 15 Juli 2025."
    )
    drafts = _drafts(text, dt.date(2025, 7, 16))
    assert [(d["partner"], d["type"]) for d in drafts] == [("Iwaki", "visit")]
