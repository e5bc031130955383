"""`extract` drafts the sectors agriculture, fisheries and maritime (issue 23, stop 39).

The corpus names farming (pertanian, perkebunan, peternakan), fisheries (perikanan, budi daya
ikan) and the sea (kelautan, maritim) as fields of a cooperation in 33 and 23 batches; they had
no code until domain/vocab.py gained these three. The probes are sentences of our own with other
names, in both languages; the look-alikes (an office's title with those words, a university's
name, a region's pitch) stay without them.
"""

from __future__ import annotations

import pytest
from sector_probes import OPENING as _OPENING
from sector_probes import OPENING_EN as _OPENING_EN
from sector_probes import sectors as _sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            _OPENING + "Keduanya membahas kerja sama di bidang pertanian, perikanan dan "
            "pariwisata.",
            ["agriculture", "fisheries", "tourism"],
        ),
        (
            _OPENING + "Kerja sama itu mencakup sektor kelautan dan perikanan, perkebunan, serta "
            "peternakan.",
            ["maritime", "fisheries", "agriculture"],
        ),
        (
            _OPENING + "Pertemuan itu membahas budi daya perikanan dan agroindustri.",
            ["fisheries", "agriculture"],
        ),
        (
            _OPENING_EN + "They discussed cooperation in agriculture, aquaculture and the "
            "maritime sector.",
            ["agriculture", "fisheries", "maritime"],
        ),
    ],
)
def test_farming_fish_and_the_sea_are_fields(text: str, sectors: list[str]) -> None:
    assert _sectors(text) == sectors


@pytest.mark.parametrize(
    "text",
    [
        # an office's title, with the office's own words or a government's name inside it
        _OPENING + "Hadir Kepala Dinas Kelautan dan Perikanan Banyumas dalam pertemuan itu.",
        _OPENING + "Ia didampingi Menteri Kelautan dan Perikanan dalam pertemuan itu.",
        _OPENING + "Pembahasan itu lanjutan dari pertemuan dengan Menteri Daerah Negeri Perlis "
        "Bidang Pertanian dan Industri Hasil Pertanian.",
        _OPENING_EN + "The Minister for Agriculture and Fisheries of Peru attended the meeting.",
        # a university's name
        _OPENING + "Pertemuan itu berlangsung di kampus Institut Pertanian Bogor.",
        # a region's pitch
        _OPENING + "Bupati memaparkan potensi pertanian dan perikanan Banyumas.",
    ],
)
def test_titles_names_and_pitches_are_no_fields(text: str) -> None:
    assert not {"agriculture", "fisheries", "maritime"} & set(_sectors(text))
