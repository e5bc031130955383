"""Start Datasette on the registry, read-only, with the project's metadata and plugin."""

from __future__ import annotations

import json
import os
import socket
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from kerjasama_cli.domain.errors import Refusal, install_command
from kerjasama_cli.domain.public import Access
from kerjasama_cli.i18n import os_reason

# Datasette's settings for a registry of any size (docs/design.md): no suggested facets
# (each suggestion is a count per column of the page's query, a dozen queries a page at a
# million records); a facet may take half of the 1 s a query may (they read browse_facets'
# indexes: ~50 ms at a million).
SETTINGS = (("suggest_facets", "off"), ("facet_time_limit_ms", "500"))


def available() -> bool:
    """Whether Datasette (the `web` extra) can be imported."""
    try:
        import datasette  # noqa: F401
    except ImportError:
        return False
    return True


def missing_extra() -> Refusal:
    """What serve and `users add` say, in the user's language, when Datasette (the `web` extra)
    cannot be imported: the install commands of a checkout and of the package (exit 2)."""
    return Refusal("serve needs the web extra: {install}", 2, install=install_command("web"))


def check_registry(path: Path) -> bool:
    """Refuse (one line) a file serve cannot serve without writing it; return whether to serve
    it `immutable`: a registry this process may not write, with nothing waiting in a -wal
    beside it (SQLite would not read that), needs no lock or -shm file then."""
    from kerjasama_cli.store.database.connection import inspect_registry, writable

    _, pending = inspect_registry(path)  # missing, not SQLite, not kerjasama: exit 2
    if pending:
        raise Refusal(
            "{path}: the registry's schema is older than this kerjasama ({count} upgrades "
            "pending) and serve never writes it; any other command upgrades it "
            "(kerjasama --db {path} list --limit 1), then serve again",
            path=path,
            count=len(pending),
        )
    wal = Path(f"{path}-wal")
    waiting = wal.exists() and wal.stat().st_size > 0
    return not writable(path) and not waiting


def claim_port(host: str, port: int) -> int:
    """The port to listen on, checked free now (0: any free one), so that a busy port is one
    line before serve says it is serving, not uvicorn's traceback after."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
            return int(probe.getsockname()[1])
    except OSError as error:
        if port == 0:
            raise Refusal(
                "--host {host}: cannot listen there ({reason})", host=host, reason=os_reason(error)
            ) from None
        raise Refusal(
            "--port {port}: cannot listen on {host}:{port} ({reason}); "
            "choose another port, or --port 0 for any free one",
            port=port,
            host=host,
            reason=os_reason(error),
        ) from None


def serve(
    path: Path,
    host: str,
    port: int,
    extra: Sequence[str] = (),
    tiles: str = "offline",
    immutable: bool = False,
    access: Access = Access.local,
    accounts: Mapping[str, str] | None = None,
    secret: str | None = None,
) -> None:
    """Run Datasette on `path` until interrupted.

    A registry we may write is served mutable (`add` and `import` keep writing it and a reload
    shows their rows) but read-only: Datasette's read connections use `mode=ro` and the plugin
    refuses every write permission. One we may not write (a read-only file or directory) is
    served `immutable`: SQLite then needs no lock or -shm file beside it. `extra` goes to
    `datasette serve` as it is (`--setting base_url /kerjasama/`, `--cors`, ...). `tiles`
    picks the map's base layer. `access` says who reads what (domain/public.py); `accounts`
    (name -> password hash) may sign in under `--sign-in`: their hashes reach
    datasette-auth-passwords through this process's environment, never a file or the metadata.
    `secret` signs the members' cookies (accounts/sessions.py; None: Datasette's own, random
    at each start unless `DATASETTE_SECRET` or `--secret` after `--` gives one).
    """
    from datasette import cli
    from datasette.plugins import pm

    from kerjasama_cli.i18n import active
    from kerjasama_cli.web import cells, errors, language, metadata, plugin, search, signin

    # plugin.py keeps its name ("kerjasama", as `datasette plugins` lists it); the others beside.
    modules = {"kerjasama": plugin, "kerjasama.errors": errors, "kerjasama.search": search,
               "kerjasama.language": language, "kerjasama.signin": signin,
               "kerjasama.cells": cells}  # fmt: skip
    for name, module in modules.items():
        if not pm.is_registered(module):
            pm.register(module, name=name)
    # Datasette's own handler logs a traceback with every local for each 404 (web/errors.py).
    pm.set_blocked("datasette.handle_exception")
    if access is not Access.sign_in:
        # No accounts are read: no "Log in" in the menu, no form that could only fail.
        pm.set_blocked("auth_passwords")
    plugin.ACCESS[0] = access
    variables = {name: f"KERJASAMA_SERVE_ACCOUNT_{i}" for i, name in enumerate(accounts or {})}
    for name, variable in variables.items():
        os.environ[variable] = (accounts or {})[name]
    with tempfile.TemporaryDirectory(prefix="kerjasama-serve-") as folder:
        meta = Path(folder) / "metadata.json"
        # In the language of `serve --lang`.
        labels = metadata.build(path.stem, tiles, active(), access, variables)
        meta.write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
        settings = [word for name, value in SETTINGS for word in ("--setting", name, value)]
        files = ["-i", str(path)] if immutable else [str(path)]
        args = [*files, "--metadata", str(meta), "--host", host, "--port", str(port)]
        if secret:  # before `extra`: a `--secret` given after `--` comes later and wins
            args += ["--secret", secret]
        cli.serve.main(
            args=[*args, *settings, *extra], prog_name="kerjasama serve", standalone_mode=True
        )
