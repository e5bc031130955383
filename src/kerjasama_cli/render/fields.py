"""The texts a record's fields show as, worked out once per distinct value.

A million-record registry has a few thousand distinct dates, a dozen types and statuses and a
few hundred countries: building a FuzzyDate, looking a word up in the catalogue (gettext, ~6 µs)
or formatting a label for every record cost more than the query. These functions give the same
texts as `FuzzyDate.label`, `Translator.type`... but remember them per value and language.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.fuzzy_date import FuzzyDate, key_part
from kerjasama_cli.domain.validity import validity_end
from kerjasama_cli.i18n import translator

# Distinct dates are bounded by the days in the registry's span (tens of thousands at most);
# the cap only keeps a pathological file from growing the cache without end.
_DATES = 1 << 17


def lang_of(lang: str | None) -> str:
    """The language code `lang` stands for (None: the active language)."""
    return translator(lang).lang


@functools.lru_cache(maxsize=_DATES)
def fuzzy_date(start: str | None, end: str | None, precision: str) -> FuzzyDate:
    """The FuzzyDate of a row's stored date columns (shared: FuzzyDate is immutable)."""
    return FuzzyDate(
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
        precision,  # type: ignore[arg-type]
    )


def row_date(row: dict[str, Any]) -> FuzzyDate:
    """The FuzzyDate stored in a row's date columns (as `store.queries.reader.row_date`,
    memoised)."""
    return fuzzy_date(row["date_start"], row["date_end"], row["date_precision"])


@functools.lru_cache(maxsize=_DATES)
def _iso_and_label(start: str | None, end: str | None, precision: str) -> tuple[str | None, str]:
    date = fuzzy_date(start, end, precision)
    return date.iso(), date.label("en")


def json_date(row: dict[str, Any]) -> tuple[str | None, str]:
    """The JSON contract's `date` (ISO at its precision, or None) and English `date_label`."""
    return _iso_and_label(row["date_start"], row["date_end"], row["date_precision"])


@functools.lru_cache(maxsize=_DATES)
def _label(start: str | None, end: str | None, precision: str, lang: str) -> str:
    return fuzzy_date(start, end, precision).label(lang)


def date_label(row: dict[str, Any], lang: str | None = None) -> str:
    """The date at its own precision, in words of the language (`27 Mei 2025`)."""
    return _label(row["date_start"], row["date_end"], row["date_precision"], lang_of(lang))


@functools.lru_cache(maxsize=_DATES)
def _short(start: str | None, end: str | None, precision: str, lang: str) -> str:
    date = fuzzy_date(start, end, precision)
    if date.precision == "by" and date.end:
        return f"{translator(lang).ctx('date', 'by')} {date.end.isoformat()}"
    iso = date.iso()
    if iso is None:
        # A range that shares no prefix ("2019..2020"): both ends, as parse_date reads them.
        return key_part(date, "–") or "?"
    return iso if date.precision in ("day", "month", "year") else f"~{iso}"


def short_date(row: dict[str, Any], lang: str | None = None) -> str:
    """A compact date for narrow tables: `2025-05-27`, `2024`, `~2025-08`, `by 2015-05-12`."""
    return _short(row["date_start"], row["date_end"], row["date_precision"], lang_of(lang))


@functools.lru_cache(maxsize=4096)
def word(lang: str, context: str, code: str) -> str:
    """A vocabulary code in a language (`type`, `status`, `kind`, `basis`...), as
    `Translator.word` gives it (`kind` maps `agreement` to a document like `Translator.kind`)."""
    t = translator(lang)
    if context == "kind":
        return t.kind(code)
    return t.word(context, code)


@functools.lru_cache(maxsize=4096)
def country(lang: str, code: str) -> str:
    """A country's name in the language (`Translator.country`)."""
    return country_name(code, lang)


@functools.lru_cache(maxsize=_DATES)
def _until(last: str, basis: str | None) -> tuple[str | None, str | None, str]:
    end = validity_end(dt.date.fromisoformat(last), basis)
    return (
        end.start.isoformat() if end.start else None,
        end.end.isoformat() if end.end else None,
        end.precision,
    )


def until_short(row: dict[str, Any], lang: str | None = None) -> str | None:
    """The end of validity as the `Until` column shows it, at the precision it is known to
    (`2025-03` for five years from March 2020; `domain.validity.validity_end`), or None."""
    if not row.get("valid_until"):
        return None
    return _short(*_until(row["valid_until"], row.get("valid_basis")), lang_of(lang))


def until_label(row: dict[str, Any], lang: str | None = None) -> str | None:
    """The end of validity in words, at the precision it is known to (`Maret 2025`), or None."""
    if not row.get("valid_until"):
        return None
    return _label(*_until(row["valid_until"], row.get("valid_basis")), lang_of(lang))
