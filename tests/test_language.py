"""One language at a time: `--lang`, KERJASAMA_LANG, the locale; the catalogues; JSON stays English."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from conftest import Run, run_module

from kerjasama_cli import i18n
from kerjasama_cli.i18n.msgfmt import compile_all, parse_po


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


SRC = Path(__file__).resolve().parents[1] / "src" / "kerjasama_cli"

INDONESIAN = [
    *(["Januari", "Februari", "Maret", "Mei", "Juni", "Juli", "Agustus", "Oktober", "Desember"]),
    *(["aktif", "kedaluwarsa", "berakhir", "diusulkan", "diperpanjang", "digantikan"]),
    *(["Tiongkok", "Cina", "Jerman", "Belanda", "Jepang"]),
    "Korea Selatan",
    "Korea Utara",
    "Amerika Serikat",
    *(
        [
            "sekarang",
            "sebelum",
            "catatan",
            "Mitra",
            "Jenis",
            "Tanggal",
            "Judul",
            "Gubernur",
            "kunjungan",
            "undangan",
        ]
    ),
    "belum dapat ditentukan",
    "tanggal tidak diketahui",
    "kota kembar",
    "tidak ada",
]
ENGLISH = [
    *(["January", "February", "March", "May", "June", "July", "August", "October", "December"]),
    *(["active", "expired", "ended", "proposed", "renewed", "superseded", "expiring"]),
    *(["China", "Germany", "Netherlands", "Japan"]),
    "South Korea",
    "North Korea",
    "United States",
    *(
        [
            "records",
            "Partner",
            "Type",
            "Date",
            "Title",
            "Governor",
            "visit",
            "invitation",
            "document",
            "event",
        ]
    ),
    "in office",
    "undetermined",
    "date unknown",
    "sister city",
    "nothing recorded",
]


def strings_in(value: object) -> set[str]:
    """Every string inside a JSON document (dict values and list items, recursively)."""
    if isinstance(value, str):
        return {value}
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return set().union(*(strings_in(item) for item in items))


def _stored_texts(run) -> list[str]:
    """Every text the registry stores (titles, names, notes, statements...): they are shown as
    written, in whatever language their source used, so they are not the tool's words."""
    texts = strings_in(json.loads(run("export", "--format", "json").stdout))
    return sorted(texts, key=len, reverse=True)


def _outputs(run, lang: str) -> str:
    commands = [
        ["list"],
        ["list", "--status", "active"],
        ["list", "--format", "markdown"],
        ["show", "Shanghai"],
        ["show", "Jeju"],
        ["timeline"],
        ["timeline", "--by", "governor"],
        ["timeline", "--by", "partner", "--format", "markdown"],
        *(
            ["stats", "--by", d]
            for d in ("country", "governor", "type", "year", "sector", "status")
        ),
        ["stats", "--by", "governor", "--by", "type", "--format", "markdown"],
        ["search", "Korea"],
        ["history", "-n", "5"],
    ]
    return "\n".join(run(*c, "--lang", lang, env={"COLUMNS": "100"}).stdout for c in commands)


@pytest.mark.parametrize(
    ("lang", "foreign"), [("en", INDONESIAN), ("id", ENGLISH)], ids=["en", "id"]
)
def test_one_language_at_a_time(run, lang, foreign):
    text = _outputs(run, lang)
    for stored in _stored_texts(run):
        if len(stored) > 3:
            text = text.replace(stored, "")
    found = [w for w in foreign if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
    assert not found, found


def test_indonesian_country_names_as_officials_write_them(run):
    text = run("stats", "--lang", "id").stdout
    for name in ("Tiongkok", "Korea Selatan", "Amerika Serikat", "Belanda", "Jerman"):
        assert name in text, name
    english = run("stats", "--lang", "en").stdout
    for name in ("China", "South Korea", "United States", "Netherlands", "Germany"):
        assert name in english, name


def test_json_and_csv_do_not_change_with_the_language(run):
    for args in (["list", "-f", "json"], ["stats", "-f", "csv"], ["timeline", "-f", "json"]):
        assert run(*args, "--lang", "id").stdout == run(*args, "--lang", "en").stdout, args


def test_default_language_order(db_path):
    run_module("init", db=db_path)
    base = {"KERJASAMA_LANG": "", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}

    def header(env: dict, *args: str) -> str:
        result = run_module("list", "-n", "1", *args, db=db_path, env={**base, **env})
        assert result.returncode == 0, result.stderr
        return result.stdout.split()[1]

    assert header({"LANG": "C.UTF-8"}) == "Tanggal"  # no usable locale: Indonesian
    assert header({"LANG": "en_US.UTF-8"}) == "Date"  # the locale
    assert header({"LANG": "id_ID.UTF-8"}) == "Tanggal"
    assert header({"LANG": "fr_FR.UTF-8"}) == "Tanggal"  # no catalogue: Indonesian
    assert header({"LANG": "en_US.UTF-8", "KERJASAMA_LANG": "id"}) == "Tanggal"  # the variable
    assert header({"KERJASAMA_LANG": "id"}, "--lang", "en") == "Date"  # the option
    result = run_module("--lang", "en", "list", "-n", "1", db=db_path, env={**base, "LANG": "C"})
    assert result.stdout.split()[1] == "Date"  # the global option


def test_an_unknown_language_is_one_line_usage_error(run):
    result = run("list", "--lang", "fr", code=2)
    assert result.stderr == "kerjasama: error: --lang 'fr': not one of en, id\n"
    # said in the locale's language: the variable asked for one that has no words
    locale = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_GB.UTF-8"}
    result = run("list", env={**locale, "KERJASAMA_LANG": "xx"}, code=2)
    assert result.stderr == "kerjasama: error: KERJASAMA_LANG 'xx': not one of en, id\n"


def test_every_command_takes_lang(run):
    from typer.core import TyperGroup
    from typer.main import get_command

    from kerjasama_cli.cli.app import COMMANDS, app

    group = get_command(app)
    commands = [
        name for name in COMMANDS if not isinstance(group.get_command(None, name), TyperGroup)
    ]
    assert "list" in commands and "partners" not in commands
    for name in commands:
        assert "--lang" in run(name, "--help").stdout, name


def test_catalogues_are_compiled_and_complete():
    assert compile_all(check=True) == [], "run: python -m kerjasama_cli.i18n.msgfmt"
    quoted = r"[\"']((?:[^\"'\\]|\\.)*)[\"']"
    asked: set[str] = set()
    for path in SRC.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        # t() lookups, notices and prompts (cli/messages.py, cli/confirm.py): the first argument
        # is the msgid, adjacent literals joined as Python joins them
        literal = r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'"
        for call in re.findall(
            rf"\b(?:t|notice|confirm|Refusal|StoreRefused)\(\s*((?:(?:{literal})\s*)+)", code
        ):
            asked.add("".join(ast.literal_eval(p) for p in re.findall(literal, call)))
        asked |= set(re.findall(r"translator\([^)]*\)\(\s*" + quoted, code))
        asked |= {f"{c}\x04{m}" for c, m in re.findall(rf"\bt\.ctx\(\s*{quoted},\s*{quoted}", code)}
        asked |= {f"{s}\0{p}" for s, p in re.findall(rf"\.plural\(\s*{quoted},\s*{quoted}", code)}
    for lang in i18n.languages():
        if lang == i18n.SOURCE:
            continue
        po = i18n.LOCALE_DIR / lang / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
        missing = sorted(asked - set(parse_po(po.read_text(encoding="utf-8"))))
        assert not missing, (lang, missing)
    assert len(asked) > 80


def test_vocabularies_are_translated():
    from kerjasama_cli.domain import vocab

    t = i18n.translator("id")
    for context, words in (
        ("type", {**vocab.AGREEMENT_TYPES, **vocab.EVENT_TYPES}),
        ("status", vocab.STATUSES),
        ("sector", vocab.SECTORS),
        ("partner kind", vocab.PARTNER_KINDS),
    ):
        for code in words:
            if code not in ("loi", "mou"):  # the same abbreviations in both languages
                assert t.word(context, code) != i18n.english(context, code), (context, code)
    assert [t.month(m) for m in (1, 8, 12)] == ["Januari", "Agustus", "Desember"]
    assert t.plural("{n} record", "{n} records", 2) == "2 catatan"
    assert i18n.translator("en").plural("{n} year", "{n} years", 5.0) == "5 years"
