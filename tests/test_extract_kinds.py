"""Type, stage and local party of drafted records, on sentences of the kinds real8 showed
(issue 23): each a short realistic sentence, never one of the batch's own."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.drafts import others_only
from kerjasama_cli.extract.mentions import SentenceReader
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.parties import PartyFinder
from kerjasama_cli.extract.places import Gazetteer
from kerjasama_cli.extract.sentences import sentences


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


# A dateline "City, Outlet.id |" or "CITY, outlet.id:" names the newsroom's city, not a party.
@pytest.mark.parametrize(
    ("text", "local"),
    [
        (
            "Manado, Suarakita.id | Kerja sama sister province yang menghubungkan Provinsi "
            "Sulawesi Utara dengan Provinsi Davao del Sur, Filipina, ditandatangani kemarin.",
            "Sulawesi Utara",
        ),
        (
            "KUPANG, kabarntt.id: Kerja sama sister province antara Provinsi Nusa Tenggara "
            "Timur dan Negara Bagian Victoria, Australia, ditandatangani kemarin.",
            "Nusa Tenggara Timur",
        ),
    ],
)
def test_a_dateline_with_a_bar_or_colon_is_not_the_local_party(text: str, local: str) -> None:
    drafts = _drafts(text)
    assert drafts and {d["local_party"] for d in drafts} == {local}, drafts


# An initiative ("menginisiasi", "inisiatif", "menggagas", "an initiative to") is a plan,
# never a signed sister-city tie.
@pytest.mark.parametrize(
    "text",
    [
        "Anggota DPRD dan pengusaha menginisiasi pembentukan sister city antara Kabupaten "
        "Kotawaringin Timur dan Kota Palmerston, Australia.",
        "Kedua pihak mendorong inisiatif sister province yang menghubungkan Provinsi "
        "Maluku Utara dengan Provinsi Milne Bay, Papua Nugini.",
        "Gubernur Maluku menggagas kerja sama kota kembar antara Kota Ambon dan Kota "
        "Vlissingen, Belanda.",
    ],
)
def test_an_initiative_is_other_with_the_initiative_stage(text: str) -> None:
    drafts = _drafts(text)
    assert drafts and all(d["type"] == "other" for d in drafts), drafts
    assert {d["stage"] for d in drafts} == {"initiative"}, drafts


# Another government's story naming a bare "Jakarta" beside its partner: the capital is where
# the record took place, so the sentence stays the record's; "Pemprov DKI Jakarta" is the home
# government's own and is still another government's sentence.
@pytest.mark.parametrize(
    ("second", "dropped"),
    [
        (
            "Penandatanganan rencana kerja sama dengan Tasmania berlangsung di Ruang Rapat, "
            "Senayan, Jakarta, Kamis (12/10/2017).",
            False,
        ),
        ("Pemprov DKI Jakarta juga menjalin kerja sama dengan Tasmania.", True),
    ],
)
def test_a_bare_jakarta_beside_the_partner_is_a_venue(second: str, dropped: bool) -> None:
    text = (
        "Gubernur Kalimantan Selatan menggagas kerja sama dengan Negara Bagian Tasmania, "
        "Australia. " + second
    )
    parties = PartyFinder(Gazetteer.build("DKI Jakarta", []).resolve, "DKI Jakarta", {})
    reader = SentenceReader(Gazetteer.build("DKI Jakarta", []), None, {}, parties)
    facts = [reader.read(s) for s in sentences([text])]
    others_only(facts, "Kalimantan Selatan", "DKI Jakarta", parties.canonical)
    assert [f.dropped for f in facts] == [False, dropped]


# "Kota Darwin (Northern Territory)": the region in brackets after a partner city says where
# the city is; that sentence's sister city is the city's, not the region's own tie (the region
# stays an initiative where the article makes it one).
def test_a_bracketed_region_takes_no_type_from_its_citys_sentence() -> None:
    drafts = _drafts(
        "Pemerintah Provinsi Nusa Tenggara Timur menggagas kerja sama dengan Northern "
        "Territory. Kerja sama yang lebih luas ini didasari oleh suksesnya hubungan sister city "
        "antara Kota Kupang (Nusa Tenggara Timur) dan Kota Darwin (Northern Territory)."
    )
    kinds = {d["partner"]: (d["type"], d["stage"]) for d in drafts}
    assert kinds == {
        "Northern Territory": ("other", "initiative"),
        "Darwin": ("sister_city", "signing"),
    }, kinds


# The words that made the type word a plan name the stage: an initiative stays one though a
# later sentence of the record hopes the agenda will be discussed.
def test_the_governing_words_name_the_plans_stage() -> None:
    drafts = _drafts(
        "Kedua pihak mendorong inisiatif sister province antara Provinsi Maluku Utara dan "
        "Provinsi Milne Bay, Papua Nugini. Pemerintah Provinsi Milne Bay berharap agenda kerja "
        "sama dengan Maluku Utara dapat dibahas secara terbuka."
    )
    assert [(d["partner"], d["type"], d["stage"]) for d in drafts] == [
        ("Milne Bay", "other", "initiative")
    ], drafts


# "seeking cooperation ..., including the establishment of a sister-city relationship": a tie
# sought is an exploration, never a signed one.
def test_a_tie_sought_is_an_exploration() -> None:
    drafts = _drafts(
        "The Penang state government and the North Sulawesi provincial administration are "
        "seeking cooperation in several sectors, including the establishment of a sister-state "
        "relationship between Penang and North Sulawesi."
    )
    assert [(d["partner"], d["type"], d["stage"]) for d in drafts] == [
        ("Penang", "other", "exploration")
    ], drafts


# A visit told in a story whose lead says the cooperation is still to be made ("akan menjalin
# kerja sama"), with nothing signed anywhere, explored it: stage exploration.
def test_a_visit_under_a_lead_that_plans_the_tie_is_an_exploration() -> None:
    drafts = _drafts(
        "Pemerintah Kabupaten Sumbawa akan menjalin kerja sama dengan Negeri Johor, Malaysia, "
        "di sektor perikanan. Rencana itu hasil kunjungan Bupati Sumbawa ke Negeri Johor pada "
        "12-14 Maret 2019.",
        published=dt.date(2019, 3, 20),
    )
    assert [(d["partner"], d["type"], d["stage"]) for d in drafts] == [
        ("Johor", "visit", "exploration")
    ], drafts


# "Kerja sama sister city tersebut masih sebatas letter of intent": the ties listed before rest
# on an LoI, so each is an LoI, not a signed sister-city agreement.
@pytest.mark.parametrize(
    "basis",
    [
        "Kerja sama sister city tersebut masih sebatas letter of intent (LoI) dan belum sampai "
        "pada MoU.",
        "Kerja sama tersebut dilakukan atas dasar “letter of intent”.",
        "These ties are based on a letter of intent, not a memorandum of understanding.",
    ],
)
def test_ties_resting_on_a_letter_of_intent_are_lois(basis: str) -> None:
    drafts = _drafts(
        "Wali Kota Kediri mengatakan Pemerintah Kota Kediri menjalin kerja sama sister city "
        "dengan Kota Gimhae, Korea Selatan, dan Kota Bac Ninh, Vietnam. " + basis
    )
    assert [(d["type"], d["stage"]) for d in drafts] == [("loi", "loi")] * 2, drafts


# English and short names of Indonesia's provinces name the province itself, not a bare island
# ("North Kalimantan province" is Kalimantan Utara, never "Kalimantan").
@pytest.mark.parametrize(
    ("name", "local"),
    [
        ("North Kalimantan province", "Kalimantan Utara"),
        ("Central Sulawesi province", "Sulawesi Tengah"),
        ("Southeast Sulawesi province", "Sulawesi Tenggara"),
        ("North Maluku province", "Maluku Utara"),
        ("West Papua province", "Papua Barat"),
    ],
)
def test_english_province_names_are_the_provinces(name: str, local: str) -> None:
    drafts = _drafts(
        f"The provincial government of Davao del Sur signed a sisterhood agreement with {name} "
        "in Indonesia."
    )
    assert drafts and {d["local_party"] for d in drafts} == {local}, drafts


# "GENERAL SANTOS CITY (MindaNews / 17 Feb) –": a dateline with the outlet and the day in its
# brackets names the newsroom's city, no partner; "pushing for the forging of a sisterhood
# agreement" is a plan, not a signed agreement.
def test_a_bracketed_outlet_and_day_dateline_and_a_tie_pushed_for() -> None:
    drafts = _drafts(
        "DAVAO CITY (MindaNews / 3 Mar) – The provincial government of South Cotabato is pushing "
        "for the forging of a sisterhood agreement with North Kalimantan province in Indonesia."
    )
    assert [(d["type"], d["stage"], d["local_party"]) for d in drafts] == [
        ("other", "initiative", "Kalimantan Utara")
    ], drafts
    assert "Cotabato" in drafts[0]["partner"], drafts


# "Pertemuan ini adalah awal untuk membahas peluang kerja sama": the sentence pointing back to
# the meeting tells what it was for, so the meeting explored the tie.
@pytest.mark.parametrize(
    "after",
    [
        "Pertemuan ini adalah awal untuk membahas peluang kerja sama sister city.",
        "Pertemuan tersebut menjajaki kerja sama di bidang pariwisata.",
    ],
)
def test_a_sentence_pointing_back_to_a_meeting_tells_its_stage(after: str) -> None:
    drafts = _drafts(
        "Wali Kota Manado Andrei Angouw bertemu Wali Kota Davao Sebastian Duterte di Kuala "
        "Lumpur, Rabu (13/8/2025). " + after,
        published=dt.date(2025, 8, 14),
    )
    assert [(d["type"], d["stage"]) for d in drafts] == [("meeting", "exploration")], drafts


# "Pertemuan ini adalah awal untuk mewujudkan Sister City": a meeting that is the first step
# towards a tie explored it.
def test_a_meeting_that_is_the_first_step_to_a_tie_is_an_exploration() -> None:
    drafts = _drafts(
        "Wali Kota Manado Andrei Angouw bertemu Wali Kota Davao Sebastian Duterte di Kuala "
        "Lumpur, Rabu (13/8/2025). Pertemuan ini adalah awal untuk mewujudkan sister city.",
        published=dt.date(2025, 8, 14),
    )
    assert [(d["type"], d["stage"]) for d in drafts] == [("meeting", "exploration")], drafts


# "may be formalized later on through the signing of a memorandum of agreement": a modal
# future of making the document, which is still to come.
def test_a_document_that_may_be_signed_later_is_not_signed() -> None:
    drafts = _drafts(
        "The provincial government of Davao del Sur is pushing for a sisterhood agreement with "
        "North Sulawesi province in Indonesia. The governor said the twinning may be formalized "
        "later on through the signing of a memorandum of agreement between the two provinces."
    )
    assert [(d["type"], d["stage"]) for d in drafts] == [("other", "initiative")], drafts
