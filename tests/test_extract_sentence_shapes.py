"""Generic sentence shapes a user meets, each written as probes with invented places and people
before its rule (issue 23, stop 35): two documents with two partners in one sentence, a foreign
city's ties with several of our governments, a partner's own list of its sister cities, and an
article in which no Indonesian local government acts. Each shape has Indonesian and English
probes, and mirror probes (the nearby shape the rule must leave as it was)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import Run

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

DAY = dt.date(2023, 7, 15)


def _drafts(text: str, **kw: object) -> list[dict]:
    return to_json([extract(text, published=DAY, **kw)])  # type: ignore[arg-type]


def _types(text: str) -> dict[str, str]:
    return {d["partner"]: d["type"] for d in _drafts(text)}


# -- two documents, each with its own partner, in one sentence ---------------------------------


def test_two_documents_each_with_its_partner_indonesian() -> None:
    text = (
        "Wali Kota Bogor Ratna Sari menandatangani LoI dengan Kota Velaria, Italia, dan MoU "
        "dengan Provinsi Dornholm, Denmark, Senin (10/7/2023)."
    )
    assert _types(text) == {"Velaria": "loi", "Dornholm": "mou"}


def test_two_documents_each_with_its_partner_english() -> None:
    text = (
        "Bogor Mayor Ratna Sari signed a letter of intent with the City of Velaria, Italy, and a "
        "memorandum of understanding with Dornholm Province, Denmark, on 10 July 2023."
    )
    assert _types(text) == {"Velaria": "loi", "Dornholm": "mou"}


def test_a_document_with_two_partners_then_another_with_a_third() -> None:
    text = (
        "Wali Kota Bogor Ratna Sari menandatangani LoI dengan Kota Velaria, Italia, Kota "
        "Marvelle, Prancis, dan MoU dengan Provinsi Dornholm, Denmark, Senin (10/7/2023)."
    )
    assert _types(text) == {"Velaria": "loi", "Marvelle": "loi", "Dornholm": "mou"}


def test_mirror_two_documents_with_one_partner_stay_one_record() -> None:
    text = (
        "Wali Kota Bogor Ratna Sari menandatangani LoI dan MoU dengan Kota Velaria, Italia, "
        "Senin (10/7/2023)."
    )
    assert _types(text) == {"Velaria": "loi"}


def test_mirror_one_document_with_two_partners_gives_both_that_document() -> None:
    text = (
        "Bogor Mayor Ratna Sari signed a memorandum of understanding with the City of Velaria, "
        "Italy, and Dornholm Province, Denmark, on 10 July 2023."
    )
    assert _types(text) == {"Velaria": "mou", "Dornholm": "mou"}


# -- a foreign city's ties with several of our governments, in one sentence ---------------------


def _sides(text: str) -> list[tuple[str, str, str]]:
    return sorted((d["partner"], d["local_party"], d["type"]) for d in _drafts(text))


def test_a_foreign_citys_ties_with_three_of_ours_indonesian() -> None:
    text = "Kota Velaria, Italia, telah menjalin sister city dengan Surabaya, Bandung dan Medan."
    assert _sides(text) == [
        ("Velaria", "Bandung", "sister_city"),
        ("Velaria", "Medan", "sister_city"),
        ("Velaria", "Surabaya", "sister_city"),
    ]


def test_a_foreign_citys_ties_with_three_of_ours_english() -> None:
    text = (
        "The City of Velaria, Italy, has sister city ties with Surabaya, Bandung and Medan, "
        "its mayor said."
    )
    assert _sides(text) == [
        ("Velaria", "Bandung", "sister_city"),
        ("Velaria", "Medan", "sister_city"),
        ("Velaria", "Surabaya", "sister_city"),
    ]


def test_a_foreign_citys_sister_cities_among_ours_listed_indonesian() -> None:
    text = "Kota kembar Kota Velaria, Italia, di Indonesia adalah Surabaya, Bandung dan Medan."
    assert _sides(text) == [
        ("Velaria", "Bandung", "sister_city"),
        ("Velaria", "Medan", "sister_city"),
        ("Velaria", "Surabaya", "sister_city"),
    ]


def test_a_foreign_citys_sister_cities_among_ours_listed_english() -> None:
    text = (
        "The sister cities of the City of Velaria, Italy, in Indonesia are Surabaya, Bandung "
        "and Medan."
    )
    assert _sides(text) == [
        ("Velaria", "Bandung", "sister_city"),
        ("Velaria", "Medan", "sister_city"),
        ("Velaria", "Surabaya", "sister_city"),
    ]


def test_a_foreign_citys_ties_with_two_of_ours_listed_with_a_serial_comma() -> None:
    text = "The City of Velaria, Italy, is twinned with Surabaya, and Medan, its mayor said."
    assert _sides(text) == [
        ("Velaria", "Medan", "sister_city"),
        ("Velaria", "Surabaya", "sister_city"),
    ]


def test_mirror_one_of_ours_and_its_province_as_its_address_stay_one_record() -> None:
    text = (
        "Pemerintah Kota Velaria, Italia, menjalin kerja sama sister city dengan Pemerintah "
        "Kabupaten Gianyar, Bali."
    )
    assert _sides(text) == [("Velaria", "Gianyar", "sister_city")]


def test_in_a_story_of_ours_the_list_gives_ours_and_the_others_each_a_record() -> None:
    text = (
        "Wali Kota Surabaya Eri Cahyadi menerima kunjungan Wali Kota Velaria, Italia, Marco "
        "Bellini, Senin (10/7/2023). Velaria telah menjalin sister city dengan Surabaya, Bandung "
        "dan Medan."
    )
    assert _sides(text) == [
        ("Velaria", "Bandung", "sister_city"),
        ("Velaria", "Medan", "sister_city"),
        ("Velaria", "Surabaya", "sister_city"),
        ("Velaria", "Surabaya", "visit"),
    ]


def test_mirror_a_foreign_citys_tie_with_one_of_ours_stays_one_record() -> None:
    text = "Kota Velaria, Italia, telah menjalin sister city dengan Surabaya."
    assert _sides(text) == [("Velaria", "Surabaya", "sister_city")]


def test_mirror_our_government_with_three_foreign_cities_stays_three_records() -> None:
    text = (
        "Pemkot Surabaya telah menjalin sister city dengan Kota Velaria, Italia, Kota Marvelle, "
        "Prancis, dan Provinsi Dornholm, Denmark."
    )
    assert _sides(text) == [
        ("Dornholm", "Surabaya", "sister_city"),
        ("Marvelle", "Surabaya", "sister_city"),
        ("Velaria", "Surabaya", "sister_city"),
    ]


# -- a partner's own list of its sister cities ------------------------------------------------

VISIT_ID = (
    "Wali Kota Bandung Ratna Sari menerima kunjungan Wali Kota Velaria, Italia, Senin (10/7/2023). "
)
VISIT_EN = "Bandung Mayor Ratna Sari met the Mayor of Velaria, Italy, in Bandung on 10 July 2023. "


def _records(text: str) -> list[tuple[str, str]]:
    return sorted((d["partner"], d["type"]) for d in _drafts(text))


def test_a_partners_own_sister_cities_listed_indonesian() -> None:
    text = VISIT_ID + (
        "Kota-kota kembar Velaria antara lain Kota Marvelle, Prancis, Kota Dornholm, Denmark, "
        "dan Kota Kessburg, Jerman."
    )
    assert _records(text) == [("Velaria", "visit")]


def test_a_partners_own_sister_cities_after_a_colon_indonesian() -> None:
    text = VISIT_ID + (
        "Kota kembar Velaria: Kota Marvelle, Prancis; Kota Dornholm, Denmark; dan Kota "
        "Kessburg, Jerman."
    )
    assert _records(text) == [("Velaria", "visit")]


def test_a_partners_own_sister_cities_after_a_colon_english() -> None:
    text = VISIT_EN + (
        "Velaria's sister cities: Marvelle, France; Dornholm, Denmark; and Kessburg, Germany."
    )
    assert _records(text) == [("Velaria", "meeting")]


def test_a_partner_twinned_with_places_abroad_english() -> None:
    text = VISIT_EN + "Velaria is twinned with Marvelle in France and Kessburg in Germany."
    assert _records(text) == [("Velaria", "meeting")]


def test_mirror_a_partner_twinned_with_our_city_is_our_tie() -> None:
    text = VISIT_EN + "Velaria is twinned with Bandung and Kessburg in Germany."
    assert ("Velaria", "sister_city") in _records(text)


def test_our_government_among_the_partners_sisters_is_our_tie() -> None:
    text = VISIT_ID + (
        "Kota-kota kembar Velaria antara lain Kota Marvelle, Prancis, Kota Bandung dan Kota "
        "Kessburg, Jerman."
    )
    assert ("Velaria", "sister_city") in _records(text)
    assert not {"Marvelle", "Kessburg"} & {p for p, _ in _records(text)}


def test_mirror_our_own_sister_cities_listed_stay_ours() -> None:
    text = (
        "Kota kembar Bandung antara lain Kota Marvelle, Prancis, dan Kota Kessburg, Jerman, "
        "kata Wali Kota Bandung Ratna Sari."
    )
    assert _records(text) == [("Kessburg", "sister_city"), ("Marvelle", "sister_city")]


# -- no Indonesian local government acts -------------------------------------------------------

BANDUNG = {"Kota Bandung": "Kota Bandung", "Bandung": "Kota Bandung"}


def test_a_foreign_tie_signed_in_our_city_is_not_ours_indonesian() -> None:
    text = (
        "Pemerintah Negeri Velaria, Malaysia, menandatangani MoU dengan Provinsi Dornholm, "
        "Tiongkok, di Jakarta, Senin (10/7/2023)."
    )
    assert _drafts(text) == []
    assert _drafts(text, home="Kota Bandung", governments=BANDUNG) == []


def test_a_foreign_tie_signed_in_our_city_is_not_ours_english() -> None:
    text = (
        "The Velaria state government of Malaysia signed a memorandum of understanding with "
        "Dornholm Province, China, in Bandung on 10 July 2023."
    )
    assert _drafts(text) == []
    assert _drafts(text, home="Kota Bandung", governments=BANDUNG) == []


def test_a_foreign_tie_announced_in_the_registrys_city_is_not_the_registrys() -> None:
    text = (
        "Negeri Velaria, Malaysia, menjalin sister state dengan Provinsi Dornholm, Tiongkok. "
        "Kerja sama itu diumumkan di Bandung, Senin (10/7/2023)."
    )
    assert _drafts(text, home="Kota Bandung", governments=BANDUNG) == []


def test_a_national_ministrys_deal_in_our_city_is_not_ours() -> None:
    for text in (
        "Kementerian Perdagangan RI menandatangani MoU dengan Kementerian Perdagangan Velaria "
        "di Jakarta, Senin (10/7/2023).",
        "Indonesia's Ministry of Trade signed a memorandum of understanding with the Ministry "
        "of Trade of Velaria in Jakarta on 10 July 2023.",
    ):
        assert _drafts(text) == []
        assert _drafts(text, home="Kota Bandung", governments=BANDUNG) == []


def test_mirror_a_visit_to_our_city_is_ours() -> None:
    text = "Delegasi Kota Velaria, Italia, berkunjung ke Bandung, Senin (10/7/2023)."
    drafts = _drafts(text, home="Kota Bandung", governments=BANDUNG)
    assert [(d["partner"], d["local_party"]) for d in drafts] == [("Velaria", "Kota Bandung")]


def test_mirror_our_government_signs_in_its_own_city() -> None:
    text = (
        "Pemerintah Kota Bandung menandatangani MoU dengan Kota Velaria, Italia, di Bandung, "
        "Senin (10/7/2023)."
    )
    drafts = _drafts(text, home="Kota Bandung", governments=BANDUNG)
    assert [(d["partner"], d["local_party"]) for d in drafts] == [("Velaria", "Kota Bandung")]


def test_the_cli_drafts_no_record_of_a_foreign_tie_signed_in_the_registrys_city(
    run, tmp_path: Path
) -> None:
    """Through `kerjasama extract`, with the seeded registry (home DKI Jakarta), without a
    registry, and with a new one whose home is Kota Bandung: the home government named only as
    the venue is no party."""
    article = tmp_path / "velaria.txt"
    article.write_text(
        "Pemerintah Negeri Velaria, Malaysia, menandatangani MoU dengan Provinsi Dornholm, "
        "Tiongkok, di Jakarta, Senin (10/7/2023).\n\nPenandatanganan itu juga dihadiri pejabat "
        "kedua provinsi di Bandung.\n",
        encoding="utf-8",
    )
    assert json.loads(run("extract", str(article), "--format", "json").stdout) == []
    missing = Run(tmp_path / "none.db")  # no registry: the bundled seed is read instead
    assert json.loads(missing("extract", str(article), "--format", "json").stdout) == []
    assert not (tmp_path / "none.db").exists()
    bandung = Run(tmp_path / "bandung.db")
    bandung("init", "--empty", "--home", "Kota Bandung", "--home-country", "ID")
    assert json.loads(bandung("extract", str(article), "--format", "json").stdout) == []


# -- a head received in person (English) ------------------------------------------------------


def test_a_head_received_in_person_is_a_visit() -> None:
    text = (
        "Bogor Mayor Ratna Sari received the Deputy Mayor of Velaria, Italy, Marco Bellini, "
        "on 10 July 2023."
    )
    assert _records(text) == [("Velaria", "visit")]


def test_mirror_a_heads_letter_received_is_no_visit() -> None:
    text = (
        "Bogor Mayor Ratna Sari received the Governor's letter on the memorandum of "
        "understanding with the City of Velaria, Italy, on 10 July 2023."
    )
    assert _records(text) == [("Velaria", "mou")]


# -- the day a statement was made (DateMention.said) ------------------------------------------


def _dated(text: str) -> list[tuple[str, str, str | None]]:
    return [(d["partner"], d["type"], d["date"]) for d in _drafts(text)]


def test_the_day_a_tie_was_spoken_of_does_not_date_it_indonesian() -> None:
    text = (
        "“Kerja sama sister city dengan Kota Velaria, Italia, sudah berjalan baik,” kata Wali "
        "Kota Bogor Ratna Sari, Senin (10/7/2023)."
    )
    assert _dated(text) == [("Velaria", "sister_city", None)]


def test_the_day_a_tie_was_spoken_of_does_not_date_it_english() -> None:
    text = (
        "“Our sister city partnership with the City of Velaria, Italy, has grown,” Bogor Mayor "
        "Ratna Sari said on Monday, 10 July 2023."
    )
    assert _dated(text) == [("Velaria", "sister_city", None)]


def test_mirror_a_document_signed_the_day_it_is_spoken_of_keeps_that_day() -> None:
    text = (
        "“MoU dengan Kota Velaria, Italia, sudah kami tanda tangani hari ini,” kata Wali Kota "
        "Bogor Ratna Sari, Senin (10/7/2023)."
    )
    assert _dated(text) == [("Velaria", "mou", "2023-07-10")]


def test_mirror_a_visit_spoken_of_keeps_the_day() -> None:
    text = (
        "“Kunjungan Wali Kota Velaria, Italia, ini sangat berarti,” kata Wali Kota Bogor Ratna "
        "Sari, Senin (10/7/2023)."
    )
    assert _dated(text) == [("Velaria", "visit", "2023-07-10")]
