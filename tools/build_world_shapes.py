"""Build src/kerjasama_cli/report/world.json from Natural Earth's 1:110m countries.

The shapes are Natural Earth's (public domain), as shipped in geopandas 0.14's wheel
(`geopandas/datasets/naturalearth_lowres`; geopandas 1.0 dropped the data set). Run once:

    pip download --no-deps geopandas==0.14.4 && unzip geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    python tools/build_world_shapes.py geopandas/datasets/naturalearth_lowres/naturalearth_lowres

It writes one SVG path per country (ISO 3166-1 alpha-2 key), projected equirectangular onto a
1000-unit-wide plane, simplified (Douglas-Peucker, 0.25 unit) and rounded to 0.1 unit: ~100 kB,
so a report can inline the whole world. Antarctica is left out (no partners, a third of the map).
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

import pycountry

WIDTH = 1000.0
TOP, BOTTOM = 84.0, -57.0  # latitudes kept: Greenland's tip to Tierra del Fuego
SCALE = WIDTH / 360.0
TOLERANCE = 0.25
# Natural Earth marks a few countries -99 in ISO_A3 (disputed or special cases).
BY_NAME = {"France": "FR", "Norway": "NO", "Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    count, header, length = struct.unpack("<IHH", data[4:12])
    fields, i = [], 32
    while data[i] != 0x0D:
        fields.append((data[i : i + 11].split(b"\0")[0].decode(), data[i + 16]))
        i += 32
    rows = []
    for n in range(count):
        pos = header + n * length + 1
        row = {}
        for name, size in fields:
            row[name] = data[pos : pos + size].decode("utf-8", "replace").strip()
            pos += size
        rows.append(row)
    return rows


def read_shp(path: Path) -> list[list[list[tuple[float, float]]]]:
    data = path.read_bytes()
    pos, shapes = 100, []
    while pos < len(data):
        _, length = struct.unpack(">II", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length * 2]
        pos += 8 + length * 2
        kind = struct.unpack("<i", body[:4])[0]
        if kind != 5:  # polygon
            shapes.append([])
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{nparts}i", body[44 : 44 + 4 * nparts])) + [npoints]
        base = 44 + 4 * nparts
        points = [
            struct.unpack("<dd", body[base + 16 * k : base + 16 * k + 16]) for k in range(npoints)
        ]
        shapes.append([points[parts[k] : parts[k + 1]] for k in range(nparts)])
    return shapes


def project(lon: float, lat: float) -> tuple[float, float]:
    lat = max(BOTTOM, min(TOP, lat))
    return (lon + 180.0) * SCALE, (TOP - lat) * SCALE


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    best, index = 0.0, 0
    for k in range(1, len(points) - 1):
        x, y = points[k]
        dist = (
            abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
            if norm
            else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        )
        if dist > best:
            best, index = dist, k
    if best <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def path(rings: list[list[tuple[float, float]]]) -> str:
    out = []
    for ring in rings:
        pts = simplify([project(lon, lat) for lon, lat in ring], TOLERANCE)
        if len(pts) < 4:
            continue
        coords = [f"{x:.1f} {y:.1f}".replace(".0 ", " ").removesuffix(".0") for x, y in pts[:-1]]
        out.append("M" + "L".join(coords) + "Z")
    return "".join(out)


def main(stem: str) -> None:
    rows = read_dbf(Path(stem + ".dbf"))
    shapes = read_shp(Path(stem + ".shp"))
    countries: dict[str, dict[str, str]] = {}
    for row, rings in zip(rows, shapes, strict=True):
        code = BY_NAME.get(row["name"])
        if code is None:
            found = pycountry.countries.get(alpha_3=row["iso_a3"])
            if found is None:
                print("skipped", row["name"], row["iso_a3"], file=sys.stderr)
                continue
            code = found.alpha_2
        if code == "AQ":
            continue
        d = path(rings)
        if code in countries:  # N. Cyprus into Cyprus, Somaliland into Somalia
            countries[code]["d"] += d
        else:
            countries[code] = {"name": row["name"], "d": d}
    out = {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), via geopandas 0.14",
        "width": WIDTH,
        "height": round((TOP - BOTTOM) * SCALE, 1),
        "countries": dict(sorted(countries.items())),
    }
    target = Path(__file__).resolve().parent.parent / "src/kerjasama_cli/report/world.json"
    target.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(target, target.stat().st_size, "bytes,", len(countries), "countries")


if __name__ == "__main__":
    main(sys.argv[1])
