"""Signatories belong to signed documents only (issue 23, the lead's convention): probe sentences
of our own, none from the corpus. A `loi`, `mou`, `agreement` or `sister_city` whose signing the
text tells keeps who signed it; a visit, a courtesy call, a reception or a plan has no
signatories (its people are its participants, under `participants`)."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.output import draft_row, to_json, to_yaml
from kerjasama_cli.extract.people import find_people
from kerjasama_cli.extract.places import Gazetteer
from kerjasama_cli.extract.sentences import Sentence
from kerjasama_cli.extract.signatories import only_tells

PUBLISHED = dt.date(2025, 3, 12)


def _drafts(text: str) -> list[dict]:
    return to_json([extract(text, published=PUBLISHED)])


def _signers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d["type"], d["local_signatory"], d["partner_signatory"]) for d in _drafts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bupati Wonosobo Afif Nurhidayat dan Wali Kota Changwon, Korea Selatan, Hong Nam-pyo "
            "menandatangani nota kesepahaman kerja sama di bidang pendidikan, Senin (3/3/2025).",
            ("mou", "Afif Nurhidayat", "Hong Nam-pyo"),
        ),
        (
            "Mayor of Salatiga Robby Hernawan and Toowoomba Mayor Geoff McDonald signed a letter "
            "of intent on a sister city partnership on 12 May 2024.",
            ("loi", "Robby Hernawan", "Geoff McDonald"),
        ),
        (
            "MoU itu ditandatangani oleh Wali Kota Kediri Vinanda Prameswati dan Wali Kota "
            "Okayama, Jepang, Masao Omori, Rabu (5/2/2025).",
            ("mou", "Vinanda Prameswati", "Masao Omori"),
        ),
        (
            # an envoy witnessing is no signer; the two heads who signed are
            "Bupati Wonosobo Afif Nurhidayat dan Wali Kota Changwon, Korea Selatan, Hong Nam-pyo "
            "menandatangani MoU, disaksikan Duta Besar Korea Selatan untuk Indonesia, Park "
            "Soo-deok, Senin (3/3/2025).",
            ("mou", "Afif Nurhidayat", "Hong Nam-pyo"),
        ),
    ],
)
def test_a_signing_keeps_its_signers(text: str, expected: tuple[str, str, str]) -> None:
    assert _signers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "rtype", "people"),
    [
        (  # a courtesy call by a consul general: a meeting
            "Gubernur Jambi Al Haris menerima kunjungan kehormatan Konsul Jenderal Jepang di "
            "Medan, Ogawa Takayuki, di rumah dinas gubernur, Selasa (4/3/2025).",
            "meeting",
            [("home", "Al Haris"), ("partner", "Ogawa Takayuki")],
        ),
        (
            "Governor of Jambi Al Haris received a courtesy call from the Consul General of Japan "
            "in Medan, Ogawa Takayuki, on Tuesday, 4 March 2025.",
            "meeting",
            [("home", "Al Haris"), ("partner", "Ogawa Takayuki")],
        ),
        (  # a mayor's delegation received by the regent: a visit
            "Wali Kota Changwon, Korea Selatan, Hong Nam-pyo beserta delegasi mengunjungi "
            "Kabupaten Wonosobo dan diterima langsung oleh Bupati Wonosobo Afif Nurhidayat, Kamis "
            "(6/3/2025).",
            "visit",
            [("home", "Afif Nurhidayat"), ("partner", "Hong Nam-pyo")],
        ),
        (
            "Okayama Mayor Masao Omori led a delegation to Kediri on Tuesday, 4 March 2025, and "
            "was welcomed by Kediri Mayor Vinanda Prameswati at the city hall.",
            "visit",
            [("home", "Vinanda Prameswati"), ("partner", "Masao Omori")],
        ),
        (  # a reception
            "Pemkot Salatiga menggelar jamuan makan malam untuk Wali Kota Toowoomba, Australia, "
            "Geoff McDonald, yang disambut Wali Kota Salatiga Robby Hernawan, Jumat (7/3/2025).",
            "visit",
            [("home", "Robby Hernawan"), ("partner", "Geoff McDonald")],
        ),
        (  # a signing still to come: a plan
            "Bupati Wonosobo Afif Nurhidayat akan menandatangani letter of intent dengan Wali "
            "Kota Changwon, Korea Selatan, Hong Nam-pyo pada bulan depan.",
            "other",
            [("home", "Afif Nurhidayat")],
        ),
    ],
)
def test_a_call_a_visit_a_reception_or_a_plan_drafts_no_signatory(
    text: str, rtype: str, people: list[tuple[str, str]]
) -> None:
    (draft,) = _drafts(text)
    assert (draft["type"], draft["local_signatory"], draft["partner_signatory"]) == (
        rtype,
        None,
        None,
    )
    assert draft["local_signatory_title"] is None and draft["partner_signatory_title"] is None
    # the people read there are its participants, each under the sentence it came from
    assert [(p["side"], p["name"]) for p in draft["participants"]] == people
    assert "local_signatory" not in draft["evidence"]
    assert "partner_signatory" not in draft["evidence"]
    assert "local_participant" in draft["evidence"]
    # a record that signs nothing misses no signatory
    assert not {"signatories", "partner_signatories"} & set(draft["missing"])


def test_a_document_signed_during_a_visit_has_the_signers_and_the_visit_the_participants() -> None:
    text = (
        "Wali Kota Toowoomba, Australia, Geoff McDonald berkunjung ke Salatiga, Senin "
        "(10/3/2025). Dalam kunjungan itu, Wali Kota Salatiga Robby Hernawan dan Geoff McDonald "
        "menandatangani letter of intent sister city."
    )
    # A signing during a visit is one record (notes/i23h.md: Lombok Utara-Terengganu; real15's
    # Rotterdam MoU): the LoI, on the visit's day, with its signers.
    assert _signers(text) == [("loi", "Robby Hernawan", "Geoff McDonald")]
    assert [d["date"] for d in _drafts(text)] == ["2025-03-10"]


def test_an_event_s_participants_are_its_people_in_the_import_file_a_plan_s_are_not() -> None:
    # The registry's flat rows keep an event's people in the people columns (as its
    # participants); a plan is no event and has none to import.
    visit = extract(
        "Wali Kota Changwon, Korea Selatan, Hong Nam-pyo beserta delegasi mengunjungi Kabupaten "
        "Wonosobo dan diterima langsung oleh Bupati Wonosobo Afif Nurhidayat, Kamis (6/3/2025).",
        published=PUBLISHED,
    )
    row = draft_row(visit.drafts[0], visit)
    assert row["signatories"] == ["Afif Nurhidayat (Bupati Wonosobo)"]
    assert row["partner_signatories"] == ["Hong Nam-pyo (Wali Kota Changwon)"]
    assert "Hong Nam-pyo" in to_yaml([visit])
    plan = extract(
        "Bupati Wonosobo Afif Nurhidayat akan menandatangani letter of intent dengan Wali Kota "
        "Changwon, Korea Selatan, Hong Nam-pyo pada bulan depan.",
        published=PUBLISHED,
    )
    row = draft_row(plan.drafts[0], plan)
    assert (row["type"], row["signatories"], row["partner_signatories"]) == ("other", [], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an old LoI, and a signing still to come: nobody has signed the LoI in the text
            "Kota Kediri dan Kota Okayama, Jepang, telah menandatangani letter of intent pada "
            "2019. Dalam waktu dekat, Wali Kota Okayama Masao Omori akan datang ke Kediri untuk "
            "menandatangani MoU dengan Wali Kota Kediri Vinanda Prameswati.",
            [("loi", None, None)],
        ),
        (  # an inauguration signs nothing
            "Wali Kota Salatiga Robby Hernawan meresmikan Taman Toowoomba sebagai simbol kerja "
            "sama sister city Kota Salatiga dengan Kota Toowoomba, Australia, yang telah terjalin "
            "sejak 2015.",
            [("sister_city", None, None)],
        ),
        (  # the head an official stood in for did not sign
            "Kepala Bagian Kerja Sama Setda Kediri, mewakili Wali Kota Kediri Vinanda Prameswati, "
            "menandatangani letter of intent dengan Wali Kota Okayama, Jepang, Masao Omori, Senin "
            "(10/3/2025).",
            [("loi", None, "Masao Omori")],
        ),
        (
            "The letter of intent was signed by Kediri's regional secretary on behalf of Mayor "
            "Vinanda Prameswati and by Okayama Mayor Masao Omori on 10 March 2025.",
            [("loi", None, "Masao Omori")],
        ),
        (  # an earlier visit's host and guest did not sign the later MoU
            "Wali Kota Changwon, Korea Selatan, Hong Nam-pyo pernah berkunjung ke Wonosobo pada "
            "2019 dan diterima Bupati Wonosobo Afif Nurhidayat. Kedua daerah menandatangani MoU "
            "sister city pada 12 Mei 2021.",
            [("visit", None, None), ("mou", None, None)],
        ),
        (  # they speak of a signing years ago: no signers
            "In a joint statement, Mayor Robby Hernawan of Salatiga and Toowoomba Mayor Geoff "
            "McDonald said the exchange was the largest since the sister city agreement was "
            "signed in 2015.",
            [("sister_city", None, None)],
        ),
        (  # a speaker told signing ("usai menandatangani") did sign
            "“Kerja sama ini membuka peluang besar,” kata Wali Kota Kediri Vinanda Prameswati "
            "usai menandatangani LoI dengan Kota Okayama, Jepang, Senin (10/3/2025).",
            [("loi", "Vinanda Prameswati", None)],
        ),
        (  # "both mayors signed": the two heads the story named before
            "Okayama Mayor Masao Omori led a delegation to Kediri in May 2023. A year later Kediri "
            "Mayor Vinanda Prameswati paid a return visit to Okayama, where both mayors signed a "
            "sister city agreement on 8 June 2024.",
            [("visit", None, None), ("sister_city", "Vinanda Prameswati", "Masao Omori")],
        ),
        (  # "signed by both sides", told by one side's head: his
            "Bupati Wonosobo Afif Nurhidayat mengatakan nota kesepahaman dengan Kota Changwon, "
            "Korea Selatan, telah resmi ditandatangani kedua belah pihak, Senin (3/3/2025).",
            [("mou", "Afif Nurhidayat", None)],
        ),
        (  # a name met before, without its title, right after the signing's "by"
            "Announcing a new memorandum of understanding with Salatiga, Indonesia, Toowoomba's "
            "Mayor, Mr Geoff McDonald, said the tie would cover education. The memorandum was "
            "signed at the city hall on 3 May 2016 by Mr McDonald and Salatiga's Mayor, Mr Robby "
            "Hernawan.",
            [("mou", "Robby Hernawan", "Geoff McDonald")],
        ),
        (  # a visiting mayor who only tells of an old signing signed nothing the text tells
            "Toowoomba Mayor Geoff McDonald visited Salatiga, Indonesia, on 3 May 2016. McDonald "
            "said a memorandum of understanding had been signed with Salatiga years ago.",
            [("visit", None, None), ("mou", None, None)],
        ),
    ],
)
def test_who_signed_is_who_the_text_tells_signing(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _signers(text) == expected


def test_an_envoy_is_no_signatory_of_a_local_government_s_document() -> None:
    text = (
        "Nota kesepahaman ditandatangani oleh Bupati Wonosobo Afif Nurhidayat dan Duta Besar "
        "Korea Selatan Park Soo-deok di Wonosobo, Senin (3/3/2025)."
    )
    assert [(d["local_signatory"], d["partner_signatory"]) for d in _drafts(text)] == [
        ("Afif Nurhidayat", None)
    ]


def test_a_head_leading_or_representing_a_named_government_signs_for_it() -> None:
    # no seat in either title: the government named right before each says whose he is
    text = (
        "The Salatiga City Government, then led by Mayor Robby Hernawan, and the Toowoomba City "
        "Government in Australia, represented by Mayor Geoff McDonald, signed a memorandum of "
        "understanding on 3 May 2016."
    )
    assert _signers(text) == [("mou", "Robby Hernawan", "Geoff McDonald")]
    # a delegation's leader is not the government's signer
    text = (
        "Salatiga and Toowoomba, Australia, signed a memorandum of understanding on 3 May 2016 "
        "after a visit by a delegation from Toowoomba City Council, led by Mayor Geoff McDonald."
    )
    assert _signers(text) == [("mou", None, None)]


@pytest.mark.parametrize(
    ("sentence", "who", "tells"),
    [
        (  # whom he will meet signed nothing the sentence tells
            "Dia juga akan bertemu dengan Wali Kota Changwon, Korea Selatan, Hong Nam-pyo untuk "
            "membahas kelanjutan kerja sama setelah penandatanganan LoI pada 2019.",
            "Hong Nam-pyo",
            True,
        ),
        (
            "Wali Kota Changwon, Korea Selatan, Hong Nam-pyo mengatakan LoI itu ditandatangani "
            "pada 2019.",
            "Hong Nam-pyo",
            True,
        ),
        (
            "Wali Kota Changwon, Korea Selatan, Hong Nam-pyo mengatakan hal itu usai "
            "menandatangani LoI, Senin (3/3/2025).",
            "Hong Nam-pyo",
            False,
        ),
        (
            "LoI itu ditandatangani oleh Wali Kota Changwon, Korea Selatan, Hong Nam-pyo, yang "
            "mengatakan kerja sama akan berlanjut.",
            "Hong Nam-pyo",
            False,
        ),
    ],
)
def test_who_only_tells_of_a_signing_or_is_named_in_a_plan(
    sentence: str, who: str, tells: bool
) -> None:
    resolve = Gazetteer.build("DKI Jakarta", []).resolve
    facts = Facts(Sentence(sentence, 0, 0), signing=True)
    facts.people = find_people(sentence, resolve)
    (person,) = [p for p in facts.people if p.name == who]
    assert only_tells(person, facts) is tells


@pytest.mark.parametrize(
    "text",
    [
        "Wali Kota Sukabumi menandatangani MoU dengan Wali Kota Takasaki, Jepang, Senin "
        "(3/3/2025) di Balai Kota.",
        "The Mayor of Sukabumi signed an MoU with the Mayor of Takasaki, Japan, on Monday "
        "(3/3/2025).",
        "Gubernur Bengkulu menandatangani MoU dengan Gubernur Provinsi Gangwon, Korea Selatan, "
        "Kamis (6/3/2025).",
    ],
)
def test_the_seats_country_after_a_title_is_no_signer(text: str) -> None:
    # "Wali Kota Takasaki, Jepang, Senin ...": the country after the seat, and no name after it;
    # a country is never a person (it used to be drafted as the partner's signatory "Jepang").
    [(kind, _, partner_signatory)] = _signers(text)
    assert kind == "mou"
    assert partner_signatory is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the next sentence glued to the name, no space after its full stop
            "Bupati Sleman Kustini Sri Purnomo kemudian menandatangani nota kesepahaman dengan "
            "Wali Kota Valparaiso Camila Nieto.Kedua kepala daerah sepakat bekerja sama di "
            "bidang pariwisata.",
            ("mou", "Kustini Sri Purnomo", "Camila Nieto"),
        ),
        (
            "Mayor of Salatiga Robby Hernawan signed a memorandum of understanding with the "
            "Mayor of Rosario Pablo Javkin.Both leaders agreed to work on trade.",
            ("mou", "Robby Hernawan", "Pablo Javkin"),
        ),
        (
            # mirror: a name with an initial and a full stop stays whole
            "Bupati Sleman Kustini Sri Purnomo menandatangani nota kesepahaman dengan Wali Kota "
            "Valparaiso Camila J. Nieto, Senin (3/3/2025).",
            ("mou", "Kustini Sri Purnomo", "Camila J. Nieto"),
        ),
    ],
)
def test_a_signer_s_name_ends_at_a_sentence_glued_to_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _signers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a deputy's portfolio ("Bidang Hubungan Luar Negeri") between the title and the name
            "MoU ditandatangani oleh Bupati Gresik Fandi Akhmad Yani dengan Wakil Wali Kota "
            "Rabat Bidang Hubungan Luar Negeri Samira Bennani, Senin (3/3/2025).",
            ("mou", "Fandi Akhmad Yani", "Samira Bennani"),
        ),
        (
            "MoU ditandatangani oleh Bupati Gresik Fandi Akhmad Yani dengan Wakil Wali Kota "
            "Rabat Bidang Perekonomian Samira Bennani, Senin (3/3/2025).",
            ("mou", "Fandi Akhmad Yani", "Samira Bennani"),
        ),
        (
            # mirror: no portfolio, the same name
            "MoU ditandatangani oleh Bupati Gresik Fandi Akhmad Yani dengan Wakil Wali Kota "
            "Rabat Samira Bennani, Senin (3/3/2025).",
            ("mou", "Fandi Akhmad Yani", "Samira Bennani"),
        ),
    ],
)
def test_a_deputy_s_portfolio_is_no_part_of_the_name(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _signers(text) == [expected]
