"""`extract`'s record-level rules found on unlabelled Java and Jakarta articles it had never seen
(issue 23, i23j): one short realistic text each, written in the shape the articles had, never a
sentence copied from one. Each failed before its rule.
"""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _drafts(text: str, published: dt.date | None = None) -> list[dict]:
    return to_json([extract(text, published=published)])


def test_a_tie_said_to_come_soon_is_not_a_signed_document() -> None:
    text = (
        "Pemerintah Kota Surabaya menjajaki kerja sama sister city dengan Kota Sumgait, "
        "Azerbaijan. Menurut Wali Kota Eri Cahyadi, dalam waktu dekat kerja sama sister city "
        "antara Kota Surabaya dan Kota Sumgait segera dilakukan."
    )
    (draft,) = _drafts(text)
    assert draft["partner"] == "Sumgait"
    assert draft["type"] == "other"
    assert draft["stage"] == "exploration"


def test_a_signing_still_to_come_after_the_document_is_a_plan() -> None:
    text = (
        "Gubernur Jawa Tengah menerima Konsul Jenderal Australia. Pertemuan itu membahas "
        "perpanjangan kerja sama sister province antara Jawa Tengah dan Queensland, yang "
        "rencananya akan ditandatangani pada Mei 2025."
    )
    drafts = [d for d in _drafts(text) if d["partner"] == "Queensland"]
    assert drafts
    assert all(d["type"] not in ("mou", "agreement", "sister_city", "loi") for d in drafts)


def test_an_exploration_whose_signing_is_later_is_no_agreement() -> None:
    text = (
        "Pemerintah Kota Semarang melakukan penjajakan kerja sama sister city dengan "
        "Pemerintah Kota Jiaxing, Tiongkok. \"Ini masih dalam penjajakan yang nantinya "
        "penandatanganan kerja sama pada bulan November,\" kata Wali Kota Semarang Hendrar "
        "Prihadi."
    )
    (draft,) = _drafts(text)
    assert draft["partner"] == "Jiaxing"
    assert draft["type"] == "other"
    assert draft["stage"] == "exploration"


def test_the_document_pointed_back_to_is_the_plan_just_told() -> None:
    text = (
        "Gubernur Jawa Tengah Ahmad Luthfi menerima Konsul Jenderal Australia. Pertemuan itu "
        "membahas perpanjangan MoU antara Jawa Tengah dan Queensland, yang rencananya akan "
        "ditandatangani pada Mei 2025. \"Prinsip MoU ini untuk memperkuat hubungan Jawa Tengah "
        "dan Queensland,\" ujar Luthfi."
    )
    drafts = [d for d in _drafts(text) if d["partner"] == "Queensland"]
    assert drafts
    assert all(d["type"] not in ("mou", "agreement", "sister_city", "loi") for d in drafts)
