"""`extract`'s field rules for date, signatories and sectors that carry to unseen articles (issue
23): each a short sentence shaped like real Java/Jakarta news, failing before its rule.
"""

from __future__ import annotations

import datetime as dt

import extract_corpus
import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.people import find_people
from kerjasama_cli.extract.places import Gazetteer
from kerjasama_cli.extract.sector_frames import covered_sectors


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # What the two places have in common is why they cooperate, not what it covers.
        (
            "Wali Kota menyatakan ketertarikan untuk merealisasikan kerja sama ini, didorong oleh "
            "banyaknya kesamaan antara kedua kota di berbagai sektor, termasuk perdagangan, "
            "pariwisata, kebudayaan, hingga olahraga.",
            [],
        ),
        (
            "The two cities, which have much in common in the fields of tourism and trade, "
            "are looking to strengthen cooperation.",
            [],
        ),
        # A scope told after the commonality still counts.
        (
            "Karena kemiripan kedua kota, kerja sama difokuskan pada bidang pariwisata.",
            ["tourism"],
        ),
    ],
)
def test_what_two_places_have_in_common_is_not_what_the_cooperation_covers(
    sentence: str, codes: list[str]
) -> None:
    assert covered_sectors(sentence) == codes


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # A purpose clause ends the list: what the cooperation serves is not one of its fields.
        (
            "Kedua kota sepakat menjajaki kerja sama di bidang ekonomi, kepemudaan, iklim dan "
            "lingkungan hidup untuk mendukung visi membangun kota yang berkelanjutan.",
            ["economy", "climate", "environment"],
        ),
        (
            "The cities will cooperate in trade and education in order to build a sustainable "
            "future.",
            ["trade", "education"],
        ),
        # A cooperation word before its purpose still frames the field after it.
        ("Kerja sama untuk mengembangkan pariwisata kedua kota.", ["tourism"]),
    ],
)
def test_a_purpose_clause_ends_a_sector_list(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


def _sectors_of(text: str, published: dt.date | None = None) -> dict[str, list[str]]:
    return {d["type"]: d["sectors"] for d in _drafts(text, published)}


def test_cooperation_told_as_already_done_gives_no_sectors_to_the_news() -> None:
    # A document signed now: the relations before it are not what it covers.
    signed = (
        "Wali Kota Bogor Bima Arya dan Wali Kota Gold Coast Tom Tate menandatangani Letter of "
        "Intent (LoI) di Bogor, Senin. Hubungan Bogor dan Gold Coast selama ini sudah terjalin "
        "melalui program pertukaran pelajar."
    )
    assert _sectors_of(signed)["loi"] == []
    # A visit reported now: the cooperation that has run so far is not its talk.
    visit = (
        "Wali Kota Bogor Bima Arya menerima kunjungan Wali Kota Dongxing, Li Jian, di Balai Kota "
        "Bogor, Jumat (24/5/2019). Di bidang pendidikan, Kota Bogor sudah menjalin kerja sama "
        "dengan Dongxing."
    )
    assert _sectors_of(visit, dt.date(2019, 5, 25))["visit"] == []
    # Told of the new document itself, the fields are its own.
    own = (
        "Wali Kota Bogor Bima Arya dan Wali Kota Gold Coast Tom Tate menandatangani Letter of "
        "Intent (LoI) di Bogor, Senin. Kerja sama itu meliputi bidang pendidikan dan pariwisata."
    )
    assert _sectors_of(own)["loi"] == ["education", "tourism"]


@pytest.mark.parametrize(
    ("text", "published", "partner"),
    [
        (
            "Wali Kota Semarang menghadiri perayaan 20 tahun terjalinnya hubungan sister province "
            "antara Provinsi Jawa Tengah dan Provinsi Fujian, di Semarang, Rabu (10/5/2023).",
            dt.date(2023, 5, 11),
            "Fujian",
        ),
        (
            "Bandung celebrated the 30th anniversary of its sister city ties with Braunschweig, "
            "Germany, on Monday.",
            dt.date(2023, 5, 9),
            "Braunschweig",
        ),
    ],
)
def test_the_day_a_tie_is_celebrated_is_not_the_day_it_was_made(
    text: str, published: dt.date, partner: str
) -> None:
    ties = [d for d in _drafts(text, published) if d["partner"] == partner]
    assert ties and all(d["date"] is None for d in ties), ties


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # An honorific, the name, then the office with its seat: no comma between.
        (
            "Gubernur Sumatera Barat Mahyeldi Ansharullah bersama Mr. Kim Kwan-Young Governor of "
            "Jeollabuk-do menandatangani Letter of Intent (LoI).",
            "Kim Kwan-Young",
            "Governor Jeollabuk-do",
        ),
        # The Malaysian spelling "Majlis" of a municipal council's head, after the name.
        (
            "LoI ini ditandatangani Walikota Yogyakarta Haryadi Suyuti dan Dato' Patahiyah Binti "
            "Ismail Yang Dipertua Majlis Perbandaran Pulau Pinang Malaysia.",
            "Patahiyah Binti Ismail",
            "Yang Dipertua Majlis Perbandaran Pulau Pinang",
        ),
    ],
)
def test_a_partner_head_named_before_the_office_after_an_honorific(
    sentence: str, name: str, title: str
) -> None:
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    partner = [(p.name, p.title) for p in people if p.side == "partner"]
    assert partner == [(name, title)]


def test_an_abbreviation_is_never_a_person() -> None:
    sentence = (
        "ujar Duta Besar RI untuk Jepang, Heri Akhmadi, saat bertemu Gubernur Kumamoto, "
        "Kabashima Ikuo, pada Senin (8/2)."
    )
    names = [p.name for p in find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)]
    assert "RI" not in names and "Kabashima Ikuo" in names
    text = (
        "Gubernur Bali Wayan Koster menandatangani LoI dengan Gubernur Kumamoto, Kabashima "
        "Ikuo. Duta Besar RI untuk Jepang, Heri Akhmadi, hadir."
    )
    assert all(d["local_signatory"] != "RI" for d in _drafts(text))


@pytest.mark.parametrize(
    ("text", "partner", "name"),
    [
        # A partner's representative named without a head's title.
        (
            "Pemerintah Kabupaten Klaten menandatangani letter of intent sister city dengan Kota "
            "Zhangzhou, Tiongkok, Selasa (24/6/2025). Dilakukan oleh Bupati Klaten Hamenang Wajar Ismoyo, dengan perwakilan "
            "pemerintah Kota Zhangzhou, Zheng Limins.",
            "Zhangzhou",
            "Zheng Limins",
        ),
        (
            "Pemerintah Kota Balikpapan menerima kunjungan delegasi Pemerintah Kota Yokohama, "
            "Jepang, pada 6 Agustus 2025. Sementara itu, perwakilan Delegasi Yokohama, Hayashi "
            "Sumire, mengungkapkan pihaknya telah melihat sejumlah fasilitas.",
            "Yokohama",
            "Hayashi Sumire",
        ),
    ],
)
def test_a_partner_s_representative_named_without_a_title_acts_for_it(
    text: str, partner: str, name: str
) -> None:
    # signs the LoI for it; takes part in the visit for it (a visit has no signatories)
    drafts = [d for d in _drafts(text, dt.date(2025, 8, 8)) if d["partner"] == partner]
    assert [extract_corpus.person(d, "partner") for d in drafts] == [name]


def test_a_document_signed_now_by_the_local_head_alone_is_hers() -> None:
    text = (
        "Wali Kota Semarang, Hevearita Gunaryanti Rahayu, menghadiri perayaan hubungan sister "
        "province Jawa Tengah dan Fujian di Semarang, Rabu (10/5/2023). Dalam kesempatan "
        "tersebut juga dilakukan penandatanganan MoU antara Pemerintah Kota Semarang dengan "
        "Pemerintah Kota Fuzhou, Rabu (10/5/2023)."
    )
    mou = [d for d in _drafts(text, dt.date(2023, 5, 11)) if d["type"] == "mou"]
    assert [d["local_signatory"] for d in mou] == ["Hevearita Gunaryanti Rahayu"]


def test_a_head_s_seat_followed_by_its_city_and_country_before_the_name() -> None:
    sentence = (
        "Kedatangan Wali Kota Eunpyeong-gu, Seoul, Korea Selatan, Kim Me-Kyung ke Sumedang, "
        "Kamis (26/9/2024) malam, mengejutkan banyak pihak."
    )
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    assert [(p.name, p.side) for p in people] == [("Kim Me-Kyung", "partner")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A first name that is also an Indonesian regency's ("Bima") after the seat is the name's.
        (
            "Wali Kota Bogor Bima Arya Sugiarto menerima langsung kedatangan delegasi Chongzuo.",
            "Bima Arya Sugiarto",
        ),
        # The seat written again before the name is still dropped.
        ("Today, the Mayor of Bandung, Bandung Ridwan Kamil inaugurated it.", "Ridwan Kamil"),
        # A Korean surname is kept at a name's end; "H.E." is an honorific.
        ("kunjungan Duta Besar China untuk Indonesia Lu Kang di Surakarta", "Lu Kang"),
        (
            "menerima Duta Besar Jepang untuk Indonesia H.E.Kanasugi Kenji di Grahadi",
            "Kanasugi Kenji",
        ),
    ],
)
def test_a_name_keeps_its_own_words(sentence: str, name: str) -> None:
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    assert name in [p.name for p in people]


@pytest.mark.parametrize(
    "sentence",
    [
        "Duta Besar RRC Liu Jianchao menyambangi Rumah Dinas Wali Kota Solo, Loji Gandrung, Jumat.",
        "Pertemuan berlangsung di Ruang Sidang Walikota Surabaya, Balai Kota, Jumat (21/11/2025).",
    ],
)
def test_a_head_s_building_names_no_person(sentence: str) -> None:
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    # The office alone is read (its holder hosts there), never the building's name.
    assert [p.name for p in people if p.title.startswith(("Wali", "Walikota"))] == [""]


@pytest.mark.parametrize(
    ("text", "partner", "name"),
    [
        (
            "Wali Kota Bogor Bima Arya Sugiarto menerima langsung kedatangan delegasi Chongzuo, "
            "Guangxi, yang dipimpin oleh Kepala Staf Ahli Pemerintah Su Zhi Qiu di Balai Kota, "
            "Kamis (23/4/2015).",
            "Chongzuo",
            "Su Zhi Qiu",
        ),
        (
            "Wali Kota Semarang Hendrar Prihadi menerima kunjungan delegasi Pemerintah Kota "
            "Nanjing, Tiongkok, Kamis (19/7/2018). Delegasi Pemerintah Kota Nanjing hadir "
            "dipimpin oleh Wakil Ketua Komite Tetap Kongres Kota Nanjing, Guo Lajun.",
            "Nanjing",
            "Guo Lajun",
        ),
    ],
)
def test_the_leader_of_a_partner_s_delegation_acts_for_it_on_the_visit(
    text: str, partner: str, name: str
) -> None:
    visits = [d for d in _drafts(text) if d["partner"] == partner and d["type"] == "visit"]
    assert [extract_corpus.person(d, "partner") for d in visits] == [name]  # a participant


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # A sector word inside a proper name (an organisation, an event) names no field.
        (
            "Interpret the two cities allied cooperation towards ASEAN Economic Community of "
            "mutual respect.",
            [],
        ),
        (
            "The cooperation will invite them for the coming Borneo Cultural Festival 2023.",
            [],
        ),
        # A field written with a capital after a field word still counts.
        ("Kerja sama di bidang Pendidikan dan Kebudayaan.", ["education", "culture"]),
    ],
)
def test_a_sector_word_inside_a_proper_name_names_no_field(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


def test_cooperation_told_as_earlier_gives_no_sectors_to_the_document_signed_now() -> None:
    text = (
        "Pemkot Malang dan Kota Tianjin meneken LoI kerja sama, Rabu (10/5/2023). Sebelumnya, "
        "pada 2019, kedua kota telah menjajaki kerja sama pendidikan."
    )
    assert _sectors_of(text, dt.date(2023, 5, 11))["loi"] == []


def test_a_document_told_with_an_old_year_is_not_signed_by_today_s_heads() -> None:
    text = (
        "BANDUNG - Wali Kota Bandung Yana Mulyana menerima kunjungan Wali Kota Suwon, Lee "
        "Jae-joon, Selasa (16/5/2023). Hubungan sister city Bandung dan Suwon telah terjalin "
        "sejak 1997, ketika LoI ditandatangani."
    )
    for d in _drafts(text, dt.date(2023, 5, 16)):
        if d["type"] != "visit":
            assert (d["local_signatory"], d["partner_signatory"]) == (None, None), d


def test_sectors_told_of_many_ties_at_once_go_to_none_of_them() -> None:
    text = (
        "Pemprov DKI Jakarta telah menjalin kerja sama sister city dengan 21 kota di dunia. Kerja "
        "sama tersebut terjalin sejak 1979 yang diawali dengan Kota Jeddah. Dikatakan Mawardi, "
        "bentuk-bentuk kerja sama sister city yang telah dijalin selama ini seperti pertukaran "
        "kebudayaan hingga pengelolaan limbah. Sekadar diketahui, 21 kota di dunia yang telah "
        "bekerja sama sister city dengan Pemprov DKI Jakarta terdiri dari Jeddah, Seoul, "
        "Islamabad, Rotterdam, Tokyo, Los Angeles hingga Budapest."
    )
    assert all(d["sectors"] == [] for d in _drafts(text, dt.date(2019, 2, 13)))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A chain of Malaysian honorifics before the name is dropped, however long.
        (
            "Gubernur Kaltara menerima Chief Minister Sabah, Datuk Seri Panglima Haji Jeffrey "
            "Kitingan di Tanjung Selor.",
            "Jeffrey Kitingan",
        ),
        (
            "Rombongan dipimpin Premier Sarawak, Datuk Patinggi Tan Sri Abang Johari Openg.",
            "Abang Johari Openg",
        ),
        # A post-nominal after the name (a member of parliament, an order) is not the name's.
        (
            "The agreement was welcomed by Chief Minister of Queensland, Annastacia Palaszczuk MP.",
            "Annastacia Palaszczuk",
        ),
        ("Mayor of Darwin, Kon Vatskalis OAM, received the delegation.", "Kon Vatskalis"),
    ],
)
def test_honorifics_and_post_nominals_are_not_the_name(sentence: str, name: str) -> None:
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    assert name in [p.name for p in people], [p.name for p in people]


def test_a_head_whose_title_names_the_record_s_partner_is_its_head() -> None:
    # The gazetteer cannot vouch for "Gubernur Sandaun" (the seat might be Indonesian), but
    # the record's own partner is that seat: the governor is the partner's head.
    text = (
        "Provinsi Papua Barat dan Provinsi Sandaun, Papua Nugini, menandatangani Letter of "
        "Intent kerja sama di Manokwari, Senin (5/3/2018). Usai penandatanganan, Gubernur "
        "Sandaun, Tony Wouwou, mengatakan pihaknya siap memulai kerja sama perdagangan."
    )
    loi = [d for d in _drafts(text, dt.date(2018, 3, 6)) if d["type"] == "loi"]
    assert [d["partner_signatory"] for d in loi] == ["Tony Wouwou"], loi


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # "perhubungan" is the Indonesian government's word for transport (Dinas Perhubungan).
        (
            "Nota kesepahaman itu memuat kerja sama di bidang perdagangan, perhubungan dan "
            "pendidikan.",
            ["trade", "transport", "education"],
        ),
        # A letter of intent written out ("pernyataan kehendak") and what it is about.
        (
            "Kedua gubernur juga membuat pernyataan kehendak tentang kerja sama perdagangan, "
            "kepariwisataan, pendidikan dan olahraga.",
            ["trade", "tourism", "education", "sports"],
        ),
        (
            "Selain itu, LoI turut membuat pernyataan kehendak, tentang penguatan sumber daya "
            "manusia, perdagangan, kepariwisataan dan budaya.",
            ["trade", "tourism", "culture"],
        ),
    ],
)
def test_a_letter_of_intent_s_scope_in_indonesian_government_words(
    sentence: str, codes: list[str]
) -> None:
    assert covered_sectors(sentence) == codes


def test_a_read_also_link_written_baca_colon_is_another_article_s_headline() -> None:
    # "BACA: ..." links another story; its partner and its words are not this article's, so
    # the letter's list of fields goes to the letter.
    text = (
        "Gubernur Sulawesi Tenggara Ali Mazi dan Gubernur Prefektur Shizuoka Heita Kawakatsu "
        "menandatangani Letter of Intent (LoI) di Kendari, Senin (4/3/2019).\n\n"
        "BACA: Universitas Halu Oleo dan Universitas Osaka Perpanjang MoU Kerja Sama\n\n"
        "Selain itu, LoI memuat pernyataan kehendak tentang kerja sama perdagangan, pendidikan "
        "dan olahraga."
    )
    drafts = _drafts(text, dt.date(2019, 3, 5))
    assert [(d["partner"], d["sectors"]) for d in drafts] == [
        ("Shizuoka", ["trade", "education", "sports"])
    ], drafts


def test_other_fields_still_to_come_do_not_make_a_list_another_record_s() -> None:
    # "bidang lainnya" are more fields of this letter, not "other cooperation" elsewhere.
    text = (
        "Gubernur Sulawesi Tenggara Ali Mazi dan Gubernur Prefektur Shizuoka Heita Kawakatsu "
        "menandatangani Letter of Intent (LoI) di Kendari, Senin (4/3/2019). Dalam surat "
        "tersebut kedua pihak mengakui prinsip kesetaraan. Selain itu, LoI memuat pernyataan "
        "kehendak tentang kerja sama perdagangan, pendidikan dan olahraga dan dapat diperluas "
        "ke berbagai bidang lainnya."
    )
    drafts = _drafts(text, dt.date(2019, 3, 5))
    assert [(d["partner"], d["sectors"]) for d in drafts] == [
        ("Shizuoka", ["trade", "education", "sports"])
    ], drafts


def _read(text: str) -> list:
    from kerjasama_cli.extract.article_passes import lone_dates_to_their_sentence
    from kerjasama_cli.extract.mentions import SentenceReader
    from kerjasama_cli.extract.parties import PartyFinder
    from kerjasama_cli.extract.sentences import sentences
    from kerjasama_cli.extract.text import clean

    gazetteer = Gazetteer.build("DKI Jakarta", [])
    parties = PartyFinder(gazetteer.resolve, "DKI Jakarta", {})
    reader = SentenceReader(gazetteer, dt.date(2012, 3, 6), {}, parties)
    facts = [reader.read(s) for s in sentences(clean(text).paragraphs)]
    lone_dates_to_their_sentence(facts)
    return facts


def test_a_byline_s_date_is_the_page_s_not_the_event_s() -> None:
    # The date line under the author and the dateline city is when the page appeared: it is
    # not moved onto the city as if it dated a sentence.
    facts = _read(
        "N. Sulawesi, Davao to become sister cities\n\nThe Davao City government and the "
        "North Sulawesi provincial administration are seeking cooperation in various sectors."
        "\n\nAhmad Fauzi (The Jakarta Post)\n\nManado\n\nTue, March 6, 2012\n\nThe idea "
        "emerged during a meeting held in Manado on Monday. The delegation then went to the "
        "Bunaken marine park. Jumat (2/3/2012)."
    )
    dated = [(f.sentence.text, [d.iso for d in f.dates]) for f in facts if f.dates]
    assert dated == [
        ("Tue, March 6, 2012", ["2012-03-06"]),
        ("The idea emerged during a meeting held in Manado on Monday.", ["2012-03-05"]),
        # A date alone after a full sentence is still that sentence's.
        ("The delegation then went to the Bunaken marine park.", ["2012-03-02"]),
    ], dated


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # The heads of Malaysian states: a Menteri Besar (peninsular states), a Ketua Menteri
        # / Chief Minister (Melaka, Penang, Sabah), their deputies.
        (
            "Gubernur Kalimantan Barat menerima kunjungan Menteri Besar Selangor, Dato' Seri "
            "Amirudin Shari, di Pontianak.",
            "Amirudin Shari",
            "Menteri Besar Selangor",
        ),
        (
            "Rombongan diterima Ketua Menteri Melaka, Datuk Seri Ab Rauf Yusoh.",
            "Ab Rauf Yusoh",
            "Ketua Menteri Melaka",
        ),
        (
            "Hadir pula Timbalan Ketua Menteri Sabah, Datuk Seri Joachim Gunsalam.",
            "Joachim Gunsalam",
            "Timbalan Ketua Menteri Sabah",
        ),
    ],
)
def test_the_heads_of_malaysian_states_are_titles(sentence: str, name: str, title: str) -> None:
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    partner = [(p.name, p.title) for p in people if p.side == "partner"]
    assert partner == [(name, title)], [(p.name, p.title, p.side) for p in people]


def test_an_envoy_s_seat_then_a_comma_then_the_name() -> None:
    # "Konsul Jenderal Jepang di Surabaya, Yasuhiro Ishida": the consulate's seat, then a
    # comma, then the name.
    sentence = (
        "Sementara itu, Konsul Jenderal Jepang di Surabaya, Yasuhiro Ishida, mengatakan "
        "pihaknya siap mendukung kerja sama pendidikan."
    )
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    assert [(p.name, p.side) for p in people] == [("Yasuhiro Ishida", "partner")], people


def test_an_undated_page_s_lead_gives_the_news_its_day() -> None:
    # No publication date: the one full date of the lead sentence is the news's day.
    text = (
        "TAWAU, KTV – Bupati Nunukan menghadiri Pesta Kaamatan tingkat Sabah 2024 yang "
        "diselenggarakan di Tawau, Malaysia, Sabtu (18/05/2024). Di sela kegiatan, Bupati "
        "bersama delegasi berdiskusi dengan Pemerintah Negeri Sabah tentang kerja sama "
        "perbatasan. Pemerintah Sabah menyambut baik kunjungan resmi ini."
    )
    drafts = _drafts(text)
    assert [(d["partner"], d["type"], d["date"]) for d in drafts] == [
        ("Sabah", "visit", "2024-05-18")
    ], drafts


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The envoy's country before the title, then where he is posted, then the name.
        (
            "The talks followed a meeting between the Japanese Ambassador to Indonesia, Kenji "
            "Kanasugi, and North Sulawesi Governor Olly Dondokambey.",
            "Kenji Kanasugi",
        ),
        (
            "Korean Ambassador to Indonesia Park Soo-deok met the governor in Manado.",
            "Park Soo-deok",
        ),
    ],
)
def test_an_envoy_named_after_his_posting_when_his_country_comes_first(
    sentence: str, name: str
) -> None:
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    assert name in [p.name for p in people], people


def test_the_year_a_cooperation_began_is_not_the_date_of_a_document_signed_now() -> None:
    # "kerja sama ... telah dimulai sejak tahun 2012" tells when working together began, not
    # when the MoU of the news ("Kamis (3/12)", no year) was signed.
    text = (
        "Gubernur Sulawesi Utara Olly Dondokambey menandatangani Memorandum of Understanding "
        "(MoU) dengan pemerintah Prefektur Shizuoka, Jepang, secara virtual, Kamis (3/12). "
        "Menurut Olly, hubungan kerja sama Sulawesi Utara dan Prefektur Shizuoka telah dimulai "
        "sejak tahun 2012."
    )
    mou = [d for d in _drafts(text) if d["type"] == "mou"]
    assert [d["date"] for d in mou] == [None], mou


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Malaysian styles of address written in title case ("Yab", "Yb") are still styles.
        (
            "Delegasi diterima Menteri Besar Johor Yab Dato' Onn Hafiz Ghazi di Johor Bahru.",
            "Onn Hafiz Ghazi",
        ),
        (
            "Rombongan bertemu Ketua Menteri Pulau Pinang Yab Chow Kon Yeow di George Town.",
            "Chow Kon Yeow",
        ),
    ],
)
def test_a_malaysian_style_in_title_case_is_no_part_of_the_name(sentence: str, name: str) -> None:
    people = find_people(sentence, Gazetteer.build("DKI Jakarta", []).resolve)
    assert [p.name for p in people if p.side == "partner"] == [name], people


@pytest.mark.parametrize(
    ("home", "sentence", "name"),
    [
        # A province's short name between the title and the name is the seat, not a first name.
        (
            "Kepulauan Riau",
            "Gubernur Kepri Nurdin Basirun menerima Konsul Jenderal.",
            "Nurdin Basirun",
        ),
        (
            "Kepulauan Bangka Belitung",
            "Gubernur Babel Erzaldi Rosman membuka pertemuan itu.",
            "Erzaldi Rosman",
        ),
    ],
)
def test_a_province_s_short_name_is_the_seat_not_a_first_name(
    home: str, sentence: str, name: str
) -> None:
    people = find_people(sentence, Gazetteer.build(home, []).resolve)
    assert [p.name for p in people] == [name], people


def test_the_wali_nanggroe_is_aceh_s_head_and_tgk_a_style() -> None:
    # Aceh's customary head signs for the province; "Tgk" (Teungku) is a style of address.
    sentence = (
        "Wali Nanggroe Aceh Tgk Abdul Hakim menandatangani nota kesepahaman dengan pemerintah "
        "Provinsi Gyeonggi, Korea Selatan."
    )
    people = find_people(sentence, Gazetteer.build("Aceh", []).resolve)
    assert [(p.name, p.side) for p in people] == [("Abdul Hakim", "home")], people


def test_a_plan_received_by_the_deputy_head_alone_names_the_deputy() -> None:
    # No regent is named: the deputy regent who received the proposal stands for the regency
    # (a participant of the plan: a plan signs nothing).
    text = (
        "Pemerintah Kota Eger, Hungaria, menjajaki kerja sama dengan Pemerintah Kabupaten "
        "Bangli guna mewujudkan kota kembar. Keinginan itu disampaikan Duta Besar RI untuk "
        "Hungaria saat bertemu Wakil Bupati Bangli, Made Sudarsa Putra, di ruang kerjanya, "
        "Selasa."
    )
    eger = [d for d in _drafts(text) if d["partner"] == "Eger"]
    assert [extract_corpus.person(d, "home") for d in eger] == ["Made Sudarsa Putra"], eger


def test_fields_of_an_earlier_trip_told_as_months_ago_are_not_the_visit_s() -> None:
    # The visit of the news covers trade; the fields of a trip "several months ago" came before.
    text = (
        "Surabaya, March 3 (ANTARA) - Busan Mayor Park Heong-joon visited Surabaya on Monday "
        "to discuss cooperation in the field of trade with Mayor Eri Cahyadi. "
        '"Several months ago we visited Korea in the framework of cooperation in the fields '
        'of culture and health," Eri said.'
    )
    busan = [d for d in _drafts(text, dt.date(2025, 3, 3)) if d["partner"] == "Busan"]
    assert [d["sectors"] for d in busan] == [["trade"]], busan


def test_the_day_a_visit_still_to_come_is_scheduled_for_does_not_date_the_plan() -> None:
    text = (
        "Pemerintah Provinsi Jambi akan menjalin kerja sama dengan Provinsi Sfax, Tunisia. "
        "Karena itu dijadwalkan pada tanggal 12 hingga 15 Agustus 2019 yang akan datang akan "
        "dilaksanakan kunjungan kerja yang dipimpin oleh Gubernur Sfax."
    )
    sfax = [d for d in _drafts(text) if d["partner"] == "Sfax"]
    assert sfax and {(d["type"], d["date"]) for d in sfax} == {("other", None)}, sfax


def test_a_plan_is_dated_by_the_day_it_was_told() -> None:
    # The visit is scheduled for August; the plan was told on Thursday 20 June 2019.
    text = (
        "Pemerintah Provinsi Jambi akan menjalin kerja sama dengan Provinsi Sfax, Tunisia. "
        "Demikian disampaikan Asisten Ekonomi Pemprov Jambi dalam rapat persiapan di Jambi, "
        "Kamis (20 Juni 2019). Karena itu dijadwalkan pada tanggal 12 hingga 15 Agustus 2019 "
        "yang akan datang akan dilaksanakan kunjungan kerja yang dipimpin oleh Gubernur Sfax."
    )
    sfax = [d for d in _drafts(text) if d["partner"] == "Sfax"]
    assert sfax and {d["date"] for d in sfax} == {"2019-06-20"}, sfax


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # The ties a cooperation strengthens, named by their fields.
        (
            "Gubernur Riau bersama delegasi Johor membahas kerja sama kota kembar, guna "
            "memperkuat hubungan budaya dan ekonomi masyarakat kedua daerah.",
            ["culture", "economy"],
        ),
        # Friendship is what ties are, not one of their fields.
        (
            "Dalam kerja sama ini ia berharap dapat mempererat hubungan persahabatan dan "
            "kemitraan antara kedua kota.",
            [],
        ),
    ],
)
def test_the_fields_of_the_ties_a_cooperation_strengthens(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


def test_the_second_party_of_a_signing_between_two_offices_is_the_partner_s() -> None:
    # "antara <local head> dan <an office of the partner>, NAME": the partner's signer, though
    # his office is no head's title.
    text = (
        "Gubernur Sumatera Barat Mahyeldi menandatangani nota kesepahaman dengan Pemerintah "
        "Region Kazan, Rusia. Penandatanganan berlangsung di Moskow, antara Gubernur Sumatera "
        "Barat dan Kepala Badan Promosi Investasi Kazan, Sokolova Anna Igorevna."
    )
    kazan = [d for d in _drafts(text) if d["partner"] == "Kazan"]
    assert [d["partner_signatory"] for d in kazan] == ["Sokolova Anna Igorevna"], kazan


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # A sentence opening with "other fields" goes on with the list of the one before.
        (
            "Bidang lain yang akan dijajaki berupa pengelolaan kota dan transportasi.",
            ["urban_planning", "transport"],
        ),
        ("Selain itu bidang perdagangan dan ekonomi, seperti pameran.", ["trade", "economy"]),
        ("Other areas to be explored are tourism and education.", ["tourism", "education"]),
    ],
)
def test_a_sentence_of_other_fields_goes_on_with_the_list(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


def test_the_signing_told_again_names_the_document_s_signers() -> None:
    # "Penandatanganan dilakukan ...": the sentence after the LoI's tells who signed it.
    text = (
        "Pemerintah Kota Bukittinggi menjalin kerja sama sister city dengan Kota Aksum, "
        "Ethiopia. Hal ini ditandai dengan penandatanganan Letter of Intent (LoI) di rumah "
        "dinas Wali Kota Bukittinggi, Kamis (12/10/2023). Penandatanganan dilakukan Wali Kota "
        "Bukittinggi Erman Safar bersama Wali Kota Aksum Gebre Tesfaye Alemu yang disaksikan "
        "rombongan dari Aksum."
    )
    loi = [d for d in _drafts(text) if d["partner"] == "Aksum" and d["type"] == "loi"]
    signers = [(d["local_signatory"], d["partner_signatory"]) for d in loi]
    assert signers == [("Erman Safar", "Gebre Tesfaye Alemu")], loi


def test_the_signing_told_again_names_no_signer_of_a_tie_told_after_it() -> None:
    # The sentence points back at the signing just told: a background tie told after it
    # ("Sebelumnya ... sejak tahun 1993") was signed by other people, thirty years before.
    text = (
        "Pemerintah Kota Semarang dan Kota Brisbane, Australia, menandatangani nota "
        "kesepahaman (MoU) kerja sama pengelolaan sampah, Kamis (14/3/2024). Penandatanganan "
        "dilakukan oleh Wali Kota Semarang Hevearita Gunaryanti Rahayu dan Lord Mayor Brisbane "
        "Adrian Schrinner di Balai Kota Semarang. Sebelumnya, Semarang telah menjalin kerja sama "
        "sister city dengan Kota Brisbane sejak tahun 1993."
    )
    drafts = {d["type"]: d for d in _drafts(text) if d["partner"] == "Brisbane"}
    assert drafts["mou"]["local_signatory"] == "Hevearita Gunaryanti Rahayu", drafts
    assert drafts["mou"]["partner_signatory"] == "Adrian Schrinner", drafts
    background = drafts["sister_city"]
    assert (background["local_signatory"], background["partner_signatory"]) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The envoy's one-word seat, then the name with no comma: the seat is not a first name.
        (
            "Konsul Jenderal Australia di Bali Anthony Hurst hadir dalam pertemuan itu.",
            "Anthony Hurst",
        ),
        (
            "Konsul Jenderal Jepang di Surabaya Yasuhiro Ishida mengatakan pihaknya siap.",
            "Yasuhiro Ishida",
        ),
        # A two-word seat stays the seat.
        ("Duta Besar Malaysia di Kuala Lumpur Datuk Ahmad Zaki bertemu.", "Ahmad Zaki"),
    ],
)
def test_an_envoy_s_seat_then_the_name_without_a_comma(sentence: str, name: str) -> None:
    people = find_people(sentence, Gazetteer.build("Jawa Timur", []).resolve)
    assert [p.name for p in people if p.side == "partner"] == [name], people
