"""Find, check and open the database file.

Reads go through a plain `sqlite3` connection because `list` must start as fast as
`sqlite-utils rows`; `Store.db` wraps the same connection in a `sqlite_utils.Database` for the
write paths that use its helpers (bulk inserts, full-text search), imported only then.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kerjasama_cli.domain.errors import KerjasamaError, Refusal, sqlite_words
from kerjasama_cli.i18n import said
from kerjasama_cli.store.database import interrupts
from kerjasama_cli.store.database.migrations import MIGRATIONS, applied, migrate

if TYPE_CHECKING:
    import sqlite_utils

ENV_VAR = "KERJASAMA_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class StoreRefused(Refusal):
    """The file is not ours to open (not SQLite, not kerjasama, or newer): exit 2, untouched."""

    exit_code = 2

    def __init__(self, msgid: str, **values: object) -> None:
        super().__init__(msgid, 2, **{k: sqlite_words(v) for k, v in values.items()})


class ReadOnlyStore(Refusal):
    """A write to a registry this process may only read (exit 1)."""


_NEWER = "{path}: schema is newer than this kerjasama ({name}); upgrade kerjasama (left untouched)"
_NOT_WRITABLE = "{path}: cannot create: directory {parent} is not writable"
_READ_ONLY = "{path}: read-only (no write permission on the file or its directory); nothing was changed"  # noqa: E501  # fmt: skip


# A test-only knob: cap the database at this many pages, so a test can fill the "disk".
MAX_PAGES_ENV = "KERJASAMA_MAX_PAGE_COUNT"
PAGE_SIZE = 8192


def default_path() -> Path:
    """The per-user data directory's `kerjasama.db` (platformdirs knows each OS's convention)."""
    from platformdirs import user_data_path

    return user_data_path("kerjasama", appauthor=False) / "kerjasama.db"


def resolve_path(option: str | os.PathLike[str] | None) -> Path:
    """`--db` wins, then `$KERJASAMA_DB`, then the per-user default."""
    if option:
        return Path(option).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return default_path()


@dataclass
class Store:
    """An open, migrated database.

    `read_only`: the file or its directory is not writable by this process; reads work (the
    file is opened immutable, so SQLite creates no -wal/-shm beside it) and every write is
    refused with one line naming the file.
    """

    path: Path
    conn: sqlite3.Connection
    created: bool = False  # the file was missing or empty: the schema (and seed) are new
    read_only: bool = False
    new_file: bool = False  # this process created the file: a failed command removes it
    committed: bool = False  # a transaction of this process committed (kept unless discarded)
    _db: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        from kerjasama_cli.store.records import sectors

        sectors.install(self.conn)  # its added sectors are known from now on

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the same connection (imported lazily: it is slow to import)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: commit on success, roll back on any exception (Ctrl-C included, and
        a Ctrl-C whose exception was lost on the way: store/database/interrupts.py).

        IMMEDIATE takes the write lock up front, waiting up to the busy timeout for another
        writer: a deferred transaction that read first could not upgrade its lock later and
        would fail with "database is locked" at once.
        """
        if self.read_only:
            raise ReadOnlyStore(_READ_ONLY, path=self.path)
        interrupts.watch()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            # SQLite has already rolled back after some errors (SQLITE_FULL, I/O errors).
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            # Not if a Ctrl-C came on the way (its exception lost somewhere): rolled back.
            with interrupts.committing():
                interrupts.pause("commit")
                self.conn.execute("COMMIT")
                self.committed = True
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM kerjasama_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()

    @property
    def saved(self) -> bool:
        """Whether this process's commits stay if the command now fails: not in a file it
        created or filled (`discard` takes those away)."""
        return self.committed and not (self.new_file or self.created)

    def discard(self) -> None:
        """Close, and undo the creation of a database this process created or filled.

        A file this process created goes, with its -wal and -shm; an empty file that was
        there before is left empty again.
        """
        self.conn.close()
        if self.new_file:
            _remove(self.path)
        elif self.created:
            self.path.write_bytes(b"")
            _remove(self.path, suffixes=("-wal", "-shm", "-journal"))


def _remove(path: Path, suffixes: tuple[str, ...] = ("", "-wal", "-shm", "-journal")) -> None:
    for suffix in suffixes:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def writable(path: Path) -> bool:
    """Whether this process may write the file and create its -wal/-shm beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_location(path: Path, make_parent: bool) -> None:
    """Refuse a directory, or a file in a directory that does not exist (unless we make it)."""
    if path.is_dir():
        raise StoreRefused("{path}: is a directory; expected a database file", path=path)
    parent = path.parent
    if parent.is_dir():
        return
    if parent.exists():
        raise StoreRefused("{path}: {parent} is not a directory", path=path, parent=parent)
    if not make_parent:
        raise StoreRefused(
            "{path}: directory {parent} does not exist; create it first"
            " (only the default location is created automatically)",
            path=path,
            parent=parent,
        )
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KerjasamaError(
            said("{path}: cannot create {parent}: {reason}", error, path=path, parent=parent)
        ) from None


def _read_only_uri(path: Path) -> str:
    """A read-only URI for a file we may not write.

    A WAL database needs its -shm index to be read. Without write access, SQLite (3.22+) can
    read it only if -wal and -shm already exist, can be created, or the file is `immutable`.
    Creating them would leave files with the database's read-only mode that keep writes failing
    once the permission is restored, so: immutable, unless a non-empty -wal holds committed
    pages that are not yet in the main file (then plain read-only, which reads them).
    """
    wal = Path(f"{path}-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    return f"{path.resolve().as_uri()}?mode=ro" + ("" if pending else "&immutable=1")


def _inspect(path: Path, read_only: bool) -> list[str]:
    """Refuse, without writing a byte, a file that is not a kerjasama database we understand.

    Returns the names of the migrations the file has (empty for an empty or new file).
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreRefused(said("{path}: cannot be read: {reason}", error, path=path)) from None
    if not header:
        return []  # an empty file is an empty database
    if header != SQLITE_HEADER:
        raise StoreRefused("{path}: not a SQLite database (left untouched)", path=path)
    uri = _read_only_uri(path) if read_only else f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise StoreRefused("{path}: cannot be opened: {error}", path=path, error=error) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return []
        if "_kerjasama_migrations" not in tables:
            raise StoreRefused("{path}: not a kerjasama database (left untouched)", path=path)
        names = applied(conn)
    except sqlite3.DatabaseError as error:
        raise StoreRefused(
            "{path}: unreadable database: {error} (left untouched)", path=path, error=error
        ) from None
    finally:
        conn.close()
    known = {fn.__name__ for fn in MIGRATIONS}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise StoreRefused(_NEWER, path=path, name=unknown[0])
    return names


def _register_today(conn: sqlite3.Connection) -> None:
    # Validity statuses compare with "today" in SQL; $KERJASAMA_TODAY fixes it for tests.
    from kerjasama_cli.domain.validity import today

    day = today().isoformat()
    conn.create_function("kerjasama_today", 0, lambda: day, deterministic=True)


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the project's pragmas: WAL, a busy timeout, foreign keys."""
    # isolation_level=None: transactions are explicit (Store.transaction), never implicit.
    # check_same_thread=False: a bulk import hands its batches' inserts to one writer thread
    # (store/imports/writer_thread.py), never using the connection from both threads at once.
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # A new registry's pages are 8 KB, not SQLite's 4 KB: fewer page headers and part-filled
    # page ends, 4 bytes a record at a million (issue 12); an existing file keeps its size (it
    # changes only with VACUUM). Before WAL mode, which fixes it.
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if os.environ.get(MAX_PAGES_ENV):
        conn.execute(f"PRAGMA max_page_count = {int(os.environ[MAX_PAGES_ENV])}")
    _register_today(conn)
    return conn


def _open_read_only(path: Path, names: list[str]) -> Store:
    """Open a registry this process may not write: reads only, nothing created beside it.

    A file from an older kerjasama cannot be upgraded in place, so it is copied into memory
    (SQLite's backup API) and the copy upgraded: the reads see the current schema, the file
    stays as it is, and writes are refused as for any read-only registry.
    """
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, isolation_level=None)
        if len(names) < len(MIGRATIONS):
            memory = sqlite3.connect(":memory:", isolation_level=None)
            conn.backup(memory)
            conn.close()
            conn = memory
            migrate(conn)
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise StoreRefused(
            "{path}: cannot be opened read-only: {error}", path=path, error=error
        ) from None
    _register_today(conn)
    return Store(path=path, conn=conn, read_only=True)


def _create_exclusively(path: Path) -> bool:
    """Create the empty file; False if it already exists (empty, or another process's)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except FileExistsError:
        return False
    except OSError as error:
        raise KerjasamaError(said("{path}: cannot create: {reason}", error, path=path)) from None
    return True


def _claim_new(conn: sqlite3.Connection) -> bool:
    """Whether this process is the one to fill a new registry: the first to mark it, under the
    write lock, is; the others see the mark."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        taken = conn.execute("SELECT 1 FROM kerjasama_meta WHERE key = 'created_at'").fetchone()
        if not taken:
            conn.execute(
                "INSERT INTO kerjasama_meta (key, value) VALUES ('created_at', ?)",
                (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return not taken


def open_store(
    path: Path,
    *,
    create: bool = True,
    make_parent: bool = False,
    on_create: Callable[[Store], None] | None = None,
) -> Store:
    """Open (creating if allowed) and migrate the database at `path`.

    `make_parent`: create a missing parent directory (the per-user default only; an explicit
    path in a directory that does not exist is refused). `on_create` runs once for a database
    this call created, e.g. to load the bundled seed; if it fails, the new file is removed.
    A file this process may not write opens read-only (see `Store`).
    """
    _check_location(path, make_parent)
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        names = _inspect(path, read_only=not writable(path))
        if not writable(path):
            return _open_read_only(path, names)
    elif not create:
        raise Refusal("{path}: no such database; run 'kerjasama init'", path=path)
    elif not os.access(path.parent, os.W_OK):
        raise Refusal(_NOT_WRITABLE, path=path, parent=path.parent)
    new_file = False if exists else _create_exclusively(path)
    try:
        conn = connect(path)
    except sqlite3.Error as error:
        if new_file:
            _remove(path)
        raise StoreRefused("{path}: cannot be opened: {error}", path=path, error=error) from None
    store = Store(path=path, conn=conn, created=False, new_file=new_file)
    try:
        migrate(conn)
        # Several processes may find the same new file at once: one fills it, the others
        # use it as it is (and only the one that filled it may undo that on failure).
        store.created = not exists and _claim_new(conn)
        if store.created and on_create is not None:
            on_create(store)
    except BaseException as error:
        store.discard()
        if isinstance(error, sqlite3.DatabaseError):
            raise StoreRefused(
                "{path}: cannot be opened: {error}", path=path, error=error
            ) from None
        raise
    return store


def inspect_registry(path: Path) -> tuple[list[str], list[str]]:
    """Without writing a byte: the migrations an existing registry has and those it lacks.

    Raises StoreRefused for a missing file, a directory, or a file that is not a kerjasama
    registry this version understands (`kerjasama serve` checks before it starts)."""
    if path.is_dir():
        raise StoreRefused("{path}: is a directory; expected a registry file", path=path)
    if not path.exists() or path.stat().st_size == 0:
        raise StoreRefused("{path}: no such registry; create one with 'kerjasama init'", path=path)
    names = _inspect(path, read_only=not writable(path))
    if not names:
        raise StoreRefused("{path}: not a kerjasama database (left untouched)", path=path)
    return names, [fn.__name__ for fn in MIGRATIONS if fn.__name__ not in set(names)]


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write the file nor create anything beside a read-only one."""
    uri = _read_only_uri(path) if not writable(path) else f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    _register_today(conn)
    return conn
