"""`extract`'s sectors (issue 23, i31b): a sector is drafted only where the text says the
cooperation covers that field, and goes to the record the cooperation is. Each probe is a sentence
of our own, shaped like the regional news of the corpus (real15/real16's misses and extras), with
other names; each kind is asserted both ways: the field drafted, and the look-alike left out."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.sector_frames import covered_sectors, told_as_running


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


# Sentences and the sectors they give, by kind (each kind asserted both ways).
SENTENCES: dict[str, list[tuple[str, list[str]]]] = {
    "the corpus words for urban affairs business and football": [
        # urban affairs and the business world, as the corpus labels them
        (
            "Langkah awal kerja sama kedua kota adalah program pendidikan, bidang perkotaan dan "
            "kegiatan dunia usaha.",
            ["education", "urban_planning", "economy"],
        ),
        (
            "The co-operation agreed covered the urban areas management, the business world "
            "development and education.",
            ["urban_planning", "economy", "education"],
        ),
        # urban transport is transport, not urban planning
        (
            "Kunjungan ini memperkuat kolaborasi di bidang air limbah dan transportasi perkotaan.",
            ["waste", "transport"],
        ),
        (
            "The partnership focuses on football and youth programmes.",
            ["sports"],
        ),
        # ... and the same words outside any frame name no field
        ("Wali Kota meninjau kawasan perkotaan bersama kalangan dunia usaha.", []),
        ("The mayor watched a football match with the delegation.", []),
    ],
    "talk lists and words that name no field": [
        # the topics talked over are fields, with no cooperation word beside them
        (
            "The consul and the regent also discussed transportation and urban spatial planning.",
            ["transport", "urban_planning"],
        ),
        (
            "Both mayors exchanged views on how they tackle floods and climate change.",
            ["flood_management", "climate"],
        ),
        (
            "Kedua pihak bertukar pikiran mengenai pengelolaan sampah dan energi terbarukan.",
            ["waste", "energy"],
        ),
        # ... a topic talked over in passing is none ("the mayor discussed the weather")
        ("The mayor said the discussion ran late because of the heavy traffic.", []),
        # a list opened after the colon of a joined list sentence
        (
            "Konsul menyoroti kerja sama lama antara Jepang dan Lombok: di antaranya, melalui "
            "hubungan pendidikan, pariwisata, dan budaya.",
            ["education", "tourism", "culture"],
        ),
        # ... not a colon before a list of something else
        ("Kerja sama itu dihadiri tiga pejabat: di antaranya, kepala dinas pendidikan.", []),
        # a person's office holds its fields, not the cooperation's
        ("Kunjungan kerja sama itu didampingi Kepala Dinas Kebudayaan dan Pariwisata.", []),
        (
            "Hadir dalam pertemuan kerja sama itu, antara lain Kadis Pariwisata dan Asisten "
            "Perekonomian.",
            [],
        ),
        (
            "The cooperation talks were attended by the Minister for Trade and Investment and "
            "covered education.",
            ["education"],
        ),
        # going on is not sustainability; the UN's agenda and online selling name no field
        (
            "Kedua pihak membahas dukungan berkelanjutan bagi warga kedua kota.",
            [],
        ),
        (
            "The council is a network that also discusses Sustainable Development Goals.",
            [],
        ),
        ("Delegasi bertukar pandangan mengenai pembangunan e-commerce.", []),
        # ... while sustainable development told as a field stays one
        (
            "Kerja sama meliputi bidang pendidikan dan pembangunan berkelanjutan.",
            ["education", "sustainable_development"],
        ),
        # a smart city is a partner's feature; its technology is a field
        ("Kedua kota akan membahas tentang smart city dan kenyamanan kota.", []),
        (
            "The cities signed an MoU to cooperate on smart city technology.",
            ["technology"],
        ),
    ],
    "copulas field nouns ties and studies open lists": [
        # a field word as a copula's subject: its list follows the copula
        (
            "Bidang-bidang yang dilaksanakan pada awal kerja sama adalah kunjungan pejabat, "
            "olahraga dan kepemudaan.",
            ["sports"],
        ),
        # ... not a long clause before it
        (
            "Bidang yang menurut para pejabat kedua kota pada pertemuan kerja sama yang digelar "
            "kemarin sore paling mendesak adalah pendidikan.",
            [],
        ),
        # a sector word before "field" is framed like one before "sector"
        (
            "The programme that started in the educational field contained student visits.",
            ["education"],
        ),
        ("The festival took place on the sports field near the school.", []),
        # a tie built in fields; a comparative study concerning fields
        (
            "Kedua kota telah lama menjalin hubungan erat dalam pendidikan dan pariwisata.",
            ["education", "tourism"],
        ),
        # ... but a tie's purpose in a definition ("menjalin hubungan budaya") is no list
        (
            "Sister city adalah konsep penggandengan dua kota dengan tujuan menjalin hubungan "
            "budaya.",
            [],
        ),
        (
            "Pemkot siap menerima studi banding terkait transportasi dan mitigasi permasalahan "
            "lingkungan.",
            ["transport", "environment"],
        ),
        (
            "Kerja sama di bidang pendidikan study exchange dan bidang ekonomi.",
            ["education", "student_exchange", "economy"],
        ),
    ],
    "effects goals colons and numbered areas": [
        # an effect or a goal of the cooperation is not what it covers
        ("This Memorandum will boost tourism and trade with Indonesia.", []),
        ("Kerja sama ini dapat berpengaruh pada sektor pertanian dan ekonomi kota.", []),
        ("Kami berharap kerja sama ini terus berkembang untuk kesejahteraan masyarakat.", []),
        # ... while training for civil servants names its field
        ("Kami ingin menjajaki kerja sama teknis, termasuk pelatihan bagi ASN.", ["civil_service"]),
        (
            "Kerja sama ini meliputi pelatihan untuk ASN dan pendidikan.",
            ["civil_service", "education"],
        ),
        # a colon right after the field words opens the list; after a cooperation word it
        # starts a quotation
        (
            "Key areas of collaboration include: renewable energy, healthcare and education.",
            ["energy", "health", "education"],
        ),
        (
            "The minister praised the new agreement: Indonesia boasts an economy growing fast.",
            [],
        ),
        # the next entries of a numbered list of areas
        (
            "Second, Kaltara development, particularly in sectors such as healthcare and tourism.",
            ["health", "tourism"],
        ),
        (
            "The third area is in sustainability and education.",
            ["sustainable_development", "education"],
        ),
        # urban tourism is tourism; urban affairs as a field of their own stay urban planning
        ("Kerja sama di bidang pariwisata perkotaan.", ["tourism"]),
        ("Kerja sama di bidang pembangunan dan perkotaan.", ["urban_planning"]),
    ],
    "twin cities and shared bonds": [
        # a twin city is a cooperation word like a sister city
        ("The Twin Cities shall focus in the field of tourism.", ["tourism"]),
        ("Wacana kota kembar ini meliputi bidang pendidikan.", ["education"]),
        # ... the bonds two places already share are no field of it
        (
            "Wacana kota kembar ini bukan tanpa alasan, kedua kesultanan punya ikatan yang kuat "
            "dengan masyarakat kita baik dalam hal sejarah maupun budaya.",
            [],
        ),
    ],
    "generic ties targets and manners name no field": [
        # what ties of the kind are for, not this one's fields
        (
            "Sisterhood agreements are mainly designed to pair distinct areas with the goal of "
            "fostering exchanges, especially on culture, trade and education.",
            [],
        ),
        ("Konsep sister city meliputi bidang budaya dan pendidikan.", []),
        # ... while one tie's own scope stays
        (
            "The sister city agreement covers culture, trade and education.",
            ["culture", "trade", "education"],
        ),
        # the targets a cooperation is to reach, and a manner, are no fields
        (
            "Sasaran yang akan dicapai melalui kerja sama itu antara lain meningkatnya kemampuan "
            "aparatur, teknologi pengolahan air limbah.",
            [],
        ),
        ("Kerja sama ini memiliki keuntungan secara ekonomi bagi daerah.", []),
        ("Kerja sama ini meliputi bidang ekonomi.", ["economy"]),
    ],
    "linkages dialogue angles and ordinal entries": [
        (
            "They are considering possible linkages on trade, tourism and education.",
            ["trade", "tourism", "education"],
        ),
        (
            "Kami ingin membuka dialog lebih luas dari sudut kemanusiaan, pendidikan hingga "
            "kesehatan.",
            ["education", "health"],
        ),
        ("Third is cross-border trade and investment.", ["trade", "investment"]),
        # ... a dialogue's place or an ordinal in passing names no field
        ("The dialogue was held at the education office.", []),
        ("The meeting was held at the tourism office.", []),
    ],
    "connectivity government capacity and iptek as the corpus labels them": [
        ("Kedua provinsi bahas kerja sama ekonomi dan konektivitas.", ["economy", "transport"]),
        (
            "Kerja sama khususnya dalam bidang pengembangan kapasitas pemerintahan dan pendidikan.",
            ["governance", "education"],
        ),
        (
            "The focus of cooperation includes sports and government management.",
            ["sports", "governance"],
        ),
        (
            "LoI dengan Provinsi Gangwon bidang Ekonomi, Iptek dan Budaya.",
            ["economy", "technology", "culture"],
        ),
        # ... and outside a frame they name no field
        ("Bandara itu meningkatkan konektivitas kota.", []),
    ],
    "sustainable as a qualifier in english": [
        # English "sustainable X" and "X sustainability" are the field X, made lasting
        (
            "The regions will collaborate on sustainable tourism and education.",
            ["tourism", "education"],
        ),
        (
            "The partnership now includes culture and environmental sustainability.",
            ["culture", "environment"],
        ),
        # ... sustainability on its own, or of the city, is a field of its own
        ("The MoU on urban sustainability covers waste.", ["sustainable_development", "waste"]),
        (
            "The fourth area is in sustainability and education.",
            ["sustainable_development", "education"],
        ),
    ],
    "a cooperation's gains are no fields": [
        # what the cooperation's gains will be, however the list is opened
        (
            "Kerja sama perbatasan ini akan menghasilkan kesepakatan yang memberikan manfaat "
            "konkret bagi kedua belah pihak, terutama dalam hal peningkatan ekonomi dan budaya.",
            [],
        ),
        (
            "Kerja sama perbatasan ini akan difokuskan pada kedua belah pihak, terutama dalam hal "
            "ekonomi dan budaya.",
            ["economy", "culture"],
        ),
    ],
    "names venues offices features and effects are no fields": [
        # a named entity, a venue or an event's name holds no field ...
        (
            "Pertemuan juga membahas kolaborasi antara Museum Bahari Surabaya dengan Maritime "
            "Museum Liverpool.",
            [],
        ),
        ("The delegation toured the Port of Darwin during the cooperation visit.", []),
        ("The cooperation talks were held at the Education Centre in Hanoi.", []),
        ("The partnership was signed at the Tourism Expo in Perth.", []),
        ("Kerja sama itu diteken di Pusat Kebudayaan Jepang di Medan.", []),
        ("Kerja sama itu diteken di sela Festival Budaya Borneo di Kuching.", []),
        # ... nor a person's office, the partner's features or an effect
        ("The MoU was signed by the Minister for Trade and Tourism of Western Australia.", []),
        (
            "Kota Busan dikenal sebagai pusat perdagangan dan pariwisata, dan kedua kota menjalin "
            "kerja sama sister city.",
            [],
        ),
        ("Kerja sama ini diharapkan akan meningkatkan perdagangan dan pariwisata kedua kota.", []),
        # ... while the same words told as the cooperation's fields count
        ("The partnership was signed to cover education and tourism.", ["education", "tourism"]),
        (
            "Kerja sama sister city kedua kota meliputi perdagangan, pariwisata dan kebudayaan.",
            ["trade", "tourism", "culture"],
        ),
        ("Teken MoU Transportasi dan Kebudayaan", ["transport", "culture"]),
    ],
    "a programme named after a benefit and cooperation across cities": [
        # a programme a benefit comes through still names its field; the targets listed after
        # the cooperation do not
        (
            "Masyarakat dapat merasakan manfaat langsung melalui program pertukaran mahasiswa.",
            ["student_exchange"],
        ),
        ("Penandatanganan PKS berlangsung melalui kerjasama lintas perkotaan.", []),
    ],
    "an example list goes on with the sentence before": [
        # an example list going on with the sentence before, a field word right after it
        (
            "Seperti di sektor pendidikan, pertanian, dan sebagainya,” jelas Kepala Biro.",
            ["education", "agriculture"],  # pertanian a code since stop 39
        ),
        ("For example, in the fields of health and trade.", ["health", "trade"]),
        # ... not "as is known" nor an example of something else
        ("Seperti diketahui, Kota Medan punya pelabuhan dan kawasan wisata.", []),
        ("For example, the mayor visited a school and a hospital.", []),
    ],
    # the people's welfare hoped for is the end of any cooperation, not its field (real17's
    # first sight); listed as a field it is one
    "welfare as the aim": [
        (
            "Pihaknya akan menentukan area kerja sama yang bisa dikembangkan, dengan harapan "
            "kesejahteraan masyarakat di kedua daerah dapat diperkuat.",
            [],
        ),
        (
            "Kedua kota sepakat bekerja sama di bidang pendidikan dan kesejahteraan masyarakat.",
            ["education", "social_welfare"],
        ),
    ],
    "relations between two governments are cooperation": [
        ("The relations between both provinces will grow in the cultural sector.", ["culture"]),
        ("The relations between both mayors are warm, the tourism chief said.", []),
    ],
    # i33d (real17-19's misses and extras, other names): a goal of exploring cooperation in
    # fields is that cooperation's; what a cooperation aims at is still no field
    "a goal of exploring cooperation in fields": [
        (
            "Bupati mengundang delegasi berkunjung dengan tujuan menjajaki peluang kerja sama di "
            "sektor pendidikan, pariwisata, dan kebudayaan.",
            ["education", "tourism", "culture"],
        ),
        ("Tujuan kerja sama ini meliputi pertumbuhan ekonomi dan pariwisata.", []),
    ],
    "cooperation between two places in a list of fields": [
        (
            "The mayor urged closer cooperation between the two cities in education, health and "
            "tourism.",
            ["education", "health", "tourism"],
        ),
        (
            "Kerja sama antara kedua kabupaten dalam pendidikan dan kesehatan akan diperluas.",
            ["education", "health"],
        ),
        (
            "Cooperation between the two cities, praised by the health minister, grew in 2019.",
            [],
        ),
    ],
    "a list after an opener that follows the cooperation word": [
        (
            "Gubernur menyebut berbagai kerja sama itu, termasuk perlintasan batas, perdagangan "
            "barang dan jasa, serta sektor pendidikan.",
            ["trade", "education"],
        ),
        (
            "Kerja sama kedua kota, termasuk kunjungan para pejabat tahun lalu yang disambut "
            "meriah oleh warga, turut mendorong pariwisata.",
            [],
        ),
    ],
    "a field word joined to a cooperation word by a conjunction is no field of it": [
        ("Pembangunan daerah berbasis kolaborasi dan inovasi terus didorong.", []),
        ("Kolaborasi inovasi dan teknologi disepakati kedua kota.", ["innovation", "technology"]),
    ],
    "innovation of a field is that field": [
        (
            "Kerja sama meliputi inovasi teknologi pertanian dan energi terbarukan.",
            ["technology", "agriculture", "energy"],  # pertanian a code since stop 39
        ),
        (
            "Kerja sama meliputi inovasi, teknologi dan energi.",
            ["innovation", "technology", "energy"],
        ),
    ],
    "many things, chiefly a field; relations strengthened without cooperation": [
        # ... but ties strengthened, with no cooperation word, name none (a sister tie "dijalin
        # untuk mempererat hubungan budaya" is what such ties are for)
        (
            "Ia berharap dapat memperkuat kembali hubungan yang sebelumnya ada, khususnya di "
            "bidang perdagangan.",
            [],
        ),
        (
            "Kabupaten Tegal memiliki potensi yang bisa dikerjasamakan dengan Kota Ulsan untuk "
            "berbagai hal, terutama pada perekonomian serta perdagangan.",
            ["economy", "trade"],
        ),
        ("Kedua wali kota memiliki hubungan baik, khususnya di bidang olahraga.", []),
    ],
    "besides a field, a framed list": [
        (
            "Namun selain pariwisata, Bupati menuturkan, pertemuan itu akan membahas kerja sama "
            "di bidang perdagangan dan pendidikan.",
            ["tourism", "trade", "education"],
        ),
        ("Selain pariwisata, kota itu dikenal karena kesehatan warganya yang baik.", []),
    ],
    "what a meeting told about": [
        (
            "Kita dalam pertemuan tadi juga telah menceritakan yang berkaitan tentang "
            "pengembangan investasi dan pariwisata.",
            ["investment", "tourism"],
        ),
        ("Dalam pertemuan tadi ia menceritakan masa kecilnya yang penuh olahraga.", []),
    ],
    "mutual support in fields": [
        (
            "Kunjungan ini membuka peluang bagi kedua kota untuk saling mendukung dalam berbagai "
            "bidang, dari perdagangan maupun pariwisata.",
            ["trade", "tourism"],
        ),
        ("Warga kedua kota saling mendukung, kata kepala dinas pariwisata.", []),
    ],
    "a field opening a sentence, then a clause after its comma": [
        (
            "Dalam pertemuan itu, di bidang investasi, peluang terbuka dalam pengembangan industri "
            "garam berkelanjutan, energi terbarukan, serta pariwisata bahari.",
            ["investment"],
        ),
        (
            "Kerja sama meliputi bidang investasi, pengelolaan limbah kota, dan pariwisata bahari.",
            ["investment", "waste", "tourism"],
        ),
    ],
}


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        pytest.param(sentence, codes, id=f"{kind} {n}")
        for kind, cases in SENTENCES.items()
        for n, (sentence, codes) in enumerate(cases)
    ],
)
def test_a_sentence_gives_only_the_fields_its_cooperation_covers(
    sentence: str, codes: list[str]
) -> None:
    assert covered_sectors(sentence) == codes


@pytest.mark.parametrize(
    ("sentence", "running"),
    [
        # the fields told after "akan" are the next step's
        (
            "Komunikasi kedua daerah telah dilakukan beberapa kali dan akan dilanjutkan dengan "
            "kolaborasi antardinas, khususnya dalam bidang pertanian dan kesehatan.",
            False,
        ),
        (
            "Talks have been held twice and will be followed by cooperation in the fields of "
            "health and trade.",
            False,
        ),
        # ... the fields of a tie told as running stay the tie's
        (
            "Kerja sama kedua kota telah terjalin di bidang pendidikan dan akan terus ditingkatkan.",
            True,
        ),
        ("Selama ini kerja sama di bidang budaya sudah berjalan baik.", True),
        ("Kerja sama akan difokuskan pada bidang pendidikan.", False),
        # a tie told as running to this day ("sampai saat sekarang ini")
        (
            "Kemajuan kerja sama di bidang ekonomi dan budaya antara kedua negara terjalin erat "
            "sampai saat sekarang ini.",
            True,
        ),
    ],
)
def test_fields_told_after_a_running_tie_s_next_step_are_news(sentence: str, running: bool) -> None:
    assert told_as_running(sentence) is running


def test_a_visit_takes_the_fields_of_the_collaboration_it_leads_to() -> None:
    text = (
        "Gubernur Sumatera Barat menerima kunjungan resmi Ketua Menteri Sabah di Padang, Senin "
        "(14/7/2025). Gubernur menyatakan, komunikasi antara kedua wilayah telah dilakukan "
        "beberapa kali dan akan dilanjutkan dengan kolaborasi antardinas, khususnya dalam bidang "
        "pertanian, pariwisata, dan kesehatan."
    )
    (visit,) = [d for d in _drafts(text, dt.date(2025, 7, 15)) if d["partner"] == "Sabah"]
    assert visit["sectors"] == ["agriculture", "tourism", "health"]  # pertanian: stop 39


def test_the_topics_talked_over_go_to_the_meeting_not_the_background_tie() -> None:
    text = (
        "Acting Governor of Bali met the Governor of Queensland, Australia, on the sidelines of a "
        "forum in Singapore on Dec. 2, 2023. Both governors exchanged views on how they tackle "
        "floods and climate change. Bali and Queensland first established a sister province "
        "cooperation in 1995. This partnership now includes other domains such as culture and "
        "health."
    )
    drafts = {d["type"]: d["sectors"] for d in _drafts(text, dt.date(2023, 12, 5))}
    assert drafts.get("meeting") == ["flood_management", "climate"]
    assert drafts.get("sister_city") == ["culture", "health"]


def test_a_tie_s_first_fields_told_after_its_sentence_stay_the_tie_s() -> None:
    text = (
        "Gubernur Jawa Timur bertemu Gubernur Osaka di Singapura, Sabtu (2/12/2023), membahas "
        "kerja sama sister province. Untuk diketahui, Jawa Timur dan Osaka telah melaksanakan "
        "kerja sama sister province sejak 1990. Bidang-bidang yang dilaksanakan pada awal kerja "
        "sama adalah kunjungan delegasi pemerintah, olahraga dan kepemudaan."
    )
    drafts = {(d["type"], d["date"]): d["sectors"] for d in _drafts(text, dt.date(2023, 12, 5))}
    assert drafts[("sister_city", "1990")] == ["sports"]
    assert all(not codes for key, codes in drafts.items() if key[0] == "meeting")


def test_a_tie_s_fields_told_as_running_stay_with_the_tie_not_today_s_visit() -> None:
    text = (
        "Delegasi pejabat Kota Daegu hari ini berkunjung ke Medan, Rabu, 15 Februari 2017. "
        "Wali Kota Daegu mengatakan Kota Daegu dan Medan sudah menjalin sister city sejak 1994. "
        "Sebelumnya, Medan dan Daegu telah lama menjalin hubungan erat dalam pendidikan, budaya, "
        "dan pariwisata."
    )
    drafts = {d["type"]: d["sectors"] for d in _drafts(text, dt.date(2017, 2, 15))}
    assert drafts.get("visit") == []
    assert drafts.get("sister_city") == ["education", "culture", "tourism"]


def test_a_far_list_naming_the_document_goes_to_that_document() -> None:
    text = (
        "Bupati Sumbawa menerima kunjungan balasan delegasi Negeri Perlis, Malaysia. "
        "Kunjungan itu dipimpin Menteri Besar Perlis. "
        "Pada kesempatan itu Pemkab Sumbawa dan Negeri Perlis menandatangani MoU kerja sama. "
        "Sumbawa Besar diguyur hujan sejak pagi. "
        "Para tamu menikmati hidangan khas daerah. "
        "Bupati menyampaikan terima kasih atas kedatangan rombongan. "
        "MoU yang ditandatangani meliputi bidang perdagangan, pariwisata dan pendidikan."
    )
    drafts = {d["type"]: d["sectors"] for d in _drafts(text) if d["partner"] == "Perlis"}
    assert drafts.get("mou") == ["trade", "tourism", "education"]
    assert not drafts.get("visit")


def test_the_lead_s_fields_go_to_the_first_record_the_article_tells() -> None:
    text = (
        "Pemerintah Provinsi Sumatera Utara membidik kerja sama baru di berbagai bidang terutama "
        "pariwisata dan pengembangan sumber daya manusia. "
        "Gubernur Sumatera Utara menerima kunjungan Konsul Jenderal Jepang di Medan, Senin "
        "(3/3/2025). Sumatera Utara juga telah lama menjalin sister province dengan Prefektur "
        "Hyogo."
    )
    drafts = {d["partner"]: d["sectors"] for d in _drafts(text, dt.date(2025, 3, 4))}
    assert drafts.get("Jepang") == ["tourism"]
    assert not drafts.get("Hyogo")


def test_the_lead_s_new_cooperation_is_no_old_tie_s() -> None:
    text = (
        "Pemerintah Provinsi Sumatera Utara membidik kerja sama baru di berbagai bidang terutama "
        "pariwisata. Sumatera Utara telah lama menjalin sister province dengan Prefektur Hyogo."
    )
    drafts = {d["partner"]: d["sectors"] for d in _drafts(text)}
    assert drafts.get("Hyogo") == []


_READY = (
    "Kota Tegal dan Distrik Pokhara Provinsi Gandaki Nepal siap mengembangkan sister city, "
    "khususnya dalam bidang seni budaya, wisata, hingga pendidikan.\n\n"
    "Pertemuan digelar di Balai Kota Tegal.\n\n"
    "“Kami bermaksud menjajaki adanya sister city antara Kota Tegal dan Distrik Pokhara di "
    "Nepal,” kata Wali Kota."
)
_READY_EN = (
    "The City of Tegal and Pokhara District of Gandaki Province, Nepal, are ready to develop a "
    "sister city, especially in arts and culture, tourism and education.\n\n"
    "The meeting took place at Tegal City Hall.\n\n"
    '"We intend to explore a sister city between the City of Tegal and Pokhara District in '
    'Nepal," the mayor said.'
)


@pytest.mark.parametrize("text", [_READY, _READY_EN])
def test_fields_of_a_sentence_no_record_holds_go_to_the_partner_it_names(text: str) -> None:
    (draft,) = _drafts(text)
    assert draft["partner"].startswith("Pokhara")
    assert draft["sectors"] == ["culture", "tourism", "education"]


def test_fields_of_a_sentence_naming_no_partner_stay_unheld() -> None:
    # which record "Kota Tegal siap mengembangkan sister city" speaks of is not said
    text = _READY.replace("dan Distrik Pokhara Provinsi Gandaki Nepal ", "")
    (draft,) = _drafts(text)
    assert (draft["partner"], draft["sectors"]) == ("Pokhara", [])


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # what two places share, listed after the common word, is why they cooperate
        (
            "Kota Tegal dan Kota Brno memiliki modal utama dalam pengembangan kerja sama, yakni "
            "kesamaan dalam beberapa hal, antara lain: kekayaan budaya, industri otomotif, "
            "pariwisata dan sektor pendidikan tinggi.",
            [],
        ),
        (
            "Tegal and Brno have a basis for developing cooperation, namely similarities in "
            "several things, among others: a rich culture, the automotive industry, tourism and "
            "the higher education sector.",
            [],
        ),
        # the cooperation told after what they share has its own fields
        (
            "Kedua kota memiliki banyak kesamaan, antara lain pelabuhan, sehingga kerja sama di "
            "sektor pendidikan dan pariwisata akan dikembangkan.",
            ["education", "tourism"],
        ),
        (
            "Both cities have much in common, such as ports, so cooperation in the education and "
            "tourism sectors will grow.",
            ["education", "tourism"],
        ),
    ],
)
def test_a_list_of_what_two_places_share_is_no_field(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        (
            "Menurut dia, bentuk kerja sama yang direncanakan dengan Pemkot Tegal adalah masalah "
            "investasi.",
            ["investment"],
        ),
        ("He said the form of cooperation planned with Tegal is investment.", ["investment"]),
        # the form told without a field is none
        ("Menurut dia, bentuk kerja sama dengan Pemkot Tegal adalah nota kesepahaman.", []),
    ],
)
def test_the_form_a_cooperation_takes_is_its_field(sentence: str, codes: list[str]) -> None:
    assert covered_sectors(sentence) == codes


# One reception of several envoys: the fields "this visit" was for are every envoy's, not only
# the one named last (each country is a record of its own, one event).
_ENVOYS_ID = (
    "Pemkot Semarang menerima kunjungan para duta besar dari Portugal, Kroasia, dan Chili di "
    "Balai Kota Semarang, Jumat (15/11/2024).\n"
    "Delegasi yang hadir meliputi Maria Silva (Duta Besar Portugal untuk Indonesia), Ivan Horvat "
    "(Duta Besar Kroasia untuk Indonesia), dan Ana Rojas (Duta Besar Chili untuk Indonesia). "
    "{tail}\n"
)
_ENVOYS_EN = (
    "Semarang's mayor received the ambassadors of Portugal, Croatia and Chile at the city hall "
    "on Friday (15/11/2024).\n"
    "The delegation included Maria Silva (Ambassador of Portugal to Indonesia), Ivan Horvat "
    "(Ambassador of Croatia to Indonesia) and Ana Rojas (Ambassador of Chile to Indonesia). "
    "{tail}\n"
)


@pytest.mark.parametrize(
    ("form", "tail", "codes"),
    [
        (
            _ENVOYS_ID,
            "Kunjungan ini bertujuan menjajaki potensi kolaborasi di bidang pariwisata dan "
            "pendidikan.",
            ["education", "tourism"],
        ),
        (
            _ENVOYS_EN,
            "This visit aimed to explore cooperation in tourism and education.",
            ["education", "tourism"],
        ),
        # mirror: no field told of the visit, none drafted for any envoy
        (_ENVOYS_ID, "Kunjungan ini berlangsung hangat.", []),
    ],
)
def test_the_fields_of_a_reception_of_several_envoys_are_each_envoy_s(
    form: str, tail: str, codes: list[str]
) -> None:
    drafts = _drafts(form.format(tail=tail))
    got = {d["partner"]: sorted(d["sectors"]) for d in drafts}
    assert len(got) == 3, got
    assert all(sectors == codes for sectors in got.values()), got


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # the visit is hoped to widen the running tie into these fields: they are its news
        (
            "Wali Kota Melaka berkunjung ke Kota Padang, Selasa (14/5/2024). Dengan adanya "
            "kunjungan ini diharapkan dapat memperdalam hubungan yang telah lama terjalin antara "
            "Kota Padang dan Melaka, serta memperluas kerja sama dalam bidang pendidikan dan "
            "pariwisata.",
            ["education", "tourism"],
        ),
        (
            "The mayor of Darwin visited Kupang on Tuesday, 14 May 2024. The visit is hoped to "
            "deepen the ties long established between Kupang and Darwin and to broaden the "
            "cooperation in education and tourism.",
            ["education", "tourism"],
        ),
        # ... while the fields of the running tie alone stay out of the visit
        (
            "Wali Kota Melaka berkunjung ke Kota Padang, Selasa (14/5/2024). Kota Padang dan "
            "Melaka telah lama menjalin kerja sama dalam bidang pendidikan dan pariwisata.",
            [],
        ),
    ],
)
def test_a_visit_hoped_to_widen_a_running_tie_takes_its_fields(
    text: str, sectors: list[str]
) -> None:
    (visit,) = [d for d in _drafts(text, dt.date(2024, 5, 14)) if d["type"] == "visit"]
    assert visit["sectors"] == sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # "Beberapa di antaranya ..." lists the fields the sentence before opened
        (
            "Konsul Jenderal Selandia Baru berkunjung ke Kabupaten Sleman, Kamis (16/5/2024). "
            "Selandia Baru akan menjalin kerja sama di beberapa bidang dengan Pemkab Sleman. "
            "Beberapa di antaranya seperti pendidikan, kesehatan dan perdagangan.",
            ["education", "health", "trade"],
        ),
        (
            "The Consul General of New Zealand, Grant Lewis, met the Regent of Sleman on "
            "Thursday, 16 May 2024. New Zealand will cooperate with Sleman in several fields. "
            "Some of them are education, health and trade.",
            ["education", "health", "trade"],
        ),
        # ... while "beberapa di antaranya" over people names no field
        (
            "Konsul Jenderal Selandia Baru berkunjung ke Kabupaten Sleman, Kamis (16/5/2024). "
            "Konsul didampingi sejumlah pejabat. Beberapa di antaranya seperti kepala dinas "
            "kesehatan dan kepala dinas perdagangan.",
            [],
        ),
    ],
)
def test_some_of_them_lists_the_fields_the_sentence_before_opened(
    text: str, sectors: list[str]
) -> None:
    (meeting,) = _drafts(text, dt.date(2024, 5, 16))
    assert meeting["sectors"] == sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # the partner's interest in named fields is what the talks would cover
        (
            "Duta Besar Kanada Jess Dutton bertemu Gubernur Jambi Al Haris di Jambi, Selasa "
            "(7/5/2024). Kanada tertarik pada bidang energi dan teknologi.",
            ["energy", "technology"],
        ),
        (
            "The Ambassador of Canada, Jess Dutton, met the Governor of Jambi, Al Haris, on "
            "Tuesday, 7 May 2024. Canada is interested in the fields of energy and technology.",
            ["energy", "technology"],
        ),
        # ... while an interest in no named field is none
        (
            "Duta Besar Kanada Jess Dutton bertemu Gubernur Jambi Al Haris di Jambi, Selasa "
            "(7/5/2024). Kanada tertarik pada energi dan teknologi Jambi.",
            [],
        ),
    ],
)
def test_a_partner_s_interest_in_named_fields_is_their_field(text: str, sectors: list[str]) -> None:
    (meeting,) = _drafts(text, dt.date(2024, 5, 7))
    assert meeting["sectors"] == sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # "Terutama dalam ..." narrows the fields the sentence before opened
        (
            "Delegasi Negeri Perak berkunjung ke Kabupaten Deli Serdang, Jumat (9/8/2024). "
            "Kunjungan ini diharapkan membuka peluang kerjasama di berbagai bidang. Terutama "
            "dalam aspek pendidikan dan pariwisata.",
            ["education", "tourism"],
        ),
        (
            "A delegation of the State of Perak visited the Deli Serdang regency on Friday, "
            "9 August 2024. The visit is hoped to open cooperation in many fields. Especially "
            "in education and tourism.",
            ["education", "tourism"],
        ),
        # ... while "terutama" after no cooperation names no field
        (
            "Delegasi Negeri Perak berkunjung ke Kabupaten Deli Serdang, Jumat (9/8/2024). "
            "Rombongan disambut warga. Terutama para pelajar dan pelaku pariwisata.",
            [],
        ),
    ],
)
def test_especially_narrows_the_fields_the_sentence_before_opened(
    text: str, sectors: list[str]
) -> None:
    (visit,) = _drafts(text, dt.date(2024, 8, 9))
    assert visit["sectors"] == sectors
