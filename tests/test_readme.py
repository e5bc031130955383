"""Every console session in the README and the docs pages shows what the current code prints
(tests/readme_sessions.py runs them through bash, as a reader would; `python
tests/readme_sessions.py --write` regenerates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import early
from readme_sessions import README, Transcript, pages, run_readme


def _english(folder: Path) -> list[str]:
    """What differs between the pages and the real output of their sessions."""
    return run_readme()


def _indonesian(folder: Path) -> list[Transcript]:
    """What each session's command printed with KERJASAMA_LANG=id."""
    transcript: list[Transcript] = []
    run_readme(lang="id", transcript=transcript)
    return transcript


# The sessions are a few hundred short processes, each section in a fresh directory of its own:
# run beside the tests from the start of the session (conftest's `early`).
EARLY = {"english": _english, "indonesian": _indonesian}


def test_every_readme_session_is_the_real_output(tmp_path_factory: pytest.TempPathFactory):
    problems: list[str] = early(__name__, "english", tmp_path_factory)  # type: ignore[assignment]
    assert not problems, "\n\n".join(problems)


def test_readme_shows_lang_and_xlsx():
    readme = README.read_text(encoding="utf-8")
    commands = readme[readme.index("## Main commands") : readme.index("## Documentation")]
    assert "--lang" in commands and "Excel" in commands
    text = "\n".join(page.read_text(encoding="utf-8") for page in pages())
    assert "$ kerjasama list --country Korsel --lang id" in text
    assert "$ kerjasama export --country KR -o korea.xlsx" in text


def test_every_readme_session_runs_in_indonesian(tmp_path_factory: pytest.TempPathFactory):
    """The README's sessions, run with KERJASAMA_LANG=id: no traceback, and no English word of
    the tool's own outside error messages (which stay English), commands that ask for English,
    and what the registries hold or the commands typed."""
    import re

    from test_help_language import foreign_words

    transcript: list[Transcript] = early(__name__, "indonesian", tmp_path_factory)  # type: ignore[assignment]
    stored = " ".join(t.stored for t in transcript) + " ".join(t.command for t in transcript)
    known = {w.lower() for w in re.findall(r"[^\W\d_]+", stored)}
    problems = []
    for item in transcript:
        english = re.search(r"--lang[ =]en|KERJASAMA_LANG=en", item.command)
        machine = re.search(r"(--format|-f) ?(json|csv|ndjson|yaml)", item.command)
        # `cat FILE` prints the file as it is (a PDF's own `stream` keyword), not our words.
        shown_file = item.command.startswith("cat ")
        if not item.command or english or machine or shown_file:
            continue
        # Errors stay English: `error:` lines, and an import's rejects (FILE:LINE: reason).
        rejects = re.compile(r"error:|^kerjasama: \S+:\d+|same problem —|problems of other kinds")
        text = "\n".join(line for line in item.output if not rejects.search(line))
        assert "Traceback" not in text, item.command
        found = [w for w in foreign_words(text, "id", allow_codes=False) if w not in known]
        if found:
            problems.append(f"{item.command}: {found}")
    assert not problems, "\n".join(problems)
