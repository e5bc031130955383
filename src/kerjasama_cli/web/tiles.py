"""An offline base map for the partner map: Web Mercator tiles drawn as SVG from the world
shapes the report ships (Natural Earth 1:110m, report/world.json).

Leaflet loads tiles as images and an SVG is an image, so no tile server and no network are
needed: the map works on an intranet and sends nobody's browsing to a third party. The shapes
are coarse (1:110m): fine to see where partners are, not to read streets, hence MAX_ZOOM.
"""

from __future__ import annotations

import functools
import math
import re

from kerjasama_cli.report.svg import world

SIZE = 256
MAX_ZOOM = 7
OCEAN, LAND, BORDER = "#dbe9f4", "#f4f1ea", "#b9b2a3"
_MAX_LAT = 85.0511  # Web Mercator's square world
_POINT = re.compile(r"(-?[\d.]+) (-?[\d.]+)")

Ring = tuple[tuple[float, float], ...]


@functools.cache
def _rings() -> list[tuple[Ring, tuple[float, float, float, float]]]:
    """Every ring of every country as (lon, lat) points, with its bounding box."""
    shapes = world()
    scale = shapes["width"] / 360.0
    top = 84.0  # the plane's top latitude (tools/build_world_shapes.py)
    rings = []
    for shape in shapes["countries"].values():
        for part in shape["d"].split("Z"):
            points = tuple(
                (float(x) / scale - 180.0, top - float(y) / scale) for x, y in _POINT.findall(part)
            )
            if len(points) >= 3:
                lons, lats = [p[0] for p in points], [p[1] for p in points]
                rings.append((points, (min(lons), min(lats), max(lons), max(lats))))
    return rings


def _project(lon: float, lat: float, n: int) -> tuple[float, float]:
    """Global pixel coordinates of a point at a zoom with `n` tiles a side."""
    lat = max(-_MAX_LAT, min(_MAX_LAT, lat))
    x = (lon + 180.0) / 360.0 * n * SIZE
    rad = math.radians(lat)
    y = (1.0 - math.log(math.tan(rad) + 1.0 / math.cos(rad)) / math.pi) / 2.0 * n * SIZE
    return x, y


@functools.lru_cache(maxsize=512)
def tile(z: int, x: int, y: int) -> str:
    """The SVG of tile z/x/y (an empty ocean tile outside the world)."""
    n = 2**z
    paths = []
    if 0 <= z <= MAX_ZOOM and 0 <= x < n and 0 <= y < n:
        x0, y0 = x * SIZE, y * SIZE
        margin = 2.0
        for points, (w, s, e, north) in _rings():
            left, top = _project(w, north, n)
            right, bottom = _project(e, s, n)
            if right < x0 - margin or left > x0 + SIZE + margin:
                continue
            if bottom < y0 - margin or top > y0 + SIZE + margin:
                continue
            coords = []
            for lon, lat in points:
                px, py = _project(lon, lat, n)
                coords.append(f"{px - x0:.1f} {py - y0:.1f}")
            paths.append("M" + "L".join(coords) + "Z")
    body = f'<path d="{"".join(paths)}"/>' if paths else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
        f'viewBox="0 0 {SIZE} {SIZE}"><rect width="{SIZE}" height="{SIZE}" fill="{OCEAN}"/>'
        f'<g fill="{LAND}" stroke="{BORDER}" stroke-width="0.6" stroke-linejoin="round">'
        f"{body}</g></svg>"
    )
