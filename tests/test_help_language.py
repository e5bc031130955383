"""Every human-facing word in one language at a time: every command's `--help`, and a scripted
session, walked in `--lang id` and `--lang en`.

A word is English if the catalogue's English texts (msgids) use it and its Indonesian texts
(msgstrs) do not; Indonesian the other way round. What the user types is not a word of the tool:
option names, command names, codes (`sister_city`, choices such as `table|json`), quoted input
('undetermined', `kerjasama backup`), acronyms (CSV, JSON), file names, and the records' own text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import Run
from typer.main import get_command

from kerjasama_cli import i18n
from kerjasama_cli.cli.app import app
from kerjasama_cli.i18n.msgfmt import parse_po


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


# Loanwords the bureau writes in both languages, and names that are no one's vocabulary.
ALLOW = {
    "mou",
    "loi",
    "datasette",
    "sqlite",
    "excel",
    "markdown",
    "offline",
    "online",
    "port",
    "shell",
    "stdin",
    "stdout",
    "locale",
    "url",
    "openstreetmap",
    "natural",
    "earth",
    "indonesia",
    "korea",
    "jakarta",
    "ahok",
    "jeju",
    "dki",
    "pemprov",
    "korsel",
    "tiongkok",
    "pyongyang",
    "bandung",
    "jawa",
    "barat",
    "córdoba",
    "dbkl",
    "mayor",
    "gubernur",
    "bupati",
    "wali",
    "kota",
    "plt",
    "plh",
    "pj",
    "id",
    "en",
    "api",
    "svg",
    "html",
    "yaml",
    "json",
    "csv",
    "ndjson",
    "xlsx",
    "osm",
    "base",
    "setting",
    "pip",
    "install",
    "web",
    "kerjasama",
    "flood",
    "health",
    "transport",
    "banjir",
    "kesehatan",
    "transportasi",
    "status",
    "program",
    "data",
    "total",
    "format",
}
CODE_CONTEXTS = ("type", "status", "sector", "kind", "partner kind")


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ɏ]+(?:_[A-Za-z]+)*", text)
            if "_" not in w and not w.isupper() and len(w) > 2}  # fmt: skip


def _strip(text: str) -> str:
    """What the user types or the system names, removed before the words are read."""
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"(?<![\w])'[^'\n]*'(?![\w])", " ", text)
    text = re.sub(r"<[^>\n]*>|\{[^}\n]*\}|\$\w+", " ", text)
    text = re.sub(r"(?<![\w-])--?[\w-]+", " ", text)
    text = re.sub(r"\bkerjasama \w+", " ", text)  # a command as typed: `kerjasama extract`
    # The history names the command that made each change, as typed: `add`, `edit`, `seed`
    # (after the person who made it, m020).
    text = re.sub(r"(\d\d:\d\d(?::\d\d)?\s+(?:[\w.-]+\s+)?)(add|edit|delete|seed|import|leaders|partners|"
                  r"governments|restore|extract)\b", r"\1", text)  # fmt: skip
    text = re.sub(r"\S*[/.@]\w\S*", " ", text)  # files, paths, URLs, addresses
    text = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", " ", text)  # keys: rotterdam-visit-2024-05-02
    return text


@lru_cache(maxsize=1)
def _vocabularies() -> tuple[set[str], set[str], set[str]]:
    """(English words, Indonesian words, codes) from the catalogue and the command tree."""
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.governments import GOVERNMENT_KINDS

    po = parse_po((i18n.LOCALE_DIR / "id" / "LC_MESSAGES" / "kerjasama.po").read_text("utf-8"))
    codes: set[str] = set(_commands())
    for table in (vocab.AGREEMENT_TYPES, vocab.EVENT_TYPES, vocab.PARTNER_KINDS, vocab.STATUSES,
                  vocab.SECTORS, GOVERNMENT_KINDS):  # fmt: skip
        for code in table:
            codes |= set(code.split("_"))
    for _, command in _walk():
        for param in command.params:
            for choice in getattr(param.type, "choices", None) or ():
                codes |= set(re.split(r"[_\W]+", str(choice).lower()))
    codes |= {"agreement", "event", "document", "text", "yes", "expiring", "undetermined",
              "governor", "partner", "end", "date", "kind"}  # fmt: skip
    english: set[str] = set()
    indonesian: set[str] = set()
    for key, value in po.items():
        english |= _words(_strip(key.split("\x04")[-1].replace("\0", " ")))
        indonesian |= _words(_strip(value.replace("\0", " "))) - codes
    return english, indonesian, codes


def _commands() -> list[str]:
    return sorted({n for path, _ in _walk() for n in path})


@lru_cache(maxsize=1)
def _tree() -> list:
    group = get_command(app)
    found = []

    def walk(command, path):
        found.append((path, command))
        for name in command.list_commands(None) if hasattr(command, "list_commands") else []:
            walk(command.get_command(None, name), (*path, name))

    walk(group, ())
    return found


def _walk():
    return _tree()


def foreign_words(text: str, lang: str, allow_codes: bool = True) -> list[str]:
    """Words of the other language in TEXT (the language of the output is LANG)."""
    english, indonesian, codes = _vocabularies()
    words = _words(_strip(text)) - ALLOW
    if allow_codes:
        words -= codes
    if lang == "id":
        return sorted(words & english - indonesian)
    return sorted(words & indonesian - english)


def test_every_help_text_is_in_the_catalogue():
    po = parse_po((i18n.LOCALE_DIR / "id" / "LC_MESSAGES" / "kerjasama.po").read_text("utf-8"))
    missing = set()
    for path, command in _walk():
        texts = [command.help, command.short_help, command.epilog]
        for param in command.params:
            texts += [getattr(param, "help", None), getattr(param, "rich_help_panel", None)]
            if param.metavar and f"metavar\x04{param.metavar}" not in po:
                missing.add(f"metavar {param.metavar} ({' '.join(path)})")
        missing |= {f"{t!r} ({' '.join(path)})" for t in texts if t and t not in po}
    assert not missing, "add to kerjasama.po (see cli/help_language.py):\n" + "\n".join(
        sorted(missing)
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_help_in_one_language(run, lang):
    problems = {}
    for path, _ in _walk():
        result = run("--lang", lang, *path, "--help", env={"COLUMNS": "200"})
        found = foreign_words(result.stdout, lang)
        if found:
            problems[" ".join(path) or "kerjasama"] = found
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_usage_line_writes_an_argument_as_its_name(run, lang):
    """Typer 0.28 writes a required argument in braces (`show [OPTIONS] {ID}`), unlike every
    other placeholder (`[OPTIONS]`, `[CHANGE_ID]`, `COMMAND`): a required one reads as its name,
    `show [OPTIONS] ID`, as Click and every man page write it."""
    usage = {}
    for path, _ in _walk():
        result = run("--lang", lang, *path, "--help", env={"COLUMNS": "200"})
        line = next(line for line in result.stdout.splitlines() if "kerjasama" in line)
        usage[" ".join(path)] = line.split(":", 1)[1].strip()
    braced = {path: line for path, line in usage.items() if re.search(r"[{}]", line)}
    assert not braced, json.dumps(braced, indent=1, ensure_ascii=False)
    metavars = {
        "en": ("OPTIONS", "ID", "RECORD", "FILE"),
        "id": ("OPSI", "ID", "CATATAN", "BERKAS"),
    }
    options, ident, record, file = metavars[lang]
    assert usage["show"] == f"kerjasama show [{options}] {ident}", usage["show"]
    assert usage["attach"] == f"kerjasama attach [{options}] {record} {file}...", usage["attach"]
    assert usage["history"].endswith("[restore] [CHANGE_ID]") or lang == "id", usage["history"]


def test_help_language_from_the_environment_and_the_global_option(run):
    by_env = run("list", "--help", env={"KERJASAMA_LANG": "id", "COLUMNS": "200"}).stdout
    assert "Cara pakai:" in by_env and "Saringan" in by_env and "Paling banyak" in by_env
    by_global = run("--lang", "id", "partners", "--help", env={"COLUMNS": "200"}).stdout
    assert "Perintah" in by_global and "Commands" not in by_global
    bare_group = run("--lang", "id", "leaders", code=2, env={"COLUMNS": "200"})
    assert "Cara pakai:" in bare_group.stdout + bare_group.stderr
    english = run("list", "--help", "--lang", "en", env={"COLUMNS": "200"}).stdout
    assert "Usage:" in english and "Filters" in english and "Saringan" not in english


def test_the_walk_finds_the_words_it_must(run):
    """The checker itself: an English notice in Indonesian output is caught, and back."""
    assert foreign_words("kerjasama: ditambahkan kegiatan 42; deleted", "id") == ["deleted"]
    assert foreign_words("kerjasama: added event 42 (dihapus)", "en") == ["dihapus"]


def _stored_texts(run) -> list[str]:
    """Every text the registry stores: shown as written, in whatever language its source used."""
    from test_language import strings_in

    texts = strings_in(json.loads(run("export", "--format", "json").stdout))
    texts |= strings_in(json.loads(run("governments", "list", "--format", "json").stdout))
    # Evidence of stages (issue 22) is stored text too: its notes, numbers and sources.
    with sqlite3.connect(run.db) as conn:
        texts |= {
            text
            for row in conn.execute("SELECT note, number, source FROM evidence")
            for text in row
            if text
        }
    # A stored text cut to a column's width (`Memorandum of Understanding on…`) is still its own.
    texts |= {t[:width] + "…" for t in texts for width in (29, 39) if len(t) > width}
    # A bare code (`active`, `city`) is shown through the catalogue, not as stored.
    shown = (t for t in texts if len(t) > 3 and not re.fullmatch(r"[a-z_]+", t))
    return sorted(shown, key=len, reverse=True)


class _Visible(HTMLParser):
    """The words of an HTML page a reader sees (text and tooltips), not its styles or markup."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in ("style", "script")
        self.parts += [v for k, v in attrs if k in ("aria-label", "alt") and v]

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    return "\n".join(parser.parts)


def _session(run, tmp_path, lang: str) -> str:
    """A user's session: every notice, prompt, table and label, stdout and stderr."""
    out = []

    def go(*args: str, code: int = 0, input: str | None = None) -> None:
        result = run("--lang", lang, *args, code=code, input=input, env={"COLUMNS": "120"})
        out.append(result.stdout + result.stderr)

    go("list")
    added = run("add", "--partner", "Rotterdam", "--type", "visit", "--date", "2024-05-02",
                "--title", "Rotterdam 2024", "--lang", lang).stdout.strip()  # fmt: skip
    go("add", "--partner", "Busan", "--country", "KR", "--type", "mou", "--date", "2023-01-05", "--title", "Busan",
       "--sector", "health")  # fmt: skip
    go("edit", added, "--title", "Rotterdam 2024 B", "--status", "")
    go("edit", added, "--title", "Rotterdam 2024 B")
    go("delete", added, "--yes")
    for args in (
        ["list", "--status", "active"], ["list", "--by", "governor"], ["show", "Shanghai"],
        ["show", "Jeju"], ["timeline"], ["timeline", "--by", "governor"],
        ["timeline", "--by", "partner"],
        *(["stats", "--by", d] for d in ("country", "governor", "type", "year", "sector",
                                         "status")),
        ["stats", "--by", "governor", "--by", "type"], ["stats", "--reported"],
        ["search", "Korea"], ["search", "banjir"], ["history", "-n", "8"],
        ["partners", "list"], ["partners", "show", "Rotterdam"], ["governments", "list"],
        # (not `sectors list`: a table of each sector's words in both languages, by design)
        ["governments", "show", "DKI Jakarta"], ["leaders", "list"],
    ):  # fmt: skip
        go(*args)
    go("export", "-o", str(tmp_path / f"x-{lang}.csv"))
    go("import", str(tmp_path / f"x-{lang}.csv"), "--dry-run")
    go("import", str(tmp_path / f"x-{lang}.csv"))
    go("backup", str(tmp_path / f"b-{lang}.db"))
    go("restore", str(tmp_path / f"b-{lang}.db"), "--yes")
    go("report", "-o", str(tmp_path / f"r-{lang}.html"))
    # extract's YAML is for import (English keys and codes); its comments are for the reader
    article = Path(__file__).parent / "extract_cases" / "seeds" / "000_499356a9fce063c6.txt"
    drafts = run("--lang", lang, "extract", str(article)).stdout
    comments = [line.split("#", 1)[1] for line in drafts.splitlines() if "#" in line]
    out += [c for c in comments if not c.strip().startswith('"')]  # not the article's sentences
    out.append(visible((tmp_path / f"r-{lang}.html").read_text("utf-8")))
    return "\n".join(out)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_session_in_one_language(run, tmp_path, lang):
    text = _session(run, tmp_path, lang).replace("**", "")  # search marks inside stored text
    for stored in _stored_texts(run):
        text = text.replace(stored, " ")
    found = foreign_words(text, lang, allow_codes=False)
    lines = [line for line in text.splitlines() if foreign_words(line, lang, allow_codes=False)]
    print("\n".join(lines))
    print(found)
    assert not found, f"{found}\n" + "\n".join(lines)


def _answer(db, args: list[str], answer: str) -> tuple[int, str]:
    """Run kerjasama ARGS with a terminal on stdin, type ANSWER at the prompt; (exit, stderr)."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    env = {**os.environ, "KERJASAMA_DB": str(db)}
    process = subprocess.Popen([sys.executable, "-m", "kerjasama_cli", *args], stdin=slave,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)  # fmt: skip
    os.close(slave)
    os.write(master, answer.encode() + b"\n")
    _, err = process.communicate(timeout=60)
    os.close(master)
    return process.returncode, err.decode()


@pytest.mark.parametrize(
    ("lang", "answer", "deleted", "prompt"),
    [
        ("id", "ya", True, "Hapus 1 ("),
        ("id", "t", False, "Hapus 1 ("),
        ("id", "y", True, "[y/T]"),
        ("en", "yes", True, "Delete 1 ("),
        ("en", "n", False, "[y/N]"),
        ("en", "tidak", False, "Delete 1 ("),
    ],
)
def test_a_prompt_in_the_language_takes_either_languages_answer(
    run, db_path, lang, answer, deleted, prompt
):
    run("list")  # seeds the registry
    code, err = _answer(db_path, ["delete", "1", "--lang", lang], answer)
    assert prompt in err
    assert code == (0 if deleted else 1), err
    assert (run("show", "1", code=0 if not deleted else 2).exit_code == 0) is not deleted
    said = err.splitlines()[-1]
    if lang == "id":
        assert said.endswith("tidak ada yang diubah" if not deleted else said), said
        assert not foreign_words(err, "id", allow_codes=False)
    else:
        assert said.endswith("nothing changed" if not deleted else said), said


def test_an_unknown_answer_asks_again(run, db_path):
    run("list")
    code, err = _answer(db_path, ["delete", "1", "--lang", "id"], "mungkin\nya")
    assert code == 0 and "Jawab y (ya) atau t (tidak)." in err and "dihapus 1" in err


def test_the_reports_and_datasettes_words_are_all_translated():
    from kerjasama_cli.report.strings import WORDS
    from kerjasama_cli.web.metadata import build

    po = parse_po((i18n.LOCALE_DIR / "id" / "LC_MESSAGES" / "kerjasama.po").read_text("utf-8"))
    assert not [w for w in WORDS.values() if f"report\x04{w}" not in po]
    english, indonesian = build("r", lang="en"), build("r", lang="id")

    def labels(meta: dict) -> list[str]:
        database = meta["databases"]["r"]
        found = [meta["title"], meta["description"]]
        for table in database["tables"].values():
            found += [table["title"], table["description"], *table["columns"].values()]
        return found + [q["title"] for q in database["queries"].values()]

    same = [e for e, i in zip(labels(english), labels(indonesian), strict=True) if e == i]
    assert not same, same


def test_the_delete_prompt_says_the_type_in_the_language(run, db_path):
    """`Hapus 22 (kuala-lumpur-governor-visit-2025-08: visit kuala-lumpur 2025-08)?` showed the
    type code: the prompt names the type as the language does (`kunjungan`)."""
    run("list")
    _, err = _answer(db_path, ["delete", "22", "--lang", "id"], "t")
    assert "Hapus 22 (kuala-lumpur-governor-visit-2025-08: kunjungan " in err, err
    _, err = _answer(db_path, ["delete", "19", "--lang", "en"], "n")
    assert "Delete 19 (shanghai-mayor-visit-2023-04-27: visit " in err, err
