"""Hand-drawn SVG: the world map shaded by partners per country, and the per-year bar chart.

Plain strings, no plotting library: the shapes are Natural Earth's 1:110m countries shipped as
package data (world.json, built by tools/build_world_shapes.py), and a stacked bar chart needs
only rectangles. Everything is inline, so the briefing opens without a network.
"""

from __future__ import annotations

import functools
import json
import math
from html import escape
from importlib import resources
from typing import Any

from kerjasama_cli.report.data import YearBars

# Sequential blues (ColorBrewer "Blues", 5 classes) for 1..max partners; land without any is grey.
SHADES = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
LAND = "#e4e4e4"
# One colour per record type in the chart (ColorBrewer "Set2" plus two).
TYPE_COLOURS = {
    "sister_city": "#66c2a5",
    "loi": "#fc8d62",
    "mou": "#8da0cb",
    "agreement": "#e78ac3",
    "programme": "#a6d854",
    "other": "#b3b3b3",
}
_SPARE = ("#ffd92f", "#e5c494", "#1b9e77", "#d95f02")


@functools.cache
def world() -> dict[str, Any]:
    """The packaged world shapes: width, height and `countries` {ISO alpha-2: {name, d}}."""
    text = resources.files("kerjasama_cli.report").joinpath("world.json").read_text("utf-8")
    return json.loads(text)


def shade(count: int, most: int) -> str:
    """The fill for a country with `count` partners when the busiest country has `most`."""
    if count <= 0 or most <= 0:
        return LAND
    level = math.ceil(count / most * len(SHADES)) - 1
    return SHADES[max(0, min(level, len(SHADES) - 1))]


def world_map(counts: dict[str, int], names: dict[str, str], label: str) -> str:
    """An SVG world map; each country with partners is filled and carries `data-partners`.

    `names` gives each shaded code its readable name for the tooltip; `label` is the map's
    accessible name.
    """
    shapes = world()
    most = max(counts.values(), default=0)
    paths = []
    for code, shape in shapes["countries"].items():
        n = counts.get(code, 0)
        if n:
            tip = escape(f"{names.get(code, code)}: {n}")
            paths.append(
                f'<path class="land shaded" data-country="{code}" data-partners="{n}" '
                f'fill="{shade(n, most)}" d="{shape["d"]}"><title>{tip}</title></path>'
            )
        else:
            paths.append(f'<path class="land" data-country="{code}" d="{shape["d"]}"/>')
    width, height = shapes["width"], shapes["height"]
    return (
        f'<svg class="world" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'role="img" aria-label="{escape(label)}">'
        f'<rect width="{width:g}" height="{height:g}" fill="#f7fbff"/>'
        f'<g fill="{LAND}" stroke="#ffffff" stroke-width="0.4">{"".join(paths)}</g></svg>'
    )


def map_legend(counts: dict[str, int]) -> str:
    """Swatches for the map's classes, as inline SVG (1 .. the largest count)."""
    most = max(counts.values(), default=0)
    if not most:
        return ""
    items, seen, x = [], set(), 0
    for n in range(1, most + 1):
        colour = shade(n, most)
        if colour in seen:
            continue
        seen.add(colour)
        upper = max(m for m in range(1, most + 1) if shade(m, most) == colour)
        text = str(n) if upper == n else f"{n}–{upper}"
        items.append(
            f'<rect x="{x}" y="0" width="14" height="14" fill="{colour}"/>'
            f'<text x="{x + 18}" y="12" font-size="12">{text}</text>'
        )
        x += 28 + 8 * len(text)
    return (
        f'<svg class="legend" xmlns="http://www.w3.org/2000/svg" width="{x}" height="16" '
        f'viewBox="0 0 {x} 16">{"".join(items)}</svg>'
    )


def type_colour(kind: str, order: list[str]) -> str:
    """The chart colour of a record type (spare colours for types outside the palette)."""
    if kind in TYPE_COLOURS:
        return TYPE_COLOURS[kind]
    return _SPARE[order.index(kind) % len(_SPARE)] if kind in order else "#999999"


def year_chart(bars: YearBars, type_names: dict[str, str], label: str) -> str:
    """Stacked bars, one per calendar year from the first to the last (gaps shown as empty)."""
    if not bars.years:
        return ""
    first, last = int(bars.years[0]), int(bars.years[-1])
    years = [str(y) for y in range(first, last + 1)]
    totals = [sum(bars.counts.get(y, {}).values()) for y in years]
    top = max(max(totals), 1)
    step = max(1, math.ceil(top / 5))
    top = step * math.ceil(top / step)
    width, height, left, bottom, right, head = 860, 300, 36, 28, 10, 10
    plot_w, plot_h = width - left - right, height - bottom - head
    slot = plot_w / len(years)
    bar_w = max(2.0, min(40.0, slot * 0.7))
    parts = []
    for tick in range(0, top + 1, step):
        y = head + plot_h - tick / top * plot_h
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="13" text-anchor="end">{tick}</text>'
        )
    every = max(1, math.ceil(len(years) / 20))  # at most ~20 year labels
    for i, year in enumerate(years):
        x = left + i * slot + (slot - bar_w) / 2
        base = head + plot_h
        for kind in bars.types:
            n = bars.counts.get(year, {}).get(kind, 0)
            if not n:
                continue
            h = n / top * plot_h
            base -= h
            tip = escape(f"{year}, {type_names.get(kind, kind)}: {n}")
            parts.append(
                f'<rect class="bar" data-year="{year}" data-type="{kind}" data-count="{n}" '
                f'x="{x:.1f}" y="{base:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{type_colour(kind, bars.types)}"><title>{tip}</title></rect>'
            )
        if i % every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 10}" font-size="13" '
                f'text-anchor="middle">{year}</text>'
            )
    return (
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(label)}">{"".join(parts)}</svg>'
    )


def chart_legend(types: list[str], type_names: dict[str, str]) -> str:
    """The chart's colour key as HTML spans."""
    return "".join(
        f'<span class="key"><span class="swatch" style="background:{type_colour(t, types)}">'
        f"</span>{escape(type_names.get(t, t))}</span>"
        for t in types
    )
