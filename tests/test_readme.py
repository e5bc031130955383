"""Every console session in the README shows what the current code prints (tests/readme_sessions.py
runs them through bash, as a reader would; `python tests/readme_sessions.py --write` regenerates)."""

from __future__ import annotations

from readme_sessions import README, run_readme


def test_every_readme_session_is_the_real_output():
    problems = run_readme()
    assert not problems, "\n\n".join(problems)


def test_readme_shows_lang():
    text = README.read_text(encoding="utf-8")
    commands = text[text.index("## Commands") : text.index("### Filters")]
    assert "--lang" in commands
    assert "$ kerjasama list --country Korsel --lang id" in text
