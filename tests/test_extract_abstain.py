"""Precision first (issue 23): every drafted value carries the kind of its evidence
(extract/grounds.py), and a small policy (extract/abstain.py) leaves out the values, or whole
records, whose kind it distrusts; they are listed for the reviewer as unsure. Probe sentences
of our own, none from the corpus."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from kerjasama_cli import i18n
from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json, to_yaml

abstain = importlib.import_module("kerjasama_cli.extract.abstain")
PUBLISHED = dt.date(2025, 3, 12)

# A tie told as existing, and a visit told in passing, undated: the same story, one record.
TIE = "Kota Madiun dan Kota Tartu, Estonia, menjalin kerja sama sister city sejak 2019. "
VISIT = (
    "Kunjungan Wali Kota Tartu, Urmas Klaas, ke Madiun menunjukkan hubungan kedua kota sangat "
    "erat, kata Wali Kota Madiun Maidi."
)
# Seven sentences about the town: the visit is told after the article's opening.
TOWN = (
    "Madiun dikenal sebagai kota pecel. Jumlah penduduknya sekitar 200 ribu jiwa. Kota ini "
    "dilalui jalur kereta api. Wisatawan datang untuk kulinernya. Setiap tahun digelar festival "
    "budaya. Pasar besarnya ramai setiap pagi. Alun-alun kota menjadi pusat kegiatan warga. "
)
# The record's day told only in the sentence that says who told it.
SAID_ON_A_WEEKDAY = (
    "Pemkot Madiun menjalin kerja sama dengan Kota Tartu, Estonia, di bidang pendidikan. "
    "Hal itu disampaikan Wali Kota Madiun Maidi kepada wartawan, Senin (10/3)."
)


def test_each_value_carries_the_kind_of_its_evidence() -> None:
    (draft,) = extract(SAID_ON_A_WEEKDAY, published=PUBLISHED).drafts
    assert draft.grounds == {
        "record": "typed",
        "type": "beside",
        "date": "aside_weekday",
        "sector:education": "own",
    }


def test_an_undated_visit_told_after_the_opening_beside_the_partner_s_tie_is_left_out() -> None:
    extraction = extract(TIE + TOWN + VISIT, published=PUBLISHED)
    assert [(d["type"], d["partner"], d["date"]) for d in to_json([extraction])] == [
        ("sister_city", "Tartu", "2019")
    ]
    assert [(d.type, d.partner) for d in extraction.left_out] == [("visit", "Tartu")]
    assert extraction.left_out[0].unsure[0].ground == "echo_late"
    text = to_yaml([extraction])
    assert "left out, unsure" in text and "visit · Tartu · no date" in text


def test_the_same_visit_in_the_opening_stays_unless_the_proposed_policy_applies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = extract(TIE + VISIT, published=PUBLISHED)
    assert [(d.type, d.grounds["record"]) for d in kept.drafts] == [
        ("sister_city", "typed"),
        ("visit", "echo"),
    ]
    monkeypatch.setattr(abstain, "POLICY", {**abstain.POLICY, **abstain.PROPOSED})
    left = extract(TIE + VISIT, published=PUBLISHED)
    assert [d.type for d in left.drafts] == ["sister_city"]
    assert [d.type for d in left.left_out] == ["visit"]


def test_an_undated_visit_alone_is_the_record() -> None:
    text = (
        "Wali Kota Tartu, Estonia, Urmas Klaas berkunjung ke Madiun dan bertemu Wali Kota Madiun "
        "Maidi untuk membahas kerja sama pendidikan."
    )
    extraction = extract(text, published=PUBLISHED)
    assert [(d.type, d.partner) for d in extraction.drafts] == [("visit", "Tartu")]
    assert extraction.left_out == []


def test_nothing_unsure_is_an_empty_list_in_json() -> None:
    (row,) = to_json([extract(SAID_ON_A_WEEKDAY, published=PUBLISHED)])
    assert row["unsure"] == []
    assert row["date"] == "2025-03-10"


def test_a_distrusted_kind_leaves_the_field_empty_listed_missing_and_unsure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(abstain.POLICY, ("date", "aside_weekday"), "a weekday said aside")
    monkeypatch.setitem(abstain.POLICY, ("sectors", "own"), "a test's distrust")
    extraction = extract(SAID_ON_A_WEEKDAY, published=PUBLISHED)
    (row,) = to_json([extraction])
    assert row["date"] is None and row["sectors"] == []
    assert {"date", "sectors"} <= set(row["missing"])
    assert row["unsure"] == [
        {"field": "date", "value": "2025-03-10", "ground": "aside_weekday"},
        {"field": "sectors", "value": "education", "ground": "own"},
    ]
    assert "date" not in row["evidence"] and "sectors" not in row["evidence"]
    text = to_yaml([extraction])
    assert "unsure, left empty: date 2025-03-10" in text


def test_the_policy_only_empties_fields_a_draft_may_leave_empty() -> None:
    # the type is never left empty (import needs one); partner, country and local party are
    # the record's evidence itself: a record without them is left out whole instead
    allowed = {"record", "date", "sectors", "local_signatory", "partner_signatory"}
    assert {name for name, _ in [*abstain.POLICY, *abstain.PROPOSED]} <= allowed


def test_every_reason_of_the_policy_is_translated() -> None:
    t = i18n.translator("id")
    for reason in [*abstain.POLICY.values(), *abstain.PROPOSED.values()]:
        assert t(reason) != reason, reason
