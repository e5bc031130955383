"""`extract`'s sectors of a talk told with "membicarakan", "dibicarakan", "bahasan" (issue 23, i47c).

"Pertemuan membicarakan beberapa hal, diantaranya Asian Games 2018, penjajakan investasi AS di
Sumsel" (real28), "Selain membicarakan rencana investasi di Kazakhstan, ..." (real27), "Adapun
poin-poin bahasan dalam audiensi ini, di antaranya adalah, rencana investasi ..." (real20): the
topics talked over with the partner are the meeting's fields (CONVENTIONS.md rule 8), as after
"membahas" and "discussed". The probes are sentences of our own with other names; the look-alikes
(a title, what two places share, a talk of no field) stay without them.
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
            _OPENING + "Pertemuan itu membicarakan beberapa hal, di antaranya rencana investasi "
            "dan pertukaran pelajar.",
            ["investment", "student_exchange"],
        ),
        (
            _OPENING + "Selain membicarakan rencana investasi di Banyumas, pertemuan itu juga "
            "membahas seputar kebudayaan.",
            ["investment", "culture"],
        ),
        (
            _OPENING
            + "Adapun poin-poin bahasan dalam audiensi ini, di antaranya rencana investasi "
            "perusahaan Peru di Banyumas.",
            ["investment"],
        ),
        # the English talk words read so already: the same shape, asserted in both languages
        (
            _OPENING_EN + "The meeting also talked about investment and student exchanges.",
            ["investment", "student_exchange"],
        ),
    ],
)
def test_the_topics_talked_over_are_the_meeting_s_fields(text: str, sectors: list[str]) -> None:
    assert _sectors(text) == sectors


@pytest.mark.parametrize(
    "text",
    [
        # an office's title
        _OPENING + "Hal itu dibicarakan Kepala Dinas Pariwisata Banyumas dengan rombongan.",
        # what two places share
        _OPENING + "Bupati membicarakan Banyumas yang memiliki kesamaan budaya dengan Peru.",
        # a talk of no field
        _OPENING + "Keduanya juga membicarakan jadwal kunjungan balasan ke Lima.",
        _OPENING_EN + "They also talked about the date of a return visit to Lima.",
    ],
)
def test_a_talk_of_no_field_gives_none(text: str) -> None:
    assert _sectors(text) == []
