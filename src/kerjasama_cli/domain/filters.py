"""One filter object, built once from the command line, that every read command applies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RecordFilter:
    """What to select. Empty fields select everything; several values of one field are OR-ed,
    and the fields are AND-ed (`-p Hanoi -p Paris -t mou`: MoUs with Hanoi or with Paris).

    Dates are intervals: a record matches `date_from`/`date_to` when the interval it can cover
    overlaps the requested one, so an item known only to "2024" matches `--from 2024-06`.
    """

    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    governors: tuple[str, ...] = ()
    local_parties: tuple[str, ...] = ()
    involving: tuple[str, ...] = ()  # places, each as the local party or the partner
    status: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    # The precision each bound was given at ("day", "month", "year"), so that a briefing says
    # `--from 2024-05` as "May 2024" and not as a day the user never typed.
    date_from_grain: str = "day"
    date_to_grain: str = "day"
    query: str | None = None  # search text (domain/search.py), matched in the FTS index
    expiring_by: dt.date | None = None  # in force and valid until no later than this day
    families: tuple[str, ...] = ()  # ksdpl, ksdll (domain/cooperation.py)
    objects: tuple[str, ...] = ()  # the regulation's objects, own or from the sectors
    stages: tuple[str, ...] = ()  # the stage the record's partnership has reached
    public: bool = False  # only the public subset (domain/public.py: `report --public`)
