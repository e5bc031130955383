"""Find, check and open the database file.

Reads go through a plain `sqlite3` connection because `list` must start as fast as
`sqlite-utils rows`; `Store.db` wraps the same connection in a `sqlite_utils.Database` for the
write paths that use its helpers (bulk inserts, full-text search), imported only then.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kerjasama_cli.domain.errors import KerjasamaError
from kerjasama_cli.store.migrations import MIGRATIONS, applied, migrate

if TYPE_CHECKING:
    import sqlite_utils

ENV_VAR = "KERJASAMA_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class StoreRefused(KerjasamaError):
    """The file is not ours to open (not SQLite, not kerjasama, or newer): exit 2, untouched."""

    exit_code = 2


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
    """An open, migrated database."""

    path: Path
    conn: sqlite3.Connection
    created: bool = False
    _db: Any = field(default=None, repr=False)

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the same connection (imported lazily: it is slow to import)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: commit on success, roll back on any exception (Ctrl-C included)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM kerjasama_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()


def _inspect(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a kerjasama database we understand."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        return  # an empty file is an empty database
    if header != SQLITE_HEADER:
        raise StoreRefused(f"{path}: not a SQLite database (left untouched)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StoreRefused(f"{path}: cannot be opened: {error}") from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return
        if "_kerjasama_migrations" not in tables:
            raise StoreRefused(f"{path}: not a kerjasama database (left untouched)")
        names = applied(conn)
    except sqlite3.DatabaseError as error:
        raise StoreRefused(f"{path}: unreadable database: {error} (left untouched)") from None
    finally:
        conn.close()
    known = {fn.__name__ for fn in MIGRATIONS}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise StoreRefused(
            f"{path}: schema is newer than this kerjasama ({unknown[0]}); upgrade kerjasama"
            " (left untouched)"
        )


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the project's pragmas: WAL, a busy timeout, foreign keys."""
    # Validity statuses compare with "today" in SQL; $KERJASAMA_TODAY fixes it for tests.
    from kerjasama_cli.domain.validity import today

    day = today().isoformat()
    # isolation_level=None: transactions are explicit (Store.transaction), never implicit.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_function("kerjasama_today", 0, lambda: day, deterministic=True)
    return conn


def open_store(
    path: Path,
    *,
    create: bool = True,
    on_create: Callable[[Store], None] | None = None,
) -> Store:
    """Open (creating if allowed) and migrate the database at `path`.

    `on_create` runs once for a database this call created, e.g. to load the bundled seed.
    """
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        _inspect(path)
    elif not create:
        raise KerjasamaError(f"{path}: no such database; run 'kerjasama init'")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(path)
        migrate(conn)
    except sqlite3.DatabaseError as error:
        raise StoreRefused(f"{path}: cannot be opened: {error}") from None
    store = Store(path=path, conn=conn, created=not exists)
    if store.created and on_create is not None:
        try:
            on_create(store)
        except BaseException:
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
    return store
