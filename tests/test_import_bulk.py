"""The set-wise import (store/imports/setwise.py) leaves exactly the database the row path leaves.

Generated files (CSV and NDJSON, a few to forty rows, values drawn mostly from what parses and
sometimes from what does not) are imported twice into copies of one seeded registry: once row by
row (`importing.import_rows`), once set-wise (`import_bulk`). When the set-wise import takes the
file, both registries hold the same records (every column but the time stamps), partners,
people, sectors, governments, citations and history, and the search index passes FTS5's
integrity check against the records' text. When it declines, it has written nothing. Most files
must be taken set-wise, or the comparison would prove little.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from conftest import in_english
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerjasama_cli.cli.invocation import OPEN_STORES, open_db
from kerjasama_cli.files.readers import read_input
from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.imports import rowwise as importing
from kerjasama_cli.store.imports.setwise import Declined, import_bulk

SETTINGS = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
    derandomize=True,
)

GOOD: dict[str, list[str]] = {
    "key": ["", "", "", "", "KS-1", "KS-2", " KS-3 "],
    "kind": [""],
    "type": ["mou", "MoU", "kota kembar", "kunjungan", "visit", "program kerja sama", "pks",
             "programme", "loi", "lainnya", "pertemuan"],
    "partner": ["Busan", "Osaka", "Kota 1", " Kota 1 ", "Varna, Bulgaria", "Córdoba", "東京",
                "Seoul", "Tokyo", "Kota 2", "Kota 3", "Kota 4", "Kota 5", "Kota 6"],
    "partner_key": ["", "", "", "busan-kr", "new-key"],
    "partner_kind": ["", "", "city", "organisation", "province"],
    "country": [""],  # from PLACES
    "region": [""],
    "date": ["2024-05-27", "3 Mei 2021", "3/5/2021", "Mei 2021", "2021", "", "by 2015",
             "2025-02-20..2025-08-11", "2017-10-16", "2022-01-03"],
    "sectors": ["", "health", "pendidikan;banjir", "trade, budaya", "trade;trade"],
    "title": ["", "Kerja sama", "Kunjungan ke Busan", " spaced ", "it's"],
    "status": ["", " ", "active", "aktif", "berakhir", "proposed"],
    "summary": ["", "Ringkasan.", " Ringkasan "],
    "place": ["", "Jakarta", " Balai Kota ", " "],
    "signatories": ["", "", "Anies Baswedan (Gubernur)"],
    "partner_signatories": ["", "", "Kim Min-jun (Mayor)", "Li Wei, Mayor", "Kim; Lee (Mayor)"],
    "local_party": ["", "", "", "DKI Jakarta", "Jakarta", "Kota Bandung", " "],
    "local_country": ["", "", "", "ID", "Indonesia"],
    "leader": ["", "", "Anies Baswedan", " Anies "],
    "notes": ["", "catatan ", "catatan"],
    "date_note": ["", "", "approx. "],
    "agreement": ["", "", "", "", "KS-1"],
    "term_years": ["", "", "", "", "5"],
    "end_date": ["", "", "", "", "2030-01-01"],
    "sources": ["", "", "", "", "https://example.org/a"],
}  # fmt: skip
EVENT_TYPES = {"kunjungan", "visit", "pertemuan"}
PLACES = [("KR", ""), ("Korsel", ""), ("South Korea", "Gyeonggi-do"), ("Japan", ""),
          ("JP", ""), ("Scotland, United Kingdom", ""), ("ES", ""), ("AR", ""), ("MX", ""),
          ("GB", "Scotland")] * 3 + [("", "")]  # fmt: skip
RARE = {"agreement", "term_years", "end_date", "sources"}
BAD: dict[str, list[str]] = {
    "type": ["", "mouu"],
    "partner": ["Nowhere", ""],
    "country": ["Narnia"],
    "date": ["2024-13-01", "kemarin"],
    "sectors": ["smart city"],
    "title": ["line\nbreak", "tab\there"],
    "status": ["unknown"],
    "local_country": ["Atlantis"],
}

TEMPLATE: dict[str, Path] = {}


def _seeded(path: Path) -> None:
    """PATH made as the CLI makes a registry: seeded, with leaders and their terms.

    Outside a command, so the store is taken off the CLI's list of open stores: the next
    command that failed would otherwise remove it as its own new file (the test that first
    made the template failed when run alone)."""
    store = open_db(path)
    store.close()
    OPEN_STORES.remove(store)


def _registry(tmp: Path, name: str) -> Path:
    """A copy of one seeded registry (seeding it once per run saves most of the time)."""
    if "path" not in TEMPLATE:
        base = tmp.parent / "bulk-template.db"
        if not base.exists():
            _seeded(base)
        TEMPLATE["path"] = base
    path = tmp / name
    shutil.copy(TEMPLATE["path"], path)
    return path


@st.composite
def files(draw: st.DrawFn) -> tuple[list[str], list[dict[str, str]]]:
    """A file's columns and rows: valid values, except (one file in four) one bad value, and
    (one in six) a column the set-wise import leaves to the row path (agreement, sources, an
    end date, a term) — so that most files are ones it takes."""
    common = sorted(set(GOOD) - RARE)
    fields = draw(
        st.lists(st.sampled_from(common), min_size=1, unique=True).map(
            lambda chosen: sorted({"type", "partner", "country", "date", *chosen})
        )
    )
    if draw(st.integers(0, 5)) == 5:  # hypothesis starts from 0: the common case
        fields.append(draw(st.sampled_from(sorted(RARE))))
    count = draw(st.integers(1, 40))
    rows = []
    for _ in range(count):
        row = {f: draw(st.sampled_from(GOOD[f])) for f in fields}
        # Values that go together, as in a real file: a kind that fits the type, no status for
        # an event, a region of the country.
        if "kind" in row and draw(st.booleans()):
            row["kind"] = "kegiatan" if row["type"] in EVENT_TYPES else "agreement"
        if "status" in row and row["type"] in EVENT_TYPES:
            row["status"] = ""  # an event has no status (domain/record_rules.py)
        country, region = draw(st.sampled_from(PLACES))
        row["country"] = country
        if "region" in row:
            row["region"] = region
        rows.append(row)
    if draw(st.integers(0, 3)) == 3:
        field = draw(st.sampled_from(sorted(BAD)))
        if field in fields:
            rows[draw(st.integers(0, count - 1))][field] = draw(st.sampled_from(BAD[field]))
    return fields, rows


def _write(path: Path, fields: list[str], rows: list[dict[str, str]]) -> Path:
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(fields)
            writer.writerows([row[f] for f in fields] for row in rows)
    else:
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def dump(path: Path) -> dict[str, object]:
    """What an import leaves, comparable across registries (not the time stamps)."""
    conn = sqlite3.connect(path)
    found: dict[str, object] = {}
    for table, order in [
        ("records", "id"),
        ("partners", "id"),
        ("partner_aliases", "partner_id, alias"),
        ("record_people", "record_id, position"),
        ("record_sectors", "record_id, position"),
        ("local_governments", "id"),
        ("citations", "entity, entity_id, source_id"),
        ("sources", "id"),
        # Filled set-wise by the bulk path (store/serve/browse_table.filled_setwise), by trigger on
        # the row path.
        ("browse_facets", "id"),
        # The counts (m024, store/briefing/counts_table.py): grouped per chunk by the bulk path,
        # by trigger on the row path.
        ("partner_counts", "partner_id"),
        ("governor_counts", "governor_id, governor_basis, local_party, partner_id"),
        ("year_counts", "year, type"),
    ]:
        rows = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        if table == "records":
            names = [d[0] for d in conn.execute("SELECT * FROM records LIMIT 0").description]
            keep = [i for i, n in enumerate(names) if n not in ("created_at", "updated_at")]
            rows = [tuple(row[i] for i in keep) for row in rows]
        found[table] = rows
    found["history"] = sorted(
        map(
            repr,
            conn.execute(
                # Not `command`: it names how the import was called (the CLI's "import").
                "SELECT entity, entity_id, entity_key, action, changes, last_id FROM history"
            ),
        )
    )
    # The triggers and indexes the bulk path suspends are all back, as they were.
    found["schema"] = sorted(
        conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")
    )
    # The set-wise import writes with foreign keys off: every reference must hold all the same.
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Raises when an entry does not match the text the view gives for its record.
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    found["search"] = conn.execute("SELECT * FROM search_source ORDER BY 1").fetchall()
    conn.close()
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


TAKEN: list[bool] = []
REASONS: list[str] = []


@pytest.mark.parametrize("suffix", [".csv", ".ndjson"])
@SETTINGS
@given(data=files())
def test_set_wise_import_leaves_what_the_row_path_leaves(
    tmp_path: Path, suffix: str, data: tuple[list[str], list[dict[str, str]]]
) -> None:
    fields, rows = data
    source = _write(tmp_path / f"in{suffix}", fields, rows)
    kind = suffix[1:]
    row_db, bulk_db = _registry(tmp_path, "rows.db"), _registry(tmp_path, "bulk.db")
    store, flat = open_store(row_db), read_input(str(source), kind, {})
    try:
        expected = importing.import_rows(store, flat.rows, labels=flat.labels)
    finally:
        flat.close()
        store.close()
    before = dump(bulk_db)
    store, flat = open_store(bulk_db), read_input(str(source), kind, {})
    try:
        result = import_bulk(store, flat, labels=flat.labels)
    except Declined as declined:
        result = None
        REASONS.append(str(declined))
    finally:
        flat.close()
        store.close()
    TAKEN.append(result is not None)
    if result is None:
        assert dump(bulk_db) == before  # nothing written
        return
    assert expected.counts == result.counts
    assert (expected.new_partners, expected.homonyms) == (result.new_partners, result.homonyms)
    assert dump(bulk_db) == dump(row_db)


def test_most_generated_files_were_taken_set_wise() -> None:
    # Runs after the property test in file order; a bulk path that always declined would make
    # the comparison above vacuous.
    assert len(TAKEN) >= 2 * SETTINGS.max_examples * 0.9  # both formats' examples ran
    why = Counter(REASONS).most_common()
    assert sum(TAKEN) >= len(TAKEN) * 0.5, f"{sum(TAKEN)} of {len(TAKEN)} taken; declined: {why}"


def _rows(count: int) -> list[dict[str, str]]:
    """A realistic file: partners in several countries, both kinds, sectors, signatories, a
    second local government, keys derived and given."""
    rows = []
    for i in range(count):
        row = {f: GOOD[f][i % len(GOOD[f])] for f in GOOD if f not in RARE}
        row["country"], row["region"] = PLACES[i % len(PLACES)]
        if row["country"] == "":
            row["country"] = "KR"
        row["partner"] = f"Kota {i % 97}"
        row["date"] = (dt.date(1990, 1, 1) + dt.timedelta(days=i)).isoformat()
        row["key"] = f"KS-{i}" if i % 7 == 0 else ""
        if row["type"] in EVENT_TYPES:
            row["status"] = ""  # an event has no status (domain/record_rules.py)
        rows.append(row)
    return rows


LARGE = 12_000  # three chunks of CHUNK (set to 5,000 below), the last one short


def _row_path_reference(suffix: str, folder: Path) -> dict[str, object]:
    """The large file of the test below imported row by row into a copy of a seeded registry,
    in FOLDER, beside the registry both imports start from. The row path takes ~12 s a format:
    made on the spare core while other tests run (conftest's `early`), not in the test."""
    rows = _rows(LARGE)
    source = _write(folder / f"big{suffix}", sorted(rows[0]), rows)
    template = folder / "template.db"
    _seeded(template)
    row_db = folder / "rows.db"
    shutil.copy(template, row_db)
    store, flat = open_store(row_db), read_input(str(source), suffix[1:], {})
    try:
        expected = importing.import_rows(store, flat.rows, labels=flat.labels)
    finally:
        flat.close()
        store.close()
    return {"template": template, "rows": row_db, "counts": dict(expected.counts)}


EARLY = {
    "csv": in_english(functools.partial(_row_path_reference, ".csv")),
    "ndjson": in_english(functools.partial(_row_path_reference, ".ndjson")),
}


@pytest.mark.parametrize("suffix", [".csv", ".ndjson"])
def test_a_large_file_read_by_a_second_process_gives_the_same_registry(
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    import subprocess

    from conftest import Run, early

    from kerjasama_cli.store.imports import setwise as bulk

    rows = _rows(LARGE)
    source = _write(tmp_path / f"big{suffix}", sorted(rows[0]), rows)
    # The row path's registry from the same rows and the same starting registry.
    reference: dict = early(__name__, suffix[1:], tmp_path_factory)  # type: ignore[assignment]
    assert reference["counts"]["inserted"] == LARGE
    row_db, bulk_db = reference["rows"], tmp_path / "bulk.db"
    shutil.copy(reference["template"], bulk_db)
    # Every file is "large": read by `python -m kerjasama_cli.files.bulk_rows`, for real.
    monkeypatch.setattr(bulk, "BIG_FILE", 0)
    monkeypatch.setattr(bulk, "CHUNK", 5_000)
    started = []
    real = subprocess.Popen

    def popen(args, *rest, **kwargs):
        started.append(args)
        return real(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", popen)
    result = Run(bulk_db)("import", str(source))
    assert "12000 inserted" in result.stderr
    assert [args[-1] for args in started] == ["kerjasama_cli.files.bulk_rows"]
    assert dump(bulk_db) == dump(row_db)


def test_what_the_second_process_cannot_read_is_said_as_the_row_path_says_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import Run

    from kerjasama_cli.store.imports import setwise as bulk

    rows = _rows(50)
    good = _write(tmp_path / "in.csv", sorted(rows[0]), rows)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(good.read_bytes() + b"Busan,\xff\xfe,,\n")
    bad_date = tmp_path / "bad-date.csv"
    text = good.read_text(encoding="utf-8").splitlines()
    text[30] = text[30].replace(rows[29]["date"], "2024-13-01")
    bad_date.write_text("\n".join(text) + "\n", encoding="utf-8")
    said = {}
    for big in (False, True):
        if big:
            monkeypatch.setattr(bulk, "BIG_FILE", 0)
        for path in (broken, bad_date):
            db = _registry(tmp_path, f"{path.stem}-{big}.db")
            before = _digest(db)
            result = Run(db)("import", str(path), code=2)
            said[big, path.name] = result.stderr
            assert _digest(db) == before  # nothing written
    assert said[True, "broken.csv"] == said[False, "broken.csv"]
    assert "not UTF-8" in said[True, "broken.csv"]
    assert said[True, "bad-date.csv"] == said[False, "bad-date.csv"]
    assert "bad-date.csv:31" in said[True, "bad-date.csv"]
