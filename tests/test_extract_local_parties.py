"""The local party: its name forms, and a record's own where the article names its tie's two
sides (issue 23, i44b; bench/ANALYSIS.md, "real34–35's misses").

A sentence naming one of our governments that is not the article's local party is another
government's story and drafts nothing (local_parties.others_only). The article's own government
written in another form than the one the local party was read in ("Pemda Sigi" beside "Bupati
Sigi", "Pemerintah Daerah Kabupaten Sigi", "Maluku Province") was taken for another government,
so its sentences were dropped and whole records lost (real13, real23, real28, real30, real33,
real35), or the local party kept its office words ("Kabupaten Sumedang", "Papua Province").
Every probe is a sentence of our own, with partners and people the corpus never names, failing
before its rule; each mirror is a shape that must stay as it is.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _records(
    text: str, published: dt.date = dt.date(2024, 7, 20), **kwargs: object
) -> list[tuple[str, str, str | None, str]]:
    return [
        (d["partner"], d["type"], d["date"], d["local_party"])
        for d in to_json([extract(text, published=published, **kwargs)])  # type: ignore[arg-type]
    ]


def test_our_government_as_pemda_is_the_local_party_not_another_government() -> None:
    text = (
        "Kunjungan ke Jepang\n\n"
        "Rombongan Pemda Sigi disambut hangat oleh Wali Kota Kofu di Balai Kota Kofu, Jepang, "
        "Senin (15/7/2024).\n\n"
        "Bupati Sigi Rusdy Mastura mengatakan kunjungan itu membuka peluang kerja sama "
        "pendidikan."
    )
    assert _records(text) == [("Kofu", "visit", "2024-07-15", "Sigi")]


def test_a_tie_told_with_pemda_in_a_story_of_the_same_government_is_kept() -> None:
    text = (
        "Bupati Sigi Jajaki Kerja Sama dengan Kofu\n\n"
        "SIGI - Bupati Sigi Rusdy Mastura membahas kerja sama pendidikan dengan Wali Kota Kofu, "
        "Jepang, Senin (15/7/2024).\n\n"
        "Sejak 2019 Pemda Sigi dan Pemerintah Kota Kofu telah menjalin kerja sama persahabatan "
        "di bidang kebudayaan."
    )
    # a friendship told as existing since a year is the sister-city tie (since_ties.py)
    assert ("Kofu", "sister_city", "2019", "Sigi") in _records(text)


def test_the_local_party_drops_its_office_words() -> None:
    text = (
        "Setelah sukses melakukan kerja sama di bidang pendidikan, Pemerintah Daerah Kabupaten "
        "Sigi kini membuka peluang kerja sama pariwisata dengan Pemerintah Kota Kofu, Jepang.\n\n"
        "Bupati Sigi mengatakan kunjungan kerjanya ke Kofu pada Senin (15/7/2024) memperkuat "
        "kerja sama itu."
    )
    assert {local for *_, local in _records(text)} == {"Sigi"}


def test_an_english_province_is_named_without_its_kind_word() -> None:
    text = (
        "Norway's Ambassador Visits Maluku\n\n"
        "Norway's Ambassador to Indonesia Rut Giverin met the Governor of Maluku Province, "
        "Hendrik Lewerissa, in Ambon on 15 July 2024 to discuss fisheries cooperation."
    )
    assert _records(text) == [("Norway", "meeting", "2024-07-15", "Maluku")]


# Mirrors: the forms that must stay as they are.


def test_another_government_written_as_pemda_stays_another_s_story() -> None:
    text = (
        "Bupati Sigi Terima Kunjungan Wali Kota Kofu\n\n"
        "SIGI - Bupati Sigi Rusdy Mastura menerima kunjungan Wali Kota Kofu, Jepang, Senin "
        "(15/7/2024).\n\n"
        "Sebelumnya Pemda Blitar telah menjalin kerja sama persahabatan dengan Kota Kofu sejak "
        "2015."
    )
    assert _records(text) == [("Kofu", "visit", "2024-07-15", "Sigi")]


def test_daerah_istimewa_begins_the_province_s_own_name() -> None:
    text = (
        "Sultan Terima Wali Kota Kofu\n\n"
        "YOGYAKARTA - Gubernur DIY Sri Sultan menerima kunjungan Wali Kota Kofu, Jepang, Senin "
        "(15/7/2024). Kunjungan ini mempererat kerja sama Pemerintah Daerah Istimewa Yogyakarta "
        "dengan Kofu."
    )
    assert _records(text) == [("Kofu", "visit", "2024-07-15", "Daerah Istimewa Yogyakarta")]


def test_a_foreign_city_s_kind_word_stays_its_name() -> None:
    text = (
        "Delegasi Sabah di Sigi\n\n"
        "SIGI - Bupati Sigi Rusdy Mastura menerima kunjungan Wali Kota Kota Kinabalu, Malaysia, "
        "Senin (15/7/2024), untuk menjajaki kerja sama pariwisata."
    )
    assert [(p, local) for p, _, _, local in _records(text)] == [("Kinabalu", "Sigi")]


def test_the_registry_s_name_is_given_to_every_form() -> None:
    # a registry that names the regency with its kind word, its bare name an alias
    governments = {"Kabupaten Sigi": "Kabupaten Sigi", "Sigi": "Kabupaten Sigi"}
    text = (
        "Kunjungan ke Jepang\n\n"
        "Rombongan Pemda Sigi disambut hangat oleh Wali Kota Kofu di Balai Kota Kofu, Jepang, "
        "Senin (15/7/2024).\n\n"
        "Bupati Sigi Rusdy Mastura mengatakan kunjungan itu membuka peluang kerja sama "
        "pendidikan."
    )
    assert _records(text, governments=governments) == [
        ("Kofu", "visit", "2024-07-15", "Kabupaten Sigi")
    ]


# Two readings of one envoy's call: the talks told on their day, and "Usai pertemuan, ..." with
# only the year of an anniversary (real33's shape, which the name forms above newly gave the
# talks' fields): one meeting, on the talks' day.
_CALL = (
    "Norwegia Jajaki Kerja Sama dengan Maluku\n\n"
    "Duta Besar Norwegia untuk Indonesia, Rut Giverin menemui Gubernur Maluku, Hendrik "
    "Lewerissa di Kantor Gubernur Maluku, Kamis (10/4/2025), guna menjajaki potensi kerja sama "
    "perikanan dengan Pemprov Maluku.\n\n"
)


def test_a_call_and_its_year_only_reading_are_one_meeting_on_the_day() -> None:
    text = _CALL + (
        "Usai pertemuan, Dubes Norwegia Rut Giverin mengungkapkan, tahun 2025 Norwegia dan "
        "Indonesia merayakan peringatan 75 tahun hubungan diplomatik."
    )
    assert _records(text, published=dt.date(2025, 4, 12)) == [
        ("Norwegia", "meeting", "2025-04-10", "Maluku")
    ]


def test_a_meeting_of_another_year_stays_a_record_of_its_own() -> None:
    text = _CALL + (
        "Pertemuan pertama Gubernur Maluku dengan Duta Besar Norwegia berlangsung pada tahun "
        "2023 di Jakarta."
    )
    assert len(_records(text, published=dt.date(2025, 4, 12))) == 2


# A record's own local party (tie_sides.py; kind W, a province for its city or the reverse:
# real8, real19, real26, real33, real35): the article's government tells of a tie "antara" (or
# "between") another of our governments and the partner.


def test_a_tie_told_between_another_of_ours_and_the_partner_is_that_government_s() -> None:
    text = (
        "Gubernur Sulteng Terima Kunjungan Dubes Italia\n\n"
        "PALU (15/7/2024) - Gubernur Sulawesi Tengah Rusdy Mastura berterima kasih atas dukungan "
        "Kedutaan Besar Indonesia untuk Italia mewujudkan Sister City antara Kota Palu dengan "
        "Kota Velletri, Italia, yang terjalin 2016 silam."
    )
    assert [(p, t, local) for p, t, _, local in _records(text)] == [
        ("Velletri", "sister_city", "Palu")
    ]


def test_a_tie_told_between_them_in_english_is_that_government_s() -> None:
    text = (
        "Central Sulawesi and Velletri\n\n"
        "PALU - Central Sulawesi Governor Rusdy Mastura said on 15 July 2024 that the sister city "
        "relationship between Palu and Velletri, Italy, signed in 2016, had brought many student "
        "exchanges."
    )
    assert {local for *_, local in _records(text)} == {"Palu"}


def test_a_city_s_address_in_the_province_is_no_side_of_the_tie() -> None:
    text = (
        "Gubernur Sulteng dan Velletri\n\n"
        "PALU (15/7/2024) - Gubernur Sulawesi Tengah Rusdy Mastura mengapresiasi penandatanganan "
        "LoI antara Kota Palu di Provinsi Sulawesi Tengah dan Kota Velletri, Italia, pada 2016."
    )
    assert {local for *_, local in _records(text)} == {"Sulawesi Tengah"}


def test_the_local_party_s_short_name_as_a_side_keeps_the_local_party() -> None:
    text = (
        "Sultan dan Velletri\n\n"
        "YOGYAKARTA (15/7/2024) - Gubernur DIY Sri Sultan mengatakan hubungan Sister Province "
        "antara Jogja dan Provinsi Velletri, Italia, menjadi yang tertua."
    )
    assert {local for *_, local in _records(text)} == {"Daerah Istimewa Yogyakarta"}


def test_the_article_s_own_visit_is_never_moved_to_the_tie_s_side() -> None:
    text = (
        "Gubernur Sulteng Terima Wali Kota Velletri\n\n"
        "PALU - Gubernur Sulawesi Tengah Rusdy Mastura menerima kunjungan Wali Kota Velletri, "
        "Italia, Senin (15/7/2024), dalam rangka mempererat hubungan persahabatan antara "
        "Donggala dan Velletri."
    )
    assert [(p, t, local) for p, t, _, local in _records(text)] == [
        ("Velletri", "visit", "Sulawesi Tengah")
    ]


# The stage of an envoy's call that sees a cooperation at work (real35's Papua call, newly
# paired by the name forms above; real18's Sumba Barat call): the tie's use, not an exploration.
_ENVOY = (
    "Norway's Ambassador Visits Maluku\n\n"
    "Norway's Ambassador to Indonesia Rut Giverin met the Governor of Maluku Province, Hendrik "
    "Lewerissa, in Ambon on 15 July 2024.\n\n"
)


def _stages(text: str) -> list[str | None]:
    return [d["stage"] for d in to_json([extract(text, published=dt.date(2024, 7, 20))])]


def test_an_envoy_s_call_that_sees_the_cooperation_at_work_is_its_use() -> None:
    text = _ENVOY + (
        '"I am very pleased to see firsthand the cooperation between Maluku and Norway," said '
        "Ambassador Giverin."
    )
    assert _stages(text) == ["implementation"]


def test_an_envoy_s_call_that_talks_of_cooperation_still_explores() -> None:
    text = _ENVOY + (
        '"I am very pleased to talk about cooperation between Maluku and Norway," said '
        "Ambassador Giverin."
    )
    assert _stages(text) == ["exploration"]


def test_a_call_to_see_the_cooperation_at_work_in_indonesian_is_its_use() -> None:
    text = (
        "Dubes Norwegia Kunjungi Maluku\n\n"
        "AMBON - Duta Besar Norwegia untuk Indonesia, Rut Giverin, bertemu Gubernur Maluku "
        "Hendrik Lewerissa di Ambon, Senin (15/7/2024).\n\n"
        "Ia datang untuk melihat langsung pelaksanaan kerja sama perikanan antara Maluku dan "
        "Norwegia."
    )
    assert _stages(text) == ["implementation"]
