"""Start Datasette on the registry, read-only, with the project's metadata and plugin."""

from __future__ import annotations

import json
import socket
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kerjasama_cli.domain.errors import KerjasamaError

INSTALL_HINT = "serve needs the web extra: pip install 'kerjasama[web]'"

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


def check_registry(path: Path) -> bool:
    """Refuse (one line) a file serve cannot serve without writing it; return whether to serve
    it `immutable`: a registry this process may not write, with nothing waiting in a -wal
    beside it (SQLite would not read that), needs no lock or -shm file then."""
    from kerjasama_cli.store.connection import inspect_registry, writable

    _, pending = inspect_registry(path)  # missing, not SQLite, not kerjasama: exit 2
    if pending:
        raise KerjasamaError(
            f"{path}: the registry's schema is older than this kerjasama ({len(pending)} "
            "upgrades pending) and serve never writes it; any other command upgrades it "
            f"(kerjasama --db {path} list --limit 1), then serve again"
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
            raise KerjasamaError(f"--host {host}: cannot listen there ({error.strerror})") from None
        raise KerjasamaError(
            f"--port {port}: cannot listen on {host}:{port} ({error.strerror}); "
            "choose another port, or --port 0 for any free one"
        ) from None


def serve(
    path: Path,
    host: str,
    port: int,
    extra: Sequence[str] = (),
    tiles: str = "offline",
    immutable: bool = False,
) -> None:
    """Run Datasette on `path` until interrupted.

    A registry we may write is served mutable (`add` and `import` keep writing it and a reload
    shows their rows) but read-only: Datasette's read connections use `mode=ro` and the plugin
    refuses every write permission. One we may not write (a read-only file or directory) is
    served `immutable`: SQLite then needs no lock or -shm file beside it. `extra` goes to
    `datasette serve` as it is (`--setting base_url /kerjasama/`, `--cors`, ...). `tiles`
    picks the map's base layer.
    """
    from datasette import cli
    from datasette.plugins import pm

    from kerjasama_cli.i18n import active
    from kerjasama_cli.web import metadata, plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="kerjasama")
    with tempfile.TemporaryDirectory(prefix="kerjasama-serve-") as folder:
        meta = Path(folder) / "metadata.json"
        labels = metadata.build(path.stem, tiles, active())  # in the language of `serve --lang`
        meta.write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
        settings = [word for name, value in SETTINGS for word in ("--setting", name, value)]
        files = ["-i", str(path)] if immutable else [str(path)]
        args = [*files, "--metadata", str(meta), "--host", host, "--port", str(port)]
        cli.serve.main(
            args=[*args, *settings, *extra], prog_name="kerjasama serve", standalone_mode=True
        )
