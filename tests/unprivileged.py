"""Run the tool as a user to whom file modes apply, even when the suite runs as root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def unprivileged() -> list[str]:
    """A command prefix under which file modes apply (root ignores them)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot drop the override of file modes")
    # Root stays root (so the venv under /root stays readable) but loses the capabilities that
    # let it write files and directories whatever their modes.
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def as_user(prefix: list[str], db: Path, *args: str) -> subprocess.CompletedProcess:
    """The CLI on DB with ARGS, under PREFIX (from `unprivileged`), as a real process."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "kerjasama_cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=60,
    )
