"""`extract`'s sector and date rules generalised from real11's and real12's first sight (issue
23): each a probe sentence of our own, shaped like real regional news, failing before its rule."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.dates import find_dates
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.sector_frames import covered_sectors


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # The scope agreed is what the cooperation covers, with no cooperation word beside it.
        (
            "Ruang lingkup yang disepakati yakni promosi pariwisata dan budaya, serta "
            "pengembangan ekonomi kreatif.",
            ["tourism", "culture", "economy"],
        ),
        (
            "The agreed scope covers education, health and the creative economy.",
            ["education", "health", "economy"],
        ),
        # The fields a discussion focuses on are the talks' fields.
        (
            "Fokus utama diskusi mencakup pengembangan sektor pariwisata dan pelestarian budaya.",
            ["tourism", "culture"],
        ),
        (
            "The discussions focused on trade and investment.",
            ["trade", "investment"],
        ),
    ],
)
def test_a_scope_or_a_discussion_opens_a_list_of_fields(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # "tata kelola lingkungan": environmental governance is the environment's field.
        (
            "Kerja sama meliputi tata kelola lingkungan dan pengelolaan sampah.",
            ["environment", "waste"],
        ),
        ("The partnership covers environmental governance.", ["environment"]),
        # Sustainability stays a field beside the one it qualifies (the written cases' reading).
        (
            "Kedua kota sepakat bekerja sama di bidang pariwisata dan transportasi berkelanjutan.",
            ["tourism", "transport", "sustainable_development"],
        ),
        # ... while the words alone keep their own field.
        (
            "Kerja sama meliputi bidang tata kelola dan pembangunan berkelanjutan.",
            ["governance", "sustainable_development"],
        ),
    ],
)
def test_a_word_that_qualifies_a_field_is_no_field_of_its_own(
    sentence: str, codes: list[str]
) -> None:
    assert covered_sectors(sentence) == codes


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # A port, school or hospital by its name is a place, not a field.
        (
            "Sektor perdagangan juga dapat dikerjasamakan, apalagi kita punya Pelabuhan Belawan.",
            ["trade"],
        ),
        (
            "Kerja sama itu meliputi bidang pendidikan, antara lain di Sekolah Menengah Atas "
            "Negeri 1.",
            ["education"],
        ),
        # ... while the field word itself still counts.
        ("Kerja sama meliputi bidang pelabuhan dan pariwisata.", ["logistics", "tourism"]),
    ],
)
def test_a_named_port_or_school_is_no_field(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


def _sectors(text: str, published: dt.date | None = None) -> dict[str, list[str]]:
    return {d["partner"]: d["sectors"] for d in _drafts(text, published)}


def test_a_domestic_and_foreign_reach_is_not_other_cooperation() -> None:
    # "untuk dalam negeri hingga mancanegara": the reach of the gateways discussed, not a
    # domestic cooperation told beside the record.
    text = (
        "Konsul Jenderal Malaysia Ahmad Zaki melakukan kunjungan kerja ke Kalimantan Barat, "
        "diterima Gubernur Kalimantan Barat Ria Norsan di Pontianak, Kamis (12/9/2024). "
        "Pertemuan itu dalam rangka membahas kerja sama di bidang transportasi dan ekonomi yang "
        "terhubung untuk dalam negeri hingga mancanegara."
    )
    assert _sectors(text, dt.date(2024, 9, 13)) == {"Malaysia": ["transport", "economy"]}


def test_what_a_partner_shares_with_another_does_not_drop_the_sentence() -> None:
    # "Kyoto memiliki kesamaan yakni ...": a likeness, not Kyoto's own partnership with a third.
    text = (
        "Pemerintah Kota Ambon menjajaki kerja sama kota kembar dengan Kota Kyoto, Jepang. "
        "Wali Kota Ambon mengatakan Kyoto memiliki kesamaan yakni kota budaya, sehingga "
        "kesamaan ini membuka peluang untuk menjajaki kerja sama di bidang budaya dan "
        "pariwisata."
    )
    assert _sectors(text) == {"Kyoto": ["culture", "tourism"]}


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # What the fields will bring ("akan meningkatkan perekonomian ..., ekspor-impor dan
        # investasi") is no field of its own: the list ends at the effect.
        (
            "Kerja sama kedua kota di bidang pendidikan tentunya akan meningkatkan kualitas "
            "warga, salah satunya dalam kegiatan ekspor-impor dan investasi.",
            ["education"],
        ),
        (
            "The cooperation in tourism will boost the local economy and investment.",
            ["tourism"],
        ),
        # A list that goes on is still a list.
        (
            "Kerja sama meliputi bidang pendidikan, kesehatan, dan investasi.",
            ["education", "health", "investment"],
        ),
    ],
)
def test_what_a_field_will_bring_ends_the_list(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


def test_a_hope_for_every_running_tie_gives_none_of_them_fields() -> None:
    # A sentence listing the ties that run so far and hoping for more of them in a field: all
    # the ties, none of them in particular.
    text = (
        "Wali Kota Medan menandatangani nota kesepahaman dengan Kota Daegu, Korea Selatan, "
        "Selasa (17/12/2024). Ketua DPRD Medan berharap hubungan sister city Kota Medan yang "
        "sudah terjalin selama ini seperti dengan Kota Ipoh, Kota Kumamoto dan Kota Xiamen "
        "dapat diefektifkan pada kerja sama di bidang investasi."
    )
    sectors = _sectors(text, dt.date(2024, 12, 18))
    assert not any(sectors.get(p) for p in ("Ipoh", "Kumamoto", "Xiamen")), sectors


def test_the_fields_of_a_running_tie_stay_its_own_beside_a_later_visit() -> None:
    # The tie told as running ("yang telah terjalin selama ini") and its fields right after it,
    # then a visit by the partner's mayor: the fields are the tie's, not the visit's talk.
    text = (
        "Pemerintah Kota Ambon terus mengembangkan kerja sama luar negeri. Wali Kota Ambon "
        "berharap kota bersaudara yang telah terjalin selama ini antara Ambon dan Kota Darwin, "
        "Australia, dapat menjadi contoh. Kerja sama tersebut diwujudkan melalui beberapa bidang "
        "seperti kesehatan, pendidikan dan pariwisata. Selain itu, Wali Kota Darwin Kon "
        "Vatskalis juga melakukan kunjungan kerja ke Ambon."
    )
    drafts = _drafts(text)
    tie = [d for d in drafts if d["type"] == "sister_city"]
    assert tie and tie[0]["sectors"] == ["health", "education", "tourism"], drafts


def test_a_list_ending_in_and_others_is_still_this_record_s() -> None:
    # "..., pariwisata, dan lainnya": "and so on", not other cooperation told beside the record.
    text = (
        "Bupati Purwakarta menerima kunjungan Bupati Gurye, Korea Selatan, Kim Soon-ho, di "
        "Purwakarta, Kamis (20/3/2025). Keduanya menjajaki kerja sama sister city. Kerja sama "
        "yang bisa dibangun meliputi bidang pertanian, pariwisata, pendidikan, dan lainnya."
    )
    (draft,) = _drafts(text, dt.date(2025, 3, 21))
    assert draft["sectors"] == ["agriculture", "tourism", "education"], draft  # stop 39


@pytest.mark.parametrize(
    ("headline", "codes"),
    [
        (
            "Gubernur Terima Konsul Jenderal Jepang, Bahas Peluang Investasi dan Pendidikan",
            ["investment", "education"],
        ),
        ("Wali Kota dan Konsul Jepang Teken MoU Perdagangan dan Pariwisata", ["trade", "tourism"]),
        # A goal in a headline is no field ("Majukan Pariwisata, ...").
        ("Majukan Pariwisata, Wali Kota Terima Konsul Jenderal Jepang", []),
    ],
)
def test_a_headline_s_topics_are_the_lead_record_s_fields(headline: str, codes: list[str]) -> None:
    body = (
        "Gubernur Sulawesi Tengah menerima kunjungan Konsul Jenderal Jepang di Surabaya, "
        "Kenji Sato, di Palu, Selasa (4/3/2025)."
    )
    (draft,) = _drafts(f"{headline}\n\n{body}", dt.date(2025, 3, 5))
    assert draft["sectors"] == codes, draft


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        # "18 Januari tahun 1985": the formal Indonesian day, month, "tahun", year.
        ("Kerja sama itu ditandatangani pada tanggal 18 Januari tahun 1985.", "1985-01-18"),
        # Dashed and dotted numeric dates.
        ("Nota kesepahaman ditandatangani pada 17-8-2020 di Bogor.", "2020-08-17"),
        ("Nota kesepahaman ditandatangani pada 17.08.2020 di Bogor.", "2020-08-17"),
        # A month and year keep their precision.
        ("Kerja sama itu dimulai pada Januari tahun 1985.", "1985-01"),
    ],
)
def test_a_date_s_formal_and_numeric_forms(sentence: str, iso: str) -> None:
    assert [d.iso for d in find_dates(sentence, None)] == [iso]


def test_the_day_a_tie_took_place_told_in_a_sentence_of_its_own() -> None:
    # "Peristiwa bersejarah ini berlangsung pada tanggal ...": the day of the tie the sentence
    # before told, when it is the article's one undated document.
    text = (
        "Pada tahun 1980-an Kota Bukittinggi menjalin kota kembar (sister city) dengan Kota "
        "Ipoh, Malaysia. Peristiwa bersejarah ini berlangsung pada tanggal 18 Januari tahun "
        "1985 di Balai Kota."
    )
    (draft,) = _drafts(text)
    assert (draft["type"], draft["date"]) == ("sister_city", "1985-01-18"), draft


@pytest.mark.parametrize(
    "opening",
    [
        "Pemerintah Kota (Pemkot) Makassar kembali menjajaki kerja sama dengan Kota Tbilisi, "
        "Georgia.",
        "Pemerintah Kota Makassar (Pemkot Makassar) kembali menjajaki kerja sama dengan Kota "
        "Tbilisi, Georgia.",
    ],
)
def test_a_government_named_with_its_abbreviation_in_brackets_acts(opening: str) -> None:
    # "Pemerintah Kota (Pemkot) Makassar ...": the office, its short form, then the name; a
    # government told later as having signed something else is not the local party.
    text = (
        f"{opening} Penandatanganan PKS juga telah berlangsung bersama Wali Kota Surakarta "
        "melalui kerja sama lintas perkotaan."
    )
    drafts = _drafts(text)
    assert drafts and {d["local_party"] for d in drafts} == {"Makassar"}, drafts


def test_the_fields_told_before_the_one_partner_is_named_are_its_record_s() -> None:
    # "Pemerintah kedua kota bersepakat ... bidang perdagangan dan investasi" opens the article
    # before the partner is named; the article tells one partner only: its record's fields.
    text = (
        "Dumai-Ipoh Bentuk Friendship City\n\n"
        "Pemerintah kedua kota bersepakat membentuk friendship city dengan menekankan kerja sama "
        "bidang perdagangan dan investasi. Kesepakatan ini dicapai saat Wali Kota Dumai, Khairul "
        "Anwar, berkunjung ke Kota Ipoh, Malaysia, pada Senin (23/1/2012)."
    )
    drafts = _drafts(text, dt.date(2012, 1, 28))
    assert drafts and all(d["sectors"] == ["trade", "investment"] for d in drafts), drafts


def test_a_cooperation_still_to_come_keeps_its_fields_beside_the_visit() -> None:
    # The fields of the cooperation the province will run ("kerja sama ... akan difokuskan pada
    # ..."), beside a visit by the partner's governor: a programme, not an old document whose
    # fields would be the visit's talk.
    text = (
        "Penjabat Gubernur Gorontalo Hamka mengatakan, kerja sama city to city antara Provinsi "
        "Gorontalo dan Prefektur Ehime akan difokuskan pada bidang lingkungan hidup, ekonomi "
        "dan pendidikan. Hal itu disampaikan saat Gubernur Prefektur Ehime, Tokihiro Nakamura, "
        "berkunjung ke Gorontalo."
    )
    drafts = {d["type"]: d["sectors"] for d in _drafts(text)}
    assert drafts == {"other": ["environment", "economy", "education"], "visit": []}, drafts


def test_the_home_ministry_s_name_is_no_domestic_cooperation() -> None:
    # "mewakili Menteri Dalam Negeri": the ministry's name, not cooperation at home told beside
    # the record.
    text = (
        "Gubernur Nusa Tenggara Timur melakukan kunjungan kerja ke Distrik Oecussi, Timor Leste. "
        '"Kunjungan kerja dimaksudkan untuk menjajaki peluang kerja sama, terutama bidang '
        'ekonomi dan sosial budaya," kata Robert Simbolon, yang hadir mewakili Menteri Dalam '
        "Negeri."
    )
    (draft,) = _drafts(text)
    assert draft["sectors"] == ["economy", "culture"], draft


def test_a_regency_named_with_pemerintah_daerah_acts_for_itself() -> None:
    # "Pemerintah Daerah Kabupaten Lombok Utara, Provinsi Nusa Tenggara Barat-Indonesia": the
    # regency itself (its province and country its address), so the signing sentence is the
    # local party's own, not another government's, and its fields count.
    text = (
        "Rombongan dari negara bagian Trengganu-Malaysia berkunjung ke Lombok Utara. Bertempat "
        "di Hotel Amarsvati, Pemerintah Daerah Kabupaten Lombok Utara, Provinsi Nusa Tenggara "
        "Barat-Indonesia dan Kerajaan Negeri Trengganu, Malaysia melakukan penandatanganan "
        "Memorandum of Understanding (MoU) di bidang perdagangan dan pariwisata."
    )
    drafts = _drafts(text)
    assert {d["local_party"] for d in drafts} == {"Lombok Utara"}, drafts
    assert [d["sectors"] for d in drafts] == [["trade", "tourism"]], drafts


def test_running_cooperation_hoped_to_go_on_gives_its_fields_to_the_meeting() -> None:
    # "selama ini sudah terjalin sangat baik dan diharapkan terus berlanjut, baik dalam hal
    # kerja sama ekonomi ...": what the meeting hopes to carry on, so its fields are the talk's.
    text = (
        "Gubernur Kepulauan Riau Ansar Ahmad menerima kunjungan Konsul Malaysia Mohammed Hosnie "
        "di Tanjungpinang, Kamis (3/3/2022). Menurut Ansar, hubungan Kepri dan Malaysia selama "
        "ini sudah terjalin sangat baik dan diharapkan terus berlanjut, baik dalam hal kerja sama "
        "ekonomi, pendidikan, maupun budaya."
    )
    (draft,) = _drafts(text, dt.date(2022, 3, 4))
    assert draft["sectors"] == ["economy", "education", "culture"], draft


def test_running_cooperation_alone_still_gives_no_fields_to_the_visit() -> None:
    text = (
        "Wali Kota Bogor Bima Arya menerima kunjungan Wali Kota Dongxing, Li Jian, di Balai Kota "
        "Bogor, Jumat (24/5/2019). Di bidang pendidikan, Kota Bogor sudah menjalin kerja sama "
        "dengan Dongxing."
    )
    (draft,) = _drafts(text, dt.date(2019, 5, 25))
    assert draft["sectors"] == [], draft
