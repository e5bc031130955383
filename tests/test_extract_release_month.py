"""An event the article dates only by its release's day takes that day's month (issue 23, i45c).

Kind K11 of bench/ANALYSIS.md ("Extract: dates by kind"): a visit or meeting whose own day the
article never tells, only the day its statement was released ("Berdasarkan keterangan yang
diterima pada Jumat (3/11/2023)", "pernyataan yang dirilis pada Rabu"): the labels of real27,
real28, real31 and real35 give the release's month, none its day. Probes are texts of our own,
failing before the rule; mirrors keep an event's own day, and an undated tie undated.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

_PUBLISHED = dt.date(2024, 7, 20)


def _dates(text: str) -> dict[tuple[str, str], str | None]:
    drafts = to_json([extract(text, published=_PUBLISHED)])
    return {(d["partner"], d["type"]): d["date"] for d in drafts}


def test_a_meeting_dated_only_by_its_release_takes_the_release_s_month() -> None:
    text = (
        "Gubernur NTT menerima kunjungan Duta Besar Latvia di Kupang. Berdasarkan keterangan "
        "yang diterima pada Jumat (19/7/2024), keduanya membahas kerja sama pariwisata."
    )
    assert _dates(text)[("Latvia", "meeting")] == "2024-07"


def test_a_meeting_told_in_a_press_release_s_sentence_takes_its_month() -> None:
    text = (
        "The Governor of East Nusa Tenggara received the Ambassador of Latvia in Kupang to "
        "discuss tourism, according to a press release dated Friday (19/7/2024)."
    )
    assert _dates(text)[("Latvia", "meeting")] == "2024-07"


def test_a_meeting_with_its_own_day_keeps_that_day() -> None:
    text = (
        "Gubernur NTT menerima kunjungan Duta Besar Latvia di Kupang, Kamis (18/7/2024). "
        "Berdasarkan keterangan yang diterima pada Jumat (19/7/2024), keduanya membahas "
        "kerja sama pariwisata."
    )
    assert _dates(text)[("Latvia", "meeting")] == "2024-07-18"


def test_an_undated_tie_stays_undated_beside_a_release_s_day() -> None:
    text = (
        "Kupang dan Darwin telah menjadi kota kembar sejak lama. Berdasarkan keterangan yang "
        "diterima pada Jumat (19/7/2024), kedua kota akan bertukar pelajar."
    )
    assert _dates(text)[("Darwin", "sister_city")] is None


def test_two_undated_meetings_stay_undated_beside_a_release_s_day() -> None:
    text = (
        "Gubernur NTT menerima kunjungan Duta Besar Latvia dan Duta Besar Estonia di Kupang "
        "secara terpisah. Berdasarkan keterangan yang diterima pada Jumat (19/7/2024), "
        "keduanya membahas kerja sama pariwisata."
    )
    dates = _dates(text)
    assert dates.get(("Latvia", "meeting")) is None
    assert dates.get(("Estonia", "meeting")) is None


def test_an_event_told_as_recent_stays_undated_beside_a_release_s_day() -> None:
    # "baru-baru ini" / "recently" puts the event before the release by an unknown span, maybe
    # in the month before: real28's Sumedang visit ("baru-baru ini", release of 5 March) is
    # labelled undated. Found when i44b's and i45c's rules were merged.
    text = (
        "Gubernur NTT melakukan kunjungan kerja ke Kota Riga, Latvia, baru-baru ini. Hal itu "
        "dikutip dari pres rilis Biro Humas, Jumat (19/7/2024)."
    )
    assert _dates(text)[("Riga", "visit")] is None
    english = (
        "The Governor of East Nusa Tenggara recently made a working visit to the city of Riga, "
        "Latvia, according to a press release dated Friday (19/7/2024)."
    )
    assert _dates(english)[("Riga", "visit")] is None
