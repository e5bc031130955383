"""The key that signs `serve --sign-in`'s session cookies, kept so a restart signs no one out.

Datasette signs a member's `ds_actor` cookie (and every form's CSRF token) with its `--secret`,
random at each start unless given: every restart of `serve` (a reboot, a systemd restart, an
upgrade) signed the whole team out. `REGISTRY.serve-secret` keeps one per registry, made once
(64 hex digits from `secrets`, mode 0600, created with O_EXCL so two servers starting at once
agree) and read at every start.

Beside the registry, as `REGISTRY.accounts.json` is (accounts/book.py), and not in the user's
config directory (platformdirs): the key belongs with the accounts it signs in, two registries
served by one person have two teams and two keys, and a registry moved with its accounts keeps
its sessions. Never in the SQLite file: `serve` never writes it, and a copy of the registry sent
to someone would carry a key that lets its reader forge any member's cookie.

Rotating it signs everyone out: `serve --sign-in --new-secret`, or delete the file (a new one is
made at the next start). A key that others may read is refused (anyone who reads it can sign in
as any member). `DATASETTE_SECRET`, or `--secret` after `--`, still wins: the file is then not read.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from pathlib import Path

from kerjasama_cli.domain.errors import KerjasamaError, Refusal
from kerjasama_cli.i18n import said

SUFFIX = ".serve-secret"
_KEY = re.compile(r"[0-9a-f]{64}")


class KeyNotKept(KerjasamaError):
    """The key could not be written beside the registry (a read-only directory, a full disk)."""


def secret_path(registry: Path) -> Path:
    """Where the session key of `registry` is kept."""
    return registry.with_name(registry.name + SUFFIX)


def session_secret(registry: Path, renew: bool = False) -> str:
    """The key for `registry`'s sessions: read, made on first use, or (`renew`) replaced.

    Raises KeyNotKept (exit 1) when it cannot be written, KerjasamaError (exit 1) when it
    cannot be read, Refusal (exit 2) when the file is not a key or others may read it."""
    path = secret_path(registry)
    if renew:
        return _replace(path)
    try:
        return _create(path)
    except FileExistsError:
        return _read(path)


def _create(path: Path) -> str:
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise
    except OSError as error:
        raise KeyNotKept(said("{path}: cannot be written ({reason})", error, path=path)) from None
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key + "\n")
    return key


def _replace(path: Path) -> str:
    temporary = path.with_name(f".{path.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        key = _create(temporary)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise KeyNotKept(said("{path}: cannot be written ({reason})", error, path=path)) from None
    return key


def _read(path: Path) -> str:
    try:
        mode = path.stat().st_mode
        text = path.read_text("ascii", errors="replace").strip()
    except OSError as error:
        raise KerjasamaError(said("{path}: cannot be read ({reason})", error, path=path)) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise Refusal(
            "{path}: others may read this sign-in key (mode {mode}) and sign in as any member; "
            "chmod 600 {path}, or delete it (members sign in again)",
            2,
            path=path,
            mode=f"{stat.S_IMODE(mode):04o}",
        )
    if not _KEY.fullmatch(text):
        raise Refusal(
            "{path}: not a kerjasama sign-in key (left untouched); delete it and a new one is "
            "made (members sign in again)",
            2,
            path=path,
        )
    return text
