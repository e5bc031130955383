"""Date shapes the grammar of running text misread (issue 23, i45c).

Kind counted in bench/ANALYSIS.md ("Extract: dates by kind"): a shape read as another date or
not read at all, met in real7, real9, real26, real30 and real32 ("sejak ratusan tahun lalu"
read as last year, "terjalin 2016 silam" unread, "awal pekan kemarin" read as yesterday,
"berakhir masa berlakunya pada tahun 2019" read as a date of the record). Every probe is a
sentence of our own, with places and people the corpus never names, failing before its rule;
each mirror is the same shape where the date read before must stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract.dates import find_dates

_PUBLISHED = dt.date(2024, 7, 20)  # a Saturday


def _dates(sentence: str) -> list[str]:
    return [d.iso for d in find_dates(sentence, _PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # "hundreds of years ago" is a count of years, told roughly: no date
        ("Tarian itu dilestarikan warga Tanimbar sejak ratusan tahun lalu.", []),
        ("Perahu itu dibuat dengan cara yang diwariskan ribuan tahun lalu.", []),
        # a year told as past by "silam" or "lalu" after it is that year
        ("Kerja sama Kupang dan Darwin yang terjalin 2016 silam kini diperluas.", ["2016"]),
        ("Hubungan itu dirintis Wali Kota Aris Bunga 2011 lalu di Darwin.", ["2011"]),
        ("Tahap pertama kerja sama itu selesai sejak 2002 lalu.", ["2002"]),
        # "(awal) pekan kemarin" is last week, as "pekan lalu" is: its month when it lies in one
        ("Wali Kota Kupang berkunjung ke Darwin pada awal pekan kemarin.", ["2024-07"]),
        ("Rombongan Darwin tiba di Kupang sepekan kemarin.", ["2024-07"]),
        # the end of a document's term is no date of a record
        ("Nota kesepahaman itu berakhir masa berlakunya pada tahun 2019.", []),
        ("The memorandum's term ended in 2019 and is to be renewed.", []),
    ],
)
def test_shapes_once_misread(sentence: str, dates: list[str]) -> None:
    assert _dates(sentence) == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # mirrors: the dates read before stay
        ("Kupang dan Darwin menandatangani nota kesepahaman tahun lalu.", ["2023"]),
        ("The two mayors met in Darwin last year.", ["2023"]),
        ("Wali Kota Kupang menerima rombongan Darwin kemarin.", ["2024-07-19"]),
        ("Wali Kota Kupang berkunjung ke Darwin pekan lalu.", ["2024-07"]),
        ("Mayor Ilse Varnow visited Kupang last week.", ["2024-07"]),
        ("Ia tiba di Darwin pada Minggu kemarin.", ["2024-07-19"]),
        ("Sebanyak 2016 peserta hadir di Kupang.", []),
        ("Kupang dan Darwin menandatangani MoU pada tahun 2019.", ["2019"]),
        ("Nota kesepahaman itu berlaku hingga tahun 2026.", []),
    ],
)
def test_shapes_read_before_stay(sentence: str, dates: list[str]) -> None:
    assert _dates(sentence) == dates


def test_a_past_year_after_sejak_is_still_a_start() -> None:
    (found,) = find_dates("Kupang dan Darwin bekerja sama sejak 2002 lalu.", _PUBLISHED)
    assert (found.iso, found.since) == ("2002", True)
