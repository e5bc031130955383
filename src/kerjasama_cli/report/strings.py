"""The briefing's words: keys the page uses, each the English msgid of an entry in the one
catalogue (`i18n/locale/*/LC_MESSAGES/kerjasama.po`, context `report`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.sectors import sector_name
from kerjasama_cli.i18n import translator

if TYPE_CHECKING:
    from kerjasama_cli.domain.filters import RecordFilter

# key -> English text (msgid, msgctxt "report"); tests/test_help_language.py checks each has
# a translation.
WORDS: dict[str, str] = {
    "title": "International Cooperation",
    "subtitle": "Briefing from the registry",
    "generated": "Generated",
    "filters": "Filters",
    "no_filters": "all records",
    "headline": "Headline figures",
    "records": "records",
    "agreements": "agreements",
    "events": "events",
    "partners": "partners",
    "countries": "countries",
    # a headline figure of 1
    "record": "record",
    "agreement": "agreement",
    "event": "event",
    "partner_one": "partner",
    "country_one": "country",
    "reported": "Reported vs recorded",
    "reported_note": (
        "Figures the bureau reported beside the registry's own count for the same period."
    ),
    "figure": "Figure",
    "period": "Period",
    "reported_col": "Reported",
    "recorded_col": "Recorded",
    "not_comparable": "not comparable",
    "source": "Source",
    "sources": "Sources",
    "no_source": "no source",
    "none": "None.",
    "map": "Map of partners",
    "map_note": "Countries shaded by number of partners.",
    "country": "Country",
    "no_country": "no country",
    "per_year": "Agreements per year by type",
    "per_year_note": "Agreements with a known year only; {n} more have no exact year.",
    "term": "Term",
    "in_office": "in office",
    "timeline": "Timeline",
    "date": "Date",
    "type": "Type",
    "partner": "Partner",
    "title_col": "Title",
    "signatories": "Signatories",
    "empty": "No matching records.",
    "summary_note": (
        "{n} records: too many to list one by one. Below are the {recent} most recent, the "
        "partners with the most records and the counts per year. The full timeline: "
        "kerjasama report --full-timeline (about {mb} MB, {s} seconds)."
    ),
    "recent": "Most recent records",
    "largest": "Partners with the most records",
    "by_year": "Records per year",
    "year": "Year",
    "no_year": "no exact year",
}


def text(key: str, lang: str) -> str:
    """The briefing's word for `key` in `lang`."""
    return translator(lang).ctx("report", WORDS[key])


def grouped(n: int, lang: str) -> str:
    """A count with its thousands grouped as the language writes them: `100.022` in
    Indonesian (where a comma is the decimal point), `100,022` in English."""
    shown = f"{n:,}"
    return shown.replace(",", ".") if lang == "id" else shown


def type_label(slug: str | None, lang: str) -> str:
    """A record type as readers say it (`MoU`, `kota kembar`); unknown slugs as they are."""
    return translator(lang).type(slug) if slug else ""


def describe_filters(f: RecordFilter, lang: str) -> str:
    """The filters of a briefing as readers say them: `negara Korea Selatan; bidang
    penanggulangan banjir; tanggal dari 1 Januari 2015` (empty when nothing filters)."""
    import dataclasses

    from kerjasama_cli.domain.fuzzy_date import FuzzyDate

    t = translator(lang)
    words = {
        "countries": lambda code: country_name(code, t.lang),
        "types": t.type,
        "sectors": lambda code: sector_name(code, t.lang),
        "kinds": t.kind,
        "status": t.status,
    }
    parts = []
    for item in dataclasses.fields(f):
        value = getattr(f, item.name)
        if value in (None, ()) or isinstance(value, bool):  # `public`: said by the page
            continue
        if item.name in words:
            shown = ", ".join(words[item.name](v) for v in value)
        elif hasattr(value, "isoformat"):
            shown = FuzzyDate(value, value, "day").label(lang)
        else:
            shown = str(value)
        parts.append(f"{t.ctx('filter', item.name.replace('_', ' '))} {shown}")
    return "; ".join(parts)
