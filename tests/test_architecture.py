"""The layout's invariants, read from the source with `ast` (nothing is imported but Typer's
private touchpoint): no import cycles, the layer arrows of the README's design notes, store/ by
concern, modules of a reviewable size, and Typer's private API in one module only.

Which imports count. Every `import` and `from ... import` of a `kerjasama_cli` module, at the
top of a module or inside a function (a lazy import still runs, and a cycle through one fails
the day the import moves up), resolved to the module it names (`from pkg import mod` names
`pkg.mod`; `from pkg import name` names `pkg`). Imports under `if TYPE_CHECKING:` never run: they
count for the layers (a type is a dependency) but not for cycles. Importing a package's own
`__init__` as a side effect of importing its submodule is not counted: every `__init__` of ours
holds a docstring only, or (i18n) imports nothing of ours.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PKG = "kerjasama_cli"
LIMIT = 400  # lines; a longer module says why at its top ("Over 400 lines: ...")
LONG_REASON = re.compile(r"Over 400 lines: \S.{20,}", re.DOTALL)

# Layer arrows: what each top-level package (or root module) may import besides itself. The
# README's design notes: domain/ knows nothing of the terminal or SQL; store/ is the only
# package that speaks SQL; render/ draws rows it is given; cli/ parses options and calls the
# others. i18n sits at the bottom; report/ and web/ are leaves that only cli/ uses.
ALLOWED: dict[str, set[str]] = {
    "i18n": set(),
    "domain": {"i18n"},
    "geo": {"domain", "i18n"},
    "documents": {"domain", "i18n"},
    "files": {"domain", "i18n"},
    "accounts": {"domain", "i18n"},  # issue 26: serve's sign-in accounts
    "extract": {"domain", "geo", "i18n"},
    "store": {"domain", "i18n", "files", "documents"},
    "render": {"domain", "i18n"},
    "seed": {"domain", "i18n", "files", "store"},
    "report": {"domain", "i18n", "files", "render", "store"},
    "web": {"domain", "geo", "i18n", "report", "store"},
    "cli": {
        "(root)",
        "accounts",
        "domain",
        "i18n",
        "geo",
        "documents",
        "files",
        "extract",
        "store",
        "render",
        "seed",
        "report",
        "web",
    },  # fmt: skip
    "__main__": {"cli"},
    "(root)": set(),
}


@dataclass(frozen=True)
class Edge:
    source: str  # the importing module, dotted
    target: str  # the imported module, dotted
    line: int
    type_only: bool  # under `if TYPE_CHECKING:`


def _modules() -> dict[str, tuple[Path, bool]]:
    """Dotted name -> (file, is a package's __init__), for every module of the package."""
    found = {}
    for path in (SRC / PKG).rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        is_init = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_init else parts)] = (path, is_init)
    return found


MODULES = _modules()


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _targets(module: str, is_init: bool, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            base = module.split(".")[: None if is_init else -1]
            base = base[: len(base) - node.level + 1]
            where = ".".join([*base, *([node.module] if node.module else [])])
        else:
            where = node.module or ""
        names = [
            f"{where}.{a.name}" if f"{where}.{a.name}" in MODULES else where for a in node.names
        ]
    for name in names:
        while name not in MODULES and "." in name:
            name = name.rsplit(".", 1)[0]
        if name in MODULES and name != module and name.split(".")[0] == PKG:
            yield name


def _edges() -> list[Edge]:
    edges: set[Edge] = set()  # `from m import a, b` is one edge
    for module, (path, is_init) in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typed = _type_checking_lines(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in _targets(module, is_init, node):
                    edges.add(Edge(module, target, node.lineno, node.lineno in typed))
    return sorted(edges, key=lambda e: (e.source, e.line, e.target))


EDGES = _edges()


def _cycles(edges: list[Edge]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for edge in edges:
        graph[edge.source].add(edge.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(root)"


def test_the_import_walk_sees_top_level_lazy_and_type_only_imports():
    # The walk itself: a module-level import, a function-level one and a TYPE_CHECKING one.
    def has(source: str, target: str, type_only: bool = False) -> bool:
        return any(
            e.source == source and e.target == target and e.type_only is type_only for e in EDGES
        )

    assert has("kerjasama_cli.domain.rows", "kerjasama_cli.domain.rows_fast")
    assert has("kerjasama_cli.domain.rows_fast", "kerjasama_cli.domain.rows", type_only=True)
    assert has(
        "kerjasama_cli.store.database.migration_steps.derived",
        "kerjasama_cli.store.database.frozen.m006",
    )
    assert has("kerjasama_cli.cli.app", "kerjasama_cli.store.safety.history")  # lazy
    # And a cycle in a made-up graph is found.
    made_up = [Edge("kerjasama_cli.i18n", "kerjasama_cli.domain.dates", 1, False),
               Edge("kerjasama_cli.domain.dates", "kerjasama_cli.i18n", 1, False)]  # fmt: skip
    assert _cycles(made_up) == [["kerjasama_cli.domain.dates", "kerjasama_cli.i18n"]]
    # And so is a layer arrow broken (render drawing from the store), but not its reverse.
    wrong = Edge("kerjasama_cli.render.stats", "kerjasama_cli.store.briefing.aggregates", 1, True)
    right = Edge("kerjasama_cli.store.briefing.aggregates", "kerjasama_cli.domain.stats", 1, False)
    assert len(_broken([wrong, right])) == 1


def test_no_import_cycles():
    cycles = _cycles([e for e in EDGES if not e.type_only])
    shown = []
    for component in cycles:
        inside = [e for e in EDGES if e.source in component and e.target in component]
        shown.append(
            " <-> ".join(component)
            + "".join(f"\n    {e.source}:{e.line} imports {e.target}" for e in inside)
        )
    assert not cycles, "import cycles:\n" + "\n".join(shown)


def _broken(edges: list[Edge]) -> list[str]:
    """The edges that cross layers against ALLOWED, as lines to print."""
    return [
        f"{e.source}:{e.line} imports {e.target} ({_layer(e.source)} may import only: "
        f"{', '.join(sorted(ALLOWED[_layer(e.source)])) or 'nothing of ours'})"
        for e in edges
        if _layer(e.source) != _layer(e.target)
        and _layer(e.target) not in ALLOWED[_layer(e.source)]
    ]


def test_layers_point_one_way():
    broken = _broken(EDGES)
    assert not broken, "layer arrows broken:\n" + "\n".join(broken)


def test_every_package_has_a_layer_rule():
    assert {_layer(m) for m in MODULES} <= set(ALLOWED)


MIGRATIONS = "kerjasama_cli.store.database.migrations"
STEPS = "kerjasama_cli.store.database.migration_steps"
FROZEN = "kerjasama_cli.store.database.frozen"


def test_migrations_read_frozen_code_not_live_code():
    # A migration must do forever what it did when released: it reads the SQL (and the little
    # Python) frozen beside it in store/database/frozen/, never live store or domain code. The
    # registry (migrations.py) and the steps it lists (migration_steps/) alike.
    targets = {
        e.target for e in EDGES if e.source == MIGRATIONS or e.source.startswith(STEPS + ".")
    }
    outside = sorted(t for t in targets if not t.startswith("kerjasama_cli.store.database."))
    assert not outside, f"a migration imports live code ({outside}): freeze it in {FROZEN}"
    assert {t for t in targets if t.startswith(FROZEN + ".")} >= {
        f"{FROZEN}.m{n:03d}" for n in (3, 4, 5, 6, 7, 9, 10, 15, 22)
    }
    # The frozen modules and m014's merge are the migrations' own: they import nothing of ours
    # but the frozen package's two helpers.
    own = [
        e
        for e in EDGES
        if (e.source.startswith(FROZEN) or e.source.endswith(".m014_merge")) and e.target != FROZEN
    ]
    assert not own, [f"{e.source}:{e.line} imports {e.target}" for e in own]


def test_store_is_arranged_by_concern():
    # Every store module sits in a subpackage whose docstring says what it keeps; a module added
    # at store/'s top level belongs in one (ARCHITECTURE.md says which).
    store = SRC / PKG / "store"
    flat = sorted(p.name for p in store.glob("*.py") if p.name != "__init__.py")
    assert not flat, f"store/ modules outside a subpackage: {', '.join(flat)}"
    packages = sorted(p for p in store.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert len(packages) >= 8
    for package in packages:
        init = package / "__init__.py"
        assert init.exists(), f"{package.name}/ has no __init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 40, f"store/{package.name}/__init__.py: say what it keeps"
        for module in package.glob("*.py"):
            if module.name != "__init__.py":
                assert f"`{module.stem}`" in doc, f"store/{package.name}: name `{module.stem}`"


def _long_modules() -> Iterator[tuple[Path, int, str | None]]:
    for path in sorted((SRC / PKG).rglob("*.py")):
        if "extract" in path.relative_to(SRC / PKG).parts:
            continue  # extract/ keeps its own sizes (issue 23)
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        if lines > LIMIT:
            yield path, lines, ast.get_docstring(ast.parse(text))


def test_a_module_over_400_lines_says_why_at_its_top():
    unexplained = [
        f"{path.relative_to(SRC)}: {lines} lines"
        for path, lines, doc in _long_modules()
        if not (doc and LONG_REASON.search(doc))
    ]
    assert not unexplained, (
        "split these, or give the reason in the module docstring ('Over 400 lines: ...'):\n"
        + "\n".join(unexplained)
    )


# --- Typer and Click -------------------------------------------------------------------------

TOUCHPOINT = "kerjasama_cli.cli.typer_private"


def _private_uses(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            names = [f"{node.value.id}.{node.attr}"]
        else:
            continue
        for name in names:
            top, *rest = name.split(".")
            if top == "click" or (
                top == "typer" and (any(p.startswith("_") for p in rest) or "rich_utils" in rest)
            ):
                yield f"{path.relative_to(SRC.parent)}:{node.lineno}: {name}"


def test_typer_private_names_are_used_in_one_module_only():
    # Typer vendors Click (typer._click): importing `click` itself would get another copy,
    # whose exceptions Typer never raises. Private names go through cli/typer_private.py.
    uses = [
        use
        for name, (path, _) in MODULES.items()
        if name != TOUCHPOINT
        for use in _private_uses(path)
    ]
    assert not uses, "private Typer/Click names outside cli/typer_private.py:\n" + "\n".join(uses)


def test_typer_private_touchpoint_still_holds():
    """Fails loudly on a Typer upgrade that moves what cli/typer_private.py imports."""
    import inspect

    import typer

    from kerjasama_cli.cli import typer_private as private

    version = ".".join(typer.__version__.split(".")[:2])
    assert version in private.TESTED_TYPER, (
        f"Typer {typer.__version__} is not one cli/typer_private.py was checked against "
        f"{private.TESTED_TYPER}: check each name there, then add {version}"
    )
    # Typer's public Context and exceptions are the vendored Click's.
    assert issubclass(typer.Context, private.Context)
    assert issubclass(private.UsageError, private.ClickException)
    assert issubclass(private.NoArgsIsHelpError, private.UsageError)
    assert issubclass(typer.BadParameter, private.UsageError)
    assert private.ParameterSource.COMMANDLINE.name == "COMMANDLINE"
    assert list(inspect.signature(private.HelpFormatter.write_usage).parameters)[:4] == [
        "self",
        "prog",
        "args",
        "prefix",
    ]
    from kerjasama_cli.cli.help_language import _CHROME

    rich_utils = private.rich_help()
    missing = [name for name in _CHROME if not hasattr(rich_utils, name)]
    assert not missing, f"typer.rich_utils lacks {missing}"


def test_typer_private_touchpoint_at_work(tmp_path, monkeypatch):
    # What the private names serve, through the real CLI: a usage error is one line, a one-value
    # option given twice is refused, and Indonesian help says `Cara pakai:`.
    from typer.testing import CliRunner

    from kerjasama_cli.cli.app import app

    monkeypatch.setenv("KERJASAMA_DB", str(tmp_path / "k.db"))
    runner = CliRunner()
    bad = runner.invoke(app, ["list", "--no-such-option"])
    assert bad.exit_code == 2
    assert bad.output.strip().count("\n") == 0 and "error" in bad.output
    twice = runner.invoke(app, ["list", "--from", "2020", "--from", "2024"])
    assert twice.exit_code == 2 and "given more than once" in twice.output
    shown = runner.invoke(app, ["--lang", "id", "list", "--help"])
    assert shown.exit_code == 0
    assert "Cara pakai:" in shown.output and "Usage:" not in shown.output


@pytest.mark.parametrize(
    "package", sorted(p.name for p in (SRC / PKG).iterdir() if (p / "__init__.py").exists())
)
def test_every_package_says_what_it_keeps(package):
    init = SRC / PKG / package / "__init__.py"
    assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{package}/__init__.py"
