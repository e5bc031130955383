"""The state of one run: the global options, the database a command opens, the stores it has
open (closed, or discarded on failure, by `handles_errors` in cli/error_handling.py)."""

import os
from pathlib import Path
from typing import Any, Optional

import typer

from kerjasama_cli.cli.messages import notice
from kerjasama_cli.store.database.connection import ENV_VAR, Store, open_store, resolve_path

# Stores a command opened, closed when it returns (tests run many commands in one process).
OPEN_STORES: list[Store] = []

# What a command did that its user is told only if the command succeeds: a registry it created
# is removed again when it fails (`Store.discard`), and must not have been announced by then.
ON_SUCCESS: list[tuple[str, dict[str, Any]]] = []

# The global `kerjasama --db X` option; set by the app callback on every invocation.
GLOBAL_OPTIONS: dict[str, Any] = {"db": None, "lang": None}


def open_db(db: Optional[Path], create: bool = True, reads_only: bool = False) -> Store:
    """Open the database named by the command's `--db`, the global one, or the defaults.

    A database created here is loaded from the bundled seed, with a notice on stderr once the
    command has succeeded (`tell_outcome`); only the per-user default's directory is created
    if missing. A file this process may not write opens
    read-only (writes are refused with one line). The command's failure removes a new file.

    `reads_only`: the command uses the registry as context and writes nothing to it (`extract`
    without --import): a registry that does not exist is not created; the bundled seed is read
    in memory instead, with a notice, and no file is left behind.
    """
    path = db_path(db)
    if reads_only and not path.is_dir() and not (path.exists() and path.stat().st_size > 0):
        from kerjasama_cli.seed import apply_seed
        from kerjasama_cli.store.database.memory import memory_store

        store = memory_store(path, apply_seed)
        OPEN_STORES.append(store)
        notice(
            "{path}: no such registry; read the bundled seed instead (nothing written)", path=path
        )
        return store

    def seed(store: Store) -> None:
        from kerjasama_cli.seed import apply_seed

        counts = apply_seed(store)
        ON_SUCCESS.append(
            (
                "created {path} and loaded the bundled seed ({rows} rows)",
                {"path": store.path, "rows": counts["inserted"]},
            )
        )

    store = open_store(path, create=create, make_parent=is_default(db), on_create=seed)
    OPEN_STORES.append(store)
    from kerjasama_cli.store.database.migration_steps.identity import NOTICES

    while NOTICES:  # what an upgrade of this file did that its user should know
        typer.echo(f"kerjasama: {store.path}: {NOTICES.pop(0)}", err=True)
    return store


def tell_outcome(ok: bool) -> None:
    """Say what the command did that holds only if it succeeded (`ok`); forget it otherwise."""
    said = list(ON_SUCCESS) if ok else []
    ON_SUCCESS.clear()
    for message, values in said:
        notice(message, **values)


def is_default(db: Optional[Path]) -> bool:
    """Whether no `--db` and no $KERJASAMA_DB chose the file: the per-user default applies."""
    return not (db or GLOBAL_OPTIONS["db"] or os.environ.get(ENV_VAR))


def db_path(db: Optional[Path]) -> Path:
    """The command's `--db`, else the global one, else $KERJASAMA_DB or the default."""
    return resolve_path(db or GLOBAL_OPTIONS["db"])
