"""`extract` reads a registry; it does not make one (issue 30 chores).

`kerjasama extract article.txt --db new.db` used to create new.db, load the bundled seed into it
and leave it behind. Without --import, extract only reads the registry (its partners, leaders and
home government): a registry that does not exist is read as the bundled seed in memory, and no
file is written. `extract --import` writes, and creates the registry as `add` and `import` do.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run

ARTICLE = (
    "Jakarta, 3 Juni 2025 - Gubernur DKI Jakarta Pramono Anung menandatangani nota kesepahaman "
    "dengan Wali Kota Seoul Oh Se-hoon di Balai Kota tentang kerja sama pengelolaan banjir.\n"
)


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _left_behind(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name))


def test_extract_on_a_missing_registry_writes_no_file(tmp_path: Path, seeded_run: Run):
    article = _article(tmp_path)
    db = tmp_path / "fresh" / "new.db"
    db.parent.mkdir()
    result = Run(db)("extract", str(article), "--format", "json")
    assert _left_behind(db) == []
    assert result.stderr.count("\n") == 1 and str(db) in result.stderr
    assert "nothing written" in result.stderr and "created" not in result.stderr
    # the drafts are those a seeded registry gives: the seed's partners, leaders and home
    seeded = seeded_run("extract", str(article), "--format", "json").stdout
    assert json.loads(result.stdout) == json.loads(seeded)
    drafts = json.loads(result.stdout)
    assert drafts[0]["local_party"] == "DKI Jakarta" and drafts[0]["partner"] == "Seoul"


def test_the_notice_is_in_the_users_language(tmp_path: Path):
    article = _article(tmp_path)
    db = tmp_path / "new.db"
    result = Run(db)("--lang", "id", "extract", str(article), "--format", "json")
    assert "tidak ada yang ditulis" in result.stderr
    assert _left_behind(db) == []


def test_extract_to_a_file_on_a_missing_registry_writes_only_the_drafts(tmp_path: Path):
    article = _article(tmp_path)
    db = tmp_path / "new.db"
    out = tmp_path / "drafts.yaml"
    Run(db)("extract", str(article), "-o", str(out))
    assert out.exists() and _left_behind(db) == []


def test_extract_import_creates_the_registry_as_a_write_does(tmp_path: Path):
    article = _article(tmp_path)
    db = tmp_path / "new.db"
    run = Run(db)
    result = run("extract", str(article), "--import", "--yes")
    assert db.exists() and "loaded the bundled seed" in result.stderr
    assert any(r["partner"] == "Seoul" for r in run.json("list", "--type", "mou"))


def test_extract_reads_an_existing_registry_and_leaves_it_as_it_was(
    tmp_path: Path, seeded_run: Run, snapshot
):
    article = _article(tmp_path)
    before = snapshot(seeded_run.db)
    result = seeded_run("extract", str(article), "--format", "json")
    assert "nothing written" not in result.stderr
    assert snapshot(seeded_run.db) == before
