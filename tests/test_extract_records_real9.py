"""`extract`'s rules on which records are drafted, generalised from real9's first sight (issue 23,
i23p): one short realistic text each, written in the shape the articles had, never a sentence
copied from one. Each failed before its rule.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _drafts(text: str, published: dt.date | None = None, home: str = "DKI Jakarta") -> list[dict]:
    return to_json([extract(text, published=published, home=home)])


def test_the_home_governments_bare_name_acting_in_a_list_is_not_the_local_party() -> None:
    text = (
        "Bupati Tabanan menerima audiensi pengurus sebuah yayasan budaya yang mengusulkan sister "
        "city antara Kabupaten Tabanan dengan Kota Varanasi, India, Senin (4/3/2024).\n\n"
        "Kota-kota lain di Indonesia juga punya kota kembar, misalnya Surabaya menjalin hubungan "
        "dengan Seattle, Busan, Kochi, Xiamen (sebagai kota sahabat), Guangzhou, Kitakyushu, "
        "Liverpool, dan masih banyak lagi di Indonesia."
    )
    drafts = _drafts(text, dt.date(2024, 3, 5), home="Kota Surabaya")
    assert [d["partner"] for d in drafts] == ["Varanasi"]


def test_a_reduplicated_plural_is_never_a_partner() -> None:
    text = (
        "Kota-kota di Belanda dan Kota Bogor menandatangani nota kesepahaman di Bogor, "
        "Senin (4/3/2024)."
    )
    assert [d["partner"] for d in _drafts(text, dt.date(2024, 3, 5))] == []
