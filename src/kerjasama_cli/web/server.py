"""Start Datasette on the registry, read-only, with the project's metadata and plugin."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

INSTALL_HINT = "serve needs the web extra: pip install 'kerjasama[web]'"


def available() -> bool:
    """Whether Datasette (the `web` extra) can be imported."""
    try:
        import datasette  # noqa: F401
    except ImportError:
        return False
    return True


def serve(
    path: Path, host: str, port: int, extra: Sequence[str] = (), tiles: str = "offline"
) -> None:
    """Run Datasette on `path` until interrupted.

    The file is served mutable (not `--immutable`: `add` and `import` keep writing it and a
    reload shows their rows) but read-only: Datasette's read connections use `mode=ro` and the
    plugin refuses every write permission. `extra` goes to `datasette serve` as it is
    (`--setting base_url /kerjasama/`, `--cors`, ...). `tiles` picks the map's base layer.
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
        args = [str(path), "--metadata", str(meta), "--host", host, "--port", str(port), *extra]
        cli.serve.main(args=args, prog_name="kerjasama serve", standalone_mode=True)
