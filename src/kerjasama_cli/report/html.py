"""The briefing page: one HTML document with its CSS and SVG inline, laid out for A4 print.

Each section is a `<section>` that starts a new printed page; nothing references a URL, so the
file opens (and prints) the same without a network.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.governors import in_office
from kerjasama_cli.domain.grouping import group_label
from kerjasama_cli.i18n import translator
from kerjasama_cli.render.records import head_label
from kerjasama_cli.render.stats_labels import party_of
from kerjasama_cli.report import svg
from kerjasama_cli.report.data import Briefing, Cost, Summary
from kerjasama_cli.report.strings import grouped, text, type_label

CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1d2530;
  margin: 0 auto; max-width: 190mm; padding: 8mm 0; background: #fff;
  overflow-wrap: anywhere; }  /* a long web address or name wraps, never widens the page */
h1 { font-size: 22pt; margin: 0 0 2mm; color: #0b3d6b; }
h2 { font-size: 15pt; margin: 0 0 3mm; color: #0b3d6b; border-bottom: 2px solid #0b3d6b;
  padding-bottom: 1mm; }
h3 { font-size: 12pt; margin: 5mm 0 1mm; }
section { margin: 0 0 10mm; }
.muted, .note { color: #5b6672; font-size: 9.5pt; }
.cards { display: flex; flex-wrap: wrap; gap: 3mm; margin: 3mm 0 5mm; }
.card { flex: 1 1 30mm; border: 1px solid #c9d4df; border-radius: 2mm; padding: 2mm 3mm;
  background: #f4f8fb; }
.card b { display: block; font-size: 20pt; color: #0b3d6b; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 2mm 0 4mm; }
th, td { border-bottom: 1px solid #d5dde5; padding: 1.2mm 1.5mm; text-align: left;
  vertical-align: top; }
th { background: #eaf0f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
svg.world, svg.chart { width: 100%; height: auto; display: block; }
.keys { margin: 2mm 0; font-size: 9.5pt; }
.key { margin-right: 4mm; white-space: nowrap; }
.swatch { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; }
.record { break-inside: avoid; border-left: 3px solid #9ecae1; padding: 0.5mm 0 0.5mm 3mm;
  margin: 0 0 3mm; }
.record .what { font-weight: bold; }
.record .cite { font-size: 9pt; color: #39424c; }
.record .cite.none { color: #a33; }
@media print {
  body { padding: 0; max-width: none; }
  section + section { break-before: page; }
  h2, h3 { break-after: avoid; }
}
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _table(head: list[tuple[str, bool]], rows: list[list[Any]], cls: str = "") -> str:
    """A table; each header is (label, numeric). Values are escaped here."""
    ths = "".join(f"<th{' class=n' if num else ''}>{_e(h)}</th>" for h, num in head)
    trs = []
    for row in rows:
        tds = "".join(
            f"<td{' class=n' if num else ''}>{_e(v)}</td>"
            for v, (_, num) in zip(row, head, strict=True)
        )
        trs.append(f"<tr>{tds}</tr>")
    return (
        f'<table class="{cls}"><thead><tr>{ths}</tr></thead><tbody>{"".join(trs)}</tbody></table>'
    )


def _headline(b: Briefing) -> str:
    t, lang = b.totals, b.lang
    countries = sum(1 for r in b.countries if r.get("country"))
    cards = [
        (n, text(one if n == 1 else many, lang))
        for n, one, many in (
            (t["count"], "record", "records"),
            (t["agreements"], "agreement", "agreements"),
            (t["events"], "event", "events"),
            (t["partners"], "partner_one", "partners"),
            (countries, "country_one", "countries"),
        )
    ]
    html = "".join(
        f'<div class="card"><b>{grouped(n, lang)}</b>{_e(label)}</div>' for n, label in cards
    )
    rows = []
    words = translator(lang)
    for r in b.reported:
        recorded = r["recorded"] if r["recorded"] is not None else text("not_comparable", lang)
        qualifier = r.get("qualifier")
        reported = f"{r['reported']} ({words.ctx('qualifier', qualifier)})" if qualifier else ""
        cite = "; ".join(_cite_text(s) for s in r.get("sources") or []) or text("no_source", lang)
        label = words.ctx("figure", r["label"])
        rows.append([label, r["period_label"], reported or r["reported"], recorded, cite])
    head = [
        (text("figure", lang), False),
        (text("period", lang), False),
        (text("reported_col", lang), True),
        (text("recorded_col", lang), True),
        (text("source", lang), False),
    ]
    table = _table(head, rows, "reported") if rows else f"<p>{text('none', lang)}</p>"
    return (
        f'<section id="headline"><h2>{text("headline", lang)}</h2><div class="cards">{html}</div>'
        f'<h3>{text("reported", lang)}</h3><p class="note">{text("reported_note", lang)}</p>'
        f"{table}</section>"
    )


def _names(b: Briefing) -> dict[str, str]:
    return {
        r["country"]: r.get("country_name") or r["country"] for r in b.countries if r.get("country")
    }


def _map(b: Briefing) -> str:
    lang, counts, names = b.lang, b.partners_by_country, _names(b)
    rows = [
        [
            names.get(r["country"]) or text("no_country", lang),
            r["partners"],
            r["agreements"],
            r["events"],
        ]
        if r.get("country")
        else [text("no_country", lang), r["partners"], r["agreements"], r["events"]]
        for r in b.countries
    ]
    head = [
        (text("country", lang), False),
        (text("partners", lang), True),
        (text("agreements", lang), True),
        (text("events", lang), True),
    ]
    table = _table(head, rows, "countries") if rows else f"<p>{text('none', lang)}</p>"
    return (
        f'<section id="map"><h2>{text("map", lang)}</h2>'
        f"{svg.world_map(counts, names, text('map', lang))}"
        f'<p class="keys">{svg.map_legend(counts)} <span class="note">{text("map_note", lang)}'
        f"</span></p>{table}</section>"
    )


def _chart(b: Briefing) -> str:
    lang, bars = b.lang, b.years
    names = {k: type_label(k, lang) for k in bars.types}
    chart = svg.year_chart(bars, names, text("per_year", lang)) or f"<p>{text('none', lang)}</p>"
    note = text("per_year_note", lang).format(n=bars.undated) if bars.undated else ""
    return (
        f'<section id="per-year"><h2>{text("per_year", lang)}</h2>{chart}'
        f'<p class="keys">{svg.chart_legend(bars.types, names)}</p>'
        f'<p class="note">{_e(note)}</p></section>'
    )


def _term(row: dict[str, Any], lang: str) -> str:
    if not row.get("term_start"):
        return ""

    def day(iso: str) -> str:
        d = dt.date.fromisoformat(iso)
        return FuzzyDate(d, d, "day").label(lang)

    # A running term's stored end is its scheduled one: "in office", as stats and timeline say.
    ended = row.get("term_end") and not in_office(dt.date.fromisoformat(row["term_end"]))
    end = day(row["term_end"]) if ended else text("in_office", lang)
    return f"{day(row['term_start'])} – {end}"


def _governors(b: Briefing) -> str:
    lang = b.lang
    words = translator(lang)
    per_head = words.ctx("report", "Per {head}").format(
        head=head_label(b.leader_kinds, words).lower()
    )
    # Several governments counted: each row says whose (as `stats --by governor` does).
    several = len({(r.get("local_party"), r.get("local_country")) for r in b.governors}) > 1
    party = party_of(b.governors)  # "London (CA)" beside "London (GB)"
    rows = [
        [
            r["governor"] if r.get("term_start") else words.ctx("basis", r["governor"]),
            r.get("governor_title") or "",
            _term(r, lang),
            *([party(r)] if several else []),
            r["agreements"],
            r["events"],
            r["partners"],
        ]
        for r in b.governors
    ]
    head = [
        (head_label(b.leader_kinds, words), False),
        ("", False),
        (text("term", lang), False),
        *([(words("Local party"), False)] if several else []),
        (text("agreements", lang), True),
        (text("events", lang), True),
        (text("partners", lang), True),
    ]
    return (
        f'<section id="governors"><h2>{_e(per_head)}</h2>'
        f"{_table(head, rows, 'governors')}</section>"
    )


def _cite_text(source: dict[str, Any]) -> str:
    from kerjasama_cli.render.record_page import source_line

    return source_line(source)


def _record(row: dict[str, Any], b: Briefing) -> str:
    from kerjasama_cli.store.queries.reader import row_date

    lang = b.lang
    country = row.get("country")
    where = f" ({_e(_names(b).get(country, country))})" if country else ""
    date = row_date(row).label(lang)
    people = ", ".join(
        p.name + (f" ({p.title})" if p.title else "") for p in b.people.get(row["id"], [])
    )
    sources = b.sources.get(row["id"], [])
    if sources:
        cites = "".join(f"<li>{_e(_cite_text(s))}</li>" for s in sources)
        cite = f'<ul class="cite">{cites}</ul>'
    else:
        cite = f'<p class="cite none">{text("sources", lang)}: {text("no_source", lang)}</p>'
    governor = row.get("governor")
    lines = [
        f'<div class="record" id="r{row["id"]}" data-key="{_e(row["key"])}">',
        f'<div class="what">{_e(date)} · {_e(type_label(row["type"], lang))} · '
        f"{_e(row.get('partner') or '')}{where}</div>",
        f"<div>{_e(row.get('title') or '')}</div>",
    ]
    if governor or people:
        detail = " · ".join(
            x
            for x in (
                f"{_e(head_label(b.record_kinds, translator(lang)))}: {_e(governor)}"
                if governor
                else "",
                f"{text('signatories', lang)}: {_e(people)}" if people else "",
            )
            if x
        )
        lines.append(f'<div class="muted">{detail}</div>')
    lines.append(cite + "</div>")
    return "".join(lines)


def _summary(b: Briefing, summary: Summary) -> str:
    """The record lists of a large briefing: a note, the most recent, the largest partners,
    the counts per year."""
    lang = b.lang
    count = b.totals["count"]
    cost = Cost(count)
    note = text("summary_note", lang).format(
        n=grouped(count, lang),
        recent=len(summary.recent),
        mb=grouped(cost.megabytes, lang),
        s=grouped(cost.seconds, lang),
    )
    largest = [
        [r["partner"], _names(b).get(r["country"], r["country"] or ""), r["records"],
         r["agreements"], r["events"]]
        for r in summary.largest
    ]  # fmt: skip
    counts = [(text(word, lang).capitalize(), True) for word in ("records", "agreements", "events")]
    years = [
        [r["year"] or text("no_year", lang), r["count"], r["agreements"], r["events"]]
        for r in summary.by_year
    ]
    return "".join(
        [
            f'<p class="note">{_e(note)}</p>',
            f"<h3>{text('recent', lang)}</h3>",
            *(_record(row, b) for row in summary.recent),
            f"<h3>{text('largest', lang)}</h3>",
            _table([(text("partner", lang), False), (text("country", lang), False), *counts],
                   largest, "largest"),
            f"<h3>{text('by_year', lang)}</h3>",
            _table([(text("year", lang), False), *counts], years, "by-year"),
        ]
    )  # fmt: skip


def _timeline(b: Briefing) -> str:
    lang = b.lang
    parts = [f'<section id="timeline"><h2>{text("timeline", lang)}</h2>']
    if b.summary is not None:
        parts.append(_summary(b, b.summary) + "</section>")
        return "".join(parts)
    if not b.timeline:
        parts.append(f"<p>{text('empty', lang)}</p>")
    for group in b.timeline:
        parts.append(f"<h3>{_e(group_label(group, lang))}</h3>")
        parts.extend(_record(row, b) for row in group.rows)
    parts.append("</section>")
    return "".join(parts)


def page(b: Briefing, title: str | None = None, extra: str = "") -> str:
    """The whole briefing as one HTML string (`extra`: sections added at the end, such as a
    period's tables)."""
    lang = b.lang
    heading = title or text("title", lang)
    filters = b.filters or text("no_filters", lang)
    today = FuzzyDate(dt.date.today(), dt.date.today(), "day").label(lang)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(heading)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>{_e(heading)}</h1><p class="muted">{text("subtitle", lang)} · '
        f"{text('generated', lang)} {_e(today)} · {text('filters', lang)}: {_e(filters)}</p>"
        f"</header>{_headline(b)}{_map(b)}{_chart(b)}{_governors(b)}{_timeline(b)}{extra}"
        "</body></html>\n"
    )
