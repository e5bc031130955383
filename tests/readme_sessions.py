"""Run the console sessions of README.md and of the docs pages (docs/**/*.md) as a shell would,
and check or rewrite their output.

    python tests/readme_sessions.py           # report the sessions whose output differs
    python tests/readme_sessions.py --write   # rewrite README.md and docs/ with the real output

Each page, and each `## ` section of a page, starts on a fresh, seeded database in a fresh working directory (created by
its first command when that is what the README shows), and its
```console blocks run in order through bash (`$ ` lines; a trailing `\\` continues a command),
with COLUMNS=80, TZ=Asia/Jakarta, KERJASAMA_USER=analyst and KERJASAMA_LANG=en, the language the README's sessions are shown in
(a session can `export KERJASAMA_LANG=id`, or pass `--lang id`).
`export NAME=VALUE` sets the environment of the following commands; `echo $?` sees the exit
status of the command before it; `cat FILE` of a file the session has not written shows a file
the reader has, so it is written with the text shown. Output is stderr and stdout as the terminal shows them.

Only blocks whose commands are all `kerjasama ...` (pipes into head, grep, cut, tail, cmp
allowed), `export` or `echo` run; `kerjasama serve` never does (it would not return), nor
installs, timings or other programs.

An output line `...` stands for lines left out: the lines above it must be the first lines of
the output and the lines below it the last ones. A block right after a line
`<!-- readme: not run (REASON) -->` is left alone (timings, files the reader has, dates of
the day).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"


def pages() -> list[Path]:
    """The files whose sessions are checked: the README, then every docs page."""
    return [README, *sorted(DOCS.rglob("*.md"))]


BLOCK = re.compile(r"(?P<mark><!-- readme: not run[^>]*-->\n)?```console\n(?P<body>.*?)```", re.S)
SHOWN_HOME = "/home/analyst/.local/share"  # where the README says the database was created
CREATED = (
    f"kerjasama: created {SHOWN_HOME}/kerjasama/kerjasama.db and loaded the bundled seed (69 rows)"
)


@dataclass
class Transcript:
    """One command of a session run in another language: what it printed, its exit status; or,
    with `stored`, the JSON of what the section's registry held at its end."""

    command: str
    output: list[str]
    status: int
    stored: str


@dataclass
class Command:
    text: str  # as written, continuation lines included
    expected: list[str]
    gap: int = 0  # blank lines after the output, before the next command


def parse(body: str) -> list[Command]:
    """The commands of one block and the output written under each."""
    commands: list[Command] = []
    lines = body.rstrip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("$ "):
            raise ValueError(f"README block does not start with a command: {line!r}")
        text = [line[2:]]
        while text[-1].endswith("\\"):
            i += 1
            text.append(lines[i])
        i += 1
        expected = []
        while i < len(lines) and not lines[i].startswith("$ "):
            expected.append(lines[i])
            i += 1
        gap = 0
        while expected and expected[-1] == "":
            expected.pop()
            gap += 1
        commands.append(Command("\n".join(text), expected, gap))
    return commands


RUNNABLE = {"kerjasama", "export", "echo", "cat"}
PIPES = {"head", "tail", "grep", "cut", "cmp", "echo", "wc"}


def runnable(commands: list[Command]) -> bool:
    """Whether a block can be run here: kerjasama commands (not `serve`), with simple pipes."""
    for command in commands:
        stages = [s.split() for s in re.split(r"\s*(?:\||&&)\s*", command.text)]
        if not stages[0] or stages[0][0] not in RUNNABLE or "serve" in stages[0]:
            return False
        if stages[0][0] == "cat" and (len(stages[0]) != 2 or len(stages) > 1):
            return False
        if any(not s or s[0] not in PIPES | {"kerjasama"} for s in stages[1:]):
            return False
    return True


STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?: [+-]\d\d:\d\d)?")  # compared by shape


def matches(expected: list[str], got: list[str]) -> bool:
    """Whether output `got` is what `expected` shows (a `...` line stands for left-out lines;
    history timestamps compare by shape)."""
    expected = [STAMP.sub("T", line) for line in expected]
    got = [STAMP.sub("T", line) for line in got]
    if "..." not in expected:
        return expected == got
    cut = expected.index("...")
    head, tail = expected[:cut], expected[cut + 1 :]
    return (
        len(got) >= len(head) + len(tail)
        and got[: len(head)] == head
        and (not tail or got[-len(tail) :] == tail)
    )


def excerpt(expected: list[str], got: list[str]) -> list[str]:
    """`got` shown the way `expected` is: the same number of head and tail lines around `...`."""
    if "..." not in expected:
        return got
    cut = expected.index("...")
    tail = len(expected) - cut - 1
    return [*got[:cut], "...", *(got[-tail:] if tail else [])]


# The seeded registry of each language, made by the first section that needs one.
_SEEDED: dict[str, Path] = {}
_SEEDING = threading.Lock()

# What a section's registry holds, as `kerjasama C --format json` prints it for each command C
# below: the four commands run in one process (four processes a section cost ~1 s).
STORED = """
from kerjasama_cli.cli.app import app
for command in ("export", "partners list", "governments list", "leaders list"):
    try:
        app([*command.split(), "--format", "json"], prog_name="kerjasama")
    except SystemExit:
        pass
"""


class Shell:
    """One section's environment: a working directory, a database, the last exit status."""

    def __init__(self, root: Path, lang: str = "en") -> None:
        self.cwd = root / "work"
        self.cwd.mkdir()
        data = root / "data"
        self.data = str(data)
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("KERJASAMA_") and key not in ("COLUMNS", "LINES")
        }
        bin_dir = str(Path(sys.executable).parent)
        self.env.update(
            PATH=bin_dir + os.pathsep + self.env.get("PATH", ""),
            XDG_DATA_HOME=str(data),
            COLUMNS="80",
            KERJASAMA_LANG=lang,
            TZ="Asia/Jakarta",  # `history` shows local times: the bureau's, whatever the machine
            NO_COLOR="1",
            KERJASAMA_USER="analyst",  # `history` names who changed what: the README's reader
        )
        self.status = 0

    def seed(self) -> None:
        """The seeded per-user registry, as a first `kerjasama list` makes it: made so once per
        language and process, then copied (a seeding process per section was a fifth of the
        sessions' time)."""
        registry = Path(self.data) / "kerjasama" / "kerjasama.db"
        lang = self.env["KERJASAMA_LANG"]
        with _SEEDING:  # sections run side by side: the first to need it makes it, once
            if lang not in _SEEDED:
                self.run("kerjasama list >/dev/null")
                folder = tempfile.mkdtemp(prefix="kerjasama-readme-seed-")
                atexit.register(shutil.rmtree, folder, True)
                template = Path(folder) / "seeded.db"
                shutil.copyfile(registry, template)
                _SEEDED[lang] = template
                return
        registry.parent.mkdir(parents=True)
        shutil.copyfile(_SEEDED[lang], registry)

    def run(self, command: str, shown: list[str] | None = None) -> list[str]:
        first = command.split()[0]
        if first == "cat" and shown is not None and not (self.cwd / command.split()[1]).exists():
            # `$ cat FILE` showing a file the session has not made: the reader's file, as shown.
            (self.cwd / command.split()[1]).write_text("\n".join(shown) + "\n", encoding="utf-8")
            return shown
        if first == "export":
            name, _, value = command.removeprefix("export ").partition("=")
            self.env[name] = value
            return []
        script = f"(exit {self.status}); {command}"
        result = subprocess.run(
            ["bash", "-c", script + " 2>&1"],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        self.status = result.returncode
        text = result.stdout.replace(self.data, SHOWN_HOME)
        return [line.rstrip() for line in text.rstrip("\n").split("\n")] if text else []


def sections(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the text before the first `## ` heading and of each `## ` section."""
    found = [m.start() for m in re.finditer(r"^## ", text, re.M)]
    starts = sorted({0, *found}) + [len(text)]
    return list(zip(starts, starts[1:], strict=False))


# Sections run side by side, one thread each driving its own shell processes in its own
# directory: the sessions are a few hundred short processes, and CI's machine has two cores.
WORKERS = max(1, min(4, os.cpu_count() or 1))


@dataclass
class Section:
    """What one section's sessions gave: the differences, the section's blocks rewritten with
    the real output (offsets in the page), and the transcript in another language."""

    problems: list[str]
    bodies: list[tuple[int, int, str]]
    transcript: list[Transcript]


def run_readme(
    write: bool = False, lang: str = "en", transcript: list[Transcript] | None = None
) -> list[str]:
    """Run every session of every page (README.md, docs/); return what differs (page, command and
    first differing line), and with `write` put the real output into the pages.

    With another LANG (KERJASAMA_LANG), the sessions run in that language and what each command
    printed goes to TRANSCRIPT instead of being compared (the pages show English)."""
    return _run_pages(pages(), write, lang, transcript)


def run_page(
    page: Path, write: bool = False, lang: str = "en", transcript: list[Transcript] | None = None
) -> list[str]:
    """run_readme for one page."""
    return _run_pages([page], write, lang, transcript)


def _run_pages(
    chosen: list[Path], write: bool, lang: str, transcript: list[Transcript] | None
) -> list[str]:
    """Run the sections of every page in CHOSEN side by side; report, rewrite and transcribe them
    in the pages' order, as one after the other would."""
    texts = {page: page.read_text(encoding="utf-8") for page in chosen}
    jobs = [(page, start, end) for page in chosen for start, end in sections(texts[page])]
    collect = transcript is not None
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        done = list(pool.map(lambda job: _run_section(texts[job[0]], *job, lang, collect), jobs))
    problems: list[str] = []
    for page in chosen:
        text = texts[page]
        pieces: list[str] = []
        offset = 0
        for (of_page, _start, _end), section in zip(jobs, done, strict=True):
            if of_page != page:
                continue
            problems += section.problems
            if transcript is not None:
                transcript += section.transcript
            for body_start, body_end, body in section.bodies:
                pieces += [text[offset:body_start], body]
                offset = body_end
        pieces.append(text[offset:])
        if write and "".join(pieces) != text:
            page.write_text("".join(pieces), encoding="utf-8")
    return problems


def _run_section(text: str, page: Path, start: int, end: int, lang: str, collect: bool) -> Section:
    """Run the sessions of the section text[start:end] of PAGE on a fresh registry."""
    name = page.relative_to(ROOT)
    result = Section([], [], [])
    section = text[start:end]
    root = Path(tempfile.mkdtemp(prefix="kerjasama-readme-"))
    try:
        shell = Shell(root, lang)
        blocks = [
            b
            for b in BLOCK.finditer(section)
            if not b.group("mark") and runnable(parse(b.group("body")))
        ]
        first = blocks[0] if blocks else None
        if first and CREATED not in parse(first.group("body"))[0].expected:
            shell.seed()  # the database exists already
        for block in blocks:
            rewritten = []
            for command in parse(block.group("body")):
                got = shell.run(command.text, command.expected)
                if collect:
                    result.transcript.append(Transcript(command.text, got, shell.status, ""))
                    continue
                if matches(command.expected, got):
                    got = command.expected  # as written (its timestamps, its excerpt)
                else:
                    result.problems.append(
                        f"{name}: {command.text}\n"
                        f"  shown: {command.expected[:3]}\n  real:  {got[:3]}"
                    )
                shown = excerpt(command.expected, got)
                rewritten.append(
                    "\n".join([f"$ {command.text}", *shown]) + "\n" * (1 + command.gap)
                )
            if not collect:
                body = "".join(rewritten).rstrip("\n") + "\n"
                result.bodies.append((start + block.start("body"), start + block.end("body"), body))
        if collect and blocks:  # what the section's registry holds
            stored = shell.run(f"{sys.executable} -c '{STORED}' 2>/dev/null")
            result.transcript.append(Transcript("", [], 0, "\n".join(stored)))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return result


if __name__ == "__main__":
    found = run_readme(write="--write" in sys.argv)
    for problem in found:
        print(problem, end="\n\n")
    print(
        f"{len(found)} session(s) differ" + (" (pages rewritten)" if "--write" in sys.argv else "")
    )
