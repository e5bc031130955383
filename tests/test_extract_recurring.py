"""`extract`'s rules for kinds of miss that recur across many batches of the real corpus (issue
23, i40a): each kind was counted over real1–real29 (bench/ANALYSIS.md, "Extract: misses by
kind") and only kinds met in at least four different batches get a rule. Every probe is a
sentence of our own, with places and people the corpus never names, failing before its rule;
each mirror probe is the same shape where nothing (or nothing more) must be drafted.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _drafts(text: str, published: dt.date | None = dt.date(2024, 7, 20)) -> list[dict]:
    return to_json([extract(text, published=published)])


def _records(text: str) -> list[tuple[str, str]]:
    return sorted((d["partner"], d["type"]) for d in _drafts(text))


# Kind "a foreign national government's minister, ministry or parliament received, told by
# the office and its country" (real12, real22, real25, real27, real28, real29): the visit is a
# record of that country, as a delegation "dari pemerintah Latvia" is.


def test_a_foreign_vice_minister_visiting_us_is_a_visit_of_the_country() -> None:
    text = (
        "Wakil Menteri Luar Negeri dan Perdagangan Latvia Janis Ozols melakukan kunjungan ke "
        "Kupang, Selasa (16/7/2024). Ia diterima Wali Kota Kupang di Balai Kota."
    )
    assert ("Latvia", "visit") in _records(text)


def test_a_foreign_vice_minister_s_courtesy_call_is_a_visit_of_the_country() -> None:
    text = (
        "Gubernur Bali menerima kunjungan kehormatan Wakil Menteri Luar Negeri Latvia, Ms. Inga "
        "Berzina, di Denpasar, Selasa (16/7/2024). Keduanya membahas kerja sama pariwisata."
    )
    assert ("Latvia", "visit") in _records(text)


def test_a_foreign_ministry_s_officials_on_a_working_visit_are_a_visit_of_the_country() -> None:
    text = (
        "Rombongan pejabat Kementerian Pertanian Latvia melakukan kunjungan kerja ke Kalimantan "
        "Barat. Rombongan diterima Gubernur Kalimantan Barat untuk menjajaki kerja sama."
    )
    assert ("Latvia", "visit") in _records(text)


def test_a_foreign_parliament_s_delegation_received_is_a_visit_of_the_country() -> None:
    text = (
        "Wakil Gubernur NTT menerima kunjungan Delegasi Komisi E Parlemen Latvia di Ruang Rapat "
        "Gubernur NTT, Rabu (17/7/2024). Rombongan dipimpin wakil ketua komisi."
    )
    assert ("Latvia", "visit") in _records(text)


def test_an_office_named_with_its_initials_or_the_state_s_word_is_the_country_s() -> None:
    text = (
        "Gubernur Bali menerima kunjungan kehormatan Wakil Menteri (Wamen) Luar Negeri Latvia, "
        "Ms. Inga Berzina, di Denpasar, Rabu (17/7/2024)."
    )
    assert ("Latvia", "visit") in _records(text)
    text = (
        "Wakil Gubernur NTT menerima kunjungan Delegasi Komisi B Parlemen Latvia atau DPR Negara "
        "Latvia di Ruang Rapat Gubernur, Rabu (17/7/2024)."
    )
    assert ("Latvia", "visit") in _records(text)


def test_a_state_visit_greeted_by_our_governor_is_no_record_of_ours() -> None:
    # A head of government arriving at the airport, a foreign minister received by Indonesia's
    # own ministers: visits of state; the governor along at the protocol makes no record.
    text = (
        "Penjabat Gubernur Banten menyambut kedatangan Perdana Menteri Latvia, Arturs Kalnins, di "
        "Terminal VIP Bandara Internasional Soekarno-Hatta, Rabu (6/9/2023) malam. Gubernur "
        "mengatakan pada saat menyambut Perdana Menteri Latvia dibicarakan hubungan bilateral."
    )
    assert not any(partner == "Latvia" for partner, _ in _records(text))
    text = (
        "Menteri Koordinator Bidang Kemaritiman dan Investasi menerima kunjungan Menteri Luar "
        "Negeri Latvia di sebuah hotel di Kabupaten Simalungun, Selasa (12/1/2021)."
    )
    assert not any(partner == "Latvia" for partner, _ in _records(text))


def test_a_foreign_parliament_s_meeting_with_others_is_no_second_record() -> None:
    # "agenda Delegasi Parlemen X ini termasuk pertemuan dengan Forum ...": a meeting with
    # somebody else of the visit already told, no record of its own.
    text = (
        "Delegasi parlemen Latvia melakukan kunjungan resmi ke pemerintah kota Makassar, Kamis "
        "(2/8/2018).\n\nWali Kota Makassar mengatakan hubungan baik Makassar dengan Latvia "
        "memang dalam.\n\nDi Makassar, agenda Delegasi Parlemen Latvia ini termasuk pertemuan "
        "dengan Forum Pemimpin Perempuan Makassar."
    )
    assert [p for p, _ in _records(text)].count("Latvia") <= 1


def test_our_own_ministry_and_our_envoy_to_the_country_are_no_visit_of_it() -> None:
    # Indonesia's ministers, and ours posted there, speak for no foreign government.
    text = (
        "Wakil Menteri Luar Negeri RI bersama Duta Besar RI untuk Latvia menerima Wali Kota "
        "Kupang di Jakarta, Selasa (16/7/2024), membahas peluang kerja sama."
    )
    assert not any(partner == "Latvia" for partner, _ in _records(text))


def test_a_foreign_minister_only_quoted_is_no_visit() -> None:
    # The minister speaks in his own capital; nobody of ours receives him or travels.
    text = (
        "Menteri Luar Negeri Latvia mengatakan negaranya terbuka bagi investasi Asia. Pemerintah "
        "Kota Kupang menyusun rencana promosi pariwisata tahun ini."
    )
    assert not any(partner == "Latvia" for partner, _ in _records(text))


# Kind "a list of background ties in one sentence, a member missed" (real1, real10, real13,
# real16, real20, real21, real26): every member of the list is a record, whatever the list's
# punctuation or the word it calls them by.


def test_the_last_member_after_a_semicolon_and_dan_is_a_tie_too() -> None:
    text = (
        "Wali Kota Kupang mengatakan Kupang sudah menjalin sister city dengan beberapa kota. "
        "Seperti Kota Arequipa, Peru; Kota Tartu, Estonia; dan Kota Kisumu, Kenya."
    )
    assert _records(text) == [
        ("Arequipa", "sister_city"),
        ("Kisumu", "sister_city"),
        ("Tartu", "sister_city"),
    ]


def test_a_city_s_sisters_listed_are_its_sister_cities() -> None:
    text = (
        "There are currently three cities that are formally linked as Kupang's sisters: "
        "Arequipa (Peru), Tartu (Estonia), and Kisumu (Kenya)."
    )
    assert _records(text) == [
        ("Arequipa", "sister_city"),
        ("Kisumu", "sister_city"),
        ("Tartu", "sister_city"),
    ]


def test_a_person_s_sisters_and_a_semicolon_list_of_no_tie_are_no_ties() -> None:
    text = (
        "The mayor's sisters live in Arequipa (Peru) and Tartu (Estonia), he said after meeting "
        "the Kupang council."
    )
    assert _records(text) == []
    text = (
        "Wali Kota Kupang pernah berlibur ke beberapa kota. Seperti Kota Arequipa, Peru; Kota "
        "Tartu, Estonia; dan Kota Kisumu, Kenya."
    )
    assert _records(text) == []


# Kind "countries named as interested in, or explored for, a tie (a list of countries, no city)"
# (real12, real13, real14, real20, real29): each country an exploration of its own.


def test_countries_a_tie_is_prepared_with_are_each_explored() -> None:
    text = (
        "Pemerintah Provinsi Sulawesi Tenggara saat ini tengah menggodok kerjasama bilateral, "
        "dengan sejumlah negara seperti Estonia (EST) dan Latvia."
    )
    assert _records(text) == [("Estonia", "other"), ("Latvia", "other")]


def test_countries_listed_after_yaitu_as_interested_are_each_explored() -> None:
    text = (
        "Ada tiga negara yang ingin menjajagi sister city dengan Kota Kupang. Yaitu Latvia, "
        'Estonia dan Bolivia," ujar Wali Kota Kupang, Senin (26/12/2022).'
    )
    assert _records(text) == [("Bolivia", "other"), ("Estonia", "other"), ("Latvia", "other")]
    text = (
        "Sampai saat ini, ada tiga negara yang menyatakan minat untuk menjalin hubungan khusus "
        "dengan Kota Kupang. Yakni, Latvia, Estonia, dan Bolivia, katanya."
    )
    drafts = _drafts(text)
    assert sorted(d["partner"] for d in drafts) == ["Bolivia", "Estonia", "Latvia"]
    assert {d["stage"] for d in drafts} == {"initiative"}  # an interest stated, a wish


def test_countries_that_explore_a_tie_first_in_the_sentence_are_each_explored() -> None:
    text = "Latvia, Estonia dan Bolivia menjajaki kerja sama sister city dengan Kota Kupang."
    assert _records(text) == [("Bolivia", "other"), ("Estonia", "other"), ("Latvia", "other")]


def test_a_country_that_offers_a_named_city_and_countries_learnt_from_are_no_partners() -> None:
    # The country speaks for the city it offers; countries to learn from are no ties, though
    # the sentence ends at a fair of regional cooperation.
    text = (
        "Pemerintah Kota Kupang menjajaki kerja sama sister city dengan tiga negara. Yakni, "
        "Latvia, Estonia, dan Bolivia. Saat ini Latvia sudah menyiapkan Kota Liepaja."
    )
    assert "Latvia" not in [p for p, _ in _records(text)]
    text = (
        "Wali Kota Kupang tertarik belajar dari negara seperti Latvia dan Estonia soal "
        "pengelolaan sampah, katanya saat membuka pameran kerja sama daerah."
    )
    assert _records(text) == []
    text = (
        "Investor dari negara seperti Latvia dan Estonia tertarik menanamkan modal di Kupang, "
        "kata Wali Kota Kupang."
    )
    assert _records(text) == []
