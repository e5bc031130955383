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
        (["list", "--limit", "abc"], "bukan"),
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
    assert "'--format' / '-f'" in stderr and "'x'" in stderr and "'json'" in stderr
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
    for lang, reason in (("id", "Tidak ada berkas atau direktori"), ("en", "No such file")):
        result = run("--lang", lang, "export", "-o", str(target), code=1)
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith(f"kerjasama: error: {target}: ")
        assert reason in result.stderr
    assert not target.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_export_into_a_read_only_directory_says_so_in_indonesian(run: Run, tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("--lang", "id", "export", "-o", str(folder / "out.json"), code=1)
    finally:
        folder.chmod(0o700)
    assert "Izin ditolak" in _one_indonesian_line(result.stderr)


@pytest.mark.parametrize(
    "code", [errno.ENOENT, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.ENOSPC, errno.EROFS]
)
def test_every_os_reason_the_tool_meets_is_in_the_catalogue(code: int):
    error = OSError(code, os.strerror(code), "x")
    english = i18n.os_reason(error, "en")
    assert english == os.strerror(code)
    indonesian = i18n.os_reason(error, "id")
    assert indonesian and indonesian != english
