"""`extract`'s sectors told in a sentence of their own after the cooperation (issue 23, i47c).

"... mendorong kerja sama regional di berbagai bidang. Seperti peternakan, pertanian, dan
pariwisata." (real34), "Banyak kerjasama yang bisa dilakukan kedua negara ini. Segi pertanian,
ekonomi, pendidikan ..." (real12), "... poin penting yang dibahas ... Seperti industri investasi dan
perdagangan." (real29): the list the sentence before opened goes on in the next one, which has
no cooperation word of its own. The probes are sentences of our own with other names, each asserted both ways: the fields drafted
after a sentence of cooperation in many fields, and the look-alikes (a region's pitch, a sentence
that is no list, a list in the next paragraph) left without them.
"""

from __future__ import annotations

import pytest
from sector_probes import OPENING as _OPENING
from sector_probes import OPENING_EN as _OPENING_EN
from sector_probes import sectors as _sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # "Seperti ..." after "kerja sama di berbagai bidang": the fields of that cooperation
        (
            _OPENING + "Kedua pihak mendorong kerja sama di berbagai bidang. Seperti perikanan, "
            "pendidikan, dan pariwisata.",
            ["fisheries", "education", "tourism"],
        ),
        # "Segi ..." after "banyak kerja sama"
        (
            _OPENING + "Banyak kerja sama yang bisa dilakukan kedua negara. Segi pertanian, "
            "kesehatan, dan perdagangan.",
            ["agriculture", "health", "trade"],
        ),
        # "Seperti ..." after a talk of several points, a said-clause closing the list
        (
            _OPENING + "Peru mengajukan beberapa poin kerja sama dengan Banyumas. Seperti "
            "perdagangan, pendidikan dan kesehatan,” ungkap Husein.",
            ["trade", "education", "health"],
        ),
        (
            _OPENING_EN + "The two sides discussed cooperation in several fields. Such as "
            "fisheries, education and tourism.",
            ["fisheries", "education", "tourism"],
        ),
        (
            _OPENING_EN + "The two sides discussed cooperation in several fields. For example, "
            "trade, health and culture.",
            ["trade", "health", "culture"],
        ),
    ],
)
# (perikanan and pertanian became codes at stop 39: the lists now draft them too.)
def test_a_list_going_on_from_the_sentence_before_is_its_fields(
    text: str, sectors: list[str]
) -> None:
    assert _sectors(text) == sectors


@pytest.mark.parametrize(
    "text",
    [
        # a region's pitch: the sentence before speaks of no cooperation (CONVENTIONS.md rule 8)
        _OPENING + "Bupati memaparkan potensi unggulan daerahnya. Seperti perikanan, pendidikan, "
        "dan pariwisata.",
        _OPENING_EN + "The regent presented the regency's strengths. Such as fisheries, education "
        "and tourism.",
        # a sentence going on that is no list of fields
        _OPENING + "Kedua pihak mendorong kerja sama di berbagai bidang. Seperti yang disampaikan "
        "Bupati, kunjungan wisatawan Peru ke Banyumas terus bertambah setiap tahun.",
        _OPENING_EN + "The two sides discussed cooperation in several fields. Such as the regent "
        "said, tourist arrivals from Peru keep rising every year.",
        # the list in the next paragraph is not read with it
        _OPENING + "Kedua pihak mendorong kerja sama di berbagai bidang.\n\nSeperti perikanan, "
        "pendidikan, dan pariwisata.",
    ],
)
def test_a_list_after_no_cooperation_or_no_list_gives_no_field(text: str) -> None:
    assert _sectors(text) == []


def test_a_list_framed_by_its_own_field_word_is_read_alone() -> None:
    """ "Seperti di sektor ..." frames its fields itself (sector_cues.LISTING): read with a sentence
    before that tells the cooperation as running, its fields would be the old tie's and go."""
    text = (
        _OPENING + "Sampai saat ini hasil kerja sama kedua daerah sangat banyak. Seperti di "
        "sektor pendidikan, sosial, dan perikanan."
    )
    assert _sectors(text) == ["education", "fisheries"]
