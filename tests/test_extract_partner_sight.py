"""Probe sentences for which partners are drafted, generalised from real17-real19's first sight
(issue 23): a town the gazetteer lacks vouched for by its kind word and its region's kind word run
on without a comma ("distrik X Provinsi Y"); a place given as an example under a condition; an
envoy on a group tour of many countries' envoys; a count of places named by the next sentence;
a country's delegation led by a body's head; Indonesia's embassy meeting on its own.
Written with names other than real17-19's (Sleman, Anhui, Xiuning, Kochi, Shimanto, Daegu,
Vietnam, Osaka ...).

Each probe names the partners its drafts must carry (`partners`, exactly, as a set) and those no
draft may carry (`forbid`). Main f87eb6b got every probe wrong but those marked "guard", which hold
what main already got right the other way."""

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
}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_partner_sight(name: str) -> None:
    probe = PROBES[name]
    drafts = to_json([extract(probe.text, published=PUBLISHED)])
    partners = {d["partner"] for d in drafts}
    assert partners == probe.partners, drafts
    assert not partners & set(probe.forbid)
    if probe.local is not None:
        assert {d["local_party"] for d in drafts} == {probe.local}
