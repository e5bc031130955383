"""Probe sentences for which partners and records are drafted (issue 23, real15/real16's first
sight): organisations and institutions, capitals and cities beside their region, countries
drafted for cities, another story's tie, and the records missed on a foreign government's own
page and in a list of ties told over two sentences. Written with names other than real15's and
real16's (Los Angeles, Maritime Museum, UCLG, Rotterdam, Brisbane, Busan, Surabaya, Seattle ...).

Each probe names the partners its drafts must carry (`partners`, exactly, as a set) and those no
draft may carry (`forbid`). Main d79659c drafted a forbidden name (or missed a wanted one) in
every probe but those marked "guard", which hold what main already got right the other way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


@dataclass(frozen=True)
class Probe:
    text: str
    partners: frozenset[str]
    forbid: tuple[str, ...] = ()
    local: str | None = None


PUBLISHED = dt.date(2025, 9, 17)

PROBES: dict[str, Probe] = {
    # --- organisations and institutions ---------------------------------------------------
    # an organisation of cities whose president is our mayor hosts a foreign city's delegation
    "organisation-hosting-a-visit": Probe(
        "Wali Kota Malang, selaku Presiden CityNet, menerima kunjungan delegasi Pemerintah Kota "
        "Hue, Vietnam, di Balai Kota Malang, Senin (15/9/2025).",
        frozenset({"Huế"}),
        forbid=("CityNet",),
    ),
    # an international organisation's call, though cooperation is talked of: no record
    "organisation-calling": Probe(
        "Wali Kota Makassar menerima kunjungan delegasi UNDP, Senin (15/9/2025), membahas kerja "
        "sama pengelolaan sampah.",
        frozenset(),
        forbid=("UNDP",),
    ),
    # a UN body witnessing a city's signing
    "organisation-witnessing": Probe(
        "Gubernur Jawa Barat menandatangani MoU dengan Kota Daegu disaksikan perwakilan UNESCO, "
        "Senin (15/9/2025).",
        frozenset({"Daegu"}),
        forbid=("UNESCO",),
    ),
    # a body beside a foreign city signing the same document: the city's helper
    "organisation-beside-a-city": Probe(
        "Pemkot Bogor menandatangani MoU pengelolaan sampah dengan Kota Kisarazu dan JICA, "
        "Senin (15/9/2025).",
        frozenset({"Kisarazu"}),
        forbid=("JICA",),
    ),
    "organisation-alone": Probe(  # guard
        "Pemkot Bogor menandatangani MoU pengelolaan sampah dengan JICA, Senin (15/9/2025).",
        frozenset({"JICA"}),
    ),
    # the other way: what an organisation of cities signs with the local government
    "organisation-signing-an-mou": Probe(  # guard
        "Pemkot Surabaya dan CityNet menandatangani MoU kerja sama pengelolaan sampah, Senin "
        "(15/9/2025).",
        frozenset({"CityNet"}),
    ),
    # a museum of the acting foreign city is that city's, not a second partner
    "museum-of-the-acting-city": Probe(
        "Gubernur Jawa Timur menerima kunjungan Wali Kota Osaka, Senin (15/9/2025). Pertemuan "
        "itu juga membahas kolaborasi antara Museum Mpu Tantular dengan Maritime Museum Osaka.",
        frozenset({"Osaka"}),
        forbid=("Maritime Museum", "Maritime Museum Osaka"),
    ),
    # the other way: an MoU the local government itself signs with a university
    "university-signing-an-mou": Probe(  # guard
        "Pemerintah Provinsi Jawa Barat menandatangani MoU dengan University of Queensland, "
        "Senin (15/9/2025).",
        frozenset({"University of Queensland"}),
    ),
    # --- countries drafted for cities -------------------------------------------------------
    # a head's office swallowed the city; its initials and its country follow
    "city-in-an-office-with-initials": Probe(
        "Gubernur Jawa Timur dalam pertemuannya dengan Deputi Mayor Bidang Hubungan "
        "Internasional San Francisco (SF), Amerika Serikat, Jane Doe, membahas kerja sama "
        "sister city. Kerja sama sister city yang sudah terjalin sejak 1997 dengan SF akan "
        "ditindaklanjuti.",
        frozenset({"San Francisco"}),
        forbid=("Amerika Serikat",),
    ),
    "city-in-an-office-with-its-country": Probe(
        "Gubernur Jawa Timur dalam pertemuannya dengan Deputi Mayor Bidang Hubungan "
        "Internasional New York, Amerika Serikat, Jane Doe, membahas kerja sama sister city.",
        frozenset({"New York"}),
        forbid=("Amerika Serikat",),
    ),
    # the country the tie is with, the city it goes through: the city
    "country-through-its-city": Probe(
        "Pemkot Bogor menjalin kerja sama dengan Korea Selatan melalui Kota Suwon, Senin "
        "(15/9/2025).",
        frozenset({"Suwon"}),
        forbid=("Korea Selatan",),
    ),
    # the other way: a country's delegation led by a city's head is the city's
    "country-delegation-led-by-a-mayor": Probe(  # guard
        "Wali Kota Surabaya menerima delegasi Jepang yang dipimpin Wali Kota Kochi, Senin "
        "(15/9/2025).",
        frozenset({"Kochi"}),
        forbid=("Jepang",),
    ),
    # a head's title, then the city and its country: the city, never a person called so
    "title-city-country": Probe(
        "Dalam rangka menyambut kedatangan Walikota Sakai Jepang bersama delegasi, Pemko Medan "
        "menggelar rapat persiapan kunjungan, Jumat (12/9/2025).",
        frozenset({"Sakai"}),
    ),
    # --- capitals and cities beside their region -------------------------------------------
    # the region's capital, introduced as such, stands for the region wherever it is named
    "capital-introduced": Probe(
        "Pemprov Sulawesi Utara menjalin sister province dengan Provinsi Guangdong, dengan ibu "
        "kotanya Guangzhou, Senin (15/9/2025). Gubernur Guangzhou menyambut baik kerja sama itu.",
        frozenset({"Guangdong"}),
        forbid=("Guangzhou",),
    ),
    # a trip planned to a city of the acting state says where, not who
    "trip-to-the-states-city": Probe(
        "Pemprov Jawa Timur dan Negara Bagian Victoria membahas perpanjangan sister province, "
        "Senin (15/9/2025). Gubernur juga dijadwalkan berkunjung ke Melbourne untuk "
        "menandatangani perjanjian kerja sama.",
        frozenset({"Victoria"}),
        forbid=("Melbourne",),
    ),
    # the other way: a trip to a city whose own tie it renews, no region acting
    "trip-to-the-partner-city": Probe(  # guard
        "Wali Kota Bandung berkunjung ke Hamamatsu untuk memperbarui perjanjian sister city, "
        "Senin (15/9/2025).",
        frozenset({"Hamamatsu"}),
    ),
    # --- another story --------------------------------------------------------------------
    # another government's tie, in a headline left inside a Surabaya story
    "another-governments-tie": Probe(
        "Wali Kota Surabaya menerima kunjungan Wali Kota Gwangju, Senin (15/9/2025).\n\n"
        "Ahok Ubah Model Sister City Jakarta dengan Berlin\n\nKedua kota membahas pendidikan.",
        frozenset({"Gwangju"}),
        forbid=("Berlin",),
    ),
    # a place held up as a yardstick or a likeness
    "yardstick-learn-from": Probe(
        "Wali Kota Semarang menerima kunjungan Wali Kota Fuzhou, Senin (15/9/2025). Semarang "
        "ingin belajar pengelolaan sampah seperti Singapura dan Kitakyushu dalam kerja sama ini.",
        frozenset({"Fuzhou"}),
        forbid=("Kitakyushu", "Singapura"),
    ),
    "yardstick-on-a-par": Probe(
        "Wali Kota Semarang menerima kunjungan Wali Kota Fuzhou, Senin (15/9/2025). Kerja sama "
        "ini diharapkan menjadikan Semarang setara dengan kota-kota besar dunia, salah satunya "
        "Osaka.",
        frozenset({"Fuzhou"}),
        forbid=("Osaka",),
    ),
    "likeness": Probe(
        "Wali Kota Semarang menandatangani MoU dengan Wali Kota Fuzhou, Senin (15/9/2025). "
        "Menurutnya, Fuzhou memiliki kemiripan dengan Brisbane dalam kerja sama pelabuhan.",
        frozenset({"Fuzhou"}),
        forbid=("Brisbane",),
    ),
    # the other way: "similar agreements" are ties of the same kind, not a likeness
    "similar-agreements": Probe(  # guard
        "Jakarta and Berlin signed a sister city agreement on Monday. Previously, Jakarta has "
        "signed similar agreements with Tokyo and Seoul.",
        frozenset({"Berlin", "Tokyo", "Seoul"}),
    ),
    # the other way: the home's bare name where a meeting is held is a venue
    "home-as-a-venue": Probe(  # guard
        "Wali Kota Surabaya menerima kunjungan Wali Kota Gwangju, Senin (15/9/2025).\n\n"
        "Risma bertemu di Jakarta dengan Wali Kota Berlin untuk membahas sister city.",
        frozenset({"Gwangju", "Berlin"}),
    ),
    # --- records missed -------------------------------------------------------------------
    # a sentence counts the sister cities, the next one names them one after the other
    "list-over-two-sentences": Probe(
        "Kota Bandung sudah menjalin sister city dengan tiga kota di luar negeri. Bermula dari "
        "Kota Suwon di Korea Selatan, kemudian menyusul Kota Hamamatsu di Jepang dan Kota "
        "Braunschweig di Jerman.",
        frozenset({"Suwon", "Hamamatsu", "Braunschweig"}),
    ),
    # the visit told, then who came in the next paragraph: a city's people's committee
    "delegation-members-next": Probe(
        "Wali Kota Surabaya menerima kunjungan kerja dari perwakilan kota-kota Vietnam di ruang "
        "kerjanya, Jumat (12/9/2025).\n\nPerwakilan yang hadir di antaranya Nguyen Van Binh, "
        "Wakil Ketua Komite Rakyat Kota Haiphong, dan pejabat kementerian.",
        frozenset({"Haiphong"}),
    ),
    # a Malaysian district council the gazetteer lacks, its state and country after it
    "district-council": Probe(
        "Bupati Sambas menerima lawatan dari Majlis Daerah Kudat, Sabah Malaysia, di Kantor "
        "Bupati, Senin (15/9/2025).",
        frozenset({"Kudat"}),
        forbid=("Sabah",),
    ),
    # the items of a bulleted list of ties, under the line that tells them
    "bulleted-list-of-ties": Probe(
        "Wali Kota Bandung menerima kunjungan Duta Besar Jepang, Senin (15/9/2025).\n\n"
        "Sekda menyampaikan Pemkot Bandung memiliki kerja sama sister city dengan kota-kota "
        "berikut:\n\n- Kota Suwon, Korea Selatan, sejak 1997;\n- Kota Hamamatsu, Jepang, sejak "
        "2001;\n- Kota Braunschweig, Jerman, sejak 1960.",
        frozenset({"Jepang", "Suwon", "Hamamatsu", "Braunschweig"}),
    ),
    # the other way: a bulleted list of what a visit saw names no ties
    "bulleted-list-of-sights": Probe(  # guard
        "Wali Kota Bandung menerima kunjungan Duta Besar Jepang, Senin (15/9/2025).\n\n"
        "Rombongan juga mengunjungi beberapa tempat berikut di Bandung:\n\n"
        "- Museum Konferensi Asia Afrika, Bandung;\n- Taman Hutan Raya Juanda, Bandung;\n"
        "- Kawah Putih, Ciwidey.",
        frozenset({"Jepang"}),
    ),
    # a background tie told after a call ("a sister city of X since 1997")
    "background-sister-city-of": Probe(
        "The mayor of Bandung received the Korean ambassador on Monday, September 15, 2025. "
        "Bandung has been a sister city of Suwon since 1997.",
        frozenset({"Suwon"}),
    ),
    "background-since": Probe(  # guard
        "Wali Kota Bandung menerima kunjungan Duta Besar Korea Selatan, Senin (15/9/2025). "
        "Bandung juga memiliki hubungan sister city dengan Suwon sejak 1997.",
        frozenset({"Korea Selatan", "Suwon"}),
    ),
    # a foreign government's news page: its head named without the place
    "partner-side-head-unplaced": Probe(
        "Gwangju Metropolitan City News\n\nMayor Kang Gi-jung welcomed a delegation from "
        "Makassar City, Indonesia, on 3 May 2024 to discuss the sister city partnership between "
        "the two cities.",
        frozenset({"Gwangju"}),
        local="Makassar",
    ),
    # the other way: a page whose sentences name the acting foreign place keep it
    "partner-side-head-placed": Probe(  # guard
        "Gwangju Metropolitan City News\n\nThe Mayor of Daegu welcomed a delegation from "
        "Makassar City, Indonesia, on 3 May 2024 to discuss the sister city partnership between "
        "the two cities.",
        frozenset({"Daegu"}),
        forbid=("Gwangju",),
        local="Makassar",
    ),
    # a foreign government's page about its tie: its signing line misspells our city
    "partner-side-page": Probe(
        "Gwangju Metropolitan City\n\nMakassar : a port city in South Sulawesi, Indonesia\n\n"
        "Makassar is the largest city of eastern Indonesia.\n\nMr. Kang Un-tae, Mayor of "
        "Gwangju and Mr. Amiruddin, Mayor of Mkassra signed an agreement to establish sister "
        "city relations on May 1 1997",
        frozenset({"Gwangju"}),
        local="Makassar",
    ),
}

# real17-real19's first sight (i32b): a town the gazetteer lacks with its region's kind word run
# on ("distrik X Provinsi Y"), a place given as an example under a condition, an envoy on a group
# tour of many countries' envoys, a count of places named by the next sentence, a country's
# delegation led by a body's head, Indonesia's embassy meeting on its own, members sought
# among a nation's mayors at large. Other names than
# real17-19's; main f87eb6b got every one wrong but those marked "guard".
PROBES |= {
    # a town the gazetteer lacks, then its province's kind word and name with no comma
    "town-then-province-kind-word": Probe(
        "Bupati Sleman menandatangani MoU dengan Kota Xiuning Provinsi Anhui, Senin (15/9/2025).",
        frozenset({"Xiuning"}),
        forbid=("Anhui",),
    ),
    "district-then-province-kind-word": Probe(
        "Kerja sama sister city antara Kabupaten Sleman dan distrik Xiuning Provinsi Anhui "
        "China telah berjalan sejak tahun 2009, kata Bupati Sleman, Senin (15/9/2025).",
        frozenset({"Xiuning"}),
        forbid=("Anhui",),
    ),
    "town-then-prefecture-kind-word": Probe(
        "Wali Kota Bogor menandatangani MoU dengan Kota Shimanto Prefektur Kochi Jepang, "
        "Senin (15/9/2025).",
        frozenset({"Shimanto"}),
        forbid=("Kochi",),
    ),
    # guard: a known town with its province after it stays the town
    "known-town-then-province": Probe(  # guard
        "Bupati Sleman menandatangani MoU dengan Kota Huangshan Provinsi Anhui, Senin (15/9/2025).",
        frozenset({"Huangshan"}),
        forbid=("Anhui",),
    ),
    # guard: a province alone after the kind word is the partner
    "province-alone": Probe(  # guard
        "Bupati Sleman menandatangani MoU dengan Provinsi Anhui, Senin (15/9/2025).",
        frozenset({"Anhui"}),
    ),
    # a place given as an example of what could be done, under a condition: no party
    "example-under-a-condition": Probe(
        "The Sleman Regency DPRD members conducted a work visit to Surabaya City DPRD, Monday "
        "(15/9). The chairman said the purpose was to study the mechanisms of Sister City "
        'cooperation applied in Surabaya. "Just make a report to Home Ministry. And then send a '
        'letter if you want to make cooperation with Daegu DPRD for instance," he said.',
        frozenset(),
        forbid=("Daegu",),
    ),
    # guard: an example mark alone names a real partner
    "example-of-a-real-tie": Probe(  # guard
        "Kota Busan, misalnya, telah menandatangani MoU sister city dengan Pemkab Sleman pada 2010.",
        frozenset({"Busan"}),
    ),
    # guard: a condition alone is still a plan with the place
    "condition-without-an-example": Probe(  # guard
        "Wali Kota Bogor mengatakan, jika ingin kerja sama dengan Busan, Pemkot Bogor siap.",
        frozenset({"Busan"}),
    ),
    # one envoy's part in a group tour of envoys from many countries: no bilateral call
    "envoy-on-a-group-tour": Probe(
        "Sebanyak 15 delegasi internasional dari 10 negara dan organisasi internasional "
        "melakukan kunjungan kerja ke Sleman dalam rangkaian acara Ambassador Goes to Village "
        "pada Senin (15/9/2025). Deputy Head of Mission Kedubes Chile Pablo Soto mengaku "
        "terkesima dengan keindahan hutan di Sleman. Hal senada diungkapkan Duta Besar Vietnam "
        "Ta Van Thong yang mengunjungi Candi Prambanan dan kagum terhadap keindahannya.",
        frozenset(),
        forbid=("Vietnam", "Chile"),
    ),
    # guard: an envoy's own call on the regent is a meeting with his country
    "envoy-calling-alone": Probe(  # guard
        "Bupati Sleman menerima kunjungan Duta Besar Vietnam Ta Van Thong di Pendopo Sleman, "
        "Senin (15/9/2025), membahas kerja sama pariwisata.",
        frozenset({"Vietnam"}),
    ),
    # a count of places named in the next paragraph by the same count; "The ..." is no name
    "counted-list-next-paragraph": Probe(
        "The Central Java provinicial administration has established sister province "
        "relationships with four Japan's prefectures.\n\nThe four Japan's prefectures are Osaka, "
        "Kyoto, Hiroshima and Aichi.\n\nCentral Java Governor Ganjar Pranowo said on Tuesday.",
        frozenset({"Osaka", "Kyoto", "Hiroshima", "Aichi"}),
        local="Jawa Tengah",
    ),
    "counted-list-next-sentence": Probe(
        "Pemprov Jawa Tengah telah menjalin kerja sama sister province dengan tiga provinsi di "
        "China. Ketiga provinsi itu adalah Fujian, Hunan dan Sichuan.",
        frozenset({"Fujian", "Hunan", "Sichuan"}),
        local="Jawa Tengah",
    ),
    # a country's "delegation" led by a research centre's director with company executives
    "delegation-led-by-a-body": Probe(
        "Bupati Sleman menjajaki peluang kerja sama internasional dengan menerima audiensi dari "
        "delegasi Vietnam di Jakarta, Rabu (10/9/2025). Pertemuan ini difokuskan pada investasi "
        "pertanian. Delegasi Vietnam dipimpin Direktur Hanoi Center for Agricultural Studies, "
        "Nguyen Van An, didampingi petinggi perusahaan Vinagro.",
        frozenset(),
        forbid=("Vietnam",),
    ),
    # guard: led by a minister, the delegation is the government's
    "delegation-led-by-a-minister": Probe(  # guard
        "Bupati Sleman menjajaki peluang kerja sama internasional dengan menerima audiensi dari "
        "delegasi Vietnam di Jakarta, Rabu (10/9/2025). Pertemuan ini difokuskan pada investasi "
        "pertanian. Delegasi Vietnam dipimpin Wakil Menteri Pertanian, Nguyen Van An.",
        frozenset({"Vietnam"}),
    ),
    # Indonesia's embassy meets a foreign governor, no local government of ours: no record
    "our-embassy-meets-alone": Probe(
        "Sebagai bagian dari upaya KBRI Seoul memperkuat kerjasama Indonesia – Korea, Duta Besar "
        "RI telah melakukan serangkaian pertemuan dengan Gubernur Provinsi Gyeonggi di Suwon pada "
        "14 Februari 2025, membahas potensi kerjasama perdagangan.",
        frozenset(),
        forbid=("Gyeonggi",),
    ),
    # guard: our regent meets him, the embassy beside him
    "our-embassy-beside-the-regent": Probe(  # guard
        "Bupati Sleman didampingi KBRI Seoul melakukan pertemuan dengan Gubernur Provinsi "
        "Gyeonggi di Suwon pada 14 Februari 2025, membahas potensi kerjasama perdagangan.",
        frozenset({"Gyeonggi"}),
    ),
    # a city inviting a nation's mayors at large to join an organisation it founded: no record
    "members-sought-at-large": Probe(
        "Dalam kesempatan terpisah, Wali Kota Nagasaki menyampaikan undangan kepada wali kota di "
        "Indonesia untuk menjadi anggota organisasi dunia Cities for Peace yang diprakarsai oleh "
        "Kota Nagasaki pada 1985.",
        frozenset(),
        forbid=("Nagasaki",),
    ),
    # guard: one of our governments invited stays a record
    "member-invited-by-name": Probe(  # guard
        "Wali Kota Nagasaki mengundang Pemkot Bogor untuk menjadi anggota organisasi dunia Cities "
        "for Peace yang diprakarsai oleh Kota Nagasaki pada 1985.",
        frozenset({"Nagasaki"}),
    ),
}


def test_a_document_signed_at_a_visit_is_one_record_dated_by_the_visit() -> None:
    # real15's Rotterdam: "melakukan penandatanganan MoU" told of the dated visit; main
    # d79659c drafted the visit and an undated MoU.
    text = (
        "Gubernur Jawa Barat menyambut kunjungan Wali Kota Gwangju, Korea Selatan, beserta "
        "delegasinya di Gedung Sate, Senin (15/9/2025). Gubernur juga melakukan "
        "penandatanganan MoU dengan Gwangju tentang pendidikan."
    )
    drafts = to_json([extract(text, published=PUBLISHED)])
    assert [(d["partner"], d["type"], d["date"]) for d in drafts] == [
        ("Gwangju", "mou", "2025-09-15")
    ]
    # the other way: a document signed long before the visit is its own record
    text = text.replace(
        "Gubernur juga melakukan penandatanganan MoU dengan Gwangju tentang pendidikan.",
        "Kedua daerah telah menandatangani MoU kerja sama pendidikan pada 2010.",
    )
    drafts = to_json([extract(text, published=PUBLISHED)])
    assert sorted((d["type"], d["date"]) for d in drafts) == [
        ("mou", "2010"),
        ("visit", "2025-09-15"),
    ]


@pytest.mark.parametrize("name", sorted(PROBES))
def test_partner_kinds(name: str) -> None:
    probe = PROBES[name]
    drafts = to_json([extract(probe.text, published=PUBLISHED)])
    partners = {d["partner"] for d in drafts}
    assert partners == probe.partners, drafts
    assert not partners & set(probe.forbid)
    if probe.local is not None:
        assert {d["local_party"] for d in drafts} == {probe.local}
