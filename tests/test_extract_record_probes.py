"""`extract`'s rules for the dates, types and stages of the records it finds, generalised from
real13's and real14's first sight (issue 23): each a probe sentence of our own, with other
places and people than the corpus's, failing before its rule."""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


def _by_partner(drafts: list[dict]) -> dict[str, dict]:
    return {d["partner"]: d for d in drafts}


def test_the_government_of_a_special_region_named_short_is_the_local_party() -> None:
    # "Pemerintah DI Yogyakarta" and the bare "Yogyakarta" as one side of a tie are the
    # Special Region the story is about, not another Indonesian government's cooperation.
    text = (
        "Gubernur Daerah Istimewa Yogyakarta menerima penghargaan dari Pemerintah Jepang.\n\n"
        "Kerja sama berbentuk sister province Yogyakarta dengan Prefektur Ehime telah "
        "berlangsung sejak 1992."
    )
    (ehime,) = _drafts(text)
    assert (ehime["partner"], ehime["type"], ehime["date"]) == ("Ehime", "sister_city", "1992")
    text = (
        "Gubernur Daerah Istimewa Yogyakarta menerima penghargaan dari Pemerintah Jepang.\n\n"
        "Pemerintah DI Yogyakarta juga menjalin kerja sama dengan Prefektur Nagano sejak 2014."
    )
    (nagano,) = _drafts(text)
    assert (nagano["partner"], nagano["date"]) == ("Nagano", "2014")
    assert nagano["local_party"] == ehime["local_party"] == "Daerah Istimewa Yogyakarta"


def test_organisations_named_as_non_government_bodies_are_no_partners() -> None:
    text = (
        "Gubernur Daerah Istimewa Yogyakarta bertemu Wali Kota Osaka di Yogyakarta.\n\n"
        "Kerja sama juga terjalin bersama organisasi non-pemerintah Jepang seperti JICA dan "
        "KOICA."
    )
    assert {d["partner"] for d in _drafts(text)} == {"Osaka"}


def test_a_tie_told_since_a_year_in_a_sentence_of_its_own_takes_that_year() -> None:
    # The sentence names no partner: "ini" points back at the one sister-province tie.
    text = (
        "Pemerintah Provinsi Sumatera Barat mempererat kerja sama dengan Pemerintah Provinsi "
        "Gyeonggi-do, Korea Selatan.\n\n"
        "Kerja sama sister province di antara keduanya telah terjalin selama 15 tahun.\n\n"
        "“Kerja sama sister province ini telah terjalin sejak tahun 2008,” kata Gubernur "
        "Sumatera Barat."
    )
    ties = [d for d in _drafts(text) if d["type"] == "sister_city"]
    assert [(t["partner"], t["date"]) for t in ties] == [("Gyeonggi-do", "2008")]


def test_a_signing_during_a_visit_is_dated_by_the_visit_and_an_approval_dates_nothing() -> None:
    # "Nov. 1989" ends no sentence; the council's approval in September is not the signing;
    # "met with approval" is no meeting.
    text = (
        "Kota Bandung and Hamamatsu City began exchanges in 1980, and a Sister City Agreement "
        "between both cities met with unanimous approval at Hamamatsu City Council in Sep. "
        "1991.\n\n"
        "Hamamatsu City welcomed a Bandung City Delegation headed by their mayor on Nov. 1991 "
        "when they officially signed the Sister City Agreement."
    )
    drafts = _drafts(text)
    assert [(d["partner"], d["type"], d["date"]) for d in drafts] == [
        ("Hamamatsu", "sister_city", "1991-11")
    ]


def test_understandings_signed_for_sister_provinces_are_mous() -> None:
    text = (
        "Gubernur Sulawesi Selatan mengatakan, pihaknya telah menandatangani dua kesepahaman "
        "kerja sama Sister Province dengan dua provinsi di Tiongkok, yaitu Hunan dan Hubei."
    )
    drafts = _drafts(text, dt.date(2019, 5, 2))
    assert sorted((d["partner"], d["type"]) for d in drafts) == [("Hubei", "mou"), ("Hunan", "mou")]


def test_a_renewal_to_be_signed_is_a_plan_beside_the_tie_it_renews() -> None:
    # The planned document named twice ("nota kesepakatan MoU") is planned both times; the
    # sister province stays signed, its renewal a plan of its own.
    text = (
        "Pemerintah Provinsi Sulawesi Utara kembali memperkuat kerja sama sister province "
        "dengan Provinsi Gangwon, Korea Selatan.\n\n"
        "Ke depan, lanjut dia, akan dilakukan penandatanganan perpanjangan nota kesepakatan MoU "
        "pembaharuan sister province antara Pemprov Sulut dengan Provinsi Gangwon."
    )
    drafts = _drafts(text, dt.date(2024, 3, 5))
    assert sorted((d["type"], d["stage"]) for d in drafts) == [
        ("other", "renewal"),
        ("sister_city", "signing"),
    ]


def test_the_day_a_tie_was_a_topic_of_talk_does_not_date_it() -> None:
    text = (
        "Kerjasama antara Kota Salatiga dan Kota Brno, Ceko menjadi salah satu bahasan pada "
        "Rapat Koordinasi Kerjasama Daerah yang diselenggarakan di Semarang, Selasa (6/9/2022)."
    )
    (draft,) = _drafts(text)
    assert (draft["partner"], draft["date"]) == ("Brno", None)


def test_a_city_tie_explored_at_its_countrys_envoys_call_is_that_call() -> None:
    # "untuk Republik Indonesia" names the nation, not another government's cooperation; the
    # exploration and the ambassador's call are one record, a meeting.
    text = (
        "Pemerintah Kota Semarang menjajaki kerja sama sister city di bidang perdagangan dengan "
        "Kota Gyumri, Republik Armenia.\n\n"
        '"Kami akan mengirim tim untuk belajar di sana," kata Wali Kota Semarang usai '
        "pertemuan dengan Duta Besar Republik Armenia untuk Republik Indonesia di Balai Kota "
        "Semarang, Senin.\n\n"
        "Wali Kota menyambut baik rencana tersebut dan siap menjalin kerja sama dengan Kota "
        "Gyumri."
    )
    drafts = _drafts(text)
    assert [(d["partner"], d["type"], d["stage"]) for d in drafts] == [
        ("Gyumri", "meeting", "exploration")
    ]
    assert drafts[0]["local_signatory"] is None


def _signatories(text: str) -> list[tuple[str | None, str | None]]:
    return [(d["local_signatory"], d["partner_signatory"]) for d in _drafts(text)]


def test_signatories_keep_their_whole_names_and_no_clause_is_a_name() -> None:
    # A Balinese name ending in a word that is also a town; a title after the rest of the seat;
    # "The Hon." before the name (and no sentence ends there); a verb after the comma.
    assert _signatories(
        "Nota kesepahaman itu ditandatangani oleh Wali Kota Badung I Gusti Ngurah Jaya Negara "
        "dan Wali Kota Mossel Bay Alderman Harry Levendal di Mossel Bay, Senin (3/10/2022)."
    ) == [("I Gusti Ngurah Jaya Negara", "Harry Levendal")]
    assert _signatories(
        "The MoU was signed by the Lord Mayor of Darwin, The Hon. Kon Vatskalis, and the Mayor "
        "of Ambon, Richard Louhenapessy, on 5 May 2018."
    ) == [("Richard Louhenapessy", "Kon Vatskalis")]
    assert _signatories(
        "Bupati Sleman Kustini Sri Purnomo menandatangani LoI dengan Wali Kota Hue, Didampingi "
        "Sekda Sleman, pada Senin (3/10/2022)."
    ) == [("Kustini Sri Purnomo", None)]


def test_a_line_that_only_dates_the_signing_dates_the_tie_the_title_names() -> None:
    # A partner's page: the title names the tie, a bare line signs it in two places (the
    # first signature dates it).
    text = (
        "Sister City Program of Bitung and Davao\n\n"
        "The Philippines is close to Bitung and a large community in Davao.\n\n"
        "Signed 14 March 1994 in Bitung, 2 August 1994 in Davao\n\n"
        "Ties between Bitung and Davao date back to the fishing trade."
    )
    assert [(d["partner"], d["type"], d["date"]) for d in _drafts(text)] == [
        ("Davao", "sister_city", "1994-03-14")
    ]


def test_a_signing_line_dates_the_one_undated_tie() -> None:
    text = (
        "The Mayor of Bitung said the sister city relationship with Davao, the Philippines, "
        "has grown for decades.\n\n"
        "Signing 2 August 1994 in Davao"
    )
    ties = [d for d in _drafts(text) if d["type"] == "sister_city"]
    assert [(d["partner"], d["date"]) for d in ties] == [("Davao", "1994-08-02")]


def test_renewable_energy_renews_nothing() -> None:
    text = (
        "Kuching and Pontianak have signed a Memorandum of Understanding (MoU) covering "
        "renewable energy and tourism, Pontianak's mayor said on 4 March 2024."
    )
    assert [(d["type"], d["stage"]) for d in _drafts(text)] == [("mou", "signing")]
