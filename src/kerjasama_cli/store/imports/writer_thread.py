"""The import's inserts on a second thread: SQLite writes one batch while Python parses the next.

SQLite releases the GIL inside each `sqlite3_step`, so a thread that runs a batch's inserts
leaves the main thread free to validate the next batch on the other core. Not with
`executemany`, though: it takes the GIL back after every row, and a thread waiting for the GIL
waits for the holder's switch interval (5 ms), so the two threads would mostly take turns. Each
insert is instead one statement of many rows (`INSERT ... VALUES (...), (...), ...`, as many as
SQLite's variable limit allows): binding its values is one C loop, and the whole statement runs
in one step without the GIL.

One batch is in flight at a time, on the one connection of the import's transaction. The caller
uses the connection itself only after `wait()` (which re-raises what failed in the thread, so
the transaction still rolls back), and `close()` waits for the thread before the transaction
ends, whatever happened: a Ctrl-C (or two) while it waits is raised once the thread is done.
sqlite3 connections are opened with `check_same_thread=False` for this
(store/database/connection.py); nothing else uses a connection from two threads.
"""

from __future__ import annotations

import contextvars
import sqlite3
import sys
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

from kerjasama_cli.store.database import interrupts

Rows = Sequence[Sequence[Any]]
MAX_ROWS = 1024  # rows per statement: ~10 statements a batch, each a long step without the GIL
# While the writer thread runs: how long it may wait for the GIL after a statement before the
# main thread is made to yield it (Python's default is 5 ms, a long stall per statement).
SWITCH_INTERVAL = 0.001


class BatchWriter:
    """Runs each batch's inserts on one worker thread; at most one batch in flight."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.conn = conn
        self.limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="kerjasama-import")
        self.pending: Any = None
        self.statements: dict[tuple[str, int], str] = {}
        self.interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self.interval, SWITCH_INTERVAL))

    def submit(
        self, writes: Sequence[tuple[str, Rows]], then: Callable[[], None] | None = None
    ) -> None:
        """Insert `writes` ((single-row INSERT ... VALUES (?, ...), rows), in order), then call
        `then`, on the thread, after the batch before them; returns at once."""
        self.wait()
        work = [(sql, rows) for sql, rows in writes if rows]
        if work or then is not None:
            # In the caller's context: what a write reads from context variables (the
            # command name history rows record) is the same on either thread.
            context = contextvars.copy_context()
            self.pending = self.executor.submit(context.run, self._write, work, then)

    def wait(self) -> None:
        """Until the batch in flight is written; what failed there is raised here."""
        if self.pending is not None:
            # Cleared only once the batch is written: a Ctrl-C that stops this wait leaves it
            # pending, and close() waits for it.
            self.pending.result()
            self.pending = None

    def close(self) -> None:
        """Wait for the thread and stop it; a Ctrl-C meanwhile is raised once it has stopped.
        Errors of the batch in flight are dropped: the caller calls this before it commits
        (nothing is in flight then) or when it is already failing."""
        try:
            # The transaction must not end while the thread still writes into it (after a
            # rollback its inserts would commit on their own), and a Ctrl-C must not cut this
            # wait short: Python 3.11's Thread.join, interrupted, takes the thread for stopped.
            with interrupts.deferred():
                self.executor.shutdown(wait=True)
        finally:
            self.pending = None
            sys.setswitchinterval(self.interval)

    def _write(self, work: Sequence[tuple[str, Rows]], then: Callable[[], None] | None) -> None:
        interrupts.pause("writer", linger=1.0)
        for sql, rows in work:
            self.insert(sql, rows)
        if then is not None:
            then()

    def insert(self, sql: str, rows: Rows) -> None:
        """`rows` through the single-row INSERT `sql`, in multi-row statements of a power of two
        rows each (1,024 at most, within the variable limit): few distinct statements, each
        prepared once and kept in the statement cache, so memory stays flat."""
        width = len(rows[0])
        size = MAX_ROWS
        while size > 1 and size * width > self.limit:
            size //= 2
        start, count = 0, len(rows)
        while start < count:
            while size > count - start:
                size //= 2
            chunk = rows[start : start + size]
            self.conn.execute(self._statement(sql, size), list(chain.from_iterable(chunk)))
            start += size

    def _statement(self, sql: str, count: int) -> str:
        found = self.statements.get((sql, count))
        if found is None:
            head, values, marks = sql.rpartition("VALUES")
            if not values:
                raise ValueError(f"not a single-row INSERT ... VALUES: {sql}")
            found = f"{head}VALUES {', '.join([marks.strip()] * count)}"
            self.statements[(sql, count)] = found
        return found
