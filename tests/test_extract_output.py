"""`extract -o FILE` (the drafts written to a file, as `export -o` writes its records) and
importing what extract wrote: a draft that names no local party is refused, not filed under the
home government."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_module

ARTICLE = """Seoul, Jakarta sign MOU on smart city cooperation

Published : Sept. 23, 2025 - 15:20

Seoul and Jakarta signed a memorandum of understanding on Monday to cooperate on smart city \
technology, public transportation and waste management, the Seoul Metropolitan Government said \
Tuesday.

The MOU was signed by Seoul Mayor Oh Se-hoon and Jakarta Governor Pramono Anung at Seoul City \
Hall.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "seoul.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_writes_the_drafts_to_a_file(run, article: Path, tmp_path: Path) -> None:
    shown = run("extract", str(article)).stdout
    target = tmp_path / "drafts.yaml"
    result = run("extract", str(article), "-o", str(target))
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == shown
    assert result.stderr == f"kerjasama: wrote 1 draft to {target}\n"
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_format_follows_the_files_extension_unless_given(
    run, article: Path, tmp_path: Path
) -> None:
    as_json = tmp_path / "drafts.json"
    run("extract", str(article), "--output", str(as_json))
    assert json.loads(as_json.read_text()) == json.loads(
        run("extract", str(article), "--format", "json").stdout
    )
    forced = tmp_path / "drafts.txt"
    run("extract", str(article), "-o", str(forced), "--format", "json")
    assert json.loads(forced.read_text())[0]["partner"] == "Seoul"


def test_an_existing_file_is_replaced_as_export_replaces_it(
    run, article: Path, tmp_path: Path
) -> None:
    target = tmp_path / "drafts.yaml"
    target.write_text("old\n")
    run("export", "-o", str(target))  # the convention: export replaces the file
    assert target.read_text() != "old\n"
    run("extract", str(article), "-o", str(target))
    assert target.read_text().startswith("# kerjasama extract")


def test_a_failed_extract_leaves_no_file_and_keeps_an_old_one(
    run, article: Path, tmp_path: Path
) -> None:
    target = tmp_path / "drafts.yaml"
    missing = tmp_path / "no-such-article.txt"
    result = run("extract", str(missing), "-o", str(target), code=2)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kerjasama: error:")
    assert not target.exists()
    target.write_text("kept\n")
    run("extract", str(missing), "-o", str(target), code=2)
    assert target.read_text() == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["drafts.yaml", "seoul.txt"]


def test_a_target_in_a_missing_directory_is_refused_before_anything(
    tmp_path: Path, article: Path
) -> None:
    db = tmp_path / "registry.db"
    target = tmp_path / "nowhere" / "drafts.yaml"
    result = run_module("extract", str(article), "-o", str(target), db=db)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("kerjasama: error: --output ")
    assert result.stderr.endswith(f"directory {target.parent} does not exist\n")
    assert not db.exists() and not target.parent.exists()
