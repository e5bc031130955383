"""`extract -o FILE` (the drafts written to a file, as `export -o` writes its records) and
importing what extract wrote: a draft that names no local party is refused, not filed under the
home government."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Run, run_module

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


def test_extract_writes_the_drafts_to_a_file(seeded_run, article: Path, tmp_path: Path) -> None:
    run = seeded_run  # a registry that exists: extract says nothing of it
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


def test_an_existing_file_is_kept_unless_forced_as_export_keeps_it(
    run, article: Path, tmp_path: Path
) -> None:
    target = tmp_path / "drafts.yaml"
    target.write_text("old\n")
    run("export", "-o", str(target), code=2)  # the convention (as backup): refused unless --force
    run("extract", str(article), "-o", str(target), code=2)
    assert target.read_text() == "old\n"
    run("export", "-o", str(target), "--force")
    assert target.read_text() != "old\n"
    run("extract", str(article), "-o", str(target), "--force")
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
    run("extract", str(missing), "-o", str(target), "--force", code=2)  # fails on the article
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


# An article that names the partner but not the Indonesian government that signed.
UNPLACED = """Busan MOU

Published : Sept. 23, 2025

Pemerintah Kota Busan, Korea Selatan, menandatangani nota kesepahaman kerja sama pariwisata \
pada Senin (22/9/2025).
"""

REFUSED = (
    "kerjasama: error: {file}: record 1 (line 8): local_party: empty in the draft; give it with"
    " --set local_party=NAME or fill it in\n"
)


def _records(db: Path) -> list[dict]:
    """The registry's records, read in-process: the extract and import under test run as real
    processes, the reads between them need not start one each."""
    return Run(db).json("list")  # type: ignore[return-value]


def test_a_draft_without_its_local_party_is_refused_not_filed_under_home(tmp_path: Path) -> None:
    """extract a.txt -o d.yaml && kerjasama import d.yaml, as a user runs them."""
    db = tmp_path / "registry.db"
    article = tmp_path / "busan.txt"
    article.write_text(UNPLACED, encoding="utf-8")
    drafts = tmp_path / "d.yaml"
    extracted = run_module("extract", str(article), "-o", str(drafts), db=db)
    assert extracted.returncode == 0, extracted.stderr
    text = drafts.read_text(encoding="utf-8")
    assert "\n  local_party:\n" in text  # the premise: the article names no local party
    before = _records(db)
    files = sorted(tmp_path.iterdir())

    refused = run_module("import", str(drafts), db=db)
    assert (refused.returncode, refused.stderr) == (2, REFUSED.format(file=drafts))
    assert _records(db) == before and sorted(tmp_path.iterdir()) == files
    # An empty --set gives nothing either.
    empty = run_module("import", str(drafts), "--set", "local_party=", db=db)
    assert (empty.returncode, empty.stderr) == (2, REFUSED.format(file=drafts))

    given = run_module("import", str(drafts), "--set", "local_party=Kota Surabaya", db=db)
    assert given.returncode == 0, given.stderr
    (busan,) = [r for r in _records(db) if r["partner"] == "Busan" and r["date"] == "2025-09-22"]
    assert busan["local_party"] == "Kota Surabaya"


def test_a_draft_filled_in_imports_under_the_party_it_names(run, tmp_path: Path) -> None:
    article = tmp_path / "busan.txt"
    article.write_text(UNPLACED, encoding="utf-8")
    drafts = tmp_path / "d.yaml"
    run("extract", str(article), "-o", str(drafts))
    text = drafts.read_text(encoding="utf-8")
    drafts.write_text(text.replace("\n  local_party:\n", "\n  local_party: DKI Jakarta\n"))
    run("import", str(drafts))
    found = run.json("list", "--partner", "Busan", "--from", "2025-09-01")
    assert [r["local_party"] for r in found] == ["DKI Jakarta"]


def test_several_drafts_without_one_are_named_in_one_line_in_the_users_language(
    run, tmp_path: Path
) -> None:
    drafts = tmp_path / "d.yaml"
    entries = [
        ("Busan", "KR", "2025-09-22", ""),
        ("Osaka", "JP", "2025-09-23", " DKI Jakarta"),
        ("Lyon", "FR", "2025-09-24", ""),
    ]
    body = "".join(
        f'- type: mou\n  partner: {p}\n  country: {c}\n  date: "{d}"\n  local_party:{party}\n'
        for p, c, d, party in entries
    )
    drafts.write_text("# kerjasama extract: draf untuk diperiksa\n" + body, encoding="utf-8")
    run("list")  # the registry made (its line said) before the import
    result = run("import", str(drafts), code=2)
    assert result.stderr == (
        f"kerjasama: error: {drafts}: records 1, 3 (2 drafts): local_party: empty in the drafts;"
        " give it with --set local_party=NAME or fill them in\n"
    )
    in_indonesian = run("import", str(drafts), "--lang", "id", code=2).stderr
    assert in_indonesian.startswith(f"kerjasama: error: {drafts}: catatan 1, 3 (2 draf): ")
    assert run.json("list", "--partner", "Osaka") == []


def test_a_plain_list_or_csv_without_a_local_party_still_goes_to_the_home_government(
    run, tmp_path: Path
) -> None:
    """Only extract's drafts are held to it: a file the bureau keeps means its own government."""
    listed = tmp_path / "records.yaml"
    listed.write_text('- type: mou\n  partner: Busan\n  country: KR\n  date: "2025-09-22"\n')
    flat = tmp_path / "records.csv"
    flat.write_text("partner,country,type,date\nOsaka,JP,mou,2025-09-23\n")
    run("import", str(listed))
    run("import", str(flat))
    found = run.json("list", "--from", "2025-09-01")
    assert {(r["partner"], r["local_party"]) for r in found} == {
        ("Busan", "DKI Jakarta"),
        ("Osaka", "DKI Jakarta"),
    }


def test_a_draft_that_updates_a_stored_record_keeps_its_local_party(run, tmp_path: Path) -> None:
    """A draft with a key (extract writes one when the draft matches a stored record) updates
    that record: an empty local party keeps the stored one, so nothing is refused."""
    run(
        "import",
        str(_csv(tmp_path, "partner,country,type,date,key\nBusan,KR,mou,2025-09-22,B-1\n")),
    )
    drafts = tmp_path / "d.yaml"
    drafts.write_text(
        "# kerjasama extract: drafts\n- key: B-1\n  type: mou\n  partner: Busan\n  country: KR\n"
        '  date: "2025-09-22"\n  local_party:\n  sectors: [tourism]\n'
    )
    run("import", str(drafts))
    (busan,) = run.json("list", "--partner", "Busan", "--from", "2025-09-01")
    assert (busan["local_party"], busan["sectors"]) == ("DKI Jakarta", ["tourism"])


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "stored.csv"
    path.write_text(text)
    return path


def test_extract_import_does_not_file_an_unplaced_draft_under_home(run, tmp_path: Path) -> None:
    article = tmp_path / "busan.txt"
    article.write_text(UNPLACED, encoding="utf-8")
    run("list")
    before = run.json("list")
    result = run("extract", str(article), "--import", "--yes", code=2)
    assert "local_party:" in result.stdout  # the drafts were shown
    assert result.stderr == (
        "kerjasama: error: draft #1: local_party: not named in the article; nothing imported:"
        " save the drafts with -o FILE, fill it in and `kerjasama import` FILE\n"
    )
    assert run.json("list") == before
