"""The row parser's fast path (domain/rows_fast.py) gives exactly what the full path gives.

Two parsers read the same sequence of generated rows, one with the fast path and one without,
each with its own partner and source books on a fresh registry: for every row the same Record
(field for field) or the same errors (field, value, message, suggestions), and at the end the
same new partners, sources and homonyms. The values mix what a spreadsheet holds (repeated
countries, types, dates, sectors, statuses), what is wrong (unknown words, bad dates, control
characters, line breaks, long text) and what only JSON gives (numbers, lists, null), so both the
dict hits and every way of declining to the full path are exercised.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerjasama_cli.domain.errors import RowRejected, ValidationError
from kerjasama_cli.domain.rows import RowParser
from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.parties.partners import PartnerBook, SourceBook

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
    derandomize=True,
)

# Per field: values that parse (drawn most often, so most rows are valid and reach the fast
# path's lookups), then values that do not or that the fast path leaves to the full one.
GOOD: dict[str, list[object]] = {
    "key": ["", "", "", "KS-1", "KS-2", " KS-1 "],
    "kind": ["", "", "kegiatan", "agreement", "event", "dokumen", " Event "],
    "type": ["mou", "MoU", "kota kembar", "kunjungan", "visit", "program kerja sama", "pks",
             "programme", "loi"],
    "partner": ["Busan", "Osaka", "Kota 1", " Kota 1 ", "Varna, Bulgaria", "Córdoba", "東京"],
    "partner_key": ["", "", "busan-kr", "new-key"],
    "partner_kind": ["", "city", "organisation", "province"],
    "country": ["KR", "Korsel", "South Korea", "Japan", "JP", "Scotland, United Kingdom", "",
                "ES", "AR"],
    "region": ["", "", "Gyeonggi-do", "Scotland"],
    "date": ["2024-05-27", "3 Mei 2021", "3/5/2021", "Mei 2021", "2021", "", "by 2015",
             "2025-02-20..2025-08-11"],
    "sectors": ["", "health", "pendidikan;banjir", "trade, budaya", "trade;trade"],
    "title": ["", "Kerja sama", "Kunjungan ke Busan", " spaced "],
    "status": ["", " ", "active", "aktif", "berakhir", "proposed"],
    "summary": ["", "Ringkasan.", " Ringkasan "],
    "place": ["", "Jakarta", " Balai Kota ", " "],
    "signatories": ["", "Anies Baswedan (Gubernur)"],
    "partner_signatories": ["", "Kim Min-jun (Mayor)", "Li Wei, Mayor", "Kim; Lee (Mayor)"],
    "local_party": ["", "", "DKI Jakarta", "Jakarta", "Kota Bandung", " "],
    "local_country": ["", "", "ID", "Indonesia"],
    "leader": ["", "Anies Baswedan", " Anies "],
    "notes": ["", "catatan ", "catatan"],
    "date_note": ["", "approx. "],
    "agreement": ["", "KS-1"],
    "term_years": ["", "5", "2,5"],
    "end_date": ["", "2030-01-01", "2030"],
    "sources": ["", "https://example.org/a", "src-1"],
}  # fmt: skip
BAD: dict[str, list[object]] = {
    "key": ["a\nb", 7],
    "kind": ["nope"],
    "type": ["", "mouu", 5],
    "partner": ["Nowhere", "", "Busan\x00", "x" * 1200],
    "partner_kind": ["planet"],
    "country": ["Narnia", None],
    "region": ["Nowhere Land"],
    "date": ["2024-13-01", "kemarin", 2024],
    "sectors": ["smart city", ["trade", "health"]],
    "title": ["line\nbreak", "tab\there", "\u2028"],
    "status": ["unknown"],
    "summary": ["two\nlines", "y" * 1500],
    "signatories": ["(Gubernur)"],
    "local_country": ["Atlantis"],
    "notes": ["\tcatatan"],
    "term_years": ["-1", "lots"],
    "end_date": ["2000-01-01", "soon"],
}
VALUES = {f: good * 6 + BAD.get(f, []) for f, good in GOOD.items()}
COMMON = ("kind", "type", "partner", "country", "date", "sectors", "title", "status")


@st.composite
def rows(draw) -> list[dict[str, object]]:
    """Rows sharing one set of fields (as a CSV's do) and often the same values."""
    optional = sorted(set(VALUES) - set(COMMON))
    fields = [*COMMON, *draw(st.lists(st.sampled_from(optional), unique=True, max_size=6))]
    count = draw(st.integers(1, 25))
    return [{f: draw(st.sampled_from(VALUES[f])) for f in fields} for _ in range(count)]


def _outcome(parser: RowParser, row: dict[str, object]) -> tuple:
    try:
        return ("record", parser.parse(row))
    except RowRejected as rejected:
        return ("rejected", [_error(e) for e in rejected.errors])


def _error(error: ValidationError) -> tuple:
    return (error.field, error.value, error.message, tuple(error.suggestions or ()))


@pytest.fixture(scope="module")
def registry(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fast") / "registry.db"
    open_store(path).close()  # migrated, empty
    return path


def _parser(conn, fast: bool, labels: dict[str, str]) -> tuple[RowParser, PartnerBook, SourceBook]:
    partners, sources = PartnerBook(conn), SourceBook(conn, create_unknown=True)
    parser = RowParser(
        "DKI Jakarta", "ID", partners.resolve, sources.resolve, None, labels, fast=fast
    )
    return parser, partners, sources


@SETTINGS
@given(rows())
def test_the_fast_path_parses_every_row_as_the_full_path_does(registry, rows):
    store = open_store(registry)
    try:
        labels = {"partner": "mitra", "date": "tanggal"}
        full, full_partners, full_sources = _parser(store.conn, False, dict(labels))
        fast, fast_partners, fast_sources = _parser(store.conn, True, dict(labels))
        for row in rows:
            assert _outcome(fast, dict(row)) == _outcome(full, dict(row)), row
        assert fast_partners.pending == full_partners.pending
        assert fast_partners.homonyms == full_partners.homonyms
        assert fast_sources.pending == full_sources.pending
    finally:
        store.close()


def test_the_fast_path_takes_the_common_rows(registry):
    """Not a vacuous equality: spreadsheet rows after the first are parsed by the fast path."""
    store = open_store(registry)
    try:
        parser, _, _ = _parser(store.conn, True, {})
        declined = []
        full = parser._parse
        parser._parse = lambda row: declined.append(row) or full(row)  # type: ignore[method-assign]
        row = {"partner": "Busan", "country": "KR", "type": "mou", "sectors": "trade;health"}
        for day in range(1, 21):
            record = parser.parse({**row, "date": f"2024-05-{day:02d}", "title": f"T {day}"})
            assert record.key == f"busan-kr-mou-2024-05-{day:02d}"
            assert record.sectors == ("trade", "health") and record.title == f"T {day}"
        assert declined == []
        with pytest.raises(RowRejected):
            parser.parse({**row, "date": "2024-13-01"})
        assert len(declined) == 1  # the bad date: its errors come from the full path
    finally:
        store.close()
