"""Issue 22, point 5: prerequisite checks as warnings (named checks yielding findings)."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import Run

from kerjasama_cli.store.dossier.checks import CHECKS


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


BY_NAME = {check.name: check for check in CHECKS}


def _findings(run: Run, name: str) -> dict[str, str]:
    conn = sqlite3.connect(run.db)
    try:
        return {f.details["subject"]: f.details["message"] for f in BY_NAME[name].run(conn)}
    finally:
        conn.close()


def test_a_partner_without_diplomatic_relations_is_a_warning_not_a_wall(run: Run):
    run(
        "add",
        "--partner",
        "Tel Aviv",
        "--country",
        "IL",
        "--type",
        "mou",
        "--date",
        "2024",
        "--title",
        "MoU Tel Aviv",
    )
    run(
        "add",
        "--partner",
        "National Taiwan University",
        "--partner-kind",
        "institution",
        "--country",
        "TW",
        "--type",
        "mou",
        "--date",
        "2024",
        "--title",
        "MoU NTU",
    )
    found = _findings(run, "diplomatic-relations")
    keys = {r["key"]: r["title"] for r in run.json("list", "--from", "2024")}
    tel_aviv = [k for k, t in keys.items() if t == "MoU Tel Aviv"][0]
    assert set(found) == {tel_aviv}  # NTU is an institution (KSDLL); Pyongyang (KP) passes
    assert "Israel (IL), which has no diplomatic relations with Indonesia" in found[tel_aviv]
    # The record was written all the same: a warning, not a wall.
    assert run.json("show", tel_aviv)["family"] == "ksdpl"


def test_unequal_standing(run: Run):
    run("governments", "add", "Kota Bandung", "--country", "ID", "--kind", "city")
    run(
        "add",
        "--partner",
        "Jeju",
        "--type",
        "loi",
        "--date",
        "2023",
        "--local-party",
        "Kota Bandung",
        "--title",
        "LoI Bandung-Jeju",
    )
    run(
        "add",
        "--partner",
        "Suwon",
        "--country",
        "KR",
        "--type",
        "loi",
        "--date",
        "2023",
        "--local-party",
        "Kota Bandung",
        "--title",
        "LoI Bandung-Suwon",
    )
    found = _findings(run, "equal-standing")
    messages = [m for m in found.values() if m.startswith("Kota Bandung")]
    assert messages == ["Kota Bandung (city) and Jeju (province) are not of equal standing"]
    # Jeju with DKI Jakarta (both provinces) passes; an institution is never compared.
    assert "jeju-sister-city-2024" not in found and "c40-cooperation-2024" not in found


def test_no_object_given_until_one_is(run: Run):
    run("list")
    found = _findings(run, "objects")
    assert "shanghai-mou-2020-10-23" in found
    assert "rotterdam-dutch-training-exposure-programme-2024" not in found  # from its sectors
    run("classify", "shanghai-mou-2020-10-23", "--object", "cultural_exchange")
    assert "shanghai-mou-2020-10-23" not in _findings(run, "objects")


def test_every_named_check_runs_on_the_seed(run: Run):
    run("list")
    conn = sqlite3.connect(run.db)
    for check in CHECKS:
        for finding in check.run(conn):
            assert finding.check == check.name and finding.severity in ("warning", "error")
            assert set(finding.as_json()) == {
                *("check", "message", "records", "partners", "fix", "details", "severity")
            }


def test_kerjasama_check_reports_the_prerequisites_and_documents(run: Run, tmp_path):
    """`kerjasama check` (issue 19's command) runs issue 22's checks by name."""
    run("add", "-p", "Tel Aviv", "-c", "IL", "-t", "mou", "-d", "2024", "--title", "MoU TLV")
    found = run.json("check", "--only", "diplomatic-relations")
    assert [f["check"] for f in found] == ["diplomatic-relations"]
    assert "Israel (IL)" in found[0]["message"]
    text = run("check", "--only", "diplomatic-relations", "--lang", "en").stdout
    assert text.startswith("diplomatic-relations: ") and "Israel (IL)" in text
    names = {f["check"] for f in run.json("check")}
    assert {"diplomatic-relations", "objects"} <= names
    # A document whose stored bytes no longer match its digest is reported.
    note = tmp_path / "letter.txt"
    note.write_text("Surat Kemendagri tentang persetujuan kerja sama")
    run("attach", "1", str(note))
    conn = sqlite3.connect(run.db)
    with conn:
        conn.execute("UPDATE document_content SET content = zeroblob(length(content))")
    conn.close()
    found = run.json("check", "--only", "documents")
    assert found and all(f["check"] == "documents" for f in found)
    before = run.db.read_bytes()
    run("check", "--only", "nonsense", code=2)
    assert run.db.read_bytes() == before


def test_check_speaks_indonesian_and_json_keeps_english(run: Run):
    """`check --lang id` printed its prerequisite findings in English (`DKI Jakarta (province)
    and Washington DC (city) are not of equal standing`, `no object given`)."""
    text = run("--lang", "id", "check", "--only", "equal-standing", "--only", "objects").stdout
    lines = text.splitlines()
    assert (
        "equal-standing: shanghai-mou-2020-10-23: DKI Jakarta (provinsi) dan Shanghai (kota) "
        "tidak setara kedudukannya" in lines
    )
    assert (
        "objects: shanghai-mou-2020-10-23: tidak ada objek kerja sama "
        "(`kerjasama classify KEY --object ...`)" in lines
    )
    assert "equal standing" not in text and "no object given" not in text
    found = run.json("check", "--only", "equal-standing", "--lang", "id")
    shanghai = next(f for f in found if f["details"]["subject"] == "shanghai-mou-2020-10-23")
    assert shanghai["message"] == (
        "shanghai-mou-2020-10-23: DKI Jakarta (province) and Shanghai (city) are not of equal "
        "standing"
    )
    assert shanghai["details"]["message"] == shanghai["message"].split(": ", 1)[1]


def test_every_finding_message_is_in_the_catalogue():
    """The messages `about` is given are msgids: each has its Indonesian line."""
    import ast
    from pathlib import Path

    from kerjasama_cli import i18n
    from kerjasama_cli.i18n.msgfmt import parse_po

    dossier = Path(i18n.__file__).parents[1] / "store" / "dossier"
    messages = set()
    for name in ("prerequisites.py", "attachments.py"):
        for node in ast.walk(ast.parse((dossier / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "about":
                assert isinstance(node.args[2], ast.Constant), ast.unparse(node)
                messages.add(node.args[2].value)
    po = i18n.LOCALE_DIR / "id" / "LC_MESSAGES" / "kerjasama.po"
    catalogue = parse_po(po.read_text(encoding="utf-8"))
    assert len(messages) == 7
    assert sorted(m for m in messages if not catalogue.get(m)) == []
