"""The docs hold what the code does: the command reference is the commands' own `--help`, the site
builds with MkDocs' strict checks, ARCHITECTURE.md names every package, and the README's test
command is what CI runs. (The console sessions of the README and the docs pages: test_readme.py.)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "kerjasama_cli"


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # Material's banner about MkDocs 2
    return subprocess.run(
        [sys.executable, *argv], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_command_reference_is_the_commands_help():
    """docs/reference/cli.md, regenerated from every command's --help, is what is committed."""
    done = _run("tools/cli_reference.py", "--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_command_reference_covers_every_command():
    page = (ROOT / "docs" / "reference" / "cli.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from cli_reference import commands
    finally:
        sys.path.remove(str(ROOT / "tools"))
    paths = [" ".join(path) for path in commands()]
    assert {"list", "import", "partners merge", "leaders import", "sectors alias"} <= set(paths)
    missing = [p for p in paths if not re.search(rf"^#+ {re.escape(p)}$", page, re.M)]
    assert not missing, missing


def test_docs_site_builds_strict(tmp_path):
    """`mkdocs build --strict`: a broken link or anchor, a page left out of the navigation or a
    missing included file (bench/RESULTS.md, ARCHITECTURE.md) fails."""
    done = _run("-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    reference = (tmp_path / "site" / "reference" / "cli" / "index.html").read_text("utf-8")
    assert "kerjasama partners merge" in reference
    performance = (tmp_path / "site" / "performance" / "index.html").read_text("utf-8")
    assert "Whole-registry reads" in performance  # bench/RESULTS.md, included whole
    architecture = (tmp_path / "site" / "architecture" / "index.html").read_text("utf-8")
    assert "Architecture Invariant" in architecture


def _packages() -> list[str]:
    """Every package under src/kerjasama_cli, as `store/` or `store/ingest/`."""
    return sorted(
        str(init.parent.relative_to(PACKAGE)) + "/"
        for init in PACKAGE.rglob("__init__.py")
        if init.parent != PACKAGE
    )


def test_architecture_names_every_package():
    """ARCHITECTURE.md names every package (as `name/` in backticks): a new package, or a
    subpackage a move creates, fails here until the code map says what it holds."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert len(_packages()) >= 11
    missing = [p for p in _packages() if f"`{p}`" not in text]
    assert not missing, f"ARCHITECTURE.md does not name: {', '.join(missing)}"


def test_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    (command,) = re.findall(r"^pip install -e '\.\[[a-z,]+\]' && pytest$", readme, re.M)
    assert command in ci.splitlines()
    assert "docs" in command  # the docs tools, so that CI builds the site from scratch
    assert re.search(r"^ruff check src tests && ruff format --check src tests$", readme, re.M)


def test_readme_is_a_front_door():
    """The README stays short: install, a first session, the commands, where the docs are."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 300, "move the detail into docs/"
    for heading in ("## Install", "## A first session", "## Main commands", "## Documentation"):
        assert f"\n{heading}\n" in readme
    for link in re.findall(r"\]\(((?:docs/|ARCHITECTURE)[^)#]*)", readme):
        assert (ROOT / link).exists(), link


def _layers() -> dict[str, set[str]]:
    """ARCHITECTURE.md's Layers table: each package or top-level module, and what it may import."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = text[text.index("## Layers") :].split("\n## ", 1)[0]
    layers: dict[str, set[str]] = {}
    for name, allowed, _why in re.findall(r"^\| `([\w.]+/?)` \| (.*) \|(.*)\|$", table, re.M):
        layers[name] = set(re.findall(r"`(\w+/|\w+\.py)`", allowed))
    return layers


def _as_layer(name: str) -> str:
    """`store/` and `seed.py` (the table's names) as test_architecture's `store` and `seed`."""
    return {"__init__.py": "(root)"}.get(name, name.removesuffix("/").removesuffix(".py"))


def test_the_layers_table_is_the_rule_the_architecture_test_holds():
    from test_architecture import ALLOWED

    table = {
        _as_layer(name): {_as_layer(a) for a in allowed} for name, allowed in _layers().items()
    }
    assert table == {layer: allowed for layer, allowed in ALLOWED.items() if layer != "(root)"}
