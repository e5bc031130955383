"""Start-up: each command's module is loaded when the command runs, and the map that says which
module defines which command stays true to the modules (cli/app.py's COMMANDS)."""

import os
import subprocess
import sys
from pathlib import Path

import typer
from typer.main import get_group

from kerjasama_cli.cli.app import COMMANDS, app


def test_the_command_map_matches_what_the_modules_register():
    eager = typer.Typer()
    owner = {}
    for module in dict.fromkeys(COMMANDS.values()):
        one = typer.Typer()
        __import__(f"kerjasama_cli.cli.{module}", fromlist=["register"]).register(one)
        __import__(f"kerjasama_cli.cli.{module}", fromlist=["register"]).register(eager)
        for name in get_group(one).commands:
            owner[name] = module
    assert owner == COMMANDS
    # The order --help lists them in is the order Typer itself gave (commands, then groups).
    assert list(get_group(eager).commands) == list(COMMANDS)
    lazy = typer.main.get_command(app)
    assert lazy.list_commands(None) == list(COMMANDS)


def test_every_command_module_is_in_the_map():
    cli = Path(__file__).resolve().parent.parent / "src" / "kerjasama_cli" / "cli"
    registering = {p.stem for p in cli.glob("*.py") if "\ndef register(" in p.read_text()}
    assert registering == set(COMMANDS.values())


def test_list_as_json_loads_only_its_own_command_module(tmp_path):
    db = tmp_path / "s.db"
    code = (
        "import sys\n"
        "from kerjasama_cli.cli.app import app\n"
        "try:\n    app(['list', '--format', 'json', '--limit', '20'], prog_name='kerjasama')\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('kerjasama_cli.cli.')"
        " or m.split('.')[0] in ('rich', 'sqlite_utils', 'yaml')), file=sys.stderr)\n"
    )
    env = {**os.environ, "KERJASAMA_DB": str(db)}
    subprocess.run([sys.executable, "-m", "kerjasama_cli", "init"], env=env, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)  # fmt: skip
    assert result.stdout.startswith("[")  # the records, as JSON
    loaded = result.stderr.strip().splitlines()[-1]
    # app.py's own helpers (help in the user's language, Typer's private names) and what every
    # command shares (options, messages, the run's state, error handling, the filter options)
    # are not command modules: `list` loads only records.py of the command modules.
    assert loaded == str(
        [
            "kerjasama_cli.cli.app",
            "kerjasama_cli.cli.error_handling",
            "kerjasama_cli.cli.filter_options",
            "kerjasama_cli.cli.help_language",
            "kerjasama_cli.cli.invocation",
            "kerjasama_cli.cli.messages",
            "kerjasama_cli.cli.options",
            "kerjasama_cli.cli.records",
            "kerjasama_cli.cli.typer_private",
        ]
    )


def test_a_mistyped_command_still_gets_a_suggestion_from_every_module(tmp_path):
    env = {**os.environ, "KERJASAMA_DB": str(tmp_path / "s.db")}
    result = subprocess.run([sys.executable, "-m", "kerjasama_cli", "leadrs"], env=env,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == "kerjasama: error: No such command 'leadrs'. Did you mean 'leaders'?\n"
