"""A date found in a sentence, with what the words around it say of it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence: its ISO text (YYYY, YYYY-MM or YYYY-MM-DD) and where."""

    iso: str
    text: str
    start: int
    end: int
    since: bool = False  # "sejak 1986": the start of something still going on
    source: bool = False  # the date a quote or release was published, not of the event
    relative: bool = False  # needed the publication date ("Selasa (27/5)", "kemarin")
    # the day a statement was made ("kata Gubernur, Minggu (18/2/2024)", "said in Bandung on
    # Tuesday"): a meeting's day at most, never that of a document told as done before it
    said: bool = False
    # the first day of a span ("21-24 Januari 2019"): which day of it an act took is not told
    span: bool = False
    # why the date is coarser than the text writes it ("Kamis is not the weekday of
    # 2024-05-14 ..."): the draft's date_note says it after the date as written
    note: str | None = None
