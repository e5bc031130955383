"""Probe sentences for the partner test (issue 23, extract/acting.py): a place is a partner only
where a foreign government of it acts: its head or office named, a signing or tie told with it,
or an envoy of its country calling. Written with names other than real11's and real12's
(Darwin, Moskow, Northern Territory, Palmerston, Sarawak, Tiba, Rika, Roterdam, Arab Saudi ...),
each kind of invented partner and each kind of evidence with its own probe. Main d846347, before
the partner test, drafted the forbidden name of every probe but those marked "guard" (kept so
the test cannot lose what main already got right).

A probe with a partner expects a draft for it with that country; `forbid` names no draft may
carry; `nothing` expects no draft at all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import same_partner


@dataclass(frozen=True)
class Probe:
    text: str
    partner: str | None = None
    country: str | None = None
    forbid: tuple[str, ...] = ()
    nothing: bool = False


SLEMAN = "Bupati Sleman Kustini Sri Purnomo "
PROBES: dict[str, Probe] = {
    # --- never enough -----------------------------------------------------------------------
    # the seat of an Indonesian mission, with or without "di"
    "seat-konsul-ri-di": Probe(  # guard
        SLEMAN + "menerima kunjungan Konsul RI di Perth, Budi Santoso, untuk membahas kerja "
        "sama perdagangan, Selasa (4/7/2023).",
        forbid=("Perth",),
    ),
    "seat-konsul-ri-bare": Probe(
        "Asisten I Setda Sleman menerima kunjungan silaturahmi dari Konsul RI Vancouver, Budi "
        "Santoso, bersama rombongan di ruang rapat, Sabtu (2/12/24). Dalam kunjungan tersebut, "
        "turut hadir Konsul Ekonomi KRI Vancouver, Lucky Nugraha.",
        forbid=("Vancouver",),
    ),
    "seat-dubes-ri-untuk": Probe(  # guard
        SLEMAN + "menerima kunjungan Duta Besar RI untuk Hungaria, Ahmad Fauzi, membahas "
        "kerja sama pariwisata, Selasa (4/7/2023).",
        forbid=("Hungaria",),
    ),
    # a past post is no envoy calling
    "envoy-past-post": Probe(
        "Kerja sama itu makin kuat dengan kehadiran gubernur baru yang pernah menjabat sebagai "
        "mantan Dubes Meksiko, kata Sekda, Selasa (4/7/2023).",
        forbid=("Meksiko", "Mexico"),
    ),
    # a list of countries
    "list-of-countries": Probe(
        "Pemerintah Kota Ternate menyebut produk pala daerahnya telah menembus pasar Kanada, "
        "Brasil, Meksiko dan Jerman berkat kerja sama perdagangan.",
        forbid=("Kanada", "Brasil", "Meksiko", "Jerman"),
    ),
    "list-of-envoys": Probe(  # guard
        "Sejumlah duta besar pernah melakukan kunjungan kerja di Sleman, di antaranya Dubes "
        "Kanada, Dubes Brasil dan Dubes Meksiko.",
        forbid=("Kanada", "Brasil", "Meksiko"),
    ),
    # a capital or region beside the partner city: the most specific acting one stays
    "capital-beside-city": Probe(  # guard
        "Kota Yekaterinburg, Moskow, Rusia menyatakan keinginannya menjalin kerja sama sister "
        "city dengan Kota Bandung. Kota Bandung dikenal di Kota Moskow.",
        forbid=("Moskow", "Moscow"),
    ),
    "region-beside-city": Probe(
        "Hubungan kota kembar antara Kota Kupang dan Cairns, Ibu Kota Negara Bagian Australia "
        "Timur Laut (Queensland) segera ditandatangani Wali Kota Cairns Terry James.",
        "Cairns",
        "AU",
        forbid=("Queensland",),
    ),
    "country-beside-city": Probe(  # guard
        "Pemkot Semarang menandatangani MoU dengan Pemerintah Kota Adelaide, Senin "
        "(10/7/2023). Kerja sama antara Semarang dan Australia itu mencakup pendidikan.",
        "Adelaide",
        "AU",
        forbid=("Australia",),
    ),
    # an envoy only quoted on a tie of a city (here one the gazetteer lacks) does not call
    "envoy-quoted": Probe(
        '"Pemerintah Federal Australia siap hidupkan kembali konsep kota kembar antara Kupang '
        'dan Wagga Wagga," kata Duta Besar Australia untuk Indonesia, Greg Moriarty, di '
        "Kefamenanu, Minggu.",
        forbid=("Australia",),
    ),
    # a country paired with the local party in talk of the two nations' cooperation
    "country-paired-in-talk": Probe(
        "Gubernur Kalbar mengatakan banyak sektor yang dapat dikerjasamakan antar kedua negara "
        "khususnya antara Kalbar dan Brunei seperti penataan ekonomi kawasan perbatasan.",
        forbid=("Brunei",),
    ),
    # a capitalised word that is a gazetteer place only by chance
    "verb-at-start": Probe(
        "Tanpa menunggu lama, Pemkot Bogor menandatangani nota kesepahaman kerja sama bidang "
        "pendidikan, Senin (10/7/2023).",
        forbid=("Tanpa", "Tampa"),
    ),
    "first-name": Probe(
        "Kepala Bagian Kerja Sama Setda Kota Medan, Sofia, mengatakan penandatanganan MoU itu "
        "akan digelar bulan depan bersama Kota Ichikawa.",
        forbid=("Sofia",),
    ),
    # a venue, and a trip to a bare place
    "venue-of-signing": Probe(  # guard
        "Penandatanganan MoU antara Pemkot Surabaya dan Pemerintah Kota Kitakyushu dilakukan di "
        "Osaka, Senin (10/7/2023).",
        "Kitakyushu",
        "JP",
        forbid=("Osaka",),
    ),
    "bare-trip": Probe(
        "Kunjungan Wali Kota Bogor ke Tashkent ini menjadi tonggak baru, karena Indonesia kini "
        "memiliki kerja sama sister city dengan kota di Uzbekistan.",
        forbid=("Tashkent",),
    ),
    # --- enough -----------------------------------------------------------------------------
    "head-named": Probe(
        SLEMAN + "menerima kunjungan Wali Kota Ulsan, Korea Selatan, Kim Doo-gyeom, Selasa "
        "(4/7/2023).",
        "Ulsan",
        "KR",
    ),
    "head-premier": Probe(
        "Gubernur Jawa Tengah bertemu Perdana Menteri Tasmania di Hobart untuk membahas "
        "kerja sama pendidikan, Senin (3/6/2024).",
        "Tasmania",
        "AU",
    ),
    "office-named": Probe(
        "Delegasi Pemerintah Kota Gimhae, Korea Selatan, berkunjung ke Sleman, Selasa (4/7/2023).",
        "Gimhae",
        "KR",
    ),
    "signing-with": Probe(
        "Pemerintah Kabupaten Sleman menandatangani nota kesepahaman dengan Kota Toowoomba, "
        "Australia, Selasa (4/7/2023).",
        "Toowoomba",
        "AU",
    ),
    "tie-told-with": Probe(
        "Kabupaten Sleman telah menjalin kerja sama sister city dengan Kota Hamamatsu, Jepang, "
        "sejak 2015.",
        "Hamamatsu",
        "JP",
    ),
    "listed-ties": Probe(
        "Kabupaten Sleman telah menjalin sister city dengan Hamamatsu (Jepang) sejak 2015 dan "
        "Gimhae (Korea Selatan) sejak 2018.",
        "Gimhae",
        "KR",
    ),
    "envoy-calling": Probe(
        SLEMAN + "menerima kunjungan Duta Besar Meksiko untuk Indonesia, Armando Arriazola, "
        "di Pendopo Parasamya, Selasa (4/7/2023).",
        "Meksiko",
        "MX",
    ),
    "trip-to-a-government": Probe(
        "Wali Kota Malang dan rombongan melakukan kunjungan kerja ke Kota Hsinchu, Taiwan, untuk "
        "menjajaki kerja sama pendidikan, Senin (10/7/2023).",
        "Hsinchu",
        "TW",
    ),
}


@pytest.mark.parametrize("key", list(PROBES))
def test_partner_probe(key: str) -> None:
    probe = PROBES[key]
    drafts = to_json([extract(probe.text, name=key, published=dt.date(2023, 7, 15))])
    names = [d["partner"] for d in drafts]
    for bad in probe.forbid:
        assert not any(same_partner(bad, n) for n in names if n), f"{bad} drafted: {names}"
    if probe.nothing:
        assert not drafts, names
    if probe.partner is not None:
        found = [d for d in drafts if same_partner(probe.partner, d["partner"])]
        assert found, f"{probe.partner} not drafted: {names}"
        assert found[0]["country"] == probe.country, found[0]["country"]
