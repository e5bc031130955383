"""Ctrl-C and the commit: a write either rolls back whole, or is committed and said to be.

Python's own SIGINT handler raises KeyboardInterrupt wherever the main thread is, and a
KeyboardInterrupt can be lost on the way out: SQLite turns one raised inside a Python SQL
function into "user-defined function raised exception" (an OperationalError), and any broad
`except`/`suppress` drops it. This handler raises it just the same, and also notes that a Ctrl-C
came (`seen`). `Store.transaction` asks before it commits: a Ctrl-C seen during the command
rolls the transaction back (`committing`), whatever became of its exception; the CLI asks when
an error ends a command (`seen`: a Ctrl-C turned into a database error is still a Ctrl-C).

A second Ctrl-C right after the first (within SETTLE seconds) is only noted: the first is
already stopping the command, and a second exception would cut its cleanup short, ending the
transaction while the import's writer thread still writes into it.

Around COMMIT itself the handler only notes the signal: a Ctrl-C that lands there cannot stop
the commit (SQLite does not look at Python's signals), so the command goes on as committed.
`keep_after_commit` extends that to the command's end (the import's report of what it saved):
a Ctrl-C after the commit then ends nothing and the command says, truthfully, what it wrote.
Without it, a Ctrl-C during the COMMIT is raised right after it, and the CLI's line says the
changes were saved (`Store.saved`).

The handler is installed only where Python's default one is (main thread): a SIGINT the process
was started to ignore (a background job, nohup) stays ignored.

`pause(POINT)` is a test hook: with KERJASAMA_TEST_PAUSE=POINT in the environment, the command
says `kerjasama: test pause: POINT` on stderr there and waits (10 s at most) for a Ctrl-C, so
that tests/test_interrupt.py sends its signal at a known point rather than after a guessed delay.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

_PAUSE_AT = os.environ.get("KERJASAMA_TEST_PAUSE")  # read once: pause() is on hot paths
_PAUSED: set[str] = set()  # each point pauses once a process


@dataclass
class _State:
    count: int = 0  # the Ctrl-Cs during this command
    holding: bool = False  # noted, not raised: COMMIT (or the block kept after it) is under way
    keep: bool = False  # keep_after_commit: the hold lasts to the command's end
    committed: bool = False  # a transaction of this command committed (the hold may follow)
    raised_at: float | None = None  # when the handler last raised KeyboardInterrupt


_state = _State()
# A Ctrl-C this soon after the one that is stopping the command is only noted: that one's
# exception is on its way out, and a second would cut short the cleanup it runs through (the
# writer thread's wait before the rollback). One later than this (the first was lost, or the
# cleanup is stuck) is raised again.
SETTLE = 3.0


def _handler(signum: int, frame: FrameType | None) -> None:
    _state.count += 1
    if not _state.holding and _raises():
        raise KeyboardInterrupt


def _raises() -> bool:
    """Whether a Ctrl-C noted now is to be raised (see SETTLE); if so, when is remembered."""
    now = time.monotonic()
    if _state.raised_at is not None and now - _state.raised_at < SETTLE:
        return False
    _state.raised_at = now
    return True


def begin() -> None:
    """A command starts: nothing seen or committed yet; the handler in place (main thread, and
    only instead of Python's default handler)."""
    global _state
    _state = _State()
    watch()


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def watch() -> None:
    """Install the handler if Python's default one is in place (idempotent)."""
    if not _main_thread():
        return
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _handler)


def seen() -> bool:
    """Whether a Ctrl-C came during this command (its exception may have been lost)."""
    return _state.count > 0


@contextmanager
def committing() -> Iterator[None]:
    """Around COMMIT: refuses (KeyboardInterrupt, before the commit) if a Ctrl-C came during
    the command; a Ctrl-C during the block is noted, and raised after it unless the command
    keeps its commits (`keep_after_commit`). Only on the main thread, where the handler runs
    (a server's worker thread that commits must neither hold the server's Ctrl-C nor raise
    it)."""
    if not _main_thread():
        yield
        return
    _state.holding = True  # from here the handler notes a Ctrl-C and lets the commit go on
    try:
        if _state.count:
            raise KeyboardInterrupt  # one that came earlier and was lost on its way
        yield
    except BaseException:
        _state.holding = _state.keep and _state.committed
        raise
    _state.committed = True
    if not _state.keep:
        _state.holding = False
        if _state.count:  # it landed during the COMMIT: the CLI says the changes were saved
            raise KeyboardInterrupt


@contextmanager
def deferred() -> Iterator[None]:
    """A wait that a Ctrl-C must not cut short: one that comes is noted, and raised after
    (on the main thread; elsewhere no Ctrl-C is raised anyway)."""
    if not _main_thread():
        yield
        return
    was, before = _state.holding, _state.count
    _state.holding = True
    try:
        yield
    finally:
        _state.holding = was
    if _state.count > before and not was and _raises():
        raise KeyboardInterrupt


def keep_after_commit() -> None:
    """From now on in this command, a commit, once it has begun, is followed through to the
    command's end (`end`): a Ctrl-C from then on is noted and dropped, and the command reports
    what it saved (import's summary)."""
    _state.keep = True


def end() -> None:
    """A command ends: nothing is held any more."""
    _state.keep = _state.holding = False


def pause(point: str, linger: float = 0.0) -> None:
    """Test hook (see the module's docstring): at POINT, say so and wait for a Ctrl-C; then
    wait `linger` seconds more (a worker thread, which the signal does not stop)."""
    if point != _PAUSE_AT or point in _PAUSED:
        return
    _PAUSED.add(point)
    sys.stderr.write(f"kerjasama: test pause: {point}\n")
    sys.stderr.flush()
    deadline = time.monotonic() + 10
    while not _state.count and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(linger)
