"""`extract`'s precision rules, one test each: issue 23's "Precision first", "local party" and
"intent and stage" points, on sentences shaped like the real corpus's (tests/extract_cases/real*).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import REPO

from kerjasama_cli.extract import KnownPartner, extract
from kerjasama_cli.extract.output import to_json

CASES = REPO / "tests" / "extract_cases"
REAL = sorted(p for p in CASES.glob("real*/*.txt"))
# Each field of a draft and the evidence key naming the sentence it was read from.
EVIDENCE = {
    "partner": "partner",
    "country": "country",
    "type": "type",
    "date": "date",
    "local_signatory": "local_signatory",
    "partner_signatory": "partner_signatory",
    "sectors": "sectors",
    "stage": "stage",
}


def _drafts(text: str, published: dt.date | None = None, **kwargs: object) -> list[dict]:
    return to_json([extract(text, published=published, **kwargs)])


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("article", REAL, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_drafted_field_names_a_sentence_of_the_article(article: Path) -> None:
    spec = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(spec["published"]) if spec.get("published") else None
    text = article.read_text(encoding="utf-8")
    flat = _flat(text)
    for draft in _drafts(text, published):
        for field, key in EVIDENCE.items():
            if draft[field] in (None, [], ""):
                continue
            sentence = draft["evidence"].get(key)
            assert sentence, (field, draft[field])
            # The sentence is the article's own (the dateline may be cut off its start).
            assert _flat(sentence)[-60:] in flat, (field, sentence)


# A partner needs place evidence: a kind word, a country beside it, the gazetteer, the registry.
@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # the gazetteer knows the city
        ("Pemkot Tangerang menandatangani LoI dengan Kota Yantai, Cina.", ["Yantai"]),
        # a kind word and a compass word: a region named after a place the gazetteer knows
        (
            "Pemprov Kalimantan Timur menerima tawaran kerja sama dari Pemprov Kotabato "
            "Selatan, Filipina.",
            ["Kotabato Selatan"],
        ),
        # no evidence at all: not a partner
        ("Pemkot Ambon menjalin kerja sama dengan Zzyzxoria untuk pariwisata.", []),
        # a city's province after "dari Provinsi" is its address, not a second partner
        (
            "Pemkot Tangerang menjalin hubungan sister city dengan Kota Yantai dari Provinsi "
            "Shandong, Cina.",
            ["Yantai"],
        ),
    ],
)
def test_a_partner_needs_place_evidence(text: str, partners: list[str]) -> None:
    assert sorted({d["partner"] for d in _drafts(text)}) == partners


def test_a_registry_partner_is_known_by_its_alias() -> None:
    known = [KnownPartner("vlissingen", "Vlissingen", "city", "NL", None, ("Flushing",))]
    text = "Pemkot Ambon menandatangani MoU sister city dengan Flushing, 21 Maret 1996."
    assert [d["partner"] for d in _drafts(text, known=known)] == ["Vlissingen"]
    assert _drafts(text) == [] or _drafts(text)[0]["partner"] != "Vlissingen"


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # a surname after a speech verb, in an event no government makes: no record at all
        ("Gilbert told ABC News on his 30th August 2015 visit to Darwin.", []),
        # a nickname in brackets is the mayor, not a town
        (
            "Wali Kota Surabaya Eri Cahyadi (Cak Eri) menandatangani LoI dengan Kota Kochi, "
            "Jepang.",
            ["Kochi"],
        ),
    ],
)
def test_person_names_are_never_places(text: str, partners: list[str]) -> None:
    assert sorted({d["partner"] for d in _drafts(text)}) == partners


def test_the_rest_of_an_office_name_is_not_a_person() -> None:
    text = (
        "Mayor of Sibu Municipal Council, Sibu Sarawak, Mr Clarence Ting mengunjungi Kota "
        "Pontianak dan diterima Wali Kota Pontianak Edi Rusdi Kamtono, Kamis (09/02/2023)."
    )
    (draft,) = _drafts(text)
    assert draft["partner"] == "Sibu" and draft["partner_signatory"] == "Clarence Ting"


def test_a_venue_is_not_a_partner_nor_the_local_party() -> None:
    text = (
        "Penandatanganan Letter of Intent antara Pemkot Tangerang dengan Kota Yantai oleh Pj "
        "Walikota Tangerang Nurdin dengan Walikota Yantai, Zheng Deyan di Hotel Shangri-La "
        "Jakarta, Rabu, (24/4)."
    )
    (draft,) = _drafts(text)
    assert draft["partner"] == "Yantai" and draft["local_party"] == "Tangerang"


def test_the_indonesian_states_own_meeting_is_not_a_record() -> None:
    text = (
        "Pemerintah pusat melalui Konsulat Jenderal Republik Indonesia (KJRI) telah melakukan "
        "pertemuan dengan pihak Pemerintah Kota Davao di Kota Koronadal, Filipina Selatan pada "
        "9-10 Juni 2022 lalu."
    )
    assert _drafts(text) == []


def test_a_definition_drafts_nothing_and_gives_no_sectors() -> None:
    text = (
        "Sister City adalah kemitraan resmi antara dua kota atau daerah, baik dalam satu negara "
        "maupun lintas negara, untuk menjalin kerja sama di bidang sosial, budaya, ekonomi."
    )
    assert _drafts(text) == []


def test_when_unsure_a_field_is_empty_and_listed_as_missing() -> None:
    text = "Pemkot Malang menjalin kerja sama sister city dengan Kota Hebron, Palestina."
    (draft,) = _drafts(text)
    assert draft["date"] is None and draft["local_signatory"] is None
    assert {"date", "signatories", "sectors"} <= set(draft["missing"])


def test_the_dateline_day_is_the_publications_not_the_records() -> None:
    text = (
        "MIRI (June 4): Miri City Council signed a letter of intent for Friendship City "
        "Cooperation with South Tangerang City in Banten Province of Indonesia recently."
    )
    (draft,) = _drafts(text, dt.date(2023, 6, 4))
    assert draft["date"] is None and draft["type"] == "loi"


# The local party: the Indonesian government that acts, by the registry's name.
@pytest.mark.parametrize(
    ("text", "governments", "local"),
    [
        # English order and words for an Indonesian name
        (
            "Miri City Council signed a letter of intent with South Tangerang City; South "
            "Tangerang City was represented by Mayor Benyamin Davnie.",
            {},
            "Tangerang Selatan",
        ),
        # ... and the registry's name for it when it has one
        (
            "Miri City Council signed a letter of intent with South Tangerang City.",
            {"Tangerang Selatan": "Kota Tangerang Selatan"},
            "Kota Tangerang Selatan",
        ),
        # a province's agreement signed in one of its cities stays the province's
        (
            "Gubernur Jawa Tengah Ahmad Luthfi menandatangani MoU dengan Provinsi Fujian, "
            "Tiongkok, di Kota Semarang.",
            {},
            "Jawa Tengah",
        ),
    ],
)
def test_the_local_party_is_the_acting_government(
    text: str, governments: dict[str, str], local: str
) -> None:
    drafts = _drafts(text, governments=governments)
    assert drafts and {d["local_party"] for d in drafts} == {local}


# Intent and stage: an exploration is never a signed document, and the draft says its stage.
@pytest.mark.parametrize(
    ("text", "rtype", "stage"),
    [
        (
            "Pemerintah Kota Palembang sedang menjajaki kerja sama sister city dengan Kota "
            "Houston, Amerika Serikat.",
            "other",
            "exploration",
        ),
        (
            "Pemprov Kotabato Selatan menawarkan kerja sama sister province kepada Provinsi "
            "Kalimantan Timur, disertai letter of intent.",
            "other",
            "initiative",
        ),
        (
            "Wali Kota Padang menandatangani LoI dengan Kota Fremantle, Australia.",
            "loi",
            "loi",
        ),
        (
            "Wali Kota Malang Sutiaji menandatangani nota kesepahaman sister city dengan Wali "
            "Kota Hebron, Palestina.",
            "mou",
            "signing",
        ),
        (
            "Pemkot Bogor dan Kota St. Louis, Amerika Serikat, memperpanjang MoU kerja sama "
            "kota kembar.",
            "mou",
            "renewal",
        ),
        (
            "Lord Mayor Darwin dan rombongan berkunjung ke Kota Ambon, disambut Penjabat "
            "Wali Kota Ambon Bodewin Wattimena, dalam rangka kerja sama Sister City.",
            "visit",
            "implementation",
        ),
        (
            "Pemkot Bukittinggi menerima kunjungan delegasi Kota Seremban, Malaysia, guna "
            "membahas peluang kerja sama kota kembar.",
            "visit",
            "exploration",
        ),
    ],
)
def test_drafts_carry_the_stage_they_prove(text: str, rtype: str, stage: str) -> None:
    drafts = _drafts(text)
    assert [(d["type"], d["stage"]) for d in drafts][:1] == [(rtype, stage)], drafts
    assert drafts[0]["evidence"]["stage"]


def test_the_draft_file_and_extract_import_keep_the_stage(run, tmp_path: Path) -> None:
    article = tmp_path / "houston.txt"
    article.write_text(
        "Pemerintah Kota Palembang sedang menjajaki kerja sama sister city dengan Kota "
        "Houston, Amerika Serikat, Kamis (18/7/2019).",
        encoding="utf-8",
    )
    drafts = run("extract", str(article), "--lang", "en").stdout
    assert "\n  stage: exploration\n" in drafts  # a field `kerjasama import` reads
    saved = tmp_path / "drafts.yaml"
    saved.write_text(drafts, encoding="utf-8")
    run("import", str(saved), "--dry-run")
    before = {r["key"] for r in run.json("list", "--stage", "exploration")}
    result = run("extract", str(article), "--import", "--yes", "--lang", "en")
    assert "1 stage stored as evidence" in result.stderr
    found = [r for r in run.json("list", "--stage", "exploration") if r["key"] not in before]
    assert [r["partner"] for r in found] == ["Houston"]
    # importing again adds no second evidence row and no second record
    again = run("extract", str(article), "--import", "--yes", "--lang", "en")
    assert "stored as evidence" not in again.stderr
    assert len(run.json("list", "--stage", "exploration")) == len(before) + 1


def test_a_mayors_title_vouches_for_a_city_the_gazetteer_lacks() -> None:
    text = (
        "Kunjungan Wali Kota Vlissingen, Bas Van Den Tillaar dan Wakil Wali Kota Albert Vader "
        "bersama Yayasan SSVA ke Kota Ambon diterima Penjabat Wali Kota Ambon Bodewin Wattimena."
    )
    drafts = _drafts(text)
    # the foundation came along on the visit: not a party to it
    assert [(d["partner"], d["type"]) for d in drafts] == [("Vlissingen", "visit")]
    assert drafts[0]["partner_signatory"] == "Bas Van Den Tillaar"
    # a weekday or another title after the name is no name: "Sutiaji" stays a person
    text = "Walikota Sutiaji, Senin (7/1), menandatangani MoU dengan Kota Hebron, Palestina."
    assert [d["partner"] for d in _drafts(text)] == ["Hebron"]


def test_an_institution_is_a_partner_of_a_document_not_a_companion() -> None:
    text = (
        "Pemkot Ambon menandatangani nota kesepahaman bersama Yayasan Samenwerking Vlissingen "
        "Ambon di bidang kesehatan."
    )
    assert [d["partner"] for d in _drafts(text)] == ["Yayasan Samenwerking Vlissingen Ambon"]


def test_a_decade_is_no_records_date() -> None:
    text = (
        "Tahun 1995, Kota Bukittinggi menjalin kerjasama kota kembar dengan Seremban, Negeri "
        "Sembilan, Malaysia. Sampai tahun 2000-an, kerja sama ini masih berjalan."
    )
    assert {d["date"] for d in _drafts(text)} == {"1995"}


def test_the_topic_of_talk_is_not_a_record() -> None:
    text = (
        "Wali Kota Batam Amsakar Achmad menerima kunjungan Wali Kota Xiangyang, Tiongkok, "
        "Senin (21/4/2025). Kunjungan itu memperkuat komunikasi terkait Sister City."
    )
    drafts = _drafts(text, dt.date(2025, 4, 22))
    assert [(d["partner"], d["type"]) for d in drafts] == [("Xiangyang", "visit")]


def test_received_by_a_head_of_government_is_a_visit() -> None:
    text = (
        "Wakil Wali Kota Dongxing, Tiongkok, Li Jian diterima Wali Kota Bogor Bima Arya di "
        "Balai Kota Bogor, Jumat (24/5/2019)."
    )
    (draft,) = _drafts(text)
    assert draft["type"] == "visit" and draft["date"] == "2019-05-24"
