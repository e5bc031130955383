"""Probe sentences for partners invented and local parties misread (issue 23, real20–22's
misses): a foreign officer listing his city's partners with ours among them ("our 25th city
partnership anniversary with Beijing, Tokyo, Jakarta and Buenos Aires", real21's Berlin page) or
speaking of them in the first person; our own government read as a partner; a region told as
its capital's address; a place that only begins a longer name or names a company's home; an
English kind word after our government's name ("East Java Province").

Written with names other than the corpus's (Bordeaux, Gothenburg, Cusco, Tallinn ...), in
English and Indonesian; the mirror probes (our government first in the list, the subject of its
own ties) hold that those ties are still drafted."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

PUBLISHED = dt.date(2025, 9, 17)


def _partners(text: str) -> set[str]:
    return {d["partner"] for d in to_json([extract(text, published=PUBLISHED)])}


@pytest.mark.parametrize(
    "text",
    [
        'Jambi and Bordeaux are sister cities. "In 2024, we are celebrating our 30th city '
        'partnership anniversary with Gothenburg, Cusco, Jambi and Tallinn," said Anne Dupont '
        "of Bordeaux city hall.",
        "Kota Bordeaux dan Kota Jambi telah menjalin hubungan kota kembar. Tahun ini Bordeaux "
        "merayakan 30 tahun kemitraan kota dengan Gothenburg, Cusco, Kota Jambi dan Tallinn.",
    ],
)
def test_our_government_listed_among_the_partners_own_ties(text: str) -> None:
    assert _partners(text) == {"Bordeaux"}


@pytest.mark.parametrize(
    "text",
    [
        "Kota Jambi telah menjalin hubungan kota kembar dengan Gothenburg, Cusco dan Tallinn "
        "sejak 1990.",
        "In 2024, Jambi is celebrating its sister city anniversaries with Gothenburg, Cusco and "
        "Tallinn.",
    ],
)
def test_our_government_first_is_the_subject_of_its_own_ties(text: str) -> None:
    assert _partners(text) == {"Gothenburg", "Cusco", "Tallinn"}


def test_our_own_government_is_never_the_partner() -> None:
    # real22's Tidore: the mayor's line beside a foreign envoy drafted the regency as a visitor
    text = (
        ": Wali Kota Kepulauan Tanimbar Budi Santoso, S.E bersama Duta Besar Portugal Mr. Rui "
        "Costa saat mengunjungi Benteng Tolukko, Minggu (13/7/2025)."
    )
    assert _partners(text) == {"Portugal"}


def test_a_foreign_mayor_visiting_our_regency_is_still_the_partner() -> None:
    text = (
        "Wali Kota Lisboa, Rui Costa, mengunjungi Kabupaten Kepulauan Tanimbar, Minggu (13/7/2025)."
    )
    assert _partners(text) == {"Lisboa"}


@pytest.mark.parametrize(
    "text",
    [
        "Wali Kota Bontang Budi Santoso menerima audiensi utusan dari Kuantan, Ibu Kota Negeri "
        "Kerajaan Pahang Malaysia Siti Aminah di Aula Balai Kota Bontang, Selasa (8/7/2025). "
        "Kedatangan audiensi utusan dari Kuantan Ibu Kota Negeri Kerajaan Pahang Malaysia Siti "
        "Aminah untuk membahas kerja sama sister city antara Kota Bontang dan Kuantan.",
        "The Mayor of Bontang received a delegation from Kuantan, the capital of the state of "
        "Pahang, Malaysia, on Tuesday (8/7/2025).",
    ],
)
def test_a_region_told_as_its_capitals_address_is_no_partner(text: str) -> None:
    # real20's Mataram: "utusan dari Shah Alam, Ibu Kota Negeri Kerajaan Selangor Malaysia"
    assert _partners(text) == {"Kuantan"}


def test_a_region_acting_beside_its_capital_is_a_partner() -> None:
    text = (
        "Wali Kota Bontang menerima kunjungan Wali Kota Kuantan dan Menteri Besar Pahang, "
        "Selasa (8/7/2025)."
    )
    assert _partners(text) == {"Kuantan", "Pahang"}


def test_the_address_region_stands_for_its_capital_later_on() -> None:
    text = (
        "Wali Kota Bontang Budi Santoso menerima audiensi utusan dari Kuantan, Ibu Kota Negeri "
        "Kerajaan Pahang Malaysia Siti Aminah di Aula Balai Kota Bontang, Selasa (8/7/2025). "
        "Selain kerja sama masalah investasi, Kerajaan Pahang juga menawarkan kerja sama "
        "pendidikan."
    )
    assert _partners(text) == {"Kuantan"}


@pytest.mark.parametrize(
    "text",
    [
        "Wali Kota Bontang menerima kunjungan kehormatan Majlis Perbandaran Guilin Baru, Johor, "
        "Malaysia. Pertemuan ini menjadi ajang pertukaran pengalaman antara Pemerintah Kota "
        "Bontang dan Pemerintah Daerah Guilin Baru, khususnya dalam bidang pembangunan kota.",
        "The meeting was an exchange between the Bontang City Government and the Government of "
        "Guilin Baru on urban development, Tuesday (8/7/2025).",
    ],
)
def test_a_place_that_only_begins_a_longer_name_is_not_that_place(text: str) -> None:
    # real20's "Pemerintah Daerah Hang Tuah Jaya" drafted a "Hang" in China
    assert "Guilin" not in _partners(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Kota Bontang dan Pemerintah Kota Guilin menandatangani MoU di bidang "
        "pariwisata, Selasa (8/7/2025).",
        "Pemerintah Kota Bontang menerima delegasi Pemerintah Kota Guilin Selasa (8/7/2025).",
        "Bontang received a delegation from the City of Guilin Metropolitan Government, Tuesday "
        "(8/7/2025).",
        "Pemerintah Kota Bontang menandatangani LoI dengan Guilin. LoI ditandatangani oleh Wali "
        "Kota Bontang Budi Santoso bersama Ketua Komite Rakyat Guilin Li Wei, Kamis (6/11/2025).",
    ],
)
def test_a_place_followed_by_a_day_a_kind_word_or_a_person_is_that_place(text: str) -> None:
    assert _partners(text) == {"Guilin"}


def test_a_place_told_as_a_companys_home_is_no_partner() -> None:
    # real21's "the Perth company Offshore Staff Solutions Pty Ltd"
    text = (
        "Governor Budi Santoso of Jambi will witness the signing of a Memorandum of "
        "Understanding between the Jambi Department of Manpower and the Townsville company Reef "
        "Staff Pty Ltd on 5 December 2025."
    )
    assert _partners(text) == set()


def test_a_government_beside_a_company_of_its_city_is_the_partner() -> None:
    text = (
        "Governor Budi Santoso of Jambi and the Mayor of Townsville signed a Memorandum of "
        "Understanding on 5 December 2025. A Townsville-based company also signed a deal with a "
        "Jambi firm."
    )
    assert _partners(text) == {"Townsville"}


def test_a_quote_in_the_partners_first_person_tells_its_own_ties() -> None:
    # real21's "The oldest city partnership we have is the one with Los Angeles,” said ... at
    # the Berlin Senate Chancellery"
    text = (
        "Jambi and Bordeaux are sister cities. “The oldest city partnership we have is the one "
        "with Gothenburg, dating back more than 50 years,” said Anne Dupont, who is part of the "
        "international relations department at the Bordeaux city hall and in charge of "
        "Bordeaux’s partnership with Jambi."
    )
    assert _partners(text) == {"Bordeaux"}


def test_a_quote_in_our_first_person_tells_our_ties() -> None:
    text = (
        "Jambi and Bordeaux are sister cities. “The newest city partnership we have is the one "
        "with Gothenburg, signed last year,” said Budi Santoso, the Mayor of Jambi."
    )
    assert _partners(text) == {"Bordeaux", "Gothenburg"}


def test_an_english_kind_word_after_our_governments_name() -> None:
    # real21's "sister city relations with East Java Province and Jakarta Capital Region, and a
    # friendly exchange relationship with Yogyakarta Special Administrative Region"
    text = (
        "Shanghai attaches great importance to friendly exchanges with Indonesia, having "
        "established sister city relations with Central Sulawesi Province and North Sumatra "
        "Province, and a friendly exchange relationship with Yogyakarta Special Administrative "
        "Region."
    )
    locals_ = {d["local_party"] for d in to_json([extract(text, published=PUBLISHED)])}
    assert locals_ == {"Sulawesi Tengah"}


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("East Kalimantan Province", "Kalimantan Timur"),
        ("Central Sulawesi Province", "Sulawesi Tengah"),
        ("Jakarta Special Capital Region", "DKI Jakarta"),
        ("Yogyakarta Special Administrative Region", "Daerah Istimewa Yogyakarta"),
        # no English order to undo: the name on Indonesia's list, as "Provinsi Jambi" is read
        # (real35's "Papua Province" is labelled Papua)
        ("Jambi Province", "Jambi"),
    ],
)
def test_english_kind_words_name_the_registrys_government(name: str, canonical: str) -> None:
    from kerjasama_cli.extract.parties import PartyFinder
    from kerjasama_cli.extract.places import Gazetteer

    finder = PartyFinder(Gazetteer.build("DKI Jakarta", []).resolve, "DKI Jakarta", {})
    assert finder.canonical(name) == canonical


@pytest.mark.parametrize(
    "text",
    [
        "Konsul Jenderal Australia dan rombongan dijamu makan siang oleh Walikota Robby T "
        "Lumentut di Danau Tondano, Selasa (9/9/2025). Walikota Robby menyambut hangat "
        "kehadiran rombongan itu di Kota Manado.",
        "Rombongan Konsul Jenderal Australia diterima oleh Walikota Robby T. Lumentut di Kota "
        "Manado, Selasa (9/9/2025), untuk membahas kerja sama pariwisata.",
    ],
)
def test_our_mayor_with_a_middle_initial_is_no_seat(text: str) -> None:
    # real25's Tomohon: "oleh Walikota Jimmy F Eman" read as the mayor of a place "Jimmy"; a
    # given name, an initial, a surname is a person's name, not a seat and its head
    assert _partners(text) == {"Australia"}


def test_a_foreign_seat_before_its_mayors_name_is_still_read() -> None:
    # the other way (guard): a seat the gazetteer lacks before a full name stays the partner
    text = (
        "Rombongan dijamu makan siang oleh Walikota Gurye Kim Soon-ho di Danau Tondano, Selasa "
        "(9/9/2025), saat kunjungan Wali Kota Manado ke Korea Selatan."
    )
    assert _partners(text) == {"Gurye"}


@pytest.mark.parametrize(
    "text",
    [
        "The Governor of Central Java received the Mayor of Cebu on Tuesday (9/9/2025) to "
        "discuss cooperation in tourism. Apart from discussing cooperation opportunities, the "
        "governor also expressed gratitude for the assistance provided by the late former "
        "Guadalajara Mayor Pablo Lemus.",
        "Gubernur Jawa Tengah menerima kunjungan Wali Kota Cebu, Selasa (9/9/2025), untuk "
        "membahas kerja sama pariwisata. Selain membahas peluang kerja sama, Gubernur juga "
        "berterima kasih atas bantuan mendiang mantan Wali Kota Guadalajara, Pablo Lemus.",
    ],
)
def test_a_foreign_head_in_a_past_post_is_no_partner(text: str) -> None:
    # real24's Jakarta: "the late former Seoul Mayor Pa[rk]", thanked for past help, drafted
    # a record of Seoul; a head named in a past post speaks for none of his city
    assert _partners(text) == {"Cebu"}


def test_a_former_head_who_signed_then_still_names_the_partner() -> None:
    # the other way (guard): the document he signed in office is his city's record
    text = (
        "The sister city MoU between Bandung and Guadalajara was signed in 2005 by the former "
        "Mayor of Guadalajara, Pablo Lemus, and the Mayor of Bandung."
    )
    assert _partners(text) == {"Guadalajara"}


@pytest.mark.parametrize(
    "text",
    [
        "Consul General Mark Gooding visited Kalimantan Barat on Tuesday (9/9/2025) and met the "
        "Governor. During a visit to Public Junior High School 3 (SMPN3) and Universitas "
        "Tanjungpura, the Consul General encouraged students to join the exchange programs of "
        "Australia.",
        "Konsul Jenderal Australia berkunjung ke Kalimantan Barat dan bertemu Gubernur, Selasa "
        "(9/9/2025). Saat mengunjungi SMAN 1 Pontianak dan Universitas Tanjungpura, ia mengajak "
        "pelajar mengikuti program pertukaran pelajar Australia.",
    ],
)
def test_a_school_visited_is_where_not_who(text: str) -> None:
    # real24's North Kalimantan: "During a visit to ... and Universitas Borneo, the Ambassador
    # encouraged students ..." drafted the university as a partner of a programme
    assert "Universitas Tanjungpura" not in _partners(text)


def test_a_university_that_signs_is_still_a_partner() -> None:
    # the other way (guard): what a foreign body signs with our government is its record (an
    # Indonesian university beside it is no foreign partner: test_extract_sentence_shapes.py)
    text = (
        "Pemerintah Provinsi Kalimantan Barat menandatangani nota kesepahaman dengan "
        "Universiti Malaya dan University of Adelaide tentang program pertukaran pelajar, "
        "Selasa (9/9/2025)."
    )
    assert _partners(text) == {"Universiti Malaya", "University of Adelaide"}


@pytest.mark.parametrize(
    "text",
    [
        # real27's Sulsel-Iran: "Perikanan, Kelautan" read as a town of Kelantan
        "Gubernur Jambi menerima kunjungan Duta Besar Uganda, Selasa (9/9/2025). Adapun program "
        "prioritas Provinsi Jambi tahun 2025, yakni: Bidang Infrastruktur; Bidang Pertanian, "
        "Peternakan, Kelautan dan Kehutanan; Bidang Kesehatan.",
        "Bupati Kerinci menerima kunjungan Duta Besar Togo, Selasa (9/9/2025). Adapun program "
        "prioritas Kabupaten Kerinci, yakni: Bidang Pendidikan; Bidang Perdagangan, Budaya dan "
        "Pariwisata.",
    ],
)
def test_a_list_of_fields_is_no_town_of_a_state_one_slip_away(text: str) -> None:
    assert _partners(text) == {"Uganda", "Togo"} & {t for t in ("Uganda", "Togo") if t in text}


def test_a_town_the_gazetteer_lacks_is_still_vouched_for_by_its_state() -> None:
    text = (
        "Jambi signed a sister city agreement with the city of Plainview, Texas, on Tuesday "
        "(9/9/2025)."
    )
    assert _partners(text) == {"Plainview"}


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # real26's Banda Aceh-Turki: "peringatan 10 tahun MoU Helsinki" drafted Helsinki
        (
            "Wali Kota Ambon bertemu Duta Besar Swedia, Rabu (10/9/2025), sebelum menghadiri "
            "peringatan 20 tahun MoU Stockholm di Ambon.",
            {"Swedia"},
        ),
        (
            "The Mayor of Ambon met Sweden's ambassador on Wednesday (10/9/2025), ahead of the "
            "20th anniversary of the Stockholm MoU in Ambon.",
            {"Sweden"},
        ),
        # mirrors: a pair or a named party to the document is still the partner
        (
            "Wali Kota Ambon bertemu Duta Besar Swedia, Rabu (10/9/2025), sebelum menghadiri "
            "peringatan 20 tahun MoU Sister City Ambon-Stockholm.",
            {"Swedia", "Stockholm"},
        ),
        (
            "Wali Kota Ambon menandatangani MoU Sister City dengan Wali Kota Tampere, Rabu "
            "(10/9/2025).",
            {"Tampere"},
        ),
    ],
)
def test_a_document_named_after_a_place_is_no_tie_with_it(text: str, partners: set[str]) -> None:
    assert _partners(text) == partners


@pytest.mark.parametrize(
    "text",
    [
        # real27's Jatim-Argentina: "kerjasama dengan lembaga internasional seperti King's
        # College London dan Western Sydney University" drafted the university
        "Gubernur Jambi menerima kunjungan Duta Besar Chile, Kamis (11/9/2025). Di sektor "
        "pendidikan, kerjasama dengan lembaga internasional seperti Trinity College Dublin dan "
        "Monash University menjadi langkah nyata provinsi ini dalam meningkatkan daya saing global.",
        "The Governor of Jambi received the ambassador of Chile on Thursday (11/9/2025). In "
        "education, the province's cooperation with Trinity College Dublin and Monash University "
        "has raised its global standing.",
    ],
)
def test_a_university_tie_told_as_background_is_no_partner(text: str) -> None:
    assert not any("University" in p or "College" in p for p in _partners(text))


def test_a_university_that_signs_is_still_the_partner() -> None:
    text = (
        "Pemerintah Provinsi Jambi menandatangani nota kesepahaman (MoU) dengan Monash "
        "University, Australia, di Jambi, Kamis (11/9/2025)."
    )
    assert _partners(text) == {"Monash University"}
