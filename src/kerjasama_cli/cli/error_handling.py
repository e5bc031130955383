"""`handles_errors`: every command's wrapper. It turns domain, database and OS errors and Ctrl-C
into one line on stderr and an exit code (never a traceback), closes or discards the stores the
command opened, and gives the command its `--lang` option."""

import functools
import inspect
import os
import sqlite3
from collections.abc import Callable
from typing import Any, Optional, TypeVar

import typer

from kerjasama_cli.cli.invocation import GLOBAL_OPTIONS, OPEN_STORES, tell_outcome
from kerjasama_cli.cli.messages import fail
from kerjasama_cli.cli.options import LangOption
from kerjasama_cli.domain.errors import KerjasamaError, Refusal, ValidationError
from kerjasama_cli.store.database import interrupts

F = TypeVar("F", bound=Callable[..., Any])

# The exit status of a command stopped by Ctrl-C (128 + SIGINT), as shells report it.
INTERRUPTED = 130


def handles_errors(fn: F) -> F:
    """Turn domain and database errors into one line on stderr and an exit code, not a traceback.

    A command that fails leaves no database it created behind (file, -wal and -shm), and does
    not say it created one: that notice is given once the command has succeeded.

    It also gives every command the `--lang` option (so commands added later get it too): the
    language is resolved (option, global option, $KERJASAMA_LANG, locale, Indonesian), made the
    active one (`kerjasama_cli.i18n.active()`), and passed as `lang: str` to a command that
    declares a `lang` parameter of its own.
    """
    signature = inspect.signature(fn, eval_str=True)
    takes_lang = "lang" in signature.parameters
    params = [p for p in signature.parameters.values() if p.name != "lang"]
    params.append(
        inspect.Parameter(
            "lang", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=LangOption
        )
    )

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ok = False
        try:
            interrupts.begin()
            lang = _use_language(kwargs.pop("lang", None))
            if takes_lang:
                kwargs["lang"] = lang
            result = fn(*args, **kwargs)
            ok = True
            return result
        except KerjasamaError as error:
            _if_interrupted()
            raise fail(_said(error), error.exit_code) from None
        except sqlite3.Error as error:
            # A Ctrl-C inside a Python SQL function reaches here as "user-defined function
            # raised exception": still a Ctrl-C.
            _if_interrupted()
            raise fail(database_message(error), 1) from None
        except BrokenPipeError:
            # The reader went away (`| head`): stop at once, quietly, successfully.
            ok = True
            quiet_stdout()
            raise typer.Exit(0) from None
        except OSError as error:
            # A file the command meets that the OS refuses (a missing directory, a full disk)
            # and no layer below named: one line in the user's language, not a traceback.
            _if_interrupted()
            raise fail(os_message(error), 1) from None
        except KeyboardInterrupt:
            # Ctrl-C: the open transaction is rolled back (Store.transaction), so the file is
            # as it was unless a commit had already begun; say which in one line, and exit as
            # a shell does on SIGINT.
            interrupted()
            raise typer.Exit(INTERRUPTED) from None
        except typer.Exit as exit_:
            ok = exit_.exit_code == 0
            raise
        finally:
            interrupts.end()
            while OPEN_STORES:
                store = OPEN_STORES.pop()
                if ok:
                    store.close()
                else:
                    store.discard()
            tell_outcome(ok)

    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper  # type: ignore[return-value]


def _said(error: KerjasamaError) -> str:
    """An error's line in the user's language: a Refusal or a ValidationError through its
    catalogue entries; another error's line looked up whole (a message written as one constant)."""
    from kerjasama_cli.i18n import translator

    if isinstance(error, Refusal | ValidationError):
        return error.translated(translator())
    return translator()(str(error))


def os_message(error: OSError) -> str:
    """An OS error's line: the file it names and why, in the user's language."""
    from kerjasama_cli.i18n import os_reason

    reason = os_reason(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def quiet_stdout() -> None:
    """Point stdout at the null device once its reader has gone, so that what is still in its
    buffer (flushed at exit) meets no closed pipe: Python would print "Exception ignored ...
    BrokenPipeError" on stderr and exit 120. (Typer's test runner has no file descriptor.)"""
    import sys

    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def interrupted() -> None:
    """Say, once per run, that Ctrl-C stopped the command, and whether it had saved changes
    first (a Ctrl-C that landed during or after a commit)."""
    if not GLOBAL_OPTIONS.get("interrupted"):
        GLOBAL_OPTIONS["interrupted"] = True
        from kerjasama_cli.i18n import translator

        t = translator()
        if any(store.saved for store in OPEN_STORES):
            said = t("interrupted after the changes were saved")
        else:
            said = t("interrupted: nothing was written")
        typer.echo(f"kerjasama: {said}", err=True)


def _if_interrupted() -> None:
    """An error that a Ctrl-C caused (its KeyboardInterrupt lost on the way) ends as one."""
    if interrupts.seen():
        interrupted()
        raise typer.Exit(INTERRUPTED) from None


def _use_language(option: Optional[str]) -> str:
    """Resolve and activate the command's language; an unknown one is a usage error (exit 2)."""
    from kerjasama_cli import i18n

    try:
        lang = i18n.resolve(option or GLOBAL_OPTIONS.get("lang"))
    except i18n.LanguageError as error:
        i18n.use(i18n.fallback())  # the line below is said in a language that has words
        choices = ", ".join(i18n.languages())
        raise ValidationError(
            error.where, error.value, "not one of {choices}", choices=choices
        ) from None
    i18n.use(lang)
    return lang


def database_message(error: sqlite3.Error) -> str:
    """One line for a database error, naming the file the command had open, in the user's
    language: SQLite's own words ("database is locked") are English and name no remedy."""
    from kerjasama_cli.i18n import translator
    from kerjasama_cli.store.database.connection import BUSY_TIMEOUT_MS

    t = translator()
    where = str(OPEN_STORES[-1].path) if OPEN_STORES else t("database")
    text = str(error)
    name = getattr(error, "sqlite_errorname", "")
    if "disk is full" in text or name == "SQLITE_FULL":
        return f"{where}: " + t("database or disk is full; nothing was written")
    if name.startswith("SQLITE_READONLY"):
        return f"{where}: " + t("read-only (no write permission); nothing was written")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        # Another process kept the write lock past the busy timeout (an import, a restore).
        return f"{where}: " + t(
            "another program is writing to it (still busy after {seconds} seconds); nothing "
            "was written; try again when it is done"
        ).format(seconds=f"{BUSY_TIMEOUT_MS / 1000:g}")
    reason = t.ctx("sqlite", text)  # SQLite's English, said in the language when it is known
    if name == "SQLITE_CORRUPT" or "malformed" in text:
        return f"{where}: " + t("{reason}; restore a backup (`kerjasama restore PATH`)").format(
            reason=reason
        )
    return f"{where}: {reason}"
