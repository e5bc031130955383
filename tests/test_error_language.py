"""Error lines in one language: the OS's reasons and Click's usage errors through the catalogue.

Under `--lang id` a missing file, a refused write or a bad `--format` used to print the C
library's or Click's English between Indonesian words; the exit codes (2 for usage) stay.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from conftest import Run
from unprivileged import as_user, unprivileged

from kerjasama_cli import i18n

ENGLISH_WORDS = (
    "No such file",
    "Permission denied",
    "Is a directory",
    "Not a directory",
    "Invalid value",
    "is not one of",
    "Missing argument",
    "No such option",
    "Possible options",
    "No such command",
    "Did you mean",
    "requires an argument",
    "unexpected extra",
    "is not a valid",
    "given more than once",
    "does not exist",
    "is a directory",
    "cannot",
)


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _one_indonesian_line(stderr: str) -> str:
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith("kerjasama"), stderr
    for word in ENGLISH_WORDS:
        assert word not in stderr, (word, stderr)
    return stderr


@pytest.mark.parametrize(
    "args, indonesian",
    [
        (["list", "--format", "x"], "bukan salah satu dari"),
        (["list", "--limit", "abc"], "bilangan bulat"),
        (["list", "--nope"], "Tidak ada opsi"),
        (["list", "--type"], "memerlukan"),
        (["show"], "Argumen 'ID' tidak diberikan"),
        (["show", "1", "2"], "Argumen berlebih"),
        (["lst"], "Tidak ada perintah"),
        (["list", "--format", "json", "--format", "csv"], "lebih dari sekali"),
        (["export", "-o", "/"], "direktori"),
        (["export", "--format", "xlsx"], "buku kerja Excel adalah berkas"),  # our own BadParameter
    ],
)
def test_usage_errors_speak_indonesian_and_exit_2(run: Run, args: list[str], indonesian: str):
    result = run("--lang", "id", *args, code=2)
    assert indonesian in _one_indonesian_line(result.stderr)
    # the same under the environment's language, and English stays English
    assert indonesian in run(*args, env={"KERJASAMA_LANG": "id"}, code=2).stderr
    english = run("--lang", "en", *args, code=2).stderr
    assert indonesian not in english and english.startswith("kerjasama")


def test_a_usage_error_keeps_the_values_and_choices_the_user_types(run: Run):
    stderr = run("--lang", "id", "list", "--format", "x", code=2).stderr
    assert "--format 'x'" in stderr and "table, json" in stderr  # the project's form (i33f)
    stderr = run("list", "--lang", "id", "--nope", code=2).stderr
    assert "--nope" in stderr


def test_a_missing_file_names_its_reason_in_the_users_language(run: Run, tmp_path: Path):
    missing = tmp_path / "nope.csv"
    for args in (["import", str(missing)], ["extract", str(missing)]):
        result = run("--lang", "id", *args, code=2)
        assert "Tidak ada berkas atau direktori" in _one_indonesian_line(result.stderr)
        assert "No such file or directory" in run("--lang", "en", *args, code=2).stderr


def test_export_into_a_missing_directory_is_one_line_not_a_traceback(run: Run, tmp_path: Path):
    target = tmp_path / "no-such-dir" / "out.json"
    for lang, reason in (("id", "tidak ada"), ("en", "does not exist")):
        result = run("--lang", lang, "export", "-o", str(target), code=2)
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("kerjasama: error: --output '")
        assert str(target.parent) in result.stderr  # the directory that is missing
        assert reason in result.stderr and "Traceback" not in result.stderr
    assert not target.parent.exists()


def test_a_write_the_os_refuses_names_the_file_asked_for_in_the_language(tmp_path: Path):
    from kerjasama_cli import i18n
    from kerjasama_cli.domain.errors import KerjasamaError
    from kerjasama_cli.files.atomic import text_output

    target = tmp_path / "out.json"
    i18n.use("id")
    try:
        with pytest.raises(KerjasamaError) as raised, text_output(target) as out:
            out.write("{}")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # the disk fills mid-write
    finally:
        i18n.use("en")
    assert str(raised.value) == f"{target}: tidak dapat ditulis (Ruang penyimpanan penuh)"
    assert list(tmp_path.iterdir()) == []  # nor the hidden temporary


def test_export_into_a_read_only_directory_says_so_in_indonesian(run: Run, tmp_path: Path):
    run("list")  # the registry, made before the folder is locked
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = as_user(
            unprivileged(), run.db, "--lang", "id", "export", "-o", str(folder / "out.json")
        )
    finally:
        folder.chmod(0o700)
    assert result.returncode == 1, result.stderr
    assert "Izin ditolak" in _one_indonesian_line(result.stderr)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "code", [errno.ENOENT, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.ENOSPC, errno.EROFS]
)
def test_every_os_reason_the_tool_meets_is_in_the_catalogue(code: int):
    error = OSError(code, os.strerror(code), "x")
    english = i18n.os_reason(error, "en")
    assert english == os.strerror(code)
    indonesian = i18n.os_reason(error, "id")
    assert indonesian and indonesian != english


@pytest.mark.parametrize(
    "args, indonesian, kept",
    [
        (["show", "9999"], "tidak ada catatan atau mitra", "ID '9999'"),
        (["list", "--type", "xyz"], "bukan salah satu dari", "--type 'xyz'"),
        (["list", "--country", "Narnia"], "negara tidak dikenal; maksud Anda 'Armenia'?", "Narnia"),
        (["delete", "9999"], "tidak ada catatan dengan id atau kunci itu", "ID '9999'"),
        (["attach", "1", "/nope.pdf"], "berkas tidak ada", "FILE '/nope.pdf'"),
    ],
)
def test_validation_reasons_speak_indonesian(run: Run, args: list[str], indonesian: str, kept):
    result = run("--lang", "id", *args, code=2)
    assert indonesian in _one_indonesian_line(result.stderr)
    assert kept in result.stderr  # the field and the value as the user gave them
    assert indonesian not in run("--lang", "en", *args, code=2).stderr


def _static_reasons() -> set[str]:
    """Every reason written as a literal in a ValidationError the code raises, and every
    message `i18n.said` says around an OS error's reason."""
    import ast

    src = Path(__file__).resolve().parents[1] / "src" / "kerjasama_cli"
    found: set[str] = set()
    for path in src.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 3:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            reason = node.args[2]
            if name in ("ValidationError", "_validation") and isinstance(reason, ast.Constant):
                found.add(reason.value)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # i18n.said(MSGID, error, ...): an OS failure's line around its reason
            name = getattr(getattr(node, "func", None), "id", None)
            said = isinstance(node, ast.Call) and name == "said" and node.args
            if said and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    return found


def test_every_written_reason_and_usage_form_is_in_the_catalogue():
    from kerjasama_cli.cli.usage_language import _FORMS
    from kerjasama_cli.domain.errors import REASON_FORMS
    from kerjasama_cli.i18n.msgfmt import parse_po

    po = i18n.LOCALE_DIR / "id" / "LC_MESSAGES" / "kerjasama.po"
    catalogue = set(parse_po(po.read_text(encoding="utf-8")))
    reasons = _static_reasons()
    assert len(reasons) > 80
    wanted = reasons | {msgid for _, msgid in _FORMS} | {msgid for _, msgid in REASON_FORMS}
    wanted |= {f"os error\x04{english}" for english in i18n.OS_REASONS.values()}
    assert sorted(wanted - catalogue) == []


def test_a_registry_path_refused_is_said_in_indonesian(tmp_path: Path):
    missing_dir = tmp_path / "no-such-dir" / "r.db"
    result = Run(missing_dir)("--lang", "id", "list", code=2)
    assert "direktori" in _one_indonesian_line(result.stderr) and str(missing_dir) in result.stderr
    result = Run(tmp_path)("--lang", "id", "list", code=2)
    assert "adalah direktori" in _one_indonesian_line(result.stderr)
    assert "is a directory" in Run(tmp_path)("--lang", "en", "list", code=2).stderr
