"""Backups and restores of the registry file, through SQLite's online backup API.

A backup is a consistent snapshot even while another process writes: the copy runs inside
one read transaction on the source (WAL lets writers carry on meanwhile). It is written to a
temporary file beside the target, checked, fsynced and renamed into place, so a crash never
leaves a half-written backup under the target's name.

A restore checks the copy first (SQLite, integrity, a kerjasama registry, a schema this
version knows), builds the new registry in a temporary file beside the current one (upgraded
to the current schema), and swaps it in with one atomic rename.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kerjasama_cli.domain.errors import Refusal, sqlite_words
from kerjasama_cli.i18n import os_reason
from kerjasama_cli.store.database.connection import SQLITE_HEADER, Store, writable
from kerjasama_cli.store.database.migrations import MIGRATIONS, applied, migrate

# The tables a person recognises, counted before and after a backup or restore.
COUNTED = ("records", "partners", "sources", "reported_figures", "documents", "history")
STEP_PAGES = 256  # pages copied per backup step, between two progress reports

# Lines said of a backup's or a restore's target (msgids: `Refusal`).
_NO_DIRECTORY = "{path}: directory {parent} does not exist"
_NOT_WRITABLE = "{path}: cannot write: directory {parent} is not writable"

Progress = Callable[[int, int], None]  # (pages copied, total pages)


class BackupRefused(Refusal):
    """A backup or restore that would overwrite or use the wrong file: exit 2, nothing done.
    A msgid and its values, said in the user's language."""

    def __init__(self, msgid: str, **values: object) -> None:
        super().__init__(msgid, 2, **values)


@dataclass
class Snapshot:
    """What a registry file holds: row counts and schema version."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    schema: int = 0
    size: int = 0

    def describe(self) -> str:
        """`95 records, 38 partners, 12 sources` (the tables that have rows)."""
        parts = [f"{n} {_noun(table, n)}" for table, n in self.counts.items() if table != "history"]
        return ", ".join(parts) or "empty"


def _noun(table: str, count: int) -> str:
    singular = {
        "records": "record",
        "partners": "partner",
        "sources": "source",
        "reported_figures": "reported figure",
        "documents": "document",
    }
    noun = singular.get(table, table)
    return noun if count == 1 else noun + "s"


def snapshot(conn: sqlite3.Connection, path: Path) -> Snapshot:
    """Row counts and schema version of an open registry."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts = {
        table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in COUNTED
        if table in tables
    }
    size = path.stat().st_size if path.exists() else 0
    return Snapshot(path=path, counts=counts, schema=len(applied(conn)), size=size)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _file_mode(target: Path) -> int:
    """The mode the file at `target` has, or a new file would get (mkstemp's is 0600)."""
    if target.exists():
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def _temp_beside(target: Path) -> Iterator[Path]:
    """A temporary file in the target's directory (same file system: the rename is atomic),
    removed with its -journal/-wal/-shm unless the caller renamed it into place."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    temp = Path(name)
    temp.chmod(_file_mode(target))
    try:
        yield temp
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)


def _copy(source: sqlite3.Connection, target: Path, progress: Progress | None) -> None:
    """Copy `source` page by page into a new self-contained file (rollback journal, no -wal)."""
    dest = sqlite3.connect(target, isolation_level=None)
    try:
        # One read transaction on the source for the whole copy: every step sees the same
        # snapshot, so writers elsewhere neither restart the copy nor make it inconsistent.
        started = not source.in_transaction
        if started:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            source.backup(
                dest,
                pages=STEP_PAGES,
                progress=(lambda _s, left, total: progress(total - left, total))
                if progress
                else None,
            )
        finally:
            if started:
                source.execute("COMMIT")
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _fsync(target)


def _fsync_dir(directory: Path) -> None:
    # Some file systems cannot fsync a directory; the rename is atomic all the same.
    with contextlib.suppress(OSError):
        _fsync(directory)


def backup(
    store: Store, target: Path, *, force: bool, progress: Progress | None = None
) -> Snapshot:
    """Write a consistent copy of `store` to `target`; refuse an existing target unless `force`."""
    if target.resolve() == store.path.resolve():
        raise BackupRefused("{path}: is the registry itself; choose another file", path=target)
    for suffix in ("-wal", "-shm", "-journal"):
        # SQLite owns these while the registry is open: a copy written there is deleted or
        # overwritten by the next checkpoint, after "backed up" was said.
        if target.resolve() == store.path.resolve().with_name(store.path.name + suffix):
            raise BackupRefused(
                "{path}: is the registry's own {suffix} file; choose another file",
                path=target,
                suffix=suffix,
            )
    if target.is_dir():
        raise BackupRefused(
            "{path}: is a directory; expected a file name for the backup", path=target
        )
    if not target.parent.is_dir():
        raise BackupRefused(_NO_DIRECTORY, path=target, parent=target.parent)
    if target.exists() and not force:
        raise BackupRefused("{path}: already exists; use --force to overwrite it", path=target)
    if not os.access(target.parent, os.W_OK):
        raise Refusal(_NOT_WRITABLE, path=target, parent=target.parent)
    with _temp_beside(target) as temp:
        _copy(store.conn, temp, progress)
        result = _check(temp, label=target)
        os.replace(temp, target)
    _fsync_dir(target.parent)
    result.path = target
    result.size = target.stat().st_size
    return result


def _check(path: Path, label: Path) -> Snapshot:
    """Open `path` read-only and prove it is a sound kerjasama registry this version can use."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise BackupRefused(
            "{path}: cannot be read: {reason}", path=label, reason=os_reason(error)
        ) from None
    if header != SQLITE_HEADER:
        raise BackupRefused("{path}: not a SQLite database", path=label)
    # immutable: read it without creating a -wal/-shm beside someone else's file.
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise BackupRefused("{path}: cannot be opened: {error}", path=label, error=error) from None
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            raise BackupRefused(
                "{path}: damaged (integrity check: {problem})",
                path=label,
                problem=_first_problem(verdict),
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "_kerjasama_migrations" not in tables:
            raise BackupRefused("{path}: not a kerjasama registry", path=label)
        known = {fn.__name__ for fn in MIGRATIONS}
        unknown = [name for name in applied(conn) if name not in known]
        if unknown:
            raise BackupRefused(
                "{path}: schema is newer than this kerjasama ({name}); upgrade kerjasama",
                path=label,
                name=unknown[0],
            )
        return snapshot(conn, path)
    except sqlite3.DatabaseError as error:
        raise BackupRefused(
            "{path}: unreadable database: {error}", path=label, error=sqlite_words(error)
        ) from None
    finally:
        conn.close()


@dataclass
class RestorePlan:
    """A checked copy, ready to replace the registry, and what it will replace."""

    source: Path
    registry: Path
    incoming: Snapshot
    current: Snapshot | None  # None: no registry yet, or not a readable one
    current_exists: bool


def plan_restore(source: Path, registry: Path) -> RestorePlan:
    """Check the copy and describe the registry it would replace; changes nothing."""
    if not source.is_file():
        raise BackupRefused("{path}: no such file", path=source)
    if source.resolve() == registry.resolve():
        raise BackupRefused("{path}: is the registry itself", path=source)
    incoming = _check(source, label=source)
    if not registry.parent.is_dir():
        raise BackupRefused(_NO_DIRECTORY, path=registry, parent=registry.parent)
    exists = registry.exists() and registry.stat().st_size > 0
    current = None
    if exists:
        if not writable(registry):
            raise Refusal(
                "{path}: read-only (no write permission); nothing restored", path=registry
            )
        try:
            current = _check(registry, label=registry)
        except BackupRefused:
            current = None  # a damaged registry is what a restore is for
    elif not os.access(registry.parent, os.W_OK):
        raise Refusal(_NOT_WRITABLE, path=registry, parent=registry.parent)
    return RestorePlan(source, registry, incoming, current, exists)


def _release(registry: Path) -> None:
    """Fold the registry's WAL into it and leave rollback mode, proving nobody else has it open.

    A -wal left beside the new file would be replayed into it: it must be empty and gone.
    """
    conn = sqlite3.connect(registry, timeout=5, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        raise Refusal(
            "{path}: in use by another process ({error}); nothing restored, try again",
            path=registry,
            error=error,
        ) from None
    finally:
        conn.close()
    if mode != "delete":
        raise Refusal(
            "{path}: in use by another process; nothing restored, try again", path=registry
        )


def restore(plan: RestorePlan) -> Snapshot:
    """Replace the registry with the checked copy, atomically; return what is now there."""
    registry = plan.registry
    with _temp_beside(registry) as temp:
        source = sqlite3.connect(f"{plan.source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy(source, temp, None)
        finally:
            source.close()
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            migrate(conn)  # an older copy is upgraded before it goes live, not half-way after
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        _fsync(temp)
        result = _check(temp, label=plan.source)
        if plan.current is not None:
            _release(registry)
        else:
            # A damaged registry's -wal/-shm must not be replayed into the new file.
            for suffix in ("-wal", "-shm"):
                Path(f"{registry}{suffix}").unlink(missing_ok=True)
        os.replace(temp, registry)
    _fsync_dir(registry.parent)
    result.path = registry
    result.size = registry.stat().st_size
    return result


def _first_problem(verdict: list[tuple[str]]) -> str:
    """The integrity check's first problem, on one line, and how many more it found (SQLite
    can put many problems in one row, a line each, under a `*** in database main ***` head)."""
    lines = [
        line.strip()
        for (row,) in verdict
        for line in str(row).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if not lines:
        return "no answer"
    more = len(lines) - 1
    return lines[0] + (f"; {more} more problem{'s' if more > 1 else ''}" if more else "")
