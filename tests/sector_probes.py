"""One meeting to hang sector probes on (test_extract_sector_lists, test_extract_sector_talk)."""

from __future__ import annotations

import datetime as dt

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

DAY = dt.date(2024, 9, 12)
OPENING = (
    "Duta Besar Peru Luis Tsuboyama bertemu Bupati Banyumas Achmad Husein, Kamis (12/9/2024). "
)
OPENING_EN = (
    "The Ambassador of Peru, Luis Tsuboyama, met the Regent of Banyumas, Achmad Husein, on "
    "Thursday, 12 September 2024. "
)


def sectors(text: str) -> list[str]:
    """The sectors of the one record drafted from text (an article of DAY)."""
    (meeting,) = to_json([extract(text, published=DAY)])
    return meeting["sectors"]
