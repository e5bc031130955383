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


# Each filter field as the filter line names it (its msgid, context "filter"); the grains say
# at what precision the date bounds were given and are not filters of their own.
_FILTER_WORDS = {
    "countries": "countries",
    "types": "types",
    "sectors": "sectors",
    "kinds": "kinds",
    "partners": "partner",
    "governors": "governor",
    "local_parties": "local party",
    "involving": "involving",
    "status": "status",
    "date_from": "date from",
    "date_to": "date to",
    "query": "query",
    "expiring_by": "expiring by",
    "families": "family",
    "objects": "object",
    "stages": "stage",
}


def describe_filters(f: RecordFilter, lang: str) -> str:
    """The filters of a briefing as readers say them: `negara Korea Selatan; bidang
    penanggulangan banjir; tanggal dari Januari 2015` (empty when nothing filters). A date
    bound is said at the precision it was given (`--from 2024-05`: Mei 2024); several values
    are joined with commas."""
    import dataclasses

    from kerjasama_cli.domain.fuzzy_date import at_grain

    t = translator(lang)
    words = {
        "countries": lambda code: country_name(code, t.lang),
        "types": t.type,
        "sectors": lambda code: sector_name(code, t.lang),
        "kinds": t.kind,
        "status": t.status,
        "families": lambda code: t.word("family", code),
        "objects": lambda code: t.word("object", code),
        "stages": lambda code: t.word("stage", code),
    }
    grains = {"date_from": f.date_from_grain, "date_to": f.date_to_grain}
    parts = []
    for item in dataclasses.fields(f):
        value = getattr(f, item.name)
        if item.name not in _FILTER_WORDS or value in (None, ()) or isinstance(value, bool):
            continue  # `public` is said by the page; the grains by the dates they qualify
        if isinstance(value, tuple):
            said = words.get(item.name, str)
            shown = ", ".join(said(v) for v in value)
        elif hasattr(value, "isoformat"):
            shown = at_grain(value, grains.get(item.name, "day")).label(lang)
        else:
            shown = str(value)
        parts.append(f"{t.ctx('filter', _FILTER_WORDS[item.name])} {shown}")
    return "; ".join(parts)
