"""Error lines built from values, and plain error lines, in one language (issue 30, second part).

Under `--lang id` a bad date (`no such month (13); months run 1-12`), an unknown sector, `import`
given a directory or a file whose format cannot be told printed English between the Indonesian
prefix and the user's value. The check is a list of English words that must not be left once the
values (in quotes), options, paths and commands in backticks are taken out: it fails on the old
lines (each case below printed English before the change).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import Run
from test_error_language import _one_indonesian_line

# Words of English sentences that are not Indonesian words too; none may remain in a line said
# under --lang id once quoted values, options, paths and commands are taken out.
_WORDS = """
    a an the is are was be not no such of to with from for in on at by as it its if you your
    give use run add has have had already expected one file files directory cannot tell name
    date day days month months year years sector registry save read write writable
    outside mean end does exist exists only here must between partner partners record records
    needs word after before again deleted since changed undo first create created unknown
    region ambiguous code full search valid nested deeply too long number empty header list
    sheet sheets columns column left untouched newer upgrade nests parentheses levels deep more
    than
"""
ENGLISH = frozenset(_WORDS.split())


def english_left(line: str, fields: tuple[str, ...] = ()) -> list[str]:
    """The English words of LINE once the fixed prefix and what the user typed are taken out
    (`fields`: the column headers of the user's file, named as written)."""
    text = re.sub(r"^kerjasama( [\w-]+)?: error: ", "", line.strip())
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", " ", text)  # values and commands
    text = re.sub(r"(?<!\w)--?[\w-]+", " ", text)  # options
    text = re.sub(r"\b[A-Z][A-Z_]+\b", " ", text)  # arguments (PARTNER, TEXT, ID)
    text = re.sub(r"\S*[/\\]\S*|\S+\.\w{1,5}\b", " ", text)  # paths and file names
    return [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH - set(fields)]


def test_the_check_finds_english():
    old = "kerjasama: error: --from '2020-13-01': no such month (13); months run 1-12"
    assert english_left(old) == ["no", "such", "month", "months", "run"]
    assert english_left("kerjasama: error: --from '2020-13-01': tidak ada bulan (13)") == []


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _indonesian(stderr: str) -> str:
    """One line, no English word of test_error_language's list, none of ours either."""
    assert english_left(_one_indonesian_line(stderr)) == [], stderr
    return stderr


@pytest.mark.parametrize(
    "args, kept, indonesian",
    [
        (["list", "--from", "2020-13-01"], "--from '2020-13-01'", "bulan"),
        (["list", "--from", "2020-02-30"], "--from '2020-02-30'", "Februari 2020"),
        (["list", "--from", "abc"], "--from 'abc'", "bukan tanggal"),
        (["list", "--from", "1500"], "'1500!'", "1900-2100"),
        (["list", "--from", "kuartal 5 2020"], "--from 'kuartal 5 2020'", "kuartal"),
        (["list", "--from", "2021", "--to", "2020"], "--to '2020'", "--from 2021-01-01"),
        (["list", "--sector", "zzz"], "--sector 'zzz'", "`kerjasama sectors add zzz`"),
        (
            ["add", "--partner", "Nowhere X", "--type", "mou", "--date", "2020"],
            "Nowhere X",
            "mitra",
        ),
        (["search", "(((((((((((((((((((((a)))))))))))))))))))))"], "TEXT", "tingkat"),
        (["partners", "delete", "1"], "PARTNER", "catatan"),
    ],
)
def test_value_built_reasons_speak_indonesian(run: Run, args, kept: str, indonesian: str):
    result = run("--lang", "id", *args, code=2)
    line = _indonesian(result.stderr)
    assert kept in line and indonesian in line, line
    english = run("--lang", "en", *args, code=2).stderr
    assert english_left(english), english  # the English line is still English


def test_import_of_a_directory_speaks_indonesian(run: Run, tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    line = _indonesian(run("--lang", "id", "import", str(folder), code=2).stderr)
    assert str(folder) in line and "direktori" in line
    assert "is a directory" in run("--lang", "en", "import", str(folder), code=2).stderr


@pytest.mark.parametrize(
    "name, indonesian",
    [("r.zz", "format"), ("old.xls", "Excel"), ("empty.csv", "kosong")],
)
def test_import_of_an_unreadable_file_speaks_indonesian(run: Run, tmp_path: Path, name, indonesian):
    path = tmp_path / name
    path.write_text("" if name == "empty.csv" else "x", encoding="utf-8")
    line = _indonesian(run("--lang", "id", "import", str(path), code=2).stderr)
    assert indonesian in line
    assert english_left(run("--lang", "en", "import", str(path), code=2).stderr)


def test_import_of_bad_yaml_and_json_speaks_indonesian(run: Run, tmp_path: Path):
    yaml = tmp_path / "r.yaml"
    yaml.write_text("a: \x07\n", encoding="utf-8")
    assert "YAML" in _indonesian(run("--lang", "id", "import", str(yaml), code=2).stderr)
    text = tmp_path / "r.json"
    text.write_bytes(b"\xff\xfe[")
    assert "UTF-8" in _indonesian(run("--lang", "id", "import", str(text), code=2).stderr)


def test_stdin_without_a_format_speaks_indonesian(run: Run):
    line = _indonesian(run("--lang", "id", "import", "-", input="", code=2).stderr)
    assert "--format" in line


def test_backup_into_a_missing_directory_speaks_indonesian(run: Run, tmp_path: Path):
    target = tmp_path / "no-such" / "b.db"
    line = _indonesian(run("--lang", "id", "backup", str(target), code=2).stderr)
    assert "direktori" in line and str(target.parent) in line


def test_a_missing_registry_for_backup_speaks_indonesian(tmp_path: Path):
    missing = tmp_path / "none.db"
    result = Run(missing)("--lang", "id", "backup", str(tmp_path / "b.db"), code=1)
    assert "basis data" in _indonesian(result.stderr) and str(missing) in result.stderr


# Error classes whose first argument is the line (a msgid), and those whose third is the reason.
_LINE_FIRST = {
    "KerjasamaError",
    "Refusal",
    "InputError",
    "StoreRefused",
    "BackupRefused",
    "ReadOnlyStore",
    "ArticleFileError",
    "MissingExtraError",
    "Said",
    "invalid",  # the search parser's (domain/search.py)
}
_REASON_THIRD = {"ValidationError", "_validation", "UnknownSector"}

# Lines still built with f-strings, by file; a new f-string line anywhere fails the test below.
# extract's article refusal is a path and the OS reason already in the language (no English
# word), left as extract's engineers wrote it.
STILL_ENGLISH: dict[str, int] = {"cli/extracting.py": 1}


def _written_lines() -> tuple[set[str], dict[str, int]]:
    """Every error line or reason written as a constant in src (extract/ aside: its rule
    modules are others' this round), and the count per file of those built as f-strings."""
    import ast

    src = Path(__file__).resolve().parents[1] / "src" / "kerjasama_cli"
    constants: set[str] = set()
    built: dict[str, int] = {}
    for path in sorted(src.rglob("*.py")):
        if "extract" in path.relative_to(src).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named: dict[str, set[str]] = {}  # texts a raise names (`_NOT_WRITABLE`, `reason`)
        made: set[str] = set()  # names given an f-string or a sum (`reason = f"..."`)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        named.setdefault(target.id, set()).add(node.value.value)
            elif isinstance(node, ast.Assign) and _made(node.value):
                made |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            index = 0 if name in _LINE_FIRST else 2 if name in _REASON_THIRD else None
            if index is None or len(node.args) <= index:
                continue
            line = node.args[index]
            context = node.args[1] if name == "Said" and len(node.args) > 1 else None
            if isinstance(context, ast.Constant) and isinstance(line, ast.Constant):
                constants.add(f"{context.value}\x04{line.value}")  # a word in its context
            elif isinstance(line, ast.IfExp):  # one of two lines (`1 record` / `{n} records`)
                constants |= {
                    x.value for x in (line.body, line.orelse) if isinstance(x, ast.Constant)
                }
            elif isinstance(line, ast.Name) and line.id in named:
                constants |= named[line.id]
            elif isinstance(line, ast.Name) and line.id in made:  # English made from values
                key = str(path.relative_to(src))
                built[key] = built.get(key, 0) + 1
            elif isinstance(line, ast.Constant) and isinstance(line.value, str):
                constants.add(line.value)
            elif isinstance(line, ast.JoinedStr | ast.BinOp):  # English made from values
                key = str(path.relative_to(src))
                built[key] = built.get(key, 0) + 1
    return constants, built


def _made(value: object) -> bool:
    """An f-string or a sum of texts, or a choice of one (`"a" + b if c else "d"`)."""
    import ast

    if isinstance(value, ast.IfExp):
        return _made(value.body) or _made(value.orelse)
    return isinstance(value, ast.JoinedStr | ast.BinOp)


def _catalogue() -> dict[str, str]:
    from kerjasama_cli import i18n
    from kerjasama_cli.i18n.msgfmt import parse_po

    po = i18n.LOCALE_DIR / "id" / "LC_MESSAGES" / "kerjasama.po"
    return parse_po(po.read_text(encoding="utf-8"))


def test_every_error_line_is_a_msgid_in_the_catalogue():
    """A line written as a constant is translated; a line made with an f-string (English under
    --lang id) is not written any more (STILL_ENGLISH lists what is left, file by file)."""
    from kerjasama_cli.domain import dates, schema
    from kerjasama_cli.files import spreadsheets

    constants, built = _written_lines()
    assert len(constants) > 140
    constants |= set(dates._NO_SUCH_PERIOD.values()) | set(spreadsheets.OTHER_SPREADSHEETS.values())
    constants |= {schema.missing_columns((), {}), schema.missing_columns((), {"type": "mou"})}
    constants |= {f"expected value\x04{ft.expected}" for ft in schema.FIELD_TYPES.values()}
    catalogue = _catalogue()
    assert sorted(c for c in constants if c not in catalogue) == []
    assert built == STILL_ENGLISH


def test_every_translation_fills_only_the_fields_its_msgid_has():
    """`{name}` in a msgstr that the msgid lacks would be a KeyError when the line is said."""
    fields = re.compile(r"(?<!\{)\{(\w*)\}")
    wrong = {
        msgid: msgstr
        for msgid, msgstr in _catalogue().items()
        if msgstr and not set(fields.findall(msgstr)) <= set(fields.findall(msgid))
    }
    assert wrong == {}


def test_no_value_of_a_line_is_named_as_a_parameter_of_its_error():
    """`ValidationError(..., field=x)` would be a TypeError at the moment of the error (found by
    test_import_properties: `gives {field} again`), not a line: the values need other names."""
    import ast

    src = Path(__file__).resolve().parents[1] / "src" / "kerjasama_cli"
    clashes = []
    for path in sorted(src.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(getattr(node, "func", None), "id", None)
            if isinstance(node, ast.Call) and name in _LINE_FIRST | _REASON_THIRD:
                if name in _REASON_THIRD:  # suggestions and location may be given by name
                    positional, taken = 3, {"field", "value", "reason"}
                else:
                    positional, taken = 1, {"msgid", "exit_code", "context"}
                named = {k.arg for k in node.keywords}
                if len(node.args) >= positional and named & taken:
                    clashes.append(f"{path.name}:{node.lineno}")
    assert clashes == []


def test_import_rejects_and_their_summary_speak_one_language(run: Run, tmp_path: Path):
    """Each rejected row, the unknown sectors and the `… and N more` lines: Indonesian under
    --lang id (the rejects file keeps the English reason: file contents are stable)."""
    path = tmp_path / "a.csv"
    rows = ["partner,country,type,date,sectors", "Busan,KR,mou,2021-01-01,zzz"]
    rows += ["Busan,KR,mou,2020-14-01,health"] * 8
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run("--lang", "id", "import", str(path), code=2)
    lines = result.stderr.splitlines()
    assert len(lines) == 8, result.stderr  # 5 shown, 1 summarised, 1 sector, 1 total
    for line in lines:
        assert english_left(line, fields=("date",)) == [], line
    assert "… dan 3 baris lagi: masalah yang sama — date: bulan itu tidak ada (14)" in result.stderr
    assert "sektor 'zzz' tidak ada di registri ini (1 baris)" in result.stderr
    english = run("--lang", "en", "import", str(path), code=2).stderr
    assert "… and 3 more rows: same problem — date: no such month (14)" in english
    assert "sector 'zzz' is not in this registry (1 row)" in english
