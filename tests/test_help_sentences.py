"""No `--help` breaks a sentence: every paragraph a command's help prints, and every line of a
group's command list, ends where its sentence ends, in both languages. Typer keeps a docstring's
line breaks in a group's list, so a summary wrapped in the source at 100 columns used to break
mid-sentence at every width ("..., object or stage, with" / "bars and a total.")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kerjasama_cli.cli.app import app

TOOLS = str(Path(__file__).resolve().parents[1] / "tools")


def _commands() -> list[list[str]]:
    """Every command path, as tools/cli_reference.py walks them for the reference."""
    sys.path.insert(0, TOOLS)
    try:
        from cli_reference import commands
    finally:
        sys.path.remove(TOOLS)
    return list(commands())


WIDE = {"COLUMNS": "400", "TERMINAL_WIDTH": "400", "NO_COLOR": "1"}
ENDS = re.compile(r"[.!?:)`]$")  # a sentence's end, or a list's colon, a closing example
PATHS = [[], *_commands()]


def _help(lang: str, path: list[str]) -> str:
    result = CliRunner().invoke(app, ["--lang", lang, *path, "--help"], env=WIDE)
    assert result.exit_code == 0, result.output
    return result.output


def _broken(text: str) -> list[str]:
    """The paragraphs of a help's description and epilog, and the rows of its command list, that
    do not end a sentence (400 columns wide: a row wraps only where the text has a line break)."""
    found = []
    description, _, rest = text.partition("╭")
    epilog = rest.rsplit("╯", 1)[-1] if rest else ""
    for block in (description, epilog):
        for paragraph in re.split(r"\n\s*\n", block):
            words = " ".join(paragraph.split())
            if words and not words.startswith(("Usage:", "Cara pakai:")) and not ENDS.search(words):
                found.append(words)
    in_commands = False
    for line in text.splitlines():
        if line.startswith("╭"):
            in_commands = any(t in line for t in ("Commands", "Perintah"))
        elif in_commands and line.startswith("│"):
            name, _, description = line.strip("│ ").partition("  ")
            if not name.strip() or not ENDS.search(description.strip()):
                found.append(line.strip("│ "))
    return found


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_help_breaks_a_sentence(lang: str) -> None:
    broken = {" ".join(path) or "kerjasama": _broken(_help(lang, path)) for path in PATHS}
    assert not {k: v for k, v in broken.items() if v}


def test_the_check_sees_a_row_broken_mid_sentence() -> None:
    text = (
        "\n Usage: kerjasama [OPTIONS]\n\n A registry.\n\n╭─ Commands ─╮\n"
        "│ stats   Counts by country, with                 │\n"
        "│         bars and a total.                       │\n╰──╯\n"
    )
    assert _broken(text) == ["stats   Counts by country, with", "bars and a total."]
    assert _broken(text.replace(" with", " with bars.")) == ["bars and a total."]


NARROW = {"COLUMNS": "80", "TERMINAL_WIDTH": "80", "NO_COLOR": "1"}


def _ragged(text: str, width: int = 80) -> list[str]:
    """Lines of a help's description (above its first panel) that end although the next line's
    first word would have fitted: a docstring's own line break, kept by Typer."""
    description = text.partition("╭")[0]
    found = []
    for paragraph in re.split(r"\n\s*\n", description):
        lines = [line.rstrip() for line in paragraph.splitlines() if line.strip()]
        for line, after in zip(lines, lines[1:], strict=False):
            if len(line) + 1 + len(after.split()[0]) < width - 1:
                found.append(line.strip())
    return found


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_help_is_ragged_at_80_columns(lang: str) -> None:
    """At 80 columns `report --help` read "... prints on A4: headline figures," / "reported vs
    recorded, ..." / "per-governor": each line of the docstring, then the rest wrapped apart."""
    ragged = {}
    for path in PATHS:
        result = CliRunner().invoke(app, ["--lang", lang, *path, "--help"], env=NARROW)
        assert result.exit_code == 0, result.output
        if found := _ragged(result.output):
            ragged[" ".join(path) or "kerjasama"] = found
    assert not ragged


def test_the_check_sees_a_ragged_line() -> None:
    text = "\n Usage: kerjasama report\n\n Prints on A4: headline\n figures, a map.\n\n╭─ Options"
    assert _ragged(text) == ["Prints on A4: headline"]
    assert _ragged(text.replace("headline\n", "headline ")) == []
