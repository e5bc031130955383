"""Give partners without coordinates a place from the offline gazetteer (kerjasama_cli.geo).

Run by `serve` before Datasette starts, so the map shows every partner the gazetteer knows. The
places live in serve's memory (web/plugin.py hands them to the map's SQL): serve never writes
the registry, which may be read-only; `partners edit --lat --lon` stores a place for good.
Cities are looked up by name (then aliases) within the partner's country; a region by its ISO
3166-2 code's name. Countries and organisations get no pin: a country's centre or a head office
would be a guess, and a wrong pin is worse than none (`partners edit --lat --lon` sets one).
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass

from kerjasama_cli.store.parties.coordinates import Unplaced

Point = tuple[float, float]

# Kinds of partner that have one place on a map.
PLACEABLE = ("city", "province", "region")


@dataclass
class Located:
    """What a locate pass did."""

    places: dict[int, Point]  # partner id -> (latitude, longitude), found in the gazetteer
    missing: list[str]  # names of partners still without coordinates
    unplaced_ids: list[int]  # their ids (looked up already: not again)


def lookup(partner: Unplaced) -> Point | None:
    """The gazetteer's place for a partner (by name, aliases, region), if it knows one."""
    from kerjasama_cli.geo import find_place

    names = [partner.name, *partner.aliases]
    if partner.region:
        from kerjasama_cli.domain.countries import region_name
        from kerjasama_cli.domain.errors import ValidationError

        with contextlib.suppress(ValidationError):  # an unknown code: try the names only
            names.append(region_name(partner.region))
    for name in names:
        place = find_place(name, partner.country)
        if place is not None and place.latitude is not None and place.longitude is not None:
            return place.latitude, place.longitude
    return None


def locate_partners(conn: sqlite3.Connection) -> Located:
    """The places the gazetteer knows for placeable partners that have no coordinates
    (read only: nothing is written)."""
    from kerjasama_cli.store.parties.coordinates import unplaced

    waiting = unplaced(conn)
    found: dict[int, Point] = {}
    for partner in waiting:
        if partner.kind in PLACEABLE:
            point = lookup(partner)
            if point is not None:
                found[partner.id] = point
    left = [p for p in waiting if p.id not in found]
    return Located(found, [p.name for p in left], [p.id for p in left])
