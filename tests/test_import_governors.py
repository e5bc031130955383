"""The bulk import's memoised governor columns (store/imports/governors.py) are exactly what
`GovernorIndex.columns` computes, for dates on, around and between every term boundary."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerjasama_cli.domain.fuzzy_date import UNKNOWN, FuzzyDate
from kerjasama_cli.domain.records import Person, Record
from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.imports.governors import ImportGovernors
from kerjasama_cli.store.records.governor_index import GovernorIndex


def _boundaries(db) -> list[dt.date]:
    store = open_store(db)
    try:
        days = set()
        for start, end in store.conn.execute("SELECT term_start, term_end FROM leaders"):
            for text in (start, end):
                if text:
                    day = dt.date.fromisoformat(text)
                    days.update(day + dt.timedelta(days=n) for n in (-1, 0, 1))
        return sorted(days)
    finally:
        store.close()


@st.composite
def dates(draw, around: list[dt.date]) -> FuzzyDate:
    day = st.one_of(st.sampled_from(around), st.dates(dt.date(1940, 1, 1), dt.date(2060, 1, 1)))
    kind = draw(st.sampled_from(["day", "range", "by", "unknown"]))
    if kind == "unknown":
        return UNKNOWN
    first = draw(day)
    if kind == "day":
        return FuzzyDate(first, first, "day")
    if kind == "by":
        return FuzzyDate(None, first, "by")
    second = draw(day)
    low, high = sorted((first, second))
    return FuzzyDate(low, high, draw(st.sampled_from(["month", "year", "range"])))


def test_memoised_governor_columns_equal_the_attribution(run, db_path):
    run("list")  # the seed's governors of DKI Jakarta, with adjacent and nested terms
    around = _boundaries(db_path)
    assert len(around) > 10
    store = open_store(db_path)
    try:
        memo, index = ImportGovernors(store.conn), GovernorIndex(store.conn)
        signer = (Person("home", "Anies Baswedan", "Gubernur"),)

        @settings(
            max_examples=400,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(
            st.lists(dates(around), min_size=1, max_size=8),
            st.sampled_from(["DKI Jakarta", "Kota Bandung"]),
            st.booleans(),
        )
        def check(days, party, named):
            for date in days:
                record = Record(
                    key="k",
                    kind="agreement",
                    type="mou",
                    partner=None,
                    date=date,
                    local_party=party,
                    people=signer if named else (),
                )
                assert memo.columns(record) == tuple(index.columns(record).values()), date

        check()
        assert memo.placed  # the boundary-placed memo was used, not only the plain one
    finally:
        store.close()
