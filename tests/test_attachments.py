"""Issue 22, point 4: documents attached to records (same file twice, a missing file, text
found by search, backup/restore carrying them, a 50 MB PDF streamed, check_documents)."""

from __future__ import annotations

import hashlib
import sqlite3
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from conftest import Run

from kerjasama_cli.store.dossier.attachments import check_documents


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


RECORD = "rotterdam-dutch-training-exposure-programme-2024"


def make_pdf(path: Path, text: str, padding: int = 0) -> Path:
    """A real one-page PDF saying `text`, with an optional unreferenced stream of `padding`
    bytes (a scan's weight, which text extraction has no reason to read)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    with path.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        if padding:
            offsets.append(out.tell())
            out.write(b"6 0 obj\n<< /Length %d >>\nstream\n" % padding)
            block = b"\x00" * (1 << 20)
            left = padding
            while left:
                out.write(block[: min(left, len(block))])
                left -= min(left, len(block))
            out.write(b"\nendstream\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(
            b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(offsets) + 1, xref)
        )
    return path


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    """A minimal DOCX: a zip whose word/document.xml holds the paragraphs."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
        )
    return path


def test_a_pdf_is_kept_and_found_by_search(run: Run, tmp_path: Path):
    pdf = make_pdf(tmp_path / "rencana.pdf", "Rencana Kerja Sama restorasi sungai Ciliwung")
    result = run("attach", RECORD, str(pdf), "--original-at", "Kemlu", "--treaty-ref", "KL-2024-17")
    assert "stored" in result.stderr and "no text" not in result.stderr
    found = run.json("search", "Ciliwung")
    assert [r["key"] for r in found] == [RECORD]
    assert found[0]["matched_in"] == "document" and "Ciliwung" in found[0]["snippet"]
    shown = run.json("show", RECORD)["documents"]
    assert shown[0]["name"] == "rencana.pdf" and shown[0]["original_location"] == "Kemlu"
    assert shown[0]["treaty_reference"] == "KL-2024-17"
    assert shown[0]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert "rencana.pdf" in run("show", RECORD).stdout
    # Filters narrow document matches like any other.
    assert run.json("search", "Ciliwung", "--country", "KR") == []


def test_docx_and_text_files_are_read_too(run: Run, tmp_path: Path):
    docx = make_docx(tmp_path / "notulen.docx", ["Notulen rapat", "Pembahasan sampah plastik"])
    text = tmp_path / "catatan.txt"
    text.write_text("Catatan: kunjungan ke Heidelberg soal energi surya\n", encoding="utf-8")
    run("attach", "heidelberg-sister-city-2025", str(docx), str(text))
    assert [r["key"] for r in run.json("search", "plastik")] == ["heidelberg-sister-city-2025"]
    assert [r["key"] for r in run.json("search", "surya")] == ["heidelberg-sister-city-2025"]


def test_the_same_file_twice_is_stored_once(run: Run, tmp_path: Path):
    pdf = make_pdf(tmp_path / "a.pdf", "satu dokumen")
    copy = tmp_path / "copy-of-a.pdf"
    copy.write_bytes(pdf.read_bytes())
    run("attach", RECORD, str(pdf))
    again = run("attach", RECORD, str(copy))
    assert "already attached" in again.stderr
    other = run("attach", "shanghai-mou-2020-10-23", str(pdf))
    assert "already stored" in other.stderr
    conn = sqlite3.connect(run.db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM record_documents").fetchone() == (2,)


def test_a_missing_or_unreadable_file_changes_nothing(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    run("list")
    good = make_pdf(tmp_path / "good.pdf", "baik")
    result = run("attach", RECORD, "good.pdf", "nope.pdf", code=2)
    assert result.stderr.endswith("kerjasama: error: FILE 'nope.pdf': no such file\n")
    binary = tmp_path / "program.bin"
    binary.write_bytes(b"\x7fELF\x00\x00\x01\x02" * 10)
    result = run("attach", RECORD, str(binary), code=2)
    assert "not a PDF, DOCX, image or text file" in result.stderr
    run("attach", "no-such-record", str(good), code=2)
    conn = sqlite3.connect(run.db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    assert run.json("show", RECORD)["documents"] == []


def test_backup_and_restore_carry_the_documents(run: Run, tmp_path: Path):
    pdf = make_pdf(tmp_path / "mou.pdf", "Nota Kesepahaman Jakarta Rotterdam")
    run("attach", RECORD, str(pdf))
    backup = tmp_path / "backup.db"
    assert "1 document" in run("backup", str(backup)).stderr
    conn = sqlite3.connect(run.db)
    conn.execute("DELETE FROM record_documents")
    conn.execute("DELETE FROM document_content")
    conn.execute("DELETE FROM documents")
    conn.commit()
    conn.close()
    assert run.json("search", "Kesepahaman Rotterdam") == [] or all(
        r["matched_in"] != "document" for r in run.json("search", "Kesepahaman Rotterdam")
    )
    run("restore", str(backup), "--yes")
    assert run.json("show", RECORD)["documents"][0]["name"] == "mou.pdf"
    conn = sqlite3.connect(run.db)
    (content,) = conn.execute("SELECT content FROM document_content").fetchone()
    assert content == pdf.read_bytes()
    assert list(check_documents(conn)) == []


def test_check_reports_a_changed_document(run: Run, tmp_path: Path):
    pdf = make_pdf(tmp_path / "x.pdf", "diubah")
    run("attach", RECORD, str(pdf))
    conn = sqlite3.connect(run.db)
    assert list(check_documents(conn)) == []
    conn.execute("UPDATE document_content SET content = substr(content, 1, 20)")
    conn.execute(
        "INSERT INTO documents (sha256, size, media_type, added_at) "
        "VALUES ('ab', 1, 'text/plain', 'now')"
    )
    conn.commit()
    findings = list(check_documents(conn))
    assert [f.severity for f in findings] == ["error", "error", "warning"]
    assert findings[0].details["message"].startswith("changed:")
    assert findings[1].details["message"] == "missing: its bytes are not stored"
    assert findings[2].details["message"] == "attached to no record"
    assert findings[2].message.endswith(": attached to no record")


def test_a_50_mb_pdf_is_streamed_not_loaded_whole(run: Run, tmp_path: Path):
    pdf = make_pdf(tmp_path / "scan.pdf", "Perjanjian Kerja Sama hasil pindai", padding=50 << 20)
    assert pdf.stat().st_size > 50 << 20
    run("list")  # the registry exists before measuring
    tracemalloc.start()
    try:
        run("attach", RECORD, str(pdf))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 12 << 20, f"peak {peak / 2**20:.1f} MB of Python memory for a 50 MB file"
    assert [r["key"] for r in run.json("search", "pindai")] == [RECORD]
    # SQLite's memory too: a whole process attaching it again (to another record) stays far
    # below the file's size (a row UPDATE beside the BLOB once made it read all 50 MB).
    import subprocess
    import sys

    code = (
        "import resource, sys\n"
        "from kerjasama_cli.cli.app import app\n"
        "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )

    def measured(*args: str) -> subprocess.CompletedProcess[str]:
        """`kerjasama --db DB ARGS` in a process of its own that prints its peak memory last."""
        argv = [sys.executable, "-c", code, "--db", str(run.db), *args]
        return subprocess.run(argv, capture_output=True, text=True, timeout=300)

    process = measured("attach", "shanghai-mou-2020-10-23", str(pdf))
    assert "already stored" in process.stderr
    process = measured("check-nothing")
    baseline = int(process.stderr.strip().splitlines()[-1])
    copy = tmp_path / "scan-copy.pdf"
    make_pdf(copy, "Perjanjian Kerja Sama salinan kedua", padding=50 << 20)
    process = measured("attach", "shanghai-mou-2020-10-23", str(copy))
    assert "stored" in process.stderr, process.stderr
    rss_kb = int(process.stderr.strip().splitlines()[-1])
    assert rss_kb - baseline < 30 << 10, f"{(rss_kb - baseline) >> 10} MB above a bare start"
    conn = sqlite3.connect(run.db)
    size, sha = conn.execute("SELECT size, sha256 FROM documents ORDER BY id").fetchone()
    assert size == pdf.stat().st_size
    digest = hashlib.sha256()
    with pdf.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    assert sha == digest.hexdigest()


def test_export_with_documents_writes_them_beside_the_file(run: Run, tmp_path: Path):
    import json

    pdf = make_pdf(tmp_path / "mou.pdf", "Nota Kesepahaman")
    run("attach", RECORD, str(pdf), "--original-at", "Kemlu")
    run("attach", "shanghai-mou-2020-10-23", str(pdf))
    out = tmp_path / "export.yaml"
    result = run("export", "-o", str(out), "--with-documents")
    assert "exported 1 document to" in result.stderr
    folder = tmp_path / "export.documents"
    manifest = json.loads((folder / "documents.json").read_text(encoding="utf-8"))
    assert {m["record"] for m in manifest} == {RECORD, "shanghai-mou-2020-10-23"}
    stored = folder / manifest[0]["file"]
    assert stored.read_bytes() == pdf.read_bytes()
    assert manifest[0]["original_location"] in ("Kemlu", None)
    # Filters apply: only Shanghai's.
    run("export", "-o", str(tmp_path / "sh.json"), "--with-documents", "--partner", "Shanghai")
    only = json.loads((tmp_path / "sh.documents" / "documents.json").read_text(encoding="utf-8"))
    assert [m["record"] for m in only] == ["shanghai-mou-2020-10-23"]
    result = run("export", "--with-documents", code=2)
    assert "give -o FILE" in result.stderr


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` (hidden ones too), by its path inside it, with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_forced_export_with_documents_holds_only_what_it_wrote(run: Run, tmp_path: Path):
    """`export --with-documents --force` over an earlier export wrote its files into the old
    FILE.documents/ and left the earlier export's files there, listed by no documents.json. The
    folder holds exactly this export's files; an export that fails changes none of it and
    leaves no new file behind."""
    import json

    first = make_pdf(tmp_path / "rotterdam.pdf", "Rotterdam")
    second = make_pdf(tmp_path / "shanghai.pdf", "Shanghai")
    run("attach", RECORD, str(first))
    run("attach", "shanghai-mou-2020-10-23", str(second))
    work = tmp_path / "work"
    work.mkdir()
    out, folder = work / "out.yaml", work / "out.documents"
    run("export", "-o", str(out), "--with-documents")
    assert len(_tree(folder)) == 3  # two files and documents.json

    run("export", "-o", str(out), "--with-documents", "--force", "--partner", "Shanghai")
    manifest = json.loads((folder / "documents.json").read_text(encoding="utf-8"))
    assert [m["record"] for m in manifest] == ["shanghai-mou-2020-10-23"]
    assert sorted(_tree(folder)) == sorted(["documents.json", manifest[0]["file"]])
    assert sorted(p.name for p in work.iterdir()) == ["out.documents", "out.yaml"]

    # The export's own file cannot be written (a directory stands where its temporary goes):
    # the run fails after the documents were read, and leaves the earlier export whole.
    before, exported = _tree(folder), out.read_bytes()
    (work / ".out.yaml.tmp").mkdir()
    result = run("export", "-o", str(out), "--with-documents", "--force", code=1)
    assert result.stderr.startswith(f"kerjasama: error: {out}: cannot be written"), result.stderr
    assert "exported" not in result.stderr, result.stderr
    assert _tree(folder) == before and out.read_bytes() == exported
    assert sorted(p.name for p in work.iterdir()) == [".out.yaml.tmp", "out.documents", "out.yaml"]
