"""Probe sentences for a foreign mission's call received by our government, the reception the
only word of it (issue 23, real23–25's whole records missed): a mission named by its kind
("menerima tamu: perwakilan Konsulat ...", "menerima kunjungan Konsulat ... di Surabaya"), a
nationality before the consulate ("the Japanese Consulate General (Konjen) in Denpasar"), an
ambassador received to discuss opportunities, and a country spelt the standard Indonesian way
that pycountry's catalogue lacks ("Duta Besar Etiopia").

Written with names other than the corpus's (Banyuwangi, Kupang, Chile, Sri Lanka, Australia,
Mexico ...). Each probe gives the (partner, type, local party) of every draft, exactly; the
mirrors (our own consulate, a consulate as a venue, a call still to come, a consulate beside
its country's city that acts) hold that no record is invented from them."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

PUBLISHED = dt.date(2025, 9, 17)


def _drafts(text: str) -> set[tuple[str, str, str]]:
    return {
        (d["partner"], d["type"], d["local_party"])
        for d in to_json([extract(text, published=PUBLISHED)])
    }


PROBES: dict[str, tuple[str, set[tuple[str, str, str]] | None]] = {
    # real23's Blitar: a consulate's representatives received, no word of a visit
    "a-consulates-people-received": (
        "Jumat (12/9/2025), Bupati Banyuwangi, Ipuk Fiestiandani, menerima tamu istimewa: "
        "perwakilan Konsulat Australia. Pertemuan yang berlangsung hangat itu menjadi langkah "
        "awal kerja sama antara Kabupaten Banyuwangi dan Negeri Kanguru.",
        {("Australia", "meeting", "Banyuwangi")},
    ),
    # real25's Manado: the consulate's visit received, its seat after it
    "a-consulates-visit-received": (
        "Walikota Kupang menerima kunjungan Konsulat Jepang di Denpasar di ruang kerja "
        "Walikota, Selasa (9/9/2025). Kunjungan ini untuk menjajaki kerja sama pariwisata.",
        {("Jepang", "meeting", "Kupang")},
    ),
    # real25's Lampung: "Etiopia", the standard Indonesian spelling
    "an-indonesian-spelling-chile": (
        "Gubernur Sumatera Barat menerima audiensi dari Duta Besar Cile untuk Indonesia, Mario "
        "Artaza, di Istana Gubernuran, Rabu (10/9/2025).",
        {("Cile", "meeting", "Sumatera Barat")},
    ),
    "an-indonesian-spelling-sri-lanka": (
        "Gubernur Sumatera Barat menerima audiensi dari Duta Besar Srilanka untuk Indonesia di "
        "Istana Gubernuran, Rabu (10/9/2025).",
        {("Srilanka", "meeting", "Sumatera Barat")},
    ),
    # real24's Bali: a nationality, the consulate, its initials, then its seat
    "a-nationality-before-the-consulate": (
        "This was revealed when Governor Mirza of Lampung received the Australian Consulate "
        "General (KJA) in Makassar, Mr. Todd Dias at his office on Monday (8/9/2025).",
        {("Australia", "meeting", "Lampung")},
    ),
    # real24's Jakarta: the ambassador received to discuss opportunities (explored, not
    # planned: the call itself happened)
    "an-ambassador-received-to-discuss": (
        "The Governor of Central Java Ahmad Luthfi received Ambassador of Mexico to Indonesia Armando Arriazola at "
        "Puri Gedeh to discuss multisectoral cooperation opportunities in Central Java.",
        {("Mexico", "meeting", "Jawa Tengah")},
    ),
    # --- mirrors: no record ---------------------------------------------------------------
    "our-own-consulate": (
        "Jumat (12/9/2025), Bupati Banyuwangi, Ipuk Fiestiandani, menerima tamu istimewa: "
        "perwakilan Konsulat Jenderal RI di Perth. Pertemuan itu menjadi langkah awal.",
        set(),
    ),
    "a-consulate-as-a-venue": (
        "The Governor of Lampung attended a reception at the Australian Consulate General in "
        "Makassar on Monday (8/9/2025).",
        set(),
    ),
    "a-call-still-to-come": (
        "Walikota Kupang akan menerima kunjungan Konsulat Jepang di Denpasar pekan depan.",
        set(),
    ),
    # real7's Siak: at the consulate, talk of ties with the country's own states, which act
    "a-consulate-beside-its-countrys-states": (
        "Bertempat di Kantor Konsulat Malaysia, Pekanbaru, Bupati Bengkalis bertemu dengan "
        "pejabat Konsulat Malaysia Ahmad Fadzli, sembari membahas penjajakan kerja sama dengan "
        "Negeri Johor dan Negeri Pahang.",
        None,  # Johor and Pahang only: see test_a_consulate_beside_its_countrys_states
    ),
}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_a_missions_call_received(name: str) -> None:
    text, wanted = PROBES[name]
    if wanted is None:
        assert {partner for partner, _, _ in _drafts(text)} == {"Johor", "Pahang"}
    else:
        assert _drafts(text) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "Governor Pramono Anung received Ambassador of Mexico to Indonesia Armando Arriazola at "
        "the Jakarta City Hall to discuss multisectoral cooperation opportunities in Jakarta. "
        "Apart from discussing cooperation opportunities, the governor also expressed gratitude "
        "for the assistance provided by the late former Guadalajara Mayor Pablo Lemus.",
        "Gubernur Jawa Tengah Ahmad Luthfi menerima Duta Besar Meksiko untuk Indonesia, Armando "
        "Arriazola, di Puri Gedeh untuk menjajaki peluang kerja sama multisektor. Selain "
        "membahas peluang kerja sama, Gubernur juga berterima kasih atas bantuan mendiang "
        "mantan Wali Kota Guadalajara, Pablo Lemus.",
    ],
)
def test_an_ambassador_received_to_explore_beside_a_city_of_his_country(text: str) -> None:
    # real24's Jakarta: the call explores cooperation, and a city of his country is named for
    # past help; the reception is still his country's meeting (it happened)
    assert {(p, t) for p, t, _ in _drafts(text) if t == "meeting"} in (
        {("Mexico", "meeting")},
        {("Meksiko", "meeting")},
    )


# (partner, type, date) of every draft
LISTED: dict[str, tuple[str, set[tuple[str, str, str | None]]]] = {
    # real22's Riau: an embassy delegation from countries named one by one, received
    "delegations-from-countries-named": (
        "Gubernur Jambi Al Haris menyambut kedatangan delegasi kedutaan besar dari Kenya, Peru, "
        "Chile, serta sejumlah perwakilan negara sahabat lainnya, Selasa (19/8/2025). Dalam "
        "pertemuan tersebut, Gubernur menawarkan peluang investasi.",
        {
            ("Kenya", "meeting", "2025-08-19"),
            ("Peru", "meeting", "2025-08-19"),
            ("Chile", "meeting", "2025-08-19"),
        },
    ),
    # real25's Aceh: the host envoy's audience, the others present at it, each its meeting
    "envoys-present-at-the-audience": (
        "Gubernur Sumatera Barat melakukan audiensi dengan Duta Besar Mesir untuk Indonesia di "
        "Jakarta, Sabtu (5/7/2025). Dalam kesempatan yang sama, hadir pula sejumlah duta besar "
        "dari negara Afrika lainnya seperti Maroko, Tunisia, dan Aljazair.",
        {
            ("Mesir", "meeting", "2025-07-05"),
            ("Maroko", "meeting", "2025-07-05"),
            ("Tunisia", "meeting", "2025-07-05"),
            ("Aljazair", "meeting", "2025-07-05"),
        },
    ),
    "ambassadors-of-countries-in-english": (
        "The Governor of Bali received the ambassadors of Chile, Peru and Colombia at Jaya "
        "Sabha on Tuesday (9/9/2025) to discuss investment.",
        {
            ("Chile", "meeting", "2025-09-09"),
            ("Peru", "meeting", "2025-09-09"),
            ("Colombia", "meeting", "2025-09-09"),
        },
    ),
    # --- mirrors ----------------------------------------------------------------------------
    "envoys-received-earlier": (
        "Gubernur Jambi menerima kunjungan Wali Kota Cusco, Selasa (9/9/2025). Sebelumnya, "
        "Gubernur juga menerima duta besar dari Kenya dan Peru.",
        {("Cusco", "visit", "2025-09-09")},
    ),
    "envoys-to-come": (
        "Gubernur Jambi akan menerima duta besar dari Kenya dan Peru pekan depan untuk membahas "
        "investasi.",
        set(),
    ),
    "a-group-tour-of-envoys": (
        "Bupati Banyuwangi menyambut 17 duta besar dari 12 negara, seperti Kenya, Peru dan "
        "Chile, yang berwisata ke Kawah Ijen, Selasa (9/9/2025).",
        set(),
    ),
    "countries-named-beside-one-envoy": (
        "Gubernur Jambi menerima Duta Besar Kenya untuk Indonesia, Selasa (9/9/2025). Kenya dan "
        "Peru dikenal sebagai produsen kopi.",
        {("Kenya", "meeting", "2025-09-09")},
    ),
}


@pytest.mark.parametrize("name", sorted(LISTED))
def test_envoys_of_countries_named_one_by_one(name: str) -> None:
    text, wanted = LISTED[name]
    drafts = to_json([extract(text, published=PUBLISHED)])
    assert {(d["partner"], d["type"], d["date"]) for d in drafts} == wanted


@pytest.mark.parametrize(
    "text",
    [
        # real26's Dumai-Melaka: "jamu makan malam Ketua Menteri Melaka dari Malaysia" was no visit
        "Walikota Batam H. Budi, SKM., jamu makan malam Ketua Menteri Johor dari Malaysia, Datuk "
        "Onn Hafiz bertempat di kediaman Walikota Batam, Jumat (10/06/2022).",
        "The Mayor of Batam hosted a dinner for the Chief Minister of Johor, Malaysia, Datuk Onn "
        "Hafiz, at his residence on Friday (10/06/2022).",
        "Wali Kota Batam menjamu Ketua Menteri Johor di rumah dinasnya, Jumat (10/06/2022).",
    ],
)
def test_a_foreign_head_hosted_at_table_is_a_visit(text: str) -> None:
    assert _drafts(text) == {("Johor", "visit", "Batam")}


def test_jamu_the_herbal_drink_is_no_reception() -> None:
    text = (
        "Bupati Sleman membuka festival jamu tradisional bersama Duta Besar Jepang, Jumat "
        "(10/06/2022)."
    )
    assert not any(t == "visit" for _, t, _ in _drafts(text))


@pytest.mark.parametrize(
    "text",
    [
        # real26's Banyuwangi-Tunisia: "menerima kunjungan Dubes RI untuk Tunisia serta
        # perwakilan pemerintahan Tunisia" drafted nothing
        "Bupati Sleman Budi menerima kunjungan Dubes RI untuk Maroko serta perwakilan "
        "pemerintahan Maroko dan jurnalis, Sabtu (7/9/2024).",
        "Bupati Sleman Budi menerima kunjungan delegasi Pemerintah Maroko, Sabtu (7/9/2024).",
        # "rombongan Tunisia menjelajahi ...": the country's party
        "Bupati Sleman Budi Santoso menyambut rombongan Maroko di Pendopo Sleman, Sabtu "
        "(7/9/2024).",
    ],
)
def test_a_national_governments_people_received_are_its_visit(text: str) -> None:
    assert _drafts(text) == {("Maroko", "visit", "Sleman")}


def test_our_own_ambassador_alone_brings_no_country() -> None:
    text = "Bupati Sleman Budi menerima kunjungan Dubes RI untuk Maroko, Sabtu (7/9/2024)."
    assert _drafts(text) == set()


def test_a_partys_private_travellers_bring_no_country() -> None:
    text = "Rombongan pelajar Maroko berkunjung ke Kabupaten Sleman, Sabtu (7/9/2024)."
    assert _drafts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # real27's Jabar-Latin America: "Direktur Kantor Dagang Peru di Indonesia" called on the
        # governor with two envoys; Peru was lost and the others' calls read as office openings
        "Gubernur Riau menerima kunjungan Direktur Kantor Dagang Chile di Indonesia Juan Perez di "
        "Gedung Daerah, Selasa (15/12/2025).",
    ],
)
def test_a_posted_trade_offices_head_calling_is_its_countrys_meeting(text: str) -> None:
    assert _drafts(text) == {("Chile", "meeting", "Riau")}


def test_a_trade_office_opened_is_still_an_office_opening() -> None:
    text = (
        "Wali Kota Bandung bersama Wali Kota Suwon meresmikan Kantor Dagang Kota Suwon, Selasa "
        "(15/12/2025)."
    )
    assert _drafts(text) == {("Suwon", "office_opening", "Bandung")}


# real28's Sumut: the consuls present named one by one by their titles ("Konjen Singapura X,
# Plt Konjen China Y, dan Konjen India Z"), no "envoys of" before the list.
TITLED_LIST: dict[str, tuple[str, set[tuple[str, str, str]]]] = {
    "konjen-titled-one-by-one": (
        "Rabu (10/9/2025), Sekda Provinsi Riau menerima kunjungan para konsul jenderal di "
        "ruang kerjanya. Adapun konjen yang hadir ialah Konjen Thailand Somchai Wong, Plt "
        "Konjen Korea Selatan Kim Min, dan Konjen Australia Peter Lee.",
        {
            ("Thailand", "meeting", "Riau"),
            ("Korea Selatan", "meeting", "Riau"),
            ("Australia", "meeting", "Riau"),
        },
    ),
    "consuls-general-titled-english": (
        "On Wednesday, 10 September 2025, Riau Governor Abdul Wahid received the consuls "
        "general in his office. Present were Consul General of Thailand Somchai Wong and "
        "Consul General of Australia Peter Lee.",
        {("Thailand", "meeting", "Riau"), ("Australia", "meeting", "Riau")},
    ),
}
# Mirrors: the titled envoys are only quoted, or present at a call still to come.
TITLED_LIST_MIRRORS = [
    "Rabu (10/9/2025), Sekda Provinsi Riau mengatakan Konjen Thailand Somchai Wong dan Konjen "
    "Australia Peter Lee pernah berbicara tentang pariwisata.",
    "Sekda Provinsi Riau dijadwalkan akan menerima Konjen Thailand Somchai Wong dan Konjen "
    "Australia Peter Lee pekan depan.",
]


@pytest.mark.parametrize("text,want", TITLED_LIST.values(), ids=list(TITLED_LIST))
def test_titled_envoys_present_one_by_one_are_a_meeting_each(
    text: str, want: set[tuple[str, str, str]]
) -> None:
    assert _drafts(text) == want


@pytest.mark.parametrize("text", TITLED_LIST_MIRRORS)
def test_titled_envoys_not_received_bring_no_meeting(text: str) -> None:
    assert _drafts(text) == set()


# real28's Central Java: a delegation of a region's countries received, then "Mereka adalah
# Kepala Perwakilan Kolombia X; Konselor Chili Y; ... dan Dubes Designate Kuba Z": the
# envoys named one by one in the sentence after the reception, a meeting each.
THEY_ARE: dict[str, tuple[str, set[tuple[str, str, str]]]] = {
    "mereka-adalah": (
        "Gubernur Sulawesi Selatan menerima kunjungan kehormatan dari delegasi negara-negara "
        "Afrika di kantornya pada Senin, 8 September 2025. Mereka adalah Kepala Perwakilan "
        "Kenya Amos Otieno; Konselor Ghana Kofi Mensah; dan Dubes Designate Senegal Awa Diop.",
        {
            ("Kenya", "meeting", "Sulawesi Selatan"),
            ("Ghana", "meeting", "Sulawesi Selatan"),
            ("Senegal", "meeting", "Sulawesi Selatan"),
        },
    ),
    "they-were": (
        "On Monday, 8 September 2025, South Sulawesi Governor Andi Sudirman received a "
        "delegation of African envoys in his office. They were the Head of Mission of Kenya, "
        "Amos Otieno, and the Counsellor of Ghana, Kofi Mensah.",
        {("Kenya", "meeting", "Sulawesi Selatan"), ("Ghana", "meeting", "Sulawesi Selatan")},
    ),
}
# Mirrors: the countries after "Mereka adalah" are where the governor's students go, or the
# delegation is still to come.
THEY_ARE_MIRRORS = [
    "Gubernur Sulawesi Selatan menerima para mahasiswa penerima beasiswa di kantornya pada "
    "Senin, 8 September 2025. Mereka adalah mahasiswa yang akan belajar di Kenya dan Ghana.",
    "Gubernur Sulawesi Selatan dijadwalkan akan menerima delegasi negara-negara Afrika pekan "
    "depan. Mereka adalah Kepala Perwakilan Kenya Amos Otieno dan Konselor Ghana Kofi Mensah.",
]


@pytest.mark.parametrize("text,want", THEY_ARE.values(), ids=list(THEY_ARE))
def test_envoys_named_after_their_reception_are_a_meeting_each(
    text: str, want: set[tuple[str, str, str]]
) -> None:
    assert _drafts(text) == want


@pytest.mark.parametrize("text", THEY_ARE_MIRRORS)
def test_they_are_without_envoys_received_brings_no_meeting(text: str) -> None:
    assert _drafts(text) == set()


# real28's Jember: "Bupati ... menerima kunjungan konsulat Jepang di Pendapa ...": the mission
# written in lower case is received all the same.
LOWER_MISSION = (
    "Selasa (9/9/2025), Bupati Banyuwangi Ipuk Fiestiandani menerima kunjungan konsulat "
    "Australia di Pendapa Sabha Swagata. Keduanya membahas peluang kerja sama."
)
# Mirrors: a visit to the consulate's office (a venue), a call still to come.
LOWER_MISSION_MIRRORS = [
    "Selasa (9/9/2025), Bupati Banyuwangi Ipuk Fiestiandani mengurus dokumen di kantor "
    "konsulat Australia di Surabaya.",
    "Bupati Banyuwangi Ipuk Fiestiandani dijadwalkan akan menerima kunjungan konsulat "
    "Australia pekan depan.",
]


def test_a_lower_case_mission_received_is_its_countrys_meeting() -> None:
    assert _drafts(LOWER_MISSION) == {("Australia", "meeting", "Banyuwangi")}


@pytest.mark.parametrize("text", LOWER_MISSION_MIRRORS)
def test_a_lower_case_mission_not_received_brings_no_meeting(text: str) -> None:
    assert _drafts(text) == set()
