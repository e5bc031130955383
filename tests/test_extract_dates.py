"""`extract`'s dates by kind of sentence (issue 23, i31d): a weekday with its day and month, a
year told once for a day and month, a weekday alone beside one year; each probed with sentences
of our own (other places and people than the corpus's), both ways: the date where the text
gives it, nothing (or the coarser date) where it does not. Never a day the text does not give.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.article_dates import parse_published
from kerjasama_cli.extract.dates import article_years, find_dates
from kerjasama_cli.extract.output import to_json


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


def _dates(sentence: str, published: dt.date | None = None) -> list[str]:
    return [d.iso for d in find_dates(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # the one year of the sentence, told as when, is the year of its day and month
        (
            "In 1994, the City of Malang and the City of Hamm signed a memorandum on March 8.",
            None,
            ["1994-03-08"],
        ),
        (
            "Pada tahun 2008, Kota Tegal dan Kota Ulsan menandatangani MoU, 4 Mei.",
            None,
            ["2008-05-04"],
        ),
        # an article of 2024 cannot mean the 8 March just before it: the year told is far back
        (
            "In 1994, the City of Malang and the City of Hamm signed a memorandum on March 8.",
            dt.date(2024, 5, 1),
            ["1994-03-08"],
        ),
        # a weekday the told year does not put the day on (4 May 2008 was a Sunday): the year
        (
            "Pada tahun 2008 Kota Tegal menandatangani MoU dengan Kota Ulsan, Senin (4/5).",
            None,
            ["2008"],
        ),
        # the year told as a beginning is no year of the day: each keeps its own
        (
            "Kerja sama sejak 1994 itu dibahas lagi, Senin (4/3).",
            dt.date(2024, 3, 6),
            ["1994", "2024-03-04"],
        ),
        # two years in the sentence: neither is told once, the day stays the publication's
        (
            "The ties of 1994 and 2001 were renewed on March 4.",
            dt.date(2024, 3, 6),
            ["2024-03-04"],
        ),
    ],
)
def test_a_year_told_once_dates_the_day_and_month_beside_it(
    sentence: str, published: dt.date | None, dates: list[str]
) -> None:
    assert _dates(sentence, published) == dates


def test_a_weekday_alone_beside_one_year_gives_that_year_and_no_day() -> None:
    # no publication date: the event's year, never a guessed day
    sentence = "Nota itu ditandatangani dalam Pekan Dagang Surakarta 2023 di Solo, Rabu."
    assert _dates(sentence) == ["2023"]
    # with the publication date the weekday is the day before it, as before
    assert _dates(sentence, dt.date(2023, 8, 4)) == ["2023-08-02"]
    # two years, or a year told as a beginning: no year for the weekday
    assert _dates("Forum 2022 dan forum 2023 digelar di Solo, Rabu.") == []
    assert _dates("Kerja sama yang terjalin sejak 2019 dibahas di Solo, Rabu.") == ["2019"]
    # a weekday beside its own full date is that day's, not a year of its own
    assert _dates("Delegasi diterima pada Rabu malam (14/2/2024) di Solo.") == ["2024-02-14"]


def test_the_articles_latest_dated_year_places_a_weekday_day_and_month() -> None:
    text = (
        "Bupati Banyumas menerima kunjungan resmi Wali Kota Chiayi, Taiwan, di Purwokerto, "
        "Rabu (14/8).\n\n"
        "Kedua daerah sepakat menjajaki kerja sama sister city.\n\n"
        "Penerbangan langsung ke Taipei direncanakan dibuka pada Oktober 2024."
    )
    (chiayi,) = _drafts(text)
    assert (chiayi["partner"], chiayi["date"]) == ("Chiayi", "2024-08-14")  # a Wednesday in 2024
    # a weekday the year does not put the day on: no date rather than a guessed one
    (chiayi,) = _drafts(text.replace("Rabu (14/8)", "Senin (14/8)"))
    assert chiayi["date"] is None
    # a bare year is often a story of the past's only one: it places no day
    (chiayi,) = _drafts(text.replace("pada Oktober 2024", "seperti tahun 2024"))
    assert chiayi["date"] is None
    # the latest of the article's dated years: earlier ones are background
    assert article_years(["Sejak 12 Mei 2003 dan 4 Juni 2007.", "Tahun 2019 juga."]) == {2007}
    assert article_years(["Tahun 1995 dan tahun 2000-an."]) == frozenset()


def test_talks_on_a_day_of_a_visits_span_are_that_visit() -> None:
    text = (
        "Wali Kota Gimhae, Korea Selatan, dan rombongan berkunjung ke Kota Malang.\n\n"
        "Delegasi itu akan hadir pada 10-12 Juli 2023.\n\n"
        "Selain menghadiri festival pada Selasa (11/7), Wali Kota Gimhae dan pengusaha Gimhae "
        "akan membahas potensi kerja sama bidang perdagangan."
    )
    drafts = _drafts(text)
    assert [(d["partner"], d["type"], d["date"]) for d in drafts] == [
        ("Gimhae", "visit", "2023-07-10")
    ]
    # a day outside the span is talks of their own
    drafts = _drafts(text.replace("Selasa (11/7)", "Selasa (18/7)"))
    assert sorted((d["type"], d["date"]) for d in drafts) == [
        ("other", "2023-07-18"),
        ("visit", "2023-07-10"),
    ]


def test_a_document_signed_at_a_dated_visit_is_one_record_on_the_visits_day() -> None:
    text = (
        "Wali Kota Surakarta menyambut kunjungan Wali Kota Montpellier, Prancis, beserta "
        "delegasinya di Balai Kota, Selasa (12/3/2024).\n\n"
        "Keduanya membahas pertukaran gagasan antara Surakarta dan Montpellier, serta melakukan "
        "penandatanganan MoU yang diharapkan membantu kedua kota."
    )
    drafts = _drafts(text)
    assert [(d["partner"], d["type"], d["date"]) for d in drafts] == [
        ("Montpellier", "mou", "2024-03-12")
    ]
    # the document told as signed before: a record of its own, not dated by the visit
    past = text.replace(
        "Keduanya membahas pertukaran gagasan antara Surakarta dan Montpellier, serta melakukan",
        "Surakarta dan Montpellier sudah pernah melakukan",
    )
    drafts = _drafts(past)
    assert sorted((d["type"], d["date"]) for d in drafts) == [
        ("mou", None),
        ("visit", "2024-03-12"),
    ]


_CALL = (
    "Gubernur Bengkulu menerima Konsul Jenderal Jepang di Medan untuk membahas kerja sama "
    "pendidikan dengan Jepang.\n\n"
    "Komitmen tersebut disampaikan Gubernur saat ramah tamah di rumah dinas, Rabu (4/9/2024) "
    "malam."
)


def test_the_one_day_an_article_tells_dates_its_one_undated_record() -> None:
    (call,) = _drafts(_CALL)
    assert (call["partner"], call["type"], call["date"]) == ("Jepang", "meeting", "2024-09-04")
    # two days told: which is the record's is not known
    (call,) = _drafts(_CALL + " Program beasiswa itu dibuka pada 12 Oktober 2024.")
    assert call["date"] is None


def test_the_one_day_does_not_date_a_plan_or_an_earlier_record() -> None:
    plan = (
        "Pemkab Sleman berencana menjalin kerja sama sister city dengan Kota Gimcheon.\n\n"
        "Komitmen tersebut disampaikan dalam rapat koordinasi di Sleman, Senin (2/9/2024)."
    )
    (gimcheon,) = _drafts(plan)
    assert (gimcheon["type"], gimcheon["date"]) == ("other", None)
    earlier = (
        "Sebelumnya, Pemkab Sleman dan Kota Gimcheon telah menandatangani Letter of Intent.\n\n"
        "Komitmen tersebut disampaikan Bupati dalam rapat di Sleman, Senin (2/9/2024)."
    )
    (gimcheon,) = _drafts(earlier)
    assert (gimcheon["type"], gimcheon["date"]) == ("loi", None)


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("The co-operation with the City of Gimhae began the year 1996.", ["1996"]),
        ("It was signed in the year 2001 by both mayors.", ["2001"]),
        # a year without a word telling it as when is a number, not a date
        ("The year's 1996 members met.", []),
    ],
)
def test_the_year_told_in_english(sentence: str, dates: list[str]) -> None:
    assert _dates(sentence) == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Kota Kendal menandatangani LoI dengan Kota Gimpo tahun lalu.", ["2023"]),
        ("The two cities signed a memorandum last year.", ["2023"]),
        ("MoU itu diteken bulan lalu.", ["2023-12"]),  # January's last month is December
        ("The letter was signed earlier this month.", ["2024-01"]),
        ("Nota kesepahaman ditandatangani dua hari lalu.", ["2024-01-04"]),
        ("This year the cities signed a charter.", ["2024"]),
        # a count of years is told roughly, a comparison or a due date is no event
        ("Hubungan itu terjalin sejak beberapa puluh tahun lalu.", []),
        ("Kerja sama dimulai dua tahun lalu.", []),
        ("Jumlah wisatawan naik dibanding tahun lalu.", []),
        ("The tie must be renewed last year also.", []),
    ],
)
def test_a_period_told_from_the_publication_date_keeps_its_precision(
    sentence: str, dates: list[str]
) -> None:
    assert _dates(sentence, dt.date(2024, 1, 6)) == dates
    assert _dates(sentence) == []  # no publication date: no period to count from


def test_an_english_dateline_gives_the_day_in_the_articles_dated_year() -> None:
    text = (
        "SEMARANG, March 8 (Antara) - Central Java and the State of Queensland signed a "
        "memorandum of understanding on Friday.\n\n"
        "The province opened its trade office in Brisbane in May 2023."
    )
    extraction = extract(text)
    assert extraction.meta.published == dt.date(2023, 3, 8)
    (queensland,) = to_json([extraction])
    assert (queensland["type"], queensland["date"]) == ("mou", "2023-03-03")  # that Friday
    # a later year told without a month: the dateline's year is not known, nor the Friday
    later = extract(text + "\n\nBoth plan an expo in 2024.")
    assert later.meta.published is None
    assert [d["date"] for d in to_json([later])] == [None]
    # no year at all: no day
    assert extract(text.replace(" in May 2023", "")).meta.published is None


def test_a_document_signed_on_the_occasion_of_a_dated_visit_takes_its_date() -> None:
    text = (
        "Gubernur Jambi melakukan kunjungan balasan ke Provinsi Gyeongsangbuk-do, Korea Selatan, "
        "atas kunjungan Gubernur Gyeongsangbuk-do ke Jambi pada Maret 2011.\n\n"
        "Pada kesempatan kunjungan Gubernur Gyeongsangbuk-do tersebut telah ditandatangani Letter "
        "of Intent antara kedua provinsi."
    )
    dated = [(d["type"], d["date"]) for d in _drafts(text) if d["type"] == "loi"]
    assert dated == [("loi", "2011-03")]
    # told as signed before, without the visit as its occasion: not the visit's date
    before = text.replace(
        "Pada kesempatan kunjungan Gubernur Gyeongsangbuk-do tersebut telah ditandatangani "
        "Letter of Intent antara kedua provinsi.",
        "Jambi dan Gyeongsangbuk-do telah menandatangani Letter of Intent sebelumnya.",
    )
    dated = [(d["type"], d["date"]) for d in _drafts(before) if d["type"] == "loi"]
    assert dated == [("loi", None)]


_RENEWED = (
    "Pemprov Jawa Timur dan Pemerintah Provinsi Gyeonggi-do memperbarui nota kesepahaman di "
    "Surabaya, Rabu (5/6/2024).\n\n"
    "Kerja sama sister province ini telah terjalin sejak tahun 2005, kata Gubernur."
)


def test_a_tie_told_as_existing_since_a_year_is_its_own_record_of_that_year() -> None:
    drafts = sorted(
        ((d["partner"], d["type"], d["date"]) for d in _drafts(_RENEWED)), key=lambda d: d[1]
    )
    assert drafts == [
        ("Gyeonggi-do", "mou", "2024-06-05"),  # the news keeps its own date
        ("Gyeonggi-do", "sister_city", "2005"),  # and the tie its year
    ]


@pytest.mark.parametrize(
    "since",
    [
        # talks since a year are no tie
        "Penjajakan kerja sama sister province ini telah dilakukan sejak tahun 2005.",
        # a sentence that points back to nothing is not surely this partner's tie
        "Jawa Timur telah menjalin kerja sama dengan banyak daerah sejak tahun 2005.",
    ],
)
def test_no_tie_since_a_year_without_the_tie_told(since: str) -> None:
    text = _RENEWED.replace(
        "Kerja sama sister province ini telah terjalin sejak tahun 2005, kata Gubernur.", since
    )
    assert text != _RENEWED
    assert [d["type"] for d in _drafts(text)] == ["mou"]


def test_the_document_a_renewal_renews_keeps_its_own_date() -> None:
    text = (
        "Pemprov Sumatera Barat dan Prefektur Ishikawa, Jepang, memperbarui MoU kerja sama yang "
        "ditandatangani pada 2018, Senin (26/5)."
    )
    drafts = sorted((d["type"], d["date"], d["stage"]) for d in _drafts(text, dt.date(2025, 5, 28)))
    # the renewal on its day, the MoU renewed on its year: never the one's date for the other
    assert drafts == [("mou", "2018", "signing"), ("mou", "2025-05-26", "renewal")]
    # a signing told without a renewal: one MoU, of the day the sentence dates it
    signed = (
        "Pemprov Sumatera Barat dan Prefektur Ishikawa, Jepang, menandatangani MoU, Senin (26/5)."
    )
    assert [(d["type"], d["date"]) for d in _drafts(signed, dt.date(2025, 5, 28))] == [
        ("mou", "2025-05-26")
    ]


def test_talks_dated_at_an_undated_meeting_are_that_meeting() -> None:
    text = (
        "On 4 March 2024 the Consulate General in Sydney facilitated the discussion of the plan "
        "to explore cooperation between Denpasar and the City of Wollongong, Australia.\n\n"
        "The virtual meeting was attended by the Mayor of Wollongong and the Mayor of Denpasar."
    )
    assert [(d["type"], d["date"]) for d in _drafts(text)] == [("meeting", "2024-03-04")]
    # a plan announced, not discussed there: not told as the meeting's talks
    announced = text.replace("facilitated the discussion of", "announced")
    assert sorted((d["type"], d["date"] or "") for d in _drafts(announced)) == [
        ("meeting", ""),
        ("other", "2024-03-04"),
    ]


def test_a_renewal_told_after_its_document_is_a_record_of_its_own_day() -> None:
    text = (
        "Pemprov Sulawesi Utara dan Provinsi Fujian, Tiongkok, telah menandatangani MoU pada "
        "2017. Kerja sama itu diperpanjang Senin (26/5)."
    )
    drafts = sorted((d["type"], d["date"], d["stage"]) for d in _drafts(text, dt.date(2025, 5, 28)))
    assert drafts == [("mou", "2017", "signing"), ("mou", "2025-05-26", "renewal")]
    # the same day told again, no renewal: one record
    again = text.replace(
        "Kerja sama itu diperpanjang Senin (26/5).", "Kerja sama itu berjalan baik."
    )
    assert [(d["type"], d["date"]) for d in _drafts(again, dt.date(2025, 5, 28))] == [
        ("mou", "2017")
    ]


@pytest.mark.parametrize(
    ("text", "rtype"),
    [
        ("Pemkot Jambi berencana menandatangani LoI dengan Kota Ipoh, Malaysia.", "other"),
        ("Pemkot Jambi merencanakan menandatangani MoU dengan Kota Ipoh, Malaysia.", "other"),
        ("Pemkot Jambi menandatangani LoI dengan Kota Ipoh, Malaysia.", "loi"),
        ("Pemkot Jambi telah menandatangani MoU dengan Kota Ipoh, Malaysia.", "mou"),
    ],
)
def test_a_plan_to_sign_is_no_signed_document(text: str, rtype: str) -> None:
    assert [d["type"] for d in _drafts(text)] == [rtype]


@pytest.mark.parametrize(
    ("text", "rtype"),
    [
        # the partner's head received here: the trip between the two places is a visit
        (
            "Jambi Mayor Maulana received Ipoh Mayor Rumaizi Baharin at City Hall on Monday, "
            "where both discussed a sister city plan.",
            "visit",
        ),
        # our head meeting the partner's in the partner's own place: a visit too
        (
            "The Governor of Riau met the Governor of Melaka, Malaysia, in Melaka on May 20 to "
            "discuss trade cooperation.",
            "visit",
        ),
        # talks at a third place are a meeting
        (
            "The Governor of Riau met the Governor of Melaka, Malaysia, in Dubai on May 20 to "
            "discuss trade cooperation.",
            "meeting",
        ),
        # an envoy posted here received: a meeting with the envoy's country
        (
            "Jambi Mayor Maulana received the Consul General of Malaysia at City Hall on Monday "
            "to discuss cooperation.",
            "meeting",
        ),
    ],
)
def test_a_trip_between_the_two_places_is_a_visit(text: str, rtype: str) -> None:
    assert [d["type"] for d in _drafts(text, dt.date(2025, 5, 28))] == [rtype]


# i33d (real17-19's date misses, other names and places): the part of a month, "Ahad", a
# statement's (d/m) far from publication, a year still to come, a byline's update line.
@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # the end, start or middle of a month told back from the article is that month
        (
            "Rancangan itu dikonsultasikan ke kementerian akhir Agustus lalu.",
            dt.date(2011, 9, 20),
            ["2011-08"],
        ),
        ("Delegasi Kota Mataram tiba pertengahan Maret.", dt.date(2019, 4, 2), ["2019-03"]),
        ("The delegation from Ipoh arrived in late March.", dt.date(2019, 4, 2), ["2019-03"]),
        # ... and never a day; a month ahead is a plan (none before publication)
        ("Kunjungan dijadwalkan akhir Mei mendatang.", dt.date(2019, 4, 2), ["2019-05"]),
        # "Ahad" is Sunday
        ("Hal itu disampaikan Wali Kota, Ahad (6/10).", dt.date(2013, 10, 8), ["2013-10-06"]),
        # a statement's (d/m) months before publication is a typo or unknown: no date
        ("Hal itu disampaikan Wali Kota, Ahad (6/1).", dt.date(2013, 10, 8), []),
        ("Hal itu disampaikan Wali Kota, Senin (30/9).", dt.date(2013, 10, 8), ["2013-09-30"]),
        # an English source's month/day in brackets
        ("They met on Monday (6/17).", dt.date(2019, 6, 18), ["2019-06-17"]),
        # last week: its month when the week and the days since lie in one month, else unsure
        ("Delegasi Kota Ipoh datang pekan lalu.", dt.date(2019, 4, 24), ["2019-04"]),
        ("The delegation from Ipoh came last week.", dt.date(2019, 4, 24), ["2019-04"]),
        ("Delegasi Kota Ipoh datang pekan lalu.", dt.date(2019, 4, 3), []),
        ("Delegasi Kota Ipoh datang minggu lalu.", dt.date(2019, 4, 24), ["2019-04"]),
        # ... "Minggu lalu" is last Sunday
        ("Delegasi datang pada Minggu lalu.", dt.date(2019, 4, 24), ["2019-04-21"]),
        # a year still to come ("terwujud pada 2021 nanti") is a hope, no record's date
        ("Wali Kota berharap kota kembar itu terwujud pada 2021 nanti.", None, []),
        ("Kota kembar itu terwujud pada 2021.", None, ["2021"]),
    ],
)
def test_parts_of_months_weekdays_and_plans(
    sentence: str, published: dt.date | None, dates: list[str]
) -> None:
    assert _dates(sentence, published) == dates


def test_a_byline_s_update_line_is_no_event_s_date() -> None:
    found = find_dates("oleh Rina Sari diperbarui 12 Mar 2014, 20:10 WIB", dt.date(2014, 3, 12))
    assert [(d.iso, d.source) for d in found] == [("2014-03-12", True)]
    found = find_dates("Wali kota menerima delegasi pada 12 Mar 2014.", dt.date(2014, 3, 12))
    assert [(d.iso, d.source) for d in found] == [("2014-03-12", False)]
    found = find_dates("Updated: March 12, 2014", dt.date(2014, 3, 12))
    assert [(d.iso, d.source) for d in found] == [("2014-03-12", True)]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ('"Kami mengajukan kerja sama," kata Gubernur Lampung, Minggu (18/2/2024).', True),
        ("The four ties are warm, the governor of Jambi said in Jambi on Tuesday.", True),
        ("Gubernur Lampung menandatangani LoI, Minggu (18/2/2024).", False),
        ("The governor of Jambi signed the memorandum on Tuesday.", False),
    ],
)
def test_a_statement_s_day_is_marked_said(sentence: str, said: bool) -> None:
    """The day a statement was made is flagged, for the records a statement cannot date (a
    document told as done before it): i33a's abstention reads it."""
    found = find_dates(sentence, dt.date(2024, 2, 20))
    assert [d.said for d in found] == [said]


def test_a_tour_s_span_of_days_dates_each_place_by_its_first_day() -> None:
    """ "dikunjungi pada 3-6 Mei 2022 adalah A, B, dan C": which day each place had is not
    told, so each is dated by the span's first day (CONVENTIONS.md rule 1, real8's Lombok Utara
    tour relabelled so at stop 37; i33d's rule dated each to the month, i48a made it the first
    day); one place keeps the span's first day too."""
    tour = (
        "Pemerintah Kabupaten Sumbawa, Nusa Tenggara Barat, akan menjalin kerja sama dengan tiga "
        "kerajaan negeri (pemerintah provinsi) di Malaysia, mencakup sektor perikanan.\n"
        '"Rencana kerja sama tersebut merupakan hasil dari kunjungan kami selama empat hari ke '
        'tiga kerajaan negeri di Malaysia," kata Bupati Sumbawa, Budi Santoso, di Sumbawa Besar.\n'
        "Budi menyebutkan tiga kerajaan negeri di Malaysia yang dikunjungi pada 3-6 Mei 2022 "
        "adalah Kerajaan Negeri Johor, Kerajaan Negeri Kedah, dan Kerajaan Negeri Perak."
    )
    dates = {d["partner"]: d["date"] for d in _drafts(tour)}
    assert dates == {"Johor": "2022-05-03", "Kedah": "2022-05-03", "Perak": "2022-05-03"}
    one = "Bupati Sumbawa melakukan kunjungan kerja ke Kota Osaka pada 3-6 Mei 2022."
    assert [d["date"] for d in _drafts(one)] == ["2022-05-03"]
    assert [d.span for d in find_dates("pada 3-6 Mei 2022 dan 9 Mei 2022", None)] == [True, False]


@pytest.mark.parametrize(
    ("second", "date"),
    [
        # the plan talked over on a day: the plan's date (the day of the talks)
        (
            "Pembahasan rencana itu dilakukan dalam pertemuan antara Wali Kota Medan dan Duta "
            "Besar RI untuk Prancis di Balai Kota, Selasa, 4 Oktober 2016.",
            "2016-10-04",
        ),
        (
            "Pembahasan itu dilakukan saat Duta Besar RI menemui Wali Kota Medan di balai kota "
            "pada Jumat, 26 April 2024.",
            "2024-04-26",
        ),
        # another talk on that day is not the plan's
        (
            "Pembahasan anggaran kota dilakukan dalam rapat di Balai Kota, Selasa, 4 Oktober 2016.",
            None,
        ),
    ],
)
def test_a_plan_is_dated_by_the_day_it_was_talked_over(second: str, date: str | None) -> None:
    text = (
        "Pemerintah Kota Medan berencana menjajaki kerja sama dengan Kota Lyon, Prancis. " + second
    )
    (draft,) = _drafts(text)
    assert (draft["partner"], draft["type"], draft["date"]) == ("Lyon", "other", date)


@settings(max_examples=300, deadline=None)
@given(
    published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    day=st.integers(min_value=1, max_value=31),
    month=st.integers(min_value=1, max_value=12),
    part=st.sampled_from(["akhir", "awal", "pertengahan", "late", "early", "mid"]),
)
def test_a_news_day_lies_near_publication_and_a_month_part_is_never_a_day(
    published: dt.date, day: int, month: int, part: str
) -> None:
    """For every publication date: "(d/m)" is a day at most 45 days before it (or a week
    after) or nothing; "akhir Agustus lalu" and the like are a month, never a day."""
    for found in _dates(f"Hal itu disampaikan Wali Kota, Senin ({day}/{month}).", published):
        told = dt.date.fromisoformat(found)
        assert published - dt.timedelta(days=45) <= told <= published + dt.timedelta(days=7)
    name = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"][month - 1]  # fmt: skip
    assert all(len(d) == 7 for d in _dates(f"Delegasi tiba {part} {name} lalu.", published))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Kami bermaksud menjajaki adanya sister city antara Kota Tegal dan Kota Cusco di "
            "Peru.\n\nHal ini terungkap usai Wali Kota Tegal bertemu Sekretaris Pertama KBRI "
            "Lima, pada Sabtu 9 September 2023 di Balai Kota.",
            "2023-09-09",
        ),
        (
            "We intend to explore a sister city between the City of Tegal and the City of Cusco "
            "in Peru.\n\nThis came out after the Mayor of Tegal met the Peruvian ambassador on "
            "Saturday, 9 September 2023 at City Hall.",
            "2023-09-09",
        ),
        # a release received, or a reception hosted for a holiday, is no meeting of the talks
        (
            "We intend to explore a sister city between the City of Tegal and the City of Cusco "
            "in Peru.\n\nThe mayor was the guest of honour at the National Day Reception hosted "
            "by the consulate on 9 September 2023.",
            None,
        ),
    ],
)
def test_an_exploration_is_dated_by_the_meeting_it_came_out_of(text: str, date: str | None) -> None:
    (draft,) = _drafts(text)
    assert (draft["partner"], draft["type"], draft["date"]) == ("Cusco", "other", date)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("MINGGU, 15 JULI 2018 | 19:12 WIB | LAPORAN: ANI RAHMA", "2018-07-15"),
        ("Published: Sunday, 15 July 2018 10:15 AM", "2018-07-15"),
        # a photo's caption above the text: the day the photo was taken, not the article's
        (
            "Wali Kota Tegal Dedy Yon saat mengunjungi Pasar Pagi di Kecamatan Tegal Barat, "
            "Tegal, Sabtu 14 Juli 2018. Antara",
            None,
        ),
        (
            "The mayor of Tegal, Dedy Yon, visiting the morning market in West Tegal district, "
            "Tegal, on Saturday 14 July 2018. Photo: Antara",
            None,
        ),
    ],
)
def test_a_caption_s_date_is_no_byline_date(line: str, published: str | None) -> None:
    found = parse_published(line)
    assert (found.isoformat() if found else None) == published


# i36a (real23's Tangerang-Binzhou and Depok-Kagoshima, real20's Yogyakarta-Kathmandu): a
# weekday printed beside a full date that falls on another weekday leaves the day untrusted, so
# the date is the month; a month after the article's own date is in doubt too, only the year is
# kept. The mirrors: the weekday agrees (the day stays).
@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # 14 May 2024 was a Tuesday, not a Thursday
        (
            "Wali Kota Pekalongan menerima delegasi Kota Arnhem, Kamis (14/5/2024).",
            None,
            ["2024-05"],
        ),
        (
            "Wali Kota Pekalongan menerima delegasi Kota Arnhem, Kamis (14/05/24).",
            None,
            ["2024-05"],
        ),
        (
            "Wali Kota Pekalongan menerima delegasi Kota Arnhem, Kamis 14 Mei 2024.",
            None,
            ["2024-05"],
        ),
        (
            "The mayor of Pekalongan received Arnhem's delegation on Thursday, May 14, 2024.",
            None,
            ["2024-05"],
        ),
        # the printed September lies after an article of July: the year alone
        (
            "Wali Kota Pekalongan menerima delegasi Kota Arnhem, Kamis (14/9/2024).",
            dt.date(2024, 7, 16),
            ["2024"],
        ),
        # mirrors: the weekday agrees; a weekday naming the range's last day
        (
            "Wali Kota Pekalongan menerima delegasi Kota Arnhem, Selasa (14/5/2024).",
            None,
            ["2024-05-14"],
        ),
        (
            "The mayor of Pekalongan received Arnhem's delegation on Tuesday, May 14, 2024.",
            None,
            ["2024-05-14"],
        ),
    ],
)
def test_a_weekday_that_disagrees_with_its_date_leaves_the_month(
    sentence: str, published: dt.date | None, dates: list[str]
) -> None:
    assert _dates(sentence, published) == dates


def test_talks_told_on_a_day_its_weekday_contradicts_are_dated_by_the_month() -> None:
    # i36a (real20's Yogyakarta-Kathmandu): the meeting the exploring came out of still dates
    # it, at the month; the mirror, the weekday agrees, keeps the day.
    told = (
        "Pemerintah Kota Pekalongan menjajaki kerja sama sister city dengan Kota Arnhem, "
        "Belanda. Hal ini terungkap usai Wali Kota Pekalongan Afzan Arslan bertemu Duta Besar RI "
        "untuk Belanda, pada {} 14 Mei 2024 di Balai Kota."
    )
    assert [d["date"] for d in _drafts(told.format("Kamis"))] == ["2024-05"]
    assert [d["date"] for d in _drafts(told.format("Selasa"))] == ["2024-05-14"]


# i36a (real23's Banyumas and DIY): the year a plan can only be realised after, and the month
# someone took office, are no record's date; the mirrors: the plan realised, the call itself.
@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "Rencana kerja sama itu diperkirakan baru dapat direalisasikan setelah Pemilihan "
            "Kepala Daerah Serentak Tahun 2029.",
            [],
        ),
        ("The cooperation can only be realised after the elections in 2029.", []),
        (
            "Sejak menjadi Dubes Kanada untuk Indonesia pada Maret 2024 lalu, ini kunjungan "
            "pertamanya ke daerah.",
            [],
        ),
        (
            "Since becoming Canada's ambassador to Indonesia in March 2024, this is her first "
            "visit to a province.",
            [],
        ),
        # mirrors
        ("Rencana kerja sama itu telah direalisasikan pada tahun 2019.", ["2019"]),
        ("Dubes Kanada untuk Indonesia berkunjung ke Palu pada Maret 2024 lalu.", ["2024-03"]),
    ],
)
def test_a_year_to_come_after_or_of_taking_office_is_no_date(
    sentence: str, dates: list[str]
) -> None:
    assert _dates(sentence) == dates


@pytest.mark.parametrize(
    "envoy",
    [
        # "H.E." before an envoy's name ends no sentence: the reception is the envoy's call, on
        # the day told after the name
        "H.E. Fahad Mohammed Al-Kuwari,",
        "H. E. Fahad Mohammed Al-Kuwari,",
        # mirror: the same reception, no honorific
        "Fahad Mohammed Al-Kuwari,",
    ],
)
def test_an_excellency_s_stop_ends_no_sentence(envoy: str) -> None:
    text = (
        "Pemkab Sorong Selatan Jajaki Kerja Sama Perikanan dengan Qatar\n"
        "TEMINABUAN - Pemerintah Kabupaten Sorong Selatan menggelar jamuan makan malam dengan "
        f"Duta Besar Qatar untuk Indonesia, {envoy} beserta rombongan di Teminabuan, Senin "
        "(3/11/2025) malam.\n"
        "Bupati Sorong Selatan Petronela Krenak menilai, kunjungan ini menjadi momentum penting "
        "untuk mempererat hubungan antara Sorong Selatan dan Qatar.\n"
    )
    [draft] = _drafts(text)
    assert (draft["partner"], draft["type"], draft["date"]) == ("Qatar", "meeting", "2025-11-03")


def test_his_excellency_in_english_ends_no_sentence() -> None:
    text = (
        "Gorontalo explores fisheries ties with Oman\n"
        "The Governor of Gorontalo Gusnar Ismail hosted a dinner for the Ambassador of Oman to "
        "Indonesia, H.E. Mohammed Al Kathiri, and his delegation in Gorontalo on 4 November "
        "2025.\n"
        "The governor said this visit was an important moment to strengthen relations between "
        "Gorontalo and Oman.\n"
    )
    [draft] = _drafts(text)
    assert (draft["partner"], draft["type"], draft["date"]) == ("Oman", "meeting", "2025-11-04")


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        # the day a written statement was sent or received is not the call's day: only its
        # month, when the article tells no day of its own (record_dates.release_month; the
        # labels of real27, real28, real31 and real35 give the release's month, none its day)
        (
            ". Hal itu disampaikan Al Haris melalui keterangan tertulisnya, Jumat (3/11/2023).",
            "2023-11",
        ),
        (
            ". Berdasarkan keterangan yang diterima pada Jumat (3/11/2023), kunjungan berjalan baik.",
            "2023-11",
        ),
        # ... while the call told on its day keeps it
        (", Jumat (3/11/2023).", "2023-11-03"),
    ],
)
def test_the_day_of_a_written_statement_is_not_the_call_s(tail: str, date: str | None) -> None:
    text = (
        "Gubernur Jambi Al Haris menerima kunjungan kerja Duta Besar Norwegia Rut Kruger di "
        "Jambi" + tail
    )
    (meeting,) = _drafts(text)
    assert meeting["date"] == date


# i40e: the draft's date_note says why a full date written in the text was left at its month
# (or year): the weekday printed beside it names another day. The mirror, the weekday agrees:
# the note is the date as written, nothing to explain.
@pytest.mark.parametrize(
    ("weekday", "day", "published", "date", "note"),
    [
        (
            "Kamis",
            "14/5/2024",
            "2024-05-20",
            "2024-05",
            "14/5/2024: Kamis is not the weekday of 2024-05-14 (a Tuesday), so only the month "
            "is kept",
        ),
        (
            "Kamis",
            "14/9/2024",
            "2024-07-16",
            "2024",
            "14/9/2024: Kamis is not the weekday of 2024-09-14 (a Saturday), and that month is "
            "after the article's date, so only the year is kept",
        ),
        ("Selasa", "14/5/2024", "2024-05-20", "2024-05-14", "14/5/2024"),
    ],
)
def test_the_date_note_says_a_weekday_contradicted_the_day(
    run, tmp_path, weekday: str, day: str, published: str, date: str, note: str
) -> None:
    article = tmp_path / "arnhem.txt"
    article.write_text(
        "Pekalongan Teken MoU dengan Arnhem\n\n"
        "Pemerintah Kota Pekalongan menandatangani nota kesepahaman (MoU) dengan Pemerintah Kota "
        f"Arnhem, Belanda, pada {weekday} ({day}) di Balai Kota Pekalongan.\n",
        encoding="utf-8",
    )
    out = run("extract", str(article), "--published", published, "--format", "json").stdout
    [draft] = [d for d in json.loads(out) if d["partner"] == "Arnhem"]
    assert (draft["date"], draft["date_note"]) == (date, note)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # CONVENTIONS.md rule 1 (i48a): an envoy's stay of days, the meeting's own day not told,
        # is dated by the stay's first day (one_event.meetings_over_a_span dated it to the month)
        (
            "Duta Besar Jepang untuk Indonesia, Kenji Sato, berkunjung ke Banyuwangi pada 12-14 Mei "
            "2024 dan bertemu Bupati Banyuwangi Ipuk Fiestiandani untuk membahas kerja sama "
            "pariwisata.",
            "2024-05-12",
        ),
        (
            "The Ambassador of Japan to Indonesia, Kenji Sato, visited Banyuwangi from 12 to 14 May "
            "2024 and met the Regent of Banyuwangi, Ipuk Fiestiandani, to discuss cooperation in "
            "tourism.",
            "2024-05-12",
        ),
        # mirrors: the month first, one day alone
        (
            "The Ambassador of Japan to Indonesia, Kenji Sato, visited Banyuwangi on May 12-14, "
            "2024 and met the Regent of Banyuwangi, Ipuk Fiestiandani, to discuss cooperation in "
            "tourism.",
            "2024-05-12",
        ),
        (
            "Duta Besar Jepang untuk Indonesia, Kenji Sato, berkunjung ke Banyuwangi pada 13 Mei "
            "2024 dan bertemu Bupati Banyuwangi Ipuk Fiestiandani untuk membahas kerja sama "
            "pariwisata.",
            "2024-05-13",
        ),
    ],
)
def test_a_meeting_over_a_span_of_days_is_dated_by_its_first_day(text: str, date: str) -> None:
    assert [(d["type"], d["date"]) for d in _drafts(text, dt.date(2025, 9, 17))] == [
        ("meeting", date)
    ]


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Kunjungan berlangsung pada 30 April-2 Mei 2024 di Kanazawa.", dt.date(2025, 9, 17)),
        ("Kunjungan berlangsung pada 30 April-2 Mei 2024 di Kanazawa.", None),
        ("Kunjungan berlangsung 30 April hingga 2 Mei 2024 di Kanazawa.", dt.date(2025, 9, 17)),
        ("The visit ran from 30 April to 2 May 2024 in Kanazawa.", dt.date(2025, 9, 17)),
        ("The visit ran from April 30 to May 2, 2024 in Kanazawa.", None),
    ],
)
def test_a_span_across_months_is_dated_by_its_first_day(
    sentence: str, published: dt.date | None
) -> None:
    """CONVENTIONS.md rule 1, "30 Juni–2 Juli": its first day, in the year the span ends in (the
    first half took the publication's year, or was dropped for the last day)."""
    assert _dates(sentence, published) == ["2024-04-30"]


def test_a_span_across_the_new_year_begins_in_the_year_before() -> None:
    assert _dates("Misi dagang pada 29 Desember 2024 - 2 Januari 2025.", None) == ["2024-12-29"]
    assert _dates("Misi dagang pada 29 Desember - 2 Januari 2025.", None) == ["2024-12-29"]
    assert _dates("The mission ran from December 29 to January 2, 2025.", None) == ["2024-12-29"]
    assert _dates("The mission ran from December 29, 2024 to January 2, 2025.", None) == [
        "2024-12-29"
    ]
