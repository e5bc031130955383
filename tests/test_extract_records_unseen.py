"""`extract`'s rules on which records are drafted, generalised from real8's first sight (issue 23,
i23m): one short realistic text each, written in the shape the articles had, never a sentence
copied from one. Each failed before its rule.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


def test_a_consul_of_a_republic_calling_on_a_governor_is_a_record_of_his_country() -> None:
    text = (
        "Gubernur Jawa Tengah menerima kunjungan Konsul Republik Federal Jerman yang baru, "
        "Markus Weber, di kantor gubernur, Selasa (3/9/2024). Dalam pertemuan itu keduanya "
        "membahas kerja sama pendidikan vokasi."
    )
    drafts = _drafts(text, dt.date(2024, 9, 4))
    assert [d["country"] for d in drafts] == ["DE"]
    assert drafts[0]["partner"].endswith("Jerman")


def test_a_read_also_link_with_a_bare_colon_is_no_part_of_the_article() -> None:
    text = (
        "Gubernur Jawa Tengah dan Gubernur Prefektur Shizuoka menandatangani nota kesepahaman "
        "kerja sama di Semarang, Rabu (4/9/2024).\n\n"
        "BACA: Undip dan Shizuoka University Perpanjang MoU Riset\n\n"
        "Kerja sama itu meliputi bidang pendidikan dan pertanian."
    )
    drafts = _drafts(text, dt.date(2024, 9, 5))
    assert [d["partner"] for d in drafts] == ["Shizuoka"]
