"""The team's accounts for `serve --sign-in`: a file of their own beside the registry.

`REGISTRY.accounts.json` (mode 0600) holds each account's name, its password hash (PBKDF2-SHA256
in datasette-auth-passwords' own format, made by its own function, 480,000 rounds and a random
salt) and when it was added. Not in the registry: whatever Datasette serves, a backup, an export
or a copy of the registry sent to someone never carries a hash, and an account belongs to the
installation that serves, not to the data. Beside the registry rather than in the user's config
directory: two registries served by one person have two teams.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kerjasama_cli.domain.errors import KerjasamaError, Refusal, ValidationError
from kerjasama_cli.i18n import said

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MIN_PASSWORD = 8
SUFFIX = ".accounts.json"


@dataclass(frozen=True)
class Account:
    """One account: its name, password hash and when it was added (UTC)."""

    name: str
    password_hash: str
    added: str


def book_path(registry: Path) -> Path:
    """Where the accounts of `registry` are kept."""
    return registry.with_name(registry.name + SUFFIX)


def check_name(name: str) -> str:
    """A name datasette-auth-passwords can key (`NAME_password_hash`), else exit 2."""
    if not NAME.fullmatch(name) or "_password_hash" in name:
        raise ValidationError(
            "NAME",
            name,
            "expected 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
        )
    return name


def check_password(password: str) -> str:
    """At least MIN_PASSWORD characters, not only spaces; the value is never quoted back."""
    if len(password.strip()) < MIN_PASSWORD:
        raise ValidationError(
            "password", None, "too short: expected at least {n} characters", n=MIN_PASSWORD
        )
    return password


def load(path: Path) -> dict[str, Account]:
    """The accounts in `path` (none when the file does not exist), by name."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise KerjasamaError(said("{path}: cannot be read ({reason})", error, path=path)) from None
    try:
        items = json.loads(text)["accounts"]
        return {a["name"]: Account(a["name"], a["password_hash"], a["added"]) for a in items}
    except (ValueError, KeyError, TypeError):
        raise Refusal("{path}: not a kerjasama accounts file (left untouched)", path=path) from None


def save(path: Path, accounts: dict[str, Account]) -> None:
    """Write every account, readable by this user alone, whole or not at all."""
    items = [vars(a) for a in sorted(accounts.values(), key=lambda a: a.name)]
    text = json.dumps({"accounts": items}, indent=2, ensure_ascii=False) + "\n"
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as error:
        # On a read-only file system removing fails too, naming the hidden temporary: the
        # error said is the write's, naming the file asked for.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise KerjasamaError(
            said("{path}: cannot be written ({reason})", error, path=path)
        ) from None


def hash_password(password: str) -> str:
    """The hash datasette-auth-passwords checks at sign-in (its own function)."""
    from datasette_auth_passwords.utils import hash_password as plugin_hash

    return str(plugin_hash(password))


def add(path: Path, name: str, password: str, replace: bool = False) -> Account:
    """Add (or with `replace`, change the password of) account `name`."""
    accounts = load(path)
    if name in accounts and not replace:
        raise ValidationError(
            "NAME", name, "already has an account; `users add NAME --replace` sets a new password"
        )
    added = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    account = Account(check_name(name), hash_password(check_password(password)), added)
    accounts[name] = account
    save(path, accounts)
    return account


def remove(path: Path, name: str) -> None:
    """Remove account `name` (exit 2 when there is none)."""
    accounts = load(path)
    if name not in accounts:
        known = ", ".join(sorted(accounts)) or "none"
        raise ValidationError("NAME", name, "no such account (accounts: {known})", known=known)
    del accounts[name]
    save(path, accounts)
