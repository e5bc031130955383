"""A whole dataset written (a seed-shaped document, the bundled seed): its governments first,
every local party named by its canonical name, then leaders, sources, partners, records
(agreements before the events that point at them) and reported figures, each upserted by key
(`writer.py`); the search index brought up to date once, at the end."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Mapping
from typing import Any

from kerjasama_cli.domain.records import Dataset
from kerjasama_cli.store.queries.reader import load_leaders
from kerjasama_cli.store.records.governor_index import GovernorIndex, refresh_governors
from kerjasama_cli.store.records.writer import (
    UNCHANGED,
    save_figure,
    save_leader,
    save_partner,
    save_record,
    save_source,
)


def apply_dataset(
    conn: sqlite3.Connection,
    dataset: Dataset,
    merger: Any = None,
    named: Mapping[str, frozenset[str]] | None = None,
) -> Counter[str]:
    """Write a whole dataset (call inside a transaction); count inserted/updated/unchanged.
    With a `merger` (store/imports/merge.MergeWriter), a record the registry holds changes only
    in the fields its entry names (`named`, by key)."""
    from kerjasama_cli.store.fulltext.upkeep import deferred

    with deferred(conn):  # the search index is brought up to date once, at the end
        return _apply_dataset(conn, dataset, merger, named or {})


def _canonical(conn: sqlite3.Connection, dataset: Dataset) -> Dataset:
    """The dataset with every local party named by its government's canonical name; the
    governments it brings (and any new local party it names) written first."""
    from dataclasses import replace

    from kerjasama_cli.domain.governments import check_terms
    from kerjasama_cli.store.parties.government_book import GovernmentBook
    from kerjasama_cli.store.parties.governments import save_government

    for government in filter(None, [dataset.home_government, *dataset.governments]):
        save_government(conn, government)
    book = GovernmentBook(conn)
    leaders = []
    for leader in dataset.leaders:  # a term belongs to a government: its name and country
        government = book.resolve_government(leader.local_party, leader.local_country)
        leaders.append(
            replace(leader, local_party=government.name, local_country=government.country)
        )
    records = [
        replace(r, local_party=book.resolve(r.local_party, r.local_country))
        for r in dataset.records
    ]
    figures = []
    for figure in dataset.figures:  # as a record: its government's name and country
        government = book.resolve_government(figure.local_party, figure.local_country)
        figures.append(
            replace(figure, local_party=government.name, local_country=government.country)
        )
    book.write_new(conn)
    if leaders:  # with the terms already stored: two full governors never overlap
        stored = {x.key: x for x in load_leaders(conn)}
        stored.update((x.key, x) for x in leaders)
        check_terms(list(stored.values()), "from")
    return replace(dataset, leaders=leaders, records=records, figures=figures)


def _apply_dataset(
    conn: sqlite3.Connection,
    dataset: Dataset,
    merger: Any,
    named: Mapping[str, frozenset[str]],
) -> Counter[str]:
    counts: Counter[str] = Counter()
    dataset = _canonical(conn, dataset)
    if dataset.home_party:
        conn.execute(
            "INSERT OR IGNORE INTO kerjasama_meta VALUES ('home_party', ?)", (dataset.home_party,)
        )
        conn.execute(
            "INSERT OR IGNORE INTO kerjasama_meta VALUES ('home_country', ?)",
            (dataset.home_country,),
        )
    if dataset.sectors:
        from kerjasama_cli.store.records.sectors import imported

        imported(conn, dataset.sectors)
    leaders_changed = False
    for leader in dataset.leaders:
        outcome = save_leader(conn, leader)[1]
        leaders_changed |= outcome != UNCHANGED
        counts[outcome] += 1
    for save, items in ((save_source, dataset.sources), (save_partner, dataset.partners)):
        for item in items:
            counts[save(conn, item)[1]] += 1  # type: ignore[operator]
    if leaders_changed:
        refresh_governors(conn)
    governors = GovernorIndex(conn)
    # Agreements first, so events can point at agreements from the same file.
    for record in sorted(dataset.records, key=lambda r: r.kind != "agreement"):
        stored = None
        if merger is not None and record.key in named:
            stored = conn.execute("SELECT id FROM records WHERE key = ?", (record.key,)).fetchone()
        if stored is not None:
            counts[merger.save(conn, stored[0], record, named[record.key], governors)[1]] += 1
        else:
            counts[save_record(conn, record, governors)[1]] += 1
    for figure in dataset.figures:
        counts[save_figure(conn, figure)[1]] += 1
    return counts
