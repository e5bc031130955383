"""Sector, date and type words written from the two languages, not from any batch's misses
(issue 23, i40b): each probe names invented places and people; each mirror is a sentence the new
words must leave as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.dates import find_dates
from kerjasama_cli.extract.lexicon import find_types
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.sector_frames import covered_sectors


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("Kerja sama meliputi bidang perguruan tinggi dan kedokteran.", ["education", "health"]),
        ("Kerja sama itu mencakup ekowisata, kesenian, dan cagar budaya.", ["tourism", "culture"]),
        ("The partnership covers medical services, nutrition and the arts.", ["health", "culture"]),
        (
            "Kerja sama di bidang digitalisasi dan keanekaragaman hayati.",
            ["technology", "environment"],
        ),
        (
            "The MoU covers railways, electricity and housing.",
            ["transport", "energy", "urban_planning"],
        ),
        (
            "Kerja sama meliputi persampahan, drainase, dan perbankan.",
            ["waste", "flood_management", "finance"],
        ),
        ("Cooperation in employment and supply chains was agreed.", ["labour", "logistics"]),
        ("Kerja sama di bidang kepegawaian dan keolahragaan.", ["civil_service", "sports"]),
        # a cooperation word with the possessive "-nya"
        ("Kerja samanya antara lain di sektor pariwisata.", ["tourism"]),
    ],
)
def test_a_field_s_everyday_words_name_it(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # a field the registry has no code for is no sector, not the nearest one (pertanian
        # has one since stop 39: agriculture)
        ("Kerja sama meliputi bidang industri, UMKM, dan kehutanan.", []),
        ("Kerja sama meliputi bidang industri, UMKM, dan pertanian.", ["agriculture"]),
        ("Kerja sama di bidang pendidikan dan industri.", ["education"]),
        # a university named is an institution, not education
        ("Kerja sama dengan Universitas Velaria di bidang kesehatan.", ["health"]),
        ("The cooperation with the University of Norvale covers tourism.", ["tourism"]),
        # the people of a field and its things are not the field
        ("Kerja sama ini diharapkan menarik investor dan pekerja.", []),
    ],
)
def test_words_of_no_field_or_of_a_name_stay_out(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


PUBLISHED = dt.date(2024, 6, 20)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("MoU ditandatangani tanggal 12 bulan Juni 2024.", "2024-06-12"),
        ("MoU ditandatangani pada 12 Agst 2023.", "2023-08-12"),
        ("MoU ditandatangani Rabu 12/6 di Balai Kota.", "2024-06-12"),
        ("MoU ditandatangani Rabu, 12/6.", "2024-06-12"),
        ("Kegiatan berlangsung Selasa-Rabu (11-12/6/2024).", "2024-06-11"),
        ("Kegiatan berlangsung Selasa-Rabu (11-12/6).", "2024-06-11"),
        ("Kunjungan pada Jumat-Sabtu (7-8/6) lalu.", "2024-06-07"),
        ("Kegiatan berlangsung pada 11 dan 12 Juni 2024.", "2024-06-11"),
        ("The visit took place on June 11-12, 2024.", "2024-06-11"),
        ("MoU ditandatangani pada Juni tahun lalu.", "2023-06"),
        ("The MoU was signed in June last year.", "2023-06"),
        ("The MoU was signed in March of this year.", "2024-03"),
        ("MoU ditandatangani Rabu pekan lalu.", "2024-06-12"),
        ("The MoU was signed on Wednesday last week.", "2024-06-12"),
        # a day still to come is the next such day, not last year's
        ("MoU akan ditandatangani pada 19 Juli mendatang.", "2024-07-19"),
        ("Penandatanganan dijadwalkan 3 Januari yang akan datang.", "2025-01-03"),
    ],
)
def test_a_date_shape_of_the_news_is_read(sentence: str, iso: str) -> None:
    assert [d.iso for d in find_dates(sentence, PUBLISHED)][:1] == [iso]


@pytest.mark.parametrize(
    ("sentence", "isos"),
    [
        ("MoU ditandatangani Selasa (18/6/2024).", ["2024-06-18"]),
        ("The MoU was signed on the 4th of March, 2024.", ["2024-03-04"]),
        ("Kunjungan berlangsung 4-5 Maret 2024.", ["2024-03-04"]),
        ("The visit took place from June 11 to 13, 2024.", ["2024-06-11"]),
        ("MoU ditandatangani pada 12 Juni lalu.", ["2024-06-12"]),
        ("The MoU was signed on Sept. 3, 2023.", ["2023-09-03"]),
        # a bare "12/6" may be a score or a fraction: only a weekday makes it a day
        ("Tim Velaria menang 12/6 atas tim tamu.", []),
        ("Minggu lalu, kedua kota bertemu.", ["2024-06-16"]),
        ("MoU ditandatangani pekan lalu.", ["2024-06"]),
    ],
)
def test_date_shapes_read_before_stay_as_they_were(sentence: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates(sentence, PUBLISHED)] == isos


@pytest.mark.parametrize(
    ("sentence", "rtype"),
    [
        ("Kedua kota menandatangani memorandum kesepahaman.", "mou"),
        ("Kedua kota menandatangani naskah kesepahaman.", "mou"),
        ("Kedua kota menandatangani kesepahaman bersama.", "mou"),
        ("The two sides signed a Letter of Intention.", "loi"),
        ("The two sides signed a letter of interest.", "loi"),
        ("The two sides signed an implementing arrangement.", "agreement"),
        ("The two cities signed a cooperation pact.", "agreement_word"),
        ("The two cities inked a partnership deal.", "agreement_word"),
        ("Kabupaten Sleman dan Distrik Velaria resmi menjadi kabupaten bersaudara.", "sister_city"),
        ("The two signed a friendship province agreement.", "sister_city"),
        ("Bupati melakukan kunker ke Distrik Velaria.", "visit"),
        ("Wali Kota melakukan misi muhibah ke Distrik Velaria.", "visit"),
        ("Wali Kota berdialog dengan Duta Besar Velaria.", "meeting"),
        # the possessive "-nya" an Indonesian noun takes
        ("Dalam kunjungannya ke Distrik Velaria, Bupati meninjau pasar.", "visit"),
        ("Dalam pertemuannya dengan Wali Kota Velaria, ia membahas pariwisata.", "meeting"),
        ("Kemitraannya dengan Kota Velaria dimulai pada 2010.", "other"),
    ],
)
def test_a_type_word_of_either_language_is_read(sentence: str, rtype: str) -> None:
    assert [t for t, _, _ in find_types(sentence)][:1] == [rtype]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("The two cities are environmentally friendly cities.", []),
        ("The two sides inked a good deal of trust.", []),
        ("Kedua kota menandatangani nota kesepahaman.", ["mou"]),
        ("Kedua pihak menandatangani Surat Pernyataan Kehendak.", ["loi"]),
        ("Wali Kota menerima audiensi Konsul Jenderal Velaria.", ["meeting"]),
        ("Pihaknya memiliki kesepahaman yang sama soal banjir.", []),
    ],
)
def test_type_words_read_before_stay_as_they_were(sentence: str, types: list[str]) -> None:
    assert [t for t, _, _ in find_types(sentence)] == types


def test_an_article_s_signed_document_takes_the_new_words_of_its_fields() -> None:
    text = (
        "Bandung Teken Memorandum Kesepahaman dengan Velaria\n\n"
        "Pemerintah Kota Bandung menandatangani memorandum kesepahaman dengan Pemerintah Kota "
        "Velaria, Korea Selatan, pada Juni tahun lalu. Kerja sama itu meliputi bidang ekowisata "
        "dan kedokteran."
    )
    (draft,) = to_json([extract(text, name="probe.txt", published=PUBLISHED, home="Kota Bandung")])
    assert (draft["partner"], draft["type"], draft["date"]) == ("Velaria", "mou", "2023-06")
    assert draft["sectors"] == ["tourism", "health"]


_TWO_GUESTS = (
    "Bandung Terima Dua Wali Kota\n\n"
    "Wali Kota Bandung menerima kunjungan Wali Kota Velaria, Korea Selatan, dan Wali Kota "
    "Norvale, Jepang, di Balai Kota, Selasa (18/6/2024). "
)


def _fields(text: str) -> dict[str, list[str]]:
    drafts = to_json([extract(text, name="probe.txt", published=PUBLISHED, home="Kota Bandung")])
    return {d["partner"]: d["sectors"] for d in drafts}


def test_fields_told_after_a_sentence_naming_both_guests_are_both_visits() -> None:
    text = _TWO_GUESTS + (
        "Pertemuan berlangsung hangat. Kedua tamu tertarik bekerja sama di bidang pendidikan "
        "dan pariwisata."
    )
    assert _fields(text) == {
        "Velaria": ["education", "tourism"],
        "Norvale": ["education", "tourism"],
    }


def test_fields_told_after_a_sentence_naming_one_guest_are_that_one_s() -> None:
    text = _TWO_GUESTS + (
        "Sebelumnya Bandung dan Kota Velaria, Korea Selatan, telah menjalin kerja sama. Kedua "
        "pihak sepakat memperluas kerja sama di bidang pendidikan dan pariwisata."
    )
    assert _fields(text) == {"Velaria": ["education", "tourism"], "Norvale": []}


_ID = "Pemerintah Kota Bandung dan Pemerintah Kota Velaria, Korea Selatan, "
_EN = "Bandung Mayor Budi Santoso and Velaria Mayor Kim Joon-ho of South Korea "


@pytest.mark.parametrize(
    ("sentence", "rtype"),
    [
        # a document still to be drafted or signed on a day set for it: a plan
        (_EN + "agreed to draw up a memorandum of understanding.", "other"),
        (_ID + "sepakat menyusun nota kesepahaman kerja sama pendidikan.", "other"),
        ("Penandatanganan MoU antara " + _ID + "dijadwalkan pada Juli.", "other"),
        ("The signing of a letter of intent by " + _EN + "is scheduled for July.", "other"),
        # mirrors: the documents signed, the tie agreed to be made
        (_ID + "menandatangani memorandum kesepahaman, Rabu (19/6/2024).", "mou"),
        (_ID + "menandatangani surat pernyataan kehendak, Rabu (19/6/2024).", "loi"),
        (_ID + "menandatangani perjanjian kerja sama, Rabu (19/6/2024).", "agreement"),
        (_EN + "signed a letter of intent on Wednesday, June 19, 2024.", "loi"),
        (_EN + "agreed to establish a sister city relationship on June 19, 2024.", "sister_city"),
        (_ID + "tengah menjajaki kerja sama sister city.", "other"),
    ],
)
def test_a_document_signed_is_told_from_one_still_to_be_drafted_or_signed(
    sentence: str, rtype: str
) -> None:
    drafts = to_json(
        [extract("Judul\n\n" + sentence, name="p.txt", published=PUBLISHED, home="Kota Bandung")]
    )
    assert [(d["partner"], d["type"]) for d in drafts] == [("Velaria", rtype)]


_LEAD = (
    "Bandung Bahas Kerja Sama\n\n"
    "Pemerintah Kota Bandung membidik kerja sama di bidang pendidikan dan pariwisata. "
)


def test_the_lead_s_fields_are_every_meeting_of_the_one_reception_it_opens() -> None:
    text = _LEAD + (
        "Wali Kota Bandung bertemu Wali Kota Velaria, Korea Selatan, dan Wali Kota Norvale, "
        "Jepang, di Balai Kota, Selasa (18/6/2024)."
    )
    assert _fields(text) == {
        "Velaria": ["education", "tourism"],
        "Norvale": ["education", "tourism"],
    }


def test_the_lead_s_fields_stay_with_the_first_of_several_visits() -> None:
    text = _LEAD + (
        "Wali Kota Bandung menerima kunjungan Wali Kota Velaria, Korea Selatan, dan Wali Kota "
        "Norvale, Jepang, di Balai Kota, Selasa (18/6/2024)."
    )
    assert _fields(text) == {"Velaria": ["education", "tourism"], "Norvale": []}
