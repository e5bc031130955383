"""`extract`'s rules on which records are drafted, generalised from real9's first sight (issue 23,
i23p): one short realistic text each, written in the shape the articles had, never a sentence
copied from one. Each failed before its rule.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _drafts(text: str, published: dt.date | None = None, home: str = "DKI Jakarta") -> list[dict]:
    return to_json([extract(text, published=published, home=home)])


def test_the_home_governments_bare_name_acting_in_a_list_is_not_the_local_party() -> None:
    text = (
        "Bupati Tabanan menerima audiensi pengurus sebuah yayasan budaya yang mengusulkan sister "
        "city antara Kabupaten Tabanan dengan Kota Varanasi, India, Senin (4/3/2024).\n\n"
        "Kota-kota lain di Indonesia juga punya kota kembar, misalnya Surabaya menjalin hubungan "
        "dengan Seattle, Busan, Kochi, Xiamen (sebagai kota sahabat), Guangzhou, Kitakyushu, "
        "Liverpool, dan masih banyak lagi di Indonesia."
    )
    drafts = _drafts(text, dt.date(2024, 3, 5), home="Kota Surabaya")
    assert [d["partner"] for d in drafts] == ["Varanasi"]


def test_a_reduplicated_plural_is_never_a_partner() -> None:
    text = (
        "Kota-kota di Belanda dan Kota Bogor menandatangani nota kesepahaman di Bogor, "
        "Senin (4/3/2024)."
    )
    assert [d["partner"] for d in _drafts(text, dt.date(2024, 3, 5))] == []


def test_a_signing_told_with_the_delegation_present_is_the_documents_record() -> None:
    text = (
        "Kota Solok bersama Kota Sibiu, Rumania, jajaki kerja sama di berbagai bidang. Hal ini "
        "ditandai dengan penandatanganan Letter of Intent (LoI) di rumah dinas wali kota, "
        "Selasa (5/3/2024).\n\n"
        "Penandatanganan dilakukan Wali Kota Solok Zul Elfian bersama Wali Kota Sibiu Astrid "
        "Fodor yang disaksikan rombongan dari Sibiu.\n\n"
        '"Suatu kebanggaan menjalin sister city dengan Sibiu," kata Zul Elfian.'
    )
    drafts = _drafts(text, dt.date(2024, 3, 6))
    assert [(d["partner"], d["type"], d["date"]) for d in drafts] == [
        ("Sibiu", "loi", "2024-03-05")
    ]


def test_cooperation_begun_during_a_visit_is_the_visit_alone() -> None:
    text = (
        "Kota Bukittinggi menjalin 'persaudaraan' dengan kota Ipoh, Malaysia. Pemerintah kedua "
        "kota bersepakat membentuk friendship city dengan menekankan kerja sama bidang "
        "pariwisata.\n\n"
        '"Rintisan kerja sama ini dilakukan saat Wali Kota Bukittinggi, Erman Safar, berkunjung '
        'ke Ipoh pada awal pekan lalu dan bertemu Datuk Bandar Ipoh," kata Kabag Humas, '
        "Sabtu (9/3)."
    )
    drafts = _drafts(text, dt.date(2024, 3, 9))
    assert [(d["partner"], d["type"]) for d in drafts] == [("Ipoh", "visit")]


def test_the_seat_of_an_indonesian_consulate_named_with_its_acronym_is_no_partner() -> None:
    text = (
        "PERTH – The Consulate General of the Republic of Indonesia (KJRI) Perth facilitated "
        "the signing of a memorandum of understanding between sister city Geraldton and "
        "Kupang on Tuesday (5/3/2024)."
    )
    drafts = _drafts(text, dt.date(2024, 3, 6))
    assert [d["partner"] for d in drafts] == ["Geraldton"]


def test_bakal_is_a_plan_like_akan() -> None:
    text = (
        "Pemerintah Kabupaten Ogan Ilir bakal menjalin kerja sama sebagai sister city dengan "
        "Kota Nablus, Palestina, kata Bupati Ogan Ilir di Indralaya, Rabu (28/8/2019)."
    )
    drafts = _drafts(text, dt.date(2019, 8, 29))
    assert [(d["partner"], d["type"], d["stage"]) for d in drafts] == [
        ("Nablus", "other", "initiative")
    ]


def test_a_mayors_seat_then_its_country_without_a_comma_is_the_partner() -> None:
    text = (
        "Bupati Ogan Ilir menerima kunjungan Wali Kota Al-Bireh Palestina, Omar Hamayel, di "
        "Indralaya, Kamis (29/8/2019). Kunjungan itu membahas bantuan pendidikan."
    )
    drafts = _drafts(text, dt.date(2019, 8, 30))
    assert [(d["partner"], d["country"], d["type"]) for d in drafts] == [
        ("Al-Bireh", "PS", "visit")
    ]


def test_a_document_the_cities_are_expected_to_sign_is_not_signed() -> None:
    text = (
        "Wali Kota Tebing Tinggi menerima Konsul Jenderal Jepang di balai kota, Jumat "
        "(26/4/2024). Kedua kota diharapkan dapat segera menandatangani Letter of Intent "
        "dengan Kota Mito."
    )
    drafts = _drafts(text, dt.date(2024, 4, 27))
    assert ("Mito", "loi") not in [(d["partner"], d["type"]) for d in drafts]
    assert all(d["stage"] != "loi" for d in drafts)


def test_a_sister_city_to_be_built_soon_is_a_plan() -> None:
    text = (
        "Wali Kota Sibolga menyebutkan Sibolga segera membangun sister city dengan salah satu "
        "kota di negara sahabat, Vietnam, Rabu (6/3/2024)."
    )
    drafts = _drafts(text, dt.date(2024, 3, 7))
    assert [(d["type"], d["stage"]) for d in drafts] == [("other", "initiative")]


def test_a_renewal_planned_beside_the_old_tie_is_a_second_record() -> None:
    text = (
        "Pemerintah Kota Solok berencana menjalin kembali kerja sama sister city dengan "
        "Pemerintah Kota Suzhou, Tiongkok, kata Wali Kota Solok di balai kota.\n\n"
        "Kerja sama sister city antara Solok dan Suzhou pernah dijalin secara resmi pada Mei "
        "2010, namun sempat terputus."
    )
    drafts = _drafts(text, dt.date(2024, 3, 7))
    assert sorted((d["partner"], d["type"], d["stage"]) for d in drafts) == [
        ("Suzhou", "other", "renewal"),
        ("Suzhou", "sister_city", "signing"),
    ]


def test_a_consuls_proposal_of_a_named_city_is_that_citys_record() -> None:
    text = (
        "Konsulat Jenderal (Konjen) Jepang di Medan, Sato Kenji, mengusulkan kerja sama dengan "
        "Pemerintah Kota Tebing Tinggi untuk membangun sister city.\n\n"
        "Kerja sama ini nantinya akan dijalin antara Kota Mito di Prefektur Ibaraki dengan "
        "Kota Tebing Tinggi.\n\n"
        "Usulan itu disampaikan saat Sato Kenji menemui Wali Kota Tebing Tinggi di balai kota, "
        "Jumat (26/4/2024).\n\n"
        '"Kami berharap agar Konjen Jepang mengajak warga Jepang melakukan kunjungan ke Tebing '
        'Tinggi," ujar wali kota.'
    )
    drafts = _drafts(text, dt.date(2024, 4, 27))
    assert [d["partner"] for d in drafts] == ["Mito"]
