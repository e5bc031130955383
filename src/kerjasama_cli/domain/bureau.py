"""Flat records the way the bureau keeps them in Excel: headers, labels and dates in a language.

`export --lang id` (or `--excel`) writes `jenis: kota kembar`, `negara: Korea Selatan`, `tanggal:
27 Mei 2025` instead of `type: sister_city`, `country: KR`, `date: 2025-05-27`; `import` reads
both, because each header is one of tabular.HEADER_SYNONYMS and each label is a word the
vocabularies, the country resolver and the date grammar accept (tests/test_bureau.py checks
every one). The headers are catalogue entries in the context `column` (msgid: the field name).

A value written in the language is only used when it reads back as the same value; otherwise
the code or ISO date is written (a date form the grammar cannot read back, a country name two
countries share), so a round trip never changes a record.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from kerjasama_cli.domain.countries import country_name
from kerjasama_cli.domain.sectors import sector_name
from kerjasama_cli.domain.tabular import FIELDS
from kerjasama_cli.i18n import translator


def headers(lang: str) -> list[str]:
    """The column headers of a flat export in LANG (`tanggal`, `mitra`, ...; English: the field
    names, as import has always read them)."""
    t = translator(lang)
    return [t.ctx("column", field) for field in FIELDS]


def bureau_row(row: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """ROW (tabular.flat_row) with its codes as words of LANG and its date as officials write it."""
    t = translator(lang)
    out = dict(row)
    for field, word in (
        ("type", t.type),
        ("status", t.status),
        ("partner_kind", t.partner_kind),
        ("kind", t.kind),
    ):
        if out.get(field):
            out[field] = word(out[field])
    if out.get("sectors"):
        out["sectors"] = [sector_name(s, t.lang) for s in out["sectors"]]
    for field in ("country", "local_country"):
        if out.get(field):
            out[field] = _country(out[field], lang)
    for field in ("date", "end_date"):
        if out.get(field):
            out[field] = _date(out[field], lang)
    return out


@functools.lru_cache(maxsize=4096)
def _date(iso: str, lang: str) -> str:
    """`2025-05-27` -> `27 Mei 2025` when the grammar reads that back as the same date."""
    from kerjasama_cli.domain.dates import parse_date
    from kerjasama_cli.domain.errors import ValidationError

    try:
        date = parse_date(iso)
        shown = date.label(lang)
        return shown if parse_date(shown) == date else iso
    except ValidationError:
        return iso


@functools.lru_cache(maxsize=1024)
def _country(code: str, lang: str) -> str:
    """`KR` -> `Korea Selatan` when that name resolves to KR alone; else the code."""
    from kerjasama_cli.domain.countries import resolve_country
    from kerjasama_cli.domain.errors import ValidationError

    try:
        alpha2 = resolve_country(code).code  # flat_row writes ASM for American Samoa
        name = country_name(alpha2, lang)
        return name if resolve_country(name).code == alpha2 else code
    except ValidationError:
        return code
