"""Articles that drafted nothing at all though people label records in them (issue 23: 37 of
513 labelled articles; 8 of 40 at first sight). Each probe is a sentence shape of our own, with
other names and places than the corpus's, failing before its rule; each mirror is a shape that
must still draft nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

DAY = dt.date(2025, 9, 20)


def _drafts(text: str) -> list[tuple[str, str, str]]:
    return [
        (d["partner"], d["country"], d["local_party"])
        for d in to_json([extract(text, published=DAY)])
    ]


# A foreign state's minister, parliament or delegation received by our government (received.py).
RECEIVED = [
    (
        "Gubernur Jambi Terima Kunjungan Wamen Luar Negeri Swedia\n\n"
        "JAMBI - Gubernur Jambi Al Haris menerima kunjungan kehormatan Wakil Menteri (Wamen) Luar "
        "Negeri Swedia, Anna Lindqvist, di rumah dinas gubernur, Senin (8/9/2025).\n\n"
        "Pertemuan ini mempererat hubungan antara Swedia dan Indonesia, khususnya dengan Provinsi "
        "Jambi.",
        ("Swedia", "SE", "Jambi"),
    ),
    (
        "Wakil Menteri Luar Negeri Fiji Kunjungi Sorong\n\n"
        "SORONG - Wakil Menteri Luar Negeri dan Perdagangan Fiji, Ratu Tevita, melakukan "
        "kunjungan ke Sorong, Selasa (16/9/2025), dan bertemu Wali Kota Sorong.",
        ("Fiji", "FJ", "Sorong"),
    ),
    (
        "Wagub Kaltim Terima Delegasi Parlemen Brunei\n\n"
        "SAMARINDA - Wakil Gubernur Kalimantan Timur menerima kunjungan Delegasi Komisi B DPR "
        "Negara Brunei Darussalam di Ruang Rapat Gubernur, Selasa (16/9/2025).",
        ("Brunei Darussalam", "BN", "Kalimantan Timur"),
    ),
    # "Industri" of the chamber's name read as a Czech town must not hide the state
    (
        "Pemkab Sleman Terima Kunjungan Delegasi Republik Ceko\n\n"
        "SLEMAN - Pemerintah Kabupaten (Pemkab) Sleman menerima kunjungan Delegasi Republik Ceko "
        "di Ruang Rapat Bupati Sleman, pada Rabu (10/9/2025).\n\n"
        "Delegasi Ceko terdiri dari anggota parlemen dan perwakilan Kamar Dagang dan Industri "
        "(KADIN) Ceko. Salah satu anggota delegasi, Jana Novak, Anggota Parlemen Republik Ceko, "
        "berterima kasih kepada Pemkab Sleman.",
        ("Republik Ceko", "CZ", "Sleman"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED)
def test_a_foreign_states_people_received_are_its_visit(text: str, expected: tuple) -> None:
    assert _drafts(text) == [expected]


def test_towns_of_the_one_foreign_state_named_whose_mayors_call_are_its_visits() -> None:
    # "Madang", "Goroka": towns the gazetteer knows only with their country, which the article
    # names once ("asal PNG"); the local party is named in the next sentence.
    text = (
        "Dua Wali Kota PNG Temui Wali Kota Sorong\n\n"
        "SORONG - Dua Walikota asal PNG masing-masing Walikota Madang-John Kuli dan Walikota "
        "Goroka-Peter Aka beserta rombongan, mendatangi Kantor Walikota Sorong.\n\n"
        "Kedatangan kedua Walikota asal PNG ini disambut langsung Walikota Sorong di ruang "
        "kerjanya, Senin (15/9/2025)."
    )
    assert _drafts(text) == [("Madang", "PG", "Sorong"), ("Goroka", "PG", "Sorong")]


def test_a_neighbour_states_government_named_only_as_an_address_elsewhere_is_still_read() -> None:
    # "Kota Alor Setar, Kedah" makes Kedah an address (of a town that does not act), but
    # "Pemerintah Negeri Kedah" at the meeting is the state's government.
    text = (
        "Aceh dan Kedah Bahas Perdagangan\n\n"
        "BANDA ACEH - Sidang kerja sama ekonomi Peringkat Negeri Kedah digelar di Kota Alor "
        "Setar, Kedah, Selasa (16/9/2025).\n\n"
        "Dalam pertemuan sebelumnya di Kedah pada Maret 2025, Pemerintah Provinsi Aceh bersama "
        "Malaysia melalui Pemerintah Negeri Kedah sepakat mengembangkan perdagangan di kawasan "
        "pesisir."
    )
    assert _drafts(text) == [("Kedah", "MY", "Aceh")]


def test_a_state_once_named_as_an_address_is_still_the_partner_its_tie_names() -> None:
    # "went on his way to Perth, Western Australia" makes the state an address (of a city
    # only travelled to); "between Western Australia and Jambi Province as Sister Province"
    # is the state's own tie.
    text = (
        "Home - Official Website of Jambi Province\n\n"
        "PERTH-Jambi Governor Al Haris makes a trip to Australia, Monday-Friday "
        "(15-19/09/2025). The work was done in order to strengthen the brotherhood that has been "
        "established between Western Australia and Jambi Province as Sister Province.\n\n"
        "Arriving in Sydney, Australia, Monday (15/9/2025) morning, the Governor was accompanied "
        "by his wife and the delegation, and immediately went on his way to Perth, Western "
        "Australia.\n\n"
        "In his speech, Governor Al Haris hopes, through his visit, the cooperative relationship "
        "woven between Jambi and Western Australia Province continues to increase."
    )
    drafts = to_json([extract(text, published=DAY)])
    assert {(d["partner"], d["country"]) for d in drafts} == {("Western Australia", "AU")}
    # the province's name on Indonesia's list, its English kind word dropped (i44b)
    assert {d["local_party"] for d in drafts} == {"Jambi"}


def test_a_partners_page_pairing_its_city_with_ours_by_a_dash_drafts_the_tie() -> None:
    # A partner-side English page: "the Fresno-Kendari Sister City Association" pairs them; the
    # tie's year and the mayor's trip are the two records.
    text = (
        "Kendari, Indonesia\n\nSister City since 1994\n\n"
        "Since initiation of the sister-city relationship in 1994, the Fresno-Kendari Sister "
        "City Association has worked hard to promote knowledge of the city of Kendari. The mayor "
        "of Kendari led a delegation to Fresno in May 1996."
    )
    drafts = to_json([extract(text, published=DAY)])
    assert [(d["partner"], d["country"], d["type"], d["date"]) for d in drafts] == [
        ("Fresno", "US", "sister_city", "1994"),
        ("Fresno", "US", "visit", "1996-05"),
    ]


NOTHING = [
    # a domestic pair of Indonesian cities
    "Kediri dan Blitar\n\nKEDIRI - Program Sister City Kediri-Blitar dimulai sejak 2019, kata "
    "Wali Kota Kediri, Senin (15/9/2025).",
    # a town of the neighbour state only visited: a venue
    "Bupati Merauke ke Madang\n\nMERAUKE - Bupati Merauke menghadiri festival budaya di Kota "
    "Madang, PNG, dan bertemu warga Merauke di sana, Senin (15/9/2025).",
    # a domestic tie between Indonesian governments
    "Pemkot Kediri Terima Kunjungan Delegasi Kota Blitar\n\nKEDIRI - Wali Kota Kediri menerima "
    "kunjungan delegasi Pemerintah Kota Blitar di Balai Kota Kediri, Rabu (10/9/2025), untuk "
    "menjajaki kerja sama di bidang pariwisata.",
    # a national ministry's meeting, our governor only present
    "Menlu Terima Menlu Fiji\n\nJAKARTA - Menteri Luar Negeri RI menerima kunjungan Menteri Luar "
    "Negeri Fiji di Jakarta, Rabu (10/9/2025). Gubernur Jambi turut hadir dalam pertemuan itu.",
    # an Indonesian embassy's own event
    "Festival Indonesia di Stockholm\n\nSTOCKHOLM - KBRI Stockholm menggelar Festival Indonesia "
    "yang dihadiri Wakil Menteri Luar Negeri Swedia dan Bupati Sleman, Sabtu (13/9/2025).",
    # our own envoy to a country
    "Dubes RI untuk Swedia Kunjungi Sleman\n\nSLEMAN - Duta Besar RI untuk Swedia, Kamapradipta "
    "Isnomo, melakukan kunjungan ke Pemkab Sleman, Rabu (10/9/2025), dan bertemu Bupati Sleman.",
    # a country only travelled to: a venue
    "Bupati Sleman ke Swedia\n\nSLEMAN - Bupati Sleman melakukan kunjungan ke Swedia, Rabu "
    "(10/9/2025), untuk belajar pengelolaan sampah.",
    # a state guest welcomed on arrival for a national visit
    "Gubernur Banten Sambut PM Fiji\n\nTANGERANG - Gubernur Banten menyambut kedatangan Perdana "
    "Menteri Fiji, Sitiveni Rabuka, di Bandara Soekarno-Hatta, Provinsi Banten, Rabu (6/9/2025).",
    # a delegation of a country that is a think tank's and a company's people
    "Bupati Sleman Terima Delegasi Tiongkok\n\nJAKARTA - Bupati Sleman menerima audiensi dari "
    "delegasi Republik Rakyat Tiongkok di Jakarta, Rabu (7/5/2025).\n\nDelegasi Tiongkok "
    "dipimpin Direktur Ningbo Center for Trade Studies, didampingi petinggi perusahaan.",
    # sister cities as a concept
    "Sleman Ingin Punya Sister City\n\nSLEMAN - Pemkab Sleman ingin menjalin sister city dengan "
    "kota di luar negeri untuk memajukan pariwisata, kata Bupati Sleman, Rabu (10/9/2025).",
]


@pytest.mark.parametrize("text", NOTHING)
def test_shapes_with_no_foreign_government_acting_draft_nothing(text: str) -> None:
    assert _drafts(text) == []


def test_a_day_told_of_an_earlier_agreement_does_not_date_the_meeting() -> None:
    # The one day of the article is the earlier agreement's ("kesepakatan sebelumnya ... pada
    # 2 September lalu"), not the meeting's that follows it up.
    text = (
        "Wabup Sleman dan Wamenlu Ceko Bahas Kerja Sama\n\n"
        "SLEMAN - Wakil Bupati Sleman, dalam pertemuan informal dengan Wakil Menteri Luar Negeri "
        "Ceko di Pendopo Sleman, menekankan pentingnya kerja sama ekonomi.\n\n"
        "Wakil Bupati Sleman menekankan pentingnya pertemuan ini sebagai langkah untuk "
        "menindaklanjuti kesepakatan sebelumnya antara Bupati Sleman dan Menteri Perdagangan "
        "Ceko pada 2 September lalu."
    )
    (meeting,) = to_json([extract(text, published=DAY)])
    # a state's deputy minister came to us: a visit (an envoy's call is the meeting), exploring
    assert (meeting["partner"], meeting["type"], meeting["date"], meeting["stage"]) == (
        "Ceko",
        "visit",
        None,
        "exploration",
    )
