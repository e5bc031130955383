"""`import`'s choice of path (store/imports/run.py), tested without the CLI: a CSV or NDJSON file
goes set-wise, and is read again row by row when the set-wise path declines; stdin, a JSON
list and a workbook go row by row; a seed-shaped document is applied whole. The progress
display it is given sees one source per path taken."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from kerjasama_cli.domain.import_request import ImportRequest
from kerjasama_cli.files.import_source import open_source
from kerjasama_cli.store.database.connection import open_store
from kerjasama_cli.store.imports.result import REJECTED
from kerjasama_cli.store.imports.run import run_import
from kerjasama_cli.store.records.writer import INSERTED

GOOD = "partner,country,type,date\nBusan,KR,mou,2024-05-27\nOsaka,JP,visit,2023-01-10\n"
# A row the set-wise path does not take (an unreadable date): the row path says what is wrong.
BAD = GOOD + "Seoul,KR,mou,not a date\n"


@pytest.fixture
def store(seeded_template: Path, tmp_path: Path) -> Any:
    db = tmp_path / "registry.db"
    shutil.copyfile(seeded_template, db)
    opened = open_store(db)
    yield opened
    opened.close()


def _run(store: Any, request: ImportRequest) -> tuple[Any, list[str], list[Any]]:
    paths: list[str] = []
    rejects: list[Any] = []

    def progress(source: Any) -> tuple[Any, Any]:
        paths.append(Path(source.name).name)
        return (lambda: None), (lambda: None)

    source = open_source(request)
    result = run_import(store, source, request, on_reject=rejects.append, progress=progress)
    return result, paths, rejects


def test_a_csv_file_goes_set_wise_once(store, tmp_path):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    result, paths, rejects = _run(store, ImportRequest(str(path), "csv"))
    assert paths == ["good.csv"]  # one path: the set-wise one took it
    assert result.committed and result.counts[INSERTED] == 2 and not rejects


def test_a_file_the_set_wise_path_declines_is_read_again_row_by_row(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    result, paths, rejects = _run(store, ImportRequest(str(path), "csv", skip_invalid=True))
    assert paths == ["bad.csv", "bad.csv"]  # declined, then the row path
    assert result.counts[INSERTED] == 2 and result.counts[REJECTED] == 1
    assert [r.location for r in rejects] == [f"{path}:4"]


def test_without_skip_invalid_one_reject_writes_nothing(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    before = store.conn.execute("SELECT count(*) FROM records").fetchone()[0]
    result, _, _ = _run(store, ImportRequest(str(path), "csv"))
    assert not result.committed and result.counts[REJECTED] == 1
    assert store.conn.execute("SELECT count(*) FROM records").fetchone()[0] == before


def test_a_json_list_goes_row_by_row_and_names_records_by_number(store, tmp_path):
    path = tmp_path / "rows.json"
    path.write_text(
        '[{"partner": "Busan", "country": "KR", "type": "mou", "date": "2024-05-27"},'
        ' {"partner": "Seoul", "country": "KR", "type": "mou", "date": "not a date"}]',
        encoding="utf-8",
    )
    result, paths, rejects = _run(store, ImportRequest(str(path), "json", skip_invalid=True))
    assert paths == ["rows.json"]
    assert result.counts[INSERTED] == 1 and [r.location for r in rejects] == [f"{path}#2"]


def test_a_seed_shaped_document_is_applied_whole_without_a_progress_bar(store, tmp_path):
    path = tmp_path / "doc.yaml"
    path.write_text(
        "partners:\n  - key: busan-kr\n    name: Busan\n    country: KR\n    kind: city\n"
        "agreements:\n  - key: KS-9\n    partner: busan-kr\n    type: mou\n"
        "    date: 2024-05-27\n",
        encoding="utf-8",
    )
    result, paths, _ = _run(store, ImportRequest(str(path), "yaml"))
    assert paths == [] and result.committed
    assert store.conn.execute("SELECT count(*) FROM records WHERE key = 'KS-9'").fetchone()
