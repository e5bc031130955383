"""Documents attached to records (migration m018): stored once per sha256, copied into the
registry in chunks (incremental BLOB I/O), their text indexed for `search`.

Why inside the registry rather than beside it: `backup` and `restore` (SQLite's online backup
API) carry them with everything else, an attach commits or rolls back with its history row,
and there is no second place that can lose a file. A file changed or lost on disk after it was
attached does not matter; `check` re-reads every stored document against its digest.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from kerjasama_cli.documents.reader import CHUNK, FileFacts, chunks, extract_text
from kerjasama_cli.domain.checks import Finding, about
from kerjasama_cli.store.safety import history


@dataclass(frozen=True)
class Attached:
    """The outcome of attaching one file to one record."""

    record_key: str
    name: str
    sha256: str
    size: int
    media_type: str
    stored: bool  # False: the same bytes were already in the registry
    linked: bool  # False: already attached to this record
    has_text: bool


def attach(
    conn: sqlite3.Connection,
    record_id: int,
    record_key: str,
    facts: FileFacts,
    original_location: str | None = None,
    treaty_reference: str | None = None,
) -> Attached:
    """Attach the examined file to the record (inside a transaction)."""
    row = conn.execute(
        "SELECT id, text IS NOT NULL FROM documents WHERE sha256 = ?", (facts.sha256,)
    ).fetchone()
    stored = row is None
    if row is None:
        document_id, has_text = _store(conn, facts)
    else:
        document_id, has_text = int(row[0]), bool(row[1])
    linked = not conn.execute(
        "SELECT 1 FROM record_documents WHERE record_id = ? AND document_id = ?",
        (record_id, document_id),
    ).fetchone()
    values = {
        "name": facts.path.name,
        "original_location": original_location,
        "treaty_reference": treaty_reference,
    }
    if linked:
        conn.execute(
            "INSERT INTO record_documents (record_id, document_id, name, original_location, "
            "treaty_reference, attached_at) VALUES (?, ?, ?, ?, ?, ?)",
            (record_id, document_id, *values.values(), history.now()),
        )
        history.log(
            conn,
            "document",
            record_id,
            record_key,
            history.INSERT,
            history.inserted({**values, "sha256": facts.sha256}),
        )
    else:
        for column in ("original_location", "treaty_reference"):
            if values[column] is not None:
                conn.execute(
                    f"UPDATE record_documents SET {column} = ? "
                    "WHERE record_id = ? AND document_id = ?",
                    (values[column], record_id, document_id),
                )
    return Attached(
        record_key,
        facts.path.name,
        facts.sha256,
        facts.size,
        facts.media_type,
        stored,
        linked,
        has_text,
    )


def _store(conn: sqlite3.Connection, facts: FileFacts) -> tuple[int, bool]:
    """Index the file's text, then copy its bytes into a new row CHUNK at a time, checking
    that it still has the digest it was examined with."""
    text = extract_text(facts.path, facts.media_type)
    cursor = conn.execute(
        "INSERT INTO documents (sha256, size, media_type, text, added_at) VALUES (?, ?, ?, ?, ?)",
        (facts.sha256, facts.size, facts.media_type, text, history.now()),
    )
    document_id = int(cursor.lastrowid or 0)
    if text:
        conn.execute("INSERT INTO document_index (rowid, text) VALUES (?, ?)", (document_id, text))
    # zeroblob: SQLite reserves the pages without the bytes in memory; blobopen fills them.
    conn.execute(
        "INSERT INTO document_content (id, content) VALUES (?, zeroblob(?))",
        (document_id, facts.size),
    )
    digest = hashlib.sha256()
    with (
        facts.path.open("rb") as handle,
        conn.blobopen("document_content", "content", document_id) as blob,
    ):
        written = _copy(handle, blob, digest, facts.size)
    if written != facts.size or digest.hexdigest() != facts.sha256:
        from kerjasama_cli.domain.errors import Refusal

        raise Refusal("{path}: the file changed while it was being attached", path=facts.path)
    return document_id, bool(text)


def _copy(handle: BinaryIO, blob: Any, digest: Any, size: int) -> int:
    written = 0
    for block in chunks(handle):
        if written + len(block) > size:
            return written + len(block)  # grew since it was examined
        blob.write(block)
        digest.update(block)
        written += len(block)
    return written


def documents_of(conn: sqlite3.Connection, record_id: int) -> list[dict[str, Any]]:
    """The documents attached to one record, in the order they were attached."""
    conn.row_factory = sqlite3.Row
    try:
        return [
            dict(row)
            for row in conn.execute(
                "SELECT d.id, d.sha256, d.size, d.media_type, rd.name, rd.original_location, "
                "rd.treaty_reference, rd.attached_at, d.text IS NOT NULL AS has_text "
                "FROM record_documents rd JOIN documents d ON d.id = rd.document_id "
                "WHERE rd.record_id = ? ORDER BY rd.attached_at, d.id",
                (record_id,),
            )
        ]
    finally:
        conn.row_factory = None


def read_content(conn: sqlite3.Connection, document_id: int) -> Iterator[bytes]:
    """A stored document's bytes, CHUNK at a time (never the whole BLOB at once)."""
    with conn.blobopen("document_content", "content", document_id, readonly=True) as blob:
        while block := blob.read(CHUNK):
            yield block


def check_documents(conn: sqlite3.Connection) -> Iterator[Finding]:
    """Every stored document re-read against its digest and size ("changed"; "missing" when its
    bytes are gone), every attachment whose document is gone ("missing"), every document no
    record uses ("unattached")."""
    if not has_documents(conn):
        return
    for document_id, sha, size in conn.execute(
        "SELECT id, sha256, size FROM documents ORDER BY id"
    ).fetchall():
        digest, length = hashlib.sha256(), 0
        try:
            for block in read_content(conn, document_id):
                digest.update(block)
                length += len(block)
        except sqlite3.Error:  # no such row: the bytes are gone
            yield about(
                "documents", f"document {sha[:12]}", "missing: its bytes are not stored", "error"
            )
            continue
        if length != size or digest.hexdigest() != sha:
            yield about(
                "documents",
                f"document {sha[:12]}",
                "changed: its bytes no longer match sha256 {sha}… ({size} bytes)",
                "error",
                sha=sha[:12],
                size=size,
            )
    for key, name, document_id in conn.execute(
        "SELECT r.key, rd.name, rd.document_id FROM record_documents rd "
        "JOIN records r ON r.id = rd.record_id "
        "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = rd.document_id)"
    ).fetchall():
        yield about(
            "documents",
            key,
            "missing: {name} (document {id}) is not stored",
            "error",
            name=name,
            id=document_id,
        )
    for (sha,) in conn.execute(
        "SELECT sha256 FROM documents d WHERE NOT EXISTS "
        "(SELECT 1 FROM record_documents rd WHERE rd.document_id = d.id)"
    ).fetchall():
        yield about("documents", f"document {sha[:12]}", "attached to no record")


def has_documents(conn: sqlite3.Connection) -> bool:
    """Whether the registry has the documents tables (migration m018) and any document."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'"
    ).fetchone():
        return False
    return conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None


def matching_records(
    conn: sqlite3.Connection, fts: str, records_fts: str, where: str, params: list[Any]
) -> Iterator[tuple[int, str, str]]:
    """(record id, document name, passage) for documents whose text matches `fts`, of records
    that pass `where` (a filter's WHERE over `records r`, `partners p`, `leaders l`) and whose
    own text does not match `records_fts` (the records' index found those), best first."""
    narrow = f" AND {where.removeprefix(' WHERE ')}" if where else ""
    sql = (
        "SELECT rd.record_id, rd.name, snippet(document_index, 0, char(2), char(3), '…', 14) "
        "FROM document_index JOIN record_documents rd ON rd.document_id = document_index.rowid "
        "JOIN records r ON r.id = rd.record_id LEFT JOIN partners p ON p.id = r.partner_id "
        "LEFT JOIN leaders l ON l.id = r.governor_id "
        "WHERE document_index MATCH ? AND r.id NOT IN "
        f"(SELECT rowid FROM search_index WHERE search_index MATCH ?){narrow} "
        "ORDER BY bm25(document_index), rd.record_id"
    )
    try:
        yield from conn.execute(sql, [fts, records_fts, *params])
    except sqlite3.OperationalError:
        return  # a query naming record columns (title:word) does not apply to documents


def export_documents(conn: sqlite3.Connection, f: Any, folder: Path) -> int:
    """Write the documents of the records matching filter `f` into `folder` (created), each
    once as `<sha256><suffix>`, streamed, and `documents.json` listing every attachment (record
    key, file name, sha256, media type, where the original is, treaty reference). Returns the
    number of files."""
    import json

    from kerjasama_cli.store.queries.filters import where_clause

    where, params = where_clause(conn, f)
    rows = []
    if has_documents(conn):
        rows = conn.execute(
            "SELECT r.key, rd.name, d.id, d.sha256, d.media_type, d.size, "
            "rd.original_location, rd.treaty_reference FROM records r "
            "LEFT JOIN partners p ON p.id = r.partner_id "
            "JOIN record_documents rd ON rd.record_id = r.id "
            f"JOIN documents d ON d.id = rd.document_id{where} ORDER BY r.id, rd.attached_at",
            params,
        ).fetchall()
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    manifest = []
    for key, name, document_id, sha, media, size, original, treaty in rows:
        if sha not in written:
            written[sha] = sha + Path(name).suffix.lower()
            temporary = folder / f".{written[sha]}.tmp"
            with temporary.open("wb") as out:
                for block in read_content(conn, document_id):
                    out.write(block)
            temporary.replace(folder / written[sha])
        manifest.append(
            {
                "record": key,
                "name": name,
                "file": written[sha],
                "sha256": sha,
                "media_type": media,
                "size": size,
                "original_location": original,
                "treaty_reference": treaty,
            }
        )
    (folder / "documents.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return len(written)
