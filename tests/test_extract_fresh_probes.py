"""Issue 23's named behaviours probed with fresh text (i44h): new articles in both languages, with
invented towns, provinces and people, in shapes the earlier probes did not write: a partner the
gazetteer lacks named the English way ("the city of X, the Netherlands", "the Dutch city of X",
"Japan's X Prefecture", "X City in Y Prefecture"), a country named before its city ("Belanda,
khususnya Kota X"), a head's seat with its kind word ("Gubernur Provinsi X, Austria, NAME"), a
hyphenated town, a municipality, a state. Each was written with what it should draft before the
extractor read it; those that failed first are listed in the closing note."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

PUBLISHED = dt.date(2025, 3, 20)


def _drafts(text: str) -> list[dict]:
    return to_json([extract(text, published=PUBLISHED)])


def _one(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    (draft,) = _drafts(text)
    return draft["partner"], draft["country"], draft["type"], draft["date"]


# A city of a country named: the city, never the country; an unknown town the English way.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malang City has signed a memorandum of understanding with the city of Ostravel, "
            "the Netherlands, on waste management on Friday, February 14, 2025.",
            ("Ostravel", "NL", "mou", "2025-02-14"),
        ),
        (
            "Malang City has signed a memorandum of understanding with the Dutch city of "
            "Ostravel on waste management on Friday, February 14, 2025.",
            ("Ostravel", "NL", "mou", "2025-02-14"),
        ),
        (
            "Surabaya and the Chilean town of Puerto Aldea signed a sister city agreement on "
            "the 14th of February 2025 at Surabaya City Hall.",
            ("Puerto Aldea", "CL", "sister_city", "2025-02-14"),
        ),
        (
            "East Java Province signed a memorandum of understanding with Japan's Akizuma "
            "Prefecture in Tokyo on Monday (24/2/2025).",
            ("Akizuma", "JP", "mou", "2025-02-24"),
        ),
        (
            "A letter of intent between Sumedang Regency and Kamishiro City in Nagano "
            "Prefecture, Japan, was signed on Tuesday, March 11, 2025.",
            ("Kamishiro", "JP", "loi", "2025-03-11"),
        ),
        (
            "Regent Rama Wijaya of Purbalingga signed a memorandum of understanding with the "
            "Municipality of Valdeira, Portugal, on Friday, February 28, 2025.",
            ("Valdeira", "PT", "mou", "2025-02-28"),
        ),
        (
            "Bupati Purbalingga Rama Wijaya menandatangani nota kesepahaman dengan Munisipalitas "
            "Valdeira, Portugal, Jumat (28/2/2025).",
            ("Valdeira", "PT", "mou", "2025-02-28"),
        ),
        (
            "Pemprov Sumatera Barat menandatangani letter of intent dengan Negara Bagian "
            "Vestria, Australia, di Padang, Senin (10/2/2025).",
            ("Vestria", "AU", "loi", "2025-02-10"),
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_vouched_for_by_its_kind_and_country(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Kota Malang menjalin kerja sama dengan Belanda, khususnya Kota Ostravel, di "
        "bidang pengelolaan sampah.\n\nNota kesepahaman ditandatangani Wali Kota Malang Wahyu "
        "Hidayat di Ostravel, Jumat (14/2/2025).",
        "Malang City is strengthening its ties with the Netherlands, particularly the city of "
        "Ostravel, in waste management.\n\nMalang Mayor Wahyu Hidayat signed the memorandum of "
        "understanding in Ostravel on Friday (14/2/2025).",
    ],
)
def test_a_country_then_its_city_is_the_city(text: str) -> None:
    drafts = _drafts(text)
    assert [(d["partner"], d["country"], d["type"]) for d in drafts] == [("Ostravel", "NL", "mou")]


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Jawa Tengah Ahmad Luthfi menerima kunjungan Gubernur Provinsi Ostmark, "
        "Austria, Klaus Riedler di Semarang, Rabu (12/3/2025).\n\n"
        "Jawa Tengah dan Ostmark telah menjalin hubungan sister province sejak 1991.",
        "Central Java Governor Ahmad Luthfi received Governor Klaus Riedler of Ostmark "
        "Province, Austria, in Semarang on Wednesday (12/3/2025).\n\n"
        "Central Java and Ostmark have been sister provinces since 1991.",
    ],
)
def test_a_visit_beside_a_tie_since_a_year_each_with_its_own_date(text: str) -> None:
    drafts = {d["type"]: d for d in _drafts(text)}
    assert set(drafts) == {"visit", "sister_city"}
    assert (drafts["visit"]["partner"], drafts["visit"]["date"]) == ("Ostmark", "2025-03-12")
    assert (drafts["sister_city"]["partner"], drafts["sister_city"]["date"]) == ("Ostmark", "1991")
    assert {d["country"] for d in drafts.values()} == {"AT"}
    assert drafts["visit"]["partner_signatory"] is None  # a visit has no signatories


@pytest.mark.parametrize(
    "text",
    [
        "Wali Kota Bogor Dedie A. Rachim menerima kunjungan delegasi Kota Saint-Rivel, Prancis, "
        "Senin (17/2/2025).\n\nBogor dan Saint-Rivel telah menjadi kota kembar sejak 2008.",
        "Bogor Mayor Dedie A. Rachim received a delegation from Saint-Rivel, France, on Monday "
        "(17/2/2025).\n\nBogor and Saint-Rivel have been sister cities since 2008.",
    ],
)
def test_a_hyphenated_town_the_gazetteer_lacks(text: str) -> None:
    drafts = sorted((d["partner"], d["country"], d["type"], d["date"]) for d in _drafts(text))
    assert drafts == [
        ("Saint-Rivel", "FR", "sister_city", "2008"),
        ("Saint-Rivel", "FR", "visit", "2025-02-17"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bukittinggi is exploring a letter of intent with the Finnish city of Tarvana on "
        "tourism, Mayor Ramlan Nurmatias said on Thursday, March 6, 2025.",
        "Pemerintah Kota Bukittinggi tengah menjajaki letter of intent (LoI) dengan Kota Tarvana, "
        "Finlandia, di bidang pariwisata, Kamis (6/3/2025).",
    ],
)
def test_an_loi_explored_is_drafted_as_an_exploration_never_signed(text: str) -> None:
    (draft,) = _drafts(text)
    assert (draft["partner"], draft["country"]) == ("Tarvana", "FI")
    assert draft["type"] != "loi" and draft["stage"] == "exploration"


def test_an_english_regent_before_his_name_signs_for_the_local_party() -> None:
    (draft,) = _drafts(
        "Sleman Regency has formally signed a letter of intent with Hirakawa City of Japan.\n\n"
        "Sleman Regent Harda Kiswaya signed the document at the Parasamya Pavilion on Thursday, "
        "13 February 2025."
    )
    assert (draft["partner"], draft["type"], draft["date"]) == ("Hirakawa", "loi", "2025-02-13")
    assert draft["local_signatory"] == "Harda Kiswaya"


def test_every_drafted_field_quotes_a_sentence_that_tells_it() -> None:
    text = (
        "Malang City has signed a memorandum of understanding with the city of Ostravel, "
        "the Netherlands, on waste management.\n\n"
        "The signing took place on Friday, February 14, 2025."
    )
    (draft,) = _drafts(text)
    sentences = text.replace("\n\n", " ")
    for field, quoted in draft["evidence"].items():
        assert quoted in sentences, field
    assert "Ostravel" in draft["evidence"]["partner"]
    assert "February 14" in draft["evidence"]["date"]
    assert {"signatories", "partner_signatories"} <= set(draft["missing"])


@pytest.mark.parametrize(
    "text",
    [
        "KJRI Frankfurt memfasilitasi pertemuan antara Pemerintah Kota Salatiga dan Kota "
        "Ebersdorf, Jerman, Senin (3/3/2025).\n\nKonsul Jenderal RI di Frankfurt mengatakan "
        "kedua kota menjajaki kerja sama pendidikan.",
        "The Indonesian Consulate General (KJRI) in Frankfurt facilitated a meeting between "
        "Salatiga and the city of Ebersdorf, Germany, on Monday (3/3/2025).",
    ],
)
def test_a_meeting_our_mission_only_arranged_is_ours_and_its_seat_no_partner(text: str) -> None:
    (draft,) = _drafts(text)
    assert (draft["partner"], draft["country"], draft["type"]) == ("Ebersdorf", "DE", "meeting")
    assert (draft["local_party"], draft["date"]) == ("Salatiga", "2025-03-03")


def test_a_mayor_named_only_with_his_seat_and_country_met_at_a_forum_abroad() -> None:
    (draft,) = _drafts(
        "Bupati Badung I Wayan Adi Arnawa bertemu Wali Kota Varnholt dari Denmark di sela Forum "
        "Kota Asia-Eropa di Seoul, Korea Selatan, Selasa (18/2/2025).\n\n"
        "Keduanya sepakat menjajaki kerja sama pengelolaan sampah."
    )
    assert (draft["partner"], draft["country"], draft["type"]) == ("Varnholt", "DK", "meeting")
    assert (draft["stage"], draft["local_party"]) == ("exploration", "Badung")


@pytest.mark.parametrize(
    ("text", "local"),
    [
        (
            "Indonesian Ambassador to Sweden Kamapradipta Isnomo witnessed the signing of a "
            "letter of intent between Lampung Province and the Swedish region of Norrbotnia in "
            "Stockholm on Tuesday (4/3/2025).",
            "Lampung",
        ),
        (
            "Bali Province signed a letter of intent with the Swedish region of Norrbotnia on "
            "Tuesday (4/3/2025).",
            "Bali",
        ),
    ],
)
def test_a_province_named_the_english_way_is_the_local_party_without_province(
    text: str, local: str
) -> None:
    # the witness's embassy and the venue's city are no partners; the region is, the
    # province's English kind word is not part of the local party's name
    (draft,) = _drafts(text)
    assert (draft["partner"], draft["country"], draft["type"]) == ("Norrbotnia", "SE", "loi")
    assert (draft["local_party"], draft["date"]) == (local, "2025-03-04")


@pytest.mark.parametrize(
    "text",
    [
        "Pemkot Cirebon meneken letter of intent dengan Kota Sandmoor, Inggris, pada 13 Maret "
        "tahun lalu.",
        "Cirebon signed a letter of intent with the city of Sandmoor, England, on March 13th "
        "last year.",
    ],
)
def test_a_day_told_with_last_year_is_that_day_of_the_year_before(text: str) -> None:
    # published 20 March 2025: "13 March" alone is 2025's; "last year" makes it 2024's
    assert _one(text) == ("Sandmoor", "GB", "loi", "2024-03-13")


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Lumajang Indah Amperawati menerima delegasi Kota Bergholm, Swedia, Rabu "
        "(12/3/2025). Kedua pihak membahas pertanian dan pariwisata. Di akhir pertemuan, kedua "
        "pihak menandatangani letter of intent.",
        "Lumajang Regent Indah Amperawati hosted a delegation from Bergholm, Sweden, on Wednesday "
        "(12/3/2025). The two sides discussed agriculture and tourism. At the end of the "
        "meeting, both parties signed a letter of intent.",
    ],
)
def test_a_letter_signed_at_the_visit_it_points_back_to_is_the_record(text: str) -> None:
    # the signing sentence names no partner: the visit's signing is the one record, dated by it
    assert _one(text) == ("Bergholm", "SE", "loi", "2025-03-12")


def test_mirror_a_letter_the_visit_only_plans_leaves_the_visit() -> None:
    (draft,) = _drafts(
        "Bupati Lumajang Indah Amperawati menerima delegasi Kota Bergholm, Swedia, Rabu "
        "(12/3/2025). Kedua pihak sepakat akan menandatangani letter of intent tahun depan."
    )
    assert (draft["partner"], draft["type"], draft["date"]) == ("Bergholm", "visit", "2025-03-12")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Kabupaten Jepara dan Oldenstad Teken MoU Soal Tenaga Kerja", ("mou", "signing")),
        ("Jepara and Oldenstad sign MoU on seasonal workers", ("mou", "signing")),
        ("Jepara dan Oldenstad Bertemu, Rencana Teken MoU Soal Tenaga Kerja", ("meeting", None)),
    ],
)
def test_a_headline_that_signs_names_the_document_of_the_meeting_it_reports(
    headline: str, expected: tuple[str, str | None]
) -> None:
    text = (
        f"{headline}\n\n"
        "Pemerintah Kabupaten Jepara dan Kota Oldenstad, Belanda, bertemu secara daring untuk "
        "melakukan penandatangan kerja sama penempatan pekerja musiman, Selasa (11/3/2025)."
    )
    (draft,) = _drafts(text)
    assert (draft["partner"], draft["country"], draft["date"]) == ("Oldenstad", "NL", "2025-03-11")
    assert draft["type"] == expected[0]
    if expected[1]:
        assert draft["stage"] == expected[1]
