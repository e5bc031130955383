"""Probe sentences for the type and stage of a drafted record (issue 23, i23t). Each probe was
written, with what it should draft, before the rule it checks; none is taken from the corpus.

The lead's settled convention: a foreign envoy posted in Indonesia calling on us (or our call on
the mission) is a `meeting`; a delegation travelling between the two places is a `visit`; MoU
words are an `mou`, never an `agreement`; a tie told as existing is its own `sister_city` record
at the stage `signing`; a plan, hope, condition or preparation never drafts a signed type.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import extract_corpus
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import same_partner, stage_outcomes

SIGNED_TYPES = {"sister_city", "mou", "loi", "agreement"}


@dataclass(frozen=True)
class Probe:
    text: str
    partner: str
    rtype: str | None = None  # the type its draft must have
    stage: str | None = None  # the stage its draft must have (None: not checked)
    never: frozenset[str] = frozenset()  # types no draft of the partner may have


def _drafts(text: str) -> list[dict]:
    return to_json([extract(text, name="probe.txt")])


# An envoy posted in Indonesia (ambassador, consul general, consul, deputy ambassador) calling on
# our government, or our call on the mission: a meeting with the envoy's country, whatever verb
# of visiting the article uses.
ENVOY_CALLS: dict[str, Probe] = {
    # i32a: an envoy named by the nation's adjective in English ("the Georgian Ambassador")
    "en-envoy-named-by-a-nationality-met": Probe(
        "This plan followed a recent meeting between Jambi Governor Al Haris and the Georgian "
        "Ambassador to Indonesia, Tornike Nozadze.",
        "Georgia",
        "meeting",
        never=frozenset({"other", "visit"}),
    ),
    # i32a's mirror: the nation's companies are no envoy and no partner
    "en-companies-named-by-a-nationality": Probe(
        "Jambi Governor Al Haris met a delegation of Georgian tourism companies on Monday to "
        "discuss flights to Jambi.",
        "Georgia",
        never=frozenset({"meeting", "visit", "other"}),
    ),
    # i32a: the head of a consulate styled "Pejabat Utama Konsulat" (principal officer) is an envoy
    "id-principal-officer-of-a-consulate-calls": Probe(
        "Salah satu langkah konkretnya diwujudkan dalam kunjungan kehormatan Pejabat Utama "
        "Konsulat Jepang di Makassar, Kenji Sato, ke Kota Palu, Jumat (16/5/2025). Ketertarikan "
        "Konsul Jepang terhadap produk Palu menjadi sinyal positif bagi potensi kerja sama.",
        "Jepang",
        "meeting",
        never=frozenset({"other", "visit"}),
    ),
    "id-consul-general-received": Probe(
        "Wali Kota Pekalongan Afzan Arslan Djunaid menerima kunjungan Konsul Jenderal Jepang di "
        "Surabaya, Kenji Shinoda, di ruang kerjanya, Rabu (14/5/2025). Keduanya membahas "
        "peluang kerja sama di bidang pendidikan.",
        "Jepang",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-ambassador-comes-to-the-office": Probe(
        "Duta Besar Kanada untuk Indonesia, Jess Dutton, berkunjung ke Kantor Gubernur Sulawesi "
        "Tengah di Palu, Senin (3/2/2025). Kunjungan itu diterima langsung Gubernur Rusdy "
        "Mastura.",
        "Kanada",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-deputy-ambassador-courtesy-call": Probe(
        "Wakil Duta Besar Swiss, Anna Meier, melakukan kunjungan kehormatan kepada Gubernur Jambi "
        "Al Haris di rumah dinas gubernur, Selasa (8/10/2024), untuk menjajaki kerja sama "
        "pendidikan vokasi.",
        "Swiss",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-our-call-on-an-embassy": Probe(
        "Bupati Banyuwangi Ipuk Fiestiandani mengunjungi Kedutaan Besar Belanda di Jakarta, Kamis "
        "(6/6/2024), untuk membahas kerja sama pengelolaan air bersih.",
        "Belanda",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-an-envoys-plan-told-at-his-call": Probe(
        "Pemkot Palu kembali menjajaki kerja sama dengan sejumlah negara. Melalui Duta Besar "
        "Kanada, Jess Dutton, Kanada berencana membangun kerja sama di bidang pendidikan. "
        "Pertemuan ini masih sebatas penjajakan, kata Kepala Bagian Kerja Sama Kota Palu.",
        "Kanada",
        "meeting",
        "exploration",
    ),
    "id-the-mission-speaks-of-a-citys-tie": Probe(
        "Tiongkok berharap program sister city antara Kota Blitar dan Kota Lianyungang kembali "
        "terjalin. Tiongkok berharap program sister city kembali terjalin itu disampaikan "
        "Konsul Jenderal Tiongkok, Zhang Min, saat berkunjung ke Balai Kota Blitar, Jumat "
        "(22/11/2024).",
        "Tiongkok",
        "meeting",
        never=frozenset({"sister_city", "visit"}),
    ),
    "en-ambassador-visits-the-mayor": Probe(
        "The Ambassador of Canada to Indonesia, Jess Dutton, visited Malang Mayor Wahyu Hidayat "
        "at Malang City Hall on Tuesday (12/3/2024) to discuss cooperation in education.",
        "Canada",
        "meeting",
        never=frozenset({"visit"}),
    ),
}

# A delegation travelling between the two places is a visit, a consul along or a meeting word
# notwithstanding.
DELEGATIONS: dict[str, Probe] = {
    # i32a: a mayor's visit to one of our ministries, where our regent meets him: a third venue
    "id-talks-during-a-visit-to-a-ministry": Probe(
        "Bupati Karo Cory Sebayang mematangkan kerjasama dengan Walikota Kobe, Jepang, Kizo "
        "Hisamoto, saat kunjungan Walikota Kobe ke Kemendagri di Jakarta, Selasa (18/9/2018).",
        "Kobe",
        "meeting",
        never=frozenset({"visit"}),
    ),
    # i32a's mirror: the same mayor come to our regency is a visit
    "id-talks-during-a-visit-to-our-regency": Probe(
        "Bupati Karo Cory Sebayang mematangkan kerjasama dengan Walikota Kobe, Jepang, Kizo "
        "Hisamoto, saat kunjungan Walikota Kobe ke Kabanjahe, Selasa (18/9/2018).",
        "Kobe",
        "visit",
    ),
    # i32a: Indonesia's own embassy meets the partner's mayor: the tie is only talked of for us
    "id-our-embassy-meets-a-mayor": Probe(
        "KUAI KBRI Tokyo, Budi Santoso, telah melakukan serangkaian pertemuan dengan Walikota "
        "Kobe Kizo Hisamoto dan Walikota Himeji pada 14-15 Februari 2017. Pertemuan tersebut "
        "bertujuan membahas tindak lanjut rencana pembentukan sister city antara Kota Kobe dan "
        "Kabupaten Karo.",
        "Kobe",
        "other",
        never=frozenset({"meeting", "visit"}),
    ),
    # i32a's mirror: our regent meets the mayor, our embassy only goes along
    "id-our-embassy-goes-along-to-our-head-s-meeting": Probe(
        "Bupati Karo Cory Sebayang melakukan pertemuan daring dengan Walikota Kobe Kizo Hisamoto "
        "pada 14 Februari 2017 untuk membahas kerja sama pendidikan. Sekretaris Bidang Politik "
        "KBRI Tokyo Gina Anggraini juga menyertai pertemuan itu.",
        "Kobe",
        "meeting",
    ),
    # i32a: our envoy abroad meets the partner's mayor in its city, nobody of ours travels
    "en-our-ambassador-meets-a-mayor-in-his-city": Probe(
        "Ambassador Budi Santoso met with the Mayor of Bulawayo, Solomon Mguni, in the Mayor's "
        "Office in Bulawayo on 3 March 2016. Mayor Mguni looked forward to working with cities "
        "in Indonesia, especially Surabaya.",
        "Bulawayo",
        "other",
        never=frozenset({"meeting", "visit"}),
    ),
    # i32a's mirror: our own mayor meeting there is our event, not talk for us
    "en-our-mayor-meets-a-mayor-in-his-city": Probe(
        "Surabaya Mayor Eri Cahyadi met with the Mayor of Bulawayo, Solomon Mguni, in the "
        "Mayor's Office in Bulawayo on 3 March 2016. Mayor Mguni looked forward to working "
        "with Surabaya.",
        "Bulawayo",
        never=frozenset({"other"}),
    ),
    # i32a: a named guest received "who is here to" work on the tie has travelled to us
    "en-guest-received-who-is-here-for-the-tie": Probe(
        "Governor Al Haris made the remarks at City Hall on Thursday when he received "
        "Queensland's senior trade envoy John Smith who is here to further improve relations "
        "between Queensland and Jambi.",
        "Queensland",
        "visit",
        "implementation",
    ),
    # i32a's mirror: our own staff "who were here" are no guest
    "en-own-staff-who-were-here": Probe(
        "Governor Al Haris made the remarks at City Hall on Thursday when he received a report "
        "from his staff, who were here to further improve relations between Queensland and "
        "Jambi.",
        "Queensland",
        never=frozenset({"visit"}),
    ),
    # i32a's mirror: a city's principal officer travelling is no consulate's call
    "id-principal-officer-of-a-city-travels": Probe(
        "Pejabat Utama Pemerintah Kota Osaka, Kenji Sato, beserta rombongan berkunjung ke Kota "
        "Palu, Jumat (16/5/2025), untuk menjajaki kerja sama promosi budaya.",
        "Osaka",
        "visit",
        never=frozenset({"meeting"}),
    ),
    "id-mayor-comes-with-a-consul-along": Probe(
        "Wali Kota Kumamoto Kazufumi Onishi beserta rombongan berkunjung ke Kota Pekalongan, "
        "Rabu (14/5/2025), didampingi Konsul Jenderal Jepang di Surabaya.",
        "Kumamoto",
        "visit",
    ),
    "id-delegation-met-by-the-governor": Probe(
        "Gubernur Jambi Al Haris melakukan pertemuan dengan delegasi dari Provinsi Chungcheong "
        "Utara, Korea Selatan, yang dipimpin Wakil Gubernur Kim Young-hwan di rumah dinas "
        "gubernur, Selasa (8/10/2024).",
        "Chungcheong Utara",
        "visit",
    ),
    "en-delegation-met-at-city-hall": Probe(
        "Malang Mayor Wahyu Hidayat met with a delegation from Ichihara, Japan, led by Deputy "
        "Mayor Kenji Sato at Malang City Hall on Tuesday (12/3/2024).",
        "Ichihara",
        "visit",
    ),
}

# MoU words are an MoU, also when a generic word for an agreement comes first and the MoU is
# named in brackets after it; a PKS stays an agreement.
MOUS: dict[str, Probe] = {
    "id-kesepakatan-kerja-sama-mou": Probe(
        "Pemerintah Kota Batu dan Kota Yeosu, Korea Selatan, menandatangani kesepakatan kerja "
        "sama (MoU) di bidang pariwisata di Balai Kota Batu, Kamis (5/9/2024).",
        "Yeosu",
        "mou",
    ),
    "en-cooperation-agreement-mou": Probe(
        "Batu and Yeosu, South Korea, signed a cooperation agreement (MoU) on tourism at Batu "
        "City Hall on Thursday (5/9/2024).",
        "Yeosu",
        "mou",
    ),
    "id-perjanjian-mou": Probe(
        "Pemkot Batu dan Kota Yeosu, Korea Selatan, meneken perjanjian kerja sama berupa nota "
        "kesepahaman bidang pariwisata, Kamis (5/9/2024).",
        "Yeosu",
        "mou",
    ),
    "id-pks-stays-an-agreement": Probe(
        "Pemkot Batu dan Kota Yeosu, Korea Selatan, menandatangani perjanjian kerja sama (PKS) "
        "bidang pariwisata di Balai Kota Batu, Kamis (5/9/2024).",
        "Yeosu",
        "agreement",
    ),
}

# A tie told as existing (since a year, "telah menjalin", "yang telah terjalin selama ini") is
# its own sister-city record at the stage signing, not "other".
BACKGROUND: dict[str, Probe] = {
    "id-since-a-year-beside-a-visit": Probe(
        "Wali Kota Blitar Syauqul Muhibbin menerima rombongan pelajar dari Kota Kamo, Jepang, "
        "Selasa (3/9/2024). Kota Blitar dan Kota Kamo telah menjalin kerja sama sister city "
        "sejak 1998.",
        "Kamo",
        "sister_city",
        "signing",
    ),
    "id-existing-ties-listed": Probe(
        "Wali Kota Blitar Syauqul Muhibbin menjajaki kerja sama kota kembar dengan Kota Yeosu, "
        "Korea Selatan. Menurut dia, kerja sama yang telah terjalin selama ini antara "
        "Blitar-Kamo dan Blitar-Lianyungang perlu ditingkatkan.",
        "Lianyungang",
        "sister_city",
        "signing",
    ),
    "id-telah-menjalin-hubungan": Probe(
        "Pemkot Blitar menggelar festival budaya Jepang, Sabtu (7/9/2024). Kota Blitar sudah "
        "menjalin hubungan kota kembar dengan Kota Kamo, Jepang, sejak tahun 1998.",
        "Kamo",
        "sister_city",
        "signing",
    ),
    "id-program-sister-city-is-the-tie": Probe(
        "Wali Kota Blitar Syauqul Muhibbin mengatakan Kota Blitar dan Kota Kamo, Jepang, telah "
        "menjalin program sister city sejak 1998.",
        "Kamo",
        "sister_city",
        "signing",
    ),
}

# Plans, hopes, conditions, studies and preparations of a tie never draft a signed type.
PLANS: dict[str, Probe] = {
    "id-condition-with-sudah": Probe(
        "Jika sudah terjalin sister city dengan Kota Kamo, Jepang, kata Wali Kota Blitar "
        "Syauqul Muhibbin, pertukaran pelajar akan lebih mudah.",
        "Kamo",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-planning-and-study": Probe(
        "Menurut Wali Kota Blitar Syauqul Muhibbin, perlu kajian mendalam dalam perencanaan "
        "kerja sama sister city antara Kota Blitar dan Kota Kamo, Jepang.",
        "Kamo",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-hope-to-be-approved": Probe(
        "Wali Kota Blitar Syauqul Muhibbin berharap nota kesepahaman kota kembar antara Kota "
        "Blitar dan Kota Kamo, Jepang, dapat segera disetujui Kementerian Dalam Negeri.",
        "Kamo",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-soon-realised": Probe(
        "Hubungan persahabatan kota kembar antara Kota Blitar dan Kota Kamo, Jepang, segera "
        "terwujud.",
        "Kamo",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-preparing-the-signing": Probe(
        "Untuk menyukseskan penandatanganan MoU sister city Blitar-Kamo, Pemkot Blitar menggelar "
        "rapat persiapan bersama Kota Kamo, Jepang, Rabu (15/3/2023).",
        "Kamo",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-the-tie-a-planned-mou-is-about": Probe(
        "Untuk menyukseskan penandatanganan Memorandum of Understanding (MoU) Friendship City "
        "antara Kota Blitar dan Kota Kamo, Jepang, Pemkot Blitar menyiapkan dokumen yang "
        "diperlukan.",
        "Kamo",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-hoped-to-be-signed": Probe(
        "Blitar hopes a sister city memorandum of understanding with Kamo, Japan, can be signed "
        "next year, the mayor said on Tuesday.",
        "Kamo",
        never=frozenset(SIGNED_TYPES),
    ),
}

# The stage of a visit or meeting (i31g): a tie the event is for and still to make is explored;
# talks inside a tie that runs are its use; a call with no words either way is the tie's use (the
# corpus's convention for a courtesy visit).
EVENT_STAGES: dict[str, Probe] = {
    # i32a: a tie offered at a meeting that happened is explored there, never an initiative
    "id-a-tie-offered-at-a-meeting-explores": Probe(
        "Pertemuan dengan Pemprov Jambi untuk menawarkan persahabatan dan kerja sama (sister "
        "province) antara Provinsi Quang Ninh di Vietnam dengan Provinsi Jambi. Gubernur Jambi Al "
        "Haris tengah berbincang dengan Konsul Jenderal Vietnam yang ada di Medan, Tran Van Minh "
        "dalam kunjungan kerja di rumah dinas gubernur di Jambi, Kamis (15/9/2022).",
        "Quang Ninh",
        "meeting",
        "exploration",
    ),
    # i32a's mirror: a tie only planned, with no event, stays the initiative
    "id-a-tie-only-planned-is-an-initiative": Probe(
        "Bupati Bengkalis Kasmarni berencana menjalin kerjasama kota kembar dengan Negeri Johor, "
        "Malaysia.",
        "Johor",
        "other",
        "initiative",
    ),
    # i32a: an envoy's first call explores; a later call, with no such word, is a tie's use
    "id-an-envoy-s-first-call-explores": Probe(
        "Gubernur Jambi Al Haris menerima kunjungan Duta Besar Vietnam untuk Indonesia, Ta Van "
        "Thong, di rumah dinas gubernur, Selasa (24/10/2023). Kami menerima Dubes Vietnam dengan "
        "senang hati karena ini merupakan kunjungan pertamanya ke Jambi, kata Gubernur Al Haris.",
        "Vietnam",
        "meeting",
        "exploration",
    ),
    "id-an-envoy-s-second-call-is-a-use": Probe(
        "Gubernur Jambi Al Haris menerima kunjungan Duta Besar Vietnam untuk Indonesia, Ta Van "
        "Thong, di rumah dinas gubernur, Selasa (24/10/2023). Kami menerima Dubes Vietnam dengan "
        "senang hati karena ini merupakan kunjungan keduanya ke Jambi, kata Gubernur Al Haris.",
        "Vietnam",
        "meeting",
        "implementation",
    ),
    # i32a: programmes floated ("diwacanakan") at a call explore
    "id-programmes-floated-at-a-call-explore": Probe(
        "Wakil Wali Kota Palu bertemu dengan Duta Besar Vietnam untuk Indonesia, Ta Van Thong, di "
        "Kantor Wali Kota Palu, Kamis (21/11/2019). Dari pertemuan itu, ada beberapa program yang "
        "diwacanakan di bidang pendidikan.",
        "Vietnam",
        "meeting",
        "exploration",
    ),
    "id-visit-to-make-a-tie": Probe(
        "Pemerintah Kabupaten Sleman berkunjung ke Kota Hue, Vietnam, untuk bersilaturahim dan "
        "menjalin kerja sama di berbagai bidang, di antaranya pariwisata dan kebudayaan.",
        "Hue",
        "visit",
        "exploration",
    ),
    "id-visit-under-a-running-tie": Probe(
        "Wali Kota Hue, Vietnam, Nguyen Van Phuong berkunjung ke Kabupaten Sleman, Senin "
        "(12/5/2025). Kerja sama kedua daerah telah terjalin sejak 2015 di bidang pariwisata.",
        "Hue",
        "visit",
        "implementation",
    ),
    "id-visit-continuing-a-tie-is-no-new-tie": Probe(
        "Wali Kota Hue, Vietnam, Nguyen Van Phuong berkunjung ke Kabupaten Sleman, Senin "
        "(12/5/2025), dan berkomitmen untuk terus menjalin kerja sama di bidang pariwisata.",
        "Hue",
        "visit",
        "implementation",
    ),
    "id-courtesy-visit": Probe(
        "Wali Kota Hue, Vietnam, Nguyen Van Phuong berkunjung ke Kabupaten Sleman, Senin "
        "(12/5/2025), dan diterima Bupati Sleman Harda Kiswaya di Pendopo Parasamya.",
        "Hue",
        "visit",
        "implementation",
    ),
    "id-envoy-talks-inside-a-long-tie": Probe(
        "Konsul Jenderal Selandia Baru di Surabaya, Mark Walker, bertemu Gubernur Jawa Timur di "
        "Gedung Grahadi, Kamis (8/5/2025). Pertemuan tersebut membahas kerja sama jangka panjang "
        "Selandia Baru dan Jawa Timur di bidang pendidikan.",
        "Selandia Baru",
        "meeting",
        "implementation",
    ),
    "id-envoy-explores-an-opening": Probe(
        "Konsul Jenderal Selandia Baru di Surabaya, Mark Walker, bertemu Gubernur Jawa Timur di "
        "Gedung Grahadi, Kamis (8/5/2025). Pertemuan tersebut membahas peluang kerja sama "
        "Selandia Baru dan Jawa Timur di bidang pendidikan.",
        "Selandia Baru",
        "meeting",
        "exploration",
    ),
    "id-talks-during-this-visit-are-the-visit": Probe(
        "Bupati Sleman Harda Kiswaya bersama Wakil Wali Kota Hue, Vietnam, membahas kerja sama "
        "sister city di Pendopo Parasamya, Senin (12/5/2025). Kunjungan ini diharapkan "
        "mempererat hubungan kedua daerah.",
        "Hue",
        "visit",
        "exploration",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-talks-without-a-visit-stay-a-plan": Probe(
        "Bupati Sleman Harda Kiswaya membahas rencana kerja sama sister city dengan Kota Hue, "
        "Vietnam, bersama jajarannya di Pendopo Parasamya, Senin (12/5/2025).",
        "Hue",
        "other",
        never=frozenset(SIGNED_TYPES | {"visit"}),
    ),
    "id-a-visit-still-to-come-is-no-visit": Probe(
        "Bupati Sleman Harda Kiswaya membahas rencana kerja sama sister city dengan Kota Hue, "
        "Vietnam. Kunjungan tersebut akan dilaksanakan pada bulan depan.",
        "Hue",
        never=frozenset(SIGNED_TYPES | {"visit"}),
    ),
    "en-a-tie-made-during-the-trip-is-one-record": Probe(
        "Last year the governor of Guam visited Bali and during that trip he established a "
        "sister province relationship between Bali and Guam, the Bali governor said.",
        "Guam",
        "sister_city",
        never=frozenset({"visit"}),
    ),
    "en-a-trip-making-nothing-stays-a-visit": Probe(
        "Gubernur Guam Lou Leon Guerrero berkunjung ke Bali, Senin (12/5/2025), dan membahas "
        "kerja sama pendidikan dengan Gubernur Bali Wayan Koster.",
        "Guam",
        "visit",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-a-signing-during-a-visit-is-one-record": Probe(
        "Selama beberapa hari rombongan Pemerintah Kota Hue, Vietnam, berkunjung ke Kabupaten "
        "Sleman. Bertempat di Pendopo Parasamya, Pemerintah Kabupaten Sleman dan Pemerintah "
        "Kota Hue melakukan penandatanganan nota kesepahaman kerja sama pariwisata.",
        "Hue",
        "mou",
        never=frozenset({"visit"}),
    ),
    "id-trade-commissioner-audience-is-a-meeting": Probe(
        "Wakil Gubernur Jawa Tengah menerima audiensi Komisioner Negara Bagian Queensland untuk "
        "Asia Tenggara, Clara Holt, beserta delegasi di Gedung Gradhika, Semarang, Senin "
        "(12/5/2025), membahas kerja sama pendidikan dengan Queensland.",
        "Queensland",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-a-state-minister-travelling-is-a-visit": Probe(
        "Menteri Perdagangan Negara Bagian Queensland, Clara Holt, beserta delegasi berkunjung "
        "ke Gedung Gradhika, Semarang, Senin (12/5/2025), dan diterima Gubernur Jawa Tengah.",
        "Queensland",
        "visit",
        never=frozenset({"meeting"}),
    ),
    "id-a-planned-renewal-is-the-renewal": Probe(
        "Bupati Sleman Harda Kiswaya membahas perpanjangan kerja sama sister city antara "
        "Kabupaten Sleman dan Kota Hue, Vietnam, yang rencananya akan ditandatangani tahun "
        "depan.",
        "Hue",
        "other",
        "renewal",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-a-tie-revived-is-its-renewal": Probe(
        "Pemerintah Kabupaten Sleman siap hidupkan kembali konsep kota kembar antara Sleman dan "
        "Kota Hue, Vietnam, kata Bupati Sleman Harda Kiswaya.",
        "Hue",
        "other",
        "renewal",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-a-plan-for-renewable-energy-is-no-renewal": Probe(
        "Pemerintah Kabupaten Sleman berencana menjalin kerja sama energi terbarukan (renewable "
        "energy) dengan Kota Hue, Vietnam, kata Bupati Sleman Harda Kiswaya.",
        "Hue",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-a-tie-still-studied-is-explored": Probe(
        "Menurut Bupati Sleman Harda Kiswaya, perlu pengkajian mendalam tentang bidang yang dapat "
        "dikerjasamakan dengan Kota Hue, Vietnam, sebelum kerja sama sister city dijalin.",
        "Hue",
        "other",
        "exploration",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-a-tie-only-offered-is-an-initiative": Probe(
        "Bupati Sleman Harda Kiswaya menawarkan kerja sama sister city kepada Kota Hue, Vietnam.",
        "Hue",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-envoy-call-offering-a-city-explores": Probe(
        "Wali Kota Sleman menerima kunjungan Konsul Jenderal Vietnam di Jakarta, Tran Van Minh, "
        'di rumah dinasnya, Kamis (15/5/2025). "Kami menawarkan kerja sama sister city dengan '
        'Kota Hue," kata Tran Van Minh.',
        # CONVENTIONS.md rule 4 (stop 37): the envoy's call proposing a city is that city's
        # meeting, the country's own record folded into it (extract/envoy_cities.py; was Vietnam)
        "Hue",
        "meeting",
        "exploration",
    ),
    "id-envoy-call-inside-a-running-tie-is-its-use": Probe(
        "Wali Kota Sleman menerima kunjungan Konsul Jenderal Vietnam di Jakarta, Tran Van Minh, "
        "di rumah dinasnya, Kamis (15/5/2025), dan mengatakan kerja sama dengan Vietnam sudah "
        "terjalin sejak lama.",
        "Vietnam",
        "meeting",
        "implementation",
    ),
    "id-a-call-inside-a-running-tie-under-a-lead-of-plans": Probe(
        "Gubernur Jambi Al Haris mengajak Vietnam semakin memperkuat hubungan bilateral kedua "
        "wilayah. Hal itu disampaikan Al Haris saat menerima kunjungan Konsul Jenderal Vietnam, "
        "Tran Van Minh, di Gedung Daerah, Kamis (15/5/2025), dalam rangka penguatan kerja sama "
        "yang telah terjalin baik.",
        "Vietnam",
        "meeting",
        "implementation",
    ),
    "id-a-call-under-a-lead-of-plans-explores": Probe(
        "Gubernur Jambi Al Haris mengajak Vietnam semakin memperkuat hubungan bilateral kedua "
        "wilayah. Hal itu disampaikan Al Haris saat menerima kunjungan Konsul Jenderal Vietnam, "
        "Tran Van Minh, di Gedung Daerah, Kamis (15/5/2025), dalam rangka membuka kerja sama "
        "baru.",
        "Vietnam",
        "meeting",
        "exploration",
    ),
    "en-delegation-wishes-to-establish": Probe(
        "Sleman regency and the city of Hue, Vietnam, wish to establish permanent cooperative "
        "relations, Sleman's regent said on Monday after receiving a delegation from Hue led by "
        "its mayor Nguyen Van Phuong.",
        "Hue",
        "visit",
        "exploration",
    ),
}

# i33b: the settled conventions as one decision order, probed with names the corpus does not
# hold (Bontang, Probolinggo, Kudus, Jepara, Lumajang; Toyooka, Aomori, Matsuyama, Mainz, Bursa;
# Finland, Norway, Chile, Denmark), in Indonesian and English:
# 1. an envoy posted here (ambassador, consul) calling, or our call on the mission: `meeting`;
# 2. a meeting with nobody travelling (virtual, at a third venue, at a ministry): `meeting`;
# 3. a delegation or head travelling between the two places: `visit`;
# 4. a document signed: the most specific word wins (LoI > MoU > PKS/agreement > sister city);
# 5. a tie told as existing: `sister_city` at `signing`; renewed: the document at `renewal`;
# 6. a tie wished, planned, explored, under way or still to be signed: `other` with the stage of
#    its words (initiative, exploration, renewal), never a signed document;
# 7. talks for the tie held by others (a national official, our embassy), none of ours there:
#    `other`.
CONVENTIONS: dict[str, Probe] = {
    "id-ambassador-courtesy-call": Probe(
        "Bupati Lumajang Thoriqul Haq menerima kunjungan kehormatan Duta Besar Finlandia untuk "
        "Indonesia, Jukka Salonen, di Pendopo Lumajang, Senin (3/3/2025).",
        "Finlandia",
        "meeting",
        "implementation",
        never=frozenset({"visit", "other"}),
    ),
    "en-ambassador-courtesy-call": Probe(
        "The Ambassador of Norway to Indonesia, Rut Giverin, paid a courtesy call on Probolinggo "
        "Mayor Habib Hadi at City Hall on Monday (3/3/2025).",
        "Norway",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-consul-general-audience": Probe(
        "Wali Kota Bontang Neni Moerniaeni menerima audiensi Konsul Jenderal Chili, Pablo Rojas, "
        "di ruang kerjanya, Rabu (5/3/2025), membahas peluang kerja sama perikanan.",
        "Chili",
        "meeting",
        "exploration",
        never=frozenset({"visit"}),
    ),
    # the envoy's title after the country's name, read as the person's title
    "en-country-ambassador-received": Probe(
        "East Kalimantan Governor Rudy Mas'ud received Denmark Ambassador Sten Frimodt Nielsen on "
        "Tuesday (4/3/2025) to discuss cooperation in renewable energy.",
        "Denmark",
        "meeting",
        never=frozenset({"visit", "other"}),
    ),
    # the envoy named in the sentence, though the record's partner word comes later
    "en-visit-from-the-country-ambassador": Probe(
        "East Kalimantan Governor Rudy Mas'ud said on Tuesday after receiving a visit from the "
        "Denmark Ambassador, Sten Frimodt Nielsen, that the province welcomes cooperation with "
        "Denmark in renewable energy.",
        "Denmark",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-virtual-meeting": Probe(
        "Wali Kota Bontang Neni Moerniaeni melakukan pertemuan virtual dengan Wali Kota Toyooka, "
        "Jepang, Muneharu Kakutani, Kamis (5/6/2025), membahas kerja sama pendidikan.",
        "Toyooka",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "en-virtual-meeting": Probe(
        "Bontang Mayor Neni Moerniaeni held a virtual meeting with the Mayor of Toyooka, Japan, "
        "Muneharu Kakutani, on Thursday (5/6/2025) to discuss education cooperation.",
        "Toyooka",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-talks-at-a-forum-abroad": Probe(
        "Di sela forum kota-kota Asia Pasifik di Bangkok, Thailand, Wali Kota Bontang Neni "
        "Moerniaeni bertemu Wali Kota Aomori, Jepang, Sohei Nishi, Selasa (4/3/2025), membahas "
        "kerja sama pariwisata.",
        "Aomori",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "en-talks-at-a-forum-abroad": Probe(
        "On the sidelines of an Asia-Pacific cities forum in Bangkok, Thailand, Bontang Mayor Neni "
        "Moerniaeni met the Mayor of Aomori, Japan, Sohei Nishi, on Tuesday (4/3/2025) to discuss "
        "tourism cooperation.",
        "Aomori",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-partner-mayor-comes": Probe(
        "Wali Kota Matsuyama, Jepang, Katsuhito Noguchi, beserta rombongan berkunjung ke Kota "
        "Probolinggo, Selasa (4/3/2025), dan diterima Wali Kota Probolinggo Habib Hadi.",
        "Matsuyama",
        "visit",
        "implementation",
    ),
    "id-our-regent-goes": Probe(
        "Bupati Kudus Sam'ani Intakoris bersama rombongan melakukan kunjungan kerja ke Kota Mainz, "
        "Jerman, Rabu (5/3/2025), dan bertemu Wali Kota Mainz Nino Haase.",
        "Mainz",
        "visit",
        never=frozenset({"meeting"}),
    ),
    "en-partner-delegation-comes": Probe(
        "A delegation from Aomori, Japan, led by Deputy Mayor Kenji Sato visited Bontang on Monday "
        "(3/3/2025) and was received by Mayor Neni Moerniaeni at City Hall.",
        "Aomori",
        "visit",
        "implementation",
    ),
    "id-visit-to-explore": Probe(
        "Bupati Kudus Sam'ani Intakoris berkunjung ke Kota Mainz, Jerman, Rabu (5/3/2025), untuk "
        "menjajaki kerja sama sister city.",
        "Mainz",
        "visit",
        "exploration",
    ),
    "en-visit-to-explore": Probe(
        "Kudus Regent Sam'ani Intakoris visited Mainz, Germany, on Wednesday (5/3/2025) to explore "
        "a sister city partnership.",
        "Mainz",
        "visit",
        "exploration",
    ),
    "id-plan-told-at-a-dinner": Probe(
        "Dalam jamuan makan malam, Bupati Jepara Witiarso Utomo menyampaikan rencana menjalin "
        "kerja sama sister city dengan Kota Bursa, Turki.",
        "Bursa",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-plan-to-establish": Probe(
        "Kudus plans to establish a sister city relationship with Mainz, Germany, Regent Sam'ani "
        "Intakoris said on Tuesday.",
        "Mainz",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-exploring": Probe(
        "Pemkab Jepara tengah menjajaki kerja sama sister city dengan Kota Bursa, Turki, kata "
        "Bupati Jepara Witiarso Utomo.",
        "Bursa",
        "other",
        "exploration",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-exploring": Probe(
        "Bontang is exploring a sister city partnership with Toyooka, Japan, Mayor Neni Moerniaeni "
        "said on Tuesday.",
        "Toyooka",
        "other",
        "exploration",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-surat-pernyataan-keinginan-is-an-loi": Probe(
        "Pemkot Probolinggo dan Kota Matsuyama, Jepang, menandatangani surat pernyataan keinginan "
        "kerja sama sister city, Kamis (6/3/2025).",
        "Matsuyama",
        "loi",
        "loi",
        never=frozenset({"sister_city", "mou"}),
    ),
    "en-letter-of-intent-on-a-sister-city": Probe(
        "Probolinggo and Matsuyama, Japan, signed a letter of intent on sister city cooperation on "
        "Thursday (6/3/2025).",
        "Matsuyama",
        "loi",
        "loi",
        never=frozenset({"sister_city"}),
    ),
    "id-nota-kesepahaman-sister-city-is-an-mou": Probe(
        "Bupati Kudus Sam'ani Intakoris dan Wali Kota Mainz, Jerman, Nino Haase menandatangani "
        "nota kesepahaman sister city di Mainz, Rabu (5/3/2025).",
        "Mainz",
        "mou",
        "signing",
        never=frozenset({"sister_city", "agreement"}),
    ),
    "en-sister-city-mou": Probe(
        "Bontang and Toyooka, Japan, signed a sister city MoU at Bontang City Hall on Monday "
        "(3/3/2025).",
        "Toyooka",
        "mou",
        "signing",
        never=frozenset({"sister_city"}),
    ),
    "id-perjanjian-kerja-sama-is-an-agreement": Probe(
        "Pemkab Kudus dan Kota Mainz, Jerman, menandatangani perjanjian kerja sama di bidang "
        "pendidikan vokasi, Rabu (5/3/2025).",
        "Mainz",
        "agreement",
        "signing",
    ),
    # "perjanjian sister city" is the Indonesian of "a sister city agreement"
    "id-perjanjian-sister-city-is-the-tie": Probe(
        "Pemkot Bontang dan Kota Toyooka, Jepang, menandatangani perjanjian sister city di Balai "
        "Kota Bontang, Senin (3/3/2025).",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    "en-sister-city-agreement-is-the-tie": Probe(
        "Bontang and Toyooka, Japan, signed a sister city agreement at Bontang City Hall on Monday "
        "(3/3/2025).",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    "id-tie-existing": Probe(
        "Kota Bontang dan Kota Toyooka, Jepang, telah menjalin hubungan sister city sejak 2012.",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    "en-tie-existing": Probe(
        "Bontang and Toyooka, Japan, have been sister cities since 2012.",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    "id-wished-to-become": Probe(
        "Bupati Lumajang Thoriqul Haq berharap Lumajang dan Kota Aomori, Jepang, dapat segera "
        "menjadi kota kembar.",
        "Aomori",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-wanted-to-become": Probe(
        "Wali Kota Bontang Neni Moerniaeni ingin Bontang dan Kota Aomori, Jepang, menjadi sister "
        "city.",
        "Aomori",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-hopes-to-become": Probe(
        "Lumajang hopes to become a sister city of Aomori, Japan, Regent Thoriqul Haq said on "
        "Monday.",
        "Aomori",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    # the mirror: a tie that goes on being is a tie that exists
    "id-goes-on-being-a-sister-city": Probe(
        "Wali Kota Bontang Neni Moerniaeni bersyukur Kota Bontang dapat terus menjadi sister city "
        "Kota Aomori, Jepang, sejak 2012.",
        "Aomori",
        "sister_city",
        "signing",
    ),
    "id-tie-under-way": Probe(
        "Kerja sama sister city antara Kota Bontang dan Kota Aomori, Jepang, sedang diupayakan, "
        "kata Wali Kota Bontang Neni Moerniaeni.",
        "Aomori",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-tie-under-way": Probe(
        "A sister city partnership between Bontang and Aomori, Japan, is being worked out, Mayor "
        "Neni Moerniaeni said on Monday.",
        "Aomori",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-mou-to-be-signed": Probe(
        "Nota kesepahaman sister city antara Kota Bontang dan Kota Aomori, Jepang, akan "
        "ditandatangani pada Juni 2025.",
        "Aomori",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-mou-to-be-signed": Probe(
        "A memorandum of understanding on a sister city relationship between Bontang and Aomori, "
        "Japan, will be signed in June 2025.",
        "Aomori",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-mou-renewed": Probe(
        "Pemkot Bontang dan Kota Toyooka, Jepang, memperpanjang nota kesepahaman sister city di "
        "Balai Kota Bontang, Senin (3/3/2025).",
        "Toyooka",
        "mou",
        "renewal",
    ),
    "en-agreement-renewed": Probe(
        "Bontang and Toyooka, Japan, renewed their sister city agreement at Bontang City Hall on "
        "Monday (3/3/2025).",
        "Toyooka",
        "sister_city",
        "renewal",
    ),
    "id-renewal-planned": Probe(
        "Pemkot Bontang berencana memperpanjang nota kesepahaman sister city dengan Kota Toyooka, "
        "Jepang, yang berakhir tahun ini.",
        "Toyooka",
        "other",
        "renewal",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-renewal-planned": Probe(
        "Bontang plans to renew its sister city agreement with Toyooka, Japan, which expires this "
        "year.",
        "Toyooka",
        "other",
        "renewal",
        never=frozenset(SIGNED_TYPES),
    ),
    # a national official (not our government) meets the partner in its own place
    "id-national-official-meets-there": Probe(
        "Ketua DPR RI Budi Santoso bertemu Wakil Wali Kota Mainz di Mainz, Jerman, Senin "
        "(3/3/2025), untuk menjajaki kerja sama sister city antara Kabupaten Kudus dan Kota Mainz.",
        "Mainz",
        "other",
        "exploration",
        never=frozenset({"visit", "meeting"}),
    ),
    # the mirror: our regent there is our visit
    "id-our-regent-meets-there": Probe(
        "Bupati Kudus Sam'ani Intakoris bertemu Wakil Wali Kota Mainz di Mainz, Jerman, Senin "
        "(3/3/2025), untuk menjajaki kerja sama sister city antara Kabupaten Kudus dan Kota Mainz.",
        "Mainz",
        "visit",
        "exploration",
        never=frozenset({"other"}),
    ),
    # a draft or concept of a document is no signed document
    "id-draft-mou-rejected": Probe(
        "Kementerian Dalam Negeri menolak konsep nota kesepahaman kota kembar antara Kota Bontang "
        "dan Kota Aomori, Jepang, yang sudah hampir rampung.",
        "Aomori",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-draft-mou-consulted": Probe(
        "Bontang consulted the draft memorandum of understanding on a sister city relationship "
        "with Aomori, Japan, with the Home Affairs Ministry last month.",
        "Aomori",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    # a hope that the tie comes true
    "id-hoped-to-come-true": Probe(
        "Wali Kota Bontang Neni Moerniaeni berharap sister city Bontang dan Kota Aomori, Jepang, "
        "dapat terwujud tahun depan.",
        "Aomori",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    # the mirror: a tie that exists, hoped to grow
    "id-existing-tie-hoped-to-grow": Probe(
        "Wali Kota Bontang Neni Moerniaeni berharap kerja sama sister city Bontang dan Kota "
        "Toyooka, Jepang, yang telah terjalin sejak 2012 dapat ditingkatkan.",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    # "the meeting" points back to the call on our own embassy told before it
    "en-the-meeting-at-our-embassy": Probe(
        "Kudus Regent Sam'ani Intakoris visited the Indonesian Embassy in Germany on Monday "
        "(3/3/2025). He was welcomed by the ambassador. The meeting discussed the potential for "
        "cooperation between Kudus and Mainz.",
        "Mainz",
        "other",
        never=frozenset({"visit", "meeting"}),
    ),
    "id-the-meeting-at-the-partner-s-city-hall": Probe(
        "Bupati Kudus Sam'ani Intakoris berkunjung ke Balai Kota Mainz, Jerman, Senin (3/3/2025), "
        "dan diterima Wali Kota Mainz Nino Haase. Pertemuan tersebut membahas potensi kerja sama "
        "antara Kudus dan Kota Mainz.",
        "Mainz",
        "visit",
    ),
    # a tie worked out ("dimatangkan") at a meeting is explored there
    "id-a-tie-worked-out-at-a-meeting": Probe(
        "Bupati Kudus Sam'ani Intakoris bertemu Wali Kota Mainz, Jerman, Nino Haase di Jakarta, "
        "Senin (3/3/2025), untuk mematangkan kerja sama di bidang pendidikan vokasi.",
        "Mainz",
        "meeting",
        "exploration",
    ),
    # a document awaiting the central government's approval is not signed: its stage says so
    "id-mou-awaiting-the-ministry": Probe(
        "Nota kesepahaman sister city antara Kota Bontang dan Kota Aomori, Jepang, masih menunggu "
        "persetujuan Kementerian Dalam Negeri.",
        "Aomori",
        "other",
        "central_approval",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-agreement-awaiting-the-ministry": Probe(
        "The sister city agreement between Bontang and Aomori, Japan, is awaiting approval from "
        "the Home Affairs Ministry.",
        "Aomori",
        "other",
        "central_approval",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-plan-awaiting-the-council": Probe(
        "Rencana kerja sama sister city antara Kota Bontang dan Kota Aomori, Jepang, masih "
        "menunggu persetujuan DPRD Kota Bontang, kata Wali Kota Neni Moerniaeni.",
        "Aomori",
        "other",
        "dprd_approval",
        never=frozenset(SIGNED_TYPES),
    ),
    # the mirror: approved, then signed
    "id-mou-approved-and-signed": Probe(
        "Nota kesepahaman sister city antara Kota Bontang dan Kota Aomori, Jepang, yang telah "
        "mendapat persetujuan Kementerian Dalam Negeri ditandatangani di Balai Kota Bontang, "
        "Senin (3/3/2025).",
        "Aomori",
        "mou",
        "signing",
    ),
    # a call told by its own word ("beraudiensi", "called on") on the envoy's mission
    "id-audience-at-the-embassy": Probe(
        "Bupati Lumajang Thoriqul Haq beraudiensi dengan Duta Besar Norwegia di Kedutaan Besar "
        "Norwegia di Jakarta, Senin (3/3/2025), membahas kerja sama perikanan.",
        "Norwegia",
        "meeting",
        never=frozenset({"visit", "other"}),
    ),
    "en-deputy-head-of-mission-called-on": Probe(
        "The Deputy Head of Mission of the Embassy of Ireland, Sean Kelly, called on Probolinggo "
        "Mayor Habib Hadi on Monday (3/3/2025) to discuss education cooperation.",
        "Ireland",
        "meeting",
        never=frozenset({"visit", "other"}),
    ),
    # a trip told by its own words is a visit
    "id-comparative-study-trip": Probe(
        "Wali Kota Bontang Neni Moerniaeni melakukan studi banding ke Kota Toyooka, Jepang, Senin "
        "(3/3/2025), untuk mempelajari kerja sama pengendalian banjir.",
        "Toyooka",
        "visit",
    ),
    "en-working-trip": Probe(
        "Bontang Mayor Neni Moerniaeni made a working trip to Toyooka, Japan, on Monday (3/3/2025) "
        "to learn about its flood control cooperation.",
        "Toyooka",
        "visit",
    ),
    # the envoy told by title and name only, the country named beside the tie
    "id-envoy-by-title-and-name": Probe(
        "Bupati Lumajang Thoriqul Haq menerima kunjungan kerja Dubes Jukka Salonen di Pendopo "
        "Lumajang, Senin (3/3/2025). Kedatangannya, jelas Dubes Jukka, untuk memperkuat kerja "
        "sama bilateral antara Finlandia dan Lumajang.",
        "Finlandia",
        "meeting",
        never=frozenset({"visit", "other"}),
    ),
    # the mirror: Indonesia's own envoy to that country is no call of its mission
    "id-our-own-envoy-by-title-and-name": Probe(
        "Bupati Lumajang Thoriqul Haq menerima kunjungan kerja Dubes RI untuk Finlandia Ratu "
        "Silvy Gayatri di Pendopo Lumajang, Senin (3/3/2025). Kedatangannya, jelas Dubes Ratu, "
        "untuk memperkuat kerja sama antara Finlandia dan Lumajang.",
        "Finlandia",
        never=frozenset({"meeting", "visit"}),
    ),
    # a tie told flatly under a headline about sister cities is the story's sister-city tie
    "id-flat-tie-under-a-sister-city-headline": Probe(
        "BONTANG BERBAGI PENGALAMAN KERJA SAMA SISTER CITY\n\nKerja sama antara Kota Bontang dan "
        "Kota Toyooka, Jepang, menjadi salah satu bahasan pada rapat koordinasi kerja sama luar "
        "negeri di Samarinda, Senin (3/3/2025).",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    "en-flat-tie-under-a-sister-city-headline": Probe(
        "Bontang shares its sister city experience\n\nThe cooperation between Bontang and "
        "Toyooka, Japan, was one of the topics of a coordination meeting on foreign cooperation "
        "in Samarinda on Monday (3/3/2025).",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    # the mirror: a headline that explores the tie
    "id-flat-tie-under-an-exploring-headline": Probe(
        "BONTANG JAJAKI SISTER CITY\n\nKerja sama antara Kota Bontang dan Kota Toyooka, Jepang, "
        "menjadi salah satu bahasan pada rapat koordinasi kerja sama luar negeri di Samarinda, "
        "Senin (3/3/2025).",
        "Toyooka",
        never=frozenset(SIGNED_TYPES),
    ),
    # the tie told by its verb
    "en-formally-twinned": Probe(
        "Bontang and Toyooka, Japan, were formally twinned at a ceremony at Bontang City Hall on "
        "Monday (3/3/2025).",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    "en-to-be-twinned": Probe(
        "Bontang hopes to be twinned with Toyooka, Japan, next year, Mayor Neni Moerniaeni said.",
        "Toyooka",
        never=frozenset(SIGNED_TYPES),
    ),
    # exploring, preparing or set to sign a document is no signed document (the issue's own
    # example: "tengah menjajaki LoI")
    "id-exploring-the-signing-of-an-loi": Probe(
        "Pemkab Jepara tengah menjajaki penandatanganan LoI dengan Kota Bursa, Turki, kata Bupati "
        "Jepara Witiarso Utomo.",
        "Bursa",
        "other",
        "exploration",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-set-to-sign-an-loi": Probe(
        "Jepara and Bursa, Turkey, are set to sign a letter of intent next month, Regent Witiarso "
        "Utomo said.",
        "Bursa",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-getting-ready-to-sign-an-loi": Probe(
        "Pemkab Jepara dan Kota Bursa, Turki, bersiap meneken LoI kerja sama sister city.",
        "Bursa",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    # the mirror: an LoI signed, the MoU to follow
    "en-loi-signed-mou-to-follow": Probe(
        "The letter of intent between Jepara and Bursa, Turkey, signed last year, will be followed "
        "by a memorandum of understanding, Regent Witiarso Utomo said.",
        "Bursa",
        "loi",
        "loi",
    ),
    # a renewal denied is no renewal
    "en-mou-not-renewed": Probe(
        "The memorandum of understanding between Jepara and Bursa, Turkey, was signed in 2015 and "
        "was not renewed after it expired, Regent Witiarso Utomo said.",
        "Bursa",
        "mou",
        "signing",
    ),
    "id-mou-belum-diperpanjang": Probe(
        "Nota kesepahaman antara Pemkab Jepara dan Kota Bursa, Turki, yang ditandatangani pada "
        "2015 belum diperpanjang hingga kini.",
        "Bursa",
        "mou",
        "signing",
    ),
    # talks at a distance, told by their own word
    "en-teleconference": Probe(
        "Bontang Mayor Neni Moerniaeni held a teleconference with Aomori Mayor Sohei Nishi on "
        "Monday (3/3/2025) to discuss fisheries cooperation.",
        "Aomori",
        "meeting",
        never=frozenset({"visit", "other"}),
    ),
    "id-konferensi-video": Probe(
        "Wali Kota Bontang Neni Moerniaeni menggelar konferensi video dengan Wali Kota Aomori, "
        "Jepang, Sohei Nishi, Senin (3/3/2025), membahas kerja sama perikanan.",
        "Aomori",
        "meeting",
        never=frozenset({"visit", "other"}),
    ),
    # which document word wins: LoI over the tie it leads to, MoU ("nota kesepakatan") over
    # agreement, a signed cooperation agreement ("kesepakatan kerja sama") is an agreement
    "id-loi-kota-kembar-is-an-loi": Probe(
        "Pemkot Bontang dan Kota Toyooka, Jepang, menandatangani LoI kota kembar di Balai Kota "
        "Bontang, Senin (3/3/2025).",
        "Toyooka",
        "loi",
        "loi",
        never=frozenset({"sister_city"}),
    ),
    "en-loi-to-become-sister-cities-is-an-loi": Probe(
        "Bontang and Toyooka, Japan, signed a letter of intent to become sister cities at Bontang "
        "City Hall on Monday (3/3/2025).",
        "Toyooka",
        "loi",
        "loi",
        never=frozenset({"sister_city"}),
    ),
    "id-nota-kesepakatan-is-an-mou": Probe(
        "Pemkot Bontang dan Kota Toyooka, Jepang, menandatangani nota kesepakatan bidang "
        "pariwisata di Balai Kota Bontang, Senin (3/3/2025).",
        "Toyooka",
        "mou",
        "signing",
        never=frozenset({"agreement"}),
    ),
    "id-kesepakatan-kerja-sama-signed-is-an-agreement": Probe(
        "Pemkot Bontang dan Kota Toyooka, Jepang, menandatangani kesepakatan kerja sama bidang "
        "pariwisata di Balai Kota Bontang, Senin (3/3/2025).",
        "Toyooka",
        "agreement",
        "signing",
    ),
    "en-partnership-agreement-signed-is-an-agreement": Probe(
        "Bontang and Toyooka, Japan, signed a partnership agreement on tourism at Bontang City "
        "Hall on Monday (3/3/2025).",
        "Toyooka",
        "agreement",
        "signing",
    ),
    # a tie targeted is a plan
    "id-tie-targeted": Probe(
        "Pemkot Bontang menargetkan kerja sama sister city dengan Kota Mainz, Jerman, terwujud "
        "tahun depan.",
        "Mainz",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-tie-targeted": Probe(
        "Bontang has targeted a sister city agreement with Mainz, Germany, for next year, the "
        "mayor said.",
        "Mainz",
        "other",
        never=frozenset(SIGNED_TYPES),
    ),
    # the mirror of a tie hoped to come true: one running since a year, hoped to do more
    "en-running-tie-could-be-realised-further": Probe(
        "The sister city partnership between Bontang and Toyooka, Japan, in place since 2012, "
        "could be realised in more programmes, the mayor said.",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    # a plan told at a dinner with the partner's mayor here: the visit, exploring it
    "id-plan-told-at-a-dinner-with-the-partner-s-mayor": Probe(
        "Dalam jamuan makan malam bersama Wali Kota Bursa, Turki, Mustafa Bozbey, di Pendopo "
        "Kabupaten Jepara, Senin (3/3/2025), Bupati Jepara Witiarso Utomo menyampaikan rencana "
        "menjalin kerja sama sister city dengan Kota Bursa.",
        "Bursa",
        "visit",
        "exploration",
    ),
    # the mirror: told at a reception with nobody of the partner's: a plan
    "en-plan-told-at-a-reception": Probe(
        "At a reception in Jakarta on Monday (3/3/2025), Jepara Regent Witiarso Utomo said the "
        "regency plans to establish a sister city relationship with Bursa, Turkey.",
        "Bursa",
        "other",
        "initiative",
        never=frozenset({"visit", "meeting"} | SIGNED_TYPES),
    ),
}

# i34b: a signing told still to come, or approved by the regional parliament and not yet done,
# is no signed document: `other`, at the stage of its words (real20's Semarang article broke it:
# "penandatanganan MoU sister city ... disetujui DPRD"). The mirrors: the signing told done.
SIGNINGS_TO_COME: dict[str, Probe] = {
    "en-signing-to-take-place": Probe(
        "Bontang Mayor Neni Moerniaeni said the signing of a sister city memorandum of "
        "understanding with Toyooka, Japan, will take place soon.",
        "Toyooka",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-signing-to-be-done": Probe(
        "Wali Kota Bontang Neni Moerniaeni mengatakan, dalam waktu dekat akan dilakukan "
        "penandatanganan nota kesepahaman (MoU) sister city dengan Kota Toyooka, Jepang.",
        "Toyooka",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-signing-approved-by-the-council": Probe(
        "Penandatanganan MoU sister city antara Kota Bontang dan Kota Toyooka, Jepang, disetujui "
        "DPRD Kota Bontang, kata Wali Kota Neni Moerniaeni.",
        "Toyooka",
        "other",
        "dprd_approval",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-signing-approved-by-the-council": Probe(
        "The signing of the sister city MoU between Bontang and Toyooka, Japan, was approved by "
        "the Bontang city council, Mayor Neni Moerniaeni said.",
        "Toyooka",
        "other",
        "dprd_approval",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-signing-done": Probe(
        "Penandatanganan MoU sister city antara Kota Bontang dan Kota Toyooka, Jepang, dilakukan "
        "di Balai Kota Bontang, Senin (3/3/2025).",
        "Toyooka",
        "mou",
        "signing",
    ),
    "en-signing-took-place": Probe(
        "The signing of the sister city MoU between Bontang and Toyooka, Japan, took place at "
        "Bontang City Hall on Monday (3/3/2025).",
        "Toyooka",
        "mou",
        "signing",
    ),
    # the approval told in a later sentence than the plan: the furthest step told is the stage
    "id-plan-then-the-council-s-approval": Probe(
        "Pemkot Bontang akan menjalin kerja sama sister city dengan Kota Toyooka, Jepang. "
        '"Penandatanganan MoU sister city dengan Kota Toyooka disetujui DPRD," kata Wali Kota '
        "Bontang Neni Moerniaeni, Rabu (5/3/2025).",
        "Toyooka",
        "other",
        "dprd_approval",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-plan-then-the-council-s-approval": Probe(
        "The Bontang city government plans a sister city relationship with Toyooka, Japan. The "
        "signing of the MoU with Toyooka was approved by the Bontang city council, Mayor Neni "
        "Moerniaeni said on Wednesday (5/3/2025).",
        "Toyooka",
        "other",
        "dprd_approval",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-plan-then-the-ministry-s-approval-awaited": Probe(
        "Pemkot Bontang akan menjalin kerja sama sister city dengan Kota Toyooka, Jepang. Wali Kota "
        "Bontang Neni Moerniaeni mengatakan MoU sister city dengan Kota Toyooka masih menunggu "
        "persetujuan Kementerian Dalam Negeri.",
        "Toyooka",
        "other",
        "central_approval",
        never=frozenset(SIGNED_TYPES),
    ),
    # the mirror: a plan with no approval told stays the initiative
    "id-plan-then-its-fields": Probe(
        "Pemkot Bontang akan menjalin kerja sama sister city dengan Kota Toyooka, Jepang. Wali Kota "
        "Bontang Neni Moerniaeni mengatakan kerja sama itu akan mencakup pendidikan dan pariwisata.",
        "Toyooka",
        "other",
        "initiative",
    ),
    # a tie planned, told as the plan's object ("plans a sister city relationship")
    "en-plans-a-tie": Probe(
        "The Bontang city government plans a sister city relationship with Toyooka, Japan.",
        "Toyooka",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-signed-then-plans-an-exchange": Probe(
        "Bontang and Toyooka, Japan, signed a sister city agreement in 2019 and plan a student "
        "exchange this year.",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    "id-approved-by-the-council-then-signed": Probe(
        "Nota kesepahaman sister city antara Kota Bontang dan Kota Toyooka, Jepang, yang telah "
        "disetujui DPRD Kota Bontang ditandatangani di Balai Kota Bontang, Senin (3/3/2025).",
        "Toyooka",
        "mou",
        "signing",
    ),
}

# i34b: the partner's head met in our own government's building came to us: a visit (the lead's
# convention: a delegation travelling between the two places), in both languages; the mirror, a
# meeting at a third place (Jakarta, for a province elsewhere), stays a meeting.
MET_IN_OUR_BUILDING: dict[str, Probe] = {
    "id-met-at-our-governor-s-office": Probe(
        "Pemprov Kalimantan Timur dan Pemerintah Negara Bagian Sabah, Malaysia tengah menjajaki "
        'kerja sama ekonomi. "Kita akan menjajaki peluang kerja sama pariwisata," kata Gubernur '
        "Kaltim Rudy Mas'ud usai pertemuan dengan Ketua Menteri Sabah Hajiji Noor di Kantor "
        "Gubernur Kaltim, Jumat.",
        "Sabah",
        "visit",
        "exploration",
        never=frozenset({"meeting"}),
    ),
    "en-met-at-our-governor-s-office": Probe(
        "East Kalimantan and the Malaysian state of Sabah are exploring economic cooperation, "
        "Governor Rudy Mas'ud said after a meeting with Sabah Chief Minister Hajiji Noor at the "
        "governor's office in Samarinda on Friday.",
        "Sabah",
        "visit",
        "exploration",
        never=frozenset({"meeting"}),
    ),
    "id-met-in-jakarta": Probe(
        "Gubernur Kaltim Rudy Mas'ud usai pertemuan dengan Ketua Menteri Sabah Hajiji Noor di "
        "Jakarta, Jumat, mengatakan kedua daerah akan menjajaki kerja sama pariwisata.",
        "Sabah",
        "meeting",
        "exploration",
    ),
}

# i34b: a tie told as going on ("Kerja sama pun terus dikembangkan, di antaranya dengan Kota ...",
# "has since expanded to"), right after the sister cities it continues, exists: `sister_city`
# at `signing` (real20's Bandung list broke it); the mirror, a tie only planned, stays `other`.
TIES_GOING_ON: dict[str, Probe] = {
    "id-ties-going-on-with-a-list": Probe(
        "Sejak tahun 1995 Pemerintah Kabupaten Kudus menjalin hubungan sister city dengan Kota "
        "Toyooka, Jepang. Kerja sama pun terus dikembangkan, di antaranya dengan Kota Mainz, "
        "Jerman, dan Kota Bursa, Turki.",
        "Mainz",
        "sister_city",
        "signing",
    ),
    "id-ties-going-on-the-list-s-last": Probe(
        "Sejak tahun 1995 Pemerintah Kabupaten Kudus menjalin hubungan sister city dengan Kota "
        "Toyooka, Jepang. Kerja sama pun terus dikembangkan, di antaranya dengan Kota Mainz, "
        "Jerman, dan Kota Bursa, Turki.",
        "Bursa",
        "sister_city",
        "signing",
    ),
    "en-ties-since-expanded": Probe(
        "Since 1995 Kudus Regency has had a sister city relationship with Toyooka, Japan. The "
        "cooperation has since expanded to the City of Mainz in Germany.",
        "Mainz",
        "sister_city",
        "signing",
    ),
    "id-a-tie-planned-after-a-tie": Probe(
        "Sejak tahun 1995 Pemerintah Kabupaten Kudus menjalin hubungan sister city dengan Kota "
        "Toyooka, Jepang. Kudus juga berencana menjalin kerja sama dengan Kota Mainz, Jerman.",
        "Mainz",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-a-tie-planned-after-a-tie": Probe(
        "Since 1995 Kudus Regency has had a sister city relationship with Toyooka, Japan. Kudus "
        "also plans cooperation with the City of Mainz in Germany.",
        "Mainz",
        "other",
        "initiative",
        never=frozenset(SIGNED_TYPES),
    ),
}

# i34b: a document signed by organisations (chambers of commerce) is not the governments' (the
# lead's convention); told beside the two places named as sister cities, that tie is the record
# (real21's Medan-Penang broke it). The mirror: the heads sign a document of their own.
SIGNED_BY_ORGANISATIONS: dict[str, Probe] = {
    "id-chambers-sign-between-sister-cities": Probe(
        "Hubungan dagang kota kembar Bontang dan Toyooka, Jepang, makin erat setelah Kamar Dagang "
        "dan Industri (Kadin) kedua kota menandatangani nota kesepahaman (MoU), Senin (3/3/2025).",
        "Toyooka",
        "sister_city",
        "signing",
        never=frozenset({"mou"}),
    ),
    "en-chambers-sign-between-sister-cities": Probe(
        "Business ties between the sister cities of Bontang and Toyooka, Japan, got a boost when "
        "the chambers of commerce of both cities signed a memorandum of understanding. The MOU "
        "was signed on the sidelines of a trade fair, witnessed by Toyooka Mayor Ichiro Sato.",
        "Toyooka",
        "sister_city",
        "signing",
        never=frozenset({"mou"}),
    ),
    "en-the-mayors-sign-their-own": Probe(
        "Business ties between the sister cities of Bontang and Toyooka, Japan, got a boost when "
        "the chambers of commerce of both cities signed a memorandum of understanding. Bontang "
        "Mayor Neni Moerniaeni and Toyooka Mayor Ichiro Sato also signed a memorandum of "
        "understanding on education on Monday (3/3/2025).",
        "Toyooka",
        "mou",
        "signing",
    ),
    "id-the-heads-sign-between-sister-cities": Probe(
        "Pemkot Bontang dan Kota Toyooka, Jepang, yang telah menjadi kota kembar sejak 2012, "
        "menandatangani nota kesepahaman kerja sama pendidikan, Senin (3/3/2025).",
        "Toyooka",
        "mou",
        "signing",
    ),
}

# i34b: the partner's own envoy or delegation received here travelled: a visit (real20's Mataram:
# "menerima audiensi utusan dari Shah Alam"); a region's office posted in Jakarta calling on us is
# a meeting, as an envoy's call (real20's Tangerang: "Direktur Kantor Provinsi Gyeongnam di
# Jakarta"); the mirrors: an ambassador's call stays a meeting, the region's head a visit.
GUESTS: dict[str, Probe] = {
    "id-city-envoy-received": Probe(
        "Wali Kota Bontang Neni Moerniaeni menerima audiensi utusan dari Kota Toyooka, Jepang, "
        "Kenji Sato di Aula Pendopo Wali Kota Bontang, Selasa (8/1/2025). Kedatangan utusan "
        "Toyooka itu untuk membahas kerja sama sister city antara Kota Bontang dan Kota Toyooka.",
        "Toyooka",
        "visit",
        "exploration",
    ),
    "en-city-envoy-received": Probe(
        "Bontang Mayor Neni Moerniaeni received an envoy from the City of Toyooka, Japan, Kenji "
        "Sato, at City Hall on Tuesday (8/1/2025) to discuss a sister city relationship between "
        "Bontang and Toyooka.",
        "Toyooka",
        "visit",
        "exploration",
    ),
    "id-ambassador-received": Probe(
        "Wali Kota Bontang Neni Moerniaeni menerima audiensi Duta Besar Jepang untuk Indonesia "
        "Kenji Sato di Pendopo Wali Kota Bontang, Selasa (8/1/2025), untuk membahas kerja sama "
        "sister city dengan Kota Toyooka.",
        "Jepang",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-region-office-in-jakarta-calls": Probe(
        "Direktur Kantor Prefektur Aomori di Jakarta, Kenji Sato, berkunjung ke Pemkot Bontang, "
        "Selasa (8/1/2025), untuk membahas rencana kerja sama sister city dengan Prefektur Aomori.",
        "Aomori",
        "meeting",
        "exploration",
        never=frozenset({"visit"}),
    ),
    "en-region-office-in-jakarta-calls": Probe(
        "The director of the Aomori Prefectural Government office in Jakarta, Kenji Sato, "
        "visited Bontang City Hall on Tuesday (8/1/2025) to discuss a sister city plan with "
        "Aomori Prefecture.",
        "Aomori",
        "meeting",
        "exploration",
        never=frozenset({"visit"}),
    ),
    "id-region-head-visits": Probe(
        "Gubernur Prefektur Aomori Shingo Mimura berkunjung ke Pemkot Bontang, Selasa (8/1/2025), "
        "untuk membahas rencana kerja sama sister city dengan Prefektur Aomori.",
        "Aomori",
        "visit",
        "exploration",
    ),
}

# i34b: a trip made to establish a tie ("untuk menjalin penguatan kerja sama sister province",
# "to establish a sister province relationship") is the visit exploring it, not a signed tie
# (real20's East Java-Alexandria broke it); the mirrors: a tie that runs, strengthened at a
# visit, exists; agreeing to establish a tie is how its signing is told.
TRIPS_TO_ESTABLISH: dict[str, Probe] = {
    "id-trip-to-establish-a-tie": Probe(
        "Gubernur Kalimantan Timur Rudy Mas'ud melakukan kunjungan kerja ke Jepang (22-24) "
        "November 2024 untuk menjalin penguatan kerja sama sister province dengan Prefektur "
        "Aomori.",
        "Aomori",
        "visit",
        "exploration",
        never=frozenset(SIGNED_TYPES),
    ),
    "en-trip-to-establish-a-tie": Probe(
        "East Kalimantan Governor Rudy Mas'ud made a working visit to Japan on 22-24 November "
        "2024 to establish a sister province relationship with Aomori Prefecture.",
        "Aomori",
        "visit",
        "exploration",
        never=frozenset(SIGNED_TYPES),
    ),
    "id-trip-to-strengthen-a-running-tie": Probe(
        "Gubernur Kalimantan Timur Rudy Mas'ud melakukan kunjungan kerja ke Jepang (22-24) "
        "November 2024 untuk memperkuat kerja sama sister province dengan Prefektur Aomori yang "
        "terjalin sejak 2010.",
        "Aomori",
        "sister_city",
        "signing",
    ),
    "en-agreed-to-establish-a-tie": Probe(
        "Bontang and Toyooka, Japan, agreed to establish a sister city relationship, Mayor Neni "
        "Moerniaeni said on Monday (3/3/2025).",
        "Toyooka",
        "sister_city",
        "signing",
    ),
    "en-signed-an-agreement-to-establish-a-tie": Probe(
        "Bontang Mayor Neni Moerniaeni and Toyooka Mayor Ichiro Sato signed an agreement to "
        "establish a sister city relationship on Monday (3/3/2025).",
        "Toyooka",
        never=frozenset({"other", "visit", "meeting"}),
    ),
}

# i34b: a consulate received ("menerima kunjungan Konsulat Malaysia", "received a visit from the
# Consulate of Finland") is an envoy's call, a meeting, also when the record's partner word is in
# another sentence and the call is pointed at ("Pada pertemuan ini, Konsulat ... dipimpin oleh
# Konsul ..."; real22's Kepri-Malaysia broke it). The mirror: a foreign minister who travelled.
CONSULATE_CALLS: dict[str, Probe] = {
    "id-consulate-received": Probe(
        "Gubernur Kalimantan Timur Rudy Mas'ud menerima kunjungan Konsulat Finlandia di Surabaya "
        "di ruang kerja Gubernur, Samarinda, Kamis (4/11/2021). Kunjungan ini merupakan "
        "silaturahmi antara Pemprov Kaltim dan Pemerintah Finlandia untuk memperkuat hubungan "
        "kedua pihak.",
        "Finlandia",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-consulate-call-pointed-at": Probe(
        "Gubernur Kalimantan Timur Rudy Mas'ud menerima kunjungan Konsulat Finlandia di Surabaya "
        'di ruang kerja Gubernur, Samarinda, Kamis (4/11/2021). "Selama ini kita sudah banyak '
        'menjalin kerja sama dengan pemerintah Finlandia," ujar Rudy. Pada pertemuan ini, '
        "Konsulat Finlandia dipimpin oleh Konsul Finlandia di Surabaya Aino Virtanen.",
        "Finlandia",
        "meeting",
        "implementation",
        never=frozenset({"other", "visit"}),
    ),
    "en-consulate-received": Probe(
        "East Kalimantan Governor Rudy Mas'ud received a visit from the Consulate of Finland in "
        "Surabaya at his office in Samarinda on Thursday (4/11/2021). The visit was a courtesy "
        "call between the East Kalimantan government and the Government of Finland to "
        "strengthen relations.",
        "Finland",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-foreign-minister-received": Probe(
        "Gubernur Kalimantan Timur Rudy Mas'ud menerima kunjungan Menteri Perdagangan Finlandia "
        "di ruang kerja Gubernur, Samarinda, Kamis (4/11/2021). Kunjungan ini merupakan "
        "silaturahmi antara Pemprov Kaltim dan Pemerintah Finlandia untuk memperkuat hubungan "
        "kedua pihak.",
        "Finlandia",
        "visit",
    ),
}

# i36a (real23's Cirebon, Gianyar and Magelang): a tie touted to become, to be designed, or only
# conceived ("digadang-gadang menjadi sister city", "untuk merancang kota kembar", "yang sudah
# digagas sejak 2019", "first mooted in 2019") is a plan, never a signed tie; the mirrors, a tie
# made official or running since a year, stay signed.
TIES_CONCEIVED: dict[str, Probe] = {
    "id-touted-to-become": Probe(
        "Kota Pekalongan digadang-gadang menjadi sister city Kota Arnhem, Belanda.",
        "Arnhem",
        "other",
        never=frozenset({"sister_city"}),
    ),
    "id-invited-to-design": Probe(
        "Pemerintah Kota Probolinggo diajak untuk merancang kota kembar dengan Kota Arnhem, "
        "Belanda.",
        "Arnhem",
        "other",
        never=frozenset({"sister_city"}),
    ),
    "en-invited-to-design": Probe(
        "The city of Probolinggo was invited to design a twin city tie with Arnhem in the "
        "Netherlands.",
        "Arnhem",
        "other",
        never=frozenset({"sister_city"}),
    ),
    "id-only-conceived": Probe(
        "Kerja sama sister city antara Kota Probolinggo dan Kota Arnhem, Belanda yang sudah "
        "digagas sejak 2019 terus berlanjut.",
        "Arnhem",
        "other",
        never=frozenset({"sister_city"}),
    ),
    "en-first-mooted": Probe(
        "The sister city tie between Probolinggo and Arnhem in the Netherlands, first mooted in "
        "2019, goes on.",
        "Arnhem",
        "other",
        never=frozenset({"sister_city"}),
    ),
    "id-made-official-mirror": Probe(
        "Kota Probolinggo dan Kota Arnhem, Belanda resmi menjadi sister city sejak 2019.",
        "Arnhem",
        "sister_city",
        "signing",
    ),
    "id-running-since-mirror": Probe(
        "Kerja sama sister city antara Kota Probolinggo dan Kota Arnhem, Belanda yang sudah "
        "terjalin sejak 2019 terus berlanjut.",
        "Arnhem",
        "sister_city",
        "signing",
    ),
    "en-signed-mirror": Probe(
        "The sister city agreement between Probolinggo and Arnhem in the Netherlands, signed in "
        "2019, goes on.",
        "Arnhem",
        "sister_city",
        "signing",
    ),
}

# i36a (real23's Tabanan and Banyumas, real25's Makassar-Taipei): a plan or talk of a tie told at
# the call of the partner's envoy or posted office is that meeting (calls_told.py): the call in
# the next sentence pointing back to the plan ("mengatakan hal itu ketika menerima", "Rencana itu
# terungkap dalam pertemuan", "said this when she received"), or the envoy named by another name
# of the partner country. The mirrors: businesspeople received, our own consulate, the plan told
# at a trip of ours.
PLANS_AT_A_CALL: dict[str, Probe] = {
    "id-said-when-receiving-the-consul": Probe(
        "Pemerintah Kabupaten Sleman membuka diri untuk menjalin kerja sama dengan pemerintah "
        "Vietnam di bidang pertanian. Bupati Sleman Kustini mengatakan hal itu ketika menerima "
        "Konsul Jenderal Vietnam di Surabaya, Nguyen Van Hai, di ruang kerjanya, Selasa.",
        "Vietnam",
        "meeting",
        never=frozenset({"other"}),
    ),
    "en-said-when-receiving-the-consul": Probe(
        "Sleman regency is open to cooperation with the government of Vietnam in agriculture. "
        "Regent Kustini said this when she received the Consul General of Vietnam in Surabaya, "
        "Nguyen Van Hai, at her office on Tuesday.",
        "Vietnam",
        "meeting",
        never=frozenset({"other"}),
    ),
    "id-plan-revealed-at-a-trade-office-call": Probe(
        "Pemerintah Kota Kendari berencana menjalin kerja sama kota kembar dengan Hong Kong. "
        "Rencana itu terungkap dalam pertemuan antara Wali Kota Kendari Sulkarnain dengan "
        "Direktur Kantor Dagang dan Ekonomi Hong Kong di Jakarta, Bernard Chan.",
        "Hong Kong",
        "meeting",
        "exploration",
    ),
    "id-consul-named-by-the-country-s-short-name": Probe(
        "Pemerintah Kabupaten Sleman menjajaki kerja sama dengan pemerintah Republik Sosialis "
        "Vietnam di bidang investasi, kata Wakil Bupati Sleman usai berbincang dengan Konsul "
        "Jenderal Vietnam di Surabaya, Rabu.",
        "Republik Sosialis Vietnam",
        "meeting",
        "exploration",
    ),
    "id-businesspeople-received-mirror": Probe(
        "Pemerintah Kabupaten Sleman membuka diri untuk menjalin kerja sama dengan pemerintah "
        "Vietnam di bidang pertanian. Bupati Sleman Kustini mengatakan hal itu ketika menerima "
        "rombongan pengusaha Vietnam di ruang kerjanya, Selasa.",
        "Vietnam",
        "other",
        never=frozenset({"meeting"}),
    ),
    "id-our-own-consulate-mirror": Probe(
        "Pemerintah Kota Kupang berencana menjalin kerja sama kota kembar dengan Kota "
        "Townsville, Australia. Rencana itu terungkap dalam pertemuan daring Pemkot Kupang "
        "bersama Konsulat RI di Townsville, Rabu (15/3).",
        "Townsville",
        never=frozenset({"meeting"}),
    ),
    "id-plan-told-at-our-trip-mirror": Probe(
        "Pemerintah Kota Kendari berencana menjalin kerja sama kota kembar dengan Hong Kong. "
        "Rencana itu terungkap dalam kunjungan Wali Kota Kendari Sulkarnain ke Hong Kong pekan "
        "lalu.",
        "Hong Kong",
        never=frozenset({"meeting"}),
    ),
}

# i36a (real25's Bangka Belitung-Seychelles): a head of state's special envoy, or an ambassador
# written "Duta besar", calling on us is an envoy's call, a meeting; the mirrors: a minister who
# travelled, and our own envoy along with our trip.
SPECIAL_ENVOYS: dict[str, Probe] = {
    "id-special-envoy-received": Probe(
        "Gubernur Jambi Al Haris menerima kunjungan rombongan utusan khusus Presiden Republik "
        "Kenya untuk ASEAN, John Mwangi, di rumah dinas gubernur, Senin (3/3/2025). Kunjungan "
        "ini merupakan silaturahmi antara Pemprov Jambi dan Pemerintah Kenya untuk memperkuat "
        "hubungan kedua pihak.",
        "Kenya",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "en-special-envoy-received": Probe(
        "Jambi Governor Al Haris received a visit from the Special Envoy of the President of "
        "Kenya to ASEAN, John Mwangi, at his residence on Monday (3/3/2025). The visit was a "
        "courtesy call between the Jambi government and the Government of Kenya to strengthen "
        "relations.",
        "Kenya",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-ambassador-in-lower-case": Probe(
        "Gubernur Jambi Al Haris menerima kunjungan Duta besar Kenya untuk ASEAN, John Mwangi, "
        "di rumah dinas gubernur, Senin (3/3/2025). Kunjungan ini merupakan silaturahmi antara "
        "Pemprov Jambi dan Pemerintah Kenya untuk memperkuat hubungan kedua pihak.",
        "Kenya",
        "meeting",
        never=frozenset({"visit"}),
    ),
    "id-minister-received-mirror": Probe(
        "Gubernur Jambi Al Haris menerima kunjungan Menteri Perikanan Kenya, John Mwangi, di "
        "rumah dinas gubernur, Senin (3/3/2025). Kunjungan ini merupakan silaturahmi antara "
        "Pemprov Jambi dan Pemerintah Kenya untuk memperkuat hubungan kedua pihak.",
        "Kenya",
        "visit",
    ),
    "id-our-envoy-along-mirror": Probe(
        "Gubernur Jambi Al Haris berkunjung ke Kenya bersama utusan khusus Presiden RI untuk "
        "Afrika, Senin (3/3/2025). Kunjungan ini merupakan silaturahmi antara Pemprov Jambi dan "
        "Pemerintah Kenya untuk memperkuat hubungan kedua pihak.",
        "Kenya",
        "visit",
    ),
}

# i36a (real24's North Kalimantan-US, real25's Riau-Malaysia, Mamuju, Tomohon, real23's Kediri):
# an envoy's call (a meeting with a country) telling nothing signed and no tie that runs or goes
# on explores; the mirrors: cooperation continued, or the call about the envoy's own consulate,
# is a tie's use.
FIRST_CALLS: dict[str, Probe] = {
    "id-a-first-call-explores": Probe(
        "Gubernur Sulawesi Tengah Rusdy Mastura menerima kunjungan Konsul Jenderal Australia di "
        "Makassar, Todd Dias, di ruang kerjanya, Senin (3/3/2025). Keduanya berbincang tentang "
        "pendidikan dan perdagangan.",
        "Australia",
        "meeting",
        "exploration",
    ),
    "en-a-first-call-explores": Probe(
        "Central Sulawesi Governor Rusdy Mastura received the Consul General of Australia in "
        "Makassar, Todd Dias, at his office on Monday (3/3/2025). They talked about education "
        "and trade.",
        "Australia",
        "meeting",
        "exploration",
    ),
    "id-cooperation-continued-mirror": Probe(
        "Gubernur Sulawesi Tengah Rusdy Mastura menerima kunjungan Konsul Jenderal Australia di "
        "Makassar, Todd Dias, di ruang kerjanya, Senin (3/3/2025). Keduanya sepakat untuk terus "
        "melanjutkan kerja sama pendidikan.",
        "Australia",
        "meeting",
        "implementation",
    ),
    "en-cooperation-continued-mirror": Probe(
        "Central Sulawesi Governor Rusdy Mastura received the Consul General of Australia in "
        "Makassar, Todd Dias, at his office on Monday (3/3/2025). They agreed to continue the "
        "existing cooperation in education.",
        "Australia",
        "meeting",
        "implementation",
    ),
    # real25's North Kalimantan-Seychelles: our government's ties at large are no tie with the
    # envoy's country
    "id-our-ties-at-large-are-no-tie-with-it": Probe(
        "Gubernur Sulawesi Tengah Rusdy Mastura menerima kunjungan Konsul Jenderal Australia di "
        "Makassar, Todd Dias, di ruang kerjanya, Senin (3/3/2025). Keduanya berbincang tentang "
        "pendidikan. Pemprov Sulteng telah menjalin berbagai kerja sama di tingkat regional.",
        "Australia",
        "meeting",
        "exploration",
    ),
    "en-our-ties-at-large-are-no-tie-with-it": Probe(
        "Central Sulawesi Governor Rusdy Mastura received the Consul General of Australia in "
        "Makassar, Todd Dias, at his office on Monday (3/3/2025). They talked about education. "
        "The province has established many partnerships in the region.",
        "Australia",
        "meeting",
        "exploration",
    ),
    "en-an-honorary-consulate-mirror": Probe(
        "Central Sulawesi Governor Rusdy Mastura received the Consul General of Australia in "
        "Makassar, Todd Dias, at his office on Monday (3/3/2025). They discussed opening an "
        "honorary consulate of Australia in Palu.",
        "Australia",
        "meeting",
        "implementation",
    ),
}

# i36a (real23's Cirebon): a plan whose next sentence names its step pointing back at it
# ("Penjajakan itu ...", "The exploration ...") is at that step; the mirror, "Rencana itu", a plan.
STEPS_NAMED_BACK: dict[str, Probe] = {
    "id-exploration-named-back": Probe(
        "Kota Pekalongan digadang-gadang menjadi sister city Kota Arnhem, Belanda. Penjajakan itu "
        "menjadi yang kelima bagi Pekalongan setelah empat kota lain.",
        "Arnhem",
        "other",
        "exploration",
    ),
    "en-exploration-named-back": Probe(
        "Pekalongan is touted to become a sister city of Arnhem in the Netherlands. The "
        "exploration is the fifth for Pekalongan after four other cities.",
        "Arnhem",
        "other",
        "exploration",
    ),
    "id-plan-named-back-mirror": Probe(
        "Kota Pekalongan digadang-gadang menjadi sister city Kota Arnhem, Belanda. Rencana itu "
        "menjadi yang kelima bagi Pekalongan setelah empat kota lain.",
        "Arnhem",
        "other",
        "initiative",
    ),
    # i48a (real41's Negeri Sembilan): a plan's purpose told next, pointing back ("Hal ini guna
    # ...", "This is to ..."), names its step; the mirror, a said-back sentence, names none
    "id-purpose-named-back": Probe(
        "Pemerintah Prefektur Ishikawa akan mengirim delegasi ke Riau pada Juni mendatang. Hal "
        "ini guna melakukan diskusi lebih lanjut dan meninjau potensi yang tersedia.",
        "Ishikawa",
        "other",
        "exploration",
    ),
    "en-purpose-named-back": Probe(
        "The government of Ishikawa Prefecture will send a delegation to Riau next June. This is "
        "to hold further talks and review the potential.",
        "Ishikawa",
        "other",
        "exploration",
    ),
    "id-said-back-mirror": Probe(
        "Pemerintah Prefektur Ishikawa akan mengirim delegasi ke Riau pada Juni mendatang. Hal "
        "ini disampaikan Gubernur Riau kepada wartawan.",
        "Ishikawa",
        "other",
        "initiative",
    ),
    "en-said-back-mirror": Probe(
        "The government of Ishikawa Prefecture will send a delegation to Riau next June. This "
        "was said by the Governor of Riau.",
        "Ishikawa",
        "other",
        "initiative",
    ),
}

ALL = {
    **ENVOY_CALLS,
    **DELEGATIONS,
    **MOUS,
    **BACKGROUND,
    **PLANS,
    **EVENT_STAGES,
    **CONVENTIONS,
    **SIGNINGS_TO_COME,
    **TIES_CONCEIVED,
    **PLANS_AT_A_CALL,
    **SPECIAL_ENVOYS,
    **FIRST_CALLS,
    **STEPS_NAMED_BACK,
}


@pytest.mark.parametrize("key", sorted(ALL))
def test_a_probe_drafts_its_type(key: str) -> None:
    probe = ALL[key]
    drafts = _drafts(probe.text)
    mine = [d for d in drafts if same_partner([probe.partner], d["partner"])]
    got = [(d["partner"], d["type"], d["stage"]) for d in drafts]
    assert not any(d["type"] in probe.never for d in mine), got
    if probe.rtype is None:
        return
    typed = [d for d in mine if d["type"] == probe.rtype]
    assert typed, got
    if probe.stage is not None:
        assert any(d["stage"] == probe.stage for d in typed), got


CASES = Path(__file__).parent / "extract_cases"


def _stages_right(*batches: str) -> tuple[int, int]:
    """(right, told) over the paired records whose expectation gives a stage."""
    right = told = 0
    for batch in batches:
        for article in sorted((CASES / batch).glob("*.txt")):
            # drafted once a session and shared with test_extract.py's floors (extract_corpus.py)
            spec, found = extract_corpus.expected(article), extract_corpus.drafts(article)
            outcomes = stage_outcomes(spec["records"], found)
            told += len(outcomes)
            right += sum(outcome == "right" for _, _, outcome in outcomes)
    return right, told


def test_the_stage_of_paired_records_scores_above_its_floor() -> None:
    # Measured by i33b (bench/extract_eval.py's STAGE line): real1-16 235 of 265 right at
    # 91d6017, 236 after i33b (a tie told flatly under a sister-city headline); real17-19 38 of
    # 53, 40 after (a tie worked out at a meeting explores; a tie hoped to come true is a plan).
    # With i33c's whole records merged (main 155c1a2) more records pair: main 236/266 and 43/64,
    # with i33b 237/266 and 45/64.
    # The relabel to tests/extract_cases/CONVENTIONS.md (stop 37) moved two of these labels away
    # from what the rules draft (same rules: 246 -> 244 of 275), a change of the measure, not of
    # the rules. The 21 held relabels applied by i47h moved it again (same rules: 244 of 275 ->
    # 239 of 272, 0.879); i47h's rule 4 fold (extract/envoy_cities.py) raised it to 241 of 272,
    # its cities at a call to 242 of 272.
    right, told = _stages_right(*(f"real{n}" for n in range(1, 17)))
    assert right / told >= 0.889, (right, told)
    right, told = _stages_right("real17", "real18", "real19")
    assert right / told >= 0.70, (right, told)
    # real20-22 (i34b): 47 of 65 at their first sight (c77f436, main 24a4129), 52 of 65 after
    # i34b's rules (a signing approved by the DPRD, ties going on, a trip made to establish one).
    right, told = _stages_right("real20", "real21", "real22")
    assert right / told >= 0.79, (right, told)
    # real23-25 (i36a): 30 of 56 at their first sight (main 2de2b6e), 39 of 56 after i36a's rules
    # (plans told at an envoy's call, an envoy's call that talks of cooperation explores, a
    # plan's step named back).
    # i47h's cities at a call (extract/envoy_cities.py: Gianyar-Kanazawa) 48 -> 49 of 66.
    right, told = _stages_right("real23", "real24", "real25")
    assert right / told >= 0.742, (right, told)
    # real26-27 (i37b): 21 of 30 at their first sight (main 1fd8df9), 25 of 30 after i37b's rules
    # (a revitalising MoU renews, a headline that explores, talks in Indonesian words).
    right, told = _stages_right("real26", "real27")
    assert right / told >= 0.8, (right, told)
    # real30-33 (stop 35): 39 of 61 at their first sight (main 88b5865).
    # real30-33 (stop 35): 39 of 61 at their first sight (main 88b5865), 55 of 78 after i42a's and
    # i42b's rules paired more records.
    # i48c's Bashkortostan pairs real31's trip, its stage right: 55 of 78 -> 56 of 79.
    right, told = _stages_right("real30", "real31", "real32", "real33")
    assert right / told >= 0.705, (right, told)
    # real34-35 (stop 35): 16 of 24 at their first sight (main 08cef21), 17 of 25 after i44b's
    # rules paired real35's Papua call (its stage the cooperation seen at work).
    right, told = _stages_right("real34", "real35")
    assert right / told >= 0.675, (right, told)
    # real36-39 (stop 36): 34 of 54 at their first sight (main 19aa4d5); 0.630 -> 0.648 after
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37); i48c's "Delegasi Kota
    # Gimcheon" and Tatarstan pair more records, 35 of 53 -> 37 of 56.
    right, told = _stages_right("real36", "real37", "real38", "real39")
    assert right / told >= 0.66, (right, told)
    # real40-43 (stop 37): 43 of 58 at their first sight (main e80d6dd); 45 of 60 after i48a's
    # rule 4 offer word and a plan's purpose told next (real41's Negeri Sembilan explores).
    right, told = _stages_right("real40", "real41", "real42", "real43")
    assert right / told >= 0.75, (right, told)
    # real44-47 (stop 39): 35 of 57 at their first sight (main a3ecb23).
    right, told = _stages_right("real44", "real45", "real46", "real47")
    assert right / told >= 0.614, (right, told)


# Properties (i33b): a document only explored, planned, wished, offered, prepared or discussed is
# never drafted as signed; the same document told signed is. Phrases x documents x partners the
# corpus does not hold, in both languages.
_PARTNERS = [
    ("Toyooka", "Jepang", "Japan"),
    ("Mainz", "Jerman", "Germany"),
    ("Bursa", "Turki", "Turkey"),
]
_ID_PLANS = [
    "tengah menjajaki",
    "berencana menandatangani",
    "berharap dapat menandatangani",
    "akan menandatangani",
    "sedang mempersiapkan penandatanganan",
    "menawarkan",
    "ingin menjalin",
    "bersiap meneken",
    "masih membahas",
]
_ID_DOCS = {
    "LoI": "loi",
    "nota kesepahaman": "mou",
    "MoU": "mou",
    "perjanjian kerja sama": "agreement",
    "surat pernyataan keinginan": "loi",
    "kerja sama sister city": "sister_city",
}
_EN_PLANS = [
    "is exploring",
    "plans to sign",
    "hopes to sign",
    "will sign",
    "is preparing to sign",
    "has offered",
    "wants to establish",
    "is set to sign",
    "is still discussing",
]
_EN_DOCS = {
    "a letter of intent": "loi",
    "a memorandum of understanding": "mou",
    "an MoU": "mou",
    "a cooperation agreement": "agreement",
    "a sister city agreement": "sister_city",
}
_SETTINGS = settings(max_examples=30, deadline=None, database=None, derandomize=True)


def _types(text: str, partner: str) -> list[str]:
    return [d["type"] for d in _drafts(text) if same_partner([partner], d["partner"])]


def _told(form: str, partner: tuple[str, str, str]) -> tuple[str, str]:
    """The partner's name and the form filled with it ({p}), its country in Indonesian ({c})
    and in English ({e})."""
    name, negara, country = partner
    return name, form.format(p=name, c=negara, e=country)


def _drafted(text: str, partner: str) -> list[tuple[str, str | None]]:
    return [(d["type"], d["stage"]) for d in _drafts(text) if same_partner([partner], d["partner"])]


@_SETTINGS
@given(
    st.sampled_from(_ID_PLANS + _EN_PLANS),
    st.sampled_from(sorted(_ID_DOCS) + sorted(_EN_DOCS)),
    st.sampled_from(_PARTNERS),
)
def test_a_document_only_meant_is_never_drafted_signed(
    plan: str, document: str, partner: tuple[str, str, str]
) -> None:
    name, negara, country = partner
    if plan in _ID_PLANS and document in _ID_DOCS:
        text = f"Pemkot Bontang {plan} {document} dengan Kota {name}, {negara}, kata Wali Kota."
    elif plan in _EN_PLANS and document in _EN_DOCS:
        text = f"Bontang {plan} {document} with {name}, {country}, Mayor Neni Moerniaeni said."
    else:
        return  # one language at a time
    assert not SIGNED_TYPES & set(_types(text, name)), text


@_SETTINGS
@given(
    st.sampled_from(["menandatangani", "telah menandatangani", "resmi meneken"]),
    st.sampled_from(["signed", "has signed", "formally signed"]),
    st.sampled_from(sorted(_ID_DOCS) + sorted(_EN_DOCS)),
    st.sampled_from(_PARTNERS),
)
def test_the_same_document_told_signed_is_drafted_signed(
    verb_id: str, verb_en: str, document: str, partner: tuple[str, str, str]
) -> None:
    name, negara, country = partner
    if document in _ID_DOCS:
        text = (
            f"Pemkot Bontang {verb_id} {document} dengan Kota {name}, {negara}, di Balai Kota "
            "Bontang, Senin (3/3/2025)."
        )
        want = _ID_DOCS[document]
    else:
        text = f"Bontang {verb_en} {document} with {name}, {country}, on Monday (3/3/2025)."
        want = _EN_DOCS[document]
    assert want in _types(text, name), text


# An envoy posted here calling on us, whatever the verb, is a meeting with the envoy's country; a
# delegation travelling between the two places, either way, is a visit (the lead's convention).
_ENVOYS_ID = [
    "Duta Besar {c} untuk Indonesia, Jan Berg,",
    "Konsul Jenderal {c} di Surabaya, Jan Berg,",
    "Wakil Duta Besar {c}, Jan Berg,",
    "Dubes {c} Jan Berg",
]
_CALLS_ID = [
    "berkunjung ke Kantor Bupati Lumajang",
    "melakukan kunjungan kehormatan kepada Bupati Lumajang Thoriqul Haq",
    "bertemu Bupati Lumajang Thoriqul Haq",
    "beraudiensi dengan Bupati Lumajang Thoriqul Haq",
    "menyambangi Pendopo Kabupaten Lumajang",
]
_ENVOYS_EN = [
    "The Ambassador of {c} to Indonesia, Jan Berg,",
    "{c}'s Ambassador to Indonesia, Jan Berg,",
    "The Consul General of {c} in Surabaya, Jan Berg,",
    "{c} Ambassador Jan Berg",
]
_CALLS_EN = [
    "visited Lumajang Regent Thoriqul Haq at his office",
    "paid a courtesy call on Lumajang Regent Thoriqul Haq",
    "met Lumajang Regent Thoriqul Haq",
    "called on Lumajang Regent Thoriqul Haq",
]
_COUNTRIES = [("Finlandia", "Finland"), ("Norwegia", "Norway"), ("Chili", "Chile")]


@_SETTINGS
@given(
    st.booleans(),
    st.integers(0, 3),
    st.integers(0, 4),
    st.sampled_from(_COUNTRIES),
)
def test_an_envoy_s_call_is_a_meeting_whatever_its_verb(
    english: bool, envoy: int, call: int, country: tuple[str, str]
) -> None:
    if english:
        who = _ENVOYS_EN[envoy].format(c=country[1])
        text = f"{who} {_CALLS_EN[call % 4]} on Monday (3/3/2025) to discuss education cooperation."
    else:
        who = _ENVOYS_ID[envoy].format(c=country[0])
        text = f"{who} {_CALLS_ID[call]}, Senin (3/3/2025), membahas kerja sama pendidikan."
    types = _types(text, country[1] if english else country[0])
    assert "meeting" in types and "visit" not in types, (text, types)


_TRIPS_ID = [
    "Wali Kota {p}, {c}, Jan Berg, beserta rombongan berkunjung ke Kabupaten Lumajang,",
    "Delegasi Pemerintah Kota {p}, {c}, yang dipimpin Wakil Wali Kota Jan Berg, tiba di "
    "Kabupaten Lumajang,",
    "Rombongan Kota {p}, {c}, mengunjungi Pendopo Kabupaten Lumajang,",
    "Bupati Lumajang Thoriqul Haq beserta rombongan melakukan kunjungan kerja ke Kota {p}, {c},",
    "Delegasi Pemkab Lumajang yang dipimpin Bupati Thoriqul Haq mengunjungi Kota {p}, {c},",
]
_TRIPS_EN = [
    "The Mayor of {p}, {e}, Jan Berg, and his delegation paid a working visit to Lumajang",
    "A delegation from {p}, {e}, led by Deputy Mayor Jan Berg, arrived in Lumajang Regency",
    "Lumajang Regent Thoriqul Haq led a delegation to {p}, {e},",
    "Lumajang Regent Thoriqul Haq made a working trip to {p}, {e},",
]


@_SETTINGS
@given(st.booleans(), st.integers(0, 4), st.sampled_from(_PARTNERS))
def test_a_delegation_travelling_either_way_is_a_visit(
    english: bool, trip: int, partner: tuple[str, str, str]
) -> None:
    if english:
        name, told = _told(_TRIPS_EN[trip % 4], partner)
        text = f"{told} on Monday (3/3/2025) to discuss education cooperation."
    else:
        name, told = _told(_TRIPS_ID[trip], partner)
        text = f"{told} Senin (3/3/2025), untuk membahas kerja sama pendidikan."
    types = _types(text, name)
    assert "visit" in types and "meeting" not in types, (text, types)


# A tie told as existing is the sister-city record; the same tie wished, sought, proposed,
# explored or targeted is never a signed one.
_EXISTING_TIES = [
    "Kota Bontang dan Kota {p}, {c}, telah menjalin hubungan sister city sejak 2012.",
    "Kota Bontang dan Kota {p}, {c}, merupakan kota kembar sejak 2012.",
    "Hubungan sister city Kota Bontang dan Kota {p}, {c}, sudah terjalin sejak 2012.",
    "Bontang and {p}, {e}, have been sister cities since 2012.",
    "Bontang has had a sister city relationship with {p}, {e}, since 2012.",
]
_WISHED_TIES = [
    "Wali Kota Bontang berharap Kota Bontang dan Kota {p}, {c}, dapat menjadi kota kembar.",
    "Pemkot Bontang ingin menjalin hubungan sister city dengan Kota {p}, {c}.",
    "Pemkot Bontang mengusulkan kerja sama sister city dengan Kota {p}, {c}.",
    "Kerja sama sister city Kota Bontang dan Kota {p}, {c}, masih dalam tahap penjajakan.",
    "Pemkot Bontang menargetkan kerja sama sister city dengan Kota {p}, {c}, terwujud tahun depan.",
    "Bontang hopes to become a sister city of {p}, {e}, the mayor said.",
    "Bontang is seeking a sister city relationship with {p}, {e}, the mayor said.",
    "Bontang has proposed a sister city partnership with {p}, {e}, the mayor said.",
    "Bontang aims to become a sister city of {p}, {e}, next year, the mayor said.",
]


@_SETTINGS
@given(st.booleans(), st.integers(0, 8), st.sampled_from(_PARTNERS))
def test_a_tie_existing_is_signed_and_a_tie_wished_never_is(
    existing: bool, form: int, partner: tuple[str, str, str]
) -> None:
    forms = _EXISTING_TIES if existing else _WISHED_TIES
    name, text = _told(forms[form % len(forms)], partner)
    types = set(_types(text, name))
    if existing:
        assert "sister_city" in types, (text, types)
    else:
        assert not types & SIGNED_TYPES, (text, types)


# A document renewed is that document at `renewal`; a renewal only planned, discussed or still to
# be signed is `other` at `renewal`, never a signed document.
_RENEWED = [
    "Pemkot Bontang dan Kota {p}, {c}, memperpanjang nota kesepahaman sister city, Senin "
    "(3/3/2025).",
    "Pemkot Bontang dan Kota {p}, {c}, menandatangani perpanjangan MoU kerja sama pendidikan, "
    "Senin (3/3/2025).",
    "Pemkot Bontang dan Kota {p}, {c}, memperbarui perjanjian kerja sama pendidikan, Senin "
    "(3/3/2025).",
    "Bontang and {p}, {e}, renewed their memorandum of understanding on Monday (3/3/2025).",
    "Bontang and {p}, {e}, signed an extension of their sister city agreement on Monday "
    "(3/3/2025).",
    "Bontang and {p}, {e}, extended their cooperation agreement for five years on Monday "
    "(3/3/2025).",
]
_RENEWAL_PLANNED = [
    "Pemkot Bontang berencana memperpanjang nota kesepahaman dengan Kota {p}, {c}.",
    "Pemkot Bontang dan Kota {p}, {c}, membahas perpanjangan MoU kerja sama pendidikan.",
    "Perpanjangan MoU Pemkot Bontang dan Kota {p}, {c}, akan ditandatangani bulan depan.",
    "Bontang plans to renew its memorandum of understanding with {p}, {e}.",
    "Bontang and {p}, {e}, discussed the renewal of their sister city agreement.",
    "The renewal of the MoU between Bontang and {p}, {e}, will be signed next month.",
]


@_SETTINGS
@given(st.booleans(), st.integers(0, 5), st.sampled_from(_PARTNERS))
def test_a_renewal_done_is_the_document_s_and_a_renewal_planned_is_other(
    done: bool, form: int, partner: tuple[str, str, str]
) -> None:
    name, text = _told((_RENEWED if done else _RENEWAL_PLANNED)[form], partner)
    drafts = _drafted(text, name)
    if done:
        assert any(t in SIGNED_TYPES and s == "renewal" for t, s in drafts), (text, drafts)
    else:
        assert ("other", "renewal") in drafts, (text, drafts)
        assert not any(t in SIGNED_TYPES for t, _ in drafts), (text, drafts)


# A visit whose headline says it explores a tie with its partner ("Jajaki Kerja Sama", "explores
# cooperation") is the exploration even when its own sentences only tell the trip.
_VISIT_BODY_ID = (
    "Wali Kota Gimcheon, Korea Selatan, Kim Chung-seob beserta rombongan berkunjung ke "
    "Kabupaten Kendal, Senin (3/3/2025). Rombongan diterima Bupati Kendal Dico Ganinduto di "
    "pendopo."
)
_VISIT_BODY_EN = (
    "The Mayor of Gimcheon, South Korea, Kim Chung-seob and his delegation paid a working visit "
    "to Kendal on Monday (3/3/2025). They were welcomed by Regent Dico Ganinduto."
)


@pytest.mark.parametrize(
    ("headline", "body", "stage"),
    [
        (
            "Wali Kota Gimcheon Kunjungi Kendal dan Jajaki Kerja Sama Pendidikan",
            _VISIT_BODY_ID,
            "exploration",
        ),
        ("Kendal Explores Education Cooperation with Gimcheon", _VISIT_BODY_EN, "exploration"),
        # mirrors: a headline telling only the trip, or exploring with someone else
        ("Wali Kota Gimcheon Kunjungi Kendal", _VISIT_BODY_ID, "implementation"),
        (
            "Kendal Jajaki Kerja Sama dengan Universitas Diponegoro",
            _VISIT_BODY_ID,
            "implementation",
        ),
        ("Gimcheon Mayor Visits Kendal", _VISIT_BODY_EN, "implementation"),
    ],
)
def test_a_visit_a_headline_says_explores_is_the_exploration(
    headline: str, body: str, stage: str
) -> None:
    assert ("visit", stage) in _drafted(f"{headline}\n\n{body}", "Gimcheon")


# Talks held with a partner's head in Indonesian words ("menjalin pembicaraan", "mengadakan
# diskusi", "berdiskusi") are a meeting that explores, as "held talks" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wakil Bupati Sleman Danang Maharsa telah menjalin pembicaraan dengan Wali Kota Konya, "
            "Turki, Ugur Ibrahim Altay untuk memperkuat kerja sama di sektor pariwisata.",
            [("meeting", "exploration")],
        ),
        (
            "Bupati Sleman Harda Kiswaya mengadakan diskusi dengan Wali Kota Konya, Turki, Ugur "
            "Ibrahim Altay mengenai kerja sama di sektor pariwisata, Senin (3/3/2025).",
            [("meeting", "exploration")],
        ),
        (
            "Deputy Regent of Sleman Danang Maharsa held talks with the Mayor of Konya, Turkey, "
            "Ugur Ibrahim Altay to strengthen cooperation in tourism.",
            [("meeting", "exploration")],
        ),
        # mirror: a topic of conversation is no meeting (the cooperation told stays `other`)
        (
            "Kerja sama pariwisata dengan Kota Konya, Turki, menjadi topik pembicaraan warga "
            "Sleman.",
            [("other", None)],
        ),
    ],
)
def test_talks_in_indonesian_words_are_a_meeting_that_explores(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _drafted(text, "Konya") == expected


# A document signed to revitalise a tie that runs renews it (`renewal`); a document that
# revitalises a market or a river is no renewal of anything.
@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (
            "Pemkot Bontang dan Kota Bursa, Turki, menandatangani MoU Revitalisasi Kerja Sama "
            "kota kembar, Senin (3/3/2025).",
            "renewal",
        ),
        (
            "Bontang and Bursa, Turkey, signed a memorandum of understanding revitalising their "
            "sister city cooperation on Monday (3/3/2025).",
            "renewal",
        ),
        (
            # mirrors: a market revitalised is the document's field, not a tie renewed
            "Pemkot Bontang dan Kota Bursa, Turki, menandatangani MoU revitalisasi pasar "
            "tradisional, Senin (3/3/2025).",
            "signing",
        ),
        (
            "Bontang and Bursa, Turkey, signed a memorandum of understanding on revitalising the "
            "old harbour on Monday (3/3/2025).",
            "signing",
        ),
    ],
)
def test_a_document_revitalising_a_tie_renews_it(text: str, stage: str) -> None:
    assert _drafted(text, "Bursa") == [("mou", stage)]


# The stage of a visit: a tie it explores is `exploration`; a tie that runs, or a courtesy call
# with no word either way, is `implementation` (the corpus's convention).
_VISIT_ID = (
    "Wali Kota {p}, {c}, Jan Berg, beserta rombongan berkunjung ke Kabupaten Lumajang, Senin "
    "(3/3/2025),"
)
_VISIT_EN = (
    "The Mayor of {p}, {e}, Jan Berg, and his delegation paid a working visit to Lumajang on "
    "Monday (3/3/2025)"
)
_VISIT_STAGES = [
    (False, " untuk menjajaki kerja sama pendidikan.", "exploration"),
    (False, " dalam rangka penjajakan kerja sama pariwisata.", "exploration"),
    (False, " untuk merintis kerja sama kota kembar.", "exploration"),
    (
        False,
        " dalam rangka kerja sama sister city yang telah terjalin sejak 2012.",
        "implementation",
    ),
    (False, " dan diterima Bupati Lumajang Thoriqul Haq di pendopo.", "implementation"),
    (True, " to explore cooperation in education.", "exploration"),
    (True, " to seek cooperation opportunities in tourism.", "exploration"),
    (True, " under the sister city partnership the two have had since 2012.", "implementation"),
    (True, " and was welcomed by Regent Thoriqul Haq at the regency hall.", "implementation"),
]


@_SETTINGS
@given(st.sampled_from(_VISIT_STAGES), st.sampled_from(_PARTNERS))
def test_a_visit_s_stage_is_told_by_what_it_was_for(
    told: tuple[bool, str, str], partner: tuple[str, str, str]
) -> None:
    english, tail, stage = told
    name, text = _told((_VISIT_EN if english else _VISIT_ID) + tail, partner)
    drafts = _drafted(text, name)
    assert ("visit", stage) in drafts, (text, drafts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pemkot Sukabumi dan Pemerintah Kota Takasaki, Jepang, menandatangani kerja sama Green "
            "Sister City, Kamis (20/2/2025).",
            "sister_city",
        ),
        (
            "Sukabumi and Takasaki, Japan, signed the Eco Sister City cooperation on Thursday "
            "(20/2/2025).",
            "sister_city",
        ),
        (
            # mirror: the signed cooperation names no tie after it: an agreement
            "Pemkot Sukabumi dan Pemerintah Kota Takasaki, Jepang, menandatangani kerja sama "
            "pengelolaan sampah, Kamis (20/2/2025).",
            "agreement",
        ),
    ],
)
def test_a_signed_cooperation_named_a_sister_city_by_its_programme_name(
    text: str, expected: str
) -> None:
    # "kerja sama Green Sister City": a word of the tie's own name between the cooperation and
    # its kind still names it (it used to be drafted as a plain `agreement`).
    assert [d["type"] for d in to_json([extract(text, published=dt.date(2025, 2, 21))])] == [
        expected
    ]


@pytest.mark.parametrize(
    ("text", "partner", "rtype"),
    [
        # "jumpa dengan" / "berjumpa dengan": an envoy meeting our head is a meeting
        (
            "Duta Besar Swedia untuk Indonesia Daniel Blockert jumpa dengan Bupati Karawang "
            "Aep Syaepuloh. Keduanya membahas kerja sama di sektor industri.",
            "Swedia",
            "meeting",
        ),
        (
            "Duta Besar Swedia untuk Indonesia Daniel Blockert berjumpa dengan Bupati Karawang "
            "Aep Syaepuloh. Keduanya membahas kerja sama di sektor industri.",
            "Swedia",
            "meeting",
        ),
        # ... while a press conference ("jumpa pers") is no meeting with the partner
        (
            "Bupati Karawang Aep Syaepuloh menggelar jumpa pers soal rencana kerja sama dengan "
            "Swedia di sektor industri.",
            "Swedia",
            None,
        ),
    ],
)
def test_jumpa_dengan_is_a_meeting(text: str, partner: str, rtype: str | None) -> None:
    types = [d["type"] for d in _drafts(text) if d["partner"] == partner]
    if rtype is None:
        assert "meeting" not in types
    else:
        assert types == [rtype]
