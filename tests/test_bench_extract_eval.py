"""bench/extract_eval.py's --verbose lines: each difference named by its side."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from extract_eval import explain  # noqa: E402


def _record(partner: str, sectors: list[str]) -> dict:
    return {
        "partner": partner,
        "country": "IT",
        "type": "meeting",
        "date": None,
        "local_party": "Sigi",
        "local_signatory": None,
        "partner_signatory": None,
        "sectors": sectors,
    }


def test_an_extra_draft_after_a_sector_difference_is_still_named_extra(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the sector line's own "extra" list once took the side's name: "[] Velletri meeting None"
    expected = [_record("Kofu", ["culture"])]
    found = [_record("Kofu", []), _record("Velletri", [])]
    explain("a", expected, found)
    lines = capsys.readouterr().out.splitlines()
    assert "  a: Kofu.sectors: -['culture'] +[]" in lines
    assert "  a: EXTRA Velletri meeting None" in lines
